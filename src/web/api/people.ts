import type {
  Candidate,
  CheckBody,
  DuplicatePair,
  MergeReply,
  NewPerson,
  Person,
  PersonChange,
  PersonRecord,
} from '../../server/modules/people/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Candidate, DuplicatePair, NewPerson, Person, PersonChange, PersonRecord };

export interface PeopleFilter {
  q?: string | undefined;
  unitId?: number | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export function fetchPeople(f: PeopleFilter): Promise<{ total: number; items: Person[] }> {
  return api.get(`/api/people${query({ q: f.q, unitId: f.unitId, limit: f.limit, offset: f.offset })}`);
}

/** A plain download link: the session cookie goes with it, the language in the query. */
export function peopleExportUrl(f: PeopleFilter, format: 'xlsx' | 'csv'): string {
  return `/api/people${query({ q: f.q, unitId: f.unitId, format, lang: apiLanguage() })}`;
}

/** 409 with `candidates` when the person may already be registered (see duplicateCandidates). */
export function addPerson(input: NewPerson): Promise<Person> {
  return api.post<Person>('/api/people', input);
}

export function fetchPerson(id: number): Promise<PersonRecord> {
  return api.get<PersonRecord>(`/api/people/${id}`);
}

export function changePerson(id: number, change: PersonChange): Promise<Person> {
  return api.patch<Person>(`/api/people/${id}`, change);
}

export function fetchDuplicates(unitId?: number): Promise<DuplicatePair[]> {
  return api.get<DuplicatePair[]>(`/api/people/duplicates${query({ unitId })}`);
}

export function markDistinct(id: number, otherId: number): Promise<void> {
  return api.post<void>(`/api/people/${id}/distinct`, { otherId });
}

export function mergePerson(id: number, otherId: number): Promise<MergeReply> {
  return api.post<MergeReply>(`/api/people/${id}/merge`, { otherId });
}

/** The possible duplicates of a person about to be added (nothing is written). */
export function checkPerson(input: CheckBody): Promise<{ candidates: Candidate[] }> {
  return api.post('/api/people/check', input);
}
