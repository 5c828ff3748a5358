import { dayjs, TIME_ZONE } from '@/lib/dates';
import type { DeadlineAlertKind } from '@/gql/graphql';

export const ALERT_KINDS: DeadlineAlertKind[] = [
  'OVERDUE',
  'STEP_OVERDUE',
  'DUE_SOON',
  'APOLOGY_REQUIRED',
  'SUPPLEMENT_OVERDUE',
  'RETURN_WITHOUT_APOLOGY',
];

export const ALERT_COLORS: Record<DeadlineAlertKind, string> = {
  OVERDUE: 'red',
  STEP_OVERDUE: 'volcano',
  DUE_SOON: 'gold',
  APOLOGY_REQUIRED: 'magenta',
  SUPPLEMENT_OVERDUE: 'orange',
  RETURN_WITHOUT_APOLOGY: 'purple',
};

/** dd/MM/yyyy HH:mm in Vietnam's zone, whatever the browser's. */
export function formatAlertTime(value: string | null | undefined): string {
  return value ? dayjs(value).tz(TIME_ZONE).format('DD/MM/YYYY HH:mm') : '';
}

/** The dossier page; receipt codes contain dots, so the address ends with a slash (see the dossiers feature). */
export function alertDossierPath(code: string): string {
  return `/dossiers/${encodeURIComponent(code)}/`;
}
