import { Breadcrumb } from 'antd';
import { Link } from 'react-router-dom';
import type { UnitRef } from '../../../server/http/common-schema.ts';

export function UnitBreadcrumb({ ancestors, unit, search }: { ancestors: UnitRef[]; unit: UnitRef; search: string }) {
  const sorted = [...ancestors].sort((a, b) => a.level - b.level);
  return (
    <Breadcrumb
      data-testid="unit-breadcrumb"
      items={[
        ...sorted.map((a) => ({ key: a.id, title: <Link to={`/dashboard/${a.id}${search}`}>{a.fullName}</Link> })),
        { key: unit.id, title: unit.fullName },
      ]}
    />
  );
}
