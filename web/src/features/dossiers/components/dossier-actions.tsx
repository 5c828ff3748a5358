import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, type TypedDocumentNode } from 'urql';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { DossierActionsAssignDossierMutation, PauseKind, ReturnMethod, Role } from '@/gql/graphql';
import { allowedActions, OPEN_STATUSES, type WorkflowAction } from '../lib/actions';
import { formatDateTime } from '../lib/format';
import { dossierPath } from '../lib/paths';
import { OfficerPicker } from './officer-picker';

export const DossierActionsFragment = graphql(`
  fragment DossierActions_dossier on Dossier {
    id
    code
    version
    status
    appraisedAt
    deadlineState
    currentUnit {
      id
      code
    }
    apologies {
      newAppointmentAt
    }
    currentStep {
      state
    }
  }
`);

const AssignDossierMutation = graphql(`
  mutation DossierActionsAssignDossier($input: AssignDossierInput!) {
    assignDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const ForwardDossierMutation = graphql(`
  mutation DossierActionsForwardDossier($input: ForwardDossierInput!) {
    forwardDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const AppraiseDossierMutation = graphql(`
  mutation DossierActionsAppraiseDossier($input: AppraiseDossierInput!) {
    appraiseDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const RequestDossierSupplementMutation = graphql(`
  mutation DossierActionsRequestDossierSupplement($input: RequestDossierSupplementInput!) {
    requestDossierSupplement(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const PauseDossierMutation = graphql(`
  mutation DossierActionsPauseDossier($input: PauseDossierInput!) {
    pauseDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const ResumeDossierMutation = graphql(`
  mutation DossierActionsResumeDossier($input: ResumeDossierInput!) {
    resumeDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const SubmitDossierForApprovalMutation = graphql(`
  mutation DossierActionsSubmitDossierForApproval($input: SubmitDossierForApprovalInput!) {
    submitDossierForApproval(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const ApproveDossierMutation = graphql(`
  mutation DossierActionsApproveDossier($input: ApproveDossierInput!) {
    approveDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const RefuseDossierMutation = graphql(`
  mutation DossierActionsRefuseDossier($input: RefuseDossierInput!) {
    refuseDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const MarkDossierResultReadyMutation = graphql(`
  mutation DossierActionsMarkDossierResultReady($input: MarkDossierResultReadyInput!) {
    markDossierResultReady(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const ReturnDossierResultMutation = graphql(`
  mutation DossierActionsReturnDossierResult($input: ReturnDossierResultInput!) {
    returnDossierResult(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const WithdrawDossierMutation = graphql(`
  mutation DossierActionsWithdrawDossier($input: WithdrawDossierInput!) {
    withdrawDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const StopDossierMutation = graphql(`
  mutation DossierActionsStopDossier($input: StopDossierInput!) {
    stopDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const ApologiseForDossierMutation = graphql(`
  mutation DossierActionsApologiseForDossier($input: ApologiseForDossierInput!) {
    apologiseForDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

const AcceptCompletedDossierMutation = graphql(`
  mutation DossierActionsAcceptCompletedDossier($input: AcceptCompletedDossierInput!) {
    acceptCompletedDossier(input: $input) {
      dossier {
        id
        version
        status
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

export const ACTION_DOCUMENTS = {
  ASSIGN: { document: AssignDossierMutation, field: 'assignDossier' },
  FORWARD: { document: ForwardDossierMutation, field: 'forwardDossier' },
  APPRAISE: { document: AppraiseDossierMutation, field: 'appraiseDossier' },
  REQUEST_SUPPLEMENT: { document: RequestDossierSupplementMutation, field: 'requestDossierSupplement' },
  PAUSE: { document: PauseDossierMutation, field: 'pauseDossier' },
  RESUME: { document: ResumeDossierMutation, field: 'resumeDossier' },
  SUBMIT_FOR_APPROVAL: { document: SubmitDossierForApprovalMutation, field: 'submitDossierForApproval' },
  APPROVE: { document: ApproveDossierMutation, field: 'approveDossier' },
  REFUSE: { document: RefuseDossierMutation, field: 'refuseDossier' },
  MARK_RESULT_READY: { document: MarkDossierResultReadyMutation, field: 'markDossierResultReady' },
  RETURN_RESULT: { document: ReturnDossierResultMutation, field: 'returnDossierResult' },
  WITHDRAW: { document: WithdrawDossierMutation, field: 'withdrawDossier' },
  STOP: { document: StopDossierMutation, field: 'stopDossier' },
  APOLOGISE: { document: ApologiseForDossierMutation, field: 'apologiseForDossier' },
  ACCEPT_COMPLETED: { document: AcceptCompletedDossierMutation, field: 'acceptCompletedDossier' },
} as const;

type Payload = DossierActionsAssignDossierMutation['assignDossier'];
type Values = {
  note?: string;
  unitCode?: string;
  officerId?: string;
  completeStep?: boolean;
  opinion?: string;
  reason?: string;
  lines?: string;
  kind?: PauseKind;
  legalBasis?: string;
  method?: ReturnMethod;
  newAppointmentAt?: Dayjs;
  responsibleUnitCode?: string;
};

const lines = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const optional = (text?: string) => (text?.trim() ? text.trim() : null);

// An officer picked from the current unit's list is checked against that unit, not against the officer's own.
const handlingUnit = (values: Values, currentUnitCode: string) =>
  optional(values.unitCode) ?? (optional(values.officerId) ? currentUnitCode : null);

function inputFor(action: WorkflowAction, values: Values, currentUnitCode: string): Record<string, unknown> {
  switch (action) {
    case 'ASSIGN':
      return { unitCode: handlingUnit(values, currentUnitCode), officerId: optional(values.officerId), note: optional(values.note) };
    case 'FORWARD':
      return {
        unitCode: handlingUnit(values, currentUnitCode),
        officerId: optional(values.officerId),
        note: optional(values.note),
        completeStep: values.completeStep ?? true,
      };
    case 'APPRAISE':
      return { opinion: values.opinion };
    case 'REQUEST_SUPPLEMENT':
      return { reason: values.reason, missingItems: lines(values.lines) };
    case 'PAUSE':
      return { kind: values.kind, reason: values.reason, legalBasis: optional(values.legalBasis) };
    case 'REFUSE':
      return { reasons: lines(values.lines) };
    case 'RETURN_RESULT':
      return { method: values.method };
    case 'WITHDRAW':
    case 'STOP':
      return { reason: values.reason };
    case 'APOLOGISE':
      return {
        reason: values.reason,
        newAppointmentAt: values.newAppointmentAt?.toISOString(),
        responsibleUnitCode: values.responsibleUnitCode,
      };
    default:
      return {};
  }
}

function OfficerField({ currentUnitCode }: { currentUnitCode: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const typedUnit = Form.useWatch('unitCode', form);
  return (
    <Form.Item name="officerId" label={t('dossiers.actions.officerId')} extra={t('dossiers.officerPicker.hint')}>
      <OfficerPicker unitCode={optional(typedUnit) ?? currentUnitCode} />
    </Form.Item>
  );
}

function ActionFields({ action, currentUnitCode }: { action: WorkflowAction; currentUnitCode: string }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('dossiers.actions.required') }];
  const reason = (
    <Form.Item name="reason" label={t('dossiers.actions.reason')} rules={required}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
  switch (action) {
    case 'ASSIGN':
    case 'FORWARD':
      return (
        <>
          <Form.Item name="unitCode" label={t('dossiers.actions.unitCode')}>
            <Input />
          </Form.Item>
          <OfficerField currentUnitCode={currentUnitCode} />
          <Form.Item name="note" label={t('dossiers.actions.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          {action === 'FORWARD' && (
            <Form.Item name="completeStep" valuePropName="checked" initialValue>
              <Checkbox>{t('dossiers.actions.completeStep')}</Checkbox>
            </Form.Item>
          )}
        </>
      );
    case 'APPRAISE':
      return (
        <Form.Item name="opinion" label={t('dossiers.actions.opinion')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
      );
    case 'REQUEST_SUPPLEMENT':
      return (
        <>
          {reason}
          <Form.Item name="lines" label={t('dossiers.actions.missingItems')} rules={required}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      );
    case 'PAUSE':
      return (
        <>
          <Form.Item name="kind" label={t('dossiers.actions.pauseKind')} rules={required} initialValue="FINANCIAL_OBLIGATION">
            <Select
              options={(['FINANCIAL_OBLIGATION', 'OTHER'] as const).map((k) => ({ value: k, label: t(`dossiers.pauseKind.${k}`) }))}
            />
          </Form.Item>
          {reason}
          <Form.Item name="legalBasis" label={t('dossiers.actions.legalBasis')}>
            <Input />
          </Form.Item>
        </>
      );
    case 'REFUSE':
      return (
        <Form.Item name="lines" label={t('dossiers.actions.reasons')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
      );
    case 'RETURN_RESULT':
      return (
        <Form.Item name="method" label={t('dossiers.actions.method')} rules={required} initialValue="DESK">
          <Select options={(['DESK', 'POST', 'ONLINE'] as const).map((m) => ({ value: m, label: t(`dossiers.returnMethod.${m}`) }))} />
        </Form.Item>
      );
    case 'WITHDRAW':
    case 'STOP':
      return reason;
    case 'APOLOGISE':
      return (
        <>
          {reason}
          <Form.Item name="newAppointmentAt" label={t('dossiers.actions.newAppointmentAt')} rules={required}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" />
          </Form.Item>
          <Form.Item name="responsibleUnitCode" label={t('dossiers.actions.responsibleUnitCode')} rules={required}>
            <Input />
          </Form.Item>
        </>
      );
    default:
      return null;
  }
}

type Props = {
  dossier: FragmentType<typeof DossierActionsFragment>;
  roles: readonly Role[];
  /** Fetches the dossier again from the server (after a change or a conflict). */
  onReload: () => void;
};

// Only the actions the viewer's roles allow in the current status; each opens a small form.
export function DossierActions({ dossier, roles, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const d = readFragment(DossierActionsFragment, dossier);
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [seenVersion, setSeenVersion] = useState(d.version);
  const [form] = Form.useForm<Values>();
  // The page updates live (dossierChanged): a new version while a dialog is open and not being submitted by us means
  // someone else changed the dossier under the form. Close it and say so; the page already shows the new state.
  if (d.version !== seenVersion) {
    setSeenVersion(d.version);
    if (open !== null && !busy) {
      setOpen(null);
      setConflict(true);
    }
  }
  const actions = allowedActions(d, roles);

  async function submit(values: Values) {
    if (!open) return;
    const entry = ACTION_DOCUMENTS[open];
    setBusy(true);
    setProblem(null);
    const input = { code: d.code, expectedVersion: d.version, ...inputFor(open, values, d.currentUnit.code) };
    const document = entry.document as unknown as TypedDocumentNode<Record<string, Payload>, { input: Record<string, unknown> }>;
    const result = await client.mutation(document, { input }).toPromise();
    setBusy(false);
    const payload = result.data?.[entry.field];
    if (!payload) {
      // Transport or GraphQL error: the toaster shows it for a moment; the dialog keeps saying it until the next try.
      setProblem(t('dossiers.actions.failed', { message: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '' }));
      return;
    }
    const errors = payload.errors;
    if (errors.some((e) => e.__typename === 'ConcurrencyConflictError')) {
      setOpen(null);
      setConflict(true);
      onReload();
      return;
    }
    if (errors.length > 0) {
      setProblem(errors.map((e) => e.message || t(`dossiers.errors.${e.__typename}`, { defaultValue: e.__typename })).join(' '));
      const known = new Set(['reason', 'opinion', 'method', 'unitCode', 'officerId', 'responsibleUnitCode', 'newAppointmentAt']);
      form.setFields(
        errors.flatMap((e) =>
          e.__typename === 'ValidationError' && known.has(e.field) ? [{ name: e.field as keyof Values, errors: [e.message] }] : [],
        ),
      );
      return;
    }
    void message.success(t('dossiers.actions.done', { action: t(`dossiers.action.${open}`) }));
    setOpen(null);
    setConflict(false);
    onReload();
  }

  return (
    <Card title={t('dossiers.actions.title')} role="region" aria-label={t('dossiers.actions.title')}>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setConflict(false) }}
          role="alert"
          title={t('dossiers.actions.conflict')}
          style={{ marginBottom: 12 }}
        />
      )}
      <ApologyBanner
        state={d.deadlineState}
        open={OPEN_STATUSES.includes(d.status)}
        stepLate={d.currentStep?.state === 'OVERDUE'}
        promised={d.apologies.at(-1)?.newAppointmentAt}
        printPath={dossierPath(d.code, 'print/apology')}
        onApologise={
          actions.includes('APOLOGISE')
            ? () => {
                form.resetFields();
                setProblem(null);
                setOpen('APOLOGISE');
              }
            : undefined
        }
      />
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('dossiers.actions.none')}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {actions.map((action) => (
            <Button
              key={action}
              type={action === 'APPROVE' || action === 'RETURN_RESULT' ? 'primary' : 'default'}
              danger={action === 'REFUSE' || action === 'STOP'}
              onClick={() => {
                form.resetFields();
                setProblem(null);
                setOpen(action);
              }}
            >
              {t(`dossiers.action.${action}`)}
            </Button>
          ))}
        </Flex>
      )}
      <Modal
        open={open !== null}
        title={open ? t(`dossiers.action.${open}`) : ''}
        okText={t('dossiers.actions.confirm')}
        cancelText={t('dossiers.actions.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        // Rendered from the start, so the form is connected however fast "Confirm" is pressed after the dialog opens
        // (with the dialog's content mounted on open, an early click could reach an unconnected form and do nothing).
        forceRender
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          {open && <ActionFields action={open} currentUnitCode={d.currentUnit.code} />}
        </Form>
      </Modal>
    </Card>
  );
}

type BannerProps = {
  state: string;
  open: boolean;
  stepLate: boolean;
  promised: string | undefined;
  printPath: string;
  onApologise?: () => void;
};

// A dossier at risk of being late (a step already late, due soon, or overdue) needs an apology letter (form 04) with a
// new appointment, sent at least one working day before the deadline (DOMAIN.md §1.5; the server refuses it later, with
// the last day in its message). The banner says so, opens the apology form for those who may issue it while the
// dossier is not yet overdue, and once an apology is sent shows the new appointment and links the printed letter.
function ApologyBanner({ state, open, stepLate, promised, printPath, onApologise }: BannerProps) {
  const { t } = useTranslation();
  if (!open) return null;
  if (promised) {
    return (
      <Alert
        type="info"
        showIcon
        role="status"
        style={{ marginBottom: 12 }}
        title={t('dossiers.apologyBanner.issued', { date: formatDateTime(promised) })}
        action={<Link to={printPath}>{t('dossiers.apologyBanner.print')}</Link>}
      />
    );
  }
  const risk = state === 'OVERDUE' || state === 'DUE_SOON' ? state : stepLate ? 'STEP_LATE' : null;
  if (!risk) return null;
  return (
    <Alert
      type={risk === 'OVERDUE' ? 'error' : 'warning'}
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t(`dossiers.apologyBanner.${risk}`)}
      description={t(risk === 'OVERDUE' ? 'dossiers.apologyBanner.tooLate' : 'dossiers.apologyBanner.duty')}
      action={
        risk !== 'OVERDUE' &&
        onApologise && (
          <Button size="small" onClick={onApologise}>
            {t('dossiers.apologyBanner.write')}
          </Button>
        )
      }
    />
  );
}
