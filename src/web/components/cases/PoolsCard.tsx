import { App, Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { createPool, enterPoolResult, fetchPool, fetchPools, type PoolDetail } from '../../api/labtests.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { formatDateTime } from '../../format.ts';

/** Pooled samples of a unit: create one, enter its result, and see who is due an individual re-test. */
export function PoolsCard({ unitId, canWrite }: { unitId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pools = useAsync(() => fetchPools(unitId), [unitId]);
  const [ids, setIds] = useState('');
  const [open, setOpen] = useState<PoolDetail | null>(null);
  const act = async (fn: () => Promise<PoolDetail>) => {
    try {
      setOpen(await fn());
      pools.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };
  const personIds = ids.split(/[,\s]+/).filter(Boolean).map(Number);

  return (
    <Card size="small" title={t('cases.tests.pools')}>
      {canWrite && (
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <Input placeholder={t('cases.tests.personIds')} value={ids} onChange={(e) => setIds(e.target.value)} />
          <Button onClick={() => void act(() => createPool({ clientId: crypto.randomUUID(), unitId, sampledAt: dayjs().toISOString(), personIds })).then(() => setIds(''))}>
            {t('cases.tests.newPool')}
          </Button>
        </Space.Compact>
      )}
      <List
        size="small"
        dataSource={pools.data ?? []}
        renderItem={(p) => (
          <List.Item
            actions={[
              <a key="open" onClick={() => void act(() => fetchPool(p.id))}>#{p.id}</a>,
              ...(canWrite && p.result === 'pending'
                ? (['negative', 'positive'] as const).map((r) => (
                    <a key={r} onClick={() => void act(() => enterPoolResult(p.id, r, dayjs().toISOString()))}>{t(`cases.result.${r}`)}</a>
                  ))
                : []),
            ]}
          >
            {formatDateTime(p.sampledAt)} · {t('cases.field.members')}: {p.members} · <Tag>{t(`cases.result.${p.result}`)}</Tag>
            {p.retestsDue > 0 && <Tag color="red">{t('cases.field.retestsDue')}: {p.retestsDue}</Tag>}
          </List.Item>
        )}
      />
      {open && (
        <>
          <Typography.Title level={5}>#{open.id} — {t('cases.tests.retestList')}</Typography.Title>
          <List
            size="small"
            dataSource={open.memberList}
            renderItem={(m) => (
              <List.Item>
                {m.person.fullName ?? `#${m.person.id}`} · {t(`cases.result.${m.result}`)}
                {m.retestDue && <Tag color="red" style={{ marginLeft: 8 }}>{t('cases.field.retestsDue')}</Tag>}
                {m.retest && <Tag style={{ marginLeft: 8 }}>{t('cases.tests.retestDone')}: {t(`cases.result.${m.retest.result}`)}</Tag>}
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
