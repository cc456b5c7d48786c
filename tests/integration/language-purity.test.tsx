import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultResources, demoResources } from '../../mocks/resources';
import { useUiStore } from '../../src/lib/ui-store';
import { renderApp } from '../support/render-app';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const ENGLISH_UNITS = /\b(trillion|billion)\b/i;

/** Text a reader sees, with the language of the element that holds it. */
function textNodes(root: Node): { text: string; lang: string | null }[] {
  const out: { text: string; lang: string | null }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    // eslint-disable-next-line testing-library/no-node-access -- which language an element declares is what this checks
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null;

    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    out.push({ text, lang });
  }
  return out;
}

/** English shows Hangul only inside elements marked lang="ko" (a quoted Korean headline). */
function englishProblems(): string[] {
  return textNodes(document.body)
    .filter(({ text, lang }) => HANGUL.test(text) && lang !== 'ko')
    .map(({ text }) => text.trim().slice(0, 80));
}

/** Korean shows no "trillion" / "billion" outside an element marked lang="en". */
function koreanProblems(): string[] {
  return textNodes(document.body)
    .filter(({ text, lang }) => ENGLISH_UNITS.test(text) && lang !== 'en')
    .map(({ text }) => text.trim().slice(0, 80));
}

async function visitEveryPage(check: () => string[], programIds: readonly string[]) {
  await screen.findByRole('table', { name: /every tracked pledge|추적 중인 모든 공약/i });
  const problems: string[] = check().map((text) => `overview: ${text}`);
  for (const id of programIds) {
    act(() => useUiStore.getState().openProgram(id));
    await screen.findByRole('heading', { level: 2, name: (name) => name.length > 0 });
    problems.push(...check().map((text) => `${id}: ${text}`));
  }
  return problems;
}

describe('each language is pure, on the overview and every pledge page', () => {
  for (const [name, resources, query] of [
    ['reported', defaultResources, ''],
    ['demo', demoResources, '&data=demo'],
  ] as const) {
    const ids = resources.programs.programs.map((program) => program.id);

    it(`English (${name} dataset): no Hangul outside elements marked lang="ko"`, async () => {
      renderApp(`/?v=1&lang=en${query}`);
      expect(await visitEveryPage(englishProblems, ids)).toEqual([]);
    });

    it(`Korean (${name} dataset): no “trillion” or “billion”`, async () => {
      renderApp(`/?v=1&lang=ko${query}`);
      expect(await visitEveryPage(koreanProblems, ids)).toEqual([]);
    });
  }
});
