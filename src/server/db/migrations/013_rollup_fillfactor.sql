-- Room on each page for the updated row version: the counters (coverage_rollup,
-- vaccination_daily) and each person's vaccination state are rewritten by every dose and every
-- import; with free space on the page PostgreSQL updates them in place (HOT) instead of adding
-- an index entry per update. Applies to pages written from now on.
alter table coverage_rollup set (fillfactor = 70);
alter table vaccination_daily set (fillfactor = 70);
alter table vaccination_state set (fillfactor = 80);
