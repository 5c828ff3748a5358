import type { Role } from '@/gql/graphql';

const HEALTH_ROLES: Role[] = ['INSPECTOR', 'ANALYST', 'LEADER', 'ADMIN'];

export const canEditCatalogue = (roles: readonly Role[] | undefined) => roles?.includes('ADMIN') ?? false;
export const canSeeHealth = (roles: readonly Role[] | undefined) => roles?.some((r) => HEALTH_ROLES.includes(r)) ?? false;
