import type { Facility, FacilityChange, NewFacility, ReadinessReply } from '../../server/modules/facilities/schema.ts';
import { api, query } from './client.ts';

export type { Facility, NewFacility, ReadinessReply };
export type FacilityKind = Facility['kind'];

export const fetchFacilities = (q: { unitId?: number | undefined; kind?: FacilityKind | undefined; includeAbove?: boolean; activeOnly?: boolean }) =>
  api.get<Facility[]>(`/api/facilities${query(q)}`);
export const createFacility = (f: NewFacility) => api.post<Facility>('/api/facilities', f);
export const changeFacility = (id: number, f: FacilityChange) => api.patch<Facility>(`/api/facilities/${id}`, f);
export const fetchReadiness = (unitId?: number) => api.get<ReadinessReply>(`/api/facilities/readiness${query({ unitId })}`);
