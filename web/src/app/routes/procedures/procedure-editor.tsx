import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ExpiredLawAlert } from '@/features/procedures/components/expired-law-alert';
import { editorValues, ProcedureEditorForm, type FieldError } from '@/features/procedures/components/procedure-editor-form';
import { StatusTag } from '@/features/procedures/components/procedure-tags';
import { PublishPanel } from '@/features/procedures/components/publish-panel';
import { EMPTY_VALUES, toContentInput, type EditorValues } from '@/features/procedures/utils/editor';
import { formatNumber } from '@/features/procedures/utils/format';
import { canEditCatalogue } from '@/features/procedures/utils/roles';
import { graphql } from '@/gql';
import type {
  ProcedureEditorCreateMutation,
  ProcedureEditorPublishMutation,
  ProcedureEditorRetireMutation,
  ProcedureEditorSaveMutation,
} from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';

const ProcedureEditorRouteQuery = graphql(`
  query ProcedureEditorRoute($code: String!, $isNew: Boolean!) {
    me {
      id
      roles
    }
    procedureFields {
      code
      name
    }
    legalDocuments(first: 100) {
      nodes {
        id
        number
        title
        inForce
      }
    }
    units(first: 100) {
      nodes {
        id
        code
        name
      }
    }
    procedure(code: $code) @skip(if: $isNew) {
      id
      code
      name
      number
      status
      revision
      ...ProcedureEditorForm_procedure
      versions {
        id
        number
        status
        ...ProcedureEditorForm_procedure
      }
    }
  }
`);

const ProcedureEditorCreateMutationDoc = graphql(`
  mutation ProcedureEditorCreate($input: CreateProcedureInput!) {
    createProcedure(input: $input) {
      procedure {
        id
        code
        revision
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
        ... on ValidationError {
          field
        }
        ... on StepBudgetMismatchError {
          expected
          actual
          unit
        }
      }
    }
  }
`);

const ProcedureEditorSaveMutationDoc = graphql(`
  mutation ProcedureEditorSave($input: UpdateProcedureDraftInput!) {
    updateProcedureDraft(input: $input) {
      procedure {
        id
        code
        number
        status
        revision
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
        ... on ValidationError {
          field
        }
        ... on StepBudgetMismatchError {
          expected
          actual
          unit
        }
        ... on ConcurrencyConflictError {
          currentVersion
        }
      }
    }
  }
`);

const ProcedureEditorPublishMutationDoc = graphql(`
  mutation ProcedureEditorPublish($input: PublishProcedureInput!) {
    publishProcedure(input: $input) {
      procedure {
        id
        code
        number
        status
        effectiveFrom
        revision
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
        ... on ValidationError {
          field
        }
        ...ExpiredLawAlert_error
        ... on ConcurrencyConflictError {
          currentVersion
        }
      }
    }
  }
`);

const ProcedureEditorRetireMutationDoc = graphql(`
  mutation ProcedureEditorRetire($input: RetireProcedureInput!) {
    retireProcedure(input: $input) {
      procedure {
        id
        code
        number
        status
        effectiveTo
        revision
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
        ... on ValidationError {
          field
        }
        ... on ConcurrencyConflictError {
          currentVersion
        }
      }
    }
  }
`);

type EditorError =
  | ProcedureEditorCreateMutation['createProcedure']['errors'][number]
  | ProcedureEditorSaveMutation['updateProcedureDraft']['errors'][number]
  | ProcedureEditorPublishMutation['publishProcedure']['errors'][number]
  | ProcedureEditorRetireMutation['retireProcedure']['errors'][number];

type ExpiredLaw = Extract<EditorError, { __typename: 'CitesExpiredLawError' }>;

type Problems = {
  fields: FieldError[];
  publishDate?: string;
  retireDate?: string;
  budget?: string;
  expired?: ExpiredLaw;
  conflict?: boolean;
  messages: string[];
};

const NO_PROBLEMS: Problems = { fields: [], messages: [] };

export function ProcedureEditorRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { code } = useParams();
  const isNew = code === undefined;
  const [{ data, fetching }, reload] = useQuery({
    query: ProcedureEditorRouteQuery,
    variables: { code: code ?? '', isNew },
  });
  const [create, runCreate] = useMutation(ProcedureEditorCreateMutationDoc);
  const [save, runSave] = useMutation(ProcedureEditorSaveMutationDoc);
  const [publish, runPublish] = useMutation(ProcedureEditorPublishMutationDoc);
  const [retire, runRetire] = useMutation(ProcedureEditorRetireMutationDoc);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);

  if (fetching && !data) return <Skeleton active />;
  if (!canEditCatalogue(data?.me?.roles)) {
    return <Result status="403" title={t('procedures.editor.forbidden')} />;
  }
  const procedure = data?.procedure;
  if (!isNew && !procedure) {
    return <Result status="404" title={t('procedures.detail.notFound')} subTitle={t('procedures.detail.notFoundHint', { code })} />;
  }

  const draft = procedure?.versions.filter((v) => v.status === 'DRAFT').at(-1);
  const published = procedure?.versions.some((v) => v.status === 'PUBLISHED') ?? false;
  const initialValues: EditorValues = draft ? editorValues(draft) : procedure ? editorValues(procedure) : EMPTY_VALUES;
  const revision = procedure?.revision ?? 0;

  // R21 channel (b): every typed error by __typename; channel (a) (transport, GraphQL) is the global toast.
  function collect(errors: readonly EditorError[]): Problems {
    const next: Problems = { fields: [], messages: [] };
    for (const error of errors) {
      switch (error.__typename) {
        case 'ValidationError':
          if (error.field === 'effectiveFrom') next.publishDate = error.message;
          else if (error.field === 'effectiveTo') next.retireDate = error.message;
          else if (error.field === 'code' && !isNew) next.messages.push(error.message);
          else next.fields.push({ field: error.field, message: error.message });
          break;
        case 'StepBudgetMismatchError': {
          const language = currentLanguage();
          next.budget = t('procedures.editor.budgetMismatch', {
            actual: formatNumber(error.actual, language),
            expected: formatNumber(error.expected, language),
            unit: t(`procedures.timeUnitName.${error.unit}`),
          });
          next.fields.push({ field: 'content.processingTime.amount', message: next.budget });
          break;
        }
        case 'CitesExpiredLawError':
          next.expired = error;
          break;
        case 'ConcurrencyConflictError':
          next.conflict = true;
          break;
        case 'NotFoundError':
          next.messages.push(error.message);
          break;
      }
    }
    return next;
  }

  async function onSubmit(values: EditorValues) {
    setProblems(NO_PROBLEMS);
    const content = toContentInput(values);
    if (isNew) {
      const result = await runCreate({ input: { code: values.code.trim(), content } });
      const payload = result.data?.createProcedure;
      if (!payload) return;
      if (payload.errors.length > 0) return setProblems(collect(payload.errors));
      message.success(t('procedures.editor.created'));
      await navigate(`/procedures/${encodeURIComponent(payload.procedure?.code ?? values.code)}/edit`, { replace: true });
      return;
    }
    const result = await runSave({ input: { code: code ?? '', content, expectedRevision: revision } });
    const payload = result.data?.updateProcedureDraft;
    if (!payload) return;
    if (payload.errors.length > 0) return setProblems(collect(payload.errors));
    message.success(t('procedures.editor.saved'));
  }

  async function onPublish(effectiveFrom: string) {
    setProblems(NO_PROBLEMS);
    const result = await runPublish({ input: { code: code ?? '', effectiveFrom, expectedRevision: revision } });
    const payload = result.data?.publishProcedure;
    if (!payload) return;
    if (payload.errors.length > 0) return setProblems(collect(payload.errors));
    message.success(t('procedures.editor.published'));
  }

  async function onRetire(effectiveTo: string) {
    setProblems(NO_PROBLEMS);
    const result = await runRetire({ input: { code: code ?? '', effectiveTo, expectedRevision: revision } });
    const payload = result.data?.retireProcedure;
    if (!payload) return;
    if (payload.errors.length > 0) return setProblems(collect(payload.errors));
    message.success(t('procedures.editor.retired'));
  }

  function reloadLatest() {
    setProblems(NO_PROBLEMS);
    reload({ requestPolicy: 'network-only' });
  }

  const unmapped = problems.fields.length > 0 && !problems.budget ? [t('procedures.editor.fixFields')] : [];

  return (
    <Flex vertical gap={16}>
      <Link to={isNew ? '/procedures' : `/procedures/${encodeURIComponent(code)}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t(isNew ? 'procedures.backToList' : 'procedures.editor.backToDetail')}
        </Button>
      </Link>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {isNew ? t('procedures.editor.newTitle') : t('procedures.editor.editTitle', { name: procedure?.name })}
        </Typography.Title>
        {procedure ? (
          <Space size={4} style={{ marginTop: 8 }} wrap>
            <Typography.Text type="secondary">
              {t('procedures.detail.codeVersion', { code: procedure.code, number: procedure.number })}
            </Typography.Text>
            <StatusTag status={procedure.status} />
            {draft ? (
              <Typography.Text type="warning">{t('procedures.editor.editingDraft', { number: draft.number })}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('procedures.editor.willOpenDraft')}</Typography.Text>
            )}
          </Space>
        ) : null}
      </div>

      {problems.conflict ? (
        <Alert
          type="warning"
          showIcon
          title={t('procedures.editor.conflictTitle')}
          description={t('procedures.editor.conflict')}
          action={
            <Button icon={<ReloadOutlined />} onClick={reloadLatest}>
              {t('procedures.editor.reload')}
            </Button>
          }
        />
      ) : null}
      {problems.budget ? <Alert type="error" showIcon title={problems.budget} /> : null}
      {[...problems.messages, ...unmapped].map((text) => (
        <Alert key={text} type="error" showIcon title={text} />
      ))}

      {!isNew ? (
        <Card title={t('procedures.editor.publishTitle')}>
          <Flex vertical gap={12}>
            {problems.expired ? (
              <ExpiredLawAlert error={problems.expired} />
            ) : null}
            <PublishPanel
              hasDraft={Boolean(draft)}
              canRetire={published}
              busy={publish.fetching || retire.fetching}
              publishDateError={problems.publishDate}
              retireDateError={problems.retireDate}
              onPublish={(date) => void onPublish(date)}
              onRetire={(date) => void onRetire(date)}
            />
          </Flex>
        </Card>
      ) : null}

      <ProcedureEditorForm
        // A new revision (saved here or elsewhere, then reloaded) starts the form from the server's values.
        key={`${revision}:${draft?.number ?? 0}`}
        mode={isNew ? 'create' : 'edit'}
        initialValues={initialValues}
        fields={(data?.procedureFields ?? []).map((f) => ({ value: f.code, label: f.name }))}
        legalDocuments={(data?.legalDocuments.nodes ?? []).map((d) => ({
          value: d.number,
          label: d.inForce ? `${d.number} — ${d.title}` : `${d.number} — ${d.title} (${t('procedures.legal.expired')})`,
        }))}
        units={(data?.units.nodes ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
        errors={problems.fields}
        saving={create.fetching || save.fetching}
        onSubmit={(values) => void onSubmit(values)}
      />
    </Flex>
  );
}
