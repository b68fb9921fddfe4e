import { App, DatePicker, Form, Input, Modal } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { changeShift, createShift, type Shift } from '../../api/duty.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';
import { isoToPicker, pickerToIso } from './vnTime.ts';

interface Values {
  startsAt: dayjs.Dayjs;
  endsAt: dayjs.Dayjs;
  leaderName: string;
  leaderTitle?: string;
  phone: string;
}

const FIELDS = ['startsAt', 'endsAt', 'leaderName', 'leaderTitle', 'phone'] as const;

interface Props {
  unitId: number;
  shift: Shift | null;
  /** for a new shift: where it starts (ISO) */
  defaultStart?: string | undefined;
  onCancel(): void;
  onSaved(): void;
}

/** Adds or edits one shift; the server's messages (phone, times, overlap) show beside the fields. */
export function ShiftModal({ unitId, shift, defaultStart, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());

  const initial = shift
    ? { startsAt: isoToPicker(shift.startsAt), endsAt: isoToPicker(shift.endsAt), leaderName: shift.leaderName, leaderTitle: shift.leaderTitle, phone: shift.phone }
    : defaultStart
      ? { startsAt: isoToPicker(defaultStart), endsAt: isoToPicker(defaultStart).add(12, 'hour') }
      : {};

  const submit = async (v: Values) => {
    setSaving(true);
    const body = { startsAt: pickerToIso(v.startsAt), endsAt: pickerToIso(v.endsAt), leaderName: v.leaderName, leaderTitle: v.leaderTitle ?? '', phone: v.phone };
    try {
      if (shift) await changeShift(shift.id, body);
      else await createShift({ ...body, unitId, clientId });
      void message.success(t('duty.shift.saved'));
      onSaved();
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t(shift ? 'duty.shift.titleEdit' : 'duty.shift.titleNew')} onCancel={onCancel} onOk={() => form.submit()}
      confirmLoading={saving} okText={t('duty.common.save')} cancelText={t('duty.common.cancel')}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.Item name="startsAt" label={t('duty.shift.startsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsAt" label={t('duty.shift.endsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leaderName" label={t('duty.shift.leaderName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} autoComplete="name" />
        </Form.Item>
        <Form.Item name="leaderTitle" label={t('duty.shift.leaderTitle')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('duty.shift.phone')} extra={t('duty.shift.phoneHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={30} inputMode="tel" autoComplete="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
