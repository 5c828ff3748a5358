import en from '@/locales/en.json';
import { withFeatures, type Messages } from './locale-resources';

// Loaded on demand by loadEnResources(): none of these strings is part of the main bundle.
export const enResources = withFeatures(en, import.meta.glob<Messages>('../features/*/locales/en.json', { eager: true, import: 'default' }));
