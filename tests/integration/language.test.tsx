import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadedCatalogs, registerCatalog } from '../../src/i18n/i18n';
import * as desk from '../../src/i18n/messages/desk';
import * as detail from '../../src/i18n/messages/detail';
import * as method from '../../src/i18n/messages/method';

// The lazily loaded pages' catalogs too: every catalog is checked.
registerCatalog('desk', desk);
registerCatalog('detail', detail);
registerCatalog('method', method);
const namespaces = loadedCatalogs();
import { figure } from '../support/queries';
import { renderApp } from '../support/render-app';

function englishLabels(): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      // Whole UI strings without placeholders, long enough not to be a shared symbol.
      if (!node.includes('{{') && node.length >= 4 && /[a-z]/i.test(node) && node !== 'Data') out.push(node);
    } else if (node && typeof node === 'object') {
      Object.values(node).forEach(walk);
    }
  };
  for (const catalog of Object.values(namespaces)) walk(catalog.en);
  return out;
}

describe('language', () => {
  it('switching to Korean changes every visible label on the overview, leaving no key or English label', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /every tracked pledge/i });
    await screen.findAllByText('KRW (T = trillion, B = billion)');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ko');
    await screen.findByRole('table', { name: /추적 중인 모든 공약/ });
    expect(document.documentElement.lang).toBe('ko');
    expect(window.location.search).toContain('lang=ko');
    await screen.findAllByText('원 (조·억)');

    const text = document.body.textContent ?? '';
    const leftovers = englishLabels().filter((label) => text.includes(label));
    expect(leftovers).toEqual([]);
    expect(text).not.toMatch(/\b(common|programs|status|filters|panels|overview|detail|errors|export|app):[a-z]/);

    const table = screen.getByRole('table', { name: /추적 중인 모든 공약/ });
    const woori = within(table)
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('link', { name: /우리금융 미래동반성장 프로젝트 상세 보기/ }));
    expect(woori).toHaveTextContent('80조원');
    expect(figure('5대 금융그룹 약속 총액(5년, 중복 제외)')).toHaveTextContent('508조원');
  });

  it('opens in Korean from the link', async () => {
    renderApp('/?v=1&lang=ko');
    expect(await screen.findByRole('table', { name: /추적 중인 모든 공약/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  });
});
