-- Monthly totals beside the daily ones, kept in the same statement: a total since a start
-- date a year back reads ~12 month rows and the days of the partial months, not 365 days.
create table rollup_month (
  form_id  integer not null references report_form(id),
  unit_id  integer not null references org_unit(id),
  month    date not null check (extract(day from month) = 1),
  vals     jsonb not null,
  primary key (unit_id, form_id, month)
);
