import type { NewRuleSet, RuleSet, RuleSetChange, RuleSetSummary } from '../../server/modules/level-rules/schema.ts';
import { api, query } from './client.ts';

export type { NewRuleSet, RuleSet, RuleSetChange, RuleSetSummary };

export const fetchRuleSets = () => api.get<RuleSetSummary[]>('/api/level-rule-sets');
export const fetchRuleSet = (id: number) => api.get<RuleSet>(`/api/level-rule-sets/${id}`);
/** The set that applies to a unit on a date (the user's unit, today, when left out). */
export const fetchRuleSetInForce = (unitId?: number, date?: string) => api.get<RuleSet>(`/api/level-rule-sets/in-force${query({ unitId, date })}`);
export const createRuleSet = (body: NewRuleSet) => api.post<RuleSet>('/api/level-rule-sets', body);
export const changeRuleSet = (id: number, body: RuleSetChange) => api.patch<RuleSet>(`/api/level-rule-sets/${id}`, body);
