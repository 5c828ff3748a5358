import { createBrowserRouter, type RouteObject } from 'react-router';
import type { FeatureKey } from '@/config/features';
import { featurePath } from '@/config/features';
import { paths } from '@/config/paths';
import { dossierPublicRoutes, dossierSubRoutes, DossiersRoute } from './routes/dossier-routes';
import { ErrorPage } from './routes/error-page';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { UnitsRoute } from './routes/units';
import { AppShell } from './shell/app-shell';

// Only features listed here are routable, and only they appear in the menu.
const featureRoutes: Partial<Record<FeatureKey, RouteObject['element']>> = {
  units: <UnitsRoute />,
  dossiers: <DossiersRoute />,
};

const available = new Set(Object.keys(featureRoutes) as FeatureKey[]);

export const routes: RouteObject[] = [
  { path: paths.login, element: <LoginRoute />, errorElement: <ErrorPage /> },
  ...dossierPublicRoutes,
  {
    path: paths.home,
    element: <AppShell available={available} />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomeRoute /> },
          ...Object.entries(featureRoutes).map(([key, element]) => ({
            path: featurePath(key as FeatureKey).slice(1),
            element,
          })),
          ...dossierSubRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
