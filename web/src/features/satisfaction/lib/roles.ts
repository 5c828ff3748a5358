import type { Role } from '@/gql/graphql';

type Roles = readonly Role[] | undefined;

/** startRatingKiosk: the desk (Receptionist, Admin). */
export const canRunKiosk = (roles: Roles) => !!roles?.some((r) => r === 'RECEPTIONIST' || r === 'ADMIN');

/** acknowledge/resolveFollowUp: Leader of the unit, Admin. */
export const canHandleFollowUps = (roles: Roles) => !!roles?.some((r) => r === 'LEADER' || r === 'ADMIN');

/** The dashboard and the inbox (read): leaders, inspectors, analysts, admins. */
export const canReadSatisfaction = (roles: Roles) => !!roles?.some((r) => r === 'LEADER' || r === 'ADMIN' || r === 'INSPECTOR' || r === 'ANALYST');
