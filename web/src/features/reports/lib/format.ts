export type Language = 'vi' | 'en';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** 0.8512 → "85,1%" (vi) / "85.1%" (en); null → the "no data" text. */
export function formatShare(value: number | null | undefined, language: Language, noData: string): string {
  if (value === null || value === undefined) return noData;
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function formatNumber(value: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
}

export function languageOf(value: string | undefined): Language {
  return value?.startsWith('en') ? 'en' : 'vi';
}

/** A `Date` scalar (yyyy-MM-dd) as dd/MM/yyyy, never shifted by a time zone. */
export function formatDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** "Ủy ban nhân dân huyện Nam Trà My" → "Huyện Nam Trà My": chart labels are short, and every district's name starts the same. */
export function shortUnitName(name: string): string {
  const rest = name.replace(/^Ủy ban nhân dân\s+/i, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}
