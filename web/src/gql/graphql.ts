/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptCompletedDossierInput = {
  code: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
};

export type AcknowledgeDeadlineAlertInput = {
  id: string | number;
};

export type ApologiseForDossierInput = {
  code: string;
  expectedVersion: number;
  newAppointmentAt: string;
  /** Why the dossier will be late. */
  reason: string;
  /** The unit responsible for the delay. */
  responsibleUnitCode: string;
};

export type ApplicantInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  fullName: string;
  /** 12-digit citizen ID (CCCD) for citizens and household businesses; enterprise code for businesses. */
  idNumber?: string | null | undefined;
  kind: ApplicantKind;
  phone: string;
};

export type ApplicantKind =
  | 'BUSINESS'
  | 'CITIZEN'
  | 'HOUSEHOLD_BUSINESS';

export type ApplicantType =
  /** Doanh nghiệp, tổ chức. */
  | 'BUSINESS'
  /** Công dân. */
  | 'CITIZEN'
  /** Hộ kinh doanh. */
  | 'HOUSEHOLD_BUSINESS';

export type AppraiseDossierInput = {
  code: string;
  expectedVersion: number;
  /** The appraisal opinion (ý kiến thẩm định). */
  opinion: string;
};

export type ApproveDossierInput = {
  code: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
};

export type AssignDossierInput = {
  code: string;
  expectedVersion: number;
  note?: string | null | undefined;
  /** The officer (user id, as `me.id`) who takes the file. */
  officerId?: string | number | null | undefined;
  /** Processing unit; default the officer's unit, else the assigning officer's. */
  unitCode?: string | null | undefined;
};

export type AssignPersonInput = {
  from: string;
  officeCode: string;
  personId: string | number;
  position: Position;
  postType: PostType;
  to?: string | null | undefined;
};

export type AttachDossierFileInput = {
  code: string;
  /** The filed component the scan belongs to (it then counts as digitised); omit it to attach the electronic result. */
  documentOrdinal?: number | null | undefined;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
  /** The `id` returned by POST /files. */
  fileId: string;
};

/** COMPLIANT, WARNING (e.g. a contract ending soon, or a rule not verified enough to accuse) or VIOLATION. */
export type ComplianceStatus =
  | 'COMPLIANT'
  | 'VIOLATION'
  | 'WARNING';

/** Confidence of the legal reading (DOMAIN.md): HIGH, MED, LOW, UNVERIFIED. */
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MED'
  | 'UNVERIFIED';

export type CreateOfficeInput = {
  /** Unique office code, e.g. the agency code 000.51.21.H47. */
  code: string;
  establishedOn: string;
  headcountQuota: number;
  internalUnits?: number | null | undefined;
  kind: OfficeKind;
  name: string;
  provinceClass: ProvinceClass;
  unitCode: string;
};

export type CreatePersonInput = {
  dateOfBirth: string;
  fullName: string;
  personKey: string;
  seniorityStart: string;
  unitCode: string;
};

export type CreateProcedureInput = {
  /** National procedure code, e.g. 1.001612. */
  code: string;
  content: ProcedureContentInput;
};

export type DeadlineAlertFilter = {
  acknowledged?: boolean | null | undefined;
  /** One dossier's alert history. */
  dossierCode?: string | null | undefined;
  kinds?: Array<DeadlineAlertKind> | null | undefined;
  /** Only dossiers assigned to the signed-in officer. */
  mine?: boolean | null | undefined;
  /** true: not closed; false: history only. */
  open?: boolean | null | undefined;
  /** Dossiers received or held by this unit or one of its sub-units. */
  unitCode?: string | null | undefined;
};

/** Why an alert was raised: warning window, step or dossier overdue, apology due, supplement overdue, returned late without apology. */
export type DeadlineAlertKind =
  | 'APOLOGY_REQUIRED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'RETURN_WITHOUT_APOLOGY'
  | 'STEP_OVERDUE'
  | 'SUPPLEMENT_OVERDUE';

export type DeadlineExplanationKind =
  | 'AFTER_CUT_OFF'
  | 'APPOINTMENT'
  | 'DAY_OF_RECEIPT_NOT_COUNTED'
  | 'OUTSIDE_OFFICE_HOURS'
  | 'PAUSE_IGNORED'
  | 'PAUSE_OPEN'
  | 'PAUSE_RESTARTED'
  | 'PAUSE_SHIFTED'
  | 'PERIOD_ENDS_ON_DAY_OFF'
  | 'RECEIVED'
  | 'RECEIVED_ON_DAY_OFF'
  | 'SKIPPED_DAY';

/** Finished: EARLY, ON_TIME, LATE (against the legal deadline). Open: WITHIN_DEADLINE, DUE_SOON (≤ 1 working day left), OVERDUE. */
export type DeadlineState =
  | 'DUE_SOON'
  | 'EARLY'
  | 'LATE'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'WITHIN_DEADLINE';

export type DossierAction =
  | 'ACCEPT_COMPLETED'
  | 'APOLOGISE'
  | 'APPRAISE'
  | 'APPROVE'
  | 'ASSIGN'
  | 'ATTACH_FILE'
  | 'FORWARD'
  | 'MARK_RESULT_READY'
  | 'PAUSE'
  | 'RECEIVE'
  | 'REFUSE'
  | 'REFUSE_AT_RECEPTION'
  | 'REQUEST_COMPLETION'
  | 'REQUEST_SUPPLEMENT'
  | 'RESUME'
  | 'RETURN_RESULT'
  | 'STOP'
  | 'SUBMIT_FOR_APPROVAL'
  | 'WITHDRAW';

export type DossierDocumentInput = {
  certifiedCopies?: number;
  copies?: number;
  name: string;
  originals?: number;
};

export type DossierFilter = {
  /** Due day of the current appointment, inclusive. */
  appointmentFrom?: string | null | undefined;
  appointmentTo?: string | null | undefined;
  channel?: IntakeChannel | null | undefined;
  deadlineState?: DeadlineState | null | undefined;
  fieldCode?: string | null | undefined;
  /** Returned late without an apology, or after the new appointment. */
  hasViolation?: boolean | null | undefined;
  /** Only dossiers assigned to the signed-in officer (their queue). */
  mine?: boolean | null | undefined;
  procedureCode?: string | null | undefined;
  /** Local day of receipt, inclusive. */
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  /** Receipt code or applicant name, ignoring Vietnamese diacritics and case. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<DossierStatus> | null | undefined;
  /** Received or held by this unit or one of its sub-units. */
  unitCode?: string | null | undefined;
};

/** Ties are broken by id, so pages are stable. Default RECEIVED_NEWEST. */
export type DossierOrder =
  | 'APPOINTMENT_SOONEST'
  | 'CODE'
  | 'RECEIVED_NEWEST'
  | 'RECEIVED_OLDEST';

/** Where the dossier is in its life; `nationalStatusCode` gives the DVCQG code (1–10). */
export type DossierStatus =
  | 'APPROVED'
  | 'AWAITING_APPROVAL'
  | 'AWAITING_COMPLETION'
  | 'IN_PROCESS'
  | 'PAUSED'
  | 'RECEIVED'
  | 'REFUSED'
  | 'REFUSED_AT_RECEPTION'
  | 'RESULT_READY'
  | 'RETURNED'
  | 'STOPPED'
  | 'SUPPLEMENT_REQUESTED'
  | 'WITHDRAWN';

export type DossierViolation =
  | 'LATE_AFTER_REAPPOINTMENT'
  | 'LATE_WITHOUT_APOLOGY'
  | 'NONE';

/** Civil servant within quota, public employee (viên chức), support contract (Decree 111/2022), or a Decree 173/2025 labour or service contract. */
export type EmploymentType =
  | 'CIVIL_SERVANT'
  | 'CONTRACT_173_LABOUR'
  | 'CONTRACT_173_SERVICE'
  | 'PUBLIC_EMPLOYEE'
  | 'SUPPORT_CONTRACT_111';

export type EndAssignmentInput = {
  expectedVersion: number;
  id: string | number;
  to: string;
};

export type ForwardDossierInput = {
  code: string;
  /** The current step is done and the next one begins (default true). */
  completeStep?: boolean | null | undefined;
  expectedVersion: number;
  note?: string | null | undefined;
  officerId?: string | number | null | undefined;
  unitCode?: string | null | undefined;
};

/** Government level that implements a procedure (cấp thực hiện). */
export type ImplementingLevel =
  /** Cấp xã. */
  | 'COMMUNE'
  /** Cấp huyện (abolished from 1 July 2025; kept for history). */
  | 'DISTRICT'
  /** Cấp tỉnh. */
  | 'PROVINCE';

export type ImportStaffingInput = {
  /** The .xlsx file, base64-encoded (first sheet, header row first). */
  contentBase64: string;
  /** Unit whose register receives new people. */
  unitCode: string;
};

/** DIRECT (national code 1), ONLINE (2), POSTAL (3). */
export type IntakeChannel =
  | 'DIRECT'
  | 'ONLINE'
  | 'POSTAL';

/** ACCEPT (receipt and appointment), REQUEST_SUPPLEMENT (once, in full, form 02) or REFUSE (with reasons, form 03). */
export type IntakeOutcome =
  | 'ACCEPT'
  | 'REFUSE'
  | 'REQUEST_SUPPLEMENT';

/** Trước hạn / đúng hạn / quá hạn (form 05). */
export type Lateness =
  | 'EARLY'
  | 'LATE'
  | 'ON_TIME';

/** Law (Luật), ordinance, resolution, decree (Nghị định), decision, circular (Thông tư), joint circular, other. */
export type LegalDocumentKind =
  | 'CIRCULAR'
  | 'DECISION'
  | 'DECREE'
  | 'JOINT_CIRCULAR'
  | 'LAW'
  | 'ORDINANCE'
  | 'OTHER'
  | 'RESOLUTION';

export type MarkDossierResultReadyInput = {
  code: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
};

/** Phòng (division), chi cục (sub-department), văn phòng (general office), one-stop desk, or a department's leadership. */
export type OfficeKind =
  | 'DIVISION'
  | 'GENERAL_OFFICE'
  | 'LEADERSHIP'
  | 'ONE_STOP_DESK'
  | 'SUB_DEPARTMENT';

/** Online public service class under Decree 42/2022/NĐ-CP: NONE, PARTIAL (một phần), FULL (toàn trình). */
export type OnlineServiceClass =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

export type PauseDossierInput = {
  code: string;
  expectedVersion: number;
  /** FINANCIAL_OBLIGATION or OTHER (supplements use requestDossierSupplement). */
  kind: PauseKind;
  legalBasis?: string | null | undefined;
  reason: string;
};

export type PauseKind =
  | 'FINANCIAL_OBLIGATION'
  | 'OTHER'
  | 'SUPPLEMENT';

export type PersonFilter = {
  /** People with this employment type today. */
  employmentType?: EmploymentType | null | undefined;
  /** People holding a post in this office today. */
  officeCode?: string | null | undefined;
  /** People holding this position today. */
  position?: Position | null | undefined;
  /** Matches staff code and name, ignoring Vietnamese diacritics and case. */
  search?: string | null | undefined;
  /** People kept by this unit and its sub-units. */
  unitCode?: string | null | undefined;
};

/** Post held: director, deputy director, head, deputy head, or staff. */
export type Position =
  | 'DEPUTY_DIRECTOR'
  | 'DEPUTY_HEAD'
  | 'DIRECTOR'
  | 'HEAD'
  | 'STAFF';

/** Professional (regular state-management work), a specialised non-recurring task, or support work. */
export type PostType =
  | 'PROFESSIONAL'
  | 'SPECIALISED_TASK'
  | 'SUPPORT';

export type ProcedureContentInput = {
  applicantTypes: Array<ApplicantType>;
  cutOffHour?: string | null | undefined;
  fees?: Array<ProcedureFeeInput> | null | undefined;
  fieldCode: string;
  implementingUnitCodes?: Array<string> | null | undefined;
  legacyOnlineLevel: number;
  /** Numbers of the legal documents cited, e.g. 60/2014/QH13. */
  legalBasisNumbers?: Array<string> | null | undefined;
  levels: Array<ImplementingLevel>;
  name: string;
  onlineService: OnlineServiceClass;
  processingTime: ProcessingTimeInput;
  receivingUnitCodes?: Array<string> | null | undefined;
  requiredDocuments?: Array<RequiredDocumentInput> | null | undefined;
  resultDocuments?: Array<string> | null | undefined;
  /** Budgets must add up to the processing time. */
  steps?: Array<ProcedureStepInput> | null | undefined;
};

export type ProcedureFeeInput = {
  /** VND. */
  amount: number;
  name: string;
  payerNotes?: string | null | undefined;
};

export type ProcedureFilter = {
  /** Cites a legal document not in force on `inForceOn`. */
  citesExpiredLaw?: boolean | null | undefined;
  /** Field (lĩnh vực) code. */
  fieldCode?: string | null | undefined;
  /** The day that decides which version is in force and which law has expired (default today). */
  inForceOn?: string | null | undefined;
  level?: ImplementingLevel | null | undefined;
  onlineService?: OnlineServiceClass | null | undefined;
  /** Matches code and name, ignoring Vietnamese diacritics and case ("dang ky khai sinh"). */
  search?: string | null | undefined;
  /** Default: versions in force on `inForceOn`. PUBLISHED: the same, without retirements already announced. DRAFT and RETIRED need a signed-in user. */
  status?: ProcedureStatus | null | undefined;
  syncState?: SyncState | null | undefined;
  /** Implemented or received by this unit. */
  unitCode?: string | null | undefined;
};

/** DRAFT (being edited), PUBLISHED (has a validity window), RETIRED (no longer offered; history kept). */
export type ProcedureStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type ProcedureStepInput = {
  /** In the procedure's processing-time unit. */
  budget: number;
  name: string;
  role?: Role | null | undefined;
  unit?: string | null | undefined;
};

export type ProcessingTimeInput = {
  amount: number;
  unit: ProcessingTimeUnit;
};

/** Unit of a processing time; most procedures count working days. */
export type ProcessingTimeUnit =
  | 'CALENDAR_DAYS'
  | 'WORKING_DAYS'
  | 'WORKING_HOURS';

/** Province class for the Decree 107/2020 thresholds: Hà Nội and HCMC (SPECIAL_CITY), class I, class II or III. */
export type ProvinceClass =
  | 'CLASS_I'
  | 'CLASS_II_OR_III'
  | 'SPECIAL_CITY';

export type PublishProcedureInput = {
  code: string;
  /** Default today; never in the past. */
  effectiveFrom?: string | null | undefined;
  expectedRevision: number;
};

export type ReceiveDossierInput = {
  applicant: ApplicantInput;
  channel: IntakeChannel;
  /** Components filed; default the procedure's full list. */
  documents?: Array<DossierDocumentInput> | null | undefined;
  /** REQUEST_SUPPLEMENT: everything missing, in one go. */
  missingItems?: Array<string> | null | undefined;
  /** Default ACCEPT. */
  outcome?: IntakeOutcome | null | undefined;
  procedureCode: string;
  /** Backfill only (Admin, DataEntry); otherwise the server's clock is used. */
  receivedAt?: string | null | undefined;
  /** REFUSE: the specific reasons. */
  refusalReasons?: Array<string> | null | undefined;
  /** Number of dossier sets, default 1. */
  sets?: number | null | undefined;
  /** Content of the request; default the procedure's name. */
  subject?: string | null | undefined;
  /** Receiving unit (its code prefixes the receipt code); default the officer's unit. */
  unitCode?: string | null | undefined;
};

export type RecordEmploymentInput = {
  end?: string | null | undefined;
  personId: string | number;
  start: string;
  supportJob?: SupportJob | null | undefined;
  type: EmploymentType;
};

export type RefuseDossierInput = {
  code: string;
  expectedVersion: number;
  reasons: Array<string>;
};

export type RequestDossierSupplementInput = {
  code: string;
  expectedVersion: number;
  /** Everything to add, in one go. */
  missingItems: Array<string>;
  /** Required to exceed the limit of supplement requests. */
  overrideReason?: string | null | undefined;
  reason: string;
};

export type RequiredDocumentInput = {
  certifiedCopies: number;
  copies: number;
  formTemplate?: string | null | undefined;
  name: string;
  originals: number;
};

export type ResumeDossierInput = {
  code: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
};

export type RetireProcedureInput = {
  code: string;
  /** First day no longer in force; default today. */
  effectiveTo?: string | null | undefined;
  expectedRevision: number;
};

export type ReturnDossierResultInput = {
  code: string;
  expectedVersion: number;
  method: ReturnMethod;
};

export type ReturnMethod =
  | 'DESK'
  | 'ONLINE'
  | 'POST';

/** What a user may do. */
export type Role =
  /** Administers the catalogue, units, accounts and calendars. */
  | 'ADMIN'
  /** Read-only analysis; personal data masked. */
  | 'ANALYST'
  /** Backfills historical dossiers. */
  | 'DATA_ENTRY'
  /** Province supervision: reads every unit. */
  | 'INSPECTOR'
  /** Approves and signs results; leads a unit. */
  | 'LEADER'
  /** One-stop desk officer: receives and returns dossiers. */
  | 'RECEPTIONIST'
  /** Appraises dossiers. */
  | 'SPECIALIST';

/** A staffing rule; its thresholds are versioned rows (StaffingRule). */
export type StaffingRuleCode =
  | 'CONTRACT_173_ROUTINE_WORK'
  | 'CONTRACT_173_TERM'
  | 'CONTRACT_ENDING'
  | 'DESK_SENIORITY'
  | 'MAX_DEPUTY_DIRECTORS'
  | 'MAX_DEPUTY_HEADS'
  | 'MIN_STAFF'
  | 'PUBLIC_EMPLOYEE_PROFESSIONAL_WORK'
  | 'SUPPORT_CONTRACT_JOBS';

export type StopDossierInput = {
  code: string;
  expectedVersion: number;
  reason: string;
};

export type SubmitDossierForApprovalInput = {
  code: string;
  expectedVersion: number;
  /** The leader who signs (user id). */
  leaderId?: string | number | null | undefined;
};

/** Support job of a Decree 111/2022 contract. */
export type SupportJob =
  | 'CLEANER'
  | 'COOK'
  | 'DRIVER'
  | 'GUARD'
  | 'MAINTENANCE'
  | 'OTHER_SUPPORT'
  | 'PARKING_ATTENDANT'
  | 'RECEPTIONIST';

/** Whether the national public service portal (DVCQG) shows the published version. */
export type SyncState =
  | 'NOT_SYNCED'
  | 'OUT_OF_DATE'
  | 'SYNCED';

export type UnitFilter = {
  kind?: UnitKind | null | undefined;
  /** Only direct children of this unit. */
  parentCode?: string | null | undefined;
  /** Matches code and name, ignoring Vietnamese diacritics and case. */
  search?: string | null | undefined;
};

/** Province, department (sở), district, commune, or an office inside a unit. */
export type UnitKind =
  | 'COMMUNE'
  | 'DEPARTMENT'
  | 'DISTRICT'
  | 'OFFICE'
  | 'PROVINCE';

export type UpdateEmploymentInput = {
  end?: string | null | undefined;
  expectedVersion: number;
  id: string | number;
  supportJob?: SupportJob | null | undefined;
};

export type UpdateOfficeInput = {
  code: string;
  dissolvedOn?: string | null | undefined;
  establishedOn: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
  headcountQuota: number;
  internalUnits?: number | null | undefined;
  name: string;
  provinceClass: ProvinceClass;
};

export type UpdatePersonInput = {
  dateOfBirth: string;
  expectedVersion: number;
  fullName: string;
  id: string | number;
  seniorityStart: string;
};

export type UpdateProcedureDraftInput = {
  code: string;
  content: ProcedureContentInput;
  /** The `revision` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedRevision: number;
};

export type WithdrawDossierInput = {
  code: string;
  expectedVersion: number;
  reason: string;
};

export type DossierIntakeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type DossierIntakeRouteQuery = { me: { id: string, unit: { id: string, code: string } | null } | null };

export type DossierPrintRouteQueryVariables = Exact<{
  code: string;
}>;


export type DossierPrintRouteQuery = { dossierForms: { receipt: (
      { code: string }
      & { ' $fragmentRefs'?: { 'ReceiptForm_ReceiptFragment': ReceiptForm_ReceiptFragment } }
    ), supplementRequest: (
      { code: string }
      & { ' $fragmentRefs'?: { 'SupplementForm_FormFragment': SupplementForm_FormFragment } }
    ) | null, refusal: (
      { code: string }
      & { ' $fragmentRefs'?: { 'RefusalForm_FormFragment': RefusalForm_FormFragment } }
    ) | null, apologies: Array<(
      { issuedAt: string }
      & { ' $fragmentRefs'?: { 'ApologyForm_FormFragment': ApologyForm_FormFragment } }
    )>, processControl: (
      { code: string }
      & { ' $fragmentRefs'?: { 'ProcessControl_SheetFragment': ProcessControl_SheetFragment } }
    ) } | null };

export type TrackingBookRouteQueryVariables = Exact<{
  where: DossierFilter;
}>;


export type TrackingBookRouteQuery = { me: { id: string, unit: { id: string, name: string } | null } | null, dossiers: { nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'TrackingBook_DossierFragment': TrackingBook_DossierFragment } }
    )> } };

export type DossierRouteQueryVariables = Exact<{
  code: string;
}>;


export type DossierRouteQuery = { me: { id: string, roles: Array<Role> } | null, dossier: (
    { id: string, code: string, status: DossierStatus, version: number }
    & { ' $fragmentRefs'?: { 'DossierSummary_DossierFragment': DossierSummary_DossierFragment;'DossierTimeline_DossierFragment': DossierTimeline_DossierFragment;'DossierDocuments_DossierFragment': DossierDocuments_DossierFragment;'DossierSteps_DossierFragment': DossierSteps_DossierFragment;'DossierAudit_DossierFragment': DossierAudit_DossierFragment;'DossierActions_DossierFragment': DossierActions_DossierFragment } }
  ) | null };

export type DossierChangedSubscriptionVariables = Exact<{
  code: string;
}>;


export type DossierChangedSubscription = { dossierChanged: (
    { id: string, code: string, status: DossierStatus, version: number }
    & { ' $fragmentRefs'?: { 'DossierSummary_DossierFragment': DossierSummary_DossierFragment;'DossierTimeline_DossierFragment': DossierTimeline_DossierFragment;'DossierDocuments_DossierFragment': DossierDocuments_DossierFragment;'DossierSteps_DossierFragment': DossierSteps_DossierFragment;'DossierAudit_DossierFragment': DossierAudit_DossierFragment;'DossierActions_DossierFragment': DossierActions_DossierFragment } }
  ) };

export type DossiersRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type DossiersRouteQuery = { me: { id: string, roles: Array<Role> } | null };

export type HomeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRouteQuery = { me: (
    { id: string }
    & { ' $fragmentRefs'?: { 'WelcomeCard_MeFragment': WelcomeCard_MeFragment } }
  ) | null };

export type CatalogueHealthRouteViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueHealthRouteViewerQuery = { me: { id: string, roles: Array<Role> } | null };

export type CatalogueHealthRouteQueryVariables = Exact<{
  unitCode?: string | null | undefined;
}>;


export type CatalogueHealthRouteQuery = { catalogueHealth: { ' $fragmentRefs'?: { 'CatalogueHealth_HealthFragment': CatalogueHealth_HealthFragment } } };

export type ProcedureDetailRouteQueryVariables = Exact<{
  code: string;
}>;


export type ProcedureDetailRouteQuery = { me: { id: string, roles: Array<Role> } | null, procedure: (
    { id: string, number: number }
    & { ' $fragmentRefs'?: { 'ProcedureDetail_ProcedureFragment': ProcedureDetail_ProcedureFragment } }
  ) | null };

export type ProcedureDetailRouteVersionQueryVariables = Exact<{
  code: string;
  number: number;
}>;


export type ProcedureDetailRouteVersionQuery = { me: { id: string, roles: Array<Role> } | null, procedure: { id: string, number: number, version: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ProcedureDetail_ProcedureFragment': ProcedureDetail_ProcedureFragment } }
    ) | null } | null };

export type ProcedureEditorRouteQueryVariables = Exact<{
  code: string;
  isNew: boolean;
}>;


export type ProcedureEditorRouteQuery = { me: { id: string, roles: Array<Role> } | null, procedureFields: Array<{ code: string, name: string }>, legalDocuments: { nodes: Array<{ id: string, number: string, title: string, inForce: boolean }> }, units: { nodes: Array<{ id: string, code: string, name: string }> }, procedure?: (
    { id: string, code: string, name: string, number: number, status: ProcedureStatus, revision: number, versions: Array<(
      { id: string, number: number, status: ProcedureStatus }
      & { ' $fragmentRefs'?: { 'ProcedureEditorForm_ProcedureFragment': ProcedureEditorForm_ProcedureFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'ProcedureEditorForm_ProcedureFragment': ProcedureEditorForm_ProcedureFragment } }
  ) | null };

export type ProcedureEditorCreateMutationVariables = Exact<{
  input: CreateProcedureInput;
}>;


export type ProcedureEditorCreateMutation = { createProcedure: { procedure: { id: string, code: string, revision: number } | null, errors: Array<
      | { __typename: 'NotFoundError', code: string, message: string }
      | { __typename: 'StepBudgetMismatchError', code: string, message: string, expected: number, actual: number, unit: ProcessingTimeUnit }
      | { __typename: 'ValidationError', code: string, message: string, field: string }
    > } };

export type ProcedureEditorSaveMutationVariables = Exact<{
  input: UpdateProcedureDraftInput;
}>;


export type ProcedureEditorSaveMutation = { updateProcedureDraft: { procedure: { id: string, code: string, number: number, status: ProcedureStatus, revision: number } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', code: string, message: string, currentVersion: number }
      | { __typename: 'NotFoundError', code: string, message: string }
      | { __typename: 'StepBudgetMismatchError', code: string, message: string, expected: number, actual: number, unit: ProcessingTimeUnit }
      | { __typename: 'ValidationError', code: string, message: string, field: string }
    > } };

export type ProcedureEditorPublishMutationVariables = Exact<{
  input: PublishProcedureInput;
}>;


export type ProcedureEditorPublishMutation = { publishProcedure: { procedure: { id: string, code: string, number: number, status: ProcedureStatus, effectiveFrom: string | null, revision: number } | null, errors: Array<
      | (
        { __typename: 'CitesExpiredLawError', code: string, message: string }
        & { ' $fragmentRefs'?: { 'ExpiredLawAlert_ErrorFragment': ExpiredLawAlert_ErrorFragment } }
      )
      | { __typename: 'ConcurrencyConflictError', code: string, message: string, currentVersion: number }
      | { __typename: 'NotFoundError', code: string, message: string }
      | { __typename: 'ValidationError', code: string, message: string, field: string }
    > } };

export type ProcedureEditorRetireMutationVariables = Exact<{
  input: RetireProcedureInput;
}>;


export type ProcedureEditorRetireMutation = { retireProcedure: { procedure: { id: string, code: string, number: number, status: ProcedureStatus, effectiveTo: string | null, revision: number } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', code: string, message: string, currentVersion: number }
      | { __typename: 'NotFoundError', code: string, message: string }
      | { __typename: 'ValidationError', code: string, message: string, field: string }
    > } };

export type ProceduresRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type ProceduresRouteQuery = { me: { id: string, roles: Array<Role> } | null, procedureFields: Array<{ code: string, name: string }> };

export type ProceduresRoutePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: ProcedureFilter | null | undefined;
}>;


export type ProceduresRoutePageQuery = { procedures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ProcedureTable_ProcedureFragment': ProcedureTable_ProcedureFragment } }
    )> } };

export type StaffingComplianceRouteQueryVariables = Exact<{
  unitCode?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type StaffingComplianceRouteQuery = { staffingCompliance: (
    { asOf: string }
    & { ' $fragmentRefs'?: { 'ComplianceDashboard_ComplianceFragment': ComplianceDashboard_ComplianceFragment } }
  ) | null };

export type StaffingPersonRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffingPersonRouteQuery = { person: (
    { id: string, personKey: string, fullName: string, dateOfBirth: string | null, seniorityStart: string, version: number, unit: { id: string, code: string } }
    & { ' $fragmentRefs'?: { 'PersonProfile_PersonFragment': PersonProfile_PersonFragment } }
  ) | null };

export type StaffingRouteQueryVariables = Exact<{
  unitCode: string;
  asOf?: string | null | undefined;
}>;


export type StaffingRouteQuery = { offices: { totalCount: number, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'OfficeTable_OfficeFragment': OfficeTable_OfficeFragment } }
    )> } };

export type UnitsRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsRouteQuery = { me: { id: string, unit: (
      { id: string }
      & { ' $fragmentRefs'?: { 'UnitTree_UnitFragment': UnitTree_UnitFragment } }
    ) | null } | null };

export type AppShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQuery = { me: (
    { id: string }
    & { ' $fragmentRefs'?: { 'UserSummary_MeFragment': UserSummary_MeFragment } }
  ) | null };

export type AlertBellSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertBellSummaryQuery = { alertSummary: { open: number, unacknowledged: number } };

export type AlertBellSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AlertBellSubscription = { deadlineAlerts: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AlertToast_AlertFragment': AlertToast_AlertFragment } }
  ) };

export type AlertToast_AlertFragment = { id: string, kind: DeadlineAlertKind, dueAt: string, step: { ordinal: number } | null, dossier: { id: string, code: string } } & { ' $fragmentName'?: 'AlertToast_AlertFragment' };

export type AlertsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: DeadlineAlertFilter | null | undefined;
  unitCode?: string | null | undefined;
}>;


export type AlertsListQuery = { alertSummary: { open: number, unacknowledged: number }, deadlineAlerts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: DeadlineAlertKind, raisedAt: string, dueAt: string, closedAt: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, step: { ordinal: number } | null, dossier: { id: string, code: string } }> } };

export type AlertsUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertsUnitsQuery = { units: { nodes: Array<{ id: string, code: string, name: string }> } };

export type AcknowledgeAlertMutationVariables = Exact<{
  input: AcknowledgeDeadlineAlertInput;
}>;


export type AcknowledgeAlertMutation = { acknowledgeDeadlineAlert: { alert: { id: string, acknowledgedAt: string | null, acknowledgedBy: string | null } | null, errors: Array<{ __typename: 'NotFoundError', message: string }> } };

export type UserSummary_MeFragment = { fullName: string, roles: Array<Role>, unit: { id: string, name: string } | null } & { ' $fragmentName'?: 'UserSummary_MeFragment' };

export type DossierActions_DossierFragment = { id: string, code: string, version: number, status: DossierStatus, appraisedAt: string | null, currentUnit: { id: string, code: string } } & { ' $fragmentName'?: 'DossierActions_DossierFragment' };

export type DossierActionsAssignDossierMutationVariables = Exact<{
  input: AssignDossierInput;
}>;


export type DossierActionsAssignDossierMutation = { assignDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsForwardDossierMutationVariables = Exact<{
  input: ForwardDossierInput;
}>;


export type DossierActionsForwardDossierMutation = { forwardDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsAppraiseDossierMutationVariables = Exact<{
  input: AppraiseDossierInput;
}>;


export type DossierActionsAppraiseDossierMutation = { appraiseDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsRequestDossierSupplementMutationVariables = Exact<{
  input: RequestDossierSupplementInput;
}>;


export type DossierActionsRequestDossierSupplementMutation = { requestDossierSupplement: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsPauseDossierMutationVariables = Exact<{
  input: PauseDossierInput;
}>;


export type DossierActionsPauseDossierMutation = { pauseDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsResumeDossierMutationVariables = Exact<{
  input: ResumeDossierInput;
}>;


export type DossierActionsResumeDossierMutation = { resumeDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsSubmitDossierForApprovalMutationVariables = Exact<{
  input: SubmitDossierForApprovalInput;
}>;


export type DossierActionsSubmitDossierForApprovalMutation = { submitDossierForApproval: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsApproveDossierMutationVariables = Exact<{
  input: ApproveDossierInput;
}>;


export type DossierActionsApproveDossierMutation = { approveDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsRefuseDossierMutationVariables = Exact<{
  input: RefuseDossierInput;
}>;


export type DossierActionsRefuseDossierMutation = { refuseDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsMarkDossierResultReadyMutationVariables = Exact<{
  input: MarkDossierResultReadyInput;
}>;


export type DossierActionsMarkDossierResultReadyMutation = { markDossierResultReady: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsReturnDossierResultMutationVariables = Exact<{
  input: ReturnDossierResultInput;
}>;


export type DossierActionsReturnDossierResultMutation = { returnDossierResult: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsWithdrawDossierMutationVariables = Exact<{
  input: WithdrawDossierInput;
}>;


export type DossierActionsWithdrawDossierMutation = { withdrawDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsStopDossierMutationVariables = Exact<{
  input: StopDossierInput;
}>;


export type DossierActionsStopDossierMutation = { stopDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsApologiseForDossierMutationVariables = Exact<{
  input: ApologiseForDossierInput;
}>;


export type DossierActionsApologiseForDossierMutation = { apologiseForDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierActionsAcceptCompletedDossierMutationVariables = Exact<{
  input: AcceptCompletedDossierInput;
}>;


export type DossierActionsAcceptCompletedDossierMutation = { acceptCompletedDossier: { dossier: { id: string, version: number, status: DossierStatus } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type DossierDocuments_DossierFragment = { id: string, code: string, version: number, status: DossierStatus, resultFileId: string | null, documents: Array<{ ordinal: number, name: string, originals: number, copies: number, certifiedCopies: number, digitised: boolean, fileId: string | null }> } & { ' $fragmentName'?: 'DossierDocuments_DossierFragment' };

export type DossierAttachFileMutationVariables = Exact<{
  input: AttachDossierFileInput;
}>;


export type DossierAttachFileMutation = { attachDossierFile: { dossier: { id: string, version: number } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string }
    > } };

export type DossierQueueTable_DossierFragment = { id: string, code: string, status: DossierStatus, receivedAt: string, appointmentAt: string | null, deadlineState: DeadlineState, applicant: { fullName: string }, procedure: { id: string, name: string }, assignee: { id: string, fullName: string } | null, currentUnit: { id: string, name: string } } & { ' $fragmentName'?: 'DossierQueueTable_DossierFragment' };

export type DossierQueueListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: DossierFilter | null | undefined;
  order?: DossierOrder | null | undefined;
}>;


export type DossierQueueListQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'DossierQueueTable_DossierFragment': DossierQueueTable_DossierFragment } }
    )> } };

export type DossierQueueCountsQueryVariables = Exact<{
  overdue: DossierFilter;
  dueSoon: DossierFilter;
  within: DossierFilter;
}>;


export type DossierQueueCountsQuery = { overdue: { totalCount: number }, dueSoon: { totalCount: number }, within: { totalCount: number } };

export type DossierSteps_DossierFragment = { id: string, currentStep: { ordinal: number } | null, steps: Array<{ ordinal: number, name: string, role: string | null, dueAt: string | null, state: DeadlineState | null }> } & { ' $fragmentName'?: 'DossierSteps_DossierFragment' };

export type DossierAudit_DossierFragment = { id: string, auditTrail: Array<{ at: string, action: DossierAction, actorName: string, fromStatus: DossierStatus | null, toStatus: DossierStatus, note: string | null }> } & { ' $fragmentName'?: 'DossierAudit_DossierFragment' };

export type DossierSummary_DossierFragment = { id: string, code: string, status: DossierStatus, version: number, channel: IntakeChannel, receivedAt: string, appointmentAt: string | null, originalAppointmentAt: string | null, dueDate: string | null, deadlineState: DeadlineState, violation: DossierViolation, subject: string | null, applicant: { kind: ApplicantKind, fullName: string, idNumber: string | null, phone: string | null, email: string | null, address: string | null }, procedure: { id: string, code: string, name: string, number: number, revision: number }, field: { code: string, name: string }, receivingUnit: { id: string, name: string }, currentUnit: { id: string, name: string }, assignee: { id: string, fullName: string } | null, deadlineExplanation: { provisional: boolean, lines: Array<{ date: string, kind: DeadlineExplanationKind, text: string }> } | null } & { ' $fragmentName'?: 'DossierSummary_DossierFragment' };

export type DossierTimeline_DossierFragment = { id: string, receivedAt: string, handovers: Array<{ action: DossierAction, actorName: string, at: string, note: string | null, stepDueAt: string | null, stepResult: Lateness | null, fromUnit: { id: string, name: string } | null, toUnit: { id: string, name: string } | null, fromOfficer: { id: string, fullName: string } | null, toOfficer: { id: string, fullName: string } | null }>, pauses: Array<{ kind: PauseKind, reason: string, startedAt: string, endedAt: string | null, missingItems: Array<string> }>, apologies: Array<{ issuedAt: string, issuedByName: string, reason: string, newAppointmentAt: string }> } & { ' $fragmentName'?: 'DossierTimeline_DossierFragment' };

export type IntakeProcedureSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  unitCode?: string | null | undefined;
}>;


export type IntakeProcedureSearchQuery = { procedures: { nodes: Array<{ id: string, code: string, name: string, processingTime: { amount: number, unit: ProcessingTimeUnit }, requiredDocuments: Array<{ name: string, originals: number, copies: number, certifiedCopies: number }>, fees: Array<{ name: string, amount: number, payerNotes: string | null }> }> } };

export type IntakeAddressUnitsQueryVariables = Exact<{
  where?: UnitFilter | null | undefined;
}>;


export type IntakeAddressUnitsQuery = { units: { nodes: Array<{ id: string, code: string, name: string }> } };

export type IntakeAppointmentPreviewQueryVariables = Exact<{
  procedureCode: string;
  receivedAt: string;
}>;


export type IntakeAppointmentPreviewQuery = { previewAppointment: { appointmentAt: string, dueDate: string, explanation: { text: string, lines: Array<{ date: string, kind: DeadlineExplanationKind, text: string }> } } | null };

export type IntakeWizardReceiveMutationVariables = Exact<{
  input: ReceiveDossierInput;
}>;


export type IntakeWizardReceiveMutation = { receiveDossier: { dossier: { id: string, code: string, status: DossierStatus, version: number, appointmentAt: string | null } | null, errors: Array<
      | { __typename: 'ConcurrencyConflictError', message: string }
      | { __typename: 'ForbiddenError', message: string }
      | { __typename: 'InvalidTransitionError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'ProcedureNotInForceError', message: string }
      | { __typename: 'ReappointmentLimitError', message: string }
      | { __typename: 'RoleNotAllowedError', message: string }
      | { __typename: 'SupplementLimitError', message: string }
      | { __typename: 'TooLateToApologiseError', message: string }
      | { __typename: 'ValidationError', message: string, field: string }
    > } };

export type ReceiptForm_ReceiptFragment = { code: string, receivedAt: string, receivedBy: string, receivingUnit: string, request: string, procedureCode: string, appointmentAt: string | null, resultPlace: string | null, sets: number, applicant: { fullName: string, idNumber: string | null, phone: string | null, address: string | null }, documents: Array<{ ordinal: number, name: string, originals: number, copies: number, certifiedCopies: number }>, fees: Array<{ name: string, amount: number }>, processingTime: { amount: number, unit: ProcessingTimeUnit } } & { ' $fragmentName'?: 'ReceiptForm_ReceiptFragment' };

export type SupplementForm_FormFragment = { code: string, receivingUnit: string, request: string, requestedAt: string, reason: string | null, items: Array<string>, applicant: { fullName: string } } & { ' $fragmentName'?: 'SupplementForm_FormFragment' };

export type RefusalForm_FormFragment = { code: string, request: string, refusedAt: string | null, reasons: Array<string>, atReception: boolean, applicant: { fullName: string } } & { ' $fragmentName'?: 'RefusalForm_FormFragment' };

export type ApologyForm_FormFragment = { code: string, issuedAt: string, issuedBy: string, reason: string, request: string, responsibleUnit: string, receivedAt: string, previousAppointmentAt: string, newAppointmentAt: string, returnPlace: string | null, applicant: { fullName: string } } & { ' $fragmentName'?: 'ApologyForm_FormFragment' };

export type ProcessControl_SheetFragment = { code: string, request: string, receivedAt: string, appointmentAt: string | null, applicant: { fullName: string }, rows: Array<{ at: string, fromUnit: string, givenBy: string, toUnit: string, receivedBy: string | null, result: Lateness | null, note: string | null }> } & { ' $fragmentName'?: 'ProcessControl_SheetFragment' };

export type TrackingBook_DossierFragment = { id: string, code: string, receivedAt: string, appointmentAt: string | null, returnedAt: string | null, finishedAt: string | null, sets: number, applicant: { fullName: string, address: string | null }, procedure: { id: string, name: string }, currentUnit: { id: string, name: string }, handovers: Array<{ at: string }> } & { ' $fragmentName'?: 'TrackingBook_DossierFragment' };

export type PublicLookupQueryVariables = Exact<{
  code: string;
  phoneLast4: string;
}>;


export type PublicLookupQuery = { publicDossierStatus: { code: string, status: DossierStatus, procedureName: string, receivedAt: string, appointmentAt: string | null, returnedAt: string | null, timeline: Array<{ at: string, action: DossierAction, status: DossierStatus }> } | null };

export type WelcomeCard_MeFragment = { fullName: string, roles: Array<Role>, unit: { id: string, name: string } | null } & { ' $fragmentName'?: 'WelcomeCard_MeFragment' };

export type CatalogueHealthFiguresFragment = { published: number, drafts: number, citingExpiredLaw: number, missingRequiredFields: number, onlinePartial: number, onlineFull: number, onlineServiceShare: number, sync: { synced: number, outOfDate: number, notSynced: number } } & { ' $fragmentName'?: 'CatalogueHealthFiguresFragment' };

export type CatalogueHealth_HealthFragment = { on: string, total: { ' $fragmentRefs'?: { 'CatalogueHealthFiguresFragment': CatalogueHealthFiguresFragment } }, units: Array<{ unitCode: string, unitName: string, figures: { ' $fragmentRefs'?: { 'CatalogueHealthFiguresFragment': CatalogueHealthFiguresFragment } } }> } & { ' $fragmentName'?: 'CatalogueHealth_HealthFragment' };

export type ExpiredLawAlert_ErrorFragment = { on: string, expiredLegalBases: Array<{ id: string, number: string, title: string, expiresOn: string | null, replacedBy: { id: string, number: string, title: string } | null }> } & { ' $fragmentName'?: 'ExpiredLawAlert_ErrorFragment' };

export type LegalBasis_LegalDocumentFragment = { id: string, number: string, kind: LegalDocumentKind, title: string, issuer: string, issuedOn: string, effectiveFrom: string, expiresOn: string | null, partiallyExpired: boolean, inForce: boolean, replacedBy: { id: string, number: string, title: string } | null } & { ' $fragmentName'?: 'LegalBasis_LegalDocumentFragment' };

export type ProcedureDetail_ProcedureFragment = (
  { id: string, code: string, name: string, number: number, status: ProcedureStatus, effectiveFrom: string | null, effectiveTo: string | null, levels: Array<ImplementingLevel>, applicantTypes: Array<ApplicantType>, cutOffHour: string | null, onlineService: OnlineServiceClass, legacyOnlineLevel: number, citesExpiredLaw: boolean, field: { code: string, name: string }, processingTime: { amount: number, unit: ProcessingTimeUnit }, fees: Array<{ name: string, amount: number, payerNotes: string | null }>, requiredDocuments: Array<{ name: string, originals: number, certifiedCopies: number, copies: number, formTemplate: string | null }>, resultDocuments: Array<{ name: string }>, steps: Array<{ number: number, name: string, role: Role | null, unit: string | null, budget: number }>, implementingUnits: Array<{ code: string, name: string }>, receivingUnits: Array<{ code: string, name: string }>, sync: { state: SyncState, lastSyncedAt: string | null }, expiredLegalBases: Array<{ id: string, number: string, replacedBy: { id: string, number: string } | null }>, legalBases: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'LegalBasis_LegalDocumentFragment': LegalBasis_LegalDocumentFragment } }
  )> }
  & { ' $fragmentRefs'?: { 'VersionHistory_ProcedureFragment': VersionHistory_ProcedureFragment } }
) & { ' $fragmentName'?: 'ProcedureDetail_ProcedureFragment' };

export type ProcedureEditorForm_ProcedureFragment = { code: string, name: string, levels: Array<ImplementingLevel>, applicantTypes: Array<ApplicantType>, cutOffHour: string | null, onlineService: OnlineServiceClass, legacyOnlineLevel: number, field: { code: string }, processingTime: { amount: number, unit: ProcessingTimeUnit }, fees: Array<{ name: string, amount: number, payerNotes: string | null }>, requiredDocuments: Array<{ name: string, originals: number, certifiedCopies: number, copies: number, formTemplate: string | null }>, resultDocuments: Array<{ name: string }>, steps: Array<{ name: string, role: Role | null, unit: string | null, budget: number }>, legalBases: Array<{ number: string }>, implementingUnits: Array<{ code: string }>, receivingUnits: Array<{ code: string }> } & { ' $fragmentName'?: 'ProcedureEditorForm_ProcedureFragment' };

export type ProcedureTable_ProcedureFragment = { id: string, code: string, name: string, number: number, status: ProcedureStatus, levels: Array<ImplementingLevel>, onlineService: OnlineServiceClass, citesExpiredLaw: boolean, field: { code: string, name: string }, sync: { state: SyncState } } & { ' $fragmentName'?: 'ProcedureTable_ProcedureFragment' };

export type VersionHistory_ProcedureFragment = { id: string, code: string, number: number, versions: Array<{ id: string, number: number, status: ProcedureStatus, effectiveFrom: string | null, effectiveTo: string | null }> } & { ' $fragmentName'?: 'VersionHistory_ProcedureFragment' };

export type AssignModalOfficesQueryVariables = Exact<{
  unitCode: string;
}>;


export type AssignModalOfficesQuery = { offices: { nodes: Array<{ id: string, code: string, name: string }> } };

export type AssignModalAssignMutationVariables = Exact<{
  input: AssignPersonInput;
}>;


export type AssignModalAssignMutation = { assignPerson: { assignment: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type EndAssignmentModalEndMutationVariables = Exact<{
  input: EndAssignmentInput;
}>;


export type EndAssignmentModalEndMutation = { endAssignment: { assignment: { id: string, to: string | null, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type ComplianceDashboard_ComplianceFragment = { asOf: string, totals: { units: number, offices: number, people: number, violatingOffices: number, warningOffices: number, compliantOffices: number, results: Array<(
      { status: ComplianceStatus }
      & { ' $fragmentRefs'?: { 'RuleResultTable_ResultFragment': RuleResultTable_ResultFragment } }
    )>, rules: Array<{ code: StaffingRuleCode, status: ComplianceStatus, violations: number, warnings: number, compliant: number }> }, units: Array<{ status: ComplianceStatus, violations: number, warnings: number, unit: { id: string, code: string, name: string }, offices: Array<{ status: ComplianceStatus, office: { id: string, code: string, name: string, kind: OfficeKind }, results: Array<(
        { status: ComplianceStatus }
        & { ' $fragmentRefs'?: { 'RuleResultTable_ResultFragment': RuleResultTable_ResultFragment } }
      )> }> }> } & { ' $fragmentName'?: 'ComplianceDashboard_ComplianceFragment' };

export type EmploymentModalRecordMutationVariables = Exact<{
  input: RecordEmploymentInput;
}>;


export type EmploymentModalRecordMutation = { recordEmployment: { employment: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type EmploymentModalUpdateMutationVariables = Exact<{
  input: UpdateEmploymentInput;
}>;


export type EmploymentModalUpdateMutation = { updateEmployment: { employment: { id: string, end: string | null, supportJob: SupportJob | null, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type ImportReport_PayloadFragment = { rows: number, created: number, updated: number, unchanged: number, rowErrors: Array<{ row: number, field: string | null, code: string, message: string }> } & { ' $fragmentName'?: 'ImportReport_PayloadFragment' };

export type ImportUploaderImportMutationVariables = Exact<{
  input: ImportStaffingInput;
}>;


export type ImportUploaderImportMutation = { importStaffing: (
    { errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > }
    & { ' $fragmentRefs'?: { 'ImportReport_PayloadFragment': ImportReport_PayloadFragment } }
  ) };

export type OfficeFormCreateMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type OfficeFormCreateMutation = { createOffice: { office: { id: string, code: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type OfficeFormUpdateMutationVariables = Exact<{
  input: UpdateOfficeInput;
}>;


export type OfficeFormUpdateMutation = { updateOffice: { office: { id: string, code: string, name: string, headcountQuota: number, provinceClass: ProvinceClass, internalUnits: number, establishedOn: string, dissolvedOn: string | null, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type OfficeTable_OfficeFragment = { id: string, code: string, name: string, kind: OfficeKind, provinceClass: ProvinceClass, headcountQuota: number, internalUnits: number, establishedOn: string, dissolvedOn: string | null, version: number, unit: { id: string, code: string, name: string }, staff: Array<{ id: string, position: Position, postType: PostType, from: string, to: string | null, person: { id: string, fullName: string, personKey: string, employment: { id: string, type: EmploymentType, supportJob: SupportJob | null } | null } | null }> } & { ' $fragmentName'?: 'OfficeTable_OfficeFragment' };

type StaffingErrorFields_Error_ConcurrencyConflictError_Fragment = { __typename: 'ConcurrencyConflictError', code: string, message: string, currentVersion: number } & { ' $fragmentName'?: 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment' };

type StaffingErrorFields_Error_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string } & { ' $fragmentName'?: 'StaffingErrorFields_Error_ForbiddenError_Fragment' };

type StaffingErrorFields_Error_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string } & { ' $fragmentName'?: 'StaffingErrorFields_Error_NotFoundError_Fragment' };

type StaffingErrorFields_Error_OverlappingHeadPostError_Fragment = { __typename: 'OverlappingHeadPostError', code: string, message: string, personKey: string } & { ' $fragmentName'?: 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment' };

type StaffingErrorFields_Error_QuotaExceededError_Fragment = { __typename: 'QuotaExceededError', code: string, message: string, officeCode: string, headcountQuota: number } & { ' $fragmentName'?: 'StaffingErrorFields_Error_QuotaExceededError_Fragment' };

type StaffingErrorFields_Error_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, field: string } & { ' $fragmentName'?: 'StaffingErrorFields_Error_ValidationError_Fragment' };

export type StaffingErrorFields_ErrorFragment =
  | StaffingErrorFields_Error_ConcurrencyConflictError_Fragment
  | StaffingErrorFields_Error_ForbiddenError_Fragment
  | StaffingErrorFields_Error_NotFoundError_Fragment
  | StaffingErrorFields_Error_OverlappingHeadPostError_Fragment
  | StaffingErrorFields_Error_QuotaExceededError_Fragment
  | StaffingErrorFields_Error_ValidationError_Fragment
;

export type PeopleDirectory_PersonFragment = { id: string, personKey: string, fullName: string, dateOfBirth: string | null, birthYear: number, seniorityStart: string, post: { id: string, position: Position, postType: PostType, office: { id: string, code: string, name: string } | null } | null, employment: { id: string, type: EmploymentType, supportJob: SupportJob | null, end: string | null } | null } & { ' $fragmentName'?: 'PeopleDirectory_PersonFragment' };

export type PeopleDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: PersonFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PeopleDirectoryQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ' $fragmentRefs'?: { 'PeopleDirectory_PersonFragment': PeopleDirectory_PersonFragment } }> } };

export type PersonFormCreateMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type PersonFormCreateMutation = { createPerson: { person: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type PersonFormUpdateMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type PersonFormUpdateMutation = { updatePerson: { person: { id: string, fullName: string, dateOfBirth: string | null, birthYear: number, seniorityStart: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ConcurrencyConflictError_Fragment': StaffingErrorFields_Error_ConcurrencyConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ForbiddenError_Fragment': StaffingErrorFields_Error_ForbiddenError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_NotFoundError_Fragment': StaffingErrorFields_Error_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_OverlappingHeadPostError_Fragment': StaffingErrorFields_Error_OverlappingHeadPostError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_QuotaExceededError_Fragment': StaffingErrorFields_Error_QuotaExceededError_Fragment } }
      | { ' $fragmentRefs'?: { 'StaffingErrorFields_Error_ValidationError_Fragment': StaffingErrorFields_Error_ValidationError_Fragment } }
    > } };

export type PersonProfile_PersonFragment = { id: string, personKey: string, fullName: string, dateOfBirth: string | null, birthYear: number, seniorityStart: string, version: number, unit: { id: string, code: string, name: string }, post: { id: string, position: Position, office: { id: string, name: string } | null } | null, employment: { id: string, type: EmploymentType } | null, assignments: Array<{ id: string, from: string, to: string | null, position: Position, postType: PostType, version: number, office: { id: string, code: string, name: string } | null }>, employments: Array<{ id: string, type: EmploymentType, supportJob: SupportJob | null, start: string, end: string | null, version: number }> } & { ' $fragmentName'?: 'PersonProfile_PersonFragment' };

export type RuleResultTable_ResultFragment = { status: ComplianceStatus, message: string, figures: { staffCount: number, civilServants: number, headcountQuota: number, deputies: number | null, allowedDeputies: number | null, minimumStaff: number | null, internalUnits: number | null, offending: number | null }, rule: { id: string, code: StaffingRuleCode, text: string, legalSource: string, confidence: Confidence, effectiveFrom: string, effectiveTo: string | null }, people: Array<{ id: string, fullName: string, personKey: string }> } & { ' $fragmentName'?: 'RuleResultTable_ResultFragment' };

export type UnitPickerSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  code: string;
  hasCode: boolean;
}>;


export type UnitPickerSearchQuery = { units: { nodes: Array<{ id: string, code: string, name: string }> }, unit?: { id: string, code: string, name: string } | null };

export type StaffingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffingViewerQuery = { me: { id: string, roles: Array<Role>, unit: { id: string, code: string, name: string } | null } | null };

export type UnitDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: UnitFilter | null | undefined;
}>;


export type UnitDirectoryQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ' $fragmentRefs'?: { 'UnitTable_UnitFragment': UnitTable_UnitFragment } }> } };

export type UnitTable_UnitFragment = { id: string, code: string, name: string, kind: UnitKind, oneStopDesk: string | null, parent: { id: string, name: string } | null } & { ' $fragmentName'?: 'UnitTable_UnitFragment' };

export type UnitTreeNode_UnitFragment = { id: string, code: string, name: string, kind: UnitKind, children: Array<{ id: string }> } & { ' $fragmentName'?: 'UnitTreeNode_UnitFragment' };

export type UnitTree_UnitFragment = (
  { children: Array<{ ' $fragmentRefs'?: { 'UnitTreeNode_UnitFragment': UnitTreeNode_UnitFragment } }> }
  & { ' $fragmentRefs'?: { 'UnitTreeNode_UnitFragment': UnitTreeNode_UnitFragment } }
) & { ' $fragmentName'?: 'UnitTree_UnitFragment' };

export type UnitTreeChildrenQueryVariables = Exact<{
  code: string;
}>;


export type UnitTreeChildrenQuery = { unit: { id: string, children: Array<{ ' $fragmentRefs'?: { 'UnitTreeNode_UnitFragment': UnitTreeNode_UnitFragment } }> } | null };

export const AlertToast_AlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertToast_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AlertToast_AlertFragment, unknown>;
export const UserSummary_MeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserSummary_MeFragment, unknown>;
export const DossierActions_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierActions_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DossierActions_DossierFragment, unknown>;
export const DossierDocuments_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDocuments_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultFileId"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"digitised"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}}]}}]}}]} as unknown as DocumentNode<DossierDocuments_DossierFragment, unknown>;
export const DossierQueueTable_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierQueueTable_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierQueueTable_DossierFragment, unknown>;
export const DossierSteps_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSteps_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DossierSteps_DossierFragment, unknown>;
export const DossierAudit_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierAudit_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DossierAudit_DossierFragment, unknown>;
export const DossierSummary_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"violation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<DossierSummary_DossierFragment, unknown>;
export const DossierTimeline_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierTimeline_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"stepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stepResult"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}}]}}]}}]} as unknown as DocumentNode<DossierTimeline_DossierFragment, unknown>;
export const ReceiptForm_ReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptForm_receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultPlace"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<ReceiptForm_ReceiptFragment, unknown>;
export const SupplementForm_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplementForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementRequestForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SupplementForm_FormFragment, unknown>;
export const RefusalForm_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefusalForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefusalForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"atReception"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<RefusalForm_FormFragment, unknown>;
export const ApologyForm_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApologyForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApologyForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnPlace"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ApologyForm_FormFragment, unknown>;
export const ProcessControl_SheetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessControl_sheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessControlSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ProcessControl_SheetFragment, unknown>;
export const TrackingBook_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingBook_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TrackingBook_DossierFragment, unknown>;
export const WelcomeCard_MeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WelcomeCard_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WelcomeCard_MeFragment, unknown>;
export const CatalogueHealthFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueHealthFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueHealthFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"citingExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredFields"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePartial"}},{"kind":"Field","name":{"kind":"Name","value":"onlineFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineServiceShare"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synced"}},{"kind":"Field","name":{"kind":"Name","value":"outOfDate"}},{"kind":"Field","name":{"kind":"Name","value":"notSynced"}}]}}]}}]} as unknown as DocumentNode<CatalogueHealthFiguresFragment, unknown>;
export const CatalogueHealth_HealthFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueHealth_health"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueHealthFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueHealthFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueHealthFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueHealthFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"citingExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredFields"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePartial"}},{"kind":"Field","name":{"kind":"Name","value":"onlineFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineServiceShare"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synced"}},{"kind":"Field","name":{"kind":"Name","value":"outOfDate"}},{"kind":"Field","name":{"kind":"Name","value":"notSynced"}}]}}]}}]} as unknown as DocumentNode<CatalogueHealth_HealthFragment, unknown>;
export const ExpiredLawAlert_ErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpiredLawAlert_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CitesExpiredLawError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"expiredLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ExpiredLawAlert_ErrorFragment, unknown>;
export const LegalBasis_LegalDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalBasis_legalDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyExpired"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<LegalBasis_LegalDocumentFragment, unknown>;
export const VersionHistory_ProcedureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionHistory_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]} as unknown as DocumentNode<VersionHistory_ProcedureFragment, unknown>;
export const ProcedureDetail_ProcedureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDetail_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"applicantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOffHour"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"formTemplate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOnlineLevel"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citesExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"expiredLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalBasis_legalDocument"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionHistory_procedure"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalBasis_legalDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyExpired"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionHistory_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]} as unknown as DocumentNode<ProcedureDetail_ProcedureFragment, unknown>;
export const ProcedureEditorForm_ProcedureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEditorForm_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"applicantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOffHour"}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOnlineLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"formTemplate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProcedureEditorForm_ProcedureFragment, unknown>;
export const ProcedureTable_ProcedureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureTable_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"citesExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ProcedureTable_ProcedureFragment, unknown>;
export const RuleResultTable_ResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleResultTable_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"civilServants"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDeputies"}},{"kind":"Field","name":{"kind":"Name","value":"minimumStaff"}},{"kind":"Field","name":{"kind":"Name","value":"internalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"offending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalSource"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}}]}}]} as unknown as DocumentNode<RuleResultTable_ResultFragment, unknown>;
export const ComplianceDashboard_ComplianceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceDashboard_compliance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"violatingOffices"}},{"kind":"Field","name":{"kind":"Name","value":"warningOffices"}},{"kind":"Field","name":{"kind":"Name","value":"compliantOffices"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleResultTable_result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleResultTable_result"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleResultTable_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"civilServants"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDeputies"}},{"kind":"Field","name":{"kind":"Name","value":"minimumStaff"}},{"kind":"Field","name":{"kind":"Name","value":"internalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"offending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalSource"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}}]}}]} as unknown as DocumentNode<ComplianceDashboard_ComplianceFragment, unknown>;
export const ImportReport_PayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport_payload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStaffingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReport_PayloadFragment, unknown>;
export const OfficeTable_OfficeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeTable_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Office"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provinceClass"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}},{"kind":"Field","name":{"kind":"Name","value":"internalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"postType"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeTable_OfficeFragment, unknown>;
export const StaffingErrorFields_ErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<StaffingErrorFields_ErrorFragment, unknown>;
export const PeopleDirectory_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeopleDirectory_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"seniorityStart"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"postType"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<PeopleDirectory_PersonFragment, unknown>;
export const PersonProfile_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"seniorityStart"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"postType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PersonProfile_PersonFragment, unknown>;
export const UnitTable_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"oneStopDesk"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitTable_UnitFragment, unknown>;
export const UnitTreeNode_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnitTreeNode_UnitFragment, unknown>;
export const UnitTree_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTree_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnitTree_UnitFragment, unknown>;
export const DossierIntakeRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierIntakeRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DossierIntakeRouteQuery, DossierIntakeRouteQueryVariables>;
export const DossierPrintRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierPrintRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptForm_receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplementForm_form"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefusalForm_form"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApologyForm_form"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessControl_sheet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptForm_receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultPlace"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplementForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementRequestForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefusalForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefusalForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"atReception"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApologyForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApologyForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnPlace"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessControl_sheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessControlSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DossierPrintRouteQuery, DossierPrintRouteQueryVariables>;
export const TrackingBookRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackingBookRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"RECEIVED_OLDEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingBook_dossier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingBook_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TrackingBookRouteQuery, TrackingBookRouteQueryVariables>;
export const DossierRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSummary_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierTimeline_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierDocuments_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSteps_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierAudit_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierActions_dossier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"violation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierTimeline_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"stepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stepResult"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDocuments_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultFileId"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"digitised"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSteps_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierAudit_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierActions_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DossierRouteQuery, DossierRouteQueryVariables>;
export const DossierChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DossierChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSummary_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierTimeline_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierDocuments_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSteps_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierAudit_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierActions_dossier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"violation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierTimeline_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"stepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stepResult"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDocuments_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultFileId"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"digitised"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSteps_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierAudit_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierActions_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DossierChangedSubscription, DossierChangedSubscriptionVariables>;
export const DossiersRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<DossiersRouteQuery, DossiersRouteQueryVariables>;
export const HomeRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WelcomeCard_me"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WelcomeCard_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeRouteQuery, HomeRouteQueryVariables>;
export const CatalogueHealthRouteViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueHealthRouteViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<CatalogueHealthRouteViewerQuery, CatalogueHealthRouteViewerQueryVariables>;
export const CatalogueHealthRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueHealthRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueHealth_health"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueHealthFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueHealthFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"citingExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredFields"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePartial"}},{"kind":"Field","name":{"kind":"Name","value":"onlineFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineServiceShare"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synced"}},{"kind":"Field","name":{"kind":"Name","value":"outOfDate"}},{"kind":"Field","name":{"kind":"Name","value":"notSynced"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueHealth_health"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueHealthFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueHealthFigures"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueHealthRouteQuery, CatalogueHealthRouteQueryVariables>;
export const ProcedureDetailRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureDetailRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDetail_procedure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalBasis_legalDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyExpired"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionHistory_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDetail_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"applicantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOffHour"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"formTemplate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOnlineLevel"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citesExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"expiredLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalBasis_legalDocument"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionHistory_procedure"}}]}}]} as unknown as DocumentNode<ProcedureDetailRouteQuery, ProcedureDetailRouteQueryVariables>;
export const ProcedureDetailRouteVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureDetailRouteVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDetail_procedure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalBasis_legalDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyExpired"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionHistory_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDetail_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"applicantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOffHour"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"formTemplate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOnlineLevel"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citesExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"expiredLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalBasis_legalDocument"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionHistory_procedure"}}]}}]} as unknown as DocumentNode<ProcedureDetailRouteVersionQuery, ProcedureDetailRouteVersionQueryVariables>;
export const ProcedureEditorRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureEditorRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isNew"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isNew"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEditorForm_procedure"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEditorForm_procedure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEditorForm_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"applicantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOffHour"}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOnlineLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"formTemplate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProcedureEditorRouteQuery, ProcedureEditorRouteQueryVariables>;
export const ProcedureEditorCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcedureEditorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcedureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepBudgetMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureEditorCreateMutation, ProcedureEditorCreateMutationVariables>;
export const ProcedureEditorSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcedureEditorSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcedureDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcedureDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepBudgetMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureEditorSaveMutation, ProcedureEditorSaveMutationVariables>;
export const ProcedureEditorPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcedureEditorPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishProcedureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpiredLawAlert_error"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpiredLawAlert_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CitesExpiredLawError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"expiredLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureEditorPublishMutation, ProcedureEditorPublishMutationVariables>;
export const ProcedureEditorRetireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcedureEditorRetire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireProcedureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureEditorRetireMutation, ProcedureEditorRetireMutationVariables>;
export const ProceduresRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProceduresRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProceduresRouteQuery, ProceduresRouteQueryVariables>;
export const ProceduresRoutePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProceduresRoutePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureTable_procedure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureTable_procedure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Procedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"onlineService"}},{"kind":"Field","name":{"kind":"Name","value":"citesExpiredLaw"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ProceduresRoutePageQuery, ProceduresRoutePageQueryVariables>;
export const StaffingComplianceRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingComplianceRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceDashboard_compliance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleResultTable_result"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"civilServants"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}},{"kind":"Field","name":{"kind":"Name","value":"deputies"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDeputies"}},{"kind":"Field","name":{"kind":"Name","value":"minimumStaff"}},{"kind":"Field","name":{"kind":"Name","value":"internalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"offending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalSource"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceDashboard_compliance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"violatingOffices"}},{"kind":"Field","name":{"kind":"Name","value":"warningOffices"}},{"kind":"Field","name":{"kind":"Name","value":"compliantOffices"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleResultTable_result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleResultTable_result"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffingComplianceRouteQuery, StaffingComplianceRouteQueryVariables>;
export const StaffingPersonRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingPersonRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"seniorityStart"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProfile_person"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"seniorityStart"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"postType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffingPersonRouteQuery, StaffingPersonRouteQueryVariables>;
export const StaffingRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficeTable_office"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficeTable_office"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Office"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provinceClass"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}},{"kind":"Field","name":{"kind":"Name","value":"internalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"postType"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffingRouteQuery, StaffingRouteQueryVariables>;
export const UnitsRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTree_unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTree_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}}]}}]}}]} as unknown as DocumentNode<UnitsRouteQuery, UnitsRouteQueryVariables>;
export const AppShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary_me"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
export const AlertBellSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertBellSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledged"}}]}}]}}]} as unknown as DocumentNode<AlertBellSummaryQuery, AlertBellSummaryQueryVariables>;
export const AlertBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertBell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertToast_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertToast_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AlertBellSubscription, AlertBellSubscriptionVariables>;
export const AlertsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsListQuery, AlertsListQueryVariables>;
export const AlertsUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AlertsUnitsQuery, AlertsUnitsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeDeadlineAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDeadlineAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const DossierActionsAssignDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsAssignDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsAssignDossierMutation, DossierActionsAssignDossierMutationVariables>;
export const DossierActionsForwardDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsForwardDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsForwardDossierMutation, DossierActionsForwardDossierMutationVariables>;
export const DossierActionsAppraiseDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsAppraiseDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppraiseDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraiseDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsAppraiseDossierMutation, DossierActionsAppraiseDossierMutationVariables>;
export const DossierActionsRequestDossierSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsRequestDossierSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDossierSupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDossierSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsRequestDossierSupplementMutation, DossierActionsRequestDossierSupplementMutationVariables>;
export const DossierActionsPauseDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsPauseDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsPauseDossierMutation, DossierActionsPauseDossierMutationVariables>;
export const DossierActionsResumeDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsResumeDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsResumeDossierMutation, DossierActionsResumeDossierMutationVariables>;
export const DossierActionsSubmitDossierForApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsSubmitDossierForApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDossierForApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDossierForApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsSubmitDossierForApprovalMutation, DossierActionsSubmitDossierForApprovalMutationVariables>;
export const DossierActionsApproveDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsApproveDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsApproveDossierMutation, DossierActionsApproveDossierMutationVariables>;
export const DossierActionsRefuseDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsRefuseDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefuseDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsRefuseDossierMutation, DossierActionsRefuseDossierMutationVariables>;
export const DossierActionsMarkDossierResultReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsMarkDossierResultReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDossierResultReadyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDossierResultReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsMarkDossierResultReadyMutation, DossierActionsMarkDossierResultReadyMutationVariables>;
export const DossierActionsReturnDossierResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsReturnDossierResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnDossierResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnDossierResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsReturnDossierResultMutation, DossierActionsReturnDossierResultMutationVariables>;
export const DossierActionsWithdrawDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsWithdrawDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsWithdrawDossierMutation, DossierActionsWithdrawDossierMutationVariables>;
export const DossierActionsStopDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsStopDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsStopDossierMutation, DossierActionsStopDossierMutationVariables>;
export const DossierActionsApologiseForDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsApologiseForDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApologiseForDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apologiseForDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsApologiseForDossierMutation, DossierActionsApologiseForDossierMutationVariables>;
export const DossierActionsAcceptCompletedDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierActionsAcceptCompletedDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCompletedDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCompletedDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActionsAcceptCompletedDossierMutation, DossierActionsAcceptCompletedDossierMutationVariables>;
export const DossierAttachFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DossierAttachFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachDossierFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachDossierFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierAttachFileMutation, DossierAttachFileMutationVariables>;
export const DossierQueueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierQueueList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierQueueTable_dossier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierQueueTable_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierQueueListQuery, DossierQueueListQueryVariables>;
export const DossierQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierQueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueSoon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueSoon"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueSoon"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"within"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DossierQueueCountsQuery, DossierQueueCountsQueryVariables>;
export const IntakeProcedureSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeProcedureSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeProcedureSearchQuery, IntakeProcedureSearchQueryVariables>;
export const IntakeAddressUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeAddressUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeAddressUnitsQuery, IntakeAddressUnitsQueryVariables>;
export const IntakeAppointmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeAppointmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"receivedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeAppointmentPreviewQuery, IntakeAppointmentPreviewQueryVariables>;
export const IntakeWizardReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IntakeWizardReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeWizardReceiveMutation, IntakeWizardReceiveMutationVariables>;
export const PublicLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneLast4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDossierStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"phoneLast4"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneLast4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublicLookupQuery, PublicLookupQueryVariables>;
export const AssignModalOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignModalOffices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignModalOfficesQuery, AssignModalOfficesQueryVariables>;
export const AssignModalAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignModalAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<AssignModalAssignMutation, AssignModalAssignMutationVariables>;
export const EndAssignmentModalEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAssignmentModalEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<EndAssignmentModalEndMutation, EndAssignmentModalEndMutationVariables>;
export const EmploymentModalRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmploymentModalRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<EmploymentModalRecordMutation, EmploymentModalRecordMutationVariables>;
export const EmploymentModalUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmploymentModalUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<EmploymentModalUpdateMutation, EmploymentModalUpdateMutationVariables>;
export const ImportUploaderImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUploaderImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStaffingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStaffing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReport_payload"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport_payload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStaffingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<ImportUploaderImportMutation, ImportUploaderImportMutationVariables>;
export const OfficeFormCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeFormCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<OfficeFormCreateMutation, OfficeFormCreateMutationVariables>;
export const OfficeFormUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeFormUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}},{"kind":"Field","name":{"kind":"Name","value":"provinceClass"}},{"kind":"Field","name":{"kind":"Name","value":"internalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<OfficeFormUpdateMutation, OfficeFormUpdateMutationVariables>;
export const PeopleDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeopleDirectory_person"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeopleDirectory_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"seniorityStart"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"postType"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportJob"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<PeopleDirectoryQuery, PeopleDirectoryQueryVariables>;
export const PersonFormCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonFormCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<PersonFormCreateMutation, PersonFormCreateMutationVariables>;
export const PersonFormUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonFormUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"seniorityStart"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingErrorFields_error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingErrorFields_error"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConcurrencyConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlappingHeadPostError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"personKey"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"headcountQuota"}}]}}]}}]} as unknown as DocumentNode<PersonFormUpdateMutation, PersonFormUpdateMutationVariables>;
export const UnitPickerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPickerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasCode"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitPickerSearchQuery, UnitPickerSearchQueryVariables>;
export const StaffingViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffingViewerQuery, StaffingViewerQueryVariables>;
export const UnitDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTable_unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"oneStopDesk"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitDirectoryQuery, UnitDirectoryQueryVariables>;
export const UnitTreeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTreeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnitTreeChildrenQuery, UnitTreeChildrenQueryVariables>;