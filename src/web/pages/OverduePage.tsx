import { Breadcrumb, Button, Card, Col, Empty, Flex, Row, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fetchOverdue, overdueDownloadUrl, type OverdueReply } from '../api/tasks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { TaskTable } from '../components/tasks/TaskTable.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { useLiveEvents } from '../hooks/useLiveEvents.ts';

const OverdueChart = lazy(() => import('../components/tasks/OverdueChart.tsx'));
const PAGE = 20;

type ChildRow = OverdueReply['byChild'][number];

/** Overdue tasks at one level: the children ranked by overdue tasks (drill down), and the overdue tasks of the whole subtree. */
export default function OverduePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const [page, setPage] = useState(1);
  const data = useAsync(() => fetchOverdue({ unitId, limit: PAGE, offset: (page - 1) * PAGE }), [unitId, page]);
  useLiveEvents(() => data.reload());
  const open = (id: number) => {
    setPage(1);
    setParams({ unitId: String(id) });
  };

  if (data.error) return <ErrorAlert error={data.error} onRetry={data.reload} />;
  if (!data.data) return <PageSpinner />;
  const d = data.data;
  const figures = [
    { key: 'overdue', value: d.overdue, color: '#cf1322' },
    { key: 'dueSoon', value: d.dueSoon, color: '#d46b08' },
    { key: 'open', value: d.open },
    { key: 'doneLate', value: d.doneLate },
  ] as const;

  return (
    <>
      <Typography.Title level={3}>{t('tasks.overdue.title')}: {d.unit.fullName}</Typography.Title>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        {d.ancestors.length > 0 && (
          <Breadcrumb
            items={[...d.ancestors, d.unit].map((a, i, all) => ({
              key: a.id,
              title: i < all.length - 1 ? <a onClick={() => open(a.id)}>{a.name}</a> : a.name,
            }))}
          />
        )}
        <Button onClick={data.reload}>{t('tasks.common.refresh')}</Button>
        <Button href={overdueDownloadUrl(unitId)}>{t('tasks.common.export')}</Button>
      </Flex>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {figures.map((x) => (
          <Col key={x.key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`tasks.overdue.${x.key}`)}
                value={x.value}
                formatter={(v) => f.num(Number(v))}
                styles={{ content: 'color' in x ? { color: x.color } : {} }}
                data-testid={`figure-${x.key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {d.byChild.length > 0 && (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('tasks.overdue.chart')} style={{ marginBottom: 16 }}>
              {d.byChild.some((c) => c.overdue > 0) ? (
                <Suspense fallback={<PageSpinner />}><OverdueChart rows={d.byChild} onOpen={open} /></Suspense>
              ) : (
                <Empty description={t('tasks.overdue.none')} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('tasks.overdue.byChild')} style={{ marginBottom: 16 }}>
              <Table<ChildRow>
                rowKey={(r) => r.unit.id}
                size="small"
                dataSource={d.byChild}
                pagination={d.byChild.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
                data-testid="by-child"
                columns={[
                  { title: t('tasks.common.unit'), key: 'unit', render: (_, r) => <a onClick={() => open(r.unit.id)}>{r.unit.name}</a> },
                  ...(['overdue', 'dueSoon', 'open', 'doneLate'] as const).map((k) => ({
                    title: t(`tasks.overdue.short.${k}`),
                    key: k,
                    align: 'right' as const,
                    sorter: (a: ChildRow, b: ChildRow) => a[k] - b[k],
                    render: (_: unknown, r: ChildRow) => (k === 'overdue' && r[k] > 0 ? <Typography.Text type="danger" strong>{f.num(r[k])}</Typography.Text> : f.num(r[k])),
                  })),
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Card size="small" title={t('tasks.overdue.list')}>
        <TaskTable
          rows={d.overdueTasks.items}
          loading={data.loading}
          show={['unit', 'fromUnit']}
          pagination={d.overdueTasks.total > PAGE ? { current: page, pageSize: PAGE, total: d.overdueTasks.total, onChange: setPage } : false}
        />
      </Card>
    </>
  );
}
