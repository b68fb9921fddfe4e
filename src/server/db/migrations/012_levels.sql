-- Epidemic levels (cấp độ dịch, Resolution 128/NQ-CP). Shapes of the jsonb columns are the
-- types in src/domain/epidemic-level.ts.

-- A rule set, dated: the Ministry's (unit_id null) or a province's adjusted copy (unit_id the
-- province, based_on_id the national set it adjusts). The set in force for a week is the one
-- valid on the week's last day (Sunday): the province's if it has one, else the national one.
create table level_rule_set (
  id          serial primary key,
  code        text not null,
  name        text not null,
  -- the legal source, as users cite it
  source      text not null,
  unit_id     integer references org_unit(id),
  based_on_id integer references level_rule_set(id),
  valid_from  date not null,
  -- exclusive; null = until replaced
  valid_to    date,
  definition  jsonb not null,
  measures    jsonb not null,
  -- paths of values not yet confirmed against the official text ("caseRate.thresholds.0", …)
  to_confirm  jsonb not null default '[]',
  note        text,
  created_by  integer references app_user(id),
  created_at  timestamptz not null default now(),
  updated_by  integer references app_user(id),
  updated_at  timestamptz,
  check (valid_to is null or valid_to > valid_from)
);
create index level_rule_set_unit_idx on level_rule_set (unit_id, valid_from);

-- One unit's computed level for one week (week = its Monday), with the figures it came from.
create table level_assessment (
  week        date not null check (extract(isodow from week) = 1),
  unit_id     integer not null references org_unit(id),
  rule_set_id integer not null references level_rule_set(id),
  level       smallint not null check (level between 1 and 4),
  inputs      jsonb not null,
  reasons     jsonb not null,
  assessed_at timestamptz not null,
  primary key (week, unit_id)
);
create index level_assessment_unit_idx on level_assessment (unit_id, week);

-- A level set by an authority's decision for a unit, for weeks week_from … week_to (Mondays,
-- inclusive). The computed level stays beside it; the latest decision covering a week wins.
create table level_decision (
  id             serial primary key,
  client_id      uuid unique,
  unit_id        integer not null references org_unit(id),
  week_from      date not null check (extract(isodow from week_from) = 1),
  week_to        date not null check (extract(isodow from week_to) = 1),
  level          smallint not null check (level between 1 and 4),
  decision_no    text not null,
  decision_date  date not null,
  reason         text not null,
  decided_by_unit_id integer not null references org_unit(id),
  created_by     integer references app_user(id),
  created_at     timestamptz not null default now(),
  check (week_to >= week_from)
);
create index level_decision_unit_idx on level_decision (unit_id, week_from);

-- Administrative boundaries loaded by an administrator (GeoJSON geometry keyed by GSO code).
-- Without them the maps draw a schematic tile grid.
create table unit_boundary (
  unit_id    integer primary key references org_unit(id),
  geometry   jsonb not null,
  source     text not null,
  loaded_by  integer references app_user(id),
  loaded_at  timestamptz not null default now()
);

-- Presets. Measures summarise the appendix of Resolution 128/NQ-CP (editable per rule set and
-- by a province). Values not checked against the official text are listed in to_confirm and shown as
-- "cần xác nhận" until a national administrator confirms or corrects them.
insert into level_rule_set (code, name, source, valid_from, valid_to, definition, measures, to_confirm, note) values
(
  '4800/QĐ-BYT',
  'Hướng dẫn tạm thời chuyên môn y tế thực hiện Nghị quyết 128/NQ-CP (Quyết định 4800/QĐ-BYT)',
  'Quyết định số 4800/QĐ-BYT ngày 12/10/2021 của Bộ Y tế',
  date '2021-10-12', date '2022-01-27',
  '{
    "caseRate": {"thresholds": [20, 50, 150], "above": "gte"},
    "coverage": {"conditions": [{"metric": "adult_dose1", "minPercent": 70}, {"metric": "elderly_full", "minPercent": 80}]},
    "matrix": {"met": [1, 2, 3, 4], "notMet": [2, 3, 4, 4]},
    "capacity": {"freeBedsPer100kMin": null, "icuBedsPer100kMin": null, "whenNotMet": "raise_one"},
    "severity": {"oxygenRate": null, "deathRate": null},
    "rollUp": {"method": "own", "sharePercent": 50}
  }',
  '{"1":[{"area":"gatherings","status":"allowed","vi":"Tổ chức hoạt động tập trung đông người trong nhà và ngoài trời, tuân thủ 5K","en":"Indoor and outdoor gatherings go ahead, following 5K"},{"area":"schools","status":"allowed","vi":"Học trực tiếp","en":"In-person classes"},{"area":"markets","status":"allowed","vi":"Chợ, siêu thị, trung tâm thương mại hoạt động, tuân thủ 5K","en":"Markets, supermarkets and malls open, following 5K"},{"area":"transport","status":"allowed","vi":"Vận tải hành khách công cộng nội tỉnh và liên tỉnh hoạt động bình thường","en":"Public transport within and between provinces runs normally"},{"area":"services","status":"allowed","vi":"Nhà hàng phục vụ tại chỗ; dịch vụ hoạt động, bảo đảm an toàn","en":"Restaurants serve on site; services open with safety measures"},{"area":"work","status":"allowed","vi":"Cơ quan, doanh nghiệp hoạt động, có phương án phòng, chống dịch","en":"Offices and businesses work, with an epidemic plan"},{"area":"movement","status":"allowed","vi":"Đi lại bình thường","en":"Free movement"}],"2":[{"area":"gatherings","status":"limited","vi":"Hạn chế số người tham gia hoạt động tập trung đông người trong nhà và ngoài trời","en":"Fewer people at indoor and outdoor gatherings"},{"area":"schools","status":"limited","vi":"Học trực tiếp, có phương án bảo đảm an toàn; có thể kết hợp học trực tuyến","en":"In-person classes with safety plans; may be combined with online classes"},{"area":"markets","status":"limited","vi":"Chợ, siêu thị hoạt động, hạn chế số người cùng lúc","en":"Markets and supermarkets open with fewer people at once"},{"area":"transport","status":"limited","vi":"Vận tải hành khách công cộng hoạt động, hạn chế số hành khách","en":"Public transport runs with fewer passengers"},{"area":"services","status":"limited","vi":"Nhà hàng phục vụ tại chỗ hạn chế số khách; dịch vụ không thiết yếu hạn chế","en":"Restaurants serve fewer guests on site; non-essential services limited"},{"area":"work","status":"allowed","vi":"Cơ quan, doanh nghiệp hoạt động, có phương án phòng, chống dịch","en":"Offices and businesses work, with an epidemic plan"},{"area":"movement","status":"allowed","vi":"Đi lại bình thường, tuân thủ 5K","en":"Free movement, following 5K"}],"3":[{"area":"gatherings","status":"limited","vi":"Hạn chế chặt chẽ số người; chỉ tổ chức hoạt động thật cần thiết","en":"Strict limits on numbers; only essential gatherings"},{"area":"schools","status":"limited","vi":"Học trực tuyến hoặc kết hợp, theo quyết định của địa phương","en":"Online or mixed classes, as the locality decides"},{"area":"markets","status":"limited","vi":"Chợ dân sinh hạn chế hoạt động; siêu thị bán hàng thiết yếu","en":"Local markets limited; supermarkets sell essentials"},{"area":"transport","status":"limited","vi":"Hạn chế vận tải hành khách công cộng về tần suất và số hành khách","en":"Public transport cut in frequency and passengers"},{"area":"services","status":"closed","vi":"Nhà hàng chỉ bán mang về; dịch vụ không thiết yếu tạm dừng","en":"Restaurants take-away only; non-essential services closed"},{"area":"work","status":"limited","vi":"Cơ quan, doanh nghiệp hạn chế số người làm việc trực tiếp","en":"Offices and businesses limit on-site staff"},{"area":"movement","status":"limited","vi":"Hạn chế ra khỏi nhà khi không cần thiết; kiểm soát ra vào vùng dịch","en":"Stay home unless needed; entry to and exit from outbreak areas controlled"}],"4":[{"area":"gatherings","status":"closed","vi":"Không tổ chức hoạt động tập trung đông người","en":"No gatherings"},{"area":"schools","status":"closed","vi":"Học trực tuyến","en":"Online classes only"},{"area":"markets","status":"limited","vi":"Chỉ hoạt động cung ứng hàng hóa thiết yếu","en":"Only essential goods are sold"},{"area":"transport","status":"closed","vi":"Dừng vận tải hành khách công cộng, trừ trường hợp đặc biệt","en":"Public transport stopped, save special cases"},{"area":"services","status":"closed","vi":"Dừng dịch vụ không thiết yếu","en":"Non-essential services stopped"},{"area":"work","status":"limited","vi":"Chỉ duy trì cơ quan, đơn vị thiết yếu; làm việc từ xa","en":"Only essential offices open; others work remotely"},{"area":"movement","status":"closed","vi":"Người dân ở tại nhà, chỉ ra ngoài khi thật cần thiết; kiểm soát chặt ra vào","en":"People stay home and go out only when necessary; strict entry and exit control"}]}',
  '["caseRate.thresholds.0", "caseRate.thresholds.1", "coverage.conditions.0.minPercent", "coverage.conditions.1.minPercent", "matrix.notMet", "capacity.freeBedsPer100kMin", "capacity.icuBedsPer100kMin", "rollUp"]',
  'Ngưỡng 150 ca mắc mới trong cộng đồng/100.000 người/tuần là cấp 4 (đã xác nhận). Các giá trị còn lại cần đối chiếu với văn bản gốc.'
),
(
  '218/QĐ-BYT',
  'Hướng dẫn tạm thời chuyên môn y tế thực hiện Nghị quyết 128/NQ-CP (Quyết định 218/QĐ-BYT)',
  'Quyết định số 218/QĐ-BYT ngày 27/01/2022 của Bộ Y tế, thay thế Quyết định 4800/QĐ-BYT',
  date '2022-01-27', null,
  '{
    "caseRate": {"thresholds": [20, 150, 600], "above": "gt"},
    "coverage": {"conditions": [{"metric": "population_full", "minPercent": 75}, {"metric": "high_risk_full", "minPercent": 90}]},
    "matrix": {"met": [1, 2, 3, 4], "notMet": [2, 3, 4, 4]},
    "capacity": {"freeBedsPer100kMin": null, "icuBedsPer100kMin": null, "whenNotMet": "raise_one"},
    "severity": {"oxygenRate": null, "deathRate": null},
    "rollUp": {"method": "own", "sharePercent": 50}
  }',
  '{"1":[{"area":"gatherings","status":"allowed","vi":"Tổ chức hoạt động tập trung đông người trong nhà và ngoài trời, tuân thủ 5K","en":"Indoor and outdoor gatherings go ahead, following 5K"},{"area":"schools","status":"allowed","vi":"Học trực tiếp","en":"In-person classes"},{"area":"markets","status":"allowed","vi":"Chợ, siêu thị, trung tâm thương mại hoạt động, tuân thủ 5K","en":"Markets, supermarkets and malls open, following 5K"},{"area":"transport","status":"allowed","vi":"Vận tải hành khách công cộng nội tỉnh và liên tỉnh hoạt động bình thường","en":"Public transport within and between provinces runs normally"},{"area":"services","status":"allowed","vi":"Nhà hàng phục vụ tại chỗ; dịch vụ hoạt động, bảo đảm an toàn","en":"Restaurants serve on site; services open with safety measures"},{"area":"work","status":"allowed","vi":"Cơ quan, doanh nghiệp hoạt động, có phương án phòng, chống dịch","en":"Offices and businesses work, with an epidemic plan"},{"area":"movement","status":"allowed","vi":"Đi lại bình thường","en":"Free movement"}],"2":[{"area":"gatherings","status":"limited","vi":"Hạn chế số người tham gia hoạt động tập trung đông người trong nhà và ngoài trời","en":"Fewer people at indoor and outdoor gatherings"},{"area":"schools","status":"limited","vi":"Học trực tiếp, có phương án bảo đảm an toàn; có thể kết hợp học trực tuyến","en":"In-person classes with safety plans; may be combined with online classes"},{"area":"markets","status":"limited","vi":"Chợ, siêu thị hoạt động, hạn chế số người cùng lúc","en":"Markets and supermarkets open with fewer people at once"},{"area":"transport","status":"limited","vi":"Vận tải hành khách công cộng hoạt động, hạn chế số hành khách","en":"Public transport runs with fewer passengers"},{"area":"services","status":"limited","vi":"Nhà hàng phục vụ tại chỗ hạn chế số khách; dịch vụ không thiết yếu hạn chế","en":"Restaurants serve fewer guests on site; non-essential services limited"},{"area":"work","status":"allowed","vi":"Cơ quan, doanh nghiệp hoạt động, có phương án phòng, chống dịch","en":"Offices and businesses work, with an epidemic plan"},{"area":"movement","status":"allowed","vi":"Đi lại bình thường, tuân thủ 5K","en":"Free movement, following 5K"}],"3":[{"area":"gatherings","status":"limited","vi":"Hạn chế chặt chẽ số người; chỉ tổ chức hoạt động thật cần thiết","en":"Strict limits on numbers; only essential gatherings"},{"area":"schools","status":"limited","vi":"Học trực tuyến hoặc kết hợp, theo quyết định của địa phương","en":"Online or mixed classes, as the locality decides"},{"area":"markets","status":"limited","vi":"Chợ dân sinh hạn chế hoạt động; siêu thị bán hàng thiết yếu","en":"Local markets limited; supermarkets sell essentials"},{"area":"transport","status":"limited","vi":"Hạn chế vận tải hành khách công cộng về tần suất và số hành khách","en":"Public transport cut in frequency and passengers"},{"area":"services","status":"closed","vi":"Nhà hàng chỉ bán mang về; dịch vụ không thiết yếu tạm dừng","en":"Restaurants take-away only; non-essential services closed"},{"area":"work","status":"limited","vi":"Cơ quan, doanh nghiệp hạn chế số người làm việc trực tiếp","en":"Offices and businesses limit on-site staff"},{"area":"movement","status":"limited","vi":"Hạn chế ra khỏi nhà khi không cần thiết; kiểm soát ra vào vùng dịch","en":"Stay home unless needed; entry to and exit from outbreak areas controlled"}],"4":[{"area":"gatherings","status":"closed","vi":"Không tổ chức hoạt động tập trung đông người","en":"No gatherings"},{"area":"schools","status":"closed","vi":"Học trực tuyến","en":"Online classes only"},{"area":"markets","status":"limited","vi":"Chỉ hoạt động cung ứng hàng hóa thiết yếu","en":"Only essential goods are sold"},{"area":"transport","status":"closed","vi":"Dừng vận tải hành khách công cộng, trừ trường hợp đặc biệt","en":"Public transport stopped, save special cases"},{"area":"services","status":"closed","vi":"Dừng dịch vụ không thiết yếu","en":"Non-essential services stopped"},{"area":"work","status":"limited","vi":"Chỉ duy trì cơ quan, đơn vị thiết yếu; làm việc từ xa","en":"Only essential offices open; others work remotely"},{"area":"movement","status":"closed","vi":"Người dân ở tại nhà, chỉ ra ngoài khi thật cần thiết; kiểm soát chặt ra vào","en":"People stay home and go out only when necessary; strict entry and exit control"}]}',
  '["caseRate.thresholds.0", "caseRate.thresholds.1", "matrix.met", "matrix.notMet", "capacity.freeBedsPer100kMin", "capacity.icuBedsPer100kMin", "severity.oxygenRate", "severity.deathRate", "rollUp"]',
  'Trên 600 ca mắc mới trong cộng đồng/100.000 người/tuần là cấp 4; tiêm chủng đạt khi ≥ 75% dân số và ≥ 90% người có nguy cơ cao được tiêm đủ liều cơ bản (đã xác nhận). Quyết định còn dùng số ca thở ô xy và tử vong/100.000 người/tuần: bật trong trình sửa khi đã xác nhận ngưỡng.'
);
