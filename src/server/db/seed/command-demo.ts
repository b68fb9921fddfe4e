/**
 * Demo command data written through the app's own services: the leaders' duty rosters and
 * hotlines of the demo users' command centres (last week to next week); conferences down the
 * chain, a notice of conclusions and its tasks around today.
 */
import { randomUUID } from 'node:crypto';
import { addDays, vietnamToday } from '../../../domain/dates.ts';
import { vietnameseDate } from '../../../domain/notice.ts';
import type { Config } from '../../env.ts';
import type { Actor } from '../../modules/auth/policy.ts';
import {
  cascadeConference, closeConference, createConference, openConference, setAttendees, setQuestioned, setRollCall,
} from '../../modules/conferences/service.ts';
import { createHotline, createShift } from '../../modules/duty/service.ts';
import { createNotice, issueNotice, noticeTemplate } from '../../modules/notices/service.ts';
import { acknowledgeTask, addReport } from '../../modules/tasks/service.ts';
import type { Db, Queryable } from '../client.ts';
import { sql } from '../sql.ts';

/** Demo numbers (0900 000 xxx), not anyone's real line; 19009095 is the Ministry of Health's public hotline. */
const CENTRES = [
  { code: 'VN', leaders: [['Nguyễn Văn An', 'Phó Trưởng Ban Chỉ đạo quốc gia'], ['Trần Thị Bình', 'Thứ trưởng Bộ Y tế']],
    hotlines: [['Đường dây nóng Bộ Y tế', '19009095'], ['Thường trực Ban Chỉ đạo quốc gia', '0900000101']] },
  { code: '22', leaders: [['Lê Văn Cường', 'Phó Chủ tịch UBND tỉnh'], ['Phạm Thị Dung', 'Giám đốc Sở Y tế']],
    hotlines: [['Đường dây nóng Sở Y tế Quảng Ninh', '0900000221'], ['Trung tâm chỉ huy tỉnh', '0900000222']] },
  { code: '193', leaders: [['Hoàng Văn Giang', 'Chủ tịch UBND thành phố'], ['Vũ Thị Hà', 'Giám đốc Trung tâm Y tế']],
    hotlines: [['Trung tâm chỉ huy thành phố Hạ Long', '0900001931']] },
  { code: '06691', leaders: [['Đỗ Văn Khánh', 'Chủ tịch UBND phường'], ['Ngô Thị Lan', 'Trạm trưởng Trạm Y tế']],
    hotlines: [['Trạm Y tế phường Hồng Gai', '0900066911']] },
] as const;

async function unitOf(db: Queryable, code: string): Promise<number> {
  const [u] = await db.query<{ id: number }>(sql`select id from org_unit where code = ${code} and valid_to is null order by level limit 1`);
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

/** Day shifts 07:30–17:30 and night shifts 17:30–07:30, the two leaders taking turns. */
export async function seedDemoDuty(db: Db, actor: Actor, today: string): Promise<{ shifts: number }> {
  let shifts = 0;
  await db.transaction(async (tx) => {
    for (const [ci, c] of CENTRES.entries()) {
      const unitId = await unitOf(tx, c.code);
      for (const [i, [label, phone]] of c.hotlines.entries()) await createHotline(tx, actor, { unitId, label, phone, sortOrder: i }, 'vi');
      for (let d = -7; d <= 7; d++) {
        const day = addDays(today, d);
        for (const [k, [start, end]] of [[`${day}T07:30:00+07:00`, `${day}T17:30:00+07:00`], [`${day}T17:30:00+07:00`, `${addDays(day, 1)}T07:30:00+07:00`]].entries()) {
          const leader = (d + 7 + k) % 2;
          const [leaderName, leaderTitle] = c.leaders[leader]!;
          const phone = `0900${String((ci + 1) * 10 + leader).padStart(6, '0')}`;
          await createShift(tx, actor, { unitId, startsAt: new Date(start!).toISOString(), endsAt: new Date(end!).toISOString(), leaderName, leaderTitle, phone }, 'vi');
          shifts++;
        }
      }
    }
  });
  return { shifts };
}

export interface CommandActors {
  /** the national committee (trunguong) */
  nation: Actor;
  /** Quảng Ninh's command centre (tinh.quangninh) */
  province: Actor;
  /** Hạ Long's command centre (tp.halong) */
  district: Actor;
}

/** An instant given as Vietnam's wall clock on a day. */
const vnAt = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`);

const NATIONAL_TITLE = 'Hội nghị trực tuyến toàn quốc về công tác phòng, chống dịch COVID-19 và đẩy nhanh tiêm vắc xin';
const NATIONAL_AGENDA = [
  '1. Bộ Y tế báo cáo tình hình dịch COVID-19 và tiến độ tiêm vắc xin trên cả nước',
  '2. Các tỉnh, thành phố có số ca mắc tăng cao báo cáo tình hình và giải pháp',
  '3. Ý kiến các bộ, ngành',
  '4. Kết luận của đồng chí Trưởng Ban Chỉ đạo quốc gia',
].join('\n');
/** Provinces that joined late or not at all, by GSO code; every other province connected in time. */
const LATE = ['02', '11', '64', '96'];
const ABSENT = ['04', '94'];
const PROVINCE_TITLE = 'Hội nghị trực tuyến toàn tỉnh triển khai kết luận của Ban Chỉ đạo quốc gia về phòng, chống dịch COVID-19';
const LATE_DISTRICTS = ['207'];
const ABSENT_DISTRICTS = ['202'];

/**
 * A conference run as it would be on the day: sites connected a few minutes before the start (a
 * site's own users may check it in), opened (the briefing frozen), the late ones marked after the
 * start and the absent ones when the roll-call ends, one site questioned, closed.
 */
async function runConference(
  db: Db,
  host: Actor,
  id: number,
  day: string,
  times: { rollCall: string; open: string; late: string; absent: string; close: string },
  marks: { unitId: number; status: 'connected' | 'late' | 'absent'; by?: Actor }[],
  questioned: number,
): Promise<void> {
  const markAll = async (tx: Queryable, status: string, at: string) => {
    for (const m of marks.filter((x) => x.status === status)) await setRollCall(tx, m.by ?? host, id, m.unitId, m.status, 'vi', vnAt(day, at));
  };
  await db.transaction((tx) => markAll(tx, 'connected', times.rollCall));
  await openConference(db, host, id, 'vi', vnAt(day, times.open));
  await db.transaction(async (tx) => {
    await markAll(tx, 'late', times.late);
    await markAll(tx, 'absent', times.absent);
    await setQuestioned(tx, host, id, questioned, 'vi');
    await setQuestioned(tx, host, id, null, 'vi');
    await closeConference(tx, host, id, 'vi', vnAt(day, times.close));
  });
}

async function sitesOf(db: Queryable, conferenceId: number): Promise<{ unitId: number; code: string }[]> {
  return db.query<{ unitId: number; code: string }>(sql`
    select s.unit_id as "unitId", o.code from conference_site s join org_unit o on o.id = s.unit_id
    where s.conference_id = ${conferenceId} order by o.code`);
}

/** The tasks a notice gave out, by responsible unit and the notice task's number. */
async function tasksOf(db: Queryable, noticeId: number): Promise<{ id: number; seq: number; unitId: number }[]> {
  return db.query<{ id: number; seq: number; unitId: number }>(sql`
    select t.id, nt.seq, t.unit_id as "unitId" from task t join notice_task nt on nt.id = t.notice_task_id
    where nt.notice_id = ${noticeId} order by nt.seq, t.unit_id`);
}

const NOTICE_BODY = (day: string) => [
  `N${vietnameseDate(day).slice(1)}, ngay sau Hội nghị trực tuyến toàn quốc của Ban Chỉ đạo quốc gia, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh tổ chức Hội nghị trực tuyến toàn tỉnh với 13 huyện, thị xã, thành phố để quán triệt, triển khai kết luận của Ban Chỉ đạo quốc gia; đánh giá tình hình dịch, trọng tâm là công tác tiêm chủng vắc xin, truy vết, cách ly và điều trị người mắc COVID-19 trên địa bàn tỉnh. Đồng chí Lê Văn Cường, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo tỉnh chủ trì hội nghị.`,
  'Sau khi nghe Sở Y tế (cơ quan thường trực Ban Chỉ đạo tỉnh) báo cáo và ý kiến của các đại biểu dự hội nghị, đồng chí chủ trì hội nghị kết luận như sau:',
  'Thời gian qua, các cấp, các ngành và các địa phương đã triển khai quyết liệt các biện pháp phòng, chống dịch, cơ bản kiểm soát được dịch bệnh. Tuy nhiên, số ca mắc mới trong cộng đồng có xu hướng tăng, tập trung tại thành phố Hạ Long và thành phố Cẩm Phả; tiến độ tiêm mũi 2 cho người từ 18 tuổi trở lên ở một số địa phương còn chậm; công tác truy vết có nơi chưa kịp thời.',
  'Để chủ động kiểm soát dịch bệnh, không để dịch lây lan rộng trong cộng đồng, yêu cầu các sở, ngành, UBND các huyện, thị xã, thành phố tập trung thực hiện các nhiệm vụ sau:',
].join('\n');

/**
 * The command chain as users would have left it: a national conference two days ago with every
 * province (mostly connected, a few late or absent), opened and closed; Quảng Ninh's follow-on
 * conference with its districts; the province's notice of conclusions 125/TB-BCĐ issued that
 * afternoon with tasks for Hạ Long and others (one overdue, one due soon with Hạ Long's progress
 * report, one done); and Quảng Ninh's briefing with its districts and communes tomorrow.
 */
export async function seedDemoCommand(
  db: Db, actors: CommandActors, now: Date, config: Pick<Config, 'conferenceLinkPattern'>,
): Promise<{ conferences: number; sites: number; tasks: number }> {
  const { nation, province, district } = actors;
  const today = vietnamToday(now);
  const [d2, d1] = [addDays(today, -2), addDays(today, -1)];
  const [quangNinh, haLong] = [province.unit.id, district.unit.id];
  const unit = (code: string) => unitOf(db, code);

  // the nation: every province, scheduled the day before
  const national = await db.transaction((tx) => createConference(tx, nation, {
    title: NATIONAL_TITLE, startsAt: vnAt(d2, '08:00').toISOString(), endsAt: vnAt(d2, '10:00').toISOString(),
    agenda: NATIONAL_AGENDA, levels: [1], hostUnitId: nation.unit.id,
  }, 'vi', vnAt(addDays(d2, -1), '15:00'), config));
  await db.transaction(async (tx) => {
    await setAttendees(tx, nation, national.id, nation.unit.id, { attendees: [
      { fullName: 'Nguyễn Văn An', title: 'Phó Trưởng Ban Chỉ đạo quốc gia', role: 'chair' },
      { fullName: 'Trần Thị Bình', title: 'Thứ trưởng Bộ Y tế', role: 'presenter' },
    ] }, 'vi');
    await setAttendees(tx, province, national.id, quangNinh, { attendees: [
      { fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch UBND tỉnh', role: 'presenter' },
      { fullName: 'Phạm Thị Dung', title: 'Giám đốc Sở Y tế', role: 'attendee' },
    ] }, 'vi');
  });
  const nationalSites = await sitesOf(db, national.id);
  await runConference(db, nation, national.id, d2, { rollCall: '07:50', open: '08:00', late: '08:12', absent: '08:20', close: '10:00' },
    nationalSites.map((s) => ({
      unitId: s.unitId,
      status: LATE.includes(s.code) ? 'late' : ABSENT.includes(s.code) ? 'absent' : 'connected',
      // Quảng Ninh checks itself in
      ...(s.unitId === quangNinh ? { by: province } : {}),
    })), quangNinh);

  // Quảng Ninh follows on with its districts right after
  const follow = await db.transaction((tx) => cascadeConference(tx, province, national.id, {
    unitId: quangNinh, levels: [2], title: PROVINCE_TITLE,
    startsAt: vnAt(d2, '10:30').toISOString(), endsAt: vnAt(d2, '11:45').toISOString(),
    agenda: '1. Quán triệt kết luận của Ban Chỉ đạo quốc gia\n2. Sở Y tế báo cáo tình hình dịch trên địa bàn tỉnh\n3. Các huyện, thị xã, thành phố báo cáo\n4. Kết luận của đồng chí chủ trì',
  }, 'vi', vnAt(d2, '10:05'), config));
  await db.transaction(async (tx) => {
    await setAttendees(tx, province, follow.id, quangNinh, { attendees: [
      { fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo tỉnh', role: 'chair' },
      { fullName: 'Phạm Thị Dung', title: 'Giám đốc Sở Y tế', role: 'presenter' },
    ] }, 'vi');
    await setAttendees(tx, district, follow.id, haLong, { attendees: [
      { fullName: 'Hoàng Văn Giang', title: 'Chủ tịch UBND thành phố', role: 'presenter' },
      { fullName: 'Vũ Thị Hà', title: 'Giám đốc Trung tâm Y tế thành phố', role: 'attendee' },
    ] }, 'vi');
  });
  const provinceSites = await sitesOf(db, follow.id);
  await runConference(db, province, follow.id, d2, { rollCall: '10:25', open: '10:30', late: '10:41', absent: '10:45', close: '11:45' },
    provinceSites.map((s) => ({
      unitId: s.unitId,
      status: LATE_DISTRICTS.includes(s.code) ? 'late' : ABSENT_DISTRICTS.includes(s.code) ? 'absent' : 'connected',
      ...(s.unitId === haLong ? { by: district } : {}),
    })), haLong);

  // the notice of conclusions, issued that afternoon
  const [uongBi, camPha, mongCai, vanDon] = [await unit('196'), await unit('195'), await unit('194'), await unit('203')];
  /** due within the day from now, on the hour */
  const dueSoon = new Date(Math.floor((now.getTime() + 20 * 3_600_000) / 3_600_000) * 3_600_000);
  const noticeId = await db.transaction(async (tx) => {
    const at = vnAt(d2, '15:30');
    const tpl = await noticeTemplate(tx, province, { unitId: quangNinh, conferenceId: follow.id }, 'vi');
    const draft = await createNotice(tx, province, {
      issuingUnitId: quangNinh,
      conferenceId: follow.id,
      number: '125/TB-BCĐ',
      issuedOn: d2,
      issuingBody: tpl.issuingBody,
      place: tpl.place,
      title: 'Kết luận của đồng chí Phó Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh tại Hội nghị trực tuyến toàn tỉnh triển khai kết luận của Ban Chỉ đạo quốc gia',
      body: NOTICE_BODY(d2),
      closing: tpl.closing,
      recipients: [
        'Ban Chỉ đạo quốc gia (b/c)', 'Thường trực Tỉnh ủy, HĐND tỉnh (b/c)', 'Chủ tịch, các PCT UBND tỉnh', 'Các thành viên Ban Chỉ đạo tỉnh',
        'Sở Y tế', 'UBND các huyện, thị xã, thành phố', 'Lưu: VT',
      ],
      signerTitle: 'KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
      signerName: 'Lê Văn Cường',
      tasks: [
        {
          text: 'Rà soát, thống kê đầy đủ, chính xác số người từ 18 tuổi trở lên chưa tiêm hoặc chưa tiêm đủ liều vắc xin phòng COVID-19 đang cư trú trên địa bàn (nêu rõ lý do chưa tiêm); tổ chức tiêm vét ngay cho người đủ điều kiện, không để sót đối tượng.',
          unitIds: [haLong, uongBi], deadline: dueSoon.toISOString(), reportExpected: 'Báo cáo kết quả về Sở Y tế để tổng hợp',
        },
        {
          text: 'Truy vết, xét nghiệm toàn bộ F1, F2 liên quan đến ổ dịch tại chợ Hạ Long I và khu dân cư lân cận; khoanh vùng, cách ly kịp thời, không để dịch lây lan ra cộng đồng.',
          unitIds: [haLong, camPha], deadline: vnAt(d1, '17:00').toISOString(), reportExpected: 'Báo cáo Ban Chỉ đạo tỉnh (qua Sở Y tế)',
        },
        {
          text: 'Rà soát, bảo đảm cơ sở thu dung, điều trị người mắc COVID-19 tầng 1; báo cáo số giường sẵn sàng và số người mắc đang điều trị tại nhà.',
          unitIds: [haLong], deadline: vnAt(d1, '17:00').toISOString(), reportExpected: 'Báo cáo Sở Y tế',
        },
        {
          text: 'Kiểm soát chặt chẽ người, phương tiện ra vào qua cửa khẩu, cảng, bến thủy nội địa; yêu cầu người đến từ vùng có dịch khai báo y tế và thực hiện xét nghiệm theo quy định.',
          unitIds: [mongCai, vanDon], deadline: vnAt(addDays(today, 5), '17:00').toISOString(), reportExpected: 'Báo cáo UBND tỉnh',
        },
      ],
    }, 'vi', at);
    await issueNotice(tx, province, draft.id, 'vi', vnAt(d2, '16:00'));
    return draft.id;
  });

  // Hạ Long acknowledges its three tasks, reports progress on the vaccination and completes the beds in time
  const tasks = (await tasksOf(db, noticeId)).filter((t) => t.unitId === haLong);
  const of = (seq: number) => tasks.find((t) => t.seq === seq)!.id;
  await db.transaction(async (tx) => {
    for (const t of tasks) await acknowledgeTask(tx, district, t.id, 'vi', vnAt(d2, '16:40'));
    await addReport(tx, district, of(1), {
      clientId: randomUUID(), kind: 'progress', attachments: [],
      text: 'Đã rà soát 21/33 phường, xã: 2.146 người từ 18 tuổi trở lên chưa tiêm đủ liều (1.210 người đi làm ăn xa, 384 người chống chỉ định tạm thời, 552 người chưa tiêm được). Đã tổ chức 6 điểm tiêm vét, tiêm được 318 người; các phường, xã còn lại hoàn thành rà soát trong ngày.',
    }, 'vi', vnAt(d1, '10:00'));
    await addReport(tx, district, of(3), {
      clientId: randomUUID(), kind: 'done', attachments: [],
      text: 'Thành phố có 3 cơ sở thu dung, điều trị tầng 1 với 450 giường sẵn sàng, đang điều trị 126 người; 412 người mắc đang điều trị tại nhà, được 33 trạm y tế theo dõi hằng ngày.',
    }, 'vi', vnAt(d1, '15:30'));
  });

  // tomorrow: Quảng Ninh's briefing with its districts and communes
  const upcoming = await db.transaction(async (tx) => {
    const c = await createConference(tx, province, {
      title: 'Giao ban trực tuyến công tác phòng, chống dịch COVID-19 và tiêm chủng vắc xin',
      startsAt: vnAt(addDays(today, 1), '08:00').toISOString(), endsAt: vnAt(addDays(today, 1), '09:30').toISOString(),
      agenda: '1. Tình hình dịch và tiến độ tiêm chủng trong tuần\n2. Kết quả thực hiện Thông báo số 125/TB-BCĐ\n3. Các địa phương báo cáo khó khăn, vướng mắc',
      levels: [2, 3], hostUnitId: quangNinh,
    }, 'vi', now, config);
    await setAttendees(tx, province, c.id, quangNinh, { attendees: [
      { fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch UBND tỉnh', role: 'chair' },
      { fullName: 'Phạm Thị Dung', title: 'Giám đốc Sở Y tế', role: 'presenter' },
    ] }, 'vi');
    return c;
  });

  const taskCount = (await tasksOf(db, noticeId)).length;
  return { conferences: 3, sites: nationalSites.length + provinceSites.length + upcoming.siteCount, tasks: taskCount };
}
