import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropUnknownIds, parseView, serializeView } from '../../src/features/filters/model/url-state';
import { createInitialView } from '../../src/lib/ui-store';
import { commitmentKinds } from '../../src/lib/commitment-kinds';
import { datasetIds, pages, groupings, langs, pledgeStatuses, type ViewState } from '../../src/lib/view-state';

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
  dataset: fc.constantFrom(...datasetIds),
  page: fc.constantFrom(...pages),
  compare: fc.option(id, { nil: null }),
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

describe('facet counts', () => {
  it('count, for every option, the programs it would leave with the other facets and the search applied', async () => {
    const { applyFilters, facetCounts } = await import('../../src/features/filters/model/apply-filters');
    const { makeProgram } = await import('../support/program-factory');
    const institutionsArb = fc.subarray(['woori', 'hana', 'kb'], { minLength: 1 });
    const itemArb = fc
      .record({
        institutionIds: institutionsArb,
        strategyId: fc.constantFrom('s1', 's2', 's3'),
        status: fc.constantFrom(...pledgeStatuses),
        kind: fc.constantFrom('amount', 'milestone'),
        name: fc.constantFrom('Woori 80조', 'Hana 100조', 'GPU 배분'),
      })
      .map((spec) => ({
        status: spec.status,
        program: makeProgram({
          id: 'p',
          name: { ko: spec.name, en: spec.name },
          institutionIds: spec.institutionIds,
          strategyId: spec.strategyId,
          commitment:
            spec.kind === 'amount'
              ? { kind: 'amount', targetEok: 1 }
              : { kind: 'milestone', description: { ko: '완료', en: 'done' } },
        }),
      }));
    const filtersArb = fc.record({
      institutions: fc.subarray(['woori', 'hana', 'kb']),
      strategies: fc.subarray(['s1', 's2', 's3']),
      statuses: fc.subarray([...pledgeStatuses]),
      kinds: fc.subarray(['amount', 'milestone'] as const),
      query: fc.constantFrom('', 'woori', '100조', 'gpu 배분'),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), filtersArb, (raw, filters) => {
        const items = raw.map((item, index) => ({ ...item, program: { ...item.program, id: `p${index}` } }));
        const counts = facetCounts(items, filters);
        for (const facet of ['institutions', 'strategies', 'statuses', 'kinds'] as const) {
          const others = applyFilters(items, { ...filters, [facet]: [] });
          const expected = new Map<string, number>();
          for (const item of others) {
            const values =
              facet === 'institutions'
                ? item.program.institutionIds
                : facet === 'strategies'
                  ? [item.program.strategyId]
                  : facet === 'statuses'
                    ? [item.status]
                    : [item.program.commitment.kind];
            for (const value of values) expected.set(value, (expected.get(value) ?? 0) + 1);
          }
          expect(counts[facet]).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the selection a filter leaves (keptSelections)', () => {
  it('is applyFilters with the ids, kept per rows and filters: asked twice, one answer; new filters, a new one', async () => {
    const { applyFilters, keptSelections } = await import('../../src/features/filters/model/apply-filters');
    const { makeProgram } = await import('../support/program-factory');
    const items = [
      { status: 'behind' as const, program: makeProgram({ id: 'a', institutionIds: ['woori'] }) },
      { status: 'on-track' as const, program: makeProgram({ id: 'b', institutionIds: ['hana'] }) },
    ];
    const filters = { ...createInitialView('en').filters, institutions: ['woori'] };
    const selectionOf = keptSelections<(typeof items)[number]>();
    const selection = selectionOf(items, filters);
    expect(selection.rows).toEqual(applyFilters(items, filters));
    expect([...selection.ids]).toEqual(['a']);
    expect(selectionOf(items, filters)).toBe(selection);
    const hana = { ...filters, institutions: ['hana'] };
    expect([...selectionOf(items, hana).ids]).toEqual(['b']);
  });
});
