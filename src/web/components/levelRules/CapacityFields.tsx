import { Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmMark } from './marks.tsx';

/** Minimum free beds and ICU beds per 100,000 people (empty: not checked), and what happens below them. */
export function CapacityFields() {
  const { t } = useTranslation();
  const labelled = (key: 'freeBeds' | 'icuBeds' | 'whenNotMet', path: string) => (
    <>{t(`levelRules.editor.${key}`)}&nbsp;<ConfirmMark path={path} /></>
  );
  return (
    <Flex wrap gap={16}>
      <Form.Item name={['definition', 'capacity', 'freeBedsPer100kMin']} label={labelled('freeBeds', 'capacity.freeBedsPer100kMin')} style={{ marginBottom: 8 }}>
        <InputNumber placeholder={t('levelRules.editor.notChecked')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name={['definition', 'capacity', 'icuBedsPer100kMin']} label={labelled('icuBeds', 'capacity.icuBedsPer100kMin')} style={{ marginBottom: 8 }}>
        <InputNumber placeholder={t('levelRules.editor.notChecked')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name={['definition', 'capacity', 'whenNotMet']} label={labelled('whenNotMet', 'capacity.whenNotMet')} style={{ marginBottom: 8, minWidth: 200 }}>
        <Select options={[{ value: 'raise_one', label: t('levelRules.editor.raiseOne') }, { value: 'none', label: t('levelRules.editor.none') }]} />
      </Form.Item>
    </Flex>
  );
}
