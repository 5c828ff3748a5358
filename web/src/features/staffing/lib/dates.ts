import { dayjs } from '@/lib/dates';
import type { Dayjs } from 'dayjs';

// The API's `Date` scalar is a calendar date ("yyyy-MM-dd") with no time zone: never shift it.
export const DATE_FORMAT = 'DD/MM/YYYY';
const WIRE_FORMAT = 'YYYY-MM-DD';

export function formatDay(value: string | null | undefined): string {
  return value ? dayjs(value, WIRE_FORMAT).format(DATE_FORMAT) : '';
}

export function toDayjs(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, WIRE_FORMAT) : null;
}

export function toWire(value: Dayjs | null | undefined): string | null {
  return value ? value.format(WIRE_FORMAT) : null;
}

/** Whole years from `start` to `asOf` (today when null). */
export function yearsSince(start: string, asOf: string | null): number {
  return Math.max(0, (asOf ? dayjs(asOf, WIRE_FORMAT) : dayjs()).diff(dayjs(start, WIRE_FORMAT), 'year'));
}
