import { Alert, Button, List, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../api/people.ts';
import { useFormat } from '../../hooks/useFormat.ts';

interface Props {
  candidates: Candidate[] | null;
  busy: boolean;
  onOpen(id: number): void;
  onNotDuplicate(): void;
  onCancel(): void;
}

/** The possible duplicates of a person being added: open one of them, or confirm "not the same person". */
export function DuplicateDialog({ candidates, busy, onOpen, onNotDuplicate, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const sameId = candidates?.some((c) => c.reason === 'national_id') ?? false;
  return (
    <Modal
      open={!!candidates}
      title={t(sameId ? 'people.dup.idTitle' : 'people.dup.title')}
      onCancel={onCancel}
      footer={
        <Space wrap>
          <Button onClick={onCancel} data-testid="dup-cancel">{t('people.dup.cancel')}</Button>
          {!sameId && (
            <Button type="primary" danger loading={busy} onClick={onNotDuplicate} data-testid="dup-not-duplicate">
              {t('people.dup.notDuplicate')}
            </Button>
          )}
        </Space>
      }
      data-testid="dup-dialog"
    >
      <Alert type="warning" showIcon title={t('people.dup.intro')} style={{ marginBottom: 12 }} />
      <List
        dataSource={candidates ?? []}
        renderItem={(c) => (
          <List.Item
            actions={c.person.visible ? [<Button key="open" size="small" onClick={() => onOpen(c.person.id)}>{t('people.dup.open')}</Button>] : []}
            data-testid={`dup-candidate-${c.person.id}`}
          >
            <List.Item.Meta
              title={c.person.visible ? c.person.fullName : <Typography.Text type="secondary">{t('people.hidden')}</Typography.Text>}
              description={
                <Space wrap size={4}>
                  <Tag color="orange">{t(`people.dup.reason.${c.reason}`)}</Tag>
                  {c.person.visible && (
                    <Typography.Text type="secondary">
                      {[f.date(c.person.birthDate), c.person.phone, c.person.nationalId, c.person.unit?.fullName].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
