import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

// A name carrying a right-to-left override must not reorder the text around it: wherever it
// appears, it sits inside a <bdi> (or dir="auto") or between U+2068 and U+2069.
const HOSTILE = 'KB \u202Egpj.exe plan';

function unisolated(root: Node): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const at = text.indexOf('\u202E');
    if (at < 0) continue;
    // eslint-disable-next-line testing-library/no-node-access -- which element isolates a text node is exactly what this checks
    const inElement = node.parentElement?.closest('bdi, [dir="auto"]');
    const inMarks = text.lastIndexOf('\u2068', at) >= 0 && text.indexOf('\u2069', at) > at;
    if (!inElement && !inMarks) found.push(`${node.parentElement?.tagName ?? '?'}: ${text}`);
  }
  return found;
}

function attributesWithOverride(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*'))
    for (const attribute of element.attributes) {
      const at = attribute.value.indexOf('\u202E');
      if (at >= 0 && !(attribute.value.lastIndexOf('\u2068', at) >= 0 && attribute.value.indexOf('\u2069', at) > at))
        found.push(`${element.tagName}[${attribute.name}]`);
    }
  return found;
}

describe('text from data is direction-isolated', () => {
  const [first, ...rest] = defaultResources.programs.programs;
  const institutions = defaultResources.institutions.institutions.map((institution) =>
    institution.id === first?.institutionIds[0] ? { ...institution, name: { ko: HOSTILE, en: HOSTILE } } : institution,
  );
  const serveHostile = () =>
    server.use(
      http.get('/api/v1/programs', () =>
        HttpResponse.json({ programs: first ? [{ ...first, name: { ko: HOSTILE, en: HOSTILE } }, ...rest] : rest }),
      ),
      http.get('/api/v1/institutions', () => HttpResponse.json({ institutions })),
    );

  it('on the overview: table, filters, chips, panels', async () => {
    serveHostile();
    if (!first) throw new Error('fixture');
    renderApp(`/?v=1&inst=${first.institutionIds[0] ?? ''}`);
    expect(await screen.findByRole('table', { name: /every tracked pledge/i })).toBeInTheDocument();
    expect(document.body.textContent).toContain('\u202E');
    expect(unisolated(document.body)).toEqual([]);
    expect(attributesWithOverride(document.body)).toEqual([]);
  });

  it("on the pledge's page", async () => {
    serveHostile();
    renderApp(`/?v=1&program=${first?.id ?? ''}`);
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(document.body.textContent).toContain('\u202E');
    expect(unisolated(document.body)).toEqual([]);
    expect(attributesWithOverride(document.body)).toEqual([]);
  });
});
