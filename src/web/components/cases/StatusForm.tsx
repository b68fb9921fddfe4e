import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, facilityNeeded } from '../../../domain/case-status.ts';
import { errorMessage } from '../../api/client.ts';
import { changeCaseStatus, type CaseSummary } from '../../api/cases.ts';
import { FacilitySelect } from './FacilitySelect.tsx';

interface Values {
  status: CaseSummary['status'];
  at: dayjs.Dayjs;
  facilityId?: number;
  note?: string;
}

/** A new status from a time; centralised care and hospital need a facility of the right kind and tier. */
export function StatusForm({ caseId, unitId, onSaved }: { caseId: number; unitId: number; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);

  const submit = async (v: Values) => {
    try {
      await changeCaseStatus(caseId, { status: v.status, at: v.at.toISOString(), facilityId: v.facilityId ?? null, note: v.note ?? null });
      void message.success(t('cases.case.saved'));
      form.resetFields();
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ at: dayjs() }}>
      <Form.Item name="status" label={t('cases.field.status')} rules={[{ required: true }]}>
        <Select
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
          onChange={() => form.setFieldValue('facilityId', undefined)}
        />
      </Form.Item>
      <Form.Item name="at" label={t('cases.field.at')} rules={[{ required: true }]}>
        <DatePicker showTime format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      {status && facilityNeeded(status) && (
        <Form.Item name="facilityId" label={t('cases.field.facility')} rules={[{ required: true }]}>
          <FacilitySelect unitId={unitId} status={status} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('cases.field.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit">{t('cases.case.save')}</Button>
    </Form>
  );
}
