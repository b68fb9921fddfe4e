import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCampaign } from '../../api/campaigns.ts';
import { errorMessage } from '../../api/client.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';
import { TargetRows } from './TargetRows.tsx';
import { fromTargetValues, showCampaignErrors, type TargetValues } from './targetValues.ts';

interface Values {
  unitId: number;
  name: string;
  targets: TargetValues[];
}

/**
 * A campaign and its dated targets; starts with one target to fill in. The server's complaints
 * show beside the fields they name; a save repeated after a lost reply creates one campaign.
 */
export function CampaignModal({ unitId, onCancel, onSaved }: { unitId: number; onCancel(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      await createCampaign({ clientId, unitId: v.unitId, name: v.name, targets: v.targets.map(fromTargetValues) });
      void message.success(t('campaigns.saved'));
      onSaved();
    } catch (e) {
      if (!showCampaignErrors(form, e)) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
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
