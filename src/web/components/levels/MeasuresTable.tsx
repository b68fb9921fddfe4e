import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../domain/epidemic-level.ts';
import { useFormat } from '../../hooks/useFormat.ts';

const STATUS_COLOURS: Record<Measure['status'], string> = { allowed: 'green', limited: 'orange', closed: 'red' };

/** What is allowed, limited or stopped at the unit's level this week. */
export function MeasuresTable({ measures }: { measures: Measure[] }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  if (!measures.length) return <Typography.Text type="secondary">{t('levels.measures.none')}</Typography.Text>;
  const columns: TableColumnsType<Measure> = [
    { title: t('levels.measures.area'), key: 'area', width: 180, render: (_, m) => t(`levels.measures.areaName.${m.area}`) },
    {
      title: t('levels.measures.status'),
      key: 'status',
      width: 110,
      render: (_, m) => <Tag color={STATUS_COLOURS[m.status]}>{t(`levels.measures.statusName.${m.status}`)}</Tag>,
    },
    { title: t('levels.measures.text'), key: 'text', render: (_, m) => (lang === 'en' ? m.en : m.vi) },
  ];
  return (
    <Table<Measure>
      size="small"
      data-testid="level-measures"
      columns={columns}
      dataSource={measures}
      rowKey={(m) => `${m.area}-${m.vi}`}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
