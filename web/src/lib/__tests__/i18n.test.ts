import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AppShellDocument } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

describe('English loads on demand', () => {
  it('is not bundled with Vietnamese, and a lazy page switches to it from the header', async () => {
    // This file runs in its own module graph: nothing asked for English yet.
    expect(i18n.hasResourceBundle('vi', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    server.use(graphql.query(AppShellDocument, () => HttpResponse.json({ data: { me: null } })));
    const { user } = renderApp('/lookup');
    expect(await screen.findByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeTruthy();

    await user.click(screen.getByText('EN'));
    // The dossiers feature's English file came with the chunk, mounted under its name like the bundled Vietnamese.
    expect(await screen.findByRole('heading', { name: 'Dossier lookup' })).toBeTruthy();
    expect(screen.getByLabelText('Last 4 phone digits')).toBeTruthy();
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(window.localStorage.getItem('onestop.language')).toBe('en');

    await user.click(screen.getByText('VI'));
    expect(await screen.findByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeTruthy();
  });
});
