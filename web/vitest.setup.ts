import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { liveSocket, server } from '@/testing/mock-server';

// antd renders slowly in jsdom on a 2-core machine, and every page is a lazy route whose modules load on first use.
configure({ asyncUtilTimeout: 20_000 });

// antd's responsive Grid/Layout.Sider read matchMedia, which jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// antd's Table/Tree measure elements with ResizeObserver, also missing in jsdom.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= NoopResizeObserver;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  window.localStorage.clear();
  await changeLanguage('vi');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  liveSocket.reset();
});
afterAll(() => server.close());
