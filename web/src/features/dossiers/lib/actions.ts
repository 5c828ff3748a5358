import type { DossierAction, DossierStatus, Role } from '@/gql/graphql';

type Rule = { statuses: readonly DossierStatus[]; roles: readonly Role[]; needsAppraisal?: boolean };

const OPEN: readonly DossierStatus[] = ['RECEIVED', 'IN_PROCESS', 'SUPPLEMENT_REQUESTED', 'PAUSED', 'AWAITING_APPROVAL', 'APPROVED'];
const DESK: readonly Role[] = ['RECEPTIONIST', 'ADMIN'];
const HANDLERS: readonly Role[] = ['SPECIALIST', 'LEADER', 'ADMIN'];
const APPRAISERS: readonly Role[] = ['SPECIALIST', 'ADMIN'];
const LEADERS: readonly Role[] = ['LEADER', 'ADMIN'];

// Mirrors the server's transition rules (Dossier.cs) and role lists (DossierMutations.cs); the server still decides.
export const ACTION_RULES = {
  ACCEPT_COMPLETED: { statuses: ['AWAITING_COMPLETION'], roles: ['RECEPTIONIST', 'ADMIN', 'DATA_ENTRY'] },
  ASSIGN: { statuses: ['RECEIVED', 'IN_PROCESS'], roles: ['RECEPTIONIST', 'LEADER', 'ADMIN'] },
  FORWARD: { statuses: ['IN_PROCESS'], roles: HANDLERS },
  APPRAISE: { statuses: ['IN_PROCESS'], roles: APPRAISERS },
  REQUEST_SUPPLEMENT: { statuses: ['IN_PROCESS'], roles: HANDLERS, needsAppraisal: true },
  PAUSE: { statuses: ['IN_PROCESS', 'AWAITING_APPROVAL', 'APPROVED'], roles: HANDLERS },
  RESUME: { statuses: ['SUPPLEMENT_REQUESTED', 'PAUSED'], roles: ['RECEPTIONIST', 'SPECIALIST', 'LEADER', 'ADMIN'] },
  SUBMIT_FOR_APPROVAL: { statuses: ['IN_PROCESS'], roles: APPRAISERS, needsAppraisal: true },
  APPROVE: { statuses: ['AWAITING_APPROVAL'], roles: LEADERS },
  REFUSE: { statuses: ['IN_PROCESS', 'AWAITING_APPROVAL'], roles: LEADERS, needsAppraisal: true },
  MARK_RESULT_READY: { statuses: ['APPROVED'], roles: HANDLERS },
  RETURN_RESULT: { statuses: ['RESULT_READY', 'REFUSED'], roles: DESK },
  APOLOGISE: { statuses: OPEN, roles: LEADERS },
  WITHDRAW: { statuses: [...OPEN, 'AWAITING_COMPLETION'], roles: DESK },
  STOP: { statuses: OPEN, roles: LEADERS },
} as const satisfies Partial<Record<DossierAction, Rule>>;

export type WorkflowAction = keyof typeof ACTION_RULES;

type Subject = { status: DossierStatus; appraisedAt?: string | null };

/** The actions the viewer may take now, in workflow order. */
export function allowedActions(dossier: Subject, roles: readonly Role[]): WorkflowAction[] {
  return (Object.entries(ACTION_RULES) as [WorkflowAction, Rule][])
    .filter(([, rule]) => rule.statuses.includes(dossier.status))
    .filter(([, rule]) => rule.roles.some((role) => roles.includes(role)))
    .filter(([, rule]) => !rule.needsAppraisal || Boolean(dossier.appraisedAt))
    .map(([action]) => action);
}

export const OPEN_STATUSES = OPEN;
