import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import { searchUnits } from '../../api/units.ts';
import { useServerSearch } from '../../hooks/useServerSearch.ts';

interface Props {
  value?: number[];
  onChange?(ids: number[]): void;
}

/** Several units of the user's scope, searched on the server. */
export function UnitsPicker({ value = [], onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { options, loading } = useServerSearch(q, (text) => searchUnits(text, undefined, 20));
  const [known, setKnown] = useState<Map<number, UnitRef>>(new Map());
  const list = [...value.filter((id) => !options.some((o) => o.id === id)).map((id) => known.get(id)).filter((u): u is UnitRef => !!u), ...options];
  return (
    <Select<number[]>
      mode="multiple"
      value={value}
      placeholder={t('conferences.pickUnits')}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onChange={(ids) => {
        setKnown((m) => new Map([...m, ...list.map((u) => [u.id, u] as const)]));
        onChange?.(ids);
      }}
      options={list.map((u) => ({ value: u.id, label: `${u.fullName} (${u.code})` }))}
      data-testid="conference-units"
    />
  );
}
