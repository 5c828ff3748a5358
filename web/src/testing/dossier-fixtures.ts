import { makeFragmentData } from '@/gql';
import {
  DossierQueueTable_DossierFragmentDoc,
  type DeadlineState,
  type DossierActions_DossierFragment,
  type DossierAudit_DossierFragment,
  type DossierDocuments_DossierFragment,
  type DossierRouteQuery,
  type DossierStatus,
  type DossierSteps_DossierFragment,
  type DossierSummary_DossierFragment,
  type DossierTimeline_DossierFragment,
} from '@/gql/graphql';

export function queueRow(code: string, deadlineState: DeadlineState, status: DossierStatus = 'IN_PROCESS') {
  return makeFragmentData(
    {
      id: `Dossier:${code}`,
      code,
      status,
      receivedAt: '2026-11-20T02:00:00Z',
      appointmentAt: '2026-11-27T10:00:00Z',
      deadlineState,
      applicant: { fullName: `Người nộp ${code}` },
      procedure: { id: 'Procedure:1', name: 'Cấp giấy phép xây dựng' },
      assignee: { id: 'u-1', fullName: 'Trần Văn Bình' },
      currentUnit: { id: 'Unit:TK', name: 'UBND thành phố Tam Kỳ' },
    },
    DossierQueueTable_DossierFragmentDoc,
  );
}

type Wire = DossierSummary_DossierFragment &
  DossierTimeline_DossierFragment &
  DossierDocuments_DossierFragment &
  DossierSteps_DossierFragment &
  DossierAudit_DossierFragment &
  DossierActions_DossierFragment;

/** The dossier as the server sends it for the dossier page (every child fragment's fields). */
export function dossierWire(overrides: Partial<Wire> = {}): NonNullable<DossierRouteQuery['dossier']> {
  const wire: Wire = {
    id: 'Dossier:1',
    code: '000.00.21.H47-261126-0001',
    status: 'IN_PROCESS',
    version: 3,
    channel: 'DIRECT',
    receivedAt: '2026-11-26T02:00:00Z',
    appointmentAt: '2026-12-17T10:00:00Z',
    originalAppointmentAt: '2026-12-17T10:00:00Z',
    dueDate: '2026-12-17',
    deadlineState: 'WITHIN_DEADLINE',
    violation: 'NONE',
    subject: null,
    appraisedAt: null,
    applicant: { kind: 'CITIZEN', fullName: 'Nguyễn Văn A', idNumber: '049*******56', phone: '090****456', email: null, address: 'Tam Kỳ' },
    procedure: { id: 'Procedure:1', code: '1.006228', name: 'Cấp giấy phép xây dựng mới', number: 2, revision: 5 },
    field: { code: 'XD', name: 'Hoạt động xây dựng' },
    receivingUnit: { id: 'Unit:TK', name: 'UBND thành phố Tam Kỳ' },
    currentUnit: { id: 'Unit:TK', code: '000.00.21.H47', name: 'UBND thành phố Tam Kỳ' },
    assignee: null,
    deadlineExplanation: {
      provisional: false,
      lines: [{ date: '2026-12-17', kind: 'APPOINTMENT', text: 'Hẹn trả kết quả lúc 17:00 ngày 17/12/2026.' }],
    },
    handovers: [],
    pauses: [],
    apologies: [],
    documents: [{ ordinal: 1, name: 'Đơn đề nghị', originals: 1, copies: 0, certifiedCopies: 0, digitised: false, fileId: null }],
    resultFileId: null,
    currentStep: { ordinal: 1, state: 'WITHIN_DEADLINE' },
    steps: [{ ordinal: 1, name: 'Thẩm định', role: 'SPECIALIST', dueAt: '2026-12-15T04:00:00Z', state: 'WITHIN_DEADLINE' }],
    auditTrail: [{ at: '2026-11-26T02:00:00Z', action: 'RECEIVE', actorName: 'Phạm Thị Tiếp', fromStatus: null, toStatus: 'RECEIVED', note: null }],
    ...overrides,
  };
  // The page's query spreads every child fragment; the wire object carries all their fields.
  return wire as unknown as NonNullable<DossierRouteQuery['dossier']>;
}
