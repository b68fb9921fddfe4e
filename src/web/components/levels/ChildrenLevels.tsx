import { Button, Card, Col, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../domain/epidemic-level.ts';
import { levelsExportUrl, type LevelCell, type LevelOverview } from '../../api/levels.ts';
import { fetchPublicBoundaries } from '../../api/public.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { levelPluralKey } from '../../levels.ts';
import { LevelChildrenTable } from './LevelChildrenTable.tsx';
import type { LevelMapProps, MapItem } from './LevelMap.tsx';
import { levelShort } from './levelText.ts';

const LevelMap = lazy(() => import('./LevelMap.tsx'));

type Mode = LevelMapProps['mode'];

/** The children of a unit: the map, the counts per level, who moved, who is quiet, and the table. */
export function ChildrenLevels({ data, onOpen, hrefOf }: { data: LevelOverview; onOpen(unitId: number): void; hrefOf(unitId: number): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [mode, setMode] = useState<Mode>('level');
  const childLevel = data.unit.level + 1;
  const plural = t(levelPluralKey(childLevel));

  const items: MapItem[] = useMemo(
    () =>
      data.children.map((c) => ({
        unitId: c.unit.id,
        code: c.unit.code,
        name: c.unit.name,
        level: (c.level as Level | null) ?? null,
        value: mode === 'coverage' ? c.fullCoverage : c.caseRate,
      })),
    [data.children, mode],
  );

  // real boundaries when an administrator has loaded them for every child, else the tile grid
  const boundaries = useAsync(() => (data.children.length ? fetchPublicBoundaries(data.unit.id) : null), [data.unit.id]);
  const geojson = useMemo(() => {
    const codes = new Set(boundaries.data?.features.map((b) => b.properties.code));
    return boundaries.data && data.children.every((c) => codes.has(c.unit.code)) ? boundaries.data : undefined;
  }, [boundaries.data, data.children]);
  const waitingForBoundaries = !!data.children.length && !boundaries.data && !boundaries.error;

  const counts = LEVELS.map((l) => ({ level: l, units: data.counts.find((c) => c.level === l)?.units ?? 0 })).filter((c) => c.units > 0);
  const unassessed = data.children.filter((c) => c.level === null).length;
  const countParts = [
    ...counts.map((c) => t('levels.children.counts', { n: f.num(c.units), unit: plural, level: levelShort(t, c.level).toLowerCase() })),
    ...(unassessed ? [t('levels.children.unassessed', { n: f.num(unassessed), unit: plural })] : []),
  ];
  const moves = (cells: LevelCell[]) =>
    cells.length
      ? cells
          .map((c) =>
            t('levels.children.move', {
              unit: c.unit.name,
              from: c.previous ? levelShort(t, c.previous as Level) : '—',
              to: c.level ? levelShort(t, c.level as Level) : '—',
            }),
          )
          .join('; ')
      : t('levels.children.noneMoved');

  return (
    <Card
      size="small"
      title={t('levels.children.title', { level: plural })}
      data-testid="level-children"
      extra={
        <Space.Compact>
          <Button href={levelsExportUrl(data.unit.id, data.week, 'xlsx')} download data-testid="levels-export-xlsx">
            {t('levels.children.exportXlsx')}
          </Button>
          <Button href={levelsExportUrl(data.unit.id, data.week, 'csv')} download data-testid="levels-export-csv">
            {t('levels.children.exportCsv')}
          </Button>
        </Space.Compact>
      }
    >
      <Row gutter={[24, 12]}>
        <Col xs={24} lg={data.unit.level === 0 ? 10 : 12}>
          <Segmented<Mode>
            value={mode}
            onChange={setMode}
            data-testid="level-map-mode"
            options={[
              { value: 'level', label: t('levels.map.modeLevel') },
              { value: 'caseRate', label: t('levels.map.modeCaseRate') },
              { value: 'coverage', label: t('levels.map.modeCoverage') },
            ]}
            style={{ marginBottom: 8 }}
          />
          {waitingForBoundaries ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <LevelMap items={items} mode={mode} itemLevel={childLevel} geojson={geojson} onSelect={onOpen} />
            </Suspense>
          )}
        </Col>
        <Col xs={24} lg={data.unit.level === 0 ? 14 : 12}>
          <Typography.Paragraph data-testid="level-counts" strong>
            {countParts.join(', ')}
          </Typography.Paragraph>
          <Typography.Paragraph data-testid="level-moved-up">
            <Typography.Text type="secondary">{t('levels.children.movedUp')}: </Typography.Text>
            {moves(data.movedUp)}
          </Typography.Paragraph>
          <Typography.Paragraph data-testid="level-moved-down">
            <Typography.Text type="secondary">{t('levels.children.movedDown')}: </Typography.Text>
            {moves(data.movedDown)}
          </Typography.Paragraph>
          <Typography.Paragraph data-testid="level-quiet">
            <Typography.Text type="secondary">{t('levels.children.quiet')}: </Typography.Text>
            {data.quiet.length ? data.quiet.map((u) => u.name).join(', ') : t('levels.children.noneMoved')}
          </Typography.Paragraph>
        </Col>
        <Col span={24}>
          <LevelChildrenTable items={data.children} hrefOf={hrefOf} />
        </Col>
      </Row>
    </Card>
  );
}
