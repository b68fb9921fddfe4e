import type {
  BatchBody, Chain, Contact, ContactBody, ListQuery, PersonContacts, TracingSpeed, Transport, TransportBody,
} from '../../server/modules/contacts/schema.ts';
import type { BatchBody as CaseBatchBody } from '../../server/modules/cases/schema.ts';
import type { ExportFormat } from '../../server/http/table-export.ts';
import type { UnitRef } from '../../server/http/common-schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Chain, Contact, PersonContacts, TracingSpeed, Transport };
export type ContactFilter = Omit<ListQuery, 'format'>;

export interface ContactList {
  total: number;
  truncated: boolean;
  items: Contact[];
}

export function fetchContacts(q: ContactFilter): Promise<ContactList> {
  return api.get<ContactList>(`/api/contacts${query({ ...q })}`);
}

/** A plain link for the browser to download (carries the language: links cannot send headers). */
export function contactsExportUrl(q: ContactFilter, format: ExportFormat): string {
  return `/api/contacts${query({ ...q, limit: undefined, offset: undefined, format, lang: apiLanguage() })}`;
}

export function addContact(body: ContactBody): Promise<{ contact: Contact; created: boolean }> {
  return api.post('/api/contacts', body);
}

export interface ContactBatchReply {
  contacts: { row: number; contactId: number; personId: number; quarantineId: number | null }[];
}

export function addContactsBatch(body: BatchBody): Promise<ContactBatchReply> {
  return api.post<ContactBatchReply>('/api/contacts/batch', body);
}

export interface CaseBatchReply {
  cases: { row: number; caseId: number; personId: number; created: boolean }[];
}

/** The tests-and-cases area's batch (its server route), used by the case line listing. */
export function addCasesBatch(body: CaseBatchBody): Promise<CaseBatchReply> {
  return api.post<CaseBatchReply>('/api/cases/batch', body);
}

export function markReached(id: number, reachedAt: string): Promise<Contact> {
  return api.patch<Contact>(`/api/contacts/${id}/reached`, { reachedAt });
}

export function fetchPersonContacts(personId: number, depth: 1 | 2 = 1): Promise<PersonContacts> {
  return api.get<PersonContacts>(`/api/people/${personId}/contacts${query({ depth })}`);
}

export function fetchChain(personId: number, maxCases?: number): Promise<Chain> {
  return api.get<Chain>(`/api/chains/${personId}${query({ maxCases })}`);
}

export function fetchTracingSpeed(unitId: number, range: { from?: string; to?: string } = {}): Promise<TracingSpeed> {
  return api.get<TracingSpeed>(`/api/tracing-speed/${unitId}${query(range)}`);
}

export function addTransport(body: TransportBody): Promise<Transport> {
  return api.post<Transport>('/api/transports', body);
}

export function fetchTransport(id: number): Promise<Transport> {
  return api.get<Transport>(`/api/transports/${id}`);
}

export function traceTransport(id: number): Promise<{ cases: number; created: number }> {
  return api.post(`/api/transports/${id}/trace`, {});
}

/** Units directly under one (the communes of a district) for the residence column of a line listing. */
export function fetchChildUnits(unitId: number): Promise<UnitRef[]> {
  return api.get<UnitRef[]>(`/api/units/${unitId}/children`);
}
