import type {
  BoardReply, BoardRow, CopyWeekReply, DutyReply, Hotline, HotlineChange, NewHotline, NewShift, Shift, ShiftChange,
} from '../../server/modules/duty/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { BoardReply, BoardRow, DutyReply, Hotline, NewHotline, NewShift, Shift };

export interface RosterQuery {
  unitId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const fetchDuty = (q: RosterQuery) => api.get<DutyReply>(`/api/duty${query({ ...q })}`);
export const rosterDownloadUrl = (q: RosterQuery) => `/api/duty${query({ ...q, format: 'xlsx', lang: apiLanguage() })}`;
export const fetchBoard = (unitId?: number) => api.get<BoardReply>(`/api/duty/board${query({ unitId })}`);

export const createShift = (s: NewShift) => api.post<Shift>('/api/duty/shifts', s);
export const changeShift = (id: number, s: ShiftChange) => api.patch<Shift>(`/api/duty/shifts/${id}`, s);
export const removeShift = (id: number) => api.delete<void>(`/api/duty/shifts/${id}`);

export const createHotline = (h: NewHotline) => api.post<Hotline>('/api/duty/hotlines', h);
export const changeHotline = (id: number, h: HotlineChange) => api.patch<Hotline>(`/api/duty/hotlines/${id}`, h);
export const removeHotline = (id: number) => api.delete<void>(`/api/duty/hotlines/${id}`);

export const copyWeek = (unitId: number, weekStart: string) => api.post<CopyWeekReply>('/api/duty/copy-week', { unitId, weekStart });
