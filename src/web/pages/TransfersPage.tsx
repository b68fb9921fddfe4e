import { Alert, App, Button, Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { acceptPlan, changeTransfer, fetchPlans, fetchTransfers, moveTransfer, removeTransfer, suggestPlan, type Plan, type Transfer } from '../api/stock.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { TransferTable } from '../components/stock/TransferTable.tsx';
import { useNeedText } from '../components/stock/useNeedText.ts';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';

const PROVINCE = 1;

/** Transfer plans (suggest, edit, accept: province and national officers) and the transfers to send or receive. */
export default function TransfersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const need = useNeedText();
  const canPlan = (user.role === 'admin' || user.role === 'officer') && user.unit.level <= PROVINCE;
  const [unitId, setUnitId] = useState<number | undefined>();
  const plans = useAsync(() => fetchPlans(unitId), [unitId]);
  const transfers = useAsync(() => fetchTransfers(unitId), [unitId]);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      plans.reload();
      transfers.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  const suggest = () => run(async () => {
    const plan = await suggestPlan(unitId ?? user.unit.id);
    void message.info(t('stock.transfers.suggested', { n: plan.transfers.length }));
  }, t('stock.transfers.done'));

  const planCard = (p: Plan) => (
    <Card key={p.id} size="small" style={{ marginBottom: 12 }}
      title={t('stock.transfers.planOf', { id: p.id, province: p.province.name, status: t(`stock.transfers.planStatuses.${p.status as 'draft'}`) })}
      extra={canPlan && p.status === 'draft' && <Button type="primary" onClick={() => run(() => acceptPlan(p.id), t('stock.transfers.accepted'))}>{t('stock.transfers.accept')}</Button>}>
      <TransferTable
        rows={p.transfers}
        {...(canPlan && p.status === 'draft'
          ? {
              onQuantity: (x: Transfer, q: number) => void run(() => changeTransfer(x.id, q), t('stock.transfers.done')),
              onRemove: (x: Transfer) => void run(() => removeTransfer(x.id), t('stock.transfers.done')),
            }
          : {})}
      />
      {p.unserved.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('stock.transfers.unserved')}
          description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{p.unserved.map((x, i) => <li key={i}>{x.unit.name}: {need.shortage(x)}</li>)}</ul>} />
      )}
    </Card>
  );

  return (
    <>
      <Typography.Title level={3}>{t('stock.transfers.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect {...(unitId !== undefined ? { value: unitId } : {})} onChange={setUnitId} /></div>
        <Button onClick={() => { plans.reload(); transfers.reload(); }}>{t('stock.common.refresh')}</Button>
        {canPlan && <Button type="primary" onClick={() => void suggest()}>{t('stock.transfers.suggest')}</Button>}
      </Flex>
      <Tabs
        items={[
          {
            key: 'transfers',
            label: t('stock.transfers.list'),
            children: (
              <>
                {transfers.error ? <ErrorAlert error={transfers.error} onRetry={transfers.reload} /> : null}
                <TransferTable rows={transfers.data ?? []} loading={transfers.loading} actionFor={(x) => x.nextStep}
                  onAction={(x, step) => void run(() => moveTransfer(x.id, step), t('stock.transfers.done'))} />
              </>
            ),
          },
          {
            key: 'plans',
            label: t('stock.transfers.plans'),
            children: (
              <>
                <Alert type="info" showIcon message={t('stock.transfers.rule')} style={{ marginBottom: 12 }} />
                {plans.error ? <ErrorAlert error={plans.error} onRetry={plans.reload} /> : null}
                {plans.data?.length ? plans.data.map(planCard) : <Empty description={t('stock.transfers.noPlans')} />}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
