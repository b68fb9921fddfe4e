import { Card, Descriptions, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { BatchRow } from '../../server/modules/contacts/schema.ts';
import { addContactsBatch, fetchPersonContacts } from '../api/contacts.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { EXPOSURES } from '../components/contacts/labels.ts';
import { DegreeTag, personName } from '../components/contacts/people.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LineListEditor } from '../components/linelist/LineListEditor.tsx';
import type { GridColumn, GridRow } from '../components/linelist/grid.ts';
import { personColumns, personOf } from '../components/linelist/person.ts';
import { useUnitOptions } from '../components/linelist/useUnitOptions.ts';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import NotFoundPage from './NotFoundPage.tsx';

/** Listing many contacts of one F0 (or F1) at once. */
export default function ContactLineListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const sourceId = Number(useParams().sourcePersonId);
  const valid = Number.isInteger(sourceId) && sourceId > 0;
  const source = useAsync(() => (valid ? fetchPersonContacts(sourceId) : null), [sourceId]);
  const units = useUnitOptions();

  const columns = useMemo<GridColumn[]>(
    () => [
      ...personColumns(t, units),
      { key: 'exposureType', title: t('contacts.columns.exposureType'), kind: 'select', width: 150, options: EXPOSURES.map((v) => ({ value: v, label: t(`contacts.exposure.${v}`) })) },
      { key: 'exposureDate', title: t('contacts.columns.exposureDate'), kind: 'date', width: 140 },
      { key: 'place', title: t('contacts.columns.place'), width: 160 },
      { key: 'quarantine', title: t('contacts.columns.quarantine'), kind: 'check', width: 80, fields: ['quarantine'] },
      { key: 'fullyVaccinated', title: t('contacts.columns.fullyVaccinated'), kind: 'check', width: 90 },
    ],
    [t, units],
  );

  if (!valid) return <NotFoundPage />;
  if (!source.data) return source.error ? <ErrorAlert error={source.error} onRetry={source.reload} /> : <PageSpinner />;
  const s = source.data;

  const toBody = (row: GridRow): BatchRow => ({
    clientId: row._cid,
    ...personOf(row),
    exposureType: (row.exposureType || 'other') as BatchRow['exposureType'],
    exposureDate: row.exposureDate ?? '',
    ...(row.place?.trim() ? { place: row.place.trim() } : {}),
    ...(row.quarantine === 'true' ? { quarantine: { fullyVaccinated: row.fullyVaccinated === 'true' } } : {}),
  });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contacts.contactLineList.title')}
      </Typography.Title>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('contacts.list.source')}>
            <Space>
              {personName(t, s.person)} <DegreeTag degree={s.degree} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item>{t('contacts.contactLineList.existing', { count: s.down.length })}</Descriptions.Item>
          <Descriptions.Item>
            <Link to={`/chain/${s.personId}`}>{t('contacts.list.chain')}</Link>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{t('contacts.contactLineList.quarantineHint')}</Typography.Text>
      </Card>
      <LineListEditor<BatchRow>
        columns={columns}
        defaults={{ exposureType: 'household', ...(user.unit.level === 3 ? { unitId: String(user.unit.id) } : {}) }}
        toBody={toBody}
        submit={async (rows) => {
          const reply = await addContactsBatch({ sourcePersonId: s.personId, rows });
          source.reload();
          return reply.contacts.length;
        }}
        savedText={(count) => t('contacts.contactLineList.saved', { count })}
      />
    </Space>
  );
}
