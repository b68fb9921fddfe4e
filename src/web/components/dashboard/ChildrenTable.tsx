import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { Dashboard } from '../../../server/modules/rollups/schema.ts';
import { changeRatio } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { CompletenessBar } from '../CompletenessBar.tsx';
import { CODES, sumCases } from '../../indicators.ts';

type Child = Dashboard['children'][number];

interface Row {
  key: number;
  child: Child;
  change: number | null;
  cumulative: number;
  deaths: number;
}

const byNumber = (get: (r: Row) => number | null) => (a: Row, b: Row) => (get(a) ?? -Infinity) - (get(b) ?? -Infinity);

export function ChildrenTable({
  items,
  form,
  onOpen,
}: {
  items: Dashboard['children'];
  form: Form | undefined;
  onOpen?: (unitId: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: Row[] = items.map((child) => ({
    key: child.unit.id,
    child,
    change: changeRatio(child.figures.casesWeek, child.figures.casesPrevWeek),
    cumulative: sumCases(child.figures.cumulative, form),
    deaths: child.figures.cumulative[CODES.deaths] ?? 0,
  }));
  const numCol = (title: string, key: string, get: (r: Row) => number, extra: Partial<TableColumnsType<Row>[number]> = {}) => ({
    title,
    key,
    align: 'right' as const,
    sorter: byNumber(get),
    render: (_: unknown, r: Row) => <span className="ec-num">{f.num(get(r))}</span>,
    ...extra,
  });
  const columns: TableColumnsType<Row> = [
    {
      title: t('dashboard.colName'),
      key: 'name',
      fixed: 'left',
      sorter: (a, b) => a.child.unit.name.localeCompare(b.child.unit.name, f.lang),
      render: (_, r) => (onOpen ? <a>{r.child.unit.name}</a> : r.child.unit.name),
    },
    numCol(t('dashboard.colCases24h'), 'cases24h', (r) => r.child.figures.casesLast24h),
    numCol(t('dashboard.colWeek'), 'week', (r) => r.child.figures.casesWeek),
    numCol(t('dashboard.colPrevWeek'), 'prevWeek', (r) => r.child.figures.casesPrevWeek),
    {
      title: t('dashboard.colChange'),
      key: 'change',
      align: 'right',
      sorter: byNumber((r) => r.change),
      render: (_, r) => (
        <span className="ec-num" style={{ color: r.change === null ? undefined : r.change > 0 ? '#c62828' : '#2e7d32' }}>
          {f.change(r.change)}
        </span>
      ),
    },
    numCol(t('dashboard.colCumulative'), 'cumulative', (r) => r.cumulative),
    numCol(t('dashboard.colDeaths'), 'deaths', (r) => r.deaths),
    {
      title: t('dashboard.colDaysSince'),
      key: 'daysSince',
      align: 'right',
      sorter: byNumber((r) => r.child.figures.daysSinceLastCase ?? Number.MAX_SAFE_INTEGER),
      render: (_, r) => <span className="ec-num">{f.num(r.child.figures.daysSinceLastCase)}</span>,
    },
    {
      title: t('dashboard.colCompleteness'),
      key: 'completeness',
      sorter: byNumber((r) => (r.child.completeness.expected ? r.child.completeness.reported / r.child.completeness.expected : 0)),
      render: (_, r) => <CompletenessBar c={r.child.completeness} />,
    },
  ];
  return (
    <Table<Row>
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dashboard.noChildren') }}
      rowClassName={onOpen ? 'ec-clickable-row' : undefined}
      onRow={(r) =>
        ({
          'data-testid': `child-row-${r.child.unit.code}`,
          onClick: onOpen ? () => onOpen(r.child.unit.id) : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
