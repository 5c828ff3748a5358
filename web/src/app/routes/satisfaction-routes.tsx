import type { RouteObject } from 'react-router';
import { ErrorPage } from './error-page';

// The dashboard and the pages below it load on demand, like every page.
export const satisfactionRoutes: RouteObject[] = [{ index: true, lazy: () => import('./satisfaction').then((m) => ({ Component: m.SatisfactionRoute })) }];

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
