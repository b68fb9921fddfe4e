import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCaseRules, type CaseRule } from '../api/cases.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CaseRuleForm, RULE_SWITCHES } from '../components/cases/CaseRuleForm.tsx';
import { ClassificationCard } from '../components/cases/ClassificationCard.tsx';
import { UnitPicker } from '../components/report/UnitPicker.tsx';
import { today } from '../dates.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

const PROVINCE = 1;

/**
 * The dated case confirmation rules (a national admin adds versions) and a province's
 * classification setting (its admin or officer, or a national admin, changes it).
 */
export default function CaseRulesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const rules = useAsync(() => fetchCaseRules(), []);
  const national = user.unit.level === 0;
  const [provinceId, setProvinceId] = useState<number | null>(user.unit.level === PROVINCE ? user.unit.id : null);
  const canAddRule = user.role === 'admin' && national;
  const canSetClassification = (user.role === 'admin' && user.unit.level <= PROVINCE) || (user.role === 'officer' && user.unit.level === PROVINCE);
  const list = rules.data ?? [];
  const inForce = list.filter((r) => r.validFrom <= today()).at(-1)?.version;

  return (
    <div>
      <Typography.Title level={3}>{t('cases.rules.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.rules.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={canAddRule ? 16 : 24}>
          {rules.error ? <ErrorAlert error={rules.error} onRetry={rules.reload} /> : null}
          <Table<CaseRule>
            rowKey="version"
            size="small"
            scroll={{ x: true }}
            loading={rules.loading}
            dataSource={[...list].reverse()}
            pagination={false}
            columns={[
              {
                title: t('cases.rules.version'),
                render: (_, r) => <>v{r.version} {r.version === inForce && <Tag color="green">{t('cases.rules.inForce')}</Tag>}</>,
              },
              { title: t('cases.rules.validFrom'), render: (_, r) => f.date(r.validFrom) },
              ...RULE_SWITCHES.map((k) => ({
                title: t(`cases.rules.${k}`),
                render: (_: unknown, r: CaseRule) => (r.rule[k] ? <Tag color="blue">{t('cases.rules.yes')}</Tag> : <Tag>{t('cases.rules.no')}</Tag>),
              })),
              { title: t('cases.rules.note'), render: (_, r) => r.note ?? '' },
            ]}
          />
        </Col>
        {canAddRule && (
          <Col xs={24} lg={8}>
            <Card size="small" title={t('cases.rules.add')}>
              <CaseRuleForm latestFrom={list.at(-1)?.validFrom} onSaved={rules.reload} />
            </Card>
          </Col>
        )}
        {user.unit.level <= PROVINCE && (
          <Col xs={24} lg={16}>
            {national && (
              <div style={{ maxWidth: 400, marginBottom: 12 }}>
                <Typography.Text type="secondary">{t('cases.rules.province')}</Typography.Text>
                <UnitPicker level={PROVINCE} value={provinceId} onChange={(u) => setProvinceId(u.id)} />
              </div>
            )}
            {provinceId !== null && <ClassificationCard provinceId={provinceId} canEdit={canSetClassification} />}
          </Col>
        )}
      </Row>
    </div>
  );
}
