import { dayjs, TIME_ZONE } from '@/lib/dates';

// Officers read times in Vietnam's zone, whatever the browser's: dd/MM/yyyy HH:mm.
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).tz(TIME_ZONE).format('DD/MM/YYYY HH:mm') : '';
}

export function formatDay(value: string | null | undefined): string {
  return value ? dayjs(value).tz(TIME_ZONE).format('DD/MM/YYYY') : '';
}

/** A `Date` scalar (yyyy-MM-dd) shown as dd/MM/yyyy without any time-zone shift. */
export function formatDateOnly(value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

export function formatVnd(amount: number): string {
  return vnd.format(amount);
}

/** Today in Asia/Ho_Chi_Minh as yyyy-MM-dd (the `Date` scalar). */
export function todayInVietnam(): string {
  return dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
}
