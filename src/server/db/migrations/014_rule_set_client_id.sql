-- A retried create of a rule set returns the set it made.
alter table level_rule_set add column client_id uuid unique;
