import type { CoverageReport, ProgressReport, Reconciliation, ReportedRow } from '../../server/modules/coverage/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { CoverageReport, ProgressReport, Reconciliation, ReportedRow };
export type CoverageFigure = CoverageReport['figures'][number];
export type CoverageChild = CoverageReport['children'][number];

export interface CoverageParams {
  unitId: number;
  date?: string | undefined;
  target?: number | undefined;
  group?: CoverageFigure['group'] | undefined;
  stage?: CoverageFigure['stage'] | undefined;
}

const coveragePath = ({ unitId, ...q }: CoverageParams) => `/api/coverage/${unitId}${query({ ...q })}`;

/** Coverage of a unit and its children by age group and stage, children ranked by gap to the target. */
export const fetchCoverage = (p: CoverageParams) => api.get<CoverageReport>(coveragePath(p));

export const coverageExportUrl = ({ unitId, ...q }: CoverageParams, format: 'xlsx' | 'csv') =>
  `/api/coverage/${unitId}${query({ ...q, format, lang: apiLanguage() })}`;

/** Doses given on a day and the communes that entered nothing by the 17:00 deadline. */
export const fetchProgress = (unitId: number, date?: string) =>
  api.get<ProgressReport>(`/api/vaccination-progress/${unitId}${query({ date })}`);

export const fetchReconciliation = (unitId: number, date?: string) =>
  api.get<Reconciliation>(`/api/coverage/${unitId}/reconciliation${query({ date })}`);

/** Figures a local government reported by hand (officer or administrator). */
export const saveReported = (rows: ReportedRow[]) => api.post<{ saved: number }>('/api/reported-coverage', { rows });
