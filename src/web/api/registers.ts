import type { RegisterFigures, RegisterUnit } from '../../server/modules/registers/schema.ts';
import { api, query } from './client.ts';

export type { RegisterFigures, RegisterUnit };
export type FigureComparison = RegisterFigures['figures'][number];

/** Situation figures computed from the registers beside what was reported by hand. */
export function fetchRegisterFigures(unitId: number, date?: string): Promise<RegisterFigures> {
  return api.get<RegisterFigures>(`/api/registers/${unitId}/figures${query({ date })}`);
}

export function fetchRegisterUnits(unitId: number): Promise<RegisterUnit[]> {
  return api.get<RegisterUnit[]>(`/api/registers/${unitId}/units`);
}

export function setRegisterUnit(unitId: number, since: string | null): Promise<unknown> {
  return since ? api.put(`/api/registers/${unitId}`, { since }) : api.delete(`/api/registers/${unitId}`);
}
