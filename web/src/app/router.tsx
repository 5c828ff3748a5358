import { createBrowserRouter, type RouteObject } from 'react-router';
import type { FeatureKey } from '@/config/features';
import { featurePath } from '@/config/features';
import { paths } from '@/config/paths';
import { alertRoutes } from './routes/alert-routes';
import { dossierPublicRoutes, dossierSubRoutes } from './routes/dossier-routes';
import { ErrorPage } from './routes/error-page';
import { NotFoundRoute } from './routes/not-found';
import { reportsRoutes, reportsSubRoutes } from './routes/reports-routes';
import { satisfactionPublicRoutes, satisfactionRoutes, satisfactionSubRoutes } from './routes/satisfaction-routes';
import { staffingSubRoutes } from './routes/staffing-routes';
import { AppShell, PUBLIC_ROUTE } from './shell/app-shell';

// Every page below loads on demand (route `lazy`): the entry chunk holds only the shell, so the first paint stays
// small (web/e2e/bundle-size.test.mjs keeps it under 350 KB gzip).
const procedures = () => import('./routes/procedures/procedures').then((m) => ({ Component: m.ProceduresRoute }));
const procedureDetail = () => import('./routes/procedures/procedure-detail').then((m) => ({ Component: m.ProcedureDetailRoute }));
const procedureEditor = () => import('./routes/procedures/procedure-editor').then((m) => ({ Component: m.ProcedureEditorRoute }));

// Only features listed here are routable, and only they appear in the menu.
// Children marked PUBLIC_ROUTE are open to anonymous visitors; every other route needs a session.
const featureRoutes: Partial<Record<FeatureKey, RouteObject[]>> = {
  procedures: [
    { index: true, lazy: procedures, handle: PUBLIC_ROUTE },
    { path: 'new', lazy: procedureEditor },
    { path: 'health', lazy: () => import('./routes/procedures/catalogue-health').then((m) => ({ Component: m.CatalogueHealthRoute })) },
    { path: ':code', lazy: procedureDetail, handle: PUBLIC_ROUTE },
    { path: ':code/versions/:number', lazy: procedureDetail, handle: PUBLIC_ROUTE },
    { path: ':code/edit', lazy: procedureEditor },
  ],
  staffing: [{ index: true, lazy: () => import('./routes/staffing').then((m) => ({ Component: m.StaffingRoute })) }],
  dossiers: [{ index: true, lazy: () => import('./routes/dossiers').then((m) => ({ Component: m.DossiersRoute })) }],
  'deadline-alerts': alertRoutes,
  units: [{ index: true, lazy: () => import('./routes/units').then((m) => ({ Component: m.UnitsRoute })) }],
  reports: reportsRoutes,
  satisfaction: satisfactionRoutes,
};

const available = new Set(Object.keys(featureRoutes) as FeatureKey[]);

export const routes: RouteObject[] = [
  { path: paths.login, lazy: () => import('./routes/login').then((m) => ({ Component: m.LoginRoute })), errorElement: <ErrorPage /> },
  ...dossierPublicRoutes,
  ...satisfactionPublicRoutes,
  {
    path: paths.home,
    element: <AppShell available={available} publicHome={featurePath('procedures')} />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, lazy: () => import('./routes/home').then((m) => ({ Component: m.HomeRoute })) },
          ...Object.entries(featureRoutes).map(([key, children]) => ({
            path: featurePath(key as FeatureKey).slice(1),
            children,
          })),
          ...staffingSubRoutes,
          ...dossierSubRoutes,
          ...reportsSubRoutes,
          ...satisfactionSubRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
