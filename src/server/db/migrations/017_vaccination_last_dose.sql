-- Each person's last dose beside their vaccination state: what the next dose's schedule checks
-- compare with (number, product, date). A bulk import then reads one row per person rather
-- than all their doses. Kept by the same writes as the state (recomputeVaccination, the
-- import); no foreign key on the product, as the dose it copies has one.
alter table vaccination_state
  add column last_dose_number smallint,
  add column last_product_id integer,
  add column last_dose_on date;

update vaccination_state s set last_dose_number = d.dose_number, last_product_id = d.product_id, last_dose_on = d.given_on
from (select distinct on (person_id) person_id, dose_number, product_id, given_on from vaccine_dose order by person_id, dose_number desc) d
where d.person_id = s.person_id;
