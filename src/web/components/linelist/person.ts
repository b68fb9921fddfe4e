/** The person columns both line listings share, and the person part of a request row. */
import type { TFunction } from 'i18next';
import type { NewPerson } from '../../../server/modules/people/schema.ts';
import type { GridColumn, GridRow } from './grid.ts';

export function personColumns(t: TFunction, units: readonly { value: string; label: string }[]): GridColumn[] {
  return [
    { key: 'personId', title: t('contacts.columns.personId'), width: 110 },
    { key: 'fullName', title: t('contacts.columns.fullName'), width: 180, fields: ['person.fullName', 'person'] },
    { key: 'birthDate', title: t('contacts.columns.birthDate'), kind: 'date', width: 140, fields: ['person.birthDate'] },
    {
      key: 'sex', title: t('contacts.columns.sex'), kind: 'select', width: 90, fields: ['person.sex'],
      options: (['male', 'female', 'other'] as const).map((v) => ({ value: v, label: t(`contacts.sex.${v}`) })),
    },
    { key: 'phone', title: t('contacts.columns.phone'), width: 120, fields: ['person.phone'] },
    { key: 'nationalId', title: t('contacts.columns.nationalId'), width: 130, fields: ['person.nationalId'] },
    { key: 'unitId', title: t('contacts.columns.unitId'), kind: 'select', width: 170, options: units, fields: ['person.unitId'] },
    { key: 'address', title: t('contacts.columns.address'), width: 200, fields: ['person.address', 'person.workplace'] },
  ];
}

const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** An existing person by id, or a new one from the row's cells (the people register checks them). */
export function personOf(row: GridRow): { personId?: number; person?: NewPerson } {
  const id = opt(row.personId);
  if (id) return { personId: Number(id) };
  const person: NewPerson = { clientId: row._pid, fullName: opt(row.fullName) ?? '', unitId: Number(row.unitId) || 0 };
  if (opt(row.birthDate)) person.birthDate = opt(row.birthDate);
  if (opt(row.sex)) person.sex = row.sex as NewPerson['sex'];
  if (opt(row.phone)) person.phone = opt(row.phone);
  if (opt(row.nationalId)) person.nationalId = opt(row.nationalId);
  if (opt(row.address)) person.address = opt(row.address);
  return { person };
}
