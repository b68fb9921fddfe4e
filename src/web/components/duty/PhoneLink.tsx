import { PhoneOutlined } from '@ant-design/icons';

/** "0912345678" → "0912 345 678", "02033825123" → "0203 3825 123", "19009095" → "1900 9095". */
export function formatPhone(p: string): string {
  if (/^0\d{9}$/.test(p)) return `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`;
  if (/^02\d{9}$/.test(p)) return `${p.slice(0, 4)} ${p.slice(4, 8)} ${p.slice(8)}`;
  if (/^1[89]00\d+$/.test(p)) return `${p.slice(0, 4)} ${p.slice(4)}`;
  return p;
}

/** A number to call with one tap on a phone. */
export function PhoneLink({ phone, big = false }: { phone: string; big?: boolean }) {
  return (
    <a href={`tel:${phone}`} style={{ whiteSpace: 'nowrap', ...(big ? { fontSize: 16, fontWeight: 500 } : {}) }}>
      <PhoneOutlined /> {formatPhone(phone)}
    </a>
  );
}
