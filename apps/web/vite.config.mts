/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev:web` serves the explorer with hot reload and sends /graphql to a running API.
const apiUrl = process.env['PARLEY_API_URL'] ?? 'http://127.0.0.1:4000';
const devServer = { host: '127.0.0.1', port: Number(process.env['PARLEY_WEB_PORT'] ?? 4200), proxy: { '/graphql': apiUrl } };

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  resolve: { alias: { '@parley/client': resolve(import.meta.dirname, '../../libs/client/src/index.ts') } },
  server: devServer,
  preview: devServer,
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    manifest: true,
    reportCompressedSize: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
