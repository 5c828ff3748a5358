import { screen, waitFor, within } from '@testing-library/react';
import { graphql } from 'msw';
import { describe, expect, it } from 'vitest';
import { UnitDirectoryDocument, type UnitDirectoryQueryVariables } from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

describe('units route', () => {
  it('renders the user unit tree and loads deeper levels on expand', async () => {
    const { user } = renderApp('/units');
    const tree = await screen.findByRole('tree');
    expect(within(tree).getByText('Tỉnh Quảng Nam')).toBeTruthy();
    expect(within(tree).getByText('Sở Tư pháp')).toBeTruthy();
    expect(within(tree).getByText('Thành phố Tam Kỳ')).toBeTruthy();
    expect(within(tree).queryByText('Phường An Mỹ')).toBeNull();

    const tamKy = within(tree).getByText('Thành phố Tam Kỳ').closest('.ant-tree-treenode');
    const switcher = tamKy?.querySelector('.ant-tree-switcher');
    if (!switcher) throw new Error('no expand switcher for Tam Kỳ');
    await user.click(switcher);
    expect(await within(tree).findByText('Phường An Mỹ')).toBeTruthy();
  });

  it('searches the directory and shows translated kinds', async () => {
    const seen: UnitDirectoryQueryVariables[] = [];
    server.use(
      graphql.query(UnitDirectoryDocument, ({ variables }) => {
        seen.push(variables);
        return undefined;
      }),
    );
    const { user } = renderApp('/units');
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByText('Tỉnh Quảng Nam').length).toBeGreaterThan(0));
    expect(screen.getByText('Tổng số: 4 đơn vị')).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'tam ky{Enter}');
    await waitFor(() => expect(seen.at(-1)?.where).toEqual({ search: 'tam ky' }));
    expect(seen.at(-1)?.first).toBe(20);
  });
});
