import { Checkbox, DatePicker, Form, Input, Modal, Radio, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { NewConference } from '../../api/conferences.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';
import { UnitsPicker } from './UnitsPicker.tsx';
import { vnIso } from './time.ts';

type LinkMode = 'auto' | 'typed' | 'none';

interface Values {
  hostUnitId: number;
  title: string;
  startsAt: Dayjs;
  endsAt?: Dayjs | null;
  agenda?: string;
  levels?: number[];
  unitIds?: number[];
  linkMode: LinkMode;
  joinUrl?: string;
}

const FIELD_OF: Record<string, keyof Values> = { endsAt: 'endsAt', levels: 'levels', unitIds: 'unitIds', joinUrl: 'joinUrl', title: 'title' };

/** A new conference: host, title, time (Vietnam time, to the minute), agenda, sites by level or one by one, the join link. */
export function ConferenceModal({ hostUnitId, hostLevel, onCancel, onSave }: {
  hostUnitId: number;
  hostLevel: number;
  onCancel(): void;
  onSave(c: NewConference): Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());
  const linkMode = Form.useWatch('linkMode', form);
  const levels = [1, 2, 3].filter((l) => l > hostLevel);

  const submit = async (v: Values) => {
    if (!v.levels?.length && !v.unitIds?.length) {
      form.setFields([{ name: 'unitIds', errors: [t('conferences.errors.noSites')] }]);
      return;
    }
    setSaving(true);
    try {
      await onSave({
        clientId,
        hostUnitId: v.hostUnitId,
        title: v.title.trim(),
        startsAt: vnIso(v.startsAt),
        endsAt: v.endsAt ? vnIso(v.endsAt) : null,
        agenda: v.agenda ?? '',
        levels: v.levels ?? [],
        unitIds: v.unitIds ?? [],
        ...(v.linkMode === 'auto' ? {} : { joinUrl: v.linkMode === 'typed' ? (v.joinUrl ?? '').trim() : null }),
      });
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) {
        form.setFields(e.fields.map((f) => ({ name: FIELD_OF[f.field] ?? 'title', errors: [f.message] })));
      }
      // other errors: the page has said what went wrong
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t('conferences.add')} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={saving} width={720} okButtonProps={{ 'data-testid': 'conference-save' } as ButtonProps}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ hostUnitId, linkMode: 'auto', levels: [] }}>
        <Form.Item name="hostUnitId" label={t('conferences.host')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="title" label={t('conferences.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} data-testid="conference-title" />
        </Form.Item>
        <Form.Item label={t('conferences.startsAt')} required style={{ marginBottom: 0 }}>
          <Form.Item name="startsAt" rules={[{ required: true }]} style={{ display: 'inline-block', width: 'calc(50% - 8px)', marginRight: 16 }}>
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} data-testid="conference-starts" />
          </Form.Item>
          <Form.Item name="endsAt" style={{ display: 'inline-block', width: 'calc(50% - 8px)' }}>
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} placeholder={t('conferences.endsAt')} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="agenda" label={t('conferences.agenda')}>
          <Input.TextArea rows={3} maxLength={10_000} />
        </Form.Item>
        {levels.length > 0 && (
          <Form.Item name="levels" label={t('conferences.byLevel')}>
            <Checkbox.Group options={levels.map((l) => ({ value: l, label: t(`conferences.levels.${l}` as 'conferences.levels.1') }))} data-testid="conference-levels" />
          </Form.Item>
        )}
        <Form.Item name="unitIds" label={t('conferences.byUnit')}>
          <UnitsPicker />
        </Form.Item>
        <Form.Item name="linkMode" label={t('conferences.link')}>
          <Radio.Group options={(['auto', 'typed', 'none'] as const).map((m) => ({ value: m, label: t(`conferences.linkMode.${m}`) }))} />
        </Form.Item>
        {linkMode === 'typed' && (
          <Form.Item name="joinUrl" rules={[{ required: true, type: 'url' }]}>
            <Input placeholder={t('conferences.linkPlaceholder')} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
