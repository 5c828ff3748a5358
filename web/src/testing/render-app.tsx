import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { createGraphqlClient } from '@/lib/graphql-client';

// Renders the real route tree at `path`, with the real urql client talking to MSW.
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const createClient = () => createGraphqlClient();
  // jsdom has no layout: antd's transient `pointer-events: none` (wave effects, list transitions) is not a real
  // obstacle there, and checking it made clicks fail at random on a busy machine. Browser tests check real clicks.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <AppProviders createClient={createClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}
