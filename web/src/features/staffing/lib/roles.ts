import type { Role } from '@/gql/graphql';

// Policy StaffingEditor on the API: Admin, or a unit's Leader within the unit's subtree (the API checks the scope).
export function canEditStaffing(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((role) => role === 'ADMIN' || role === 'LEADER');
}
