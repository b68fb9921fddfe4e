import { Button, Card, Col, DatePicker, Row, Skeleton, Space, Spin, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { exportUrl, fetchDashboard, type DashboardParams } from '../api/dashboard.ts';
import { DAILY_FORM, fetchForm } from '../api/forms.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { BulletinPanel } from '../components/dashboard/BulletinPanel.tsx';
import { ChildrenTable } from '../components/dashboard/ChildrenTable.tsx';
import { CountsSentence } from '../components/dashboard/CountsSentence.tsx';
import { HeadlineCards } from '../components/dashboard/HeadlineCards.tsx';
import { IndicatorsTable } from '../components/dashboard/IndicatorsTable.tsx';
import { LateUnits } from '../components/dashboard/LateUnits.tsx';
import { UnitBreadcrumb } from '../components/dashboard/UnitBreadcrumb.tsx';
import { RegisterPanel } from '../components/registers/RegisterPanel.tsx';
import { TracingSpeedPanel } from '../components/contacts/TracingSpeedPanel.tsx';
import { BehindCard } from '../components/campaigns/BehindCard.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useAutoRefresh } from '../hooks/useAutoRefresh.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { levelPluralKey } from '../levels.ts';
import NotFoundPage from './NotFoundPage.tsx';
import { today } from '../dates.ts';

const TrendChart = lazy(() => import('../components/dashboard/TrendChart.tsx'));

const DATE_FORMAT = 'DD/MM/YYYY';

export default function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const navigate = useNavigate();
  const { unitId: unitParam } = useParams();
  const [search, setSearch] = useSearchParams();
  const unitId = unitParam ? Number(unitParam) : user.unit.id;
  const date = search.get('date') ?? undefined;
  const start = search.get('start') ?? undefined;
  const tab = search.get('tab') ?? 'overview';

  const dash = useAsync(
    () => (Number.isInteger(unitId) && unitId > 0 ? fetchDashboard({ unitId, form: DAILY_FORM, date, start }) : null),
    [unitId, date, start],
  );
  const form = useAsync(() => fetchForm(DAILY_FORM), []);
  useAutoRefresh(dash.reload, 60_000);

  if (!Number.isInteger(unitId) || unitId <= 0) return <NotFoundPage />;
  const data = dash.data;
  if (!data) return dash.error ? <ErrorAlert error={dash.error} onRetry={dash.reload} /> : <PageSpinner />;

  const setParam = (key: string, value: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'tab' },
    );
  const keep = (() => {
    const q = new URLSearchParams();
    if (date) q.set('date', date);
    if (start) q.set('start', start);
    const s = q.toString();
    return s ? `?${s}` : '';
  })();
  const open = (id: number, toTab?: string) => {
    const q = new URLSearchParams(keep);
    if (toTab) q.set('tab', toTab);
    const qs = q.toString();
    navigate(`/dashboard/${id}${qs ? `?${qs}` : ''}`);
  };
  const params: DashboardParams = { unitId, form: DAILY_FORM, date: data.date, start: data.start };
  const todayIso = today();
  const pick = (key: 'date' | 'start') => (d: Dayjs | null) => setParam(key, d ? d.format('YYYY-MM-DD') : null);
  const hasChildren = data.unit.level < 3;

  const overview = (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <HeadlineCards data={data} form={form.data} />
      <Card size="small" title={t('dashboard.trendTitle')}>
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <TrendChart trend={data.trend} expected={data.completeness.expected} />
        </Suspense>
      </Card>
      {hasChildren && (
        <Card size="small" title={t('dashboard.childrenTitle', { level: t(levelPluralKey(data.unit.level + 1)) })}>
          <CountsSentence counts={data.counts} level={data.unit.level + 1} />
          <ChildrenTable items={data.children} form={form.data} onOpen={open} />
        </Card>
      )}
      <Card size="small" title={t('dashboard.lateTitle')}>
        <LateUnits items={data.lateUnits} />
      </Card>
      <TracingSpeedPanel unitId={unitId} date={data.date} />
      <BehindCard unitId={unitId} />
    </Space>
  );

  return (
    <Spin spinning={dash.loading}>
      {dash.error ? <ErrorAlert error={dash.error} onRetry={dash.reload} /> : null}
      <UnitBreadcrumb ancestors={data.ancestors} unit={data.unit} search={keep} />
      <Row gutter={[12, 12]} align="bottom" justify="space-between" className="ec-page-head">
        <Col flex="auto">
          <Typography.Title level={3} className="ec-page-title" style={{ marginBottom: 0 }} data-testid="dashboard-title">
            {data.unit.level === 0 ? t('level.unit0') : data.unit.fullName}
          </Typography.Title>
          <Typography.Text type="secondary">
            {f.lang === 'vi' ? data.form.nameVi : data.form.nameEn} · {t('dashboard.deadline', { time: f.dateTime(data.deadline) })}
          </Typography.Text>
        </Col>
        <Col>
          <Space wrap>
            <label>
              <div className="ec-card-sub">{t('dashboard.reportDate')}</div>
              <DatePicker
                value={dayjs(data.date)}
                format={DATE_FORMAT}
                allowClear={false}
                disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso}
                onChange={pick('date')}
                data-testid="dashboard-date"
              />
            </label>
            <label>
              <div className="ec-card-sub">{t('dashboard.startDate')}</div>
              <DatePicker
                value={dayjs(data.start)}
                format={DATE_FORMAT}
                allowClear={false}
                disabledDate={(d) => d.format('YYYY-MM-DD') > data.date}
                onChange={pick('start')}
                data-testid="dashboard-start"
              />
            </label>
            <div>
              <div className="ec-card-sub">&nbsp;</div>
              <Space.Compact>
                <Button href={exportUrl(params, 'xlsx')} download data-testid="export-xlsx">
                  {t('dashboard.exportXlsx')}
                </Button>
                <Button href={exportUrl(params, 'csv')} download data-testid="export-csv">
                  {t('dashboard.exportCsv')}
                </Button>
              </Space.Compact>
            </div>
          </Space>
        </Col>
      </Row>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParam('tab', k === 'overview' ? null : k)}
        items={[
          { key: 'overview', label: t('dashboard.tabOverview'), children: overview },
          {
            key: 'indicators',
            label: t('dashboard.tabIndicators'),
            children: form.data ? (
              <IndicatorsTable form={form.data} figures={data.headline} />
            ) : form.error ? (
              <ErrorAlert error={form.error} onRetry={form.reload} />
            ) : (
              <Skeleton active />
            ),
          },
          { key: 'bulletin', label: t('dashboard.tabBulletin'), children: <BulletinPanel params={params} /> },
          {
            key: 'registers',
            label: t('registers.tab'),
            children: <RegisterPanel unitId={unitId} date={data.date} form={form.data} onOpen={(id) => open(id, 'registers')} />,
          },
        ]}
      />
    </Spin>
  );
}
