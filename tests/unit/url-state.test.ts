import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropUnknownIds, parseView, serializeView } from '../../src/features/filters/model/url-state';
import { createInitialView } from '../../src/lib/ui-store';
import { commitmentKinds, groupings, langs, pledgeStatuses, type ViewState } from '../../src/lib/view-state';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const sortedUnique = <T extends string>(arb: fc.Arbitrary<T[]>) => arb.map((values) => [...new Set(values)].sort());

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  filters: fc.record({
    institutions: sortedUnique(fc.array(id, { maxLength: 5 })),
    strategies: sortedUnique(fc.array(id, { maxLength: 5 })),
    statuses: sortedUnique(fc.subarray([...pledgeStatuses])),
    kinds: sortedUnique(fc.subarray([...commitmentKinds])),
    query: fc
      .string({ maxLength: 60 })
      .filter((query) => query.trim() === query && query.length > 0)
      .map((q) => q)
      .chain((q) => fc.constantFrom(q, '')),
  }),
  program: fc.option(id, { nil: null }),
  lang: fc.constantFrom(...langs),
  groupBy: fc.constantFrom(...groupings),
});

const defaults = createInitialView('en');

describe('view state in the URL', () => {
  it('parse(serialize(state)) gives the state back, for any valid state', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const parsed = parseView(serializeView(view, defaults));
        const restored = { ...defaults, ...parsed.view };
        expect(parsed.dropped).toEqual([]);
        expect(restored).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeView(defaults, defaults)).toBe('');
    expect(
      serializeView(
        {
          ...defaults,
          filters: { ...defaults.filters, institutions: ['woori'] },
        },
        defaults,
      ),
    ).toBe('inst=woori&v=1');
  });

  it('parses any string to a valid state, dropping what it cannot read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'grapheme' })), (search) => {
        const parsed = parseView(search);
        const view = { ...defaults, ...parsed.view };
        return (
          view.filters.statuses.every((status) => pledgeStatuses.includes(status)) &&
          view.filters.kinds.every((kind) => commitmentKinds.includes(kind)) &&
          langs.includes(view.lang) &&
          groupings.includes(view.groupBy) &&
          view.filters.institutions.every((value) => /^[a-z0-9-]+$/.test(value)) &&
          view.filters.query.length <= 200
        );
      }),
      { numRuns: 500 },
    );
  });

  it('reports malformed and unknown values instead of failing', () => {
    const parsed = parseView('?v=1&inst=woori,<script>&status=behind,bogus&lang=fr&color=red');
    expect(parsed.view.filters.institutions).toEqual(['woori']);
    expect(parsed.view.filters.statuses).toEqual(['behind']);
    expect(parsed.dropped.map((item) => `${item.key}=${item.value}`)).toEqual([
      'inst=<script>',
      'status=bogus',
      'lang=fr',
      'color=red',
    ]);
  });

  it('opens a link from a newer format, keeping what it can and saying so', () => {
    const parsed = parseView('?v=2&inst=hana');
    expect(parsed.view.filters.institutions).toEqual(['hana']);
    expect(parsed.dropped).toContainEqual({
      key: 'v',
      value: '2',
      reason: 'unsupported-version',
    });
  });

  it('drops ids the data does not have', () => {
    const view = {
      ...defaults,
      filters: { ...defaults.filters, institutions: ['woori', 'acme'] },
      program: 'nope',
    };
    const known = {
      institutions: new Set(['woori']),
      strategies: new Set<string>(),
      programs: new Set(['woori-total']),
    };
    const result = dropUnknownIds(view, known);
    expect(result.view.filters.institutions).toEqual(['woori']);
    expect(result.view.program).toBeNull();
    expect(result.dropped.map((item) => item.value)).toEqual(['acme', 'nope']);
  });
});
