import en from '@/locales/en.json';
import vi from '@/locales/vi.json';

type Messages = Record<string, unknown>;

// Each feature keeps its own strings in src/features/<feature>/locales/{vi,en}.json; they are mounted under the
// feature's name (`procedures.title`), so features never edit the shared locale files.
const featureFiles = import.meta.glob<Messages>('../features/*/locales/*.json', { eager: true, import: 'default' });

function withFeatures(language: 'vi' | 'en', shared: Messages): Messages {
  const merged: Messages = { ...shared };
  for (const [path, messages] of Object.entries(featureFiles)) {
    const match = /features\/([^/]+)\/locales\/(vi|en)\.json$/.exec(path);
    const [, feature, fileLanguage] = match ?? [];
    if (feature && fileLanguage === language) merged[feature] = messages;
  }
  return merged;
}

export const localeResources = { vi: withFeatures('vi', vi), en: withFeatures('en', en) };
