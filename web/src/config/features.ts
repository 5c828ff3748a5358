// Every navigable area of OneStop. A menu entry appears only when app/router.tsx
// registers a route for its key, so unfinished features never show placeholders.
export const FEATURES = [
  { key: 'procedures', path: '/procedures', labelKey: 'nav.procedures' },
  { key: 'dossiers', path: '/dossiers', labelKey: 'nav.dossiers' },
  { key: 'deadline-alerts', path: '/alerts', labelKey: 'nav.alerts' },
  { key: 'staffing', path: '/staffing', labelKey: 'nav.staffing' },
  { key: 'surveys', path: '/surveys', labelKey: 'nav.surveys' },
  // Only for these roles (the API checks again): the dashboard and inbox for leaders and supervisors, the kiosk for the desk.
  { key: 'satisfaction', path: '/satisfaction', labelKey: 'nav.satisfaction', roles: ['ADMIN', 'LEADER', 'INSPECTOR', 'ANALYST', 'RECEPTIONIST'] },
  // Policies.Reports: everyone who handles or supervises dossiers; DataEntry only backfills.
  { key: 'reports', path: '/reports', labelKey: 'nav.reports', roles: ['ADMIN', 'INSPECTOR', 'ANALYST', 'LEADER', 'RECEPTIONIST', 'SPECIALIST'] },
  { key: 'units', path: '/units', labelKey: 'nav.units' },
] as const;

export type Feature = (typeof FEATURES)[number];
export type FeatureKey = Feature['key'];

/** Whether a signed-in user with `roles` sees the feature in the menu. */
export function featureOpenTo(feature: Feature, roles: readonly string[]): boolean {
  return !('roles' in feature) || feature.roles.some((role) => roles.includes(role));
}

export function featurePath(key: FeatureKey): string {
  const feature = FEATURES.find((f) => f.key === key);
  if (!feature) throw new Error(`Unknown feature ${key}`);
  return feature.path;
}
