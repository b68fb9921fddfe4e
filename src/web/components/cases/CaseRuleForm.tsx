import { App, Button, DatePicker, Form, Input, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addCaseRule } from '../../api/cases.ts';
import { errorMessage } from '../../api/client.ts';
import { addDays, today } from '../../dates.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

export const RULE_SWITCHES = ['pcrPositive', 'antigenWithSymptoms', 'antigenAlone'] as const;

interface Values {
  validFrom: dayjs.Dayjs;
  pcrPositive: boolean;
  antigenWithSymptoms: boolean;
  antigenAlone: boolean;
  note?: string;
}

/** A new rule version from a day after the latest version's (national admin); old versions stay as they were. */
export function CaseRuleForm({ latestFrom, onSaved }: { latestFrom: string | undefined; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const earliest = latestFrom && latestFrom >= today() ? addDays(latestFrom, 1) : today();

  const submit = async (v: Values) => {
    if (!v.pcrPositive && !v.antigenWithSymptoms && !v.antigenAlone) {
      void message.error(t('cases.rules.atLeastOne'));
      return;
    }
    try {
      await addCaseRule({
        validFrom: v.validFrom.format('YYYY-MM-DD'),
        rule: { pcrPositive: v.pcrPositive, antigenWithSymptoms: v.antigenWithSymptoms, antigenAlone: v.antigenAlone },
        note: v.note?.trim() || null,
      });
      void message.success(t('cases.rules.saved'));
      form.resetFields();
      onSaved();
    } catch (e) {
      if (!showFieldErrors(form, e, ['validFrom', 'note'])) void message.error(errorMessage(e, t));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ validFrom: dayjs(earliest), pcrPositive: true, antigenWithSymptoms: true, antigenAlone: false }}
    >
      <Form.Item name="validFrom" label={t('cases.rules.validFrom')} rules={[{ required: true }]}>
        <DatePicker
          format="DD/MM/YYYY"
          style={{ width: '100%' }}
          disabledDate={(d) => latestFrom !== undefined && d.format('YYYY-MM-DD') <= latestFrom}
        />
      </Form.Item>
      {RULE_SWITCHES.map((k) => (
        <Form.Item key={k} name={k} label={t(`cases.rules.${k}`)} valuePropName="checked">
          <Switch checkedChildren={t('cases.rules.yes')} unCheckedChildren={t('cases.rules.no')} />
        </Form.Item>
      ))}
      <Form.Item name="note" label={t('cases.rules.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block>{t('cases.rules.add')}</Button>
    </Form>
  );
}
