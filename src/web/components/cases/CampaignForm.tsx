import { App, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { createCampaign } from '../../api/labtests.ts';
import { today } from '../../dates.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

const SITE_KINDS = ['market', 'factory', 'school', 'office', 'port', 'other'] as const;
const FIELDS = ['name', 'siteKind', 'siteName', 'targetPopulation', 'targetShare', 'periodDays', 'startDate', 'endDate'] as const;

interface Values {
  name: string;
  siteKind: (typeof SITE_KINDS)[number];
  siteName: string;
  targetPopulation: number;
  /** in percent on the form, a share on the wire */
  targetShare: number;
  periodDays: number;
  startDate: dayjs.Dayjs;
  endDate?: dayjs.Dayjs | null;
}

/** A new screening campaign at a site of the unit, e.g. 20% of a market's traders every 7 days. */
export function CampaignForm({ unitId, onSaved }: { unitId: number; onSaved(id: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    try {
      const c = await createCampaign({
        unitId,
        name: v.name.trim(),
        siteKind: v.siteKind,
        siteName: v.siteName.trim(),
        targetPopulation: v.targetPopulation,
        targetShare: v.targetShare / 100,
        periodDays: v.periodDays,
        startDate: v.startDate.format('YYYY-MM-DD'),
        endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : null,
      });
      void message.success(t('cases.screening.saved'));
      form.resetFields();
      onSaved(c.id);
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ siteKind: 'market', targetShare: 20, periodDays: 7, startDate: dayjs(today()) }}
    >
      <Form.Item name="name" label={t('cases.screening.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="siteKind" label={t('cases.screening.siteKindLabel')} rules={[{ required: true }]}>
        <Select options={SITE_KINDS.map((k) => ({ value: k, label: t(`cases.screening.siteKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="siteName" label={t('cases.screening.siteName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="targetPopulation" label={t('cases.screening.population')} rules={[{ required: true }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="targetShare" label={t('cases.screening.share')} rules={[{ required: true }]}>
        <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="periodDays" label={t('cases.screening.periodDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="startDate" label={t('cases.screening.start')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endDate" label={t('cases.screening.end')}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block>{t('cases.screening.add')}</Button>
    </Form>
  );
}
