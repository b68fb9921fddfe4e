import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewPolicy, Policy } from '../../api/quarantine.ts';

interface Values extends Omit<NewPolicy, 'validFrom' | 'validTo' | 'testDays'> {
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  testDays: string;
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const parseDays = (s: string) => s.split(/[,;\s]+/).filter(Boolean).map(Number);

export function PolicyModal({ policy, onCancel, onSave }: { policy: Policy | null; onCancel(): void; onSave(p: NewPolicy): Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const initial = policy
    ? { ...policy, validFrom: dayjs(policy.validFrom), validTo: policy.validTo ? dayjs(policy.validTo) : null, testDays: policy.testDays.join(', ') }
    : { degree: 1, vaccination: 'any', place: 'home', days: 7, monitorDays: 0, testDays: '' };
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await onSave({ ...v, validFrom: iso(v.validFrom)!, validTo: iso(v.validTo), testDays: parseDays(v.testDays) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={640} title={t(policy ? 'quarantine.policies.editTitle' : 'quarantine.policies.add')} onCancel={onCancel} onOk={() => void submit()}
      confirmLoading={saving} okText={t('quarantine.common.save')} cancelText={t('quarantine.common.cancel')}>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="name" label={t('quarantine.policies.name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="source" label={t('quarantine.policies.source')} rules={[{ required: true, whitespace: true }]}><Input maxLength={500} /></Form.Item>
        <Form.Item name="validFrom" label={t('quarantine.policies.validFrom')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="validTo" label={t('quarantine.policies.validTo')}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="degree" label={t('quarantine.policies.degree')} rules={[{ required: true }]}>
          <Select options={[1, 2, 3].map((d) => ({ value: d, label: `F${d}` }))} />
        </Form.Item>
        <Form.Item name="vaccination" label={t('quarantine.policies.vaccination')} rules={[{ required: true }]}>
          <Select options={(['any', 'full', 'not_full'] as const).map((v) => ({ value: v, label: t(`quarantine.vaccination.${v}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t('quarantine.policies.place')} rules={[{ required: true }]}>
          <Select options={(['home', 'centralised'] as const).map((p) => ({ value: p, label: t(`quarantine.place.${p}`) }))} />
        </Form.Item>
        <Form.Item name="days" label={t('quarantine.policies.days')} rules={[{ required: true }]}><InputNumber min={0} max={28} /></Form.Item>
        <Form.Item name="testDays" label={t('quarantine.policies.testDays')} help={t('quarantine.policies.testDaysHelp')}
          rules={[{ pattern: /^[\d,;\s]*$/ }]}><Input placeholder="1, 7" /></Form.Item>
        <Form.Item name="monitorDays" label={t('quarantine.policies.monitorDays')}><InputNumber min={0} max={28} /></Form.Item>
      </Form>
    </Modal>
  );
}
