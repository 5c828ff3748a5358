import type { RouteObject } from 'react-router';
import { ErrorPage } from './error-page';

// The dossier pages below the queue load on demand, so the main bundle stays small.
export const dossierSubRoutes: RouteObject[] = [
  { path: 'dossiers/new', lazy: () => import('./dossier-intake').then((m) => ({ Component: m.DossierIntakeRoute })) },
  { path: 'dossiers/approvals', lazy: () => import('./dossiers').then((m) => ({ Component: m.DossierApprovalsRoute })) },
  { path: 'dossiers/tracking-book', lazy: () => import('./dossier-print').then((m) => ({ Component: m.TrackingBookRoute })) },
  { path: 'dossiers/:code', lazy: () => import('./dossier').then((m) => ({ Component: m.DossierRoute })) },
  { path: 'dossiers/:code/print/:form', lazy: () => import('./dossier-print').then((m) => ({ Component: m.DossierPrintRoute })) },
];

// Citizens track a dossier without signing in (the QR code on form 01 points here).
export const dossierPublicRoutes: RouteObject[] = [
  {
    path: '/lookup',
    errorElement: <ErrorPage />,
    lazy: () => import('./public-lookup').then((m) => ({ Component: m.PublicLookupRoute })),
  },
];
