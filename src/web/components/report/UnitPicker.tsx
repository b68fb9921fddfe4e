import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import { searchUnits } from '../../api/units.ts';

interface Props {
  level: number;
  value: number | null;
  /** the selected unit, so its name shows before any search */
  current?: UnitRef | undefined;
  onChange(unit: UnitRef): void;
}

export function UnitPicker({ level, value, current, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<UnitRef[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      setLoading(true);
      searchUnits(q, level)
        .then((units) => mine === seq.current && setOptions(units))
        .catch(() => mine === seq.current && setOptions([]))
        .finally(() => mine === seq.current && setLoading(false));
    }, 300);
    return () => clearTimeout(timer);
  }, [q, level]);

  const list = current && !options.some((u) => u.id === current.id) ? [current, ...options] : options;
  return (
    <Select<number>
      style={{ width: '100%', minWidth: 260 }}
      value={value ?? undefined}
      placeholder={t('report.pickUnit')}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onChange={(id) => {
        const unit = list.find((u) => u.id === id);
        if (unit) onChange(unit);
      }}
      options={list.map((u) => ({ value: u.id, label: `${u.fullName} (${u.code})` }))}
      data-testid="report-unit"
    />
  );
}
