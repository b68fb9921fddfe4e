import type {
  BatchBody, CaseChange, CaseList, CaseQuery, CaseRecord, CaseSummary, Classification, ClusterChange, NewCase, NewCaseRule, NewCluster, StatusBody,
} from '../../server/modules/cases/schema.ts';
import type { Static } from '@sinclair/typebox';
import type { BatchReply, CaseRuleVersion, Cluster, ClusterDetail } from '../../server/modules/cases/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { CaseList, CaseRecord, CaseSummary };
export type CaseListQuery = Omit<CaseQuery, 'format'>;
export type Cluster = Static<typeof Cluster>;
export type ClusterDetail = Static<typeof ClusterDetail>;
export type CaseRule = Static<typeof CaseRuleVersion>;
export type ClassificationSetting = Static<typeof Classification>;

export const fetchCases = (q: CaseListQuery) => api.get<CaseList>(`/api/cases${query(q)}`);
export const casesDownloadUrl = (q: CaseListQuery, format: 'xlsx' | 'csv') =>
  `/api/cases${query({ ...q, limit: undefined, offset: undefined, format, lang: apiLanguage() })}`;
export const fetchCase = (id: number) => api.get<CaseRecord>(`/api/cases/${id}`);
export const addCase = (c: NewCase) => api.post<{ case: CaseSummary; created: boolean }>('/api/cases', c);
export const changeCase = (id: number, c: CaseChange) => api.patch<CaseSummary>(`/api/cases/${id}`, c);
export const changeCaseStatus = (id: number, s: StatusBody) => api.post<CaseSummary>(`/api/cases/${id}/status`, s);
export const addCasesBatch = (b: BatchBody) => api.post<Static<typeof BatchReply>>('/api/cases/batch', b);

export const fetchCaseRules = () => api.get<CaseRule[]>('/api/case-rules');
export const addCaseRule = (r: NewCaseRule) => api.post<CaseRule>('/api/case-rules', r);
export const fetchClassification = (provinceId: number) => api.get<ClassificationSetting>(`/api/provinces/${provinceId}/case-classification`);
export const setClassification = (provinceId: number, validFrom: string, quarantinedMeans: ClassificationSetting['current']) =>
  api.put<ClassificationSetting>(`/api/provinces/${provinceId}/case-classification`, { validFrom, quarantinedMeans });

export const fetchClusters = (unitId?: number, status?: Cluster['status']) => api.get<Cluster[]>(`/api/clusters${query({ unitId, status })}`);
export const fetchCluster = (id: number) => api.get<ClusterDetail>(`/api/clusters/${id}`);
export const addCluster = (c: NewCluster) => api.post<Cluster>('/api/clusters', c);
export const changeCluster = (id: number, c: ClusterChange) => api.patch<Cluster>(`/api/clusters/${id}`, c);
