import type { Form } from '../../server/modules/forms/schema.ts';
import { api } from './client.ts';

export const DAILY_FORM = 'BCTH-NGAY';

const cache = new Map<string, Promise<Form>>();

/** Form definitions rarely change; one request per form per page load. */
export function fetchForm(code: string): Promise<Form> {
  let p = cache.get(code);
  if (!p) {
    p = api.get<Form>(`/api/forms/${encodeURIComponent(code)}`);
    p.catch(() => cache.delete(code));
    cache.set(code, p);
  }
  return p;
}
