import { Tag } from 'antd';
import { useFormat } from '../../hooks/useFormat.ts';

/** reported − registers: nothing when equal or not reported, red when they disagree. */
export function DifferenceTag({ diff }: { diff: number | null }) {
  const f = useFormat();
  if (diff === null || diff === 0) return null;
  return (
    <Tag color="red" data-testid="register-diff">
      {diff > 0 ? '+' : '−'}
      {f.num(Math.abs(diff))}
    </Tag>
  );
}
