-- Administrative units. `path` is the materialised path of ids ('/1/12/140/'), so
-- "this unit and everything under it" is one indexed prefix match.
-- Units carry validity dates; a reorganisation closes old units (valid_to) and
-- opens new ones, with org_unit_succession mapping old to new for re-aggregation.
create table org_unit (
  id          serial primary key,
  code        text not null,
  name        text not null,
  full_name   text not null,
  -- lower case without diacritics, for accent-insensitive search
  search_name text not null,
  kind        text not null,
  level       smallint not null check (level between 0 and 3),
  parent_id   integer references org_unit(id),
  path        text not null,
  valid_from  date not null default date '2000-01-01',
  valid_to    date,
  check (valid_to is null or valid_to > valid_from),
  unique (code, valid_from)
);
create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_level_idx on org_unit (level);

create table org_unit_succession (
  predecessor_id integer not null references org_unit(id),
  successor_id   integer not null references org_unit(id),
  effective_date date not null,
  -- share of the predecessor's population carried to the successor (1 when whole)
  share          numeric not null default 1 check (share > 0 and share <= 1),
  primary key (predecessor_id, successor_id)
);

create table population (
  unit_id     integer not null references org_unit(id),
  year        smallint not null,
  total       integer not null check (total >= 0),
  age_18plus  integer not null check (age_18plus >= 0),
  age_50plus  integer not null check (age_50plus >= 0),
  age_12_17   integer not null check (age_12_17 >= 0),
  age_5_11    integer not null check (age_5_11 >= 0),
  is_demo     boolean not null default false,
  source      text not null,
  primary key (unit_id, year)
);

create table app_user (
  id            serial primary key,
  username      text not null unique,
  password_hash text not null,
  full_name     text not null,
  role          text not null check (role in ('admin', 'officer', 'clerk', 'viewer')),
  unit_id       integer not null references org_unit(id),
  is_demo       boolean not null default false,
  disabled      boolean not null default false,
  created_at    timestamptz not null default now()
);

-- The cookie holds a random token; only its SHA-256 is stored.
create table user_session (
  token_hash  text primary key,
  user_id     integer not null references app_user(id),
  csrf_token  text not null,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

create table audit_log (
  id         bigserial primary key,
  at         timestamptz not null default now(),
  user_id    integer references app_user(id),
  unit_id    integer references org_unit(id),
  action     text not null,
  entity     text not null,
  entity_id  text not null,
  before     jsonb,
  after      jsonb
);
create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_at_idx on audit_log (at);

-- A report form is data: its indicators, period, deadline and who submits/approves.
create table report_form (
  id                   serial primary key,
  code                 text not null unique,
  name_vi              text not null,
  name_en              text not null,
  period_type          text not null check (period_type in ('day', 'week', 'month')),
  deadline_time        time not null default time '17:00',
  deadline_offset_days smallint not null default 0,
  submit_level         smallint not null check (submit_level between 1 and 3),
  approve_level        smallint not null check (approve_level between 0 and 2),
  start_date           date not null,
  active               boolean not null default true,
  -- validation rules: [{code, field, severity, left:[{indicator,coef,cumulative?}], op, right:[…], constant?}]
  rules                jsonb not null default '[]'::jsonb,
  -- the indicators whose sum is "new cases" (days since last case, bulletin)
  case_indicators      text[] not null default '{}',
  check (approve_level < submit_level)
);

create table form_indicator (
  form_id      integer not null references report_form(id),
  code         text not null check (code ~ '^[a-z][a-z0-9_]*$'),
  position     smallint not null,
  section_vi   text not null,
  section_en   text not null,
  name_vi      text not null,
  name_en      text not null,
  -- 'flow': counted per period and summed over time; 'stock': a level on the day
  kind         text not null check (kind in ('flow', 'stock')),
  primary key (form_id, code)
);

create table report (
  id                 bigserial primary key,
  form_id            integer not null references report_form(id),
  unit_id            integer not null references org_unit(id),
  period             date not null,
  status             text not null check (status in ('draft', 'submitted', 'approved', 'returned')),
  vals               jsonb not null,
  first_submitted_at timestamptz,
  submitted_at       timestamptz,
  submitted_by       integer references app_user(id),
  on_time            boolean,
  reviewed_at        timestamptz,
  reviewed_by        integer references app_user(id),
  review_comment     text,
  updated_at         timestamptz not null default now(),
  unique (form_id, unit_id, period)
);
create index report_queue_idx on report (form_id, status, period);
create index report_unit_period_idx on report (unit_id, form_id, period);

-- Totals kept fresh in the submitting transaction: one row per ancestor unit, form
-- and period, holding the sum of its counted (submitted or approved) descendants.
create table rollup (
  form_id    integer not null references report_form(id),
  unit_id    integer not null references org_unit(id),
  period     date not null,
  vals       jsonb not null,
  n_reported integer not null default 0,
  n_on_time  integer not null default 0,
  primary key (unit_id, form_id, period)
);

create function jsonb_sum(a jsonb, b jsonb) returns jsonb
language sql immutable as $$
  select coalesce(jsonb_object_agg(k, coalesce((a ->> k)::bigint, 0) + coalesce((b ->> k)::bigint, 0)), '{}'::jsonb)
  from (select jsonb_object_keys(a) as k union select jsonb_object_keys(b)) keys
$$;
