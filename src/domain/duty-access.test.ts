import { describe, expect, it } from 'vitest';
import { dutyReadable, parentPath } from './duty-access.ts';

const nation = '/1/';
const quangNinh = '/1/22/';
const haNoi = '/1/01/';
const haLong = '/1/22/193/';
const uongBi = '/1/22/196/';
const hongGai = '/1/22/193/6691/';
const bachDang = '/1/22/193/6694/';
const vangDanh = '/1/22/196/6808/';
const baDinh = '/1/01/001/';

describe('duty roster readers', () => {
  it('finds the parent path', () => {
    expect(parentPath(hongGai)).toBe(haLong);
    expect(parentPath(quangNinh)).toBe(nation);
    expect(parentPath(nation)).toBeNull();
  });

  it('are the unit, the levels above, its subtree and the units beside it', () => {
    expect(dutyReadable(hongGai, hongGai)).toBe(true);
    expect(dutyReadable(haLong, hongGai)).toBe(true); // above
    expect(dutyReadable(nation, vangDanh)).toBe(true);
    expect(dutyReadable(hongGai, haLong)).toBe(true); // the commune calls its district
    expect(dutyReadable(hongGai, nation)).toBe(true);
    expect(dutyReadable(hongGai, bachDang)).toBe(true); // beside
    expect(dutyReadable(haLong, uongBi)).toBe(true);
    expect(dutyReadable(quangNinh, haNoi)).toBe(true);
  });

  it('are not cousins, nor units of another district or province', () => {
    expect(dutyReadable(hongGai, vangDanh)).toBe(false);
    expect(dutyReadable(hongGai, uongBi)).toBe(false);
    expect(dutyReadable(haLong, vangDanh)).toBe(false);
    expect(dutyReadable(quangNinh, baDinh)).toBe(false);
    expect(dutyReadable(haLong, haNoi)).toBe(false);
  });

  it('do not mistake a longer id for a child', () => {
    expect(dutyReadable('/1/22/19/', '/1/22/193/6691/')).toBe(false);
  });
});
