import { Flex, Form, InputNumber, Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, type Bands } from '../../../domain/epidemic-level.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { bandLabels } from './editorValues.ts';
import { ConfirmMark } from './marks.tsx';

interface Props {
  /** the form name of the bands: ['definition', 'caseRate'] */
  name: (string | number)[];
  /** its path in the definition, for the "to be confirmed" marks: 'caseRate' */
  path: string;
  testId: string;
}

/** Three thresholds in order, the ≥/> switch, and the four groups they make. */
export function BandsEditor({ name, path, testId }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const form = Form.useFormInstance();
  const bands = Form.useWatch(name, form) as Bands | null | undefined;
  const labels = bands ? bandLabels(bands.thresholds, bands.above, (n) => f.num(n)) : [];
  return (
    <div data-testid={testId}>
      <Flex wrap gap={16} align="flex-start">
        {[0, 1, 2].map((i) => (
          <Form.Item key={i} name={[...name, 'thresholds', i]} label={<>{t('levelRules.editor.threshold', { n: i + 1 })}&nbsp;<ConfirmMark path={`${path}.thresholds.${i}`} /></>}
            style={{ minWidth: 160, marginBottom: 8 }}>
            <InputNumber data-testid={`${testId}-threshold-${i}`} style={{ width: 140 }} />
          </Form.Item>
        ))}
        <Form.Item name={[...name, 'above']} label={<>{t('levelRules.editor.above')}&nbsp;<ConfirmMark path={`${path}.above`} /></>} style={{ marginBottom: 8 }}>
          <Radio.Group optionType="button" data-testid={`${testId}-above`}
            options={[{ value: 'gte', label: t('levelRules.editor.aboveGte') }, { value: 'gt', label: t('levelRules.editor.aboveGt') }]} />
        </Form.Item>
      </Flex>
      <Flex wrap gap={4} data-testid={`${testId}-groups`}>
        {labels.map((label, i) => (
          <Tag key={i} style={{ borderColor: LEVEL_COLOURS[(i + 1) as 1 | 2 | 3 | 4], borderWidth: 2 }}>
            {t('levelRules.editor.group', { n: i + 1 })}: {label}
          </Tag>
        ))}
      </Flex>
    </div>
  );
}
