import { Card, Col, DatePicker, Flex, Grid, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { mondayOf } from '../../../domain/dates.ts';
import type { Level } from '../../../domain/epidemic-level.ts';
import { fetchPublicBoundaries, type PublicLevelCell, type PublicLevels, type PublicUnit } from '../../api/public.ts';
import type { MapItem } from '../../components/levels/LevelMap.tsx';
import { today } from '../../dates.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { nounKey } from '../counts.ts';
import { publicUnitPath } from '../paths.ts';
import { LevelTag } from './LevelTag.tsx';

const LevelMap = lazy(() => import('../../components/levels/LevelMap.tsx'));

type Mode = 'level' | 'caseRate' | 'coverage';
const LIST_MAX = 12;

/** The children's levels on a map, the counts per level, who moved and who has been quiet for 14 days. */
export function LevelsSection({ data, onWeek }: { data: PublicLevels; onWeek: (week: string | null) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  // beside the map on wide screens, side by side below it on narrow ones
  const stacked = Grid.useBreakpoint().lg === true;
  const [mode, setMode] = useState<Mode>('level');
  const boundaries = useAsync(() => (data.map === 'geojson' ? fetchPublicBoundaries(data.unit.id) : null), [data.unit.id, data.map]);
  const suppressedLabel = t('publicPortal.map.suppressedCases', { label: data.suppression.label });

  const items: MapItem[] = useMemo(
    () =>
      data.children.map((c) => ({
        unitId: c.unit.id,
        code: c.unit.code,
        name: c.unit.name,
        level: c.level as Level | null,
        value: mode === 'caseRate' ? c.caseRate : mode === 'coverage' ? c.fullCoverage : null,
        label: mode === 'caseRate' && c.communityCases.suppressed ? suppressedLabel : undefined,
      })),
    [data.children, mode, suppressedLabel],
  );
  const notAssessed = data.children.filter((c) => c.level === null).length;
  const countParts = [
    ...data.counts.filter((c) => c.units > 0).map((c) => t('publicPortal.map.count', { n: f.num(c.units), unit: t(nounKey(data.itemLevel, c.units)), level: c.level })),
    ...(notAssessed ? [t('publicPortal.map.notAssessed', { n: f.num(notAssessed), unit: t(nounKey(data.itemLevel, notAssessed)) })] : []),
  ];
  const assessed = data.counts.some((c) => c.units > 0);
  const waitingForBoundaries = data.map === 'geojson' && !boundaries.data && !boundaries.error;

  return (
    <Card
      size="small"
      title={t('publicPortal.map.title')}
      data-testid="public-levels"
      extra={
        <DatePicker
          picker="week"
          size="small"
          allowClear={false}
          aria-label={t('publicPortal.map.week')}
          value={dayjs(data.week)}
          format={() => `${f.date(data.week).slice(0, 5)}–${f.date(data.weekEnd)}`}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
          onChange={(d) => onWeek(d ? mondayOf(d.format('YYYY-MM-DD')) : null)}
          data-testid="public-week"
        />
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {assessed ? (
          <Typography.Paragraph strong style={{ margin: 0 }} data-testid="public-level-counts">
            {countParts.join(', ')}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary" data-testid="public-level-counts">
            {t('publicPortal.map.noData')}
          </Typography.Text>
        )}
        <Segmented<Mode>
          value={mode}
          onChange={setMode}
          options={(['level', 'caseRate', 'coverage'] as const).map((m) => ({ value: m, label: t(`publicPortal.map.mode.${m}`) }))}
          data-testid="public-map-mode"
        />
      </Space>
      <Row gutter={[24, 16]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={15}>
          {waitingForBoundaries ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <LevelMap
                items={items}
                mode={mode}
                itemLevel={data.itemLevel}
                geojson={boundaries.data ?? undefined}
                onSelect={(id) => navigate(publicUnitPath(id))}
                ariaLabel={t('publicPortal.map.aria', { units: t(nounKey(data.itemLevel, 2)), unit: data.unit.longName })}
              />
            </Suspense>
          )}
        </Col>
        <Col xs={24} lg={9}>
          <Flex wrap vertical={stacked} gap={16}>
            <UnitList title={`▲ ${t('publicPortal.movement.up')}`} cells={data.movedUp} stacked={stacked} testId="public-moved-up" />
            <UnitList title={`▼ ${t('publicPortal.movement.down')}`} cells={data.movedDown} stacked={stacked} testId="public-moved-down" />
            <UnitList title={t('publicPortal.movement.quiet')} units={data.quiet} stacked={stacked} testId="public-quiet" />
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}

function UnitList(props: { title: string; cells?: PublicLevelCell[]; units?: PublicUnit[]; stacked: boolean; testId: string }) {
  const { title, cells, units, stacked, testId } = props;
  const { t } = useTranslation();
  const f = useFormat();
  const rows = cells ? cells.map((c) => ({ unit: c.unit, cell: c })) : (units ?? []).map((u) => ({ unit: u, cell: null }));
  const shown = rows.slice(0, LIST_MAX);
  return (
    <div style={{ flex: stacked ? '0 0 auto' : '1 1 200px', minWidth: 0 }} data-testid={testId}>
      <Typography.Text strong>
        {title} ({f.num(rows.length)})
      </Typography.Text>
      {rows.length === 0 ? (
        <div className="ec-card-sub">{t('publicPortal.movement.none')}</div>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {shown.map(({ unit, cell }) => (
            <li key={unit.id}>
              <Link to={publicUnitPath(unit.id)}>{unit.name}</Link>
              {cell && cell.previous !== null && cell.level !== null ? (
                <span>
                  {' '}
                  <LevelTag level={cell.previous as Level} /> → <LevelTag level={cell.level as Level} />
                </span>
              ) : null}
            </li>
          ))}
          {rows.length > shown.length ? <li className="ec-card-sub">{t('publicPortal.movement.more', { n: f.num(rows.length - shown.length) })}</li> : null}
        </ul>
      )}
    </div>
  );
}
