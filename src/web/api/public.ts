/**
 * The public portal's client: plain GETs of /api/public/*, with no session cookie and no CSRF
 * token, and no redirect to sign-in on a 401. The language is in the address, so the browser's
 * cache (the server sends max-age=60) keeps the Vietnamese and English replies apart.
 */
import type {
  BoundaryCollection,
  OpenDataCatalogue,
  OpenFormat,
  PublicCoverage,
  PublicLevels,
  PublicOverview,
} from '../../server/modules/public/schema.ts';
import { apiLanguage, fetchJson, query, toApiError } from './client.ts';

export type {
  BoundaryCollection,
  Count,
  Dataset,
  OpenDataCatalogue,
  PublicCoverage,
  PublicCoverageFigure,
  PublicLevelCell,
  PublicLevels,
  PublicOverview,
  PublicUnit,
  Suppression,
  UnitLevel,
} from '../../server/modules/public/schema.ts';

async function getPublic<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const lang = apiLanguage();
  const res = await fetchJson(path + query({ ...params, lang }), {
    credentials: 'omit',
    headers: { Accept: 'application/json', 'Accept-Language': lang },
  });
  if (!res.ok) throw toApiError(res.status, res.body);
  return res.body as T;
}

/** The nation when `unitId` is left out. */
export function fetchPublicOverview(unitId?: number, date?: string): Promise<PublicOverview> {
  return getPublic<PublicOverview>(unitId ? `/api/public/overview/${unitId}` : '/api/public/overview', { date });
}

export function fetchPublicLevels(unitId: number, week?: string): Promise<PublicLevels> {
  return getPublic<PublicLevels>(`/api/public/levels/${unitId}`, { week });
}

export function fetchPublicBoundaries(unitId: number): Promise<BoundaryCollection> {
  return getPublic<BoundaryCollection>(`/api/public/boundaries/${unitId}`);
}

export function fetchPublicCoverage(unitId: number): Promise<PublicCoverage> {
  return getPublic<PublicCoverage>(`/api/public/coverage/${unitId}`);
}

export function fetchOpenData(): Promise<OpenDataCatalogue> {
  return getPublic<OpenDataCatalogue>('/api/public/open-data');
}

/** The download address of a dataset (the catalogue's url template with its blanks filled). */
export function openDataUrl(template: string, unitId: number, format: OpenFormat): string {
  const url = template.replaceAll('{unitId}', String(unitId)).replaceAll('{format}', format);
  return `${url}${url.includes('?') ? '&' : '?'}lang=${apiLanguage()}`;
}

export type { OpenFormat };
