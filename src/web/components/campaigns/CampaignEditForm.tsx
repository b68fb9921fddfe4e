import { App, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeCampaign, type Campaign } from '../../api/campaigns.ts';
import { errorMessage } from '../../api/client.ts';
import { TargetRows } from './TargetRows.tsx';
import { fromTargetValues, showCampaignErrors, toTargetValues, type TargetValues } from './targetValues.ts';

interface Values {
  name: string;
  targets: TargetValues[];
}

/**
 * The campaign's name and targets, saved as a whole with the version they were read at: a save
 * repeated after a lost reply changes nothing, one over someone else's newer edit is refused.
 */
export function CampaignEditForm({ campaign, onCancel, onSaved }: { campaign: Campaign; onCancel(): void; onSaved(c: Campaign): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const saved = await changeCampaign(campaign.id, { name: v.name, version: campaign.version, targets: v.targets.map(fromTargetValues) });
      void message.success(t('campaigns.updated'));
      onSaved(saved);
    } catch (e) {
      if (!showCampaignErrors(form, e)) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={t('campaigns.edit')} style={{ marginBottom: 16 }} data-testid="campaign-edit">
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ name: campaign.name, targets: campaign.targets.map(toTargetValues) }}>
        <Form.Item name="name" label={t('campaigns.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="campaign-name" />
        </Form.Item>
        <TargetRows />
        <Flex gap={8} style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="campaign-save">{t('campaigns.save')}</Button>
          <Button onClick={onCancel}>{t('campaigns.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
