import { Button, Flex, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '../../../domain/text.ts';
import type { Attendee, Room, RollCallStatus, Site } from '../../api/conferences.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { RollCallTag } from './StatusTag.tsx';

const STATUSES: RollCallStatus[] = ['pending', 'connected', 'late', 'absent'];
type Filter = RollCallStatus | 'all';

interface Props {
  room: Room;
  onRollCall(unitId: number, status: RollCallStatus): void;
  onQuestion(unitId: number | null): void;
  onAttendees(site: Site): void;
}

/**
 * Every site with its roll-call: filtered by status and searched by name or code on the client
 * (a national room has some 11,000 rows), shown a page at a time.
 */
export function SitesTable({ room, onRollCall, onQuestion, onAttendees }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [filter, setFilter] = useState<Filter>('all');
  const [q, setQ] = useState('');
  const { conference: c, can } = room;
  const attendees = useMemo(() => {
    const m = new Map<number, Attendee[]>();
    for (const a of room.attendees) m.set(a.unitId, [...(m.get(a.unitId) ?? []), a]);
    return m;
  }, [room.attendees]);
  const folded = useMemo(() => room.sites.map((s) => foldVietnamese(`${s.name} ${s.code} ${s.parentName}`)), [room.sites]);
  const rows = useMemo(() => {
    const needle = foldVietnamese(q.trim());
    return room.sites.filter((s, i) => (filter === 'all' || s.rollCall === filter) && (!needle || folded[i]!.includes(needle)));
  }, [room.sites, folded, filter, q]);
  const isOpen = c.status === 'open';

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 8 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t('conferences.all')} (${f.num(c.totals.total)})` },
            ...STATUSES.map((s) => ({ value: s, label: `${t(`conferences.rollCall.${s}`)} (${f.num(c.totals[s])})` })),
          ]}
          data-testid="roll-call-filter"
        />
        <Input.Search allowClear placeholder={t('conferences.search')} onChange={(e) => setQ(e.target.value)} style={{ maxWidth: 320 }} data-testid="site-search" />
      </Flex>
      <Table<Site>
        size="small"
        rowKey="unitId"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => t('conferences.rowsCount', { n: f.num(n) }) }}
        rowClassName={(s) => (s.unitId === c.questionedUnitId ? 'ant-table-row-selected' : '')}
        columns={[
          {
            title: t('conferences.unit'),
            key: 'unit',
            render: (_, s) => (
              <>
                <div data-testid="site-name">
                  {s.name} {s.unitId === c.host.id && <Tag color="gold">{t('conferences.roles.chair')}</Tag>}
                  {s.unitId === c.questionedUnitId && <Tag color="purple">{t('conferences.questioned')}</Tag>}
                </div>
                {s.parentName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.parentName}</Typography.Text>}
              </>
            ),
          },
          {
            title: t('conferences.mark'),
            key: 'rollCall',
            width: 170,
            render: (_, s) =>
              can.manage ? (
                <Select<RollCallStatus>
                  size="small"
                  value={s.rollCall}
                  style={{ width: 150 }}
                  onChange={(v) => onRollCall(s.unitId, v)}
                  options={STATUSES.map((x) => ({ value: x, label: t(`conferences.rollCall.${x}`) }))}
                  data-testid={`roll-call-${s.code}`}
                />
              ) : (
                <RollCallTag status={s.rollCall} />
              ),
          },
          {
            title: t('conferences.at'),
            key: 'at',
            width: 200,
            render: (_, s) => (s.rollCallAt ? <>{f.dateTime(s.rollCallAt)}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.rollCallBy}</Typography.Text></> : '—'),
          },
          {
            title: t('conferences.attendees'),
            key: 'attendees',
            render: (_, s) => {
              const list = attendees.get(s.unitId) ?? [];
              const mayEdit = can.manage || can.checkIn === s.unitId;
              return (
                <Space direction="vertical" size={0}>
                  {list.length
                    ? list.map((a) => <span key={a.id}>{a.fullName}{a.title ? `, ${a.title}` : ''} <Typography.Text type="secondary">({t(`conferences.roles.${a.role}`)})</Typography.Text></span>)
                    : <Typography.Text type="secondary">{t('conferences.noAttendees')}</Typography.Text>}
                  {mayEdit && <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onAttendees(s)}>{t('conferences.editAttendees')}</Button>}
                </Space>
              );
            },
          },
          ...(can.manage && isOpen
            ? [{
                title: '',
                key: 'question',
                width: 150,
                render: (_: unknown, s: Site) =>
                  s.unitId === c.questionedUnitId
                    ? <Button size="small" onClick={() => onQuestion(null)}>{t('conferences.stopQuestion')}</Button>
                    : <Button size="small" onClick={() => onQuestion(s.unitId)} data-testid={`question-${s.code}`}>{t('conferences.question')}</Button>,
              }]
            : []),
        ]}
      />
    </>
  );
}
