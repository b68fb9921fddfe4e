-- Online conferences (hội nghị trực tuyến): a host unit, the joining units as sites (điểm cầu)
-- with attendees and roll-call, cascades (a province's follow-on conference links to the
-- national one), and the briefing frozen when the conference opens.
create table conference (
  id                 bigserial primary key,
  host_unit_id       integer not null references org_unit(id),
  -- the conference this one follows on from (cascade)
  parent_id          bigint references conference(id),
  title              text not null,
  starts_at          timestamptz not null,
  ends_at            timestamptz,
  agenda             text not null default '',
  -- from the video adapter (a Jitsi room by default) or typed by the host; null: no video link
  join_url           text,
  status             text not null default 'scheduled' check (status in ('scheduled', 'open', 'closed')),
  opened_at          timestamptz,
  closed_at          timestamptz,
  -- what was known when the conference opened (headline figures, units ranked, late reports, tasks)
  briefing           jsonb,
  -- the site the chair is questioning now
  questioned_unit_id integer references org_unit(id),
  -- a retried create makes nothing new
  client_id          uuid unique,
  created_by         integer not null references app_user(id),
  created_at         timestamptz not null default now(),
  check (ends_at is null or ends_at > starts_at)
);
create index conference_host_idx on conference (host_unit_id, starts_at);
create index conference_parent_idx on conference (parent_id);
create index conference_starts_idx on conference (starts_at);

-- No foreign keys here: a national conference adds ~11,000 sites in one statement and the
-- per-row checks of three keys doubled its time. Sites are only made by the conferences
-- repository (insertSites) from org_unit ids, for a conference made in the same transaction
-- or locked; units and conferences are never deleted (units end with valid_to).
create table conference_site (
  conference_id bigint not null,
  unit_id       integer not null,
  roll_call     text not null default 'pending' check (roll_call in ('pending', 'connected', 'late', 'absent')),
  roll_call_at  timestamptz,
  -- app_user.id of who marked it
  roll_call_by  integer,
  primary key (conference_id, unit_id)
);
create index conference_site_unit_idx on conference_site (unit_id, conference_id);

create table conference_attendee (
  id            bigserial primary key,
  conference_id bigint not null,
  unit_id       integer not null,
  full_name     text not null,
  title         text not null default '',
  role          text not null default 'attendee' check (role in ('chair', 'presenter', 'attendee')),
  foreign key (conference_id, unit_id) references conference_site (conference_id, unit_id) on delete cascade
);
create index conference_attendee_site_idx on conference_attendee (conference_id, unit_id);
