import { FEATURES, featureOpenTo } from '@/config/features';
import type { Role } from '@/gql/graphql';

// Policies.Supervisor: catalogue health.
const SUPERVISOR_ROLES: Role[] = ['ADMIN', 'INSPECTOR', 'ANALYST', 'LEADER'];

/** Policies.Reports, the same roles as the menu entry (config/features.ts). */
export const canSeeReports = (roles: readonly Role[] | undefined) =>
  FEATURES.some((f) => f.key === 'reports' && featureOpenTo(f, roles ?? []));
export const canSeeCatalogueHealth = (roles: readonly Role[] | undefined) => roles?.some((r) => SUPERVISOR_ROLES.includes(r)) ?? false;
