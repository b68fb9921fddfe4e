import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import { fetchUnit, searchUnits } from '../../api/units.ts';
import { useServerSearch } from '../../hooks/useServerSearch.ts';

interface Props {
  value?: number;
  onChange?(id: number): void;
}

/** A unit in the user's scope, searched on the server; shows where the chosen unit sits. */
export function UnitSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { options, loading } = useServerSearch(q, (text) => searchUnits(text, undefined, 20));
  const [parents, setParents] = useState<string | null>(null);
  const [chosen, setChosen] = useState<UnitRef | null>(null);

  useEffect(() => {
    setParents(null);
    if (value === undefined) return;
    let live = true;
    fetchUnit(value)
      .then((u) => live && setParents(u.ancestors.filter((a) => a.level > 0).reverse().map((a) => a.fullName).join(', ') || null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value]);

  const list = chosen && !options.some((u) => u.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <>
      <Select<number>
        value={value}
        placeholder={t('users.pickUnit')}
        loading={loading}
        showSearch={{ filterOption: false, onSearch: setQ }}
        onChange={(id) => {
          setChosen(list.find((u) => u.id === id) ?? null);
          onChange?.(id);
        }}
        options={list.map((u) => ({ value: u.id, label: `${u.fullName} (${u.code})` }))}
        data-testid="user-unit"
      />
      {parents && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-unit-parents">
          {t('users.unitParent', { path: parents })}
        </Typography.Text>
      )}
    </>
  );
}
