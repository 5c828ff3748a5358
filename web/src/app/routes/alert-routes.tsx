import type { RouteObject } from 'react-router';

// The alerts page loads on demand; the bell in the header is part of the shell.
export const alertRoutes: RouteObject[] = [{ index: true, lazy: () => import('./alerts').then((m) => ({ Component: m.AlertsRoute })) }];
