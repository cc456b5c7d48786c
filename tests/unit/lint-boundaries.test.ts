// One fixture per lint rule that guards the structure: the code must fail with the expected
// rule id where it is forbidden, and the same code must pass where it is allowed. The files
// need not exist: ESLint lints the text as if it sat at that path, and imports resolve from
// there against the real tree (so a boundary holds at any folder depth).
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

interface Fixture {
  rule: string;
  what: string;
  code: string;
  /** Where the code is forbidden (lint must report `rule`). */
  bad: string;
  /** Where the same code is allowed (lint must report nothing). */
  good: string;
  /** When the allowed place needs the import written from there. */
  goodCode?: string;
}

const importing = (specifier: string) => `import * as imported from '${specifier}';\nexport const used = imported;\n`;

const fixtures: Fixture[] = [
  {
    rule: 'import-x/no-restricted-paths',
    what: 'shared code importing a feature',
    code: importing('../features/filters/model/apply-filters'),
    bad: 'src/lib/fixture.ts',
    good: 'src/app/fixture.ts',
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a shared component importing app/',
    code: importing('../app/prerender-seed'),
    bad: 'src/components/fixture.ts',
    good: 'src/app/fixture.ts',
    goodCode: importing('./prerender-seed'),
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a feature importing app/',
    code: importing('../../app/prerender-seed'),
    bad: 'src/features/programs/fixture.ts',
    good: 'src/app/nested/fixture.ts',
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a feature importing another feature, three folders deep',
    code: importing('../../../filters/model/apply-filters'),
    bad: 'src/features/programs/components/charts/fixture.ts',
    good: 'src/features/filters/components/charts/fixture.ts',
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a feature importing another feature, at the top of the feature',
    code: importing('../filters/use-known-ids'),
    bad: 'src/features/export/fixture.ts',
    good: 'src/features/filters/fixture.ts',
    goodCode: importing('./use-known-ids'),
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'src/ importing mocks/',
    code: importing('../../mocks/resources'),
    bad: 'src/lib/fixture.ts',
    good: 'tests/unit/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'main.tsx importing mocks/ statically (only the dev-only dynamic import is allowed)',
    code: importing('../mocks/resources'),
    bad: 'src/main.tsx',
    good: 'src/main.tsx',
    goodCode: "export const load = () => import('../mocks/browser');\n",
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'model/ importing the UI store',
    code: importing('../../../lib/ui-store'),
    bad: 'src/features/programs/model/fixture.ts',
    good: 'src/features/programs/components/fixture.ts',
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'model/ importing a component',
    code: importing('../components/status-cell'),
    bad: 'src/features/programs/model/fixture.ts',
    good: 'src/features/programs/api/fixture.ts',
  },
  {
    rule: 'no-restricted-imports',
    what: 'model/ importing React',
    code: importing('react'),
    bad: 'src/features/indicators/model/fixture.ts',
    good: 'src/features/indicators/components/fixture.ts',
  },
  {
    rule: 'no-restricted-imports',
    what: 'model/ importing TanStack Query',
    code: importing('@tanstack/react-query'),
    bad: 'src/features/filters/model/fixture.ts',
    good: 'src/features/filters/fixture.ts',
  },
  {
    rule: 'no-restricted-imports',
    what: 'model/ importing Zustand',
    code: importing('zustand'),
    bad: 'src/features/filters/model/deeper/fixture.ts',
    good: 'src/lib/fixture.ts',
  },
  {
    rule: 'no-restricted-globals',
    what: 'model/ touching the DOM',
    code: 'export const title = () => document.title;\n',
    bad: 'src/features/export/model/fixture.ts',
    good: 'src/features/export/fixture.ts',
  },
  {
    rule: 'no-restricted-globals',
    what: 'model/ reading local storage',
    code: "export const last = () => localStorage.getItem('view');\n",
    bad: 'src/features/filters/model/fixture.ts',
    good: 'src/lib/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'model/ reading the clock (Date.now())',
    code: 'export const now = () => Date.now();\n',
    bad: 'src/features/programs/model/fixture.ts',
    good: 'src/app/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'model/ reading the clock (argument-less new Date())',
    code: 'export const today = () => new Date();\n',
    bad: 'src/features/programs/model/fixture.ts',
    good: 'src/app/fixture.ts',
  },
  {
    rule: 'no-restricted-imports',
    what: 'Recharts outside a chart component',
    code: importing('recharts'),
    bad: 'src/features/programs/components/fixture.tsx',
    good: 'src/features/programs/components/fixture-chart.tsx',
  },
  {
    rule: 'import-x/no-unresolved',
    what: 'an import that does not resolve (it could hide a crossing)',
    code: importing('./no-such-module'),
    bad: 'src/lib/fixture.ts',
    good: 'src/lib/fixture.ts',
    goodCode: importing('./safe-url'),
  },
  {
    rule: 'jsx-a11y-x/alt-text',
    what: 'an image without alternative text (jsx-a11y loads)',
    code: 'export const Logo = () => <img src="logo.png" />;\n',
    bad: 'src/components/fixture.tsx',
    good: 'src/components/fixture.tsx',
    goodCode: 'export const Logo = () => <img src="logo.png" alt="Pledge Tracker" />;\n',
  },
  {
    rule: '@tanstack/query/exhaustive-deps',
    what: 'a query whose key misses what its function reads (TanStack Query rules load)',
    code:
      "import { useQuery } from '@tanstack/react-query';\n" +
      "export const useThing = (id: string) => useQuery({ queryKey: ['thing'], queryFn: () => fetch(`/api/${id}`) });\n",
    bad: 'src/features/programs/api/fixture.ts',
    good: 'src/features/programs/api/fixture.ts',
    goodCode:
      "import { useQuery } from '@tanstack/react-query';\n" +
      "export const useThing = (id: string) => useQuery({ queryKey: ['thing', id], queryFn: () => fetch(`/api/${id}`) });\n",
  },
  {
    rule: 'testing-library/no-node-access',
    what: 'a test reaching into the DOM instead of asking by role (testing-library loads)',
    code:
      "import { render, screen } from '@testing-library/react';\nimport { it } from 'vitest';\n" +
      "it('x', () => { render(<p>a</p>); screen.getByText('a').closest('div'); });\n",
    bad: 'tests/unit/fixture.test.tsx',
    good: 'tests/unit/fixture.test.tsx',
    goodCode:
      "import { render, screen } from '@testing-library/react';\nimport { it } from 'vitest';\n" +
      "it('x', () => { render(<p>a</p>); screen.getByText('a'); });\n",
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a hex colour in a chart component (colours come from src/lib/tokens.ts)',
    code: 'export const Grid = () => <line stroke="#d0d7de" />;\n',
    bad: 'src/components/charts/fixture.tsx',
    good: 'src/components/charts/fixture.tsx',
    goodCode: "import { color } from '../../lib/tokens';\nexport const Grid = () => <line stroke={color.line} />;\n",
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a hex colour in a panel transform (model/ keeps its own restricted syntax too)',
    code: "export const series = { color: '#0b5cad' };\n",
    bad: 'src/features/programs/model/fixture.ts',
    good: 'src/lib/tokens.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a hex colour inside template text in an export writer',
    code: 'export const border = (width: number) => `${width}px solid #57606a`;\n',
    bad: 'src/features/pack/writers/fixture.ts',
    good: 'scripts/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a fixed sleep in a browser test (page.waitForTimeout)',
    code: "import type { Page } from '@playwright/test';\nexport const pause = (page: Page) => page.waitForTimeout(500);\n",
    bad: 'tests/e2e/fixture.ts',
    good: 'scripts/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a fixed sleep in a test (setTimeout)',
    code: 'export const pause = () => new Promise((resolve) => setTimeout(resolve, 500));\n',
    bad: 'tests/integration/fixture.ts',
    good: 'src/lib/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a fixed sleep in a test (sleep helper)',
    code: 'declare function sleep(ms: number): Promise<void>;\nexport const pause = () => sleep(500);\n',
    bad: 'tests/e2e/fixture.ts',
    good: 'scripts/fixture.ts',
  },
  {
    rule: 'no-restricted-imports',
    what: 'a fixed sleep in a test (timers/promises)',
    code: "import { setTimeout as wait } from 'node:timers/promises';\nexport const pause = () => wait(500);\n",
    bad: 'tests/e2e/fixture.ts',
    good: 'scripts/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a per-call timeout on findBy* in an integration test',
    code:
      "import { screen } from '@testing-library/react';\n" +
      "export const find = () => screen.findByText('Loaded', {}, { timeout: 500 });\n",
    bad: 'tests/integration/fixture.ts',
    good: 'tests/e2e/fixture.ts',
  },
  {
    rule: 'no-restricted-syntax',
    what: 'a per-call timeout on waitFor in a unit test',
    code:
      "import { waitFor } from '@testing-library/react';\n" +
      'export const wait = (check: () => void) => waitFor(check, { timeout: 500 });\n',
    bad: 'tests/unit/fixture.ts',
    good: 'tests/e2e/fixture.ts',
  },
];

describe('lint guards the structure', () => {
  it.each(fixtures)('$rule: $what', async ({ rule, code, bad, good, goodCode }) => {
    expect(await ruleIds(code, bad)).toContain(rule);
    expect(await ruleIds(goodCode ?? code, good)).toEqual([]);
  });
});
