import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadEnResources, viResources } from './locale-resources';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'onestop.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

export function persistLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
}

export const i18n = i18next.createInstance();

// Only Vietnamese is bundled; English is added (addResourceBundle) before the first switch to it.
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: viResources } },
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

let wanted: Language = 'vi';

/** Fetches the language's strings if they are not loaded yet, then makes it the UI language (the last call wins). */
async function applyLanguage(language: Language): Promise<void> {
  wanted = language;
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loadEnResources(), true, true);
  }
  // A quicker later choice (back to Vietnamese while English was loading) stands.
  if (wanted === language) await i18n.changeLanguage(language);
}

export async function changeLanguage(language: Language): Promise<void> {
  persistLanguage(language);
  await applyLanguage(language);
}

/**
 * Resolves once the stored language is ready; main.tsx renders after it, so a visitor who chose English never sees
 * Vietnamese first. If the English chunk cannot be fetched the UI stays in Vietnamese.
 */
export const languageReady: Promise<void> = storedLanguage() === 'vi' ? Promise.resolve() : applyLanguage(storedLanguage()).catch(() => undefined);
