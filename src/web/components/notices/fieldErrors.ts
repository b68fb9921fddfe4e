import type { FieldError } from '../../api/client.ts';

/** The server's names for fields the editor holds under another name (units as objects, not ids). */
const EDITOR_NAMES: Record<string, string> = { unitIds: 'units' };

/** Server field paths ("tasks.1.deadline") as form field names (['tasks', 1, 'deadline']), with their messages. */
export const formErrors = (fields: FieldError[]) =>
  fields.map((f) => ({
    name: f.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : EDITOR_NAMES[p] ?? p)),
    errors: [f.message],
  }));
