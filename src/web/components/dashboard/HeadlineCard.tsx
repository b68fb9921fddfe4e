import { Card } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  value: ReactNode;
  testId?: string;
  sub?: ReactNode;
  color?: string;
  children?: ReactNode;
}

export function HeadlineCard({ title, value, testId, sub, color, children }: Props) {
  return (
    <Card size="small" style={{ height: '100%' }} styles={{ body: { padding: '12px 14px' } }}>
      <div className="ec-card-sub" style={{ marginTop: 0 }}>
        {title}
      </div>
      <div className="ec-card-value" style={{ color }} data-testid={testId}>
        {value}
      </div>
      {children}
      {sub && <div className="ec-card-sub">{sub}</div>}
    </Card>
  );
}
