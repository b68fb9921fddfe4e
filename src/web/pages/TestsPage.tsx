import { App, Card, Col, Row, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import { enterTestResult, fetchTests, testsDownloadUrl, type LabTest } from '../api/labtests.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PoolsCard } from '../components/cases/PoolsCard.tsx';
import { RecordTestForm } from '../components/cases/RecordTestForm.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { formatDateTime } from '../format.ts';

/** A unit's tests: record one (phone friendly), enter pending results, pooled samples and their re-tests. */
export default function TestsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const [unitId, setUnitId] = useState<number>(user.unit.id);
  const list = useAsync(() => fetchTests({ unitId, limit: 200 }), [unitId]);
  const canWrite = user.role !== 'viewer';
  // a link from a person's page or the follow-up list: `?personId=`
  const personParam = Number(useSearchParams()[0].get('personId'));

  const enter = async (test: LabTest, result: 'positive' | 'negative' | 'invalid') => {
    try {
      const reply = await enterTestResult(test.id, { result, resultAt: dayjs().toISOString() });
      if (reply.case) void message.warning(t('cases.tests.becameCase', { id: reply.case.id }));
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t('cases.tests.title')}</Typography.Title>
      <div style={{ maxWidth: 400, marginBottom: 12 }}>
        <UnitSelect value={unitId} onChange={setUnitId} />
      </div>
      <Row gutter={[16, 16]}>
        {canWrite && (
          <Col xs={24} md={8}>
            <Card size="small" title={t('cases.tests.record')}>
              <RecordTestForm personId={personParam > 0 ? personParam : undefined} onSaved={list.reload} />
            </Card>
          </Col>
        )}
        <Col xs={24} md={canWrite ? 16 : 24}>
          {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
          <Space style={{ marginBottom: 8 }}>
            <a href={testsDownloadUrl({ unitId }, 'xlsx')}>{t('cases.cases.downloadXlsx')}</a>
            <a href={testsDownloadUrl({ unitId }, 'csv')}>{t('cases.cases.downloadCsv')}</a>
          </Space>
          <Table<LabTest>
            rowKey="id"
            size="small"
            scroll={{ x: true }}
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            columns={[
              { title: t('cases.field.name'), render: (_, x) => `${x.person.fullName} (#${x.person.id})` },
              { title: t('cases.field.kind'), render: (_, x) => t(`cases.kind.${x.kind}`) },
              { title: t('cases.field.sampledAt'), render: (_, x) => formatDateTime(x.sampledAt) },
              {
                title: t('cases.field.result'),
                render: (_, x) =>
                  canWrite && x.result === 'pending' && x.poolId === null ? (
                    <Select<'positive' | 'negative' | 'invalid'>
                      size="small"
                      style={{ minWidth: 140 }}
                      placeholder={t('cases.tests.enterResult')}
                      options={(['negative', 'positive', 'invalid'] as const).map((r) => ({ value: r, label: t(`cases.result.${r}`) }))}
                      onChange={(r) => void enter(x, r)}
                    />
                  ) : (
                    t(`cases.result.${x.result}`)
                  ),
              },
            ]}
          />
          <div style={{ marginTop: 16 }}>
            <PoolsCard unitId={unitId} canWrite={canWrite} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
