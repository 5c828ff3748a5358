import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { createGraphqlClient } from '@/lib/graphql-client';

// Renders the real route tree at `path`, with the real urql client talking to MSW.
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const createClient = () => createGraphqlClient();
  const user = userEvent.setup();
  const view = render(
    <AppProviders createClient={createClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}
