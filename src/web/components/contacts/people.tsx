import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PersonBrief } from '../../../server/modules/people/scope.ts';
import { DEGREE_COLORS, UNKNOWN_COLOR, degreeLabel } from './labels.ts';

/** A person's name, or only their number when they live outside the user's scope. */
export function personName(t: TFunction, p: PersonBrief): string {
  if (!p.visible || !p.fullName) return `${t('contacts.personNo', { id: p.id })} · ${t('contacts.masked')}`;
  return p.birthYear ? `${p.fullName} (${p.birthYear})` : p.fullName;
}

export function DegreeTag({ degree }: { degree: number | null }) {
  const { t } = useTranslation();
  const color = degree === null ? UNKNOWN_COLOR : (DEGREE_COLORS[degree] ?? UNKNOWN_COLOR);
  return (
    <Tag color={color} style={{ color: degree === 2 ? '#000' : undefined }}>
      {degreeLabel(t, degree)}
    </Tag>
  );
}
