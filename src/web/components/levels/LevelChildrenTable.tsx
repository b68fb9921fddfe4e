import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LevelCell } from '../../api/levels.ts';
import { formatNumber } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { LevelTag } from './LevelTag.tsx';

const byNumber = (get: (c: LevelCell) => number | null) => (a: LevelCell, b: LevelCell) => (get(a) ?? -Infinity) - (get(b) ?? -Infinity);

/** The children's levels, sortable; each name links down to the child's own levels page. Also the map's table alternative. */
export function LevelChildrenTable({ items, hrefOf }: { items: LevelCell[]; hrefOf(unitId: number): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n1 = (v: number | null) => (v === null ? '—' : formatNumber(v, f.lang, 1));
  const columns: TableColumnsType<LevelCell> = [
    {
      title: t('levels.children.colUnit'),
      key: 'unit',
      fixed: 'left',
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, f.lang),
      render: (_, c) => <Link to={hrefOf(c.unit.id)}>{c.unit.name}</Link>,
    },
    {
      title: t('levels.children.colLevel'),
      key: 'level',
      sorter: byNumber((c) => c.level),
      defaultSortOrder: 'descend',
      render: (_, c) => <LevelTag level={c.level} short />,
    },
    {
      title: t('levels.children.colComputed'),
      key: 'computed',
      sorter: byNumber((c) => c.computed),
      render: (_, c) => <LevelTag level={c.computed} short />,
    },
    {
      title: t('levels.children.colDecision'),
      key: 'decision',
      sorter: (a, b) => (a.decision?.decisionNo ?? '').localeCompare(b.decision?.decisionNo ?? ''),
      render: (_, c) => (c.decision ? `${c.decision.decisionNo} (${f.date(c.decision.decisionDate)})` : ''),
    },
    {
      title: t('levels.children.colCases'),
      key: 'cases',
      align: 'right',
      sorter: byNumber((c) => c.communityCases),
      render: (_, c) => <span className="ec-num">{f.num(c.communityCases)}</span>,
    },
    {
      title: t('levels.children.colRate'),
      key: 'rate',
      align: 'right',
      sorter: byNumber((c) => c.caseRate),
      render: (_, c) => <span className="ec-num">{n1(c.caseRate)}</span>,
    },
    {
      title: t('levels.children.colCoverage'),
      key: 'coverage',
      align: 'right',
      sorter: byNumber((c) => c.fullCoverage),
      render: (_, c) => <span className="ec-num">{n1(c.fullCoverage)}</span>,
    },
    {
      title: t('levels.children.colQuiet'),
      key: 'quiet',
      align: 'center',
      sorter: byNumber((c) => (c.quiet14 ? 1 : 0)),
      render: (_, c) => (c.quiet14 ? '✓' : ''),
    },
  ];
  return (
    <Table<LevelCell>
      size="small"
      data-testid="level-children-table"
      columns={columns}
      dataSource={items}
      rowKey={(c) => c.unit.id}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('levels.children.empty') }}
      onRow={(c) => ({ 'data-testid': `level-row-${c.unit.code}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
