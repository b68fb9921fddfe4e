import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';

/** Puts the server's per-field messages beside the form's fields; true when at least one was shown. */
export function showFieldErrors<T>(form: FormInstance<T>, err: unknown, known: readonly string[]): boolean {
  if (!(err instanceof ApiError)) return false;
  const fields = err.fields.filter((f) => known.includes(f.field));
  if (!fields.length) return false;
  form.setFields(fields.map((f) => ({ name: f.field as never, errors: [f.message] })));
  return true;
}
