import { App, Button, InputNumber, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { checkPerson, mergePerson, type Person } from '../../api/people.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** Likely duplicates of a record (or any record by its ID) to merge into it; officers only. */
export function MergeCandidates({ person, onMerged }: { person: Person; onMerged(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const { id } = person;
  const candidates = useAsync(
    () =>
      checkPerson({
        personId: id, unitId: person.unit.id, fullName: person.fullName, nationalId: person.nationalId, birthDate: person.birthDate,
        phone: person.phone, sex: person.sex, address: person.address, workplace: person.workplace,
      }),
    [person],
  );
  const [typed, setTyped] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const merge = async (other: number) => {
    setBusy(true);
    try {
      await mergePerson(id, other);
      void message.success(t('people.record.merged', { other }));
      setTyped(null);
      onMerged();
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  const button = (other: number | null, testId: string) => (
    <Popconfirm title={t('people.record.mergeConfirm', { other })} onConfirm={() => other && void merge(other)} disabled={!other}>
      <Button size="small" danger disabled={!other} loading={busy} data-testid={testId}>{t('people.record.merge')}</Button>
    </Popconfirm>
  );
  const visible = (candidates.data?.candidates ?? []).filter((c) => c.person.visible);
  return (
    <>
      {visible.length > 0 && (
        <List
          size="small"
          dataSource={visible}
          renderItem={(c) => (
            <List.Item actions={[button(c.person.id, `person-merge-${c.person.id}`)]}>
              <Space wrap size={4}>
                <Typography.Text strong>{c.person.fullName}</Typography.Text>
                <Typography.Text type="secondary">{[`#${c.person.id}`, f.date(c.person.birthDate), c.person.phone, c.person.unit?.name].filter(Boolean).join(' · ')}</Typography.Text>
                <Tag color="orange">{t(`people.dup.reason.${c.reason}`)}</Tag>
              </Space>
            </List.Item>
          )}
          style={{ marginBottom: 12 }}
        />
      )}
      <Space wrap>
        <InputNumber<number> min={1} placeholder={t('people.record.mergeId')} value={typed} onChange={setTyped} style={{ width: 200 }} data-testid="person-merge-id" />
        {button(typed, 'person-merge')}
      </Space>
    </>
  );
}
