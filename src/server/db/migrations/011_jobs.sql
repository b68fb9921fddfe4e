-- Scheduled jobs (task reminders, email sending) shared by every server process: a process
-- runs a job only after claiming it here, so no job runs twice at once.
create table job_schedule (
  name          text primary key,
  next_run_at   timestamptz not null default now(),
  locked_until  timestamptz,
  last_run_at   timestamptz,
  last_error    text
);
