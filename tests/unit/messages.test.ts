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
import * as packPage from '../../src/features/pack/messages';
import * as snapshot from '../../src/components/static-chart/messages';

function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [[prefix, node]];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogs', () => {
  it.each([...Object.entries(namespaces), ['packPage', packPage] as const, ['snapshot', snapshot] as const])(
    '%s has the same keys in Korean and English, none empty',
    (_name, catalog) => {
      const en = leaves(catalog.en);
      const ko = leaves(catalog.ko);
      expect(ko.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
      for (const [key, value] of [...en, ...ko]) {
        expect(typeof value, key).toBe('string');
        expect(String(value).trim(), key).not.toBe('');
      }
    },
  );
});

describe('translated counts', () => {
  it('group thousands in both languages and still pick the plural form', async () => {
    const { translate } = await import('../../src/i18n/i18n');
    expect(translate('en', 'programs:count', { count: 5_000 })).toBe('5,000 pledges');
    expect(translate('en', 'programs:count', { count: 1 })).toBe('1 pledge');
    expect(translate('ko', 'programs:count', { count: 12_345 })).toContain('12,345');
    // Other numbers (years, say) are left as they are.
    expect(translate('en', 'overview:selectionPlanned', { year: 2026 })).toBe('Declared plans for 2026, each won once');
  });
});
