import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewRuleSet, RuleSetSummary } from '../../api/levelRules.ts';

interface Values {
  basedOnId: number;
  code: string;
  name: string;
  source: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

/** A new national rule set: its source and validity, starting from the criteria and measures of an existing set. */
export function NewRuleSetModal({ sources, onCancel, onCreate }: { sources: RuleSetSummary[]; onCancel(): void; onCreate(b: NewRuleSet): Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // one per form: sending it again after a lost reply returns the set already made
  const [clientId] = useState(() => crypto.randomUUID());
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const ok = await onCreate({ ...v, clientId, validFrom: v.validFrom.format('YYYY-MM-DD'), validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null });
      if (ok) onCancel();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={640} title={t('levelRules.list.addTitle')} onCancel={onCancel} onOk={() => void submit()} confirmLoading={saving}
      okText={t('levelRules.list.create')} cancelText={t('levelRules.list.cancel')}>
      <Form form={form} layout="vertical" initialValues={{ basedOnId: sources[0]?.id }}>
        <Form.Item name="basedOnId" label={t('levelRules.list.copyFrom')} rules={[{ required: true }]}>
          <Select options={sources.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))} />
        </Form.Item>
        <Form.Item name="code" label={t('levelRules.editor.code')} rules={[{ required: true, whitespace: true }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="name" label={t('levelRules.editor.name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={300} /></Form.Item>
        <Form.Item name="source" label={t('levelRules.editor.source')} rules={[{ required: true, whitespace: true }]}><Input maxLength={500} /></Form.Item>
        <Form.Item name="validFrom" label={t('levelRules.editor.validFrom')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="validTo" label={t('levelRules.editor.validTo')} extra={t('levelRules.editor.validToHelp')}><DatePicker format="DD/MM/YYYY" /></Form.Item>
      </Form>
    </Modal>
  );
}
