import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGE_GROUPS, STAGES, type AgeGroup, type Stage } from '../../../domain/age-groups.ts';
import type { CoverageFigure } from '../../api/coverage.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** The chart's figures as a table: people vaccinated of the eligible, and the share, by age group and stage. */
export function CoverageFiguresTable({ figures }: { figures: CoverageFigure[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cell = (group: AgeGroup, stage: Stage) => {
    const x = figures.find((c) => c.group === group && c.stage === stage);
    if (!x) return null;
    return `${f.num(x.vaccinated)}${x.eligible === null ? '' : ` / ${f.num(x.eligible)}`}${x.share === null ? '' : ` (${f.pct(x.share, 1)})`}`;
  };
  const columns: TableColumnsType<{ group: AgeGroup }> = [
    { title: t('coverage.ageGroup'), key: 'group', render: (_, r) => t(`coverage.ageGroups.${r.group}`) },
    ...STAGES.map((stage) => ({ title: t(`coverage.stages.${stage}`), key: stage, align: 'right' as const, render: (_: unknown, r: { group: AgeGroup }) => cell(r.group, stage) })),
  ];
  return (
    <Table<{ group: AgeGroup }>
      size="small"
      rowKey="group"
      columns={columns}
      dataSource={AGE_GROUPS.map((group) => ({ group }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="coverage-figures"
    />
  );
}
