// Every navigable area of OneStop. A menu entry appears only when app/router.tsx
// registers a route for its key, so unfinished features never show placeholders.
export const FEATURES = [
  { key: 'procedures', path: '/procedures', labelKey: 'nav.procedures' },
  { key: 'dossiers', path: '/dossiers', labelKey: 'nav.dossiers' },
  { key: 'deadline-alerts', path: '/alerts', labelKey: 'nav.alerts' },
  { key: 'staffing', path: '/staffing', labelKey: 'nav.staffing' },
  { key: 'surveys', path: '/surveys', labelKey: 'nav.surveys' },
  { key: 'reports', path: '/reports', labelKey: 'nav.reports' },
  { key: 'units', path: '/units', labelKey: 'nav.units' },
] as const;

export type Feature = (typeof FEATURES)[number];
export type FeatureKey = Feature['key'];

export function featurePath(key: FeatureKey): string {
  const feature = FEATURES.find((f) => f.key === key);
  if (!feature) throw new Error(`Unknown feature ${key}`);
  return feature.path;
}
