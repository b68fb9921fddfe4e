import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../../domain/epidemic-level.ts';
import { errorMessage } from '../../api/client.ts';
import { addDecision, type Decision } from '../../api/levels.ts';
import { today } from '../../dates.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';
import { LevelTag } from './LevelTag.tsx';
import { WeekPicker } from './WeekPicker.tsx';

interface Values {
  level: number;
  weekFrom: string;
  weekTo?: string | null;
  decisionNo: string;
  decisionDate: Dayjs;
  reason: string;
}

const FIELDS = ['level', 'weekFrom', 'weekTo', 'decisionNo', 'decisionDate', 'reason'] as const;

/** Sets a unit's level by an authority's decision for one week or several. */
export function DecisionModal({
  unitId,
  unitName,
  week,
  level,
  onCancel,
  onSaved,
}: {
  unitId: number;
  unitName: string;
  /** the week shown on the page: the default first week */
  week: string;
  level: number | null;
  onCancel(): void;
  onSaved(d: Decision): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // one id per form opened: a retried save returns the decision already made
  const [clientId] = useState(() => crypto.randomUUID());
  const required = (label: string) => [{ required: true, whitespace: true, message: t('levels.decisions.required', { field: label.toLocaleLowerCase() }) }];

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const d = await addDecision(unitId, {
        level: v.level,
        weekFrom: v.weekFrom,
        ...(v.weekTo ? { weekTo: v.weekTo } : {}),
        decisionNo: v.decisionNo.trim(),
        decisionDate: v.decisionDate.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        clientId,
      });
      void message.success(t('levels.decisions.saved'));
      onSaved(d);
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('levels.decisions.modalTitle', { unit: unitName })}
      okText={t('levels.decisions.save')}
      cancelText={t('levels.decisions.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={saving}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ level: level ?? undefined, weekFrom: week, weekTo: week, decisionDate: dayjs(today()) }}
        data-testid="decision-form"
      >
        <Form.Item name="level" label={t('levels.decisions.level')} rules={[{ required: true, message: t('levels.decisions.required', { field: t('levels.decisions.level').toLocaleLowerCase() }) }]}>
          <Radio.Group>
            {LEVELS.map((l) => (
              <Radio key={l} value={l} data-testid={`decision-level-${l}`}>
                <LevelTag level={l} short />
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="weekFrom" label={t('levels.decisions.weekFrom')} rules={[{ required: true, message: t('levels.decisions.required', { field: t('levels.decisions.weekFrom').toLocaleLowerCase() }) }]}>
          <WeekPicker />
        </Form.Item>
        <Form.Item
          name="weekTo"
          label={t('levels.decisions.weekTo')}
          dependencies={['weekFrom']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v: string | null | undefined) => {
                const from = getFieldValue('weekFrom') as string | undefined;
                return !v || !from || v >= from ? Promise.resolve() : Promise.reject(new Error(t('levels.decisions.weekToBefore')));
              },
            }),
          ]}
        >
          <WeekPicker allowClear />
        </Form.Item>
        <Form.Item name="decisionNo" label={t('levels.decisions.decisionNo')} rules={required(t('levels.decisions.decisionNo'))}>
          <Input maxLength={50} placeholder="123/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('levels.decisions.decisionDate')} rules={[{ required: true, message: t('levels.decisions.required', { field: t('levels.decisions.decisionDate').toLocaleLowerCase() }) }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('levels.decisions.reason')} rules={required(t('levels.decisions.reason'))}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
