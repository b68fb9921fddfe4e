import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCampaign, deleteCampaign, reopenCampaign, type Campaign } from '../../api/campaigns.ts';
import { errorMessage } from '../../api/client.ts';
import { CloseCampaignModal } from './CloseCampaignModal.tsx';

/** Edit, close or reopen, delete: for those who may edit the campaign (officers of its unit or above). */
export function CampaignActions({ campaign, onEdit, onChanged, onDeleted }: {
  campaign: Campaign;
  onEdit(): void;
  onChanged(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [closing, setClosing] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string, then: () => void) => {
    try {
      await action();
      void message.success(done);
      then();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <Flex wrap gap={8} data-testid="campaign-actions">
      {!campaign.closed && <Button onClick={onEdit} data-testid="campaign-edit-open">{t('campaigns.edit')}</Button>}
      {!campaign.closed && <Button onClick={() => setClosing(true)} data-testid="campaign-close">{t('campaigns.close')}</Button>}
      {campaign.closed && (
        <Popconfirm title={t('campaigns.reopenConfirm')} okText={t('campaigns.reopen')} cancelText={t('campaigns.cancel')}
          onConfirm={() => run(() => reopenCampaign(campaign.id), t('campaigns.reopened'), onChanged)}>
          <Button data-testid="campaign-reopen">{t('campaigns.reopen')}</Button>
        </Popconfirm>
      )}
      <Popconfirm title={t('campaigns.removeConfirm')} okText={t('campaigns.remove')} cancelText={t('campaigns.cancel')} okButtonProps={{ danger: true }}
        onConfirm={() => run(() => deleteCampaign(campaign.id), t('campaigns.removed'), onDeleted)}>
        <Button danger data-testid="campaign-delete">{t('campaigns.remove')}</Button>
      </Popconfirm>
      {closing && (
        <CloseCampaignModal name={campaign.name} onCancel={() => setClosing(false)}
          onClose={(reason) => run(() => closeCampaign(campaign.id, reason), t('campaigns.closed'), () => { setClosing(false); onChanged(); })} />
      )}
    </Flex>
  );
}
