import { Alert, Button, Flex, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, query, type RowError } from '../../api/client.ts';
import { uploadWithProgress, type StreamProgress } from '../../api/upload.ts';
import type { DoseImportReply } from '../../api/vaccines.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { RegisterDropZone } from '../people/RegisterDropZone.tsx';

/**
 * One bar for the whole run: the upload, then the check, then (when applying) the writing, each
 * a share of it. The check reports only its end, so the bar waits at its start meanwhile.
 */
function percentOf(p: StreamProgress, checkOnly: boolean): number {
  const [upload, check] = checkOnly ? [40, 60] : [20, 20];
  if (p.stage === 'upload') return Math.round((p.percent * upload) / 100);
  const share = p.total ? p.done / p.total : 0;
  return Math.floor(p.stage === 'check' ? upload + share * check : upload + check + share * (100 - upload - check));
}

/** Doses from a CSV or Excel file: check first, then import; every bad row listed, nothing applied until all are valid. */
export function DoseImport({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { num } = useFormat();
  const [progress, setProgress] = useState<StreamProgress | null>(null);
  const [checkOnly, setCheckOnly] = useState(true);
  const [reply, setReply] = useState<DoseImportReply | null>(null);
  const [rows, setRows] = useState<RowError[]>([]);
  const [error, setError] = useState<string | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setProgress({ stage: 'upload', percent: 0 });
    setCheckOnly(dryRun);
    setError(null);
    setRows([]);
    setReply(null);
    try {
      setReply(await uploadWithProgress<DoseImportReply>(`/api/doses/import${query({ dryRun })}`, file, 'application/octet-stream', setProgress));
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
      <Alert type="info" title={t('vaccines.import.columns')} />
      <RegisterDropZone file={file} disabled={progress !== null} prompt={t('vaccines.import.prompt')} refused={t('vaccines.import.refused')}
        onPick={setFile} onReject={setError} />
      <Flex gap={8}>
        <Button disabled={!file || progress !== null} onClick={() => void send(true)} data-testid="dose-import-check">{t('vaccines.import.check')}</Button>
        <Button type="primary" disabled={!file || progress !== null} onClick={() => void send(false)} data-testid="dose-import-apply">{t('vaccines.import.apply')}</Button>
      </Flex>
      {progress !== null && (
        <div data-testid="dose-import-progress">
          <Typography.Text type="secondary">
            {progress.stage === 'upload'
              ? t('vaccines.import.uploading')
              : t(progress.stage === 'check' ? 'vaccines.import.checking' : 'vaccines.import.writing', { done: num(progress.done), total: num(progress.total) })}
          </Typography.Text>
          <Progress status="active" percent={percentOf(progress, checkOnly)} />
        </div>
      )}
      {reply && (
        <Alert type="success" data-testid="dose-import-done" title={t(reply.dryRun ? 'vaccines.import.checked' : 'vaccines.import.done', { rows: num(reply.rows), created: num(reply.created), skipped: num(reply.skipped) })} />
      )}
      {error && <Alert type="error" title={error} data-testid="dose-import-error" />}
      {rows.length > 0 && (
        <Table<RowError>
          data-testid="dose-import-rows"
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
