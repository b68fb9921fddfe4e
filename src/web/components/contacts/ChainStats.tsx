import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Chain } from '../../../server/modules/contacts/schema.ts';
import { useFormat } from '../../hooks/useFormat.ts';

export function ChainStats({ chain }: { chain: Chain }) {
  const { t } = useTranslation();
  const f = useFormat();
  const items = [
    ['cases', chain.stats.cases],
    ['contacts', chain.stats.contacts],
    ['generations', chain.stats.generations],
    ['activeContacts', chain.stats.activeContacts],
    ['notReached', chain.stats.notReached],
  ] as const;
  return (
    <>
      {chain.truncated && <Alert type="warning" showIcon title={t('contacts.chain.truncated', { count: chain.nodes.length })} style={{ marginBottom: 8 }} />}
      <Row gutter={[8, 8]}>
        {items.map(([key, value]) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Card size="small">
              <Statistic title={t(`contacts.chain.${key}`)} value={value} formatter={(v) => f.num(Number(v))} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
