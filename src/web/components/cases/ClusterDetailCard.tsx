import { Button, Card, Descriptions, Empty, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchCluster, type CaseSummary, type Cluster } from '../../api/cases.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { ClusterStatusForm } from './ClusterStatusForm.tsx';

export const CLUSTER_STATUS_COLOR: Record<Cluster['status'], string> = { active: 'red', monitoring: 'orange', closed: 'default' };

interface Props {
  clusterId: number;
  canWrite: boolean;
  onChanged(): void;
  onClose(): void;
}

/** One cluster: where and since when, its status, counts by treatment status and detection, and its cases (those in the user's scope). */
export function ClusterDetailCard({ clusterId, canWrite, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const detail = useAsync(() => fetchCluster(clusterId), [clusterId]);
  const c = detail.data;
  const counts = (record: Record<string, number>, label: (key: string) => string) =>
    Object.entries(record).map(([key, n]) => <Tag key={key}>{label(key)}: {f.num(n)}</Tag>);

  return (
    <Card
      size="small"
      loading={!c && !detail.error}
      title={c ? <Space wrap>{c.name}<Tag color={CLUSTER_STATUS_COLOR[c.status]}>{t(`cases.clusters.status.${c.status}`)}</Tag></Space> : null}
      extra={<Button size="small" onClick={onClose}>{t('cases.clusters.back')}</Button>}
      data-testid="cluster-detail"
    >
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {c && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('cases.field.unit')}>{c.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('cases.clusters.place')}>{c.place ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('cases.clusters.openedOn')}>{f.date(c.openedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('cases.clusters.closedOn')}>{c.closedOn ? f.date(c.closedOn) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('cases.clusters.lastConfirmed')}>{c.lastConfirmedAt ? f.dateTime(c.lastConfirmedAt) : ''}</Descriptions.Item>
          </Descriptions>
          {canWrite && (
            <div style={{ margin: '8px 0 16px' }}>
              <ClusterStatusForm cluster={c} onSaved={() => { detail.reload(); onChanged(); }} />
            </div>
          )}
          <Space size="large" wrap style={{ marginBottom: 8 }}>
            <Statistic title={t('cases.clusters.cases')} value={f.num(c.cases)} />
            <Statistic title={t('cases.clusters.active')} value={f.num(c.activeCases)} />
          </Space>
          <div style={{ marginBottom: 4 }}>
            <Typography.Text type="secondary">{t('cases.clusters.byStatus')}: </Typography.Text>
            {counts(c.byStatus, (k) => t(`cases.status.${k as CaseSummary['status']}`))}
          </div>
          <div style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('cases.clusters.byDetection')}: </Typography.Text>
            {counts(c.byDetection, (k) => t(`cases.detection.${k as CaseSummary['detection']}`))}
          </div>
          <Typography.Title level={5}>{t('cases.clusters.caseList')}</Typography.Title>
          {c.caseList.length === 0 ? (
            <Empty description={t('cases.clusters.noCases')} />
          ) : (
            <Table<CaseSummary>
              rowKey="id"
              size="small"
              scroll={{ x: true }}
              dataSource={c.caseList}
              pagination={c.caseList.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              columns={[
                { title: '#', render: (_, x) => <Link to={`/cases/${x.id}`}>{x.id}</Link> },
                { title: t('cases.field.name'), render: (_, x) => <Link to={`/cases/${x.id}`}>{x.person.fullName}</Link> },
                { title: t('cases.field.unit'), render: (_, x) => x.unit.name },
                { title: t('cases.field.confirmedAt'), render: (_, x) => f.dateTime(x.confirmedAt) },
                { title: t('cases.field.detection'), render: (_, x) => t(`cases.detection.${x.detection}`) },
                { title: t('cases.field.status'), render: (_, x) => t(`cases.status.${x.status}`) },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
