// The desk form's draft: stored drafts from before indicators still open, and the draft is
// checked with the server's rules for pledges and indicators alike.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { checkDraft, emptyDraft, parseStoredDraft } from '../../src/features/desk/model/figure-draft';

const reference = { programs: defaultResources.programs.programs, indicators: defaultResources.indicators.indicators };
const source = {
  publisherKo: '은행',
  publisherEn: 'Bank',
  titleKo: '공시',
  titleEn: 'Disclosure',
  sourceDate: '2026-11',
  url: 'https://example.org/d',
};

describe('parseStoredDraft', () => {
  it('opens a draft stored before indicators (its pledge as programId, its value in 억)', () => {
    const draft = parseStoredDraft(JSON.stringify({ programId: 'shinhan-total', value: '12345', date: '2026-09-30' }));
    expect(draft).toMatchObject({
      subject: 'program:shinhan-total',
      value: '12345',
      valueUnit: 'eok',
      date: '2026-09-30',
    });
  });

  it('keeps what it can of a damaged draft', () => {
    expect(parseStoredDraft('{')).toEqual(emptyDraft);
    expect(parseStoredDraft(JSON.stringify({ subject: 7, note: 'kept' }))).toEqual({ ...emptyDraft, note: 'kept' });
  });
});

describe('checkDraft', () => {
  it('converts 조 to 억 for a pledge', () => {
    const checked = checkDraft(
      { ...emptyDraft, ...source, subject: 'program:shinhan-total', value: '1.5', valueUnit: 'jo', date: '2026-09-30' },
      reference,
    );
    expect(checked.ok && checked.input.value).toBe(15_000);
  });

  it('asks an indicator figure for its series and kind, and knows its series', () => {
    const base = {
      ...emptyDraft,
      ...source,
      subject: 'indicator:tech-credit-five-banks',
      value: '157',
      valueUnit: 'jo',
      date: '2026-08-31',
    };
    expect(checkDraft(base, reference)).toMatchObject({ ok: false, issues: { kind: expect.any(String) } });
    expect(checkDraft({ ...base, kind: 'month-end', seriesId: 'nope' }, reference)).toMatchObject({
      ok: false,
      issues: { seriesId: 'unknown series (one of five-banks)' },
    });
    const checked = checkDraft({ ...base, kind: 'month-end', seriesId: 'five-banks' }, reference);
    expect(checked).toMatchObject({
      ok: true,
      subject: { key: 'indicator:tech-credit-five-banks' },
      input: { value: 1_570_000, seriesId: 'five-banks', kind: 'month-end' },
    });
  });

  it('names the value’s problem', () => {
    const draft = { ...emptyDraft, ...source, subject: 'program:shinhan-total', date: '2026-09-30', valueUnit: 'jo' };
    expect(checkDraft({ ...draft, value: '-' }, reference)).toMatchObject({ valueProblem: 'not-a-number' });
    expect(checkDraft({ ...draft, value: '1.23456' }, reference)).toMatchObject({ valueProblem: 'not-whole-eok' });
    expect(checkDraft({ ...draft, value: '-1' }, reference)).toMatchObject({
      ok: false,
      issues: { value: 'expected zero or more' },
    });
  });
});
