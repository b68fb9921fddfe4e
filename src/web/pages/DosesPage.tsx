import { Card, Col, Row, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fetchPersonDoses, fetchProducts } from '../api/vaccines.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { DoseImport } from '../components/vaccines/DoseImport.tsx';
import { DoseForm } from '../components/vaccines/DoseForm.tsx';
import { LateEntryTable } from '../components/vaccines/LateEntryTable.tsx';
import { PersonDoses } from '../components/vaccines/PersonDoses.tsx';
import { useAsync } from '../hooks/useAsync.ts';

/** Dose entry (with the person's doses beside it) and late entry by unit. */
export default function DosesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const personId = params.get('personId') ? Number(params.get('personId')) : undefined;
  const [unitId, setUnitId] = useState<number | undefined>();
  const products = useAsync(() => fetchProducts(), []);
  const doses = useAsync(() => (personId ? fetchPersonDoses(personId) : null), [personId]);

  return (
    <>
      <Typography.Title level={3}>{t('vaccines.doses.title')}</Typography.Title>
      {products.error ? <ErrorAlert error={products.error} /> : null}
      <Tabs
        items={[
          {
            key: 'entry',
            label: t('vaccines.doses.entry'),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} md={10}>
                  <Card size="small">
                    <DoseForm
                      products={products.data ?? []}
                      personId={personId}
                      onPerson={(id) => setParams({ personId: String(id) })}
                      onSaved={doses.reload}
                    />
                  </Card>
                </Col>
                <Col xs={24} md={14}>
                  {personId && doses.data ? <PersonDoses personId={personId} list={doses.data} /> : null}
                </Col>
              </Row>
            ),
          },
          { key: 'import', label: t('vaccines.import.tab'), children: <DoseImport onDone={doses.reload} /> },
          {
            key: 'late',
            label: t('vaccines.doses.lateEntry'),
            children: (
              <>
                <div style={{ maxWidth: 320, marginBottom: 12 }}><UnitSelect {...(unitId !== undefined ? { value: unitId } : {})} onChange={setUnitId} /></div>
                <LateEntryTable unitId={unitId} />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
