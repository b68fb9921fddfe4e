import { Alert, Button, Flex, Progress, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, query, type RowError } from '../../api/client.ts';
import { uploadXlsx } from '../../api/upload.ts';
import type { DoseImportReply } from '../../api/vaccines.ts';
import { RegisterDropZone } from '../people/RegisterDropZone.tsx';

/** Doses from a CSV or Excel file: check first, then import; every bad row listed, nothing applied until all are valid. */
export function DoseImport({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [reply, setReply] = useState<DoseImportReply | null>(null);
  const [rows, setRows] = useState<RowError[]>([]);
  const [error, setError] = useState<string | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    setError(null);
    setRows([]);
    setReply(null);
    try {
      setReply(await uploadXlsx<DoseImportReply>(`/api/doses/import${query({ dryRun })}`, file, setProgress));
      if (!dryRun) onDone();
    } catch (e) {
      if (e instanceof ApiError && e.rows.length) setRows(e.rows);
      setError(errorMessage(e, t));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Alert type="info" message={t('vaccines.import.columns')} />
      <RegisterDropZone file={file} disabled={progress !== null} prompt={t('vaccines.import.prompt')} refused={t('vaccines.import.refused')}
        onPick={setFile} onReject={setError} />
      <Flex gap={8}>
        <Button disabled={!file || progress !== null} onClick={() => void send(true)}>{t('vaccines.import.check')}</Button>
        <Button type="primary" disabled={!file || progress !== null} onClick={() => void send(false)}>{t('vaccines.import.apply')}</Button>
      </Flex>
      {progress !== null && <Progress percent={progress} />}
      {reply && (
        <Alert type="success" message={t(reply.dryRun ? 'vaccines.import.checked' : 'vaccines.import.done', { rows: reply.rows, created: reply.created, skipped: reply.skipped })} />
      )}
      {error && <Alert type="error" message={error} />}
      {rows.length > 0 && (
        <Table<RowError>
          size="small"
          rowKey="row"
          pagination={{ pageSize: 50 }}
          dataSource={rows}
          columns={[
            { title: t('vaccines.import.row'), dataIndex: 'row', width: 80 },
            { title: t('vaccines.import.errors'), key: 'e', render: (_: unknown, r: RowError) => r.errors.map((e) => `${e.field}: ${e.message}`).join('; ') },
          ]}
        />
      )}
    </Flex>
  );
}
