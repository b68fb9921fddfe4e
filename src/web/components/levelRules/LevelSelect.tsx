import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, LEVELS, type Level } from '../../../domain/epidemic-level.ts';

const swatch = (level: number) => {
  const colour = LEVEL_COLOURS[level as Level] ?? '#d9d9d9';
  // yellow needs dark text to stay readable
  return { background: colour, color: level === 2 ? '#1f1f1f' : '#ffffff', borderRadius: 4, padding: '0 8px', fontWeight: 600 };
};

/** A level 1–4 shown in its colour (a form control: value/onChange come from Form.Item). */
export function LevelSelect({ value, onChange, disabled, testId }: { value?: number; onChange?: (v: number) => void; disabled?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const label = (l: number) => <span style={swatch(l)}>{t('levelRules.editor.level', { n: l })}</span>;
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      disabled={disabled}
      data-testid={testId}
      data-level={value}
      style={{ width: '100%', minWidth: 96 }}
      options={LEVELS.map((l) => ({ value: l, label: label(l) }))}
      labelRender={({ value: v }) => label(Number(v))}
    />
  );
}
