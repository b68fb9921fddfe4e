import type { LotRow } from './repository.ts';
import type { Lot } from './schema.ts';

export const presentLot = (l: LotRow): Lot => ({
  id: l.id,
  code: l.code,
  product: { id: l.productId, code: l.productCode, name: l.productName },
  expiryDate: l.expiryDate,
});

export const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());
