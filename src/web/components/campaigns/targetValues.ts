import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Campaign, CampaignChange } from '../../api/campaigns.ts';
import { ApiError } from '../../api/client.ts';

type SentTarget = CampaignChange['targets'][number];

/** A target as the form holds it: the share in percent, the due date as a picker value; `id` when stored. */
export interface TargetValues {
  id?: number | undefined;
  ageGroup: SentTarget['ageGroup'];
  stage: SentTarget['stage'];
  percent: number;
  due: Dayjs;
}

// Both ways through whole hundredths of a percent: 0.9 × 100 is 90.00000000000001 and 33.3 / 100
// is 0.33299999999999996, which sent back would no longer be the stored share.
export const toTargetValues = (t: Campaign['targets'][number]): TargetValues => ({
  id: t.id, ageGroup: t.ageGroup, stage: t.stage, percent: Math.round(t.targetShare * 10_000) / 100, due: dayjs(t.dueDate),
});

export const fromTargetValues = (v: TargetValues): SentTarget => ({
  ...(v.id ? { id: v.id } : {}), ageGroup: v.ageGroup, stage: v.stage, targetShare: Math.round(v.percent * 100) / 10_000, dueDate: v.due.format('YYYY-MM-DD'),
});

const formNames: Record<string, string> = { id: 'ageGroup', ageGroup: 'ageGroup', stage: 'stage', targetShare: 'percent', dueDate: 'due' };

/**
 * Where the server's error on `field` shows in the form: 'targets.2.dueDate' → ['targets', 2, 'due'];
 * a repeated target ('targets.2') at its due date. Null for errors not on one field ('targets').
 */
export function formFieldOf(field: string): (string | number)[] | null {
  if (field === 'name' || field === 'unitId') return [field];
  const m = /^targets\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (!m) return null;
  const name = m[2] === undefined ? 'due' : formNames[m[2]];
  return name ? ['targets', Number(m[1]), name] : null;
}

/** Puts the server's per-field messages beside the form's fields; true when at least one was shown. */
export function showCampaignErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const fields = err.fields.flatMap((f) => {
    const name = formFieldOf(f.field);
    return name ? [{ name, errors: [f.message] }] : [];
  });
  form.setFields(fields as Parameters<FormInstance['setFields']>[0]);
  return fields.length > 0;
}
