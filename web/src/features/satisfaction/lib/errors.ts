import type { TFunction } from 'i18next';

const KNOWN = new Set(['INVALID_TOKEN', 'TOKEN_USED', 'TOKEN_EXPIRED', 'RATING_WINDOW_CLOSED', 'RATE_LIMITED']);

type UserError = { __typename?: string; code?: string; message?: string };

/** One clear sentence for the first typed error of a payload (null when there is none); the server's message otherwise. */
export function firstErrorMessage(t: TFunction, errors: readonly UserError[]): string | null {
  const [error] = errors;
  if (!error) return null;
  if (error.__typename === 'ConcurrencyConflictError') return t('satisfaction.inbox.conflict');
  if (error.code && KNOWN.has(error.code)) return t(`satisfaction.errors.${error.code}`);
  return t('satisfaction.errors.other', { message: error.message ?? error.code ?? '' });
}
