import type { ImportReply } from '../../server/modules/exchange/schema.ts';
import { ApiError, notifyUnauthorized, query, requestHeaders, toApiError } from './client.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportSummary = ImportReply;

export interface PopulationImportReply {
  imported: number;
}

/** POSTs the raw .xlsx with XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadXlsx<T>(path: string, file: Blob, onProgress: (percent: number) => void): Promise<T> {
  return uploadFile<T>('POST', path, file, XLSX, onProgress);
}

interface RawSend {
  method: string;
  path: string;
  file: Blob;
  headers: Record<string, string>;
  timeout: number;
  onUpload(percent: number): void;
  /** the reply so far, as it streams in */
  onReply?(xhr: XMLHttpRequest): void;
}

/** Sends a raw file as the request body with XMLHttpRequest; resolves with the finished request, rejects on network errors and timeouts. */
function sendRaw(r: RawSend): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(r.method, r.path);
    xhr.withCredentials = true;
    xhr.timeout = r.timeout;
    for (const [k, v] of Object.entries(requestHeaders(r.method, r.headers))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) r.onUpload(Math.round((e.loaded / e.total) * 100));
    };
    if (r.onReply) xhr.onprogress = () => r.onReply!(xhr);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.ontimeout = () => reject(new ApiError(0, 'timeout', ''));
    xhr.send(r.file);
  });
}

const ok = (xhr: XMLHttpRequest) => xhr.status >= 200 && xhr.status < 300;

/** A JSON text parsed; undefined when empty or no JSON (a proxy's error page, say). */
function jsonOf(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Sends a raw file as the request body, reporting upload progress. */
export async function uploadFile<T>(method: string, path: string, file: Blob, contentType: string, onProgress: (percent: number) => void): Promise<T> {
  const xhr = await sendRaw({ method, path, file, headers: { 'Content-Type': contentType }, timeout: 120_000, onUpload: onProgress });
  const body = jsonOf(xhr.responseText);
  if (!ok(xhr)) {
    notifyUnauthorized(path, xhr.status);
    throw toApiError(xhr.status, body);
  }
  onProgress(100);
  return body as T;
}

export function uploadImport(
  form: string,
  file: Blob,
  dryRun: boolean,
  onProgress: (percent: number) => void,
): Promise<ImportSummary> {
  return uploadXlsx<ImportSummary>(`/api/reports/import${query({ form, dryRun })}`, file, onProgress);
}

/** Population by age group (administrators only): every row valid, or nothing is applied. */
export function uploadPopulation(file: Blob, onProgress: (percent: number) => void): Promise<PopulationImportReply> {
  return uploadXlsx<PopulationImportReply>('/api/units/population/import', file, onProgress);
}

/** Where a streamed import is: the file going up, then rows worked through on the server. */
export type StreamProgress = { stage: 'upload'; percent: number } | { stage: 'check' | 'write'; done: number; total: number };

type StreamLine = { type?: string; phase?: string; done?: number; total?: number; result?: unknown; status?: number; error?: unknown };

/**
 * Sends a raw file to a route that streams its progress (Accept: application/x-ndjson): upload
 * progress, then the server's `{type:'progress', phase, done, total}` lines, then its result or error.
 */
export async function uploadWithProgress<T>(path: string, file: Blob, contentType: string, onProgress: (p: StreamProgress) => void): Promise<T> {
  let read = 0; // the reply's text up to here is parsed
  const xhr = await sendRaw({
    method: 'POST', path, file, headers: { 'Content-Type': contentType, Accept: 'application/x-ndjson' }, timeout: 600_000,
    onUpload: (percent) => onProgress({ stage: 'upload', percent }),
    onReply: (x) => {
      const end = x.responseText.lastIndexOf('\n'); // a partial last line waits for the next event
      if (end < read) return;
      for (const line of x.responseText.slice(read, end).split('\n')) {
        const l = line ? (jsonOf(line) as StreamLine | undefined) : undefined;
        if (l?.type === 'progress') onProgress({ stage: l.phase === 'write' ? 'write' : 'check', done: l.done ?? 0, total: l.total ?? 0 });
      }
      read = end + 1;
    },
  });
  const text = xhr.responseText.trimEnd();
  const last = ok(xhr) ? (jsonOf(text.slice(text.lastIndexOf('\n') + 1)) as StreamLine | undefined) : undefined;
  if (last?.type === 'result') return last.result as T;
  const status = last?.type === 'error' ? (last.status ?? 500) : ok(xhr) ? 500 : xhr.status;
  notifyUnauthorized(path, status);
  throw toApiError(status, last?.type === 'error' ? { error: last.error } : jsonOf(text));
}
