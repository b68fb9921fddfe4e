import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Form, Indicator } from '../../../server/modules/forms/schema.ts';
import type { Figures } from '../../../server/modules/rollups/schema.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { indicatorName, sectionName, sections } from '../../indicators.ts';

interface Row {
  key: string;
  ind: Indicator;
  sectionStart: number;
}

export function IndicatorsTable({ form, figures }: { form: Form; figures: Figures }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: Row[] = sections(form).flatMap((s) =>
    s.indicators.map((ind, i) => ({ key: ind.code, ind, sectionStart: i === 0 ? s.indicators.length : 0 })),
  );
  const value = (v: number | undefined) => <span className="ec-num">{f.num(v ?? 0)}</span>;
  const columns: TableColumnsType<Row> = [
    {
      title: t('dashboard.indSection'),
      key: 'section',
      render: (_, r) => sectionName(r.ind, f.lang),
      onCell: (r) => ({ rowSpan: r.sectionStart }),
    },
    { title: t('dashboard.indName'), key: 'name', render: (_, r) => indicatorName(r.ind, f.lang) },
    {
      title: t('dashboard.indLast24h'),
      key: 'last24h',
      align: 'right',
      render: (_, r) => (r.ind.kind === 'flow' ? value(figures.last24h[r.ind.code]) : '—'),
    },
    {
      title: t('dashboard.indWeek'),
      key: 'week',
      align: 'right',
      render: (_, r) => (r.ind.kind === 'flow' ? value(figures.week[r.ind.code]) : '—'),
    },
    { title: t('dashboard.indCumulative'), key: 'cumulative', align: 'right', render: (_, r) => value(figures.cumulative[r.ind.code]) },
  ];
  return (
    <Table<Row> size="small" bordered columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
  );
}
