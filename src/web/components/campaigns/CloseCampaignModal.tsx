import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks for the reason a campaign ends (optional) and says what closing does. */
export function CloseCampaignModal({ name, onCancel, onClose }: { name: string; onCancel(): void; onClose(reason: string): Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const ok = async () => {
    setSaving(true);
    try {
      await onClose(reason.trim());
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('campaigns.closeTitle', { name })} okText={t('campaigns.close')} cancelText={t('campaigns.cancel')}
      onOk={() => void ok()} onCancel={onCancel} confirmLoading={saving} okButtonProps={{ danger: true }}>
      <Typography.Paragraph>{t('campaigns.closeHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('campaigns.closeReason')}>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={2} data-testid="close-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
