import Ajv from 'ajv';
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { IsoDate, Nullable } from './common-schema.ts';

// the app validates requests as here (coerceTypes), so a null must stay null and a 0 stay 0
const ajv = new Ajv({ coerceTypes: true, allErrors: true, strict: false });
const check = (schema: object, x: unknown) => {
  const body = { x };
  const ok = ajv.compile({ type: 'object', properties: { x: schema } })(body);
  return ok ? body.x : 'invalid';
};

describe('Nullable', () => {
  it('keeps null and 0 apart under type coercion', () => {
    const n = Nullable(Type.Number({ minimum: 0 }));
    expect([null, 0, 5, '7', -1].map((x) => check(n, x))).toEqual([null, 0, 5, 7, 'invalid']);
    const d = Nullable(IsoDate);
    expect([null, '2021-12-10', 'x'].map((x) => check(d, x))).toEqual([null, '2021-12-10', 'invalid']);
    expect(check(Nullable(Type.Object({ a: Type.Number() })), null)).toBeNull();
  });
});
