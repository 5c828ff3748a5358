import { createBrowserRouter, type RouteObject } from 'react-router';
import type { FeatureKey } from '@/config/features';
import { featurePath } from '@/config/features';
import { paths } from '@/config/paths';
import { dossierPublicRoutes, dossierSubRoutes, DossiersRoute } from './routes/dossier-routes';
import { ErrorPage } from './routes/error-page';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { StaffingRoute, staffingSubRoutes } from './routes/staffing';
import { CatalogueHealthRoute } from './routes/procedures/catalogue-health';
import { ProcedureDetailRoute } from './routes/procedures/procedure-detail';
import { ProcedureEditorRoute } from './routes/procedures/procedure-editor';
import { ProceduresRoute } from './routes/procedures/procedures';
import { ReportsRoute, reportsSubRoutes } from './routes/reports-routes';
import { SatisfactionRoute, satisfactionPublicRoutes, satisfactionSubRoutes } from './routes/satisfaction-routes';
import { UnitsRoute } from './routes/units';
import { AppShell, PUBLIC_ROUTE } from './shell/app-shell';

// Only features listed here are routable, and only they appear in the menu.
// Children marked PUBLIC_ROUTE are open to anonymous visitors; every other route needs a session.
const featureRoutes: Partial<Record<FeatureKey, RouteObject[]>> = {
  procedures: [
    { index: true, element: <ProceduresRoute />, handle: PUBLIC_ROUTE },
    { path: 'new', element: <ProcedureEditorRoute /> },
    { path: 'health', element: <CatalogueHealthRoute /> },
    { path: ':code', element: <ProcedureDetailRoute />, handle: PUBLIC_ROUTE },
    { path: ':code/versions/:number', element: <ProcedureDetailRoute />, handle: PUBLIC_ROUTE },
    { path: ':code/edit', element: <ProcedureEditorRoute /> },
  ],
  staffing: [{ index: true, element: <StaffingRoute /> }],
  dossiers: [{ index: true, element: <DossiersRoute /> }],
  units: [{ index: true, element: <UnitsRoute /> }],
  reports: [{ index: true, element: <ReportsRoute /> }],
  satisfaction: [{ index: true, element: <SatisfactionRoute /> }],
};

const available = new Set(Object.keys(featureRoutes) as FeatureKey[]);

export const routes: RouteObject[] = [
  { path: paths.login, element: <LoginRoute />, errorElement: <ErrorPage /> },
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
          { index: true, element: <HomeRoute /> },
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
