import { CheckOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag } from 'antd';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { flagsWithin } from '../../../domain/epidemic-level-validate.ts';

/** The "to be confirmed" marks of the set being edited, and whether the user may confirm them. */
export interface Marks {
  toConfirm: string[];
  canConfirm: boolean;
  /** removes the marks (Save records it) */
  confirm(paths: string[]): void;
}

export const MarksContext = createContext<Marks>({ toConfirm: [], canConfirm: false, confirm: () => {} });

/** Paths of the definition that carry a mark in the editor; marks elsewhere are listed at the top. */
export const ANCHORS = [
  'caseRate.thresholds.0', 'caseRate.thresholds.1', 'caseRate.thresholds.2', 'caseRate.above',
  'coverage.conditions.0', 'coverage.conditions.1', 'coverage.conditions.2', 'coverage.conditions.3',
  'matrix.met', 'matrix.notMet',
  'capacity.freeBedsPer100kMin', 'capacity.icuBedsPer100kMin', 'capacity.whenNotMet',
  'severity.oxygenRate', 'severity.deathRate', 'rollUp',
];

/** "cần xác nhận" beside a value whose path (or a part of it) is marked; a national administrator may confirm it. */
export function ConfirmMark({ path }: { path: string }) {
  const { t } = useTranslation();
  const { toConfirm, canConfirm, confirm } = useContext(MarksContext);
  const marks = flagsWithin(toConfirm, path);
  if (!marks.length) return null;
  return (
    <Space size={4} data-testid={`to-confirm-${path}`}>
      <Tag color="orange" style={{ marginInlineEnd: 0 }}>{t('levelRules.editor.toConfirm')}</Tag>
      {canConfirm && (
        <Popconfirm title={t('levelRules.editor.confirmTitle')} okText={t('levelRules.editor.confirm')} cancelText={t('levelRules.list.cancel')}
          onConfirm={() => confirm(marks)}>
          <Button size="small" type="link" icon={<CheckOutlined />} data-testid={`confirm-${path}`}>{t('levelRules.editor.confirm')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
