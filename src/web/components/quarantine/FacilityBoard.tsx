import { Button, Card, Col, Empty, Progress, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../api/facilities.ts';

/** Green while there is room, orange from 80 %, red from 95 %. */
export const occupancyColour = (pct: number | null) => (pct === null ? '#d9d9d9' : pct >= 95 ? '#cf1322' : pct >= 80 ? '#fa8c16' : '#52c41a');

export function FacilityBoard({ items, onEdit }: { items: Facility[]; onEdit?: ((f: Facility) => void) | undefined }) {
  const { t } = useTranslation();
  if (!items.length) return <Empty description={t('quarantine.facilities.empty')} />;
  return (
    <Row gutter={[12, 12]}>
      {items.map((f) => (
        <Col key={f.id} xs={24} sm={12} lg={8} xl={6}>
          <Card size="small" data-testid={`facility-${f.id}`} style={{ opacity: f.active ? 1 : 0.6 }}
            title={<Typography.Text strong ellipsis>{f.name}</Typography.Text>}
            extra={onEdit && <Button size="small" type="link" onClick={() => onEdit(f)}>{t('quarantine.common.edit')}</Button>}>
            <Space wrap size={4} style={{ marginBottom: 8 }}>
              <Tag>{t(`quarantine.facilities.kind.${f.kind}`)}</Tag>
              {f.tier !== null && <Tag color="geekblue">{t('quarantine.facilities.tier', { tier: f.tier })}</Tag>}
              {!f.active && <Tag>{t('quarantine.facilities.inactive')}</Tag>}
            </Space>
            <Progress percent={Math.min(100, f.usedPercent ?? 0)} strokeColor={occupancyColour(f.usedPercent)} format={() => `${f.usedPercent ?? 0}%`} />
            <div>{t('quarantine.facilities.used', { occupied: f.occupied, beds: f.beds })} · {t('quarantine.facilities.free', { free: f.free })}</div>
            <Typography.Text type="secondary">{t('quarantine.facilities.detail', { quarantined: f.quarantined, patients: f.patients })} · {f.unit.name}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
