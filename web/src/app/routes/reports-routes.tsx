import type { RouteObject } from 'react-router';

// The report pages load on demand, like every page (the entry chunk holds only the shell).
export const reportsRoutes: RouteObject[] = [{ index: true, lazy: () => import('./reports').then((m) => ({ Component: m.ReportsOverviewRoute })) }];

export const reportsSubRoutes: RouteObject[] = [
  { path: 'reports/results', lazy: () => import('./reports').then((m) => ({ Component: m.ReportsResultsRoute })) },
  { path: 'reports/units/:code', lazy: () => import('./reports').then((m) => ({ Component: m.ReportsUnitRoute })) },
];
