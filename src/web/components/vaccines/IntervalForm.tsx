import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { addInterval, type NewIntervalBody, type Product } from '../../api/vaccines.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

const FIELDS = ['doseNumber', 'kind', 'minDays', 'maxDays', 'previousProducts', 'validFrom'] as const;

/** A new dated interval rule for a product (the one in force ends the day it starts). */
export function IntervalForm({ product, products, onSaved }: { product: Product; products: Product[]; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewIntervalBody>();
  const submit = async (v: NewIntervalBody) => {
    try {
      await addInterval(product.id, v);
      void message.success(t('vaccines.products.saved'));
      form.resetFields();
      onSaved();
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} initialValues={{ kind: 'primary', doseNumber: 2 }}>
      <Form.Item name="doseNumber" label={t('vaccines.products.doseNumber')} rules={[{ required: true }]}><InputNumber min={2} max={10} /></Form.Item>
      <Form.Item name="kind" rules={[{ required: true }]}>
        <Select style={{ width: 130 }} options={(['primary', 'additional', 'booster'] as const).map((k) => ({ value: k, label: t(`vaccines.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="minDays" label={t('vaccines.products.minDays')} rules={[{ required: true }]}><InputNumber min={0} /></Form.Item>
      <Form.Item name="maxDays" label={t('vaccines.products.maxDays')}><InputNumber min={0} /></Form.Item>
      <Form.Item name="previousProducts" label={t('vaccines.products.previous')}>
        <Select mode="multiple" style={{ minWidth: 200 }} options={products.map((p) => ({ value: p.code, label: p.code }))} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('vaccines.products.validFrom')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
      <Button htmlType="submit">{t('vaccines.products.addInterval')}</Button>
    </Form>
  );
}
