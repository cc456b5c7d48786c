// Lint rules, including the import directions of STYLE.md, checked on RESOLVED paths
// (import-x/no-restricted-paths), so the depth of a relative import does not matter:
// shared (lib, components, i18n) → features → app; a feature never imports another feature;
// src/ never imports mocks/ (main.tsx only through its dev-only dynamic import); model/ is pure
// (no React, Query, Zustand, stores, DOM or clock); Recharts only in chart components; hex colours
// only in the design tokens (src/lib/tokens.ts).
// tests/unit/lint-boundaries.test.ts keeps one failing fixture per rule.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
// Every folder of src/features is a feature: a new one is covered without editing this file.
const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Chart components: the only files that may import Recharts (they are lazy-loaded).
const chartFiles = ['src/components/charts/**', 'src/features/*/components/charts/**', 'src/**/*-chart.tsx'];
const modelFiles = ['src/**/model/**/*.{ts,tsx}'];

const boundaryZones = [
  {
    target: ['src/lib', 'src/components', 'src/i18n'],
    from: ['src/features', 'src/app'],
    message: 'Shared code (lib, components, i18n) must not import features or app.',
  },
  { target: 'src/features', from: 'src/app', message: 'Features must not import app/.' },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: features.filter((other) => other !== feature).map((other) => `src/features/${other}`),
    message: 'A feature must not import another feature; compose them in app/ and pass props.',
  })),
  {
    // Everything in src/ but main.tsx, whose static imports are checked below.
    target: ['src/*/**', 'src/!(main.tsx)'],
    from: 'mocks',
    message: 'src/ must not import mocks/ (only main.tsx, through its dev-only dynamic import).',
  },
  {
    target: modelFiles,
    from: ['src/lib/ui-store.ts', 'src/lib/query-client.ts'],
    message: 'model/ is pure: no stores or query client; take values as parameters.',
  },
  {
    target: modelFiles,
    from: ['src/{app,components}/**', 'src/features/*/{api,components}/**'],
    message: 'model/ is pure: it must not import components, api hooks or app/.',
  },
].map((zone) => ({ ...zone, from: [zone.from].flat() }));

const noRecharts = {
  name: 'recharts',
  message: 'Recharts belongs in chart components (src/components/charts/, *-chart.tsx) only.',
};
const modelImports = {
  paths: [
    ...['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({
      name,
      message: 'model/ is pure: no React, Zustand or Recharts.',
    })),
  ],
  patterns: [
    { group: ['@tanstack/*', 'react/*', 'react-dom/*', 'zustand/*', 'recharts/*'], message: 'model/ is pure.' },
  ],
};

// Colours come from the design tokens (src/lib/tokens.ts), the one place a hex colour is written:
// a string, JSX attribute or template text holding `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`.
const hexColour = '#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})(?![0-9a-zA-Z_-])';
const hexColourSyntax = [
  {
    selector: `Literal[value=/${hexColour}/], TemplateElement[value.raw=/${hexColour}/]`,
    message: 'No hex colours in src/: use a token from src/lib/tokens.ts (color.…), or add one there.',
  },
];

// Fixed sleeps make a test depend on the machine's speed: wait for what the user waits for.
const sleepSyntax = [
  {
    selector: "CallExpression[callee.property.name='waitForTimeout']",
    message: 'No fixed sleeps in tests: wait for a role, a text or aria-busy to end.',
  },
  {
    selector:
      'CallExpression[callee.name=/^(setTimeout|sleep)$/], CallExpression[callee.property.name=/^(setTimeout|sleep)$/]',
    message: 'No fixed sleeps in tests (setTimeout/sleep): wait for what the user would see.',
  },
];
// The generous safety net lives in tests/setup.ts; a per-call timeout is a hidden sleep budget.
const perCallTimeoutSyntax = [
  {
    selector:
      "CallExpression[callee.name=/^(waitFor|waitForElementToBeRemoved|find(All)?By)/] > ObjectExpression > Property[key.name='timeout']",
    message: 'No per-call timeouts in unit/integration tests: the safety net is in tests/setup.ts.',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(waitFor|find(All)?By)/] > ObjectExpression > Property[key.name='timeout']",
    message: 'No per-call timeouts in unit/integration tests: the safety net is in tests/setup.ts.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      'reports',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
      'tests/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks pass functions to the browser (page.evaluate).
    files: ['scripts/bench*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    // Import boundaries on resolved paths. An import that does not resolve could hide a
    // crossing, so it is an error too.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
      'import-x/no-unresolved': ['error', { ignore: ['\\.css$', '\\?(raw|url)$', '^virtual:'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: chartFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noRecharts], patterns: [{ group: ['recharts/*'], message: noRecharts.message }] },
      ],
    },
  },
  {
    // Before the blocks below that set no-restricted-syntax for some src/ files (they repeat it).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/tokens.ts'],
    rules: { 'no-restricted-syntax': ['error', ...hexColourSyntax] },
  },
  {
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/(^|\\/)mocks(\\/|$)/]',
          message: 'main.tsx reaches mocks/ only through the dev-only dynamic import.',
        },
        ...hexColourSyntax,
      ],
    },
  },
  {
    // model/ is pure: time, locale and storage are parameters.
    files: modelFiles,
    rules: {
      'no-restricted-imports': ['error', modelImports],
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'globalThis',
          'performance',
        ].map((name) => ({ name, message: `model/ is pure: no ${name}; pass what you need as a parameter.` })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'model/ is pure: no Date.now(); take `asOf` as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'model/ is pure: no argument-less new Date(); take `asOf` as a parameter.',
        },
        ...hexColourSyntax,
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...sleepSyntax],
      'no-restricted-imports': [
        'error',
        {
          paths: ['timers/promises', 'node:timers/promises'].map((name) => ({
            name,
            message: 'No fixed sleeps in tests.',
          })),
        },
      ],
    },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}', 'tests/integration/**/*.{ts,tsx}', 'tests/support/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    // Our render helper; renderOverview (prerender to a string) is not a Testing Library render.
    settings: { 'testing-library/custom-renders': ['renderApp'] },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}', 'tests/integration/**/*.{ts,tsx}', 'tests/support/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...sleepSyntax, ...perCallTimeoutSyntax] },
  },
);
