import type { Static } from '@sinclair/typebox';
import type { UnitRef } from '../../server/http/common-schema.ts';
import type { UnitDetail } from '../../server/modules/orgunits/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type UnitInfo = Static<typeof UnitDetail>;

export function searchUnits(q: string, level?: number, limit?: number): Promise<UnitRef[]> {
  return api.get<UnitRef[]>(`/api/units${query({ q, level, limit })}`);
}

/** One unit with its ancestors (those in the user's scope) and population. */
export function fetchUnit(id: number): Promise<UnitInfo> {
  return api.get<UnitInfo>(`/api/units/${id}`);
}

/** The population template: one row per unit at `level` under `unitId`, with the official figures already known. */
export function populationTemplateUrl(unitId: number, level: number): string {
  return `/api/units/population/template${query({ unitId, level, lang: apiLanguage() })}`;
}
