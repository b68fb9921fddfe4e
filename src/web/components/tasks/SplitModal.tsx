import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client.ts';
import { fetchChildUnits, splitTask, type TaskDetail, type TaskItem } from '../../api/tasks.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { isoToPicker, pickerToIso } from '../duty/vnTime.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

interface Values {
  unitIds: number[];
  title: string;
  deadline: dayjs.Dayjs;
  reportExpected?: string;
}

/** Gives the task to some of the unit's child units, due no later than the task itself. */
export function SplitModal({ task, onCancel, onSaved }: { task: TaskItem; onCancel(): void; onSaved(d: TaskDetail): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());
  const children = useAsync(() => fetchChildUnits(task.unit.id), [task.unit.id]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const item = { unitIds: v.unitIds, title: v.title, deadline: pickerToIso(v.deadline), reportExpected: v.reportExpected ?? '' };
      const detail = await splitTask(task.id, { clientId, items: [item] });
      void message.success(t('tasks.split.done', { count: v.unitIds.length }));
      onSaved(detail);
    } catch (e) {
      // the server names the fields of the one item sent as items.0.<field>
      const named = e instanceof ApiError
        ? new ApiError(e.status, e.code, e.message, e.fields.map((x) => ({ ...x, field: x.field.replace(/^items\.0\./, '') })))
        : e;
      if (!showFieldErrors(form, named, ['unitIds', 'title', 'deadline', 'reportExpected'])) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open width={640} title={t('tasks.split.title')} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={saving}
      okText={t('tasks.split.submit')} cancelText={t('tasks.common.cancel')}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}
        initialValues={{ unitIds: [], title: task.title, deadline: isoToPicker(task.deadline), reportExpected: task.reportExpected }}>
        <Form.Item name="unitIds" label={t('tasks.split.units')} rules={[{ required: true, message: t('tasks.split.unitsRequired') }]}>
          <Select
            mode="multiple"
            loading={children.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(children.data ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
            data-testid="split-units"
          />
        </Form.Item>
        <Form.Item name="title" label={t('tasks.split.taskTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="deadline" label={t('tasks.split.deadline')} extra={t('tasks.split.deadlineHelp', { deadline: f.dateTime(task.deadline) })} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reportExpected" label={t('tasks.split.reportExpected')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
