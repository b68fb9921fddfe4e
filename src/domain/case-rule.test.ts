import { describe, expect, it } from 'vitest';
import { confirms, ruleInForce, type CaseRule } from './case-rule.ts';

const v1: CaseRule = { pcrPositive: true, antigenWithSymptoms: true, antigenAlone: false };

describe('the case rule', () => {
  it('a positive PCR confirms; a negative or pending one does not', () => {
    expect(confirms(v1, { kind: 'pcr', result: 'positive', symptoms: false })).toBe(true);
    expect(confirms(v1, { kind: 'pcr', result: 'negative', symptoms: true })).toBe(false);
    expect(confirms(v1, { kind: 'pcr', result: 'pending', symptoms: true })).toBe(false);
    expect(confirms(v1, { kind: 'pcr', result: 'pool_positive', symptoms: true })).toBe(false);
  });
  it('a positive antigen test confirms with symptoms only, unless the rule says alone', () => {
    expect(confirms(v1, { kind: 'antigen', result: 'positive', symptoms: true })).toBe(true);
    expect(confirms(v1, { kind: 'antigen', result: 'positive', symptoms: false })).toBe(false);
    expect(confirms({ ...v1, antigenAlone: true }, { kind: 'antigen', result: 'positive', symptoms: false })).toBe(true);
  });
  it('the version in force is the latest from that date or before', () => {
    const versions = [
      { version: 1, validFrom: '2020-01-01' },
      { version: 2, validFrom: '2022-02-01' },
    ];
    expect(ruleInForce(versions, '2022-01-31')?.version).toBe(1);
    expect(ruleInForce(versions, '2022-02-01')?.version).toBe(2);
    expect(ruleInForce(versions, '2019-12-31')).toBeUndefined();
  });
});
