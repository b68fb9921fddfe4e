import { Card, Col, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fetchClusters, type Cluster } from '../api/cases.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CLUSTER_STATUS_COLOR, ClusterDetailCard } from '../components/cases/ClusterDetailCard.tsx';
import { ClusterForm } from '../components/cases/ClusterForm.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

const STATUSES = ['active', 'monitoring', 'closed'] as const;

/** Clusters of a unit by status; /clusters/:id opens one with its cases and counts. */
export default function ClustersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const navigate = useNavigate();
  const openId = Number(useParams().id) || null;
  const [unitId, setUnitId] = useState<number>(user.unit.id);
  const [status, setStatus] = useState<Cluster['status'] | undefined>();
  const list = useAsync(() => fetchClusters(unitId, status), [unitId, status]);
  const canWrite = user.role !== 'viewer';

  return (
    <div>
      <Typography.Title level={3}>{t('cases.clusters.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 400px' }}>
          <UnitSelect value={unitId} onChange={setUnitId} />
        </div>
        <Select<Cluster['status']>
          allowClear
          style={{ minWidth: 170 }}
          placeholder={t('cases.field.status')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`cases.clusters.status.${s}`) }))}
        />
      </Flex>
      <Row gutter={[16, 16]}>
        {canWrite && (
          <Col xs={24} lg={8}>
            <Card size="small" title={t('cases.clusters.add')}>
              <ClusterForm unitId={unitId} onSaved={(c) => { list.reload(); void navigate(`/clusters/${c.id}`); }} />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={canWrite ? 16 : 24}>
          {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
          <Table<Cluster>
            rowKey="id"
            size="small"
            scroll={{ x: true }}
            loading={list.loading}
            dataSource={list.data ?? []}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            rowClassName={(c) => (c.id === openId ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('cases.clusters.name'), render: (_, c) => <Link to={`/clusters/${c.id}`}>{c.name}</Link> },
              { title: t('cases.clusters.place'), render: (_, c) => c.place ?? '' },
              { title: t('cases.field.unit'), render: (_, c) => c.unitName },
              { title: t('cases.field.status'), render: (_, c) => <Tag color={CLUSTER_STATUS_COLOR[c.status]}>{t(`cases.clusters.status.${c.status}`)}</Tag> },
              { title: t('cases.clusters.openedOn'), render: (_, c) => f.date(c.openedOn) },
              { title: t('cases.clusters.closedOn'), render: (_, c) => (c.closedOn ? f.date(c.closedOn) : '') },
              { title: t('cases.clusters.cases'), align: 'right', render: (_, c) => f.num(c.cases) },
              { title: t('cases.clusters.active'), align: 'right', render: (_, c) => f.num(c.activeCases) },
              { title: t('cases.clusters.lastConfirmed'), render: (_, c) => (c.lastConfirmedAt ? f.date(c.lastConfirmedAt) : '') },
            ]}
          />
          {openId && (
            <div style={{ marginTop: 16 }}>
              <ClusterDetailCard clusterId={openId} canWrite={canWrite} onChanged={list.reload} onClose={() => void navigate('/clusters')} />
            </div>
          )}
        </Col>
      </Row>
    </div>
  );
}
