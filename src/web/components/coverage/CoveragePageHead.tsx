import { Col, DatePicker, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import { today } from '../../dates.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';

interface Props {
  title: string;
  subtitle: ReactNode;
  unit: UnitRef;
  date: string;
  onUnit(id: number): void;
  onDate(date: string | null): void;
  /** more controls after the unit and the date (exports, links) */
  extra?: ReactNode;
}

/** The head of the coverage pages: title with the unit, a unit picker and the date. */
export function CoveragePageHead({ title, subtitle, unit, date, onUnit, onDate, extra }: Props) {
  return (
    <Row gutter={[12, 12]} align="bottom" justify="space-between" className="ec-page-head">
      <Col flex="auto">
        <Typography.Title level={3} className="ec-page-title" style={{ marginBottom: 0 }}>
          {title} · {unit.fullName}
        </Typography.Title>
        <Typography.Text type="secondary">{subtitle}</Typography.Text>
      </Col>
      <Col>
        <Space wrap>
          <div style={{ minWidth: 260 }}>
            <UnitSelect value={unit.id} onChange={onUnit} />
          </div>
          <DatePicker
            value={dayjs(date)}
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
            onChange={(d) => onDate(d ? d.format('YYYY-MM-DD') : null)}
          />
          {extra}
        </Space>
      </Col>
    </Row>
  );
}
