import { App, Button, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { recordTest } from '../../api/labtests.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';

interface Values {
  personId: number;
  kind: 'pcr' | 'antigen';
  sampledAt: dayjs.Dayjs;
  place?: string;
  lab?: string;
  result: 'pending' | 'positive' | 'negative' | 'invalid';
  resultAt?: dayjs.Dayjs;
  symptoms: boolean;
}

/** One test, entered on a phone at the sampling site; a retry never records it twice. */
export function RecordTestForm({ personId, campaignId, onSaved }: { personId?: number | undefined; campaignId?: number | undefined; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);

  const submit = async (v: Values) => {
    try {
      const reply = await recordTest({
        clientId: crypto.randomUUID(),
        personId: v.personId,
        kind: v.kind,
        sampledAt: v.sampledAt.toISOString(),
        place: v.place ?? null,
        lab: v.lab ?? null,
        result: v.result,
        resultAt: v.result === 'pending' ? null : (v.resultAt ?? dayjs()).toISOString(),
        symptoms: v.symptoms,
        campaignId: campaignId ?? null,
      });
      void message.success(reply.case ? t('cases.tests.becameCase', { id: reply.case.id }) : t('cases.tests.saved'));
      form.resetFields(['personId', 'result', 'resultAt', 'symptoms']);
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ personId, kind: 'antigen', sampledAt: dayjs(), result: 'pending', symptoms: false }}>
      <Form.Item name="personId" label={t('cases.field.personId')} rules={[{ required: true }]}>
        <PersonSelect testId="test-person" />
      </Form.Item>
      <Form.Item name="kind" label={t('cases.field.kind')}>
        <Select data-testid="test-kind" options={(['antigen', 'pcr'] as const).map((k) => ({ value: k, label: t(`cases.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="sampledAt" label={t('cases.field.sampledAt')} rules={[{ required: true }]}>
        <DatePicker showTime format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label={t('cases.field.place')}><Input maxLength={300} /></Form.Item>
      <Form.Item name="lab" label={t('cases.field.lab')}><Input maxLength={300} /></Form.Item>
      <Form.Item name="result" label={t('cases.field.result')}>
        <Select data-testid="test-result" options={(['pending', 'negative', 'positive', 'invalid'] as const).map((r) => ({ value: r, label: t(`cases.result.${r}`) }))} />
      </Form.Item>
      {result && result !== 'pending' && (
        <Form.Item name="resultAt" label={t('cases.field.resultAt')}>
          <DatePicker showTime format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="symptoms" valuePropName="checked"><Checkbox>{t('cases.field.symptoms')}</Checkbox></Form.Item>
      <Button type="primary" htmlType="submit" block data-testid="test-submit">{t('cases.tests.record')}</Button>
    </Form>
  );
}
