/**
 * Duplicate detection over the whole register (not a recent window): the same national ID;
 * or the same birth date or phone with a similar name (domain/person-match). Pairs a user
 * marked "not the same person" never count.
 */
import { normalizeNationalId, normalizePhone, similarNames } from '../../../domain/person-match.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { peopleMsg } from './messages.ts';
import { personSummaries } from './repository.ts';
import type { Candidate, DuplicateReason } from './schema.ts';

export interface MatchInput {
  nationalId?: string | null | undefined;
  fullName: string;
  birthDate?: string | null | undefined;
  phone?: string | null | undefined;
}

const MAX_CANDIDATES = 20;

export async function findCandidates(
  db: Queryable,
  input: MatchInput,
  excludeId?: number,
): Promise<{ id: number; reason: DuplicateReason }[]> {
  const nationalId = normalizeNationalId(input.nationalId);
  const phone = normalizePhone(input.phone);
  const birthDate = input.birthDate ?? null;
  const exclude = excludeId ?? 0;
  const out: { id: number; reason: DuplicateReason }[] = [];
  if (nationalId) {
    const rows = await db.query<{ id: number }>({
      text: `select id from person where national_id = $1 and merged_into is null and id <> $2`,
      values: [nationalId, exclude],
    });
    for (const r of rows) out.push({ id: Number(r.id), reason: 'national_id' });
  }
  if (!birthDate && !phone) return out;
  const rows = await db.query<{ id: number; fullName: string; sameBirth: boolean }>({
    text: `select p.id, p.full_name as "fullName", coalesce(p.birth_date = $1::date, false) as "sameBirth"
           from person p
           where p.merged_into is null and p.id <> $3
             and (p.birth_date = $1::date or p.phone = $2::text)
             -- two different national IDs are two different people
             and (p.national_id is null or $4::text is null or p.national_id = $4::text)
             and not exists (select 1 from person_distinct d
                             where d.person_a = least(p.id, $3::bigint) and d.person_b = greatest(p.id, $3::bigint))
           order by p.id
           limit 2000`,
    values: [birthDate, phone, exclude, nationalId],
  });
  const seen = new Set(out.map((c) => c.id));
  for (const r of rows) {
    const id = Number(r.id);
    if (seen.has(id) || !similarNames(r.fullName, input.fullName)) continue;
    seen.add(id);
    out.push({ id, reason: r.sameBirth ? 'name_birth' : 'name_phone' });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * 409 on create or edit. A subclass of AppError so that batch callers can report it as a row
 * error like any other; the people routes add the candidates to the reply.
 */
export class DuplicateError extends AppError {
  constructor(
    readonly kind: 'duplicate_national_id' | 'possible_duplicate',
    message: string,
    readonly candidates: Candidate[],
  ) {
    super('conflict', message, [{ field: kind === 'duplicate_national_id' ? 'nationalId' : 'fullName', message }]);
  }
}

/** Throws DuplicateError unless every candidate is one the user already ruled out. */
export async function assertNoDuplicate(
  db: Queryable,
  actor: Actor,
  found: { id: number; reason: DuplicateReason }[],
  ruledOut: number[],
  lang: Lang,
): Promise<void> {
  const byId = found.filter((c) => c.reason === 'national_id');
  const open = byId.length ? byId : found.filter((c) => !ruledOut.includes(c.id));
  if (!open.length) return;
  const people = await personSummaries(db, actor, open.map((c) => c.id));
  const candidates = open.map((c) => ({ reason: c.reason, person: people.get(c.id)! }));
  if (byId.length) {
    const visible = candidates.some((c) => c.person.visible);
    throw new DuplicateError('duplicate_national_id', peopleMsg(visible ? 'idTaken' : 'idTakenElsewhere', lang), candidates);
  }
  throw new DuplicateError('possible_duplicate', peopleMsg('possibleDuplicate', lang), candidates);
}
