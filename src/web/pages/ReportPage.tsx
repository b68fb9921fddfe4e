import { Card, Col, DatePicker, Form, Row, Skeleton, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Report } from '../../server/modules/reports/schema.ts';
import { DAILY_FORM, fetchForm } from '../api/forms.ts';
import { fetchRegisterFigures } from '../api/registers.ts';
import { fetchReport } from '../api/reports.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { ReportEntryForm } from '../components/report/ReportEntryForm.tsx';
import { ReportStatus } from '../components/report/ReportStatus.tsx';
import { UnitPicker } from '../components/report/UnitPicker.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useLang } from '../hooks/useFormat.ts';
import { today } from '../dates.ts';

export default function ReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const todayIso = today();
  const period = search.get('date') ?? todayIso;
  const unitParam = Number(search.get('unit'));
  const formDef = useAsync(() => fetchForm(DAILY_FORM), []);
  const def = formDef.data;
  const picking = def ? user.unit.level < def.submitLevel : false;
  const unitId = unitParam > 0 ? unitParam : def && !picking ? user.unit.id : null;
  const loaded = useAsync(() => (def && unitId ? fetchReport(def.code, unitId, period) : null), [def, unitId, period]);
  const [saved, setSaved] = useState<Report | null>(null);
  // a unit that keeps the case registers gets its report pre-filled from them
  const register = useAsync(() => (unitId ? fetchRegisterFigures(unitId, period) : null), [unitId, period]);

  if (!def) return formDef.error ? <ErrorAlert error={formDef.error} onRetry={formDef.reload} /> : <PageSpinner />;

  const matches = (r: Report | null | undefined): r is Report => !!r && r.unit.id === unitId && r.period === period;
  const report = matches(saved) ? saved : matches(loaded.data) ? loaded.data : null;
  const readOnly = !report || report.status === 'approved' || user.role === 'viewer';

  const set = (key: 'unit' | 'date', value: string) => {
    setSaved(null);
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });
  };

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('report.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{lang === 'vi' ? def.nameVi : def.nameEn}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label={t('report.unit')} style={{ marginBottom: 8 }}>
                {picking ? (
                  <UnitPicker
                    level={def.submitLevel}
                    value={unitId}
                    current={report?.unit}
                    onChange={(u) => set('unit', String(u.id))}
                  />
                ) : (
                  <Typography.Text strong>{report?.unit.fullName ?? user.unit.fullName}</Typography.Text>
                )}
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('report.date')} style={{ marginBottom: 8 }}>
                <DatePicker
                  value={dayjs(period)}
                  format="DD/MM/YYYY"
                  allowClear={false}
                  disabledDate={(d) => {
                    const iso = d.format('YYYY-MM-DD');
                    return iso > todayIso || iso < def.startDate;
                  }}
                  onChange={(d) => d && set('date', d.format('YYYY-MM-DD'))}
                  data-testid="report-date"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {report && <ReportStatus report={report} />}
      </Card>
      {!unitId ? (
        <Typography.Text type="secondary">{t('report.chooseUnitFirst')}</Typography.Text>
      ) : loaded.error && !report ? (
        <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
      ) : !report || register.loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Spin spinning={loaded.loading}>
          <ReportEntryForm
            key={`${report.unit.id}/${report.period}`}
            formDef={def}
            report={report}
            readOnly={readOnly}
            register={register.data?.keepsRegisters ? register.data.figures : null}
            onSaved={(reply) => setSaved(reply.report)}
          />
        </Spin>
      )}
    </>
  );
}
