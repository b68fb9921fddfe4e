import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { immunizationsUrl, type DoseItem, type PersonDoseList } from '../../api/vaccines.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** A person's doses with the stage they reached. */
export function PersonDoses({ personId, list }: { personId: number; list: PersonDoseList }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = list.state;
  const stage = s.boosterOn ? 'booster' : s.primaryDoneOn ? 'primary' : s.firstDoseOn ? 'dose1' : 'none';
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Typography.Title level={5} style={{ margin: 0 }}>{t('vaccines.doses.history')}</Typography.Title>
          <Tag color={stage === 'none' ? 'default' : stage === 'dose1' ? 'gold' : 'green'} data-testid="vaccination-stage">{t(`vaccines.stage.${stage}`)}</Tag>
        </Space>
        <Button size="small" href={immunizationsUrl(personId)} target="_blank">{t('vaccines.doses.fhir')}</Button>
      </Flex>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list.items}
        scroll={{ x: true }}
        columns={[
          { title: t('vaccines.doses.doseNumber'), dataIndex: 'doseNumber' },
          { title: t('vaccines.doses.product'), dataIndex: 'productName' },
          { title: t('vaccines.doses.kind'), dataIndex: 'kind', render: (k: DoseItem['kind']) => t(`vaccines.kind.${k}`) },
          { title: t('vaccines.doses.givenOn'), dataIndex: 'givenOn', render: (d: string) => f.date(d) },
          { title: t('vaccines.doses.lot'), dataIndex: 'lotCode' },
          { title: t('vaccines.doses.unit'), dataIndex: 'unitName' },
          { title: t('vaccines.doses.delay'), dataIndex: 'entryDelayDays' },
        ]}
      />
    </>
  );
}
