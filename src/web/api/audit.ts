import { api, query } from './client.ts';

/** One row of GET /api/audit (the server declares no response schema for it). */
export interface AuditRow {
  id: number;
  /** ISO timestamp */
  at: string;
  username: string | null;
  unitId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  limit?: number | undefined;
}

export function fetchAudit(f: AuditFilter = {}): Promise<AuditRow[]> {
  return api.get<AuditRow[]>(`/api/audit${query({ entity: f.entity, entityId: f.entityId, limit: f.limit })}`);
}
