-- Found by the registers benchmark (10 M people, 1 M cases):
-- a person by folded name and birth date (import matching, duplicate warnings) in one index probe;
-- status changes of a day (deaths, recoveries) without reading every case's history.
create index person_name_birth_idx on person (search_name, birth_date) where merged_into is null;
create index case_status_at_idx on case_status (at);
