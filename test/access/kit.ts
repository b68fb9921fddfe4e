/**
 * What an area's access cases need from the shared access test (test/access.test.ts): the app,
 * the sessions and units it set up, and its assertions. Each area keeps its route cases in a
 * file of its own here and the access test merges them; the access test checks that together
 * they cover every registered route.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from '../helpers/app.ts';

export type UnitKey = 'hongGai' | 'bachDang' | 'haLong' | 'uongBi' | 'vangDanh' | 'quangNinh' | 'nation' | 'phucXa' | 'baDinh' | 'haNoi';
export type SessionKey = 'clerk' | 'district' | 'province' | 'provinceAdmin' | 'admin' | 'viewer';

export interface RouteCase {
  /** the request made without a session (a valid body, so that only the session is missing) */
  anon: () => InjectOptions;
  /** status without a session; 401 unless the route is public */
  anonStatus?: number;
  /** being added concurrently: checked only once registered */
  optional?: boolean;
  /** what each user may and may not do through this route */
  scope: () => Promise<void>;
}

export interface AccessKit {
  /** set before any case runs */
  readonly t: TestApp;
  /** units: xa.honggai's commune Hồng Gai (06691) and Bạch Đằng (06694) in Hạ Long (193), Vàng Danh (06808) in Uông Bí (196), Quảng Ninh (22); Phúc Xá (00001) in Ba Đình (001), Hà Nội (01); the nation (VN) */
  readonly u: Record<UnitKey, number>;
  /** clerk = xa.honggai, district = tp.halong, province = tinh.quangninh, provinceAdmin = qt.quangninh (admin of a province), admin = trunguong (national), viewer = xem.halong */
  readonly s: Record<SessionKey, Session>;
  status(res: LightMyRequestResponse, code: number): void;
  get(url: string): InjectOptions;
  /** Runs a write that must be refused with `code` and must change nothing in the units' data, the registers or the audit log. */
  refusedWrite(code: number, units: number[], write: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse>;
}

export type AreaCases = (k: AccessKit) => Record<string, RouteCase>;
