/**
 * Long work (a large import) reported as it goes, for a client that asks for it with
 * `Accept: application/x-ndjson`: one JSON line per progress step (at most every 250 ms), then a
 * last line with the result or the error (its status and the body the same error would have as
 * a plain reply). The HTTP status is 200 once the first line is out, so the last line decides.
 */
import { PassThrough } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorReply } from './error-reply.ts';
import type { AppError } from './errors.ts';
import { langOf } from './lang.ts';

export const PROGRESS_STREAM = 'application/x-ndjson';
const EVERY_MS = 250;

export const wantsProgress = (req: FastifyRequest) => (req.headers.accept ?? '').includes(PROGRESS_STREAM);

export type ProgressLine<P, T> =
  | ({ type: 'progress' } & P)
  | { type: 'result'; result: T }
  | { type: 'error'; status: number; error: unknown };

export function sendWithProgress<P extends { done: number; total: number }, T>(
  req: FastifyRequest, res: FastifyReply, work: (onProgress: (p: P) => void) => Promise<T>,
): FastifyReply {
  const out = new PassThrough();
  const line = (l: ProgressLine<P, T>) => out.write(`${JSON.stringify(l)}\n`);
  let last = 0;
  const onProgress = (p: P) => {
    const t = Date.now();
    if (t - last < EVERY_MS && p.done < p.total) return;
    last = t;
    line({ type: 'progress', ...p });
  };
  work(onProgress)
    .then((result) => line({ type: 'result', result }))
    .catch((err: FastifyError | AppError) => {
      const { status, body } = errorReply(err, langOf(req));
      if (status >= 500) req.log.error(err);
      line({ type: 'error', status, error: body.error });
    })
    .finally(() => out.end());
  // proxies (nginx) would otherwise hold the lines back until the end
  return res.header('content-type', `${PROGRESS_STREAM}; charset=utf-8`).header('cache-control', 'no-store').header('x-accel-buffering', 'no').send(out);
}
