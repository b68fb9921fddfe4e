import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fetchOpenData, fetchPublicOverview, openDataUrl } from '../api/public.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useLang } from '../hooks/useFormat.ts';
import { publicUnitPath } from './paths.ts';
import { usePublicTrail } from './trail.ts';

/** The open data catalogue: each dataset with its columns and CSV/JSON downloads for a unit (the nation by default). */
export default function OpenDataPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [search] = useSearchParams();
  const asked = Number(search.get('unitId'));
  const unitId = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const catalogue = useAsync(() => fetchOpenData(), [lang]);
  // the unit's name and breadcrumb; the browser usually has this reply cached from the unit's page
  const overview = useAsync(() => fetchPublicOverview(unitId), [unitId, lang]);
  const unit = overview.data?.unit;
  usePublicTrail(overview.data ? [...overview.data.parents, overview.data.unit] : null);

  if (catalogue.error) return <ErrorAlert error={catalogue.error} onRetry={catalogue.reload} />;
  if (overview.error) return <ErrorAlert error={overview.error} onRetry={overview.reload} />;
  if (!catalogue.data || !unit) return <PageSpinner />;
  const name = unit.level === 0 ? t('publicPortal.nation') : unit.longName;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="open-data-title">
          {t('publicPortal.openData.title')}
        </Typography.Title>
        <Typography.Text strong data-testid="open-data-unit">
          {t('publicPortal.openData.unit', { name })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('publicPortal.openData.intro')}
        </Typography.Paragraph>
        <Link to={publicUnitPath(unit.id, unit.level)}>{t('publicPortal.openData.back', { name })}</Link>
      </div>
      <Row gutter={[12, 12]}>
        {catalogue.data.datasets.map((d) => (
          <Col key={d.id} xs={24} lg={12}>
            <Card size="small" title={d.title} data-testid={`dataset-${d.id}`} style={{ height: '100%' }}>
              <Typography.Paragraph>{d.description}</Typography.Paragraph>
              <Space wrap style={{ marginBottom: 12 }}>
                {d.formats.map((fmt) => (
                  <Button key={fmt} type="primary" href={openDataUrl(d.url, unit.id, fmt)} download data-testid={`download-${d.id}-${fmt}`}>
                    {fmt.toUpperCase()}
                  </Button>
                ))}
              </Space>
              <div className="ec-card-sub">{t('publicPortal.openData.columns')}</div>
              <Space size={[4, 4]} wrap>
                {d.columns.map((c) => (
                  <Tag key={c.key} title={c.key}>
                    {c.title}
                  </Tag>
                ))}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary" data-testid="open-data-licence">
        {t('publicPortal.openData.licence')}: {catalogue.data.licence}
      </Typography.Text>
    </Space>
  );
}
