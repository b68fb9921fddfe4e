-- Campaigns are edited and closed. A closed campaign stays readable but no longer claims
-- stock or lists units behind; `version` counts the edits, so that an edit made on an old
-- copy of the campaign is refused rather than silently undoing someone else's.
alter table vaccination_campaign
  add column version      integer not null default 1,
  add column updated_at   timestamptz,
  add column updated_by   integer references app_user(id),
  add column closed_at    timestamptz,
  add column closed_by    integer references app_user(id),
  add column close_reason text;
