import { CODE_KEYS, parseBoundaries, type BoundaryFeature } from '../../../domain/geojson-boundaries.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import type { Db } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError, type RowErrors } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnitsByCodes, type UnitRow } from '../orgunits/repository.ts';
import { boundaryMessage } from './messages.ts';
import * as repo from './repository.ts';
import type { BoundaryImportReply, BoundaryStatus } from './schema.ts';

const fail = (message: string) => new AppError('validation', message, [{ field: 'body', message }]);

function readDocument(body: unknown, lang: Lang): unknown {
  if (!Buffer.isBuffer(body)) return body;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw fail(boundaryMessage('badJson', lang));
  }
}

/**
 * Each feature's unit. A bare number under a generic key may be read at several widths: the
 * reading that most features match is tried first for every feature.
 */
function matchUnits(features: BoundaryFeature[], byCode: Map<string, UnitRow>): (UnitRow | undefined)[] {
  const width = Math.max(0, ...features.map((f) => f.codes.length));
  const hits = Array.from({ length: width }, (_, j) => features.filter((f) => f.codes[j] !== undefined && byCode.has(f.codes[j]!)).length);
  const order = hits.map((n, j) => ({ n, j })).sort((a, b) => b.n - a.n || a.j - b.j).map((x) => x.j);
  return features.map((f) => {
    for (const j of order) {
      const unit = f.codes[j] === undefined ? undefined : byCode.get(f.codes[j]!);
      if (unit) return unit;
    }
    return undefined;
  });
}

/** Loads a FeatureCollection of boundaries keyed by GSO code: every feature or none. */
export async function importBoundaries(db: Db, actor: Actor, body: unknown, lang: Lang, now: Date): Promise<BoundaryImportReply> {
  const parsed = parseBoundaries(readDocument(body, lang));
  if (!parsed) throw fail(boundaryMessage('notCollection', lang));
  if (!parsed.features.length && !parsed.problems.length) throw fail(boundaryMessage('empty', lang));
  if (!parsed.codeKey) throw fail(boundaryMessage('noCodeKey', lang, { keys: CODE_KEYS.join(', ') }));
  const codeKey = parsed.codeKey;

  const problems: RowErrors[] = [];
  const problem = (index: number, message: string) => problems.push({ row: index, errors: [{ field: `features/${index - 1}`, message }] });
  for (const p of parsed.problems) problem(p.index, boundaryMessage(p.problem, lang, { index: p.index, key: codeKey, code: p.code ?? '' }));

  const byCode = await findUnitsByCodes(db, [...new Set(parsed.features.flatMap((f) => f.codes))], vietnamToday(now));
  const units = matchUnits(parsed.features, byCode);
  const seen = new Map<number, number>();
  const rows: { unitId: number; geometry: unknown; level: number; code: string }[] = [];
  parsed.features.forEach((f, i) => {
    const unit = units[i];
    const vars = { index: f.index, code: unit?.code ?? f.codes[0]! };
    if (!unit) return problem(f.index, boundaryMessage('unknownCode', lang, vars));
    if (!inScope(actor, unit)) return problem(f.index, boundaryMessage('outOfScope', lang, vars));
    const other = seen.get(unit.id);
    if (other) return problem(f.index, boundaryMessage('duplicate', lang, { ...vars, other }));
    seen.set(unit.id, f.index);
    rows.push({ unitId: unit.id, geometry: f.geometry, level: unit.level, code: unit.code });
  });
  if (problems.length) {
    problems.sort((a, b) => a.row - b.row);
    const fields: FieldError[] = problems.flatMap((p) => p.errors);
    throw new AppError('validation', boundaryMessage('invalid', lang, { n: problems.length }), fields, problems);
  }

  const ids = rows.map((r) => r.unitId);
  await db.transaction(async (tx) => {
    const before = await repo.countLoaded(tx, ids);
    await repo.upsertBoundaries(tx, rows, { source: `GeoJSON (${codeKey})`, userId: actor.id, at: now });
    await writeAudit(tx, {
      userId: actor.id,
      unitId: actor.unit.id,
      action: 'import',
      entity: 'unit_boundary',
      entityId: String(actor.unit.id),
      before: { loaded: before },
      after: { loaded: rows.length, codeKey, codes: rows.map((r) => r.code) },
    });
  });
  const levels = [...new Set(rows.map((r) => r.level))].sort();
  return { loaded: rows.length, byLevel: levels.map((level) => ({ level, units: rows.filter((r) => r.level === level).length })), codeKey };
}

export async function boundaryStatus(db: Db, actor: Actor, now: Date): Promise<BoundaryStatus> {
  const levels = await repo.statusByLevel(db, actor.unitPath, vietnamToday(now));
  return { levels: levels.map((l) => ({ ...l, lastLoadedAt: l.lastLoadedAt ? new Date(l.lastLoadedAt).toISOString() : null })) };
}

/** Clears the boundaries of one level in the admin's subtree (the maps fall back to the tile grid). */
export async function clearLevel(db: Db, actor: Actor, level: number): Promise<number> {
  return db.transaction(async (tx) => {
    const deleted = await repo.deleteLevel(tx, actor.unitPath, level);
    if (deleted.length)
      await writeAudit(tx, {
        userId: actor.id,
        unitId: actor.unit.id,
        action: 'delete',
        entity: 'unit_boundary',
        entityId: String(actor.unit.id),
        before: { level, codes: deleted.map((d) => d.code) },
        after: null,
      });
    return deleted.length;
  });
}
