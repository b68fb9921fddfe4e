import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewCampaign } from '../../api/campaigns.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';

const AGE_GROUPS = ['18+', '50+', '12-17', '15-17', '5-11', 'all'] as const;
const STAGES = ['dose1', 'primary', 'booster'] as const;

interface Values {
  unitId: number;
  name: string;
  targets: { ageGroup: NewCampaign['targets'][number]['ageGroup']; stage: NewCampaign['targets'][number]['stage']; percent: number; due: Dayjs }[];
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
      targets: v.targets.map((x) => ({ ageGroup: x.ageGroup, stage: x.stage, targetShare: x.percent / 100, dueDate: x.due.format('YYYY-MM-DD') })),
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
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item name={[field.name, 'ageGroup']} label={t('campaigns.ageGroup')} rules={[{ required: true }]}>
                    <Select style={{ width: 130 }} options={AGE_GROUPS.map((g) => ({ value: g, label: t(`campaigns.ageGroups.${g}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'stage']} label={t('campaigns.stage')} rules={[{ required: true }]}>
                    <Select style={{ width: 150 }} options={STAGES.map((s) => ({ value: s, label: t(`campaigns.stages.${s}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'percent']} label={t('campaigns.targetShare')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'due']} label={t('campaigns.dueDate')} rules={[{ required: true }]}>
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  {fields.length > 1 && <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>−</Button>}
                </Space>
              ))}
              <Button onClick={() => add({ ageGroup: '18+', stage: 'primary', percent: 100 })}>{t('campaigns.addTarget')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
