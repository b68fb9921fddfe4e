import type { Static } from '@sinclair/typebox';
import type { Bulletin as BulletinSchema, Dashboard } from '../../server/modules/rollups/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type Bulletin = Static<typeof BulletinSchema>;

export interface DashboardParams {
  unitId: number;
  form: string;
  date?: string;
  start?: string;
}

export function fetchDashboard(p: DashboardParams): Promise<Dashboard> {
  return api.get<Dashboard>(`/api/dashboard/${p.unitId}${query({ form: p.form, date: p.date, start: p.start })}`);
}

export function fetchBulletin(p: DashboardParams): Promise<Bulletin> {
  return api.get<Bulletin>(`/api/dashboard/${p.unitId}/bulletin${query({ form: p.form, date: p.date })}`);
}

export function exportUrl(p: DashboardParams, format: 'xlsx' | 'csv'): string {
  return `/api/dashboard/${p.unitId}/export${query({ format, form: p.form, date: p.date, start: p.start, lang: apiLanguage() })}`;
}
