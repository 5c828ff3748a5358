import { dayjs, TIME_ZONE } from '@/lib/dates';

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** A 0–1 share as a percentage (vi-VN: "82,5 %"); null when there is no data. */
export function formatShare(value: number | null | undefined): string | null {
  return value == null ? null : percent.format(value);
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).tz(TIME_ZONE).format('DD/MM/YYYY HH:mm') : '';
}

/** A `Date` scalar (yyyy-MM-dd) as dd/MM/yyyy, without any time-zone shift. */
export function formatDateOnly(value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

export function todayInVietnam(): string {
  return dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
}
