import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AGE_GROUPS, STAGES, type AgeGroup, type Stage } from '../../../domain/age-groups.ts';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import { errorMessage } from '../../api/client.ts';
import { saveReported } from '../../api/coverage.ts';
import { today } from '../../dates.ts';

interface Values {
  unitId: number;
  asOf: Dayjs;
  ageGroup: AgeGroup;
  stage: Stage;
  eligible?: number | null;
  vaccinated: number;
  source: string;
}

/** One figure reported by a local government, for a unit shown on the reconciliation page. */
export function ReportedForm({ units, date, onSaved }: { units: UnitRef[]; date: string; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    try {
      await saveReported([{ ...v, asOf: v.asOf.format('YYYY-MM-DD'), eligible: v.eligible ?? null, source: v.source.trim() }]);
      void message.success(t('coverage.rec.saved'));
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={submit}
      initialValues={{ unitId: units[0]?.id, asOf: dayjs(date), ageGroup: '18+', stage: 'dose1' }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="unitId" label={t('coverage.unit')} rules={[{ required: true }]}>
        <Select style={{ width: 200 }} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="asOf" label={t('coverage.rec.asOf')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
      </Form.Item>
      <Form.Item name="ageGroup" label={t('coverage.targetGroup')}>
        <Select style={{ width: 130 }} options={AGE_GROUPS.map((g) => ({ value: g, label: t(`coverage.ageGroups.${g}`) }))} />
      </Form.Item>
      <Form.Item name="stage" label={t('coverage.targetStage')}>
        <Select style={{ width: 150 }} options={STAGES.map((s) => ({ value: s, label: t(`coverage.stages.${s}`) }))} />
      </Form.Item>
      <Form.Item name="eligible" label={t('coverage.eligible')}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="vaccinated" label={t('coverage.vaccinated')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="source" label={t('coverage.rec.source')} rules={[{ required: true, whitespace: true }]}>
        <Input style={{ width: 200 }} maxLength={200} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">{t('coverage.rec.save')}</Button>
      </Space>
    </Form>
  );
}
