import type { FieldError } from './common-schema.ts';

export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'internal';

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export interface RowErrors {
  row: number;
  errors: FieldError[];
}

/** An error the client is meant to read: a code, a message in the user's language, details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly rows?: RowErrors[],
  ) {
    super(message);
    this.status = statusOf[code];
  }
}
