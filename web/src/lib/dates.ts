import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Legal deadlines are counted in Vietnam's time zone, whatever the browser's.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_FORMATS = { vi: 'DD/MM/YYYY', en: 'DD MMM YYYY' } as const;

export function setDayjsLocale(language: 'vi' | 'en'): void {
  dayjs.locale(language);
}

export function formatDate(value: string | number | Date, language: 'vi' | 'en'): string {
  return dayjs(value).tz(TIME_ZONE).locale(language).format(DATE_FORMATS[language]);
}

export { dayjs };
