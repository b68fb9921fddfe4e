import type { BehindReply, Campaign, CampaignChange, CampaignProgress, NewCampaign } from '../../server/modules/campaigns/schema.ts';
import { api, query } from './client.ts';

export type { BehindReply, Campaign, CampaignChange, CampaignProgress, NewCampaign };
export type UnitProgress = CampaignProgress['targets'][number]['unit'];

export const fetchCampaigns = (unitId?: number) => api.get<Campaign[]>(`/api/campaigns${query({ unitId })}`);
export const fetchCampaign = (id: number, unitId?: number) => api.get<CampaignProgress>(`/api/campaigns/${id}${query({ unitId })}`);
export const fetchBehind = (unitId?: number) => api.get<BehindReply>(`/api/campaigns/behind${query({ unitId })}`);
export const createCampaign = (c: NewCampaign) => api.post<Campaign>('/api/campaigns', c);
export const changeCampaign = (id: number, c: CampaignChange) => api.put<Campaign>(`/api/campaigns/${id}`, c);
export const closeCampaign = (id: number, reason?: string) => api.post<Campaign>(`/api/campaigns/${id}/close`, reason ? { reason } : {});
export const reopenCampaign = (id: number) => api.post<Campaign>(`/api/campaigns/${id}/reopen`);
export const deleteCampaign = (id: number) => api.delete<void>(`/api/campaigns/${id}`);
