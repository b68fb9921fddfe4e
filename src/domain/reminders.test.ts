import { describe, expect, it } from 'vitest';
import { hourAndDate, normaliseEmail } from './reminders.ts';

describe('reminder texts', () => {
  it('writes a deadline in Vietnam time, hour first', () => {
    expect(hourAndDate(new Date('2021-12-12T10:00:00Z'))).toBe('17:00 12/12/2021');
    // 23:30 UTC is already the next morning in Vietnam
    expect(hourAndDate(new Date('2021-12-31T23:30:00Z'))).toBe('06:30 01/01/2022');
  });

  it('takes an address trimmed and lower-cased, empty as none, and refuses what cannot be routed', () => {
    expect(normaliseEmail('  Tran.Van.A@QuangNinh.gov.vn ')).toBe('tran.van.a@quangninh.gov.vn');
    expect(normaliseEmail('   ')).toBeNull();
    for (const bad of ['vanthu', 'van thu@x.vn', 'a@b', 'a@@b.vn', 'a@b..vn', `${'a'.repeat(250)}@b.vn`]) {
      expect(normaliseEmail(bad), bad).toBeUndefined();
    }
  });
});
