-- Found by the registers benchmark (10 M people, 1 M cases, 5 M contacts):
-- a person by folded name and birth date (import matching, duplicate warnings) in one index probe;
create index person_name_birth_idx on person (search_name, birth_date) where merged_into is null;
-- the situation figures of one day for a province or the nation, where the subtree is most of
-- the table: status changes, cases, tests and contacts of the day, quarantines still running.
create index case_status_at_idx on case_status (at);
create index covid_case_confirmed_idx on covid_case (confirmed_at);
create index lab_test_sampled_idx on lab_test (sampled_at);
create index contact_listed_idx on contact (listed_at);
create index quarantine_end_idx on quarantine (end_date);
