/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Rolldown } from 'vite';
import { staticApiPlugin } from './scripts/vite-static-api';

const firstViews = new WeakMap<Rolldown.ChunkingContext, Set<string>>();

/** The modules src/boot.tsx imports statically, at any depth, beside the entry's own. */
function firstViewModules(context: Rolldown.ChunkingContext): Set<string> {
  const known = firstViews.get(context);
  if (known) return known;
  const closure = (start: string) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of context.getModuleInfo(id)?.importedIds ?? []) visit(next);
    };
    visit(start);
    return seen;
  };
  const entry = closure(fileURLToPath(new URL('src/main.tsx', import.meta.url)));
  const firstView = new Set(
    [...closure(fileURLToPath(new URL('src/boot.tsx', import.meta.url)))].filter((id) => !entry.has(id)),
  );
  firstViews.set(context, firstView);
  return firstView;
}

export default defineConfig({
  plugins: [react(), staticApiPlugin(), { ...msw({ mode: 'worker-only' }), apply: 'serve' }],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // One stylesheet, linked by index.html: the app's code (boot.tsx) loads after the first paint,
    // and the prerendered overview it takes over must be styled before that.
    cssCodeSplit: false,
    // The first view's code (the entry, then boot.tsx), read by scripts/initial-js.mjs.
    manifest: true,
    rollupOptions: {
      output: {
        // boot.tsx and everything it imports statically in one chunk, as when it was the entry
        // (shared chunks cut from it cost bytes and requests in the first view).
        codeSplitting: {
          groups: [
            {
              name: (id, context) => (firstViewModules(context).has(id) ? 'boot' : null),
              // the group names every module it needs; the entry's own stay in the entry
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
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
