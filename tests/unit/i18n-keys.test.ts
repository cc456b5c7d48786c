// Translation keys are typed: this file is part of `npm run typecheck`, so a wrong key here —
// or anywhere in src/ — fails it. At run time the same calls still fall back as before.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { isMessageKey, translate, type MessageKey, type QualifiedKey, type TFunction } from '../../src/i18n/i18n';

describe('typed translation keys', () => {
  it('accept the catalog’s keys and refuse misspelled or missing ones', () => {
    expectTypeOf<'programs:tableCaption'>().toExtend<QualifiedKey>();
    expectTypeOf<'status:label.behind'>().toExtend<QualifiedKey>();
    // A plural family (count_one, count_other) is asked for by its base.
    expectTypeOf<'programs:count'>().toExtend<QualifiedKey>();
    expectTypeOf<'programs:tableCaptoin'>().not.toExtend<QualifiedKey>();
    expectTypeOf<'status:label.lagging'>().not.toExtend<QualifiedKey>();
    expectTypeOf<'nonamespace:tableCaption'>().not.toExtend<QualifiedKey>();

    // Unqualified keys are paths in the hook's default namespace only.
    expectTypeOf<'col.name'>().toExtend<MessageKey<'programs'>>();
    expectTypeOf<'col.name'>().not.toExtend<MessageKey<'status'>>();
    expectTypeOf<Parameters<TFunction<'status'>>[0]>().toEqualTypeOf<MessageKey<'status'>>();

    // @ts-expect-error a misspelled key fails typecheck
    expect(translate('en', 'programs:tableCaptoin')).toBe('programs:tableCaptoin');
    // @ts-expect-error a key the catalog does not have fails typecheck
    translate('en', 'overview:noSuchHeading');
    // @ts-expect-error an unqualified key outside the default namespace fails typecheck
    translate('en', 'col.name');
    expect(translate('en', 'col.name', undefined, 'programs')).toBe('Pledge');
  });

  it('check a key built from data at run time against the catalog', () => {
    expect(isMessageKey('status:label.behind')).toBe(true);
    expect(isMessageKey('status:label.lagging')).toBe(false);
    expect(isMessageKey('nonamespace:label')).toBe(false);
    expect(isMessageKey('label.behind')).toBe(false);
  });
});
