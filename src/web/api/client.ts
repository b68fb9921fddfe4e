import type { Lang } from '../i18n/lang.ts';

export interface FieldError {
  field: string;
  message: string;
}
export interface RowError {
  row: number;
  errors: FieldError[];
}

/** `code` is the server's error code, or 'network' / 'timeout' / 'http' for failures without a JSON error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly rows: RowError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TIMEOUT_MS = 30_000;

let csrfToken: string | null = null;
let language: Lang = 'vi';
const unauthorizedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: Lang): void {
  language = lang;
}

/** Plain links (downloads) cannot send headers: they name the language in the query. */
export function apiLanguage(): Lang {
  return language;
}

/** Called when the session has expired (401 on a request other than sign-in). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function requestHeaders(method: string, extra: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language, ...extra };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown; rows?: unknown };
}

/** Builds an ApiError from a failed response's status and parsed body (which may be anything). */
export function toApiError(status: number, body: unknown): ApiError {
  const e = (body as ErrorBody | null)?.error;
  if (e && typeof e.message === 'string') {
    return new ApiError(
      status,
      typeof e.code === 'string' ? e.code : 'http',
      e.message,
      Array.isArray(e.fields) ? (e.fields as FieldError[]) : [],
      Array.isArray(e.rows) ? (e.rows as RowError[]) : [],
    );
  }
  return new ApiError(status, 'http', '');
}

export function notifyUnauthorized(path: string, status: number): void {
  if (status === 401 && !path.startsWith('/api/auth/')) unauthorizedListeners.forEach((l) => l());
}

/**
 * `fetch` with the app's timeout and the body read as JSON when it is JSON; a network failure or
 * a timeout is an ApiError of status 0. Shared by the signed-in client and the public portal's.
 */
export async function fetchJson(path: string, init: RequestInit): Promise<{ ok: boolean; status: number; body: unknown }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(path, { ...init, signal: controller.signal });
  } catch {
    throw new ApiError(0, controller.signal.aborted ? 'timeout' : 'network', '');
  } finally {
    clearTimeout(timer);
  }
  const text = await res.text().catch(() => '');
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { ok: res.ok, status: res.status, body };
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetchJson(path, {
    method,
    credentials: 'same-origin',
    headers: requestHeaders(method, body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    notifyUnauthorized(path, res.status);
    throw toApiError(res.status, res.body);
  }
  return res.body as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

type Translate = (key: 'errors.network' | 'errors.timeout' | 'errors.http', options?: { status: number }) => string;

/** The message to show for any thrown value. */
export function errorMessage(err: unknown, t: Translate): string {
  if (err instanceof ApiError) {
    if (err.message) return err.message;
    if (err.code === 'network') return t('errors.network');
    if (err.code === 'timeout') return t('errors.timeout');
    return t('errors.http', { status: err.status });
  }
  return err instanceof Error ? err.message : String(err);
}
