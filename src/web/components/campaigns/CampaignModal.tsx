import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewCampaign } from '../../api/campaigns.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';
import { TargetRows } from './TargetRows.tsx';
import { fromTargetValues, type TargetValues } from './targetValues.ts';

interface Values {
  unitId: number;
  name: string;
  targets: TargetValues[];
}

/** A campaign and its dated targets; starts with one target to fill in. */
export function CampaignModal({ unitId, onCancel, onSave }: { unitId: number; onCancel(): void; onSave(c: NewCampaign): Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());

  const submit = async (v: Values) => {
    setSaving(true);
    await onSave({
      clientId,
      unitId: v.unitId,
      name: v.name,
      targets: v.targets.map(fromTargetValues),
    });
    setSaving(false);
  };

  return (
    <Modal open title={t('campaigns.add')} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={saving} width={720}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ unitId, targets: [{ ageGroup: '18+', stage: 'dose1', percent: 100 }] }}>
        <Form.Item name="unitId" label={t('campaigns.owner')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="name" label={t('campaigns.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <TargetRows />
      </Form>
    </Modal>
  );
}
