import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../domain/dates.ts';
import type { HistoryRow } from '../../api/levels.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { LevelTag } from './LevelTag.tsx';

/** The unit's weeks, newest first: computed, decided and in effect. */
export function HistoryTable({ rows }: { rows: HistoryRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: TableColumnsType<HistoryRow> = [
    {
      title: t('levels.history.week'),
      key: 'week',
      render: (_, r) => t('levels.page.weekRange', { from: formatDate(r.week).slice(0, 5), to: formatDate(addDays(r.week, 6)) }),
    },
    { title: t('levels.history.computed'), key: 'computed', render: (_, r) => <LevelTag level={r.computed} short /> },
    {
      title: t('levels.history.decided'),
      key: 'decided',
      render: (_, r) =>
        r.decision ? (
          <>
            <LevelTag level={r.decision.level} short /> {r.decision.decisionNo}
          </>
        ) : null,
    },
    { title: t('levels.history.inEffect'), key: 'level', render: (_, r) => <LevelTag level={r.level} short /> },
    { title: t('levels.history.cases'), key: 'cases', align: 'right', render: (_, r) => <span className="ec-num">{f.num(r.communityCases)}</span> },
    {
      title: t('levels.history.rate'),
      key: 'rate',
      align: 'right',
      render: (_, r) => <span className="ec-num">{r.caseRate === null ? '—' : formatNumber(r.caseRate, f.lang, 1)}</span>,
    },
    { title: t('levels.history.ruleSet'), key: 'ruleSet', render: (_, r) => r.ruleSet.code },
  ];
  return (
    <Table<HistoryRow>
      size="small"
      data-testid="level-history"
      columns={columns}
      dataSource={rows}
      rowKey="week"
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('levels.history.empty') }}
      onRow={(r) => ({ 'data-testid': `history-${r.week}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
