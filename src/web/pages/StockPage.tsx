import { App, Button, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { fetchStock, recordMovement, stockExportUrl, type NewMovement } from '../api/stock.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { BalanceTable } from '../components/stock/BalanceTable.tsx';
import { GapTable } from '../components/stock/GapTable.tsx';
import { MovementModal } from '../components/stock/MovementModal.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';

/** Vaccine stock of a unit and the units below it: balances by lot, expiry alerts, surplus and shortage. */
export default function StockPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [recording, setRecording] = useState(false);
  const stock = useAsync(() => fetchStock(unitId), [unitId]);
  const canWrite = user.role !== 'viewer';
  const here = unitId ?? user.unit.id;

  const save = async (m: NewMovement) => {
    try {
      await recordMovement(m);
      void message.success(t('stock.movement.saved'));
      setRecording(false);
      stock.reload();
      return true;
    } catch (e) {
      void message.error(errorMessage(e, t));
      return false;
    }
  };

  const balances = stock.data?.balances ?? [];
  const alerts = stock.data?.alerts ?? [];
  return (
    <>
      <Typography.Title level={3}>{t('stock.stock.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect {...(unitId !== undefined ? { value: unitId } : {})} onChange={setUnitId} /></div>
        <Button onClick={stock.reload}>{t('stock.common.refresh')}</Button>
        <Button href={stockExportUrl(unitId, 'xlsx')} download>{t('stock.stock.exportXlsx')}</Button>
        {canWrite && <Button type="primary" onClick={() => setRecording(true)}>{t('stock.stock.record')}</Button>}
      </Flex>
      {stock.error ? <ErrorAlert error={stock.error} onRetry={stock.reload} /> : null}
      <Tabs
        items={[
          { key: 'balances', label: t('stock.stock.balances'), children: <BalanceTable rows={balances} loading={stock.loading} /> },
          {
            key: 'alerts',
            label: `${t('stock.stock.alerts')} (${alerts.length})`,
            children: alerts.length ? <BalanceTable rows={alerts} full={false} /> : <Empty description={t('stock.stock.noAlerts')} />,
          },
          { key: 'gaps', label: t('stock.stock.gaps'), children: <GapTable rows={stock.data?.gaps ?? []} loading={stock.loading} /> },
        ]}
      />
      {recording && (
        <MovementModal unitId={here} lots={balances.filter((b) => b.unit.id === here)} onCancel={() => setRecording(false)} onSave={save} />
      )}
    </>
  );
}
