import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quarantine } from '../../api/quarantine.ts';
import { useFormat } from '../../hooks/useFormat.ts';

interface Props {
  quarantine: Quarantine;
  onCancel(): void;
  /** resolves true when saved */
  onSave(endDate: string, reason: string): Promise<boolean>;
}

/** An officer shortens or extends one person's quarantine; the reason is required and kept. */
export function AdjustModal({ quarantine: q, onCancel, onSave }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [form] = Form.useForm<{ endDate: Dayjs; reason: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await onSave(v.endDate.format('YYYY-MM-DD'), v.reason.trim());
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('quarantine.list.adjustTitle')} onCancel={onCancel} onOk={() => void submit()} confirmLoading={saving}
      okText={t('quarantine.common.save')} cancelText={t('quarantine.common.cancel')}>
      <Typography.Paragraph type="secondary">
        {q.person.fullName ?? `#${q.person.id}`} · {t('quarantine.list.plannedEnd', { date: f.date(q.plannedEnd) })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ endDate: dayjs(q.endDate), reason: q.adjustReason ?? '' }}>
        <Form.Item name="endDate" label={t('quarantine.list.newEnd')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} disabledDate={(d) => d.isBefore(dayjs(q.startDate), 'day')} />
        </Form.Item>
        <Form.Item name="reason" label={t('quarantine.list.reason')} rules={[{ required: true, whitespace: true, message: t('quarantine.list.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
