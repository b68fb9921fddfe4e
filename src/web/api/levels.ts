import type { Static } from '@sinclair/typebox';
import type { RuleSetDefinition } from '../../domain/epidemic-level.ts';
import type { AssessReply as AssessReplySchema, Decision, HistoryRow, LevelCell, LevelOverview, NewDecision } from '../../server/modules/levels/schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { Decision, HistoryRow, LevelCell, LevelOverview, NewDecision };
export type AssessReply = Static<typeof AssessReplySchema>;

/** The unit's level, its children and the movements of a week (default: the latest assessed week). */
export function fetchLevels(unitId: number, week?: string): Promise<LevelOverview> {
  return api.get<LevelOverview>(`/api/levels/${unitId}${query({ week })}`);
}

/** The unit's weeks, newest first. */
export function fetchLevelHistory(unitId: number, weeks = 26): Promise<HistoryRow[]> {
  return api.get<HistoryRow[]>(`/api/levels/${unitId}/history${query({ weeks })}`);
}

export function levelsExportUrl(unitId: number, week: string, format: 'xlsx' | 'csv'): string {
  return `/api/levels/${unitId}/export${query({ week, format, lang: apiLanguage() })}`;
}

/** Assesses the unit's subtree for the week again. */
export function assessLevels(week: string, unitId: number): Promise<AssessReply> {
  return api.post<AssessReply>('/api/levels/assess', { week, unitId });
}

export function fetchDecisions(unitId: number): Promise<Decision[]> {
  return api.get<Decision[]>(`/api/levels/${unitId}/decisions`);
}

export function addDecision(unitId: number, body: NewDecision): Promise<Decision> {
  return api.post<Decision>(`/api/levels/${unitId}/decisions`, body);
}

export function removeDecision(id: number): Promise<void> {
  return api.delete<void>(`/api/levels/decisions/${id}`);
}

/** The definition of a rule set (thresholds shown beside the figures); from the rule sets API. */
export function fetchRuleSetDefinition(id: number): Promise<{ definition: RuleSetDefinition }> {
  return api.get<{ definition: RuleSetDefinition }>(`/api/level-rule-sets/${id}`);
}
