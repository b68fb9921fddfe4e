import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import { errorMessage } from '../../api/client.ts';
import { fetchChildUnits } from '../../api/notices.ts';
import { searchUnits } from '../../api/units.ts';
import { useServerSearch } from '../../hooks/useServerSearch.ts';

interface Props {
  value?: UnitRef[];
  onChange?(units: UnitRef[]): void;
  /** the issuing unit: its children can be added at once */
  parentId?: number | undefined;
  onError?(message: string): void;
  testId?: string;
}

/** The responsible units of a task: searched on the server, or all the units under the issuing unit at once. */
export function UnitsPicker({ value = [], onChange, parentId, onError, testId }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const { options, loading } = useServerSearch(q, (text) => searchUnits(text, undefined, 20));
  const known = new Map([...options, ...value].map((u) => [u.id, u]));

  const addChildren = async () => {
    if (parentId === undefined) return;
    setAdding(true);
    try {
      const children = await fetchChildUnits(parentId);
      const ids = new Set(value.map((u) => u.id));
      onChange?.([...value, ...children.filter((c) => !ids.has(c.id))]);
    } catch (e) {
      onError?.(errorMessage(e, t));
    } finally {
      setAdding(false);
    }
  };

  return (
    <Flex gap={8} wrap>
      <Select<number[]>
        mode="multiple"
        style={{ flex: '1 1 320px', minWidth: 0 }}
        value={value.map((u) => u.id)}
        placeholder={t('notices.task.pickUnits')}
        loading={loading}
        showSearch={{ filterOption: false, onSearch: setQ }}
        onChange={(ids) => onChange?.(ids.map((id) => known.get(id)).filter((u): u is UnitRef => !!u))}
        options={[...known.values()].map((u) => ({ value: u.id, label: `${u.fullName} (${u.code})` }))}
        data-testid={testId}
      />
      {parentId !== undefined && (
        <Button onClick={() => void addChildren()} loading={adding}>{t('notices.task.allChildren')}</Button>
      )}
    </Flex>
  );
}
