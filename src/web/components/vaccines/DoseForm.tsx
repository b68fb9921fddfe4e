import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type FieldError } from '../../api/client.ts';
import { fetchLots, recordDose, type NewDose, type Product } from '../../api/vaccines.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { showFieldErrors } from '../users/fieldErrors.ts';

const FIELDS = ['personId', 'productId', 'lotId', 'lotCode', 'expiryDate', 'givenOn', 'site'] as const;

/** Dose entry: errors beside the fields they name, warnings shown after saving. */
export function DoseForm({ products, personId, onPerson, onSaved }: {
  products: Product[];
  personId: number | undefined;
  onPerson(id: number): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewDose>();
  const productId = Form.useWatch('productId', form);
  const lots = useAsync(() => (productId ? fetchLots(productId) : null), [productId]);
  const [warnings, setWarnings] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (v: NewDose) => {
    setBusy(true);
    try {
      const res = await recordDose({ ...v, personId: personId!, clientId: crypto.randomUUID() });
      setWarnings(res.warnings);
      void message.success(t('vaccines.doses.saved', { n: res.dose.doseNumber }));
      form.resetFields(['lotId', 'lotCode', 'expiryDate']);
      onSaved();
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="dose-form">
      <Form.Item label={t('vaccines.doses.person')} required>
        <PersonSelect {...(personId !== undefined ? { value: personId } : {})} onChange={onPerson} testId="dose-person" />
      </Form.Item>
      <Form.Item name="productId" label={t('vaccines.doses.product')} rules={[{ required: true }]}>
        <Select data-testid="dose-product" options={products.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="lotId" label={t('vaccines.doses.lot')}>
        <Select allowClear options={(lots.data ?? []).map((l) => ({ value: l.id, label: `${l.lotCode} (${l.expiryDate})` }))} />
      </Form.Item>
      <Form.Item name="lotCode" label={t('vaccines.doses.lotCode')}><Input maxLength={60} /></Form.Item>
      <Form.Item name="expiryDate" label={t('vaccines.doses.expiryDate')}><Input type="date" /></Form.Item>
      <Form.Item name="givenOn" label={t('vaccines.doses.givenOn')} rules={[{ required: true }]}>
        <Input type="date" data-testid="dose-date" />
      </Form.Item>
      <Form.Item name="site" label={t('vaccines.doses.site')}><Input maxLength={200} /></Form.Item>
      {warnings.map((w) => <Alert key={w.field + w.message} type="warning" showIcon message={w.message} style={{ marginBottom: 8 }} />)}
      <Button type="primary" htmlType="submit" loading={busy} disabled={!personId} data-testid="dose-save">{t('vaccines.doses.save')}</Button>
    </Form>
  );
}
