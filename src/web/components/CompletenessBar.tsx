import { Progress, Tooltip } from 'antd';
import type { Completeness } from '../../server/modules/rollups/schema.ts';
import { useFormat } from '../hooks/useFormat.ts';

export function completenessPercent(c: Completeness): number {
  return c.expected ? Math.round((c.reported / c.expected) * 100) : 0;
}

export function CompletenessBar({ c, width = 90 }: { c: Completeness; width?: number }) {
  const f = useFormat();
  const percent = completenessPercent(c);
  return (
    <Tooltip title={f.pct(c.expected ? c.reported / c.expected : null)}>
      <div style={{ minWidth: width }}>
        <span className="ec-num">
          {f.num(c.reported)}/{f.num(c.expected)}
        </span>
        <Progress
          percent={percent}
          size="small"
          showInfo={false}
          status={percent >= 100 ? 'success' : 'normal'}
          style={{ margin: 0 }}
        />
      </div>
    </Tooltip>
  );
}
