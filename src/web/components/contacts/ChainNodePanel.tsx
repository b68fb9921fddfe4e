import { Button, Descriptions, Drawer, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ChainNode } from '../../../server/modules/contacts/schema.ts';
import { fetchPersonContacts } from '../../api/contacts.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { DegreeTag, personName } from './people.tsx';

interface Props {
  node: ChainNode | null;
  canWrite: boolean;
  onClose(): void;
}

/** The brief of a clicked person: inside the scope their sources and contacts, outside only the structure. */
export function ChainNodePanel({ node, canWrite, onClose }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const detail = useAsync(() => (node?.visible ? fetchPersonContacts(node.id) : null), [node?.id, node?.visible]);
  const d = node && detail.data?.personId === node.id ? detail.data : undefined;

  return (
    <Drawer open={node !== null} onClose={onClose} size={420} title={node ? (node.label ?? `${t('contacts.personNo', { id: node.id })}`) : ''}>
      {node && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {!node.visible && <Tag>{t('contacts.masked')}</Tag>}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('contacts.list.degree')}>
              <DegreeTag degree={node.degree} />
              {node.activeQuarantine && <Tag color="blue">{t('contacts.chain.activeQuarantine')}</Tag>}
            </Descriptions.Item>
            {node.isCase && node.caseStatus && (
              <Descriptions.Item label={t('contacts.chain.status')}>{t(`contacts.caseStatus.${node.caseStatus as 'home_care'}`)}</Descriptions.Item>
            )}
            {node.confirmedAt && <Descriptions.Item label={t('contacts.chain.confirmedAt')}>{f.dateTime(node.confirmedAt)}</Descriptions.Item>}
            {node.generation !== null && <Descriptions.Item label={t('contacts.chain.generation')}>{node.generation}</Descriptions.Item>}
            {node.clusterName && <Descriptions.Item label={t('contacts.chain.cluster')}>{node.clusterName}</Descriptions.Item>}
          </Descriptions>
          {d && (
            <>
              <Typography.Text strong>{t('contacts.chain.sources')}</Typography.Text>
              <List
                size="small"
                dataSource={d.up}
                renderItem={(c) => (
                  <List.Item>
                    {personName(t, c.source)} · {t(`contacts.exposure.${c.exposureType}`)} · {f.date(c.exposureDate)}
                  </List.Item>
                )}
              />
              <Typography.Text strong>
                {t('contacts.chain.exposed')}: {d.down.length}
              </Typography.Text>
              <List
                size="small"
                dataSource={d.down.slice(0, 50)}
                renderItem={(c) => (
                  <List.Item>
                    {personName(t, c.person)} <DegreeTag degree={c.degree} />
                  </List.Item>
                )}
              />
            </>
          )}
          <Space wrap>
            {node.visible && <Button onClick={() => navigate(`/chain/${node.id}`)}>{t('contacts.chain.openHere')}</Button>}
            {node.visible && canWrite && (
              <Button type="primary" onClick={() => navigate(`/contacts/line-list/${node.id}`)}>
                {t('contacts.chain.listContacts')}
              </Button>
            )}
          </Space>
        </Space>
      )}
    </Drawer>
  );
}
