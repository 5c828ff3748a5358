import type { Role } from '@/gql/graphql';

// Policies.Reports: everyone who handles or supervises dossiers; DataEntry only backfills.
const REPORT_ROLES: Role[] = ['ADMIN', 'INSPECTOR', 'ANALYST', 'LEADER', 'RECEPTIONIST', 'SPECIALIST'];
// Policies.Supervisor: catalogue health.
const SUPERVISOR_ROLES: Role[] = ['ADMIN', 'INSPECTOR', 'ANALYST', 'LEADER'];

export const canSeeReports = (roles: readonly Role[] | undefined) => roles?.some((r) => REPORT_ROLES.includes(r)) ?? false;
export const canSeeCatalogueHealth = (roles: readonly Role[] | undefined) => roles?.some((r) => SUPERVISOR_ROLES.includes(r)) ?? false;
