/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig } from 'vite';
import { staticApiPlugin } from './scripts/vite-static-api';

export default defineConfig({
  plugins: [react(), staticApiPlugin(), { ...msw({ mode: 'worker-only' }), apply: 'serve' }],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 180_000,
  },
});
