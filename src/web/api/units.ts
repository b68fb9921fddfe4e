import type { UnitRef } from '../../server/http/common-schema.ts';
import { api, query } from './client.ts';

export function searchUnits(q: string, level?: number): Promise<UnitRef[]> {
  return api.get<UnitRef[]>(`/api/units${query({ q, level })}`);
}
