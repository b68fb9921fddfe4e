import { Alert, App, Button, Card, DatePicker, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import { errorMessage } from '../../api/client.ts';
import { fetchRegisterFigures, setRegisterUnit } from '../../api/registers.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useAutoRefresh } from '../../hooks/useAutoRefresh.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { RegisterChildrenTable } from './RegisterChildrenTable.tsx';
import { RegisterFiguresTable } from './RegisterFiguresTable.tsx';

interface Props {
  unitId: number;
  date: string;
  form: Form | undefined;
  onOpen(id: number): void;
}

/** The dashboard's registers tab: live figures from the registers beside the reports. */
export function RegisterPanel({ unitId, date, form, onOpen }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const { message } = App.useApp();
  const data = useAsync(() => fetchRegisterFigures(unitId, date), [unitId, date]);
  useAutoRefresh(data.reload, 60_000);
  const [since, setSince] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const canManage = user.role === 'admin' || user.role === 'officer';

  const change = async (value: string | null) => {
    setBusy(true);
    try {
      await setRegisterUnit(unitId, value);
      void message.success(t('registers.saved'));
      data.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const r = data.data;
  if (!r) return data.error ? <ErrorAlert error={data.error} onRetry={data.reload} /> : <Skeleton active />;
  const disagreeing = r.figures.filter((x) => x.difference).length;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="register-panel">
      <Card size="small" title={t('registers.title')}>
        <Typography.Paragraph type="secondary">{t('registers.hint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          {r.unit.level === 3 ? (
            <Alert type={r.keepsRegisters ? 'success' : 'info'} showIcon title={r.since ? t('registers.keepsSince', { date: f.date(r.since) }) : t('registers.notKeeping')} />
          ) : (
            <Typography.Text>{t('registers.unitsKeeping', { count: r.registerUnits })}</Typography.Text>
          )}
          {disagreeing > 0 && <Typography.Text type="danger">{t('registers.disagree', { count: disagreeing })}</Typography.Text>}
        </Space>
        {canManage && r.unit.level === 3 && (
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text>{t('registers.startKeeping')}</Typography.Text>
            <DatePicker value={since ?? (r.since ? dayjs(r.since) : null)} format="DD/MM/YYYY" onChange={setSince} />
            <Button type="primary" loading={busy} disabled={!since} onClick={() => since && void change(since.format('YYYY-MM-DD'))}>
              {t('registers.save')}
            </Button>
            {r.since && (
              <Button danger loading={busy} onClick={() => void change(null)}>
                {t('registers.stopKeeping')}
              </Button>
            )}
          </Space>
        )}
        <RegisterFiguresTable figures={r.figures} form={form} />
      </Card>
      {r.children.length > 0 && (
        <Card size="small" title={t('registers.childrenTitle')}>
          <RegisterChildrenTable items={r.children} form={form} onOpen={onOpen} />
        </Card>
      )}
    </Space>
  );
}
