import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, query, toApiError } from './client.ts';

const t = (key: string, o?: { status: number }) => (o ? `${key}:${o.status}` : key);

describe('toApiError', () => {
  it('reads the server error shape', () => {
    const e = toApiError(422, {
      error: { code: 'validation', message: 'Số liệu chưa hợp lệ', fields: [{ field: 'deaths', message: 'x' }] },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.message]).toEqual([422, 'validation', 'Số liệu chưa hợp lệ']);
    expect(e.fields).toEqual([{ field: 'deaths', message: 'x' }]);
    expect(e.rows).toEqual([]);
  });
  it('copes with a body that is not an API error', () => {
    const e = toApiError(502, undefined);
    expect([e.code, e.message]).toEqual(['http', '']);
    expect(errorMessage(e, t)).toBe('errors.http:502');
  });
});

describe('errorMessage', () => {
  it('prefers the server message, then explains network failures', () => {
    expect(errorMessage(new ApiError(403, 'forbidden', 'Không có quyền'), t)).toBe('Không có quyền');
    expect(errorMessage(new ApiError(0, 'network', ''), t)).toBe('errors.network');
    expect(errorMessage(new ApiError(0, 'timeout', ''), t)).toBe('errors.timeout');
  });
});

describe('query', () => {
  it('drops empty parameters', () => {
    expect(query({ form: 'BCTH-NGAY', date: undefined, start: '', unitId: 5, dryRun: false })).toBe(
      '?form=BCTH-NGAY&unitId=5&dryRun=false',
    );
    expect(query({ date: undefined })).toBe('');
  });
});
