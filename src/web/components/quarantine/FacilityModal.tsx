import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility, NewFacility } from '../../api/facilities.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';

interface Props {
  /** null: a new site */
  facility: Facility | null;
  onCancel(): void;
  onSave(f: NewFacility): Promise<boolean>;
}

export function FacilityModal({ facility, onCancel, onSave }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewFacility>();
  const kind = Form.useWatch('kind', form);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await onSave({ ...v, tier: v.kind === 'treatment' ? (v.tier ?? 1) : null });
    } finally {
      setSaving(false);
    }
  };
  const initial = facility
    ? { unitId: facility.unit.id, kind: facility.kind, name: facility.name, tier: facility.tier, beds: facility.beds, icuBeds: facility.icuBeds, active: facility.active }
    : { kind: 'quarantine', beds: 50, icuBeds: 0, active: true };
  return (
    <Modal open title={t(facility ? 'quarantine.facilities.editTitle' : 'quarantine.facilities.add')} onCancel={onCancel} onOk={() => void submit()}
      confirmLoading={saving} okText={t('quarantine.common.save')} cancelText={t('quarantine.common.cancel')}>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="unitId" label={t('quarantine.common.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
        <Form.Item name="kind" label=" " rules={[{ required: true }]}>
          <Select options={(['quarantine', 'treatment'] as const).map((k) => ({ value: k, label: t(`quarantine.facilities.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('quarantine.facilities.name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        {kind === 'treatment' && (
          <Form.Item name="tier" label={t('quarantine.facilities.tier', { tier: '' })} rules={[{ required: true }]}>
            <Select options={[1, 2, 3].map((n) => ({ value: n, label: t('quarantine.facilities.tier', { tier: n }) }))} />
          </Form.Item>
        )}
        <Form.Item name="beds" label={t('quarantine.facilities.beds')} rules={[{ required: true }]}><InputNumber min={0} max={100000} /></Form.Item>
        <Form.Item name="icuBeds" label={t('quarantine.facilities.icuBeds')}><InputNumber min={0} max={100000} /></Form.Item>
        <Form.Item name="active" label={t('quarantine.facilities.active')} valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}
