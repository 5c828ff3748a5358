import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const OverviewRoute = lazy(() => import('./reports').then((m) => ({ default: m.ReportsOverviewRoute })));

// The menu registers an element; the report pages load on demand like the dossier pages.
export function ReportsRoute() {
  return (
    <Suspense fallback={<Skeleton active />}>
      <OverviewRoute />
    </Suspense>
  );
}

export const reportsSubRoutes: RouteObject[] = [
  { path: 'reports/results', lazy: () => import('./reports').then((m) => ({ Component: m.ReportsResultsRoute })) },
  { path: 'reports/units/:code', lazy: () => import('./reports').then((m) => ({ Component: m.ReportsUnitRoute })) },
];
