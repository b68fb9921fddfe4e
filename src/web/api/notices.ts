import type { UnitRef } from '../../server/http/common-schema.ts';
import type {
  NewNotice, Notice, NoticeChange, NoticeListItem, NoticeQuery, NoticeStatus, NoticeTask, NoticeTemplate, TaskProgress,
} from '../../server/modules/notices/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { NewNotice, Notice, NoticeChange, NoticeListItem, NoticeStatus, NoticeTask, NoticeTemplate, TaskProgress };
export type NoticeFilter = Omit<NoticeQuery, 'format'>;

export const fetchNotices = (q: NoticeFilter) => api.get<NoticeListItem[]>(`/api/notices${query(q)}`);
export const noticesDownloadUrl = (q: NoticeFilter) => `/api/notices${query({ ...q, format: 'xlsx', lang: apiLanguage() })}`;
export const fetchNotice = (id: number) => api.get<Notice>(`/api/notices/${id}`);
export const fetchNoticeTemplate = (p: { unitId?: number | undefined; conferenceId?: number | undefined }) =>
  api.get<NoticeTemplate>(`/api/notices/template${query(p)}`);
export const createNotice = (n: NewNotice) => api.post<Notice>('/api/notices', n);
export const saveNotice = (id: number, n: NoticeChange) => api.put<Notice>(`/api/notices/${id}`, n);
export const deleteNotice = (id: number) => api.delete<void>(`/api/notices/${id}`);
export const issueNotice = (id: number) => api.post<Notice>(`/api/notices/${id}/issue`);
export const correctNotice = (id: number) => api.post<Notice>(`/api/notices/${id}/correct`);
export const noticePdfUrl = (id: number) => `/api/notices/${id}/pdf${query({ lang: apiLanguage() })}`;
/** The units directly under a unit, to give a task to all of them at once. */
export const fetchChildUnits = (id: number) => api.get<UnitRef[]>(`/api/units/${id}/children`);
