import type { Static } from '@sinclair/typebox';
import type {
  Campaign, CampaignProgress, LabTest, NewCampaign, NewPool, NewTest, PoolDetail, PoolSummary, ResultBody, TestQuery,
} from '../../server/modules/labtests/schema.ts';
import type { PoolStatus } from '../../server/modules/labtests/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Campaign, CampaignProgress, LabTest, PoolDetail, PoolSummary };
export type TestListQuery = Omit<TestQuery, 'format'>;
export type TestReply = { test: LabTest; case: { id: number } | null };

export const recordTest = (t: NewTest) => api.post<TestReply>('/api/tests', t);
export const enterTestResult = (id: number, r: ResultBody) => api.patch<TestReply>(`/api/tests/${id}/result`, r);
export const fetchTests = (q: TestListQuery) => api.get<{ total: number; items: LabTest[] }>(`/api/tests${query(q)}`);
export const testsDownloadUrl = (q: TestListQuery, format: 'xlsx' | 'csv') =>
  `/api/tests${query({ ...q, limit: undefined, offset: undefined, format, lang: apiLanguage() })}`;

export const createPool = (p: NewPool) => api.post<PoolDetail>('/api/test-pools', p);
export const enterPoolResult = (id: number, result: 'positive' | 'negative' | 'invalid', resultAt: string) =>
  api.patch<PoolDetail>(`/api/test-pools/${id}/result`, { result, resultAt });
export const fetchPool = (id: number) => api.get<PoolDetail>(`/api/test-pools/${id}`);
export const fetchPools = (unitId?: number, status?: Static<typeof PoolStatus>) => api.get<PoolSummary[]>(`/api/test-pools${query({ unitId, status })}`);

export const createCampaign = (c: NewCampaign) => api.post<Campaign>('/api/screening-campaigns', c);
export const fetchCampaigns = (unitId?: number) => api.get<Campaign[]>(`/api/screening-campaigns${query({ unitId })}`);
export const fetchCampaignProgress = (id: number) => api.get<CampaignProgress>(`/api/screening-campaigns/${id}/progress`);
