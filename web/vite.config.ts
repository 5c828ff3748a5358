import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { inlineGraphqlDocuments } from './build/inline-graphql-documents';

// The API (dotnet run) listens on 5080 and serves the built SPA in production;
// in development Vite forwards the server-owned paths to it.
const apiTarget = process.env.ONESTOP_API ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [inlineGraphqlDocuments(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))), react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/auth': { target: apiTarget, changeOrigin: true },
      '/files': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: the entry and its static imports, measured by e2e/bundle-size.test.mjs.
    manifest: true,
  },
  test: {
    // Node loads the `antd` barrel as CommonJS (antd/lib); the shell's per-component imports must reach the same copy,
    // or App.useApp() and ConfigProvider contexts would not cross between them.
    alias: [{ find: /^antd\/es\//, replacement: 'antd/lib/' }],
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 60_000,
    // Two cores here: more workers only make antd-heavy tests time out.
    maxWorkers: 2,
  },
});
