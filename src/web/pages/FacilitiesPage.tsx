import { App, Button, Flex, Segmented, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { changeFacility, createFacility, fetchFacilities, fetchReadiness, type Facility, type FacilityKind, type NewFacility } from '../api/facilities.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FacilityBoard } from '../components/quarantine/FacilityBoard.tsx';
import { FacilityModal } from '../components/quarantine/FacilityModal.tsx';
import { ReadinessTable } from '../components/quarantine/ReadinessTable.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useAutoRefresh } from '../hooks/useAutoRefresh.ts';

const REFRESH_MS = 60_000;

/** The occupancy board of quarantine sites and treatment facilities, and each district's treatment readiness. */
export default function FacilitiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [kind, setKind] = useState<FacilityKind | 'all'>('all');
  const [tab, setTab] = useState('occupancy');
  const list = useAsync(() => fetchFacilities({ unitId, kind: kind === 'all' ? undefined : kind }), [unitId, kind]);
  const readiness = useAsync(() => (tab === 'readiness' ? fetchReadiness(unitId) : null), [unitId, tab]);
  const [editing, setEditing] = useState<Facility | 'new' | null>(null);
  useAutoRefresh(list.reload, REFRESH_MS);
  const canEdit = user.role === 'admin' || user.role === 'officer';

  const save = async (f: NewFacility) => {
    try {
      if (editing && editing !== 'new') await changeFacility(editing.id, f);
      else await createFacility(f);
      void message.success(t('quarantine.facilities.saved'));
      setEditing(null);
      list.reload();
      return true;
    } catch (e) {
      void message.error(errorMessage(e, t));
      return false;
    }
  };

  return (
    <>
      <Typography.Title level={3}>{t('quarantine.facilities.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect {...(unitId !== undefined ? { value: unitId } : {})} onChange={setUnitId} /></div>
        {canEdit && <Button type="primary" onClick={() => setEditing('new')}>{t('quarantine.facilities.add')}</Button>}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'occupancy',
            label: t('quarantine.facilities.occupancy'),
            children: (
              <>
                <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
                  <Segmented<FacilityKind | 'all'>
                    value={kind}
                    onChange={setKind}
                    options={[
                      { value: 'all', label: t('quarantine.common.all') },
                      { value: 'quarantine', label: t('quarantine.facilities.kind.quarantine') },
                      { value: 'treatment', label: t('quarantine.facilities.kind.treatment') },
                    ]}
                  />
                  <Typography.Text type="secondary">{t('quarantine.facilities.autoRefresh')}</Typography.Text>
                </Flex>
                {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
                <FacilityBoard items={list.data ?? []} onEdit={canEdit ? setEditing : undefined} />
              </>
            ),
          },
          {
            key: 'readiness',
            label: t('quarantine.facilities.readiness'),
            children: (
              <>
                {readiness.error ? <ErrorAlert error={readiness.error} onRetry={readiness.reload} /> : null}
                <ReadinessTable data={readiness.data} loading={readiness.loading} />
              </>
            ),
          },
        ]}
      />
      {editing && <FacilityModal facility={editing === 'new' ? null : editing} onCancel={() => setEditing(null)} onSave={save} />}
    </>
  );
}
