import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { changeHotline, createHotline, removeHotline, type Hotline } from '../../api/duty.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';
import { PhoneLink } from './PhoneLink.tsx';

interface Values {
  label: string;
  phone: string;
  sortOrder?: number;
}

function HotlineModal({ unitId, hotline, onCancel, onSaved }: { unitId: number; hotline: Hotline | null; onCancel(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());

  const submit = async (v: Values) => {
    setSaving(true);
    const body = { label: v.label, phone: v.phone, sortOrder: v.sortOrder ?? 0 };
    try {
      if (hotline) await changeHotline(hotline.id, body);
      else await createHotline({ ...body, unitId, clientId });
      void message.success(t('duty.hotline.saved'));
      onSaved();
    } catch (e) {
      if (!showFieldErrors(form, e, ['label', 'phone', 'sortOrder'])) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t(hotline ? 'duty.hotline.titleEdit' : 'duty.hotline.titleNew')} onCancel={onCancel} onOk={() => form.submit()}
      confirmLoading={saving} okText={t('duty.common.save')} cancelText={t('duty.common.cancel')}>
      <Form form={form} layout="vertical" initialValues={hotline ?? { sortOrder: 0 }} onFinish={(v) => void submit(v)}>
        <Form.Item name="label" label={t('duty.hotline.label')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="phone" label={t('duty.hotline.phone')} extra={t('duty.shift.phoneHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('duty.hotline.sortOrder')}><InputNumber min={0} max={1000} style={{ width: '100%' }} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** A unit's hotlines, with add / edit / delete for those who may change them. */
export function HotlineList({ unitId, hotlines, canEdit, onChanged }: { unitId: number; hotlines: Hotline[]; canEdit: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Hotline | 'new' | null>(null);

  const remove = async (h: Hotline) => {
    try {
      await removeHotline(h.id);
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <Card size="small" title={t('duty.hotline.title')} data-testid="duty-hotlines"
      extra={canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('duty.hotline.add')}</Button>}>
      {hotlines.length === 0 && <Typography.Text type="secondary">{t('duty.hotline.none')}</Typography.Text>}
      {hotlines.map((h) => (
        <Flex key={h.id} justify="space-between" align="center" wrap gap={8} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          <span>
            <Typography.Text>{h.label}</Typography.Text>{' '}
            <PhoneLink phone={h.phone} big />
          </span>
          {canEdit && (
            <span>
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(h)} aria-label={t('duty.common.edit')} />
              <Popconfirm title={t('duty.hotline.deleteConfirm')} okText={t('duty.common.yes')} cancelText={t('duty.common.no')} onConfirm={() => void remove(h)}>
                <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('duty.common.delete')} />
              </Popconfirm>
            </span>
          )}
        </Flex>
      ))}
      {editing && (
        <HotlineModal unitId={unitId} hotline={editing === 'new' ? null : editing} onCancel={() => setEditing(null)}
          onSaved={() => { setEditing(null); onChanged(); }} />
      )}
    </Card>
  );
}
