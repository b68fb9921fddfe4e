import { formDefinitionErrors } from '../../../domain/form-definition.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { findForm, insertForm } from './repository.ts';
import type { Form, NewForm } from './schema.ts';

export async function requireForm(db: Queryable, code: string, lang: Lang): Promise<Form> {
  const form = await findForm(db, code);
  if (!form) throw new AppError('not_found', `${msg('notFound', lang)}: ${code}`);
  return form;
}

/** A new form is data: checked as a whole, stored with its indicators, audited. */
export async function createForm(db: Db, actor: Actor, input: NewForm, lang: Lang): Promise<Form> {
  const errors = formDefinitionErrors(input);
  if (errors.length) throw new AppError('validation', msg('badInput', lang), errors);
  if (await findForm(db, input.code)) throw new AppError('conflict', `${input.code}: ${msg('badInput', lang)}`);
  await db.transaction(async (tx) => {
    const id = await insertForm(tx, input);
    await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'create', entity: 'report_form', entityId: String(id), before: null, after: input });
  });
  return requireForm(db, input.code, lang);
}
