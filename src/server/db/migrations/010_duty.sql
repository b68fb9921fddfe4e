-- Each command centre's 24/7 leader duty roster and hotlines.
create table duty_shift (
  id          bigserial primary key,
  unit_id     integer not null references org_unit(id),
  starts_at   timestamptz not null,
  ends_at     timestamptz not null,
  leader_name text not null,
  leader_title text not null default '',
  phone       text not null,
  -- a retried create (client-made uuid) returns the shift already made
  client_id   uuid unique,
  created_by  integer not null references app_user(id),
  created_at  timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index duty_shift_unit_idx on duty_shift (unit_id, starts_at);

create table hotline (
  id         bigserial primary key,
  unit_id    integer not null references org_unit(id),
  label      text not null,
  phone      text not null,
  sort_order integer not null default 0,
  client_id  uuid unique,
  created_by integer not null references app_user(id),
  created_at timestamptz not null default now()
);
create index hotline_unit_idx on hotline (unit_id, sort_order);
