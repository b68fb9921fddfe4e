import type { Balance, Gap, Movement, NewMovement, Plan, Purpose, Shortage, StockReply, Transfer } from '../../server/modules/stock/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Balance, Gap, Movement, NewMovement, Plan, Purpose, Shortage, StockReply, Transfer };

/** What the movement form needs of a vaccine product. */
export interface ProductOption {
  id: number;
  code: string;
  name: string;
}

export const fetchStock = (unitId?: number) => api.get<StockReply>(`/api/stock${query({ unitId })}`);
export const stockExportUrl = (unitId: number | undefined, format: 'xlsx' | 'csv') => `/api/stock${query({ unitId, format, lang: apiLanguage() })}`;
export const recordMovement = (m: NewMovement) => api.post<Movement>('/api/stock/movements', m);
export const fetchProducts = () => api.get<ProductOption[]>('/api/vaccine-products');

export const fetchPlans = (unitId?: number) => api.get<Plan[]>(`/api/stock/plans${query({ unitId })}`);
export const suggestPlan = (provinceId: number) => api.post<Plan>('/api/stock/plans', { provinceId });
export const acceptPlan = (id: number) => api.post<Plan>(`/api/stock/plans/${id}/accept`);
export const changeTransfer = (id: number, quantity: number) => api.patch<Transfer>(`/api/stock/transfers/${id}`, { quantity });
export const removeTransfer = (id: number) => api.delete<void>(`/api/stock/transfers/${id}`);

export const fetchTransfers = (unitId?: number) => api.get<Transfer[]>(`/api/stock/transfers${query({ unitId })}`);
export const moveTransfer = (id: number, step: 'send' | 'receive') => api.post<Transfer>(`/api/stock/transfers/${id}/${step}`);
