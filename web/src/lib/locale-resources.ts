import vi from '@/locales/vi.json';

export type Messages = Record<string, unknown>;

// Each feature keeps its own strings in src/features/<feature>/locales/{vi,en}.json; they are mounted under the
// feature's name (`procedures.title`), so features never edit the shared locale files.
export function withFeatures(shared: Messages, featureFiles: Record<string, Messages>): Messages {
  const merged: Messages = { ...shared };
  for (const [path, messages] of Object.entries(featureFiles)) {
    const feature = /features\/([^/]+)\/locales\/(?:vi|en)\.json$/.exec(path)?.[1];
    if (feature) merged[feature] = messages;
  }
  return merged;
}

// Vietnamese is the default language: it ships in the entry chunk, so the first page renders without waiting.
export const viResources = withFeatures(vi, import.meta.glob<Messages>('../features/*/locales/vi.json', { eager: true, import: 'default' }));

/** English, in its own chunk (locale-resources-en.ts), fetched the first time the UI needs it. */
export const loadEnResources = (): Promise<Messages> => import('./locale-resources-en').then((m) => m.enResources);
