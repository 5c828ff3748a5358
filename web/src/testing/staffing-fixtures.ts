import { makeFragmentData } from '@/gql';
import {
  ComplianceDashboard_ComplianceFragmentDoc,
  ImportReport_PayloadFragmentDoc,
  PeopleDirectory_PersonFragmentDoc,
  AccountLinkCard_PersonFragmentDoc,
  PersonProfile_PersonFragmentDoc,
  RuleResultTable_ResultFragmentDoc,
  StaffingErrorFields_ErrorFragmentDoc,
  type ComplianceStatus,
  type EndAssignmentModalEndMutation,
  type Confidence,
  type Role,
  type StaffingRuleCode,
} from '@/gql/graphql';

export const viewer = (roles: Role[]) => ({
  id: 'Me:staffing',
  roles,
  unit: { id: 'Unit:QNA', code: '000.00.00.H47', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
});

type RuleInput = {
  code: StaffingRuleCode;
  status: ComplianceStatus;
  message: string;
  confidence?: Confidence;
  deputies?: number | null;
  allowedDeputies?: number | null;
  offending?: number | null;
  people?: { id: string; fullName: string; personKey: string }[];
};

let ruleId = 0;
export function ruleResult(input: RuleInput) {
  ruleId += 1;
  const result = {
    status: input.status,
    message: input.message,
    figures: {
      staffCount: 10,
      civilServants: 9,
      headcountQuota: 10,
      deputies: input.deputies ?? null,
      allowedDeputies: input.allowedDeputies ?? null,
      minimumStaff: null,
      internalUnits: null,
      offending: input.offending ?? null,
    },
    rule: {
      id: `StaffingRule:${ruleId}`,
      code: input.code,
      text: `Quy định ${input.code}`,
      legalSource: input.code === 'MAX_DEPUTY_HEADS' ? 'Nghị định 107/2020/NĐ-CP' : 'Nghị định 111/2022/NĐ-CP',
      confidence: input.confidence ?? 'HIGH',
      effectiveFrom: '2020-11-25',
      effectiveTo: null,
    },
    people: input.people ?? [],
  };
  return { status: input.status, ...makeFragmentData(result, RuleResultTable_ResultFragmentDoc) };
}

const office = (code: string, name: string) => ({ id: `Office:${code}`, code, name, kind: 'DIVISION' as const });

/** The server's answer, but deliberately with the compliant unit first: the page must still show violations first. */
export function compliance(asOf = '2025-06-01') {
  return makeFragmentData(
    {
      asOf,
      totals: {
        units: 2,
        offices: 3,
        people: 30,
        violatingOffices: 2,
        warningOffices: 0,
        compliantOffices: 1,
        results: [],
        rules: [
          { code: 'MAX_DEPUTY_HEADS' as const, status: 'VIOLATION' as const, violations: 1, warnings: 0, compliant: 2 },
          { code: 'SUPPORT_CONTRACT_JOBS' as const, status: 'VIOLATION' as const, violations: 1, warnings: 0, compliant: 2 },
        ],
      },
      units: [
        {
          unit: { id: 'Unit:TP', code: '000.00.03.H47', name: 'Sở Tư pháp' },
          status: 'COMPLIANT' as const,
          violations: 0,
          warnings: 0,
          offices: [
            {
              office: office('000.02.03.H47', 'Phòng Hành chính Tư pháp'),
              status: 'COMPLIANT' as const,
              results: [ruleResult({ code: 'MAX_DEPUTY_HEADS', status: 'COMPLIANT', message: '1 cấp phó, được tối đa 2.' })],
            },
          ],
        },
        {
          unit: { id: 'Unit:NV', code: '000.00.02.H47', name: 'Sở Nội vụ' },
          status: 'VIOLATION' as const,
          violations: 2,
          warnings: 0,
          offices: [
            {
              office: office('000.03.02.H47', 'Phòng Kế hoạch - Tài chính'),
              status: 'VIOLATION' as const,
              results: [
                ruleResult({
                  code: 'SUPPORT_CONTRACT_JOBS',
                  status: 'VIOLATION',
                  message: '1/6 người vi phạm.',
                  confidence: 'MED',
                  offending: 1,
                  people: [{ id: 'Person:9', fullName: 'Lê Ngọc Hoàn', personKey: 'CB009' }],
                }),
              ],
            },
            {
              office: office('000.02.02.H47', 'Phòng Tổ chức - Hành chính'),
              status: 'VIOLATION' as const,
              results: [
                ruleResult({ code: 'MIN_STAFF', status: 'COMPLIANT', message: 'Biên chế 11, tối thiểu 6.' }),
                ruleResult({
                  code: 'MAX_DEPUTY_HEADS',
                  status: 'VIOLATION',
                  message: '3 cấp phó, được tối đa 2 (biên chế 11).',
                  deputies: 3,
                  allowedDeputies: 2,
                  people: [
                    { id: 'Person:1', fullName: 'Tô Kiến Đức', personKey: 'CB001' },
                    { id: 'Person:2', fullName: 'Lê Hồng Diễm', personKey: 'CB002' },
                  ],
                }),
              ],
            },
          ],
        },
      ],
    },
    ComplianceDashboard_ComplianceFragmentDoc,
  );
}

export function directoryPerson(masked: boolean) {
  return makeFragmentData(
    {
      id: 'Person:1',
      personKey: 'CB001',
      fullName: 'Tô Kiến Đức',
      dateOfBirth: masked ? null : '1980-03-15',
      birthYear: 1980,
      seniorityStart: '2005-09-01',
      post: {
        id: 'Assignment:1',
        position: 'DEPUTY_HEAD' as const,
        postType: 'PROFESSIONAL' as const,
        office: { id: 'Office:000.02.02.H47', code: '000.02.02.H47', name: 'Phòng Tổ chức - Hành chính' },
      },
      employment: { id: 'Employment:1', type: 'CIVIL_SERVANT' as const, supportJob: null, end: null },
    },
    PeopleDirectory_PersonFragmentDoc,
  );
}

export function personRecord(masked: boolean, account: { id: string; fullName: string } | null = null) {
  const base = {
    id: 'Person:1',
    personKey: 'CB001',
    fullName: 'Tô Kiến Đức',
    dateOfBirth: masked ? null : '1980-03-15',
    seniorityStart: '2005-09-01',
    version: 3,
    unit: { id: 'Unit:NV', code: '000.00.02.H47' },
  };
  const profile = makeFragmentData(
    {
      ...base,
      birthYear: 1980,
      unit: { ...base.unit, name: 'Sở Nội vụ' },
      post: { id: 'Assignment:2', position: 'DEPUTY_HEAD' as const, office: { id: 'Office:000.02.02.H47', name: 'Phòng Tổ chức - Hành chính' } },
      employment: { id: 'Employment:1', type: 'CIVIL_SERVANT' as const },
      assignments: [
        {
          id: 'Assignment:1',
          from: '2005-09-01',
          to: '2018-12-31',
          position: 'STAFF' as const,
          postType: 'PROFESSIONAL' as const,
          version: 1,
          office: { id: 'Office:000.03.02.H47', code: '000.03.02.H47', name: 'Phòng Kế hoạch - Tài chính' },
        },
        {
          id: 'Assignment:2',
          from: '2019-01-01',
          to: null,
          position: 'DEPUTY_HEAD' as const,
          postType: 'PROFESSIONAL' as const,
          version: 2,
          office: { id: 'Office:000.02.02.H47', code: '000.02.02.H47', name: 'Phòng Tổ chức - Hành chính' },
        },
      ],
      employments: [
        { id: 'Employment:1', type: 'CIVIL_SERVANT' as const, supportJob: null, start: '2005-09-01', end: null, version: 1 },
      ],
    },
    PersonProfile_PersonFragmentDoc,
  );
  const link = makeFragmentData({ id: base.id, version: base.version, account }, AccountLinkCard_PersonFragmentDoc);
  // One record carries both fragments (the page spreads both).
  return { ...base, ...profile, ...link } as typeof base & typeof profile & typeof link;
}

export function importReport() {
  return makeFragmentData(
    {
      rows: 3,
      created: 1,
      updated: 1,
      unchanged: 0,
      rowErrors: [{ row: 3, field: 'dateOfBirth', code: 'VALIDATION', message: 'Ngày "31/02/1990" không hợp lệ (dd/MM/yyyy).' }],
    },
    ImportReport_PayloadFragmentDoc,
  );
}

// Every mutation selects `errors { ...StaffingErrorFields_error }`, so they share one element type.
type StaffingErrorRef = EndAssignmentModalEndMutation['endAssignment']['errors'][number];
const asRef = (error: unknown) => error as StaffingErrorRef;

export const staffingError = {
  conflict: () =>
    asRef(makeFragmentData(
      { __typename: 'ConcurrencyConflictError' as const, code: 'CONCURRENCY_CONFLICT', message: 'Xung đột.', currentVersion: 4 },
      StaffingErrorFields_ErrorFragmentDoc,
    )),
  validation: (field: string, message: string) =>
    asRef(makeFragmentData({ __typename: 'ValidationError' as const, code: 'VALIDATION', message, field }, StaffingErrorFields_ErrorFragmentDoc)),
  overlappingHead: () =>
    asRef(makeFragmentData(
      { __typename: 'OverlappingHeadPostError' as const, code: 'OVERLAPPING_HEAD_POST', message: 'Trùng chức vụ trưởng.', personKey: 'CB001' },
      StaffingErrorFields_ErrorFragmentDoc,
    )),
  forbidden: () =>
    asRef(makeFragmentData({ __typename: 'ForbiddenError' as const, code: 'FORBIDDEN', message: 'Ngoài phạm vi.' }, StaffingErrorFields_ErrorFragmentDoc)),
  accountLinked: (email: string, personKey: string) =>
    asRef(makeFragmentData(
      { __typename: 'AccountAlreadyLinkedError' as const, code: 'ACCOUNT_ALREADY_LINKED', message: 'Tài khoản đã được gắn.', email, personKey },
      StaffingErrorFields_ErrorFragmentDoc,
    )),
};
