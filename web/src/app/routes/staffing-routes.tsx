import type { RouteObject } from 'react-router';
import { staffingPaths } from '@/features/staffing/lib/paths';

// Pages under /staffing besides the unit page (app/router.tsx adds them next to the feature's own route).
export const staffingSubRoutes: RouteObject[] = [
  { path: staffingPaths.compliance.slice(1), lazy: () => import('./staffing-compliance').then((m) => ({ Component: m.StaffingComplianceRoute })) },
  { path: staffingPaths.import.slice(1), lazy: () => import('./staffing-import').then((m) => ({ Component: m.StaffingImportRoute })) },
  { path: 'staffing/people/:id', lazy: () => import('./staffing-person').then((m) => ({ Component: m.StaffingPersonRoute })) },
];
