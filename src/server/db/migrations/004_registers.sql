-- Person-level registers: people, tests, cases (F0), contacts (F1, F2 …), clusters,
-- transport, quarantine with its dated policies, facilities and daily follow-up.
--
-- Every register row carries `unit_id`, the commune (or higher unit) responsible for it;
-- access is the subtree filter on that unit. A person's data is visible only when the
-- person's own `unit_id` (residence) is in the user's scope.
-- `client_id` lets a client retry a create without making a second row.

create table person (
  id          bigserial primary key,
  client_id   uuid unique,
  -- CCCD (12 digits) or old CMND (9 digits), when known
  national_id text check (national_id ~ '^[0-9]{9}([0-9]{3})?$'),
  full_name   text not null check (length(full_name) between 1 and 200),
  -- foldVietnamese(full_name): accent-insensitive search and duplicate matching
  search_name text not null,
  birth_date  date,
  sex         text check (sex in ('male', 'female', 'other')),
  phone       text check (phone ~ '^[0-9]{9,11}$'),
  unit_id     integer not null references org_unit(id),
  address     text,
  workplace   text,
  -- set when merged into another record; the row stays for the audit trail
  merged_into bigint references person(id),
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create unique index person_national_id_uq on person (national_id) where national_id is not null and merged_into is null;
create index person_birth_idx on person (birth_date) where merged_into is null;
create index person_phone_idx on person (phone) where merged_into is null;
create index person_unit_idx on person (unit_id);
create index person_search_idx on person (search_name text_pattern_ops);

-- Pairs a user has checked and marked "not the same person" (smaller id first).
create table person_distinct (
  person_a  bigint not null references person(id),
  person_b  bigint not null references person(id),
  marked_by integer references app_user(id),
  marked_at timestamptz not null default now(),
  primary key (person_a, person_b),
  check (person_a < person_b)
);

-- Screening at a site: a target share of a population to test per period (e.g. 20 % weekly).
create table screening_campaign (
  id                bigserial primary key,
  unit_id           integer not null references org_unit(id),
  name              text not null,
  site_kind         text not null check (site_kind in ('market', 'factory', 'school', 'office', 'port', 'other')),
  site_name         text not null,
  target_population integer not null check (target_population > 0),
  target_share      numeric not null check (target_share > 0 and target_share <= 1),
  period_days       smallint not null default 7 check (period_days > 0),
  start_date        date not null,
  end_date          date,
  created_by        integer references app_user(id),
  created_at        timestamptz not null default now(),
  check (end_date is null or end_date >= start_date)
);

-- One PCR sample for N people. Negative: every member is negative. Positive: every member
-- needs an individual re-test (their own lab_test rows).
create table test_pool (
  id         bigserial primary key,
  client_id  uuid unique,
  unit_id    integer not null references org_unit(id),
  sampled_at timestamptz not null,
  place      text,
  lab        text,
  result     text not null default 'pending' check (result in ('pending', 'positive', 'negative', 'invalid')),
  result_at  timestamptz,
  created_by integer references app_user(id),
  created_at timestamptz not null default now()
);

create table lab_test (
  id          bigserial primary key,
  client_id   uuid unique,
  person_id   bigint not null references person(id),
  unit_id     integer not null references org_unit(id),
  kind        text not null check (kind in ('pcr', 'antigen')),
  sampled_at  timestamptz not null,
  place       text,
  lab         text,
  -- 'pool_positive': the member's pool was positive, an individual re-test is due
  result      text not null default 'pending' check (result in ('pending', 'positive', 'negative', 'invalid', 'pool_positive')),
  result_at   timestamptz,
  symptoms    boolean not null default false,
  pool_id     bigint references test_pool(id),
  campaign_id bigint references screening_campaign(id),
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now(),
  check (pool_id is null or kind = 'pcr')
);
create index lab_test_person_idx on lab_test (person_id, sampled_at);
create index lab_test_unit_idx on lab_test (unit_id, sampled_at);
create index lab_test_pool_idx on lab_test (pool_id) where pool_id is not null;
create index lab_test_campaign_idx on lab_test (campaign_id, sampled_at) where campaign_id is not null;

-- What confirms a case, versioned: the version in force on the result date applies.
-- rule: {"pcrPositive": true, "antigenWithSymptoms": true, "antigenAlone": false}
create table case_rule (
  version    integer primary key,
  valid_from date not null unique,
  rule       jsonb not null,
  note       text,
  created_by integer references app_user(id),
  created_at timestamptz not null default now()
);

-- Per province, dated: what "found in quarantine" means when classifying a new case.
--   'centralised': only people in centralised quarantine at confirmation;
--   'any_quarantine': also home quarantine;
--   'traced_contact': any traced contact (listed before confirmation).
create table case_classification_setting (
  province_id integer not null references org_unit(id),
  valid_from  date not null,
  quarantined_means text not null check (quarantined_means in ('centralised', 'any_quarantine', 'traced_contact')),
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now(),
  primary key (province_id, valid_from)
);

create table cluster (
  id         bigserial primary key,
  unit_id    integer not null references org_unit(id),
  name       text not null,
  place      text,
  status     text not null default 'active' check (status in ('active', 'monitoring', 'closed')),
  opened_on  date not null,
  closed_on  date,
  created_by integer references app_user(id),
  created_at timestamptz not null default now()
);
create index cluster_unit_idx on cluster (unit_id);

-- Treatment facilities (by tier) and centralised quarantine sites, with their beds.
create table facility (
  id         serial primary key,
  unit_id    integer not null references org_unit(id),
  kind       text not null check (kind in ('quarantine', 'treatment')),
  name       text not null,
  -- treatment tier (tầng 1, 2, 3); null for quarantine sites
  tier       smallint check (tier between 1 and 3),
  beds       integer not null check (beds >= 0),
  icu_beds   integer not null default 0 check (icu_beds >= 0),
  active     boolean not null default true,
  created_at timestamptz not null default now(),
  check ((kind = 'treatment') = (tier is not null))
);
create index facility_unit_idx on facility (unit_id);

-- A confirmed case (F0). One active case per person at a time.
create table covid_case (
  id              bigserial primary key,
  client_id       uuid unique,
  person_id       bigint not null references person(id),
  unit_id         integer not null references org_unit(id),
  confirmed_at    timestamptz not null,
  confirming_test_id bigint references lab_test(id),
  rule_version    integer references case_rule(version),
  origin          text not null default 'domestic' check (origin in ('imported', 'domestic')),
  detection       text not null check (detection in ('community', 'quarantine')),
  infected_place  text,
  symptom_onset   date,
  cluster_id      bigint references cluster(id),
  -- current status, kept with case_status (the history)
  status          text not null default 'home_care',
  status_since    timestamptz not null,
  facility_id     integer references facility(id),
  created_by      integer references app_user(id),
  created_at      timestamptz not null default now()
);
create index covid_case_person_idx on covid_case (person_id);
create index covid_case_unit_idx on covid_case (unit_id, confirmed_at);
create index covid_case_cluster_idx on covid_case (cluster_id) where cluster_id is not null;
create index covid_case_facility_idx on covid_case (facility_id) where facility_id is not null;

create table case_status (
  id          bigserial primary key,
  case_id     bigint not null references covid_case(id),
  status      text not null check (status in ('home_care', 'centralised', 'hospital_t1', 'hospital_t2', 'hospital_t3', 'recovered', 'died')),
  at          timestamptz not null,
  facility_id integer references facility(id),
  note        text,
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now()
);
create index case_status_case_idx on case_status (case_id, at);
alter table covid_case add constraint covid_case_status_check
  check (status in ('home_care', 'centralised', 'hospital_t1', 'hospital_t2', 'hospital_t3', 'recovered', 'died'));

-- A flight, bus, train or boat; its passengers become contacts when a case was aboard.
create table transport (
  id          bigserial primary key,
  unit_id     integer not null references org_unit(id),
  kind        text not null check (kind in ('flight', 'bus', 'train', 'ship')),
  code        text not null,
  departed_at timestamptz not null,
  origin      text,
  destination text,
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now(),
  unique (kind, code, departed_at)
);
create table transport_passenger (
  transport_id bigint not null references transport(id),
  person_id    bigint not null references person(id),
  seat         text,
  primary key (transport_id, person_id)
);
create index transport_passenger_person_idx on transport_passenger (person_id);

-- An exposure: `person_id` met `source_person_id`. The degree (F1, F2 …) is not stored:
-- it is the distance in this graph to the nearest confirmed case, so it changes when a
-- contact tests positive.
create table contact (
  id               bigserial primary key,
  client_id        uuid unique,
  source_person_id bigint not null references person(id),
  person_id        bigint not null references person(id),
  unit_id          integer not null references org_unit(id),
  exposure_type    text not null check (exposure_type in ('household', 'workplace', 'school', 'vehicle', 'flight', 'venue', 'healthcare', 'other')),
  exposure_date    date not null,
  place            text,
  transport_id     bigint references transport(id),
  listed_at        timestamptz not null,
  -- when the team first reached the person (phone or visit); null = not yet reached
  reached_at       timestamptz,
  created_by       integer references app_user(id),
  created_at       timestamptz not null default now(),
  check (source_person_id <> person_id),
  unique (source_person_id, person_id)
);
create index contact_person_idx on contact (person_id);
create index contact_unit_idx on contact (unit_id, listed_at);

-- Quarantine and testing schedules, dated; the policy in force on the exposure date applies.
create table quarantine_policy (
  id           serial primary key,
  name         text not null,
  source       text not null,
  valid_from   date not null,
  valid_to     date,
  -- contact degree it applies to (1 = F1, 2 = F2)
  degree       smallint not null check (degree between 1 and 3),
  -- 'any', or only for people fully vaccinated (or recovered) / not fully vaccinated
  vaccination  text not null check (vaccination in ('any', 'full', 'not_full')),
  place        text not null check (place in ('centralised', 'home')),
  days         smallint not null check (days between 0 and 28),
  -- quarantine days (day 1 = first day) on which a test is due
  test_days    smallint[] not null default '{}',
  -- self-monitoring days after release
  monitor_days smallint not null default 0,
  created_at   timestamptz not null default now(),
  check (valid_to is null or valid_to > valid_from)
);

create table quarantine (
  id               bigserial primary key,
  person_id        bigint not null references person(id),
  unit_id          integer not null references org_unit(id),
  contact_id       bigint references contact(id),
  policy_id        integer references quarantine_policy(id),
  place            text not null check (place in ('centralised', 'home')),
  facility_id      integer references facility(id),
  fully_vaccinated boolean not null default false,
  start_date       date not null,
  -- planned last day from the policy; end_date may be moved by an officer (reason kept)
  planned_end      date not null,
  end_date         date not null,
  adjust_reason    text,
  test_days        smallint[] not null default '{}',
  status           text not null default 'active' check (status in ('active', 'released', 'became_case', 'transferred')),
  released_on      date,
  created_by       integer references app_user(id),
  created_at       timestamptz not null default now(),
  check (end_date >= start_date),
  check (place = 'centralised' or facility_id is null)
);
create unique index quarantine_one_active_uq on quarantine (person_id) where status = 'active';
create index quarantine_unit_idx on quarantine (unit_id, status);
create index quarantine_facility_idx on quarantine (facility_id) where status = 'active';

-- A community team's daily check of a person in quarantine, often from a phone.
create table followup_check (
  id            bigserial primary key,
  client_id     uuid unique,
  quarantine_id bigint not null references quarantine(id),
  day           date not null,
  checked_at    timestamptz not null,
  outcome       text not null check (outcome in ('well', 'symptoms', 'not_reached', 'left')),
  temperature   numeric(3,1),
  note          text,
  created_by    integer references app_user(id),
  unique (quarantine_id, day)
);

-- Units whose daily situation figures come from these registers (pre-filled report).
create table register_unit (
  unit_id    integer primary key references org_unit(id),
  since      date not null,
  created_by integer references app_user(id),
  created_at timestamptz not null default now()
);

-- Presets, editable as data. The confirmation rule as the issue states it.
insert into case_rule (version, valid_from, rule, note) values
  (1, date '2020-01-01', '{"pcrPositive": true, "antigenWithSymptoms": true, "antigenAlone": false}',
   'PCR dương tính; hoặc có triệu chứng và test nhanh kháng nguyên dương tính');

-- Quarantine schedules by exposure date. F2 rows are marked "cần xác nhận" (to be confirmed)
-- in their source: an administrator should check them against the official texts.
insert into quarantine_policy (name, source, valid_from, valid_to, degree, vaccination, place, days, test_days, monitor_days) values
  ('F1: cách ly tập trung 14 ngày', 'Bộ Y tế, áp dụng trước 01/12/2021', date '2020-01-01', date '2021-12-01', 1, 'any', 'centralised', 14, '{1,7,14}', 7),
  ('F1 đã tiêm đủ liều: cách ly tại nhà 7 ngày', 'Bộ Y tế, từ 01/12/2021', date '2021-12-01', date '2022-02-21', 1, 'full', 'home', 7, '{1,7}', 7),
  ('F1 chưa tiêm đủ liều: cách ly tại nhà 14 ngày', 'Bộ Y tế, từ 01/12/2021', date '2021-12-01', date '2022-02-21', 1, 'not_full', 'home', 14, '{1,7,14}', 0),
  ('F1 đã tiêm đủ liều: cách ly tại nhà 5 ngày', 'Bộ Y tế, từ 21/02/2022', date '2022-02-21', null, 1, 'full', 'home', 5, '{5}', 5),
  ('F1 chưa tiêm đủ liều: cách ly tại nhà 7 ngày', 'Bộ Y tế, từ 21/02/2022', date '2022-02-21', null, 1, 'not_full', 'home', 7, '{7}', 3),
  ('F2: cách ly tại nhà 14 ngày', 'Bộ Y tế, trước 01/12/2021 (cần xác nhận)', date '2020-01-01', date '2021-12-01', 2, 'any', 'home', 14, '{1,14}', 0),
  ('F2: tự theo dõi tại nhà 7 ngày', 'Bộ Y tế, từ 01/12/2021 (cần xác nhận)', date '2021-12-01', null, 2, 'any', 'home', 7, '{7}', 0);
