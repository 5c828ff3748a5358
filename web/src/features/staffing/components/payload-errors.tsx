import { Alert, Button } from 'antd';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';

export const StaffingErrorFragment = graphql(`
  fragment StaffingErrorFields_error on StaffingError {
    __typename
    ... on ValidationError {
      code
      message
      field
    }
    ... on NotFoundError {
      code
      message
    }
    ... on ConcurrencyConflictError {
      code
      message
      currentVersion
    }
    ... on ForbiddenError {
      code
      message
    }
    ... on OverlappingHeadPostError {
      code
      message
      personKey
    }
    ... on QuotaExceededError {
      code
      message
      officeCode
      headcountQuota
    }
    ... on AccountAlreadyLinkedError {
      code
      message
      email
      personKey
    }
  }
`);

export type FormFeedback = { messages: string[]; conflict: boolean };

/**
 * R21 channel (b): every typed payload error by `__typename`. Errors about a field the form shows go next to
 * that field; the rest come back as messages for the alert above the form.
 */
export function applyStaffingErrors(
  errors: readonly FragmentType<typeof StaffingErrorFragment>[],
  form: FormInstance | null,
  t: TFunction,
  fields: readonly string[],
): FormFeedback {
  const feedback: FormFeedback = { messages: [], conflict: false };
  const onField = (name: string, message: string) => {
    if (form && fields.includes(name)) form.setFields([{ name, errors: [message] }]);
    else feedback.messages.push(message);
  };
  for (const ref of errors) {
    const error = readFragment(StaffingErrorFragment, ref);
    switch (error.__typename) {
      case 'ValidationError':
        onField(error.field, error.message);
        break;
      case 'NotFoundError':
        feedback.messages.push(t('staffing.errors.NotFoundError', { message: error.message }));
        break;
      case 'ConcurrencyConflictError':
        feedback.conflict = true;
        feedback.messages.push(t('staffing.errors.ConcurrencyConflictError', { version: error.currentVersion }));
        break;
      case 'ForbiddenError':
        feedback.messages.push(t('staffing.errors.ForbiddenError', { message: error.message }));
        break;
      case 'OverlappingHeadPostError':
        onField('position', t('staffing.errors.OverlappingHeadPostError', { personKey: error.personKey }));
        break;
      case 'QuotaExceededError':
        onField('officeCode', t('staffing.errors.QuotaExceededError', { officeCode: error.officeCode, quota: error.headcountQuota }));
        break;
      case 'AccountAlreadyLinkedError':
        onField('email', t('staffing.errors.AccountAlreadyLinkedError', { email: error.email, personKey: error.personKey }));
        break;
      default: {
        const unknown: never = error;
        void unknown;
      }
    }
  }
  return feedback;
}

type AlertProps = { feedback: FormFeedback | null; onReload?: () => void };

export function PayloadErrorAlert({ feedback, onReload }: AlertProps) {
  const { t } = useTranslation();
  if (!feedback || feedback.messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('staffing.errors.title')}
      description={feedback.messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
      action={
        feedback.conflict && onReload ? (
          <Button size="small" onClick={onReload}>
            {t('staffing.common.reload')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
