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

export type ForwardDossierInput = {
  code: string;
  /** The current step is done and the next one begins (default true). */
  completeStep?: boolean | null | undefined;
  expectedVersion: number;
  note?: string | null | undefined;
  officerId?: string | number | null | undefined;
  unitCode?: string | null | undefined;
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

export type MarkDossierResultReadyInput = {
  code: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
};

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

/** Unit of a processing time; most procedures count working days. */
export type ProcessingTimeUnit =
  | 'CALENDAR_DAYS'
  | 'WORKING_DAYS'
  | 'WORKING_HOURS';

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

export type ResumeDossierInput = {
  code: string;
  /** The `version` the client read; a mismatch gives ConcurrencyConflictError. */
  expectedVersion: number;
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
    { id: string, code: string, status: DossierStatus }
    & { ' $fragmentRefs'?: { 'DossierSummary_DossierFragment': DossierSummary_DossierFragment;'DossierTimeline_DossierFragment': DossierTimeline_DossierFragment;'DossierDocuments_DossierFragment': DossierDocuments_DossierFragment;'DossierSteps_DossierFragment': DossierSteps_DossierFragment;'DossierAudit_DossierFragment': DossierAudit_DossierFragment;'DossierActions_DossierFragment': DossierActions_DossierFragment } }
  ) | null };

export type DossiersRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type DossiersRouteQuery = { me: { id: string, roles: Array<Role> } | null };

export type HomeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRouteQuery = { me: (
    { id: string }
    & { ' $fragmentRefs'?: { 'WelcomeCard_MeFragment': WelcomeCard_MeFragment } }
  ) | null };

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

export type DossierDocuments_DossierFragment = { id: string, documents: Array<{ ordinal: number, name: string, originals: number, copies: number, certifiedCopies: number, digitised: boolean }> } & { ' $fragmentName'?: 'DossierDocuments_DossierFragment' };

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


export type IntakeWizardReceiveMutation = { receiveDossier: { dossier: { id: string, code: string, status: DossierStatus, appointmentAt: string | null } | null, errors: Array<
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

export const UserSummary_MeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserSummary_MeFragment, unknown>;
export const DossierActions_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierActions_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DossierActions_DossierFragment, unknown>;
export const DossierQueueTable_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierQueueTable_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierQueueTable_DossierFragment, unknown>;
export const DossierDocuments_DossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDocuments_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"digitised"}}]}}]}}]} as unknown as DocumentNode<DossierDocuments_DossierFragment, unknown>;
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
export const UnitTable_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"oneStopDesk"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitTable_UnitFragment, unknown>;
export const UnitTreeNode_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnitTreeNode_UnitFragment, unknown>;
export const UnitTree_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTree_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnitTree_UnitFragment, unknown>;
export const DossierIntakeRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierIntakeRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DossierIntakeRouteQuery, DossierIntakeRouteQueryVariables>;
export const DossierPrintRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierPrintRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptForm_receipt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplementForm_form"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefusalForm_form"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApologyForm_form"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessControl_sheet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptForm_receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultPlace"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplementForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementRequestForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefusalForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefusalForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"atReception"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApologyForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApologyForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnPlace"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessControl_sheet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessControlSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DossierPrintRouteQuery, DossierPrintRouteQueryVariables>;
export const TrackingBookRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackingBookRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"RECEIVED_OLDEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackingBook_dossier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackingBook_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TrackingBookRouteQuery, TrackingBookRouteQueryVariables>;
export const DossierRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSummary_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierTimeline_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierDocuments_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSteps_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierAudit_dossier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierActions_dossier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalAppointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"violation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierTimeline_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"stepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stepResult"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"newAppointmentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDocuments_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}},{"kind":"Field","name":{"kind":"Name","value":"digitised"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSteps_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierAudit_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierActions_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DossierRouteQuery, DossierRouteQueryVariables>;
export const DossiersRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossiersRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<DossiersRouteQuery, DossiersRouteQueryVariables>;
export const HomeRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WelcomeCard_me"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WelcomeCard_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeRouteQuery, HomeRouteQueryVariables>;
export const UnitsRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTree_unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTree_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}}]}}]}}]} as unknown as DocumentNode<UnitsRouteQuery, UnitsRouteQueryVariables>;
export const AppShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary_me"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary_me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
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
export const DossierQueueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierQueueList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierQueueTable_dossier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierQueueTable_dossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DossierQueueListQuery, DossierQueueListQueryVariables>;
export const DossierQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierQueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueSoon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueSoon"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueSoon"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"within"},"name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DossierQueueCountsQuery, DossierQueueCountsQueryVariables>;
export const IntakeProcedureSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeProcedureSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCopies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payerNotes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeProcedureSearchQuery, IntakeProcedureSearchQueryVariables>;
export const IntakeAddressUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeAddressUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeAddressUnitsQuery, IntakeAddressUnitsQueryVariables>;
export const IntakeAppointmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeAppointmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"receivedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeAppointmentPreviewQuery, IntakeAppointmentPreviewQueryVariables>;
export const IntakeWizardReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IntakeWizardReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeWizardReceiveMutation, IntakeWizardReceiveMutationVariables>;
export const PublicLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneLast4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDossierStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"phoneLast4"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneLast4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublicLookupQuery, PublicLookupQueryVariables>;
export const UnitDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTable_unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"oneStopDesk"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitDirectoryQuery, UnitDirectoryQueryVariables>;
export const UnitTreeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTreeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode_unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnitTreeChildrenQuery, UnitTreeChildrenQueryVariables>;