import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, type RowError } from '../api/client.ts';

export type UploadOutcome<T> =
  | { kind: 'ok'; dryRun: boolean; reply: T }
  | { kind: 'rows'; message: string; rows: RowError[] }
  | { kind: 'error'; message: string };

type Send<T, P> = (file: File, dryRun: boolean, onProgress: (progress: P) => void) => Promise<T>;

/**
 * One picked file sent with a progress bar; the reply, every bad row, or the error. Progress is
 * the upload's percent unless `send` reports more (its first value is `start`).
 */
export function useXlsxUpload<T, P = number>(send: Send<T, P>, start: P = 0 as P) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<P | null>(null);
  const [outcome, setOutcome] = useState<UploadOutcome<T> | null>(null);

  const run = async (dryRun = false) => {
    if (!file) return;
    setOutcome(null);
    setProgress(start);
    try {
      setOutcome({ kind: 'ok', dryRun, reply: await send(file, dryRun, setProgress) });
    } catch (e) {
      const message = errorMessage(e, t);
      setOutcome(e instanceof ApiError && e.rows.length ? { kind: 'rows', message, rows: e.rows } : { kind: 'error', message });
    } finally {
      setProgress(null);
    }
  };

  return {
    file,
    progress,
    outcome,
    busy: progress !== null,
    run,
    pick(f: File) {
      setOutcome(null);
      setFile(f);
    },
    reject(message: string) {
      setFile(null);
      setOutcome({ kind: 'error', message });
    },
  };
}
