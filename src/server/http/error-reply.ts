import type { FastifyError } from 'fastify';
import { AppError } from './errors.ts';
import { msg, type Lang } from './lang.ts';
import { schemaMessage } from './schema-messages.ts';

/** The status and body of an error reply, in the user's language (the app's error handler and progress streams). */
export function errorReply(err: FastifyError | AppError, lang: Lang) {
  if (err instanceof AppError) {
    return { status: err.status, body: { error: { code: err.code, message: err.message, fields: err.fields, rows: err.rows } } };
  }
  if (err.validation) {
    const fields = err.validation.map((v) => {
      const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
      const field = [v.instancePath.replace(/^\//, '').replace(/\//g, '.'), missing].filter(Boolean).join('.') || err.validationContext || 'body';
      return { field, message: schemaMessage(field, v, lang) };
    });
    return { status: 400, body: { error: { code: 'bad_request', message: msg('badInput', lang), fields } } };
  }
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err.statusCode === 400 && err instanceof SyntaxError)) {
    return { status: 400, body: { error: { code: 'bad_request', message: msg('badJson', lang) } } };
  }
  if (err.statusCode === 429) return { status: 429, body: { error: { code: 'rate_limited', message: msg('rateLimited', lang) } } };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, body: { error: { code: 'bad_request', message: `${msg('badInput', lang)}: ${err.message}` } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: msg('internal', lang) } } };
}
