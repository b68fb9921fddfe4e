import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';
import { NewPerson } from '../people/schema.ts';
import { PersonBrief } from '../people/scope.ts';

const Timestamp = Type.String({ format: 'date-time', description: 'ISO timestamp' });

export const CaseStatus = Type.Union([
  Type.Literal('home_care'), Type.Literal('centralised'), Type.Literal('hospital_t1'), Type.Literal('hospital_t2'),
  Type.Literal('hospital_t3'), Type.Literal('recovered'), Type.Literal('died'),
]);
export const Origin = Type.Union([Type.Literal('imported'), Type.Literal('domestic')]);
export const Detection = Type.Union([Type.Literal('community'), Type.Literal('quarantine')]);

export const CaseSummary = Type.Object({
  id: Type.Integer(),
  person: Type.Object({ id: Type.Integer(), fullName: Type.String(), birthYear: Nullable(Type.Integer()), sex: Nullable(Type.String()) }),
  unit: UnitRef,
  confirmedAt: Type.String(),
  origin: Origin,
  detection: Detection,
  infectedPlace: Nullable(Type.String()),
  symptomOnset: Nullable(IsoDate),
  clusterId: Nullable(Type.Integer()),
  clusterName: Nullable(Type.String()),
  status: CaseStatus,
  statusSince: Type.String(),
  facilityId: Nullable(Type.Integer()),
  facilityName: Nullable(Type.String()),
  ruleVersion: Nullable(Type.Integer()),
  confirmingTestId: Nullable(Type.Integer()),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const CaseQuery = Type.Object({
  unitId: Type.Optional(Id),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  status: Type.Optional(Type.Union([CaseStatus, Type.Literal('active')])),
  detection: Type.Optional(Detection),
  origin: Type.Optional(Origin),
  clusterId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  format: Type.Optional(ExportFormat),
});
export type CaseQuery = Static<typeof CaseQuery>;
export const CaseList = Type.Object({ total: Type.Integer(), items: Type.Array(CaseSummary) });
export type CaseList = Static<typeof CaseList>;

const caseFields = {
  origin: Type.Optional(Origin),
  infectedPlace: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  clusterId: Type.Optional(Nullable(Id)),
  symptomOnset: Type.Optional(Nullable(IsoDate)),
};

/** A case entered by hand, e.g. confirmed elsewhere. */
export const NewCase = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  personId: Id,
  unitId: Type.Optional(Id),
  confirmedAt: Timestamp,
  ...caseFields,
});
export type NewCase = Static<typeof NewCase>;

export const CaseChange = Type.Object(caseFields);
export type CaseChange = Static<typeof CaseChange>;

export const StatusBody = Type.Object({
  status: CaseStatus,
  at: Timestamp,
  facilityId: Type.Optional(Nullable(Id)),
  note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
});
export type StatusBody = Static<typeof StatusBody>;

export const CaseRecord = Type.Object({
  case: CaseSummary,
  person: PersonBrief,
  timeline: Type.Array(Type.Object({
    status: CaseStatus, at: Type.String(), facilityId: Nullable(Type.Integer()), facilityName: Nullable(Type.String()), note: Nullable(Type.String()),
  })),
  tests: Type.Array(Type.Object({
    id: Type.Integer(), kind: Type.String(), sampledAt: Type.String(), place: Nullable(Type.String()), lab: Nullable(Type.String()),
    result: Type.String(), resultAt: Nullable(Type.String()), symptoms: Type.Boolean(), poolId: Nullable(Type.Integer()),
  })),
  contacts: Type.Array(Type.Object({
    id: Type.Integer(),
    direction: Type.Union([Type.Literal('contact'), Type.Literal('source')], { description: "'contact': listed as a contact of this case's person; 'source': the person this case's person was exposed to" }),
    person: PersonBrief,
    degree: Nullable(Type.Integer()),
    exposureType: Type.String(),
    exposureDate: IsoDate,
    place: Nullable(Type.String()),
  })),
  quarantines: Type.Array(Type.Object({
    id: Type.Integer(), place: Type.String(), facilityName: Nullable(Type.String()), startDate: IsoDate, endDate: IsoDate,
    status: Type.String(), releasedOn: Nullable(IsoDate),
  })),
});
export type CaseRecord = Static<typeof CaseRecord>;

// ---- batch (line listing) ----
export const BatchRow = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  personId: Type.Optional(Id),
  person: Type.Optional(NewPerson),
  confirmedAt: Timestamp,
  origin: Origin,
  testKind: Type.Union([Type.Literal('pcr'), Type.Literal('antigen')]),
  symptoms: Type.Optional(Type.Boolean()),
  infectedPlace: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  clusterId: Type.Optional(Nullable(Id)),
});
export type BatchRow = Static<typeof BatchRow>;
export const BatchBody = Type.Object({ unitId: Id, rows: Type.Array(BatchRow, { minItems: 1, maxItems: 1000 }) });
export type BatchBody = Static<typeof BatchBody>;
export const BatchReply = Type.Object({
  cases: Type.Array(Type.Object({ row: Type.Integer(), caseId: Type.Integer(), personId: Type.Integer(), created: Type.Boolean() })),
});

// ---- case rules and classification ----
export const CaseRuleBody = Type.Object({
  pcrPositive: Type.Boolean(),
  antigenWithSymptoms: Type.Boolean(),
  antigenAlone: Type.Boolean(),
});
export const CaseRuleVersion = Type.Object({ version: Type.Integer(), validFrom: IsoDate, rule: CaseRuleBody, note: Nullable(Type.String()) });
export const NewCaseRule = Type.Object({ validFrom: IsoDate, rule: CaseRuleBody, note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) });
export type NewCaseRule = Static<typeof NewCaseRule>;

export const QuarantinedMeans = Type.Union([Type.Literal('centralised'), Type.Literal('any_quarantine'), Type.Literal('traced_contact')]);
export const ClassificationBody = Type.Object({ validFrom: IsoDate, quarantinedMeans: QuarantinedMeans });
export type ClassificationBody = Static<typeof ClassificationBody>;
export const Classification = Type.Object({
  province: UnitRef,
  current: QuarantinedMeans,
  isDefault: Type.Boolean(),
  history: Type.Array(Type.Object({ validFrom: IsoDate, quarantinedMeans: QuarantinedMeans })),
});

// ---- clusters ----
export const ClusterStatus = Type.Union([Type.Literal('active'), Type.Literal('monitoring'), Type.Literal('closed')]);
export const Cluster = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  name: Type.String(),
  place: Nullable(Type.String()),
  status: ClusterStatus,
  openedOn: IsoDate,
  closedOn: Nullable(IsoDate),
  cases: Type.Integer(),
  activeCases: Type.Integer(),
  lastConfirmedAt: Nullable(Type.String()),
});
export const ClusterQuery = Type.Object({ unitId: Type.Optional(Id), status: Type.Optional(ClusterStatus) });
export const NewCluster = Type.Object({
  unitId: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  openedOn: IsoDate,
});
export type NewCluster = Static<typeof NewCluster>;
export const ClusterChange = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  status: Type.Optional(ClusterStatus),
  closedOn: Type.Optional(Nullable(IsoDate)),
});
export type ClusterChange = Static<typeof ClusterChange>;
export const ClusterDetail = Type.Composite([Cluster, Type.Object({
  byStatus: Type.Record(Type.String(), Type.Integer()),
  byDetection: Type.Record(Type.String(), Type.Integer()),
  caseList: Type.Array(CaseSummary),
})]);
