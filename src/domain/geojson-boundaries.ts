/**
 * Reading a GeoJSON FeatureCollection of administrative boundaries keyed by GSO code: which
 * property holds the code, and what is wrong with each feature. Pure; the import applies the
 * whole file or nothing.
 */

/** Property names that carry a GSO code, in order of preference (compared without case). */
export const CODE_KEYS = ['code', 'ma', 'ma_gso', 'gso_code', 'ma_tinh', 'ma_huyen', 'ma_xa', 'matinh', 'mahuyen', 'maxa', 'ma_dvhc', 'madvhc'] as const;

/** Digits of a code at each level when a key names it (a number in the file loses its leading zeros). */
const PADDED: Record<string, number> = { ma_tinh: 2, matinh: 2, ma_huyen: 3, mahuyen: 3, ma_xa: 5, maxa: 5 };

export type FeatureProblem = 'not_feature' | 'no_code' | 'bad_geometry';

export interface BoundaryFeature {
  /** 1-based position in the file */
  index: number;
  /** the codes to look the unit up by, most likely first */
  codes: string[];
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface ParsedBoundaries {
  /** the property the codes were read from, as spelled in the file; null when none was found */
  codeKey: string | null;
  features: BoundaryFeature[];
  problems: { index: number; problem: FeatureProblem; code?: string }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(isRing);

export function isAreaGeometry(g: unknown): g is BoundaryFeature['geometry'] {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return isPolygon(g.coordinates);
  if (g.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(isPolygon);
  return false;
}

/** The code key used by most features (ties go to the preferred key). */
export function findCodeKey(features: unknown[]): string | null {
  const seen = new Map<string, { spelled: string; n: number }>();
  for (const f of features) {
    if (!isObject(f) || !isObject(f.properties)) continue;
    for (const [k, v] of Object.entries(f.properties)) {
      const lower = k.toLowerCase();
      if (!(CODE_KEYS as readonly string[]).includes(lower) || v === null || v === '') continue;
      const s = seen.get(lower) ?? { spelled: k, n: 0 };
      s.n++;
      seen.set(lower, s);
    }
  }
  let best: { spelled: string; n: number; rank: number } | null = null;
  for (const [lower, s] of seen) {
    const rank = (CODE_KEYS as readonly string[]).indexOf(lower);
    if (!best || s.n > best.n || (s.n === best.n && rank < best.rank)) best = { ...s, rank };
  }
  return best?.spelled ?? null;
}

/**
 * The codes a property value may stand for: as written, and zero-padded to the key's level. A
 * bare number under a generic key could be any level; its candidates keep fixed positions (as
 * written, 2, 3, 5 digits) so that the import can choose the reading most features match.
 */
export function codesOf(key: string, value: unknown): string[] {
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  const raw = String(value).trim();
  if (!raw) return [];
  const width = PADDED[key.toLowerCase()];
  if (!/^\d+$/.test(raw)) return [raw];
  if (width) return [raw.padStart(width, '0'), raw];
  return [raw, raw.padStart(2, '0'), raw.padStart(3, '0'), raw.padStart(5, '0')];
}

export function parseBoundaries(doc: unknown): ParsedBoundaries | null {
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) return null;
  const codeKey = findCodeKey(doc.features);
  const out: ParsedBoundaries = { codeKey, features: [], problems: [] };
  doc.features.forEach((f, i) => {
    const index = i + 1;
    if (!isObject(f) || f.type !== 'Feature') return out.problems.push({ index, problem: 'not_feature' });
    const props = isObject(f.properties) ? f.properties : {};
    const codes = codeKey ? codesOf(codeKey, props[codeKey]) : [];
    if (!codes.length) return out.problems.push({ index, problem: 'no_code' });
    if (!isAreaGeometry(f.geometry)) return out.problems.push({ index, problem: 'bad_geometry', code: codes[0]! });
    out.features.push({ index, codes, geometry: f.geometry });
  });
  return out;
}
