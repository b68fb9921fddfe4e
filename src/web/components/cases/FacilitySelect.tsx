import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { facilityNeeded, type CaseStatus } from '../../../domain/case-status.ts';
import { fetchFacilities } from '../../api/facilities.ts';
import { useAsync } from '../../hooks/useAsync.ts';

interface Props {
  /** the case's unit: its own sites and those of the units above it (where a commune sends patients) */
  unitId: number;
  status: CaseStatus;
  value?: number;
  onChange?(id: number): void;
}

/** The active sites a case may move to for `status`: quarantine sites for centralised care, hospitals of the status's tier. */
export function FacilitySelect({ unitId, status, value, onChange }: Props) {
  const { t } = useTranslation();
  const need = facilityNeeded(status);
  const list = useAsync(
    () => (need ? fetchFacilities({ unitId, kind: need.kind, includeAbove: true, activeOnly: true }) : null),
    [unitId, need?.kind],
  );
  const options = (list.data ?? [])
    .filter((f) => need && (need.tier === null || f.tier === need.tier))
    .map((f) => ({
      value: f.id,
      label: `${f.name} — ${f.unit.name} (${t('cases.case.freeBeds', { free: f.free, beds: f.beds })})`,
    }));

  return (
    <Select<number>
      value={value}
      onChange={onChange}
      loading={list.loading}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={list.loading ? undefined : t('cases.case.noFacility')}
      status={list.error ? 'error' : undefined}
    />
  );
}
