/**
 * All-or-nothing batches (contact line listing, passenger lists): each row runs in a
 * savepoint, a row's AppError becomes that row's errors, and any bad row fails the whole
 * request with every bad row listed and nothing applied.
 */
import type { Queryable } from '../../db/client.ts';
import { AppError, type RowErrors } from '../../http/errors.ts';
import type { FieldError } from '../../http/common-schema.ts';
import type { Lang } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findCandidates } from '../people/duplicates.ts';
import type { NewPerson } from '../people/schema.ts';
import { findPersonKey, requirePersonInScope } from '../people/scope.ts';
import { createPerson } from '../people/service.ts';
import { contactMsg } from './messages.ts';

/** The errors of a refused row, fields prefixed (`person.fullName`) or on `fallbackField`. */
export function rowErrorsOf(err: AppError, prefix: string, fallbackField: string): FieldError[] {
  if (err.fields?.length) return err.fields.map((f) => ({ field: prefix ? `${prefix}.${f.field}` : f.field, message: f.message }));
  return [{ field: fallbackField, message: err.message }];
}

export class RowCollector {
  readonly errors: RowErrors[] = [];
  constructor(private readonly tx: Queryable) {}

  add(row: number, errors: FieldError[]): void {
    const existing = this.errors.find((e) => e.row === row);
    if (existing) existing.errors.push(...errors);
    else this.errors.push({ row, errors });
  }

  /** Runs one row's writes; an AppError undoes them and is recorded against the row (fields under `prefix`). */
  async run<T>(row: number, fallbackField: string, fn: () => Promise<T>, prefix = ''): Promise<T | undefined> {
    await this.tx.exec('savepoint batch_row');
    try {
      const out = await fn();
      await this.tx.exec('release savepoint batch_row');
      return out;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await this.tx.exec('rollback to savepoint batch_row');
      this.add(row, rowErrorsOf(err, prefix, fallbackField));
      return undefined;
    }
  }

  throwIfAny(lang: Lang): void {
    if (this.errors.length) {
      this.errors.sort((a, b) => a.row - b.row);
      throw new AppError('validation', contactMsg('invalidRows', lang), undefined, this.errors);
    }
  }
}

/** A row names an existing person or a new one, not both. */
export function checkPersonChoice(row: { personId?: number | undefined; person?: NewPerson | undefined }, lang: Lang): FieldError[] {
  if (row.personId === undefined && row.person === undefined) return [{ field: 'personId', message: contactMsg('personRequired', lang) }];
  if (row.personId !== undefined && row.person !== undefined) return [{ field: 'personId', message: contactMsg('personAndId', lang) }];
  return [];
}

/**
 * The person of a batch row: an existing one by id (in scope), the person already registered
 * with the same national ID in the user's scope, or a new person through the people register
 * (which refuses likely duplicates unless the row marks them as checked).
 */
export async function resolvePerson(
  tx: Queryable,
  actor: Actor,
  row: { personId?: number | undefined; person?: NewPerson | undefined },
  lang: Lang,
  now: Date,
): Promise<{ id: number; unitId: number }> {
  if (row.personId !== undefined) {
    const key = await requirePersonInScope(tx, actor, row.personId, lang).catch((err: unknown) => {
      throw err instanceof AppError ? new AppError('not_found', contactMsg('personNotFound', lang), [{ field: 'personId', message: contactMsg('personNotFound', lang) }]) : err;
    });
    return { id: key.id, unitId: key.unitId };
  }
  const person = row.person!;
  if (person.nationalId) {
    const sameId = (await findCandidates(tx, { nationalId: person.nationalId, fullName: person.fullName })).find((c) => c.reason === 'national_id');
    const key = sameId && (await findPersonKey(tx, sameId.id));
    if (key && inScope(actor, { path: key.unitPath })) return { id: key.id, unitId: key.unitId };
  }
  try {
    const { id } = await createPerson(tx, actor, person, lang, now);
    const key = (await findPersonKey(tx, id))!;
    return { id: key.id, unitId: key.unitId };
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.code, err.message, rowErrorsOf(err, 'person', 'person'));
    throw err;
  }
}
