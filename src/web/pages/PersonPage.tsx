import { Alert, App, Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { changePerson, fetchPerson } from '../api/people.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { PersonFormModal } from '../components/people/PersonFormModal.tsx';
import { MergeCandidates } from '../components/people/MergeCandidates.tsx';
import { PersonActions } from '../components/people/PersonActions.tsx';
import { PersonLinked } from '../components/people/PersonLinked.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

export default function PersonPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const record = useAsync(() => fetchPerson(id), [id]);
  const [editing, setEditing] = useState(false);

  if (record.error) return <ErrorAlert error={record.error} onRetry={record.reload} />;
  if (!record.data) return <PageSpinner />;
  const { person, mergedFrom, linked } = record.data;
  const canWrite = user.role !== 'viewer';
  const canMerge = user.role === 'admin' || user.role === 'officer';

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">{person.fullName}</Typography.Title>
      <PersonActions personId={person.id} canWrite={canWrite} />
      {mergedFrom && <Alert type="info" showIcon title={t('people.record.mergedFrom', { id: mergedFrom })} style={{ marginBottom: 12 }} />}
      <Card
        size="small"
        title={t('people.record.title')}
        extra={canWrite && <Button onClick={() => setEditing(true)} data-testid="person-edit">{t('people.edit')}</Button>}
        style={{ marginBottom: 12 }}
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="person-record">
          <Descriptions.Item label={t('people.col.id')}>{person.id}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.nationalId')}>{person.nationalId}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.birthDate')}>{f.date(person.birthDate)}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.sex')}>{person.sex ? t(`people.sex.${person.sex}`) : ''}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.phone')}>{person.phone}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.unit')}>{person.unit.fullName}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.address')}>{person.address}</Descriptions.Item>
          <Descriptions.Item label={t('people.col.workplace')}>{person.workplace}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('people.record.viewed')}</Typography.Text>
      </Card>
      <PersonLinked linked={linked} />
      {canMerge && (
        <Card size="small" title={t('people.record.merge')}>
          <MergeCandidates person={person} onMerged={record.reload} />
        </Card>
      )}
      <PersonFormModal
        open={editing}
        title={t('people.edit')}
        initial={person}
        defaultUnitId={person.unit.id}
        onCancel={() => setEditing(false)}
        onSubmit={async (values) => {
          await changePerson(person.id, values);
          setEditing(false);
          void message.success(t('people.saved'));
          record.reload();
        }}
      />
    </>
  );
}
