import type { AuditEntry } from '../../server/modules/audit/schema.ts';
import { api, query } from './client.ts';

export type AuditRow = AuditEntry;

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  limit?: number | undefined;
}

export function fetchAudit(f: AuditFilter = {}): Promise<AuditRow[]> {
  return api.get<AuditRow[]>(`/api/audit${query({ entity: f.entity, entityId: f.entityId, limit: f.limit })}`);
}
