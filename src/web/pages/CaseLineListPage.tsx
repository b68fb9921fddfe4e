import { Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRow } from '../../server/modules/cases/schema.ts';
import { addCasesBatch } from '../api/contacts.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { LineListEditor } from '../components/linelist/LineListEditor.tsx';
import type { GridColumn, GridRow } from '../components/linelist/grid.ts';
import { personColumns, personOf } from '../components/linelist/person.ts';
import { useUnitOptions } from '../components/linelist/useUnitOptions.ts';

/** A grid time (yyyy-mm-ddThh:mm, Vietnam) as an instant; left as typed when it is not one (the server names the error). */
const vietnamInstant = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+07:00` : (v ?? ''));

/** Entering many confirmed cases at once (the cases area's batch route). */
export default function CaseLineListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const units = useUnitOptions();
  const [unitId, setUnitId] = useState(user.unit.id);

  const columns = useMemo<GridColumn[]>(
    () => [
      ...personColumns(t, units),
      { key: 'confirmedAt', title: t('contacts.columns.confirmedAt'), kind: 'datetime', width: 200 },
      { key: 'origin', title: t('contacts.columns.origin'), kind: 'select', width: 120, options: (['domestic', 'imported'] as const).map((v) => ({ value: v, label: t(`contacts.origin.${v}`) })) },
      { key: 'testKind', title: t('contacts.columns.testKind'), kind: 'select', width: 170, options: (['pcr', 'antigen'] as const).map((v) => ({ value: v, label: t(`contacts.testKind.${v}`) })) },
      { key: 'symptoms', title: t('contacts.columns.symptoms'), kind: 'check', width: 90 },
      { key: 'infectedPlace', title: t('contacts.columns.infectedPlace'), width: 180 },
    ],
    [t, units],
  );

  const toBody = (row: GridRow): BatchRow => ({
    clientId: row._cid,
    ...personOf(row),
    confirmedAt: vietnamInstant(row.confirmedAt),
    origin: (row.origin || 'domestic') as BatchRow['origin'],
    testKind: (row.testKind || 'pcr') as BatchRow['testKind'],
    ...(row.symptoms === 'true' ? { symptoms: true } : {}),
    ...(row.infectedPlace?.trim() ? { infectedPlace: row.infectedPlace.trim() } : {}),
  });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contacts.caseLineList.title')}
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <span>{t('contacts.caseLineList.unit')}</span>
          <Select style={{ minWidth: 260 }} value={String(unitId)} options={units} onChange={(v) => setUnitId(Number(v))} />
        </Space>
      </Card>
      <LineListEditor<BatchRow>
        columns={columns}
        defaults={{ origin: 'domestic', testKind: 'pcr', ...(user.unit.level === 3 ? { unitId: String(user.unit.id) } : {}) }}
        toBody={toBody}
        submit={async (rows) => (await addCasesBatch({ unitId, rows })).cases.length}
        savedText={(count) => t('contacts.caseLineList.saved', { count })}
      />
    </Space>
  );
}
