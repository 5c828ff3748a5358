import { dayjs } from '@/lib/dates';
import type { Language } from '@/lib/i18n';

const NUMBER_LOCALES = { vi: 'vi-VN', en: 'en-US' } as const;

// VND has no minor unit: "1.500.000 ₫" in Vietnamese, "₫1,500,000" in English.
export function formatVnd(amount: number, language: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

// `Date` scalars are calendar days ("yyyy-MM-dd"): no time zone conversion, or a day could shift.
export function formatDay(value: string, language: Language): string {
  return dayjs(value, 'YYYY-MM-DD').format(language === 'vi' ? 'DD/MM/YYYY' : 'DD MMM YYYY');
}

// `DateTime` instants are shown in Vietnam's time zone.
export function formatInstant(value: string, language: Language): string {
  return dayjs(value).tz('Asia/Ho_Chi_Minh').format(language === 'vi' ? 'DD/MM/YYYY HH:mm' : 'DD MMM YYYY HH:mm');
}

// `TimeOnly` "HH:mm:ss" → "HH:mm".
export function formatTime(value: string): string {
  return value.slice(0, 5);
}

export function todayIso(): string {
  return dayjs().tz('Asia/Ho_Chi_Minh').format('YYYY-MM-DD');
}
