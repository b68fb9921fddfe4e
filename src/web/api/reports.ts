import type { FieldError } from '../../server/http/common-schema.ts';
import type { QueueItem, Report } from '../../server/modules/reports/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export interface SaveReply {
  report: Report;
  warnings: FieldError[];
}

function reportPath(form: string, unitId: number, period: string): string {
  return `/api/reports/${encodeURIComponent(form)}/${unitId}/${period}`;
}

export function fetchReport(form: string, unitId: number, period: string): Promise<Report> {
  return api.get<Report>(reportPath(form, unitId, period));
}

export function saveReport(
  form: string,
  unitId: number,
  period: string,
  values: Record<string, number>,
  submit: boolean,
): Promise<SaveReply> {
  return api.put<SaveReply>(reportPath(form, unitId, period), { values, submit });
}

export function fetchQueue(form: string, period?: string): Promise<QueueItem[]> {
  return api.get<QueueItem[]>(`/api/approvals${query({ form, period })}`);
}

export function approveReport(id: number): Promise<unknown> {
  return api.post(`/api/reports/${id}/approve`);
}

export function returnReport(id: number, comment: string): Promise<unknown> {
  return api.post(`/api/reports/${id}/return`, { comment });
}

export function templateUrl(form: string, unitId: number, period: string): string {
  return `/api/reports/template${query({ form, unitId, period, lang: apiLanguage() })}`;
}
