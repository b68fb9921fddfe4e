import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** What a team does next with a person: record a test, list their contacts, see the chain. */
export function PersonActions({ personId, canWrite }: { personId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="person-actions">
      {canWrite && (
        <Link to={`/tests?personId=${personId}`}>
          <Button data-testid="action-record-test">{t('people.actions.recordTest')}</Button>
        </Link>
      )}
      {canWrite && (
        <Link to={`/contacts/line-list/${personId}`}>
          <Button data-testid="action-list-contacts">{t('people.actions.listContacts')}</Button>
        </Link>
      )}
      <Link to={`/chain/${personId}`}>
        <Button data-testid="action-chain">{t('people.actions.chain')}</Button>
      </Link>
    </Space>
  );
}
