import { Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmMark } from './marks.tsx';

/** How districts and provinces are assessed: their own figures, or raised by the levels below. */
export function RollUpFields() {
  const { t } = useTranslation();
  const method = Form.useWatch(['definition', 'rollUp', 'method']) as 'own' | 'worst_share' | undefined;
  return (
    <Flex wrap gap={16} align="flex-start">
      <Form.Item name={['definition', 'rollUp', 'method']} label={<>{t('levelRules.editor.rollUpMethod')}&nbsp;<ConfirmMark path="rollUp" /></>}
        style={{ minWidth: 320, marginBottom: 8 }}>
        <Select data-testid="rollup-method" options={[
          { value: 'own', label: t('levelRules.editor.rollUpOwn') },
          { value: 'worst_share', label: t('levelRules.editor.rollUpWorst') },
        ]} />
      </Form.Item>
      <Form.Item name={['definition', 'rollUp', 'sharePercent']} label={t('levelRules.editor.sharePercent')} style={{ marginBottom: 8 }}>
        <InputNumber style={{ width: 160 }} disabled={method !== 'worst_share' || undefined} />
      </Form.Item>
    </Flex>
  );
}
