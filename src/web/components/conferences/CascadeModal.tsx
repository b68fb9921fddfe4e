import { Checkbox, Form, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import type { CascadeInput } from '../../api/conferences.ts';

/** A site's follow-on conference: its units below, by the levels chosen (all by default). */
export function CascadeModal({ unit, onCancel, onSave }: { unit: UnitRef; onCancel(): void; onSave(c: CascadeInput): Promise<void> }) {
  const { t } = useTranslation();
  const levels = [1, 2, 3].filter((l) => l > unit.level);
  const [chosen, setChosen] = useState<number[]>(levels);
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());
  const save = async () => {
    setSaving(true);
    try {
      await onSave({ clientId, unitId: unit.id, levels: chosen });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('conferences.cascadeTitle', { unit: unit.fullName })} onCancel={onCancel} onOk={() => void save()} confirmLoading={saving}
      okButtonProps={{ disabled: !chosen.length, 'data-testid': 'cascade-save' } as ButtonProps}>
      <Typography.Paragraph type="secondary">{t('conferences.cascadeHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('conferences.byLevel')}>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v)}
            options={levels.map((l) => ({ value: l, label: t(`conferences.levels.${l}` as 'conferences.levels.1') }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
