/** A person's fields as typed (form, batch row or import row) → stored form, or what is wrong. */
import { isNationalId, isPhone, normalizeNationalId, normalizePhone } from '../../../domain/person-match.ts';
import type { Issue, Lang } from '../../../domain/validation.ts';
import { peopleMsg } from './messages.ts';
import type { PersonFields } from './repository.ts';
import type { Sex } from './schema.ts';

export interface PersonInput {
  nationalId?: string | null | undefined;
  fullName: string;
  birthDate?: string | null | undefined;
  sex?: Sex | null | undefined;
  phone?: string | null | undefined;
  unitId: number;
  address?: string | null | undefined;
  workplace?: string | null | undefined;
}

const clean = (s: string | null | undefined) => {
  const t = s?.trim().replace(/\s+/g, ' ');
  return t ? t : null;
};

export function checkPerson(input: PersonInput, lang: Lang, today: string): { fields: PersonFields; issues: Issue[] } {
  const issues: Issue[] = [];
  const fullName = clean(input.fullName) ?? '';
  if (!fullName) issues.push({ field: 'fullName', message: peopleMsg('fullName', lang) });
  const nationalId = normalizeNationalId(input.nationalId);
  if (nationalId && !isNationalId(nationalId)) issues.push({ field: 'nationalId', message: peopleMsg('nationalId', lang) });
  const phone = normalizePhone(input.phone);
  if (phone && !isPhone(phone)) issues.push({ field: 'phone', message: peopleMsg('phone', lang) });
  const birthDate = input.birthDate ?? null;
  if (birthDate && birthDate > today) issues.push({ field: 'birthDate', message: peopleMsg('birthFuture', lang) });
  if (birthDate && birthDate < '1900-01-01') issues.push({ field: 'birthDate', message: peopleMsg('birthPast', lang) });
  return {
    fields: {
      nationalId,
      fullName,
      birthDate,
      sex: input.sex ?? null,
      phone,
      unitId: input.unitId,
      address: clean(input.address),
      workplace: clean(input.workplace),
    },
    issues,
  };
}
