import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageChild } from '../../api/coverage.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** Child units ranked by gap to the target (the server's order); a click opens the unit. */
export function CoverageChildrenTable({ items, target, onOpen }: { items: CoverageChild[]; target: number; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<CoverageChild>
      size="small"
      rowKey={(c) => c.unit.id}
      dataSource={items}
      pagination={items.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 560 }}
      columns={[
        {
          title: t('coverage.unit'),
          render: (_, c) => <Typography.Link onClick={() => onOpen(c.unit.id)}>{c.unit.name}</Typography.Link>,
        },
        { title: t('coverage.vaccinated'), align: 'right', render: (_, c) => f.num(c.vaccinated) },
        { title: t('coverage.eligible'), align: 'right', render: (_, c) => (c.eligible === null ? t('coverage.noPopulation') : f.num(c.eligible)) },
        {
          title: t('coverage.share'),
          width: 180,
          render: (_, c) =>
            c.share === null ? '–' : (
              <Progress
                percent={Math.min(100, Math.round(c.share * 1000) / 10)}
                success={{ percent: 0 }}
                status={c.share >= target ? 'success' : 'active'}
                format={() => f.pct(c.share)}
                size="small"
              />
            ),
        },
        { title: t('coverage.gap'), align: 'right', render: (_, c) => (c.gap === null ? '–' : f.num(c.gap)) },
      ]}
    />
  );
}
