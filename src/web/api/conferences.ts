import type { Static } from '@sinclair/typebox';
import type {
  AddSites, Attendee, AttendeesInput, Briefing, CascadeInput, Conference, ConferenceChange, ConferenceSummary, NewConference, RollCall, Room, Site,
  Situation,
} from '../../server/modules/conferences/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Attendee, Briefing, CascadeInput, Conference, ConferenceSummary, NewConference, Room, Site, Situation };
export type RollCallStatus = Static<typeof RollCall>;
export type AttendeeRole = Attendee['role'];

const base = (id: number) => `/api/conferences/${id}`;

export const fetchConferences = (from: string, to: string) => api.get<ConferenceSummary[]>(`/api/conferences${query({ from, to })}`);
export const createConference = (c: NewConference) => api.post<Conference>('/api/conferences', c);
export const fetchRoom = (id: number) => api.get<Room>(base(id));
export const changeConference = (id: number, c: ConferenceChange) => api.patch<Conference>(base(id), c);
export const addSites = (id: number, s: AddSites) => api.post<Conference>(`${base(id)}/sites`, s);
export const removeSite = (id: number, unitId: number) => api.delete<void>(`${base(id)}/sites/${unitId}`);
export const setRollCall = (id: number, unitId: number, rollCall: RollCallStatus) =>
  api.put<Site>(`${base(id)}/sites/${unitId}/roll-call`, { rollCall });
export const setAttendees = (id: number, unitId: number, body: AttendeesInput) => api.put<Attendee[]>(`${base(id)}/sites/${unitId}/attendees`, body);
export const fetchSituation = (id: number, unitId: number) => api.get<Situation>(`${base(id)}/sites/${unitId}/situation`);
export const cascadeConference = (id: number, body: CascadeInput) => api.post<Conference>(`${base(id)}/cascade`, body);
export const openConference = (id: number) => api.post<Conference>(`${base(id)}/open`);
export const closeConference = (id: number) => api.post<Conference>(`${base(id)}/close`);
export const setQuestioned = (id: number, unitId: number | null) => api.put<Conference>(`${base(id)}/questioned`, { unitId });
export const fetchBriefing = (id: number) => api.get<Briefing>(`${base(id)}/briefing`);
export const briefingPdfUrl = (id: number) => `${base(id)}/briefing.pdf${query({ lang: apiLanguage() })}`;
export const sitesExportUrl = (id: number) => `${base(id)}/sites/export${query({ format: 'xlsx', lang: apiLanguage() })}`;
