import type {
  Check, CheckBody, FollowupItem, FollowupList, NewPolicy, NewQuarantine, Outcome, Policy, PolicyChange, Quarantine, QuarantineList,
  QuarantineQuery,
} from '../../server/modules/quarantine/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Check, FollowupItem, FollowupList, NewPolicy, Outcome, Policy, Quarantine, QuarantineList };
export type ListQuery = Omit<QuarantineQuery, 'format'>;

export const fetchPolicies = () => api.get<Policy[]>('/api/quarantine-policies');
export const createPolicy = (p: NewPolicy) => api.post<Policy>('/api/quarantine-policies', p);
export const changePolicy = (id: number, p: PolicyChange) => api.patch<Policy>(`/api/quarantine-policies/${id}`, p);

export const startQuarantine = (q: NewQuarantine) => api.post<Quarantine>('/api/quarantines', q);
export const fetchQuarantines = (q: ListQuery) => api.get<QuarantineList>(`/api/quarantines${query(q)}`);
export const fetchQuarantine = (id: number) => api.get<Quarantine>(`/api/quarantines/${id}`);
export const adjustQuarantine = (id: number, endDate: string, reason: string) =>
  api.post<Quarantine>(`/api/quarantines/${id}/adjust`, { endDate, reason });
export const releaseQuarantine = (id: number, date?: string) => api.post<Quarantine>(`/api/quarantines/${id}/release`, date ? { date } : {});
export const quarantinesDownloadUrl = (q: ListQuery, format: 'xlsx' | 'csv') =>
  `/api/quarantines${query({ ...q, limit: undefined, offset: undefined, format, lang: apiLanguage() })}`;

export const fetchFollowup = (unitId: number | undefined, date: string) => api.get<FollowupList>(`/api/followup${query({ unitId, date })}`);
export const recordCheck = (quarantineId: number, body: CheckBody) => api.post<Check>(`/api/followup/${quarantineId}/checks`, body);
export const followupDownloadUrl = (unitId: number | undefined, date: string, format: 'xlsx' | 'csv') =>
  `/api/followup${query({ unitId, date, format, lang: apiLanguage() })}`;
