import { Button, Card, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { radialLayout } from '../../domain/chain.ts';
import { fetchChain } from '../api/contacts.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ChainNodePanel } from '../components/contacts/ChainNodePanel.tsx';
import { ChainStats } from '../components/contacts/ChainStats.tsx';
import type { NodeGroup } from '../components/contacts/chainOption.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import NotFoundPage from './NotFoundPage.tsx';

const ChainGraph = lazy(() => import('../components/contacts/ChainGraph.tsx'));

/** The transmission chain around a person: statistics, the graph, and a panel for the person clicked. */
export default function ChainPage() {
  const { t } = useTranslation();
  const user = useUser();
  const personId = Number(useParams().personId);
  const valid = Number.isInteger(personId) && personId > 0;
  const chain = useAsync(() => (valid ? fetchChain(personId) : null), [personId]);
  const [selected, setSelected] = useState<number | null>(null);
  const [resetKey, setResetKey] = useState(0);

  const positions = useMemo(() => {
    const c = chain.data;
    if (!c) return new Map();
    const nodes = c.nodes.map((n) => ({ id: n.id, isCase: n.isCase, confirmedAt: n.confirmedAt ? Date.parse(n.confirmedAt) : null }));
    return radialLayout(nodes, c.edges);
  }, [chain.data]);
  const byId = useMemo(() => new Map((chain.data?.nodes ?? []).map((n) => [n.id, n])), [chain.data]);
  const names = useMemo<Record<NodeGroup, string>>(
    () => ({
      case: t('contacts.chain.legendCase'),
      recovered: t('contacts.chain.legendRecovered'),
      died: t('contacts.chain.legendDied'),
      f1: t('contacts.degree.fn', { n: 1 }),
      f2: t('contacts.degree.fn', { n: 2 }),
      f3: t('contacts.degree.fn', { n: 3 }),
      other: t('contacts.chain.legendOther'),
    }),
    [t],
  );
  const onSelect = useCallback((id: number) => setSelected(id), []);

  if (!valid) return <NotFoundPage />;
  if (!chain.data) return chain.error ? <ErrorAlert error={chain.error} onRetry={chain.reload} /> : <PageSpinner />;
  const start = byId.get(chain.data.personId);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contacts.chain.title')}
        {start?.label ? ` — ${start.label}` : ''}
      </Typography.Title>
      <ChainStats chain={chain.data} />
      <Card
        size="small"
        title={<Typography.Text type="secondary">{t('contacts.chain.hint')}</Typography.Text>}
        extra={<Button size="small" onClick={() => setResetKey((k) => k + 1)}>{t('contacts.chain.reset')}</Button>}
      >
        <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
          <ChainGraph chain={chain.data} positions={positions} names={names} selected={selected} onSelect={onSelect} resetKey={resetKey} />
        </Suspense>
      </Card>
      <ChainNodePanel node={selected !== null ? (byId.get(selected) ?? null) : null} canWrite={user.role !== 'viewer'} onClose={() => setSelected(null)} />
    </Space>
  );
}
