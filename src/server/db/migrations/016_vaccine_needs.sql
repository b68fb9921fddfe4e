-- Vaccine needs by product (issue 4): the transfer plan matches vaccine products to what each
-- unit's targets need (age group × stage).

-- People who started the primary series and have not finished it, by residence: which products
-- can finish each series is read from their last dose. The partial index keeps that read to
-- these people (most are finished or not started) and adds no work to the others' writes.
create index vaccination_state_unfinished_idx on vaccination_state (counted_unit_id) where primary_done_on is null;

-- What a suggested transfer is for: the receiving unit's need it serves (null: made by hand).
alter table stock_transfer
  add column need_age_group text check (need_age_group in ('18+', '50+', '12-17', '15-17', '5-11', 'all')),
  add column need_stage text check (need_stage in ('dose1', 'primary', 'booster'));

-- The needs a suggested plan could not serve from the area's stock, as they were when suggested.
alter table transfer_plan add column unserved jsonb not null default '[]';
