-- Vaccination (issue 4): products and their schedules as dated data, the dose register,
-- coverage kept fresh as doses are recorded, campaigns with dated targets, vaccine stock
-- by lot with transfers, and the figures local governments report by hand.

-- A person's record and the records merged into it (recounting a person's vaccination reads
-- both): without it each dose read the whole person table (found by the benchmark).
create index person_merged_into_idx on person (merged_into) where merged_into is not null;

-- 15–17 is a target group of its own in the seed (a subset of 12–17).
alter table population add column age_15_17 integer check (age_15_17 >= 0);

create table vaccine_product (
  id            serial primary key,
  code          text not null unique check (code ~ '^[A-Z0-9_-]+$'),
  name          text not null,
  manufacturer  text,
  -- doses in the primary series (Abdala 3; AstraZeneca, Pfizer, Moderna, Vero Cell 2)
  primary_doses smallint not null check (primary_doses between 1 and 5),
  -- ages (in years, on the day of the dose) the product may be given to
  min_age       smallint not null default 18 check (min_age >= 0),
  max_age       smallint check (max_age is null or max_age >= min_age),
  valid_from    date not null default date '2020-01-01',
  valid_to      date,
  created_at    timestamptz not null default now()
);

-- Dose n of a product: the interval after the previous dose, which products may precede it
-- (mixing), and from when it applies. Dose numbers above primary_doses are additional or
-- booster doses. Dated: a rule change is a new row.
create table vaccine_interval (
  id                serial primary key,
  product_id        integer not null references vaccine_product(id),
  dose_number       smallint not null check (dose_number between 2 and 10),
  kind              text not null check (kind in ('primary', 'additional', 'booster')),
  min_days          smallint not null check (min_days >= 0),
  -- recommended latest interval (a later dose is a warning, not an error); null = none
  max_days          smallint check (max_days is null or max_days >= min_days),
  -- product codes allowed as the previous dose; empty = the same product only
  previous_products text[] not null default '{}',
  valid_from        date not null,
  valid_to          date,
  check (valid_to is null or valid_to > valid_from)
);
create index vaccine_interval_product_idx on vaccine_interval (product_id, dose_number);

create table vaccine_lot (
  id          serial primary key,
  product_id  integer not null references vaccine_product(id),
  lot_code    text not null,
  expiry_date date not null,
  unique (product_id, lot_code)
);

create table vaccine_dose (
  id          bigserial primary key,
  client_id   uuid unique,
  person_id   bigint not null references person(id),
  product_id  integer not null references vaccine_product(id),
  lot_id      integer references vaccine_lot(id),
  dose_number smallint not null check (dose_number between 1 and 10),
  kind        text not null check (kind in ('primary', 'additional', 'booster')),
  given_on    date not null,
  site        text,
  -- the unit where the dose was given (stock is drawn from it)
  unit_id     integer not null references org_unit(id),
  -- late entry is visible: given_on against entered_at
  entered_at  timestamptz not null default now(),
  entered_by  integer references app_user(id),
  unique (person_id, dose_number)
);
create index vaccine_dose_unit_idx on vaccine_dose (unit_id, given_on);
create index vaccine_dose_lot_idx on vaccine_dose (lot_id) where lot_id is not null;
-- the daily progress report lists the communes that entered nothing on a day: by entry time
create index vaccine_dose_entered_idx on vaccine_dose (unit_id, entered_at);

-- Each person's vaccination state, kept with the dose register (what coverage counts).
create table vaccination_state (
  person_id         bigint primary key references person(id),
  doses             smallint not null,
  first_dose_on     date,
  primary_done_on   date,
  booster_on        date,
  -- where the person was counted in coverage_rollup (residence unit and birth year, 0 when
  -- unknown), so a recount after a move, a birth-date fix or a merge takes back exactly what
  -- was added
  counted_unit_id    integer references org_unit(id),
  counted_birth_year smallint
);

-- Why a person is not (yet) vaccinated.
create table not_vaccinated (
  person_id  bigint primary key references person(id),
  reason     text not null check (reason in ('contraindicated', 'postponed', 'refused', 'away', 'not_reached')),
  noted_on   date not null,
  note       text,
  created_by integer references app_user(id)
);

-- People of the unit's subtree (by residence) who have reached a stage, by birth year: kept
-- fresh in the dose's transaction for the residence unit and every ancestor, so coverage of
-- any age group at any level reads a few dozen rows. Age groups map to birth years.
create table coverage_rollup (
  unit_id    integer not null references org_unit(id),
  stage      text not null check (stage in ('dose1', 'primary', 'booster')),
  birth_year smallint not null,
  n          integer not null default 0,
  primary key (unit_id, stage, birth_year)
);

-- Doses given per day, unit (where given, and its ancestors), stage reached and age band
-- (disjoint bands at the dose date; age groups are unions of them: 18+ = 18-49 + 50+,
-- 12-17 = 12-14 + 15-17): the daily progress report and the pace of a campaign.
create table vaccination_daily (
  unit_id  integer not null references org_unit(id),
  day      date not null,
  stage    text not null check (stage in ('dose1', 'primary', 'booster', 'other')),
  age_band text not null check (age_band in ('0-4', '5-11', '12-14', '15-17', '18-49', '50+', 'unknown')),
  n        integer not null default 0,
  primary key (unit_id, day, stage, age_band)
);

-- A campaign: dated targets for an age group and stage (e.g. by 15/12 dose 1 for all 18+).
create table vaccination_campaign (
  id         serial primary key,
  -- a retried create returns the campaign it made
  client_id  uuid unique,
  unit_id    integer not null references org_unit(id),
  name       text not null,
  created_by integer references app_user(id),
  created_at timestamptz not null default now()
);
create table campaign_target (
  id           serial primary key,
  campaign_id  integer not null references vaccination_campaign(id),
  age_group    text not null check (age_group in ('18+', '50+', '12-17', '15-17', '5-11', 'all')),
  stage        text not null check (stage in ('dose1', 'primary', 'booster')),
  -- share of the eligible population, 0–1
  target_share numeric not null check (target_share > 0 and target_share <= 1),
  due_date     date not null
);

-- Vaccine stock by unit and lot: every movement but doses given (those come from the register).
create table stock_movement (
  id          bigserial primary key,
  client_id   uuid unique,
  unit_id     integer not null references org_unit(id),
  lot_id      integer not null references vaccine_lot(id),
  kind        text not null check (kind in ('received', 'wasted', 'transfer_out', 'transfer_in', 'adjust')),
  -- doses; positive in, negative out (wasted, transfer_out are negative)
  quantity    integer not null check (quantity <> 0),
  at          timestamptz not null,
  transfer_id bigint,
  note        text,
  created_by  integer references app_user(id)
);
create index stock_movement_unit_idx on stock_movement (unit_id, lot_id);

create table transfer_plan (
  id          serial primary key,
  province_id integer not null references org_unit(id),
  status      text not null default 'draft' check (status in ('draft', 'accepted', 'cancelled')),
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now(),
  accepted_by integer references app_user(id),
  accepted_at timestamptz
);

create table stock_transfer (
  id          bigserial primary key,
  plan_id     integer references transfer_plan(id),
  from_unit   integer not null references org_unit(id),
  to_unit     integer not null references org_unit(id),
  lot_id      integer not null references vaccine_lot(id),
  quantity    integer not null check (quantity > 0),
  status      text not null default 'planned' check (status in ('planned', 'sent', 'received', 'cancelled')),
  created_at  timestamptz not null default now(),
  sent_at     timestamptz,
  received_at timestamptz,
  check (from_unit <> to_unit)
);
alter table stock_movement add constraint stock_movement_transfer_fk foreign key (transfer_id) references stock_transfer(id);

-- Coverage as a local government reported it by hand, for reconciliation with the register.
create table reported_coverage (
  unit_id    integer not null references org_unit(id),
  as_of      date not null,
  age_group  text not null check (age_group in ('18+', '50+', '12-17', '15-17', '5-11', 'all')),
  stage      text not null check (stage in ('dose1', 'primary', 'booster')),
  eligible   integer check (eligible >= 0),
  vaccinated integer not null check (vaccinated >= 0),
  source     text not null,
  created_by integer references app_user(id),
  created_at timestamptz not null default now(),
  primary key (unit_id, as_of, age_group, stage)
);

-- Presets (editable data). Intervals as the seed states them; where the seed gives a range
-- (AstraZeneca 8–12 weeks, Vero Cell 3–4 weeks) the lower end is the minimum and the upper a
-- recommended latest. Mixing and booster rules marked "cần xác nhận" should be checked.
insert into vaccine_product (code, name, manufacturer, primary_doses, min_age, max_age) values
  ('ASTRAZENECA', 'AstraZeneca (Vaxzevria)', 'AstraZeneca', 2, 18, null),
  ('PFIZER', 'Pfizer-BioNTech (Comirnaty)', 'Pfizer-BioNTech', 2, 5, null),
  ('MODERNA', 'Moderna (Spikevax)', 'Moderna', 2, 12, null),
  ('VEROCELL', 'Vero Cell (Sinopharm)', 'Sinopharm', 2, 18, 65),
  ('ABDALA', 'Abdala', 'CIGB (Cuba)', 3, 19, 65);

insert into vaccine_interval (product_id, dose_number, kind, min_days, max_days, previous_products, valid_from)
select p.id, i.dose_number, i.kind, i.min_days, i.max_days, i.previous::text[], date '2021-01-01'
from vaccine_product p join (values
  ('ASTRAZENECA', 2, 'primary', 56, 84, '{ASTRAZENECA}'),
  ('PFIZER', 2, 'primary', 21, null, '{PFIZER,ASTRAZENECA,MODERNA}'),
  ('MODERNA', 2, 'primary', 28, null, '{MODERNA,ASTRAZENECA,PFIZER}'),
  ('VEROCELL', 2, 'primary', 21, 28, '{VEROCELL}'),
  ('ABDALA', 2, 'primary', 14, null, '{ABDALA}'),
  ('ABDALA', 3, 'primary', 14, null, '{ABDALA}')
) as i(code, dose_number, kind, min_days, max_days, previous) on i.code = p.code;

-- Booster (dose 3 after a two-dose series) from 2021-11-19, at least 3 months after the
-- primary series (cần xác nhận: mixing as allowed by the Ministry at the time).
insert into vaccine_interval (product_id, dose_number, kind, min_days, max_days, previous_products, valid_from)
select p.id, 3, 'booster', 90, null, '{ASTRAZENECA,PFIZER,MODERNA,VEROCELL}', date '2021-11-19'
from vaccine_product p where p.code in ('PFIZER', 'MODERNA', 'ASTRAZENECA');
