-- Notices of conclusions (Thông báo kết luận): numbered tasks with responsible units, deadlines
-- to the hour and the report expected back, and the distribution list (Nơi nhận). An issued
-- notice never changes: a correction is a new version that supersedes it.
create table notice (
  id              bigserial primary key,
  issuing_unit_id integer not null references org_unit(id),
  conference_id   bigint references conference(id),
  -- e.g. '125/TB-BCĐ'; required to issue, unique per issuing unit among issued notices
  number          text,
  issued_on       date,
  -- the issuing body as printed at the top left, e.g. 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH QUẢNG NINH'
  issuing_body    text not null,
  -- the place in 'Quảng Ninh, ngày 10 tháng 12 năm 2021'
  place           text not null default '',
  title           text not null,
  body            text not null default '',
  -- the closing sentence after the tasks, e.g. '… thông báo để các cơ quan, đơn vị biết, thực hiện./.'
  closing         text not null default '',
  -- Nơi nhận, one line each
  recipients      text[] not null default '{}',
  signer_title    text not null default '',
  signer_name     text not null default '',
  status          text not null default 'draft' check (status in ('draft', 'issued')),
  version         integer not null default 1,
  supersedes_id   bigint references notice(id),
  issued_at       timestamptz,
  issued_by       integer references app_user(id),
  client_id       uuid unique,
  -- number and title folded (no diacritics, lower case) for the list's text filter
  search_text     text not null default '',
  created_by      integer not null references app_user(id),
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check (status = 'draft' or (number is not null and issued_on is not null and issued_at is not null))
);
create index notice_unit_idx on notice (issuing_unit_id, issued_on);
create index notice_conference_idx on notice (conference_id);
create unique index notice_supersedes_idx on notice (supersedes_id);

create table notice_task (
  id              bigserial primary key,
  notice_id       bigint not null references notice(id) on delete cascade,
  seq             integer not null check (seq > 0),
  text            text not null,
  deadline        timestamptz not null,
  report_expected text not null default '',
  unique (notice_id, seq)
);

create table notice_task_unit (
  notice_task_id bigint not null references notice_task(id) on delete cascade,
  unit_id        integer not null references org_unit(id),
  primary key (notice_task_id, unit_id)
);
-- the notices whose tasks concern a unit's subtree (who may read them)
create index notice_task_unit_unit_idx on notice_task_unit (unit_id);

-- An issued notice and its tasks are immutable, whatever writes to the database.
create function notice_immutable() returns trigger language plpgsql as $$
declare
  n_id bigint;
begin
  if tg_table_name = 'notice' then
    if old.status = 'issued' then raise exception 'notice % is issued and cannot change', old.id; end if;
    return coalesce(new, old);
  end if;
  if tg_table_name = 'notice_task' then n_id := coalesce(old.notice_id, new.notice_id);
  else select t.notice_id into n_id from notice_task t where t.id = coalesce(old.notice_task_id, new.notice_task_id);
  end if;
  if exists (select 1 from notice where id = n_id and status = 'issued') then
    raise exception 'notice % is issued and cannot change', n_id;
  end if;
  return coalesce(new, old);
end $$;
create trigger notice_immutable before update or delete on notice for each row execute function notice_immutable();
create trigger notice_task_immutable before insert or update or delete on notice_task for each row execute function notice_immutable();
create trigger notice_task_unit_immutable before insert or update or delete on notice_task_unit for each row execute function notice_immutable();
