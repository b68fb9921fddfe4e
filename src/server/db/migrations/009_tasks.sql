-- Tasks down the chain of command: one per responsible unit of a notice's task, split by a unit
-- into sub-tasks for its child units, acknowledged, reported on and completed.
create table task (
  id              bigserial primary key,
  notice_task_id  bigint references notice_task(id),
  -- the task this one was split from
  parent_id       bigint references task(id),
  -- responsible unit and assigning unit
  unit_id         integer not null references org_unit(id),
  from_unit_id    integer not null references org_unit(id),
  title           text not null,
  report_expected text not null default '',
  deadline        timestamptz not null,
  status          text not null default 'assigned'
                  check (status in ('assigned', 'acknowledged', 'in_progress', 'done', 'cancelled')),
  acknowledged_at timestamptz,
  acknowledged_by integer references app_user(id),
  completed_at    timestamptz,
  completed_by    integer references app_user(id),
  client_id       uuid unique,
  created_by      integer not null references app_user(id),
  created_at      timestamptz not null default now(),
  check ((status = 'done') = (completed_at is not null))
);
create index task_unit_idx on task (unit_id, status, deadline);
create index task_from_unit_idx on task (from_unit_id);
create index task_parent_idx on task (parent_id);
create index task_notice_task_idx on task (notice_task_id);
-- open tasks by deadline: due soon, overdue, reminders
create index task_open_deadline_idx on task (deadline) where status not in ('done', 'cancelled');
-- the overdue roll-up counts open and done-late tasks per unit from these alone (index-only),
-- without reading every task ever given
create index task_open_unit_idx on task (unit_id, deadline) where status not in ('done', 'cancelled');
create index task_done_late_idx on task (unit_id) where status = 'done' and completed_at > deadline;

create table task_report (
  id         bigserial primary key,
  task_id    bigint not null references task(id),
  kind       text not null check (kind in ('progress', 'done')),
  text       text not null,
  client_id  uuid unique,
  created_by integer not null references app_user(id),
  created_at timestamptz not null default now()
);
create index task_report_task_idx on task_report (task_id, created_at);

create table task_attachment (
  id         bigserial primary key,
  report_id  bigint not null references task_report(id),
  file_name  text not null,
  mime_type  text not null,
  size       integer not null check (size >= 0),
  content    bytea not null
);
create index task_attachment_report_idx on task_attachment (report_id);

-- In-app reminders and notices to a unit's users (due soon, overdue, new task).
create table unit_notification (
  id         bigserial primary key,
  unit_id    integer not null references org_unit(id),
  task_id    bigint references task(id),
  kind       text not null check (kind in ('task_new', 'due_soon', 'overdue')),
  created_at timestamptz not null default now(),
  read_at    timestamptz,
  -- when the reminder job queued its emails (none when no user of the unit has an address)
  mailed_at  timestamptz,
  -- one reminder of a kind per task and unit, even with several server processes
  unique (unit_id, task_id, kind)
);
create index unit_notification_unit_idx on unit_notification (unit_id, created_at desc);
create index unit_notification_unread_idx on unit_notification (unit_id) where read_at is null;
create index unit_notification_unmailed_idx on unit_notification (id) where mailed_at is null;

-- Emails waiting for or sent through the SMTP adapter.
create table email_outbox (
  id         bigserial primary key,
  to_address text not null,
  subject    text not null,
  body       text not null,
  created_at timestamptz not null default now(),
  sent_at    timestamptz,
  attempts   integer not null default 0,
  last_attempt_at timestamptz,
  last_error text,
  -- the reminder it carries and the recipient's unit (what an administrator sees of the queue)
  notification_id bigint references unit_notification(id),
  unit_id    integer references org_unit(id),
  unique (notification_id, to_address)
);
create index email_outbox_unsent_idx on email_outbox (id) where sent_at is null;
create index email_outbox_unit_idx on email_outbox (unit_id, created_at desc);

alter table app_user add column email text;
