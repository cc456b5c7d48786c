// Lint rules, including the import directions of STYLE.md:
// shared (lib, components, i18n) → features → app; features never import each other;
// src/ never imports mocks/ (except main.tsx); model/ is pure; Recharts only in chart
// components (src/components/charts/, features' *-chart.tsx), which are lazy-loaded.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['programs', 'indicators', 'filters', 'export', 'desk'];
const noMocks = {
  group: ['**/mocks/**', '../mocks/*', '../../mocks/*'],
  message: 'src/ must not import mocks/ (only main.tsx, in development).',
};
const noRecharts = {
  group: ['recharts', 'recharts/*'],
  message: 'Recharts belongs in chart components (*-chart.tsx) only.',
};

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'reports', 'public/mockServiceWorker.js', 'coverage'],
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
    files: ['src/components/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared charts must not import features or app.',
            },
            noMocks,
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**', 'src/components/**', 'src/i18n/**'],
    ignores: ['src/components/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared code (lib, components, i18n) must not import features or app.',
            },
            noMocks,
            noRecharts,
          ],
        },
      ],
    },
  },
  ...features.flatMap((feature) => {
    const others = features.filter((other) => other !== feature);
    const featurePatterns = [
      {
        group: others.flatMap((other) => [`**/features/${other}/**`, `../../${other}/**`, `../${other}/**`]),
        message: 'A feature must not import another feature; compose them in app/.',
      },
      { group: ['**/app/**'], message: 'Features must not import app/.' },
      noMocks,
    ];
    return [
      {
        files: [`src/features/${feature}/**`],
        ignores: [`src/features/${feature}/**/*-chart.tsx`, `src/features/${feature}/components/charts/**`],
        rules: {
          'no-restricted-imports': ['error', { patterns: [...featurePatterns, noRecharts] }],
        },
      },
      {
        files: [`src/features/${feature}/**/*-chart.tsx`, `src/features/${feature}/components/charts/**`],
        rules: {
          'no-restricted-imports': ['error', { patterns: featurePatterns }],
        },
      },
      {
        files: [`src/features/${feature}/model/**`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: ['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({
                name,
                message: 'model/ is pure: no React, Zustand or Recharts.',
              })),
              patterns: [
                ...featurePatterns,
                {
                  group: ['@tanstack/*', 'recharts/*', 'react/*'],
                  message: 'model/ is pure.',
                },
              ],
            },
          ],
        },
      },
    ];
  }),
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noMocks, noRecharts] }],
    },
  },
);
