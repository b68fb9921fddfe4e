import { Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Level } from '../../../domain/epidemic-level.ts';
import type { PublicLevelCell, PublicLevels } from '../../api/public.ts';
import { formatNumber } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { countText } from '../counts.ts';
import { publicUnitPath } from '../paths.ts';
import { LevelTag } from './LevelTag.tsx';

const byNull = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);

/** The units below with their level, cases and coverage; each name opens the unit's page. */
export function ChildrenLevelsTable({ data }: { data: PublicLevels }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: ColumnsType<PublicLevelCell> = [
    {
      key: 'unit',
      title: t('publicPortal.children.unit'),
      render: (_, c) => <Link to={publicUnitPath(c.unit.id)}>{c.unit.name}</Link>,
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
    },
    {
      key: 'level',
      title: t('publicPortal.children.level'),
      render: (_, c) => (
        <>
          <LevelTag level={c.level as Level | null} />
          {c.decided ? <span className="ec-card-sub">{t('publicPortal.children.decided')}</span> : null}
        </>
      ),
      sorter: (a, b) => byNull(a.level, b.level),
      defaultSortOrder: 'descend',
    },
    {
      key: 'cases',
      title: t('publicPortal.children.cases'),
      align: 'right',
      className: 'ec-num',
      render: (_, c) => countText(c.communityCases, data.suppression, f.num),
      sorter: (a, b) => byNull(a.communityCases.value, b.communityCases.value),
      responsive: ['sm'],
    },
    {
      key: 'caseRate',
      title: t('publicPortal.children.caseRate'),
      align: 'right',
      className: 'ec-num',
      render: (_, c) => (c.caseRate === null ? '—' : formatNumber(c.caseRate, f.lang, 1)),
      sorter: (a, b) => byNull(a.caseRate, b.caseRate),
    },
    {
      key: 'coverage',
      title: t('publicPortal.children.coverage'),
      align: 'right',
      className: 'ec-num',
      render: (_, c) => (c.fullCoverage === null ? '—' : f.pct(c.fullCoverage / 100)),
      sorter: (a, b) => byNull(a.fullCoverage, b.fullCoverage),
      responsive: ['md'],
    },
    {
      key: 'quiet',
      title: t('publicPortal.children.quiet'),
      align: 'center',
      render: (_, c) => (c.quiet14 ? <Tag color="green">✓</Tag> : null),
      responsive: ['md'],
    },
  ];
  return (
    <Card size="small" title={t('publicPortal.children.title')}>
      <Table<PublicLevelCell>
        size="small"
        rowKey={(c) => c.unit.id}
        columns={columns}
        dataSource={data.children}
        pagination={data.children.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="public-children"
      />
    </Card>
  );
}
