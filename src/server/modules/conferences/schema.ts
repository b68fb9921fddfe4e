import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, Nullable, UnitRef } from '../../http/common-schema.ts';
import { Completeness, Dashboard, Figures } from '../rollups/schema.ts';

const Timestamp = Type.String({ format: 'date-time', description: 'ISO timestamp (stored to the minute)' });
export const RollCall = Type.Union([Type.Literal('pending'), Type.Literal('connected'), Type.Literal('late'), Type.Literal('absent')]);
export const ConferenceStatus = Type.Union([Type.Literal('scheduled'), Type.Literal('open'), Type.Literal('closed')]);
export const AttendeeRole = Type.Union([Type.Literal('chair'), Type.Literal('presenter'), Type.Literal('attendee')]);
const Level = Type.Integer({ minimum: 1, maximum: 3, description: '1 provinces, 2 districts, 3 communes' });
const Title = Type.String({ minLength: 1, maxLength: 300 });
const Agenda = Type.String({ maxLength: 10_000 });
const JoinUrl = Type.String({ pattern: '^https?://', maxLength: 1000 });

export const Totals = Type.Object({
  pending: Type.Integer(), connected: Type.Integer(), late: Type.Integer(), absent: Type.Integer(), total: Type.Integer(),
});

/** A conference as lists show it. */
export const ConferenceSummary = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  host: UnitRef,
  parentId: Nullable(Type.Integer()),
  startsAt: Timestamp,
  endsAt: Nullable(Timestamp),
  status: ConferenceStatus,
  siteCount: Type.Integer(),
});
export type ConferenceSummary = Static<typeof ConferenceSummary>;

export const Conference = Type.Composite([
  ConferenceSummary,
  Type.Object({
    agenda: Type.String(),
    joinUrl: Nullable(Type.String()),
    openedAt: Nullable(Timestamp),
    closedAt: Nullable(Timestamp),
    questionedUnitId: Nullable(Type.Integer()),
    createdAt: Timestamp,
    totals: Totals,
  }),
]);
export type Conference = Static<typeof Conference>;

/** One site, flat and short: a national room lists some 11,000. */
export const Site = Type.Object({
  unitId: Type.Integer(),
  code: Type.String(),
  /** the unit's full name (Phường Hồng Gai) */
  name: Type.String(),
  level: Type.Integer(),
  /** the unit above (for telling apart communes of the same name) */
  parentName: Type.String(),
  rollCall: RollCall,
  rollCallAt: Nullable(Timestamp),
  rollCallBy: Nullable(Type.String()),
});
export type Site = Static<typeof Site>;

export const Attendee = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  fullName: Type.String(),
  title: Type.String(),
  role: AttendeeRole,
});
export type Attendee = Static<typeof Attendee>;

/** The conference room: the conference, every site with its roll-call and attendees, the linked conferences. */
export const Room = Type.Object({
  conference: Conference,
  sites: Type.Array(Site),
  attendees: Type.Array(Attendee),
  parent: Nullable(ConferenceSummary),
  children: Type.Array(ConferenceSummary),
  /** what the reader may do here */
  can: Type.Object({
    manage: Type.Boolean(),
    /** the reader's own unit when it is a site that may check itself in */
    checkIn: Nullable(Type.Integer()),
    /** the reader's own unit when it is a province or district site that may cascade a follow-on conference */
    cascadeFrom: Nullable(UnitRef),
  }),
});
export type Room = Static<typeof Room>;

export const ListQuery = Type.Object({
  from: Type.Optional(IsoDate),
  to: Type.Optional(Type.Union([IsoDate], { description: 'inclusive' })),
});

const Sites = {
  levels: Type.Optional(Type.Array(Level, { maxItems: 3, description: 'every unit at these levels under the host' })),
  unitIds: Type.Optional(Type.Array(Id, { maxItems: 20_000, description: 'units picked one by one (in the user\'s scope)' })),
};

export const NewConference = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  hostUnitId: Type.Optional(Id),
  title: Title,
  startsAt: Timestamp,
  endsAt: Type.Optional(Nullable(Timestamp)),
  agenda: Type.Optional(Agenda),
  /** absent: a link from the video adapter; null: none; a URL: that link */
  joinUrl: Type.Optional(Nullable(JoinUrl)),
  ...Sites,
});
export type NewConference = Static<typeof NewConference>;

export const ConferenceChange = Type.Object({
  title: Type.Optional(Title),
  startsAt: Type.Optional(Timestamp),
  endsAt: Type.Optional(Nullable(Timestamp)),
  agenda: Type.Optional(Agenda),
  joinUrl: Type.Optional(Nullable(JoinUrl)),
});
export type ConferenceChange = Static<typeof ConferenceChange>;

export const AddSites = Type.Object(Sites);
export type AddSites = Static<typeof AddSites>;

export const CascadeInput = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  /** the site that hosts the follow-on conference; the user's own unit by default */
  unitId: Type.Optional(Id),
  /** levels under the new host; all of them (districts and communes for a province) by default */
  levels: Type.Optional(Type.Array(Level, { maxItems: 3 })),
  title: Type.Optional(Title),
  startsAt: Type.Optional(Timestamp),
  endsAt: Type.Optional(Nullable(Timestamp)),
  agenda: Type.Optional(Agenda),
  joinUrl: Type.Optional(Nullable(JoinUrl)),
});
export type CascadeInput = Static<typeof CascadeInput>;

export const RollCallInput = Type.Object({ rollCall: RollCall });
export const AttendeesInput = Type.Object({
  attendees: Type.Array(
    Type.Object({ fullName: Type.String({ minLength: 1, maxLength: 200 }), title: Type.Optional(Type.String({ maxLength: 300 })), role: AttendeeRole }),
    { maxItems: 100 },
  ),
});
export type AttendeesInput = Static<typeof AttendeesInput>;
export const QuestionedInput = Type.Object({ unitId: Nullable(Id) });

/** C1's task summary (tasks/summary.ts), as carried in the briefing and the situation panel. */
export const TaskSummary = Type.Object({
  open: Type.Integer(),
  dueSoon: Type.Integer(),
  overdue: Type.Integer(),
  doneLate: Type.Integer(),
  byChild: Type.Array(Type.Object({ unit: UnitRef, open: Type.Integer(), overdue: Type.Integer() })),
  overdueTasks: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), unit: UnitRef, deadline: Type.String() })),
});

const IndicatorName = Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String(), kind: Type.String() });

/** What was known when the conference opened (or now, when `frozen` is false). */
export const Briefing = Type.Object({
  frozen: Type.Boolean(),
  takenAt: Timestamp,
  date: IsoDate,
  form: Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String() }),
  indicators: Type.Array(IndicatorName),
  unit: UnitRef,
  headline: Figures,
  completeness: Completeness,
  /** the host's children, most new cases in 7 days first */
  ranked: Type.Array(Type.Object({ unit: UnitRef, figures: Figures, completeness: Completeness })),
  lateUnits: Dashboard.properties.lateUnits,
  tasks: Nullable(TaskSummary),
  /** units behind their vaccination targets, worst first (at most 20) */
  behind: Type.Array(Type.Object({
    unit: UnitRef, campaign: Type.String(), ageGroup: Type.String(), stage: Type.String(),
    share: Nullable(Type.Number()), targetShare: Type.Number(), dueDate: IsoDate,
  })),
});
export type Briefing = Static<typeof Briefing>;

/** The questioned site's situation, shown to everyone in the room. */
export const Situation = Type.Object({
  unit: UnitRef,
  date: IsoDate,
  headline: Figures,
  completeness: Completeness,
  /** the last 14 days */
  trend: Dashboard.properties.trend,
  expected: Type.Integer(),
  tasks: Nullable(TaskSummary),
});
export type Situation = Static<typeof Situation>;

export const SiteExportQuery = Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]) });
