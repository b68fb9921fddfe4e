import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPeople, fetchPerson, type Person } from '../../api/people.ts';
import { formatDate } from '../../format.ts';
import { useServerSearch } from '../../hooks/useServerSearch.ts';

interface Props {
  value?: number;
  onChange?(id: number): void;
  /** data-testid of the select */
  testId?: string;
}

const label = (p: Person) =>
  [p.fullName, p.birthDate ? formatDate(p.birthDate) : null, p.nationalId, p.phone, p.unit.name].filter(Boolean).join(' · ');

/** A person in the user's scope, searched by name (with or without accents), national ID or phone. */
export function PersonSelect({ value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  // nothing until something is typed: a list of everyone in a district helps no one
  const { options, loading } = useServerSearch(q, async (text) => (text.trim() ? (await fetchPeople({ q: text, limit: 20 })).items : []));
  const [chosen, setChosen] = useState<Person | null>(null);

  // a value given from outside (a link from a person's page): show who it is
  useEffect(() => {
    if (value === undefined || chosen?.id === value) return;
    let live = true;
    fetchPerson(value)
      .then((r) => live && setChosen(r.person))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value, chosen?.id]);

  const list = chosen && !options.some((p) => p.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <Select<number>
      value={value}
      placeholder={t('people.search')}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={null}
      onChange={(id) => {
        setChosen(list.find((p) => p.id === id) ?? null);
        onChange?.(id);
      }}
      options={list.map((p) => ({ value: p.id, label: label(p) }))}
      data-testid={testId}
    />
  );
}
