import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { ErrorPage } from './error-page';

const DashboardRoute = lazy(() => import('./satisfaction').then((m) => ({ default: m.SatisfactionRoute })));

// The menu registers an element; the dashboard loads on demand.
export function SatisfactionRoute() {
  return (
    <Suspense fallback={<Skeleton active />}>
      <DashboardRoute />
    </Suspense>
  );
}

// Signed-in pages below the dashboard, loaded on demand.
export const satisfactionSubRoutes: RouteObject[] = [
  { path: 'satisfaction/follow-ups', lazy: () => import('./satisfaction').then((m) => ({ Component: m.FollowUpsRoute })) },
  { path: 'satisfaction/kiosk', lazy: () => import('./satisfaction').then((m) => ({ Component: m.KioskRoute })) },
];

// Citizens rate and answer surveys without signing in (the receipt's rating link and the survey invitations).
export const satisfactionPublicRoutes: RouteObject[] = [
  {
    path: '/danh-gia/:code',
    errorElement: <ErrorPage />,
    lazy: () => import('./satisfaction-public').then((m) => ({ Component: m.PublicRatingRoute })),
  },
  {
    path: '/khao-sat',
    errorElement: <ErrorPage />,
    lazy: () => import('./satisfaction-public').then((m) => ({ Component: m.PublicSurveyRoute })),
  },
];
