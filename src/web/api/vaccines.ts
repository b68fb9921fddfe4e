import type { Static } from '@sinclair/typebox';
import type {
  Dose, DoseList, DoseReply, ImportReply, LateEntryRow, Lot, NewInterval, NewProduct, NotVaccinated, PersonDoses, ProductChange,
  ProductWithIntervals,
} from '../../server/modules/vaccines/schema.ts';
import type { NewDose } from '../../server/modules/vaccines/register.ts';
import { api, apiLanguage, query } from './client.ts';

export type Product = Static<typeof ProductWithIntervals>;
export type DoseItem = Static<typeof Dose>;
export type PersonDoseList = Static<typeof PersonDoses>;
export type LateEntry = Static<typeof LateEntryRow>;
export type VaccineLot = Static<typeof Lot>;
export type NewIntervalBody = Static<typeof NewInterval>;
export type { NewDose };

export const fetchProducts = () => api.get<Product[]>('/api/vaccine-products');
export const createProduct = (p: Static<typeof NewProduct>) => api.post<Product>('/api/vaccine-products', p);
export const changeProduct = (id: number, p: Static<typeof ProductChange>) => api.patch<Product>(`/api/vaccine-products/${id}`, p);
export const addInterval = (id: number, i: NewIntervalBody) => api.post<Product>(`/api/vaccine-products/${id}/intervals`, i);

export const fetchLots = (productId?: number) => api.get<VaccineLot[]>(`/api/vaccine-lots${query({ productId })}`);

export const recordDose = (d: NewDose) => api.post<Static<typeof DoseReply>>('/api/doses', d);
export const fetchDoses = (q: { unitId?: number; from?: string; to?: string; limit?: number; offset?: number }) =>
  api.get<Static<typeof DoseList>>(`/api/doses${query(q)}`);
export const dosesDownloadUrl = (q: { unitId?: number; from?: string; to?: string }, format: 'xlsx' | 'csv') =>
  `/api/doses${query({ ...q, format, lang: apiLanguage() })}`;
export const fetchPersonDoses = (personId: number) => api.get<PersonDoseList>(`/api/people/${personId}/doses`);
export const immunizationsUrl = (personId: number) => `/api/people/${personId}/immunizations`;
export const fetchLateEntry = (unitId?: number, from?: string, to?: string) => api.get<LateEntry[]>(`/api/doses/late-entry${query({ unitId, from, to })}`);

export const noteNotVaccinated = (b: { personId: number; reason: string; notedOn?: string; note?: string | null }) =>
  api.post<Static<typeof NotVaccinated>>('/api/not-vaccinated', b);
export type DoseImportReply = Static<typeof ImportReply>;
