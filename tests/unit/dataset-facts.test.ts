// The facts the dataset must carry (issue 14, item 4) and the audit's fixes, each with the
// value, date, provenance and source it is stored with. Read through the API resources, so a
// figure's sources are the ones a reader is shown.
import { describe, expect, it } from 'vitest';
import rawDataset from '../../src/data/dataset.v1.json';
import rawDemo from '../../src/data/demo.v1.json';
import { loadResources } from '../../mocks/resources';
import type { Indicator, Program, ProgramEvent, Source } from '../../src/lib/schemas';

const resources = loadResources();
const programs = resources.programs.programs;
const JO = 10_000;

function program(id: string): Program {
  const found = programs.find((item) => item.id === id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}
function indicator(id: string): Indicator {
  const found = resources.indicators.indicators.find((item) => item.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}
function target(id: string): number {
  const { commitment } = program(id);
  if (commitment.kind !== 'amount') throw new Error(`${id} is not an amount`);
  return commitment.targetEok;
}
/** The source a program shows for `sourceId`, checked against its publisher. */
function cited(sources: readonly Source[], sourceId: string, publisherEn: string | RegExp): Source {
  const source = sources.find((item) => item.id === sourceId);
  if (!source) throw new Error(`${sourceId} is not among the sources`);
  if (typeof publisherEn === 'string') expect(source.publisher.en).toBe(publisherEn);
  else expect(source.publisher.en).toMatch(publisherEn);
  return source;
}
function eventOn(item: Program, date: string, en: RegExp): ProgramEvent {
  const found = (item.events ?? []).find((event) => event.date === date && en.test(event.label.en));
  if (!found) throw new Error(`${item.id}: no event on ${date} matching ${en.source}`);
  return found;
}
function timelineEvent(date: string): ProgramEvent {
  const found = (resources.strategies.timeline ?? []).find((event) => event.date === date);
  if (!found) throw new Error(`no timeline event on ${date}`);
  return found;
}

const ABD_2025 = 'abd-2025-10-productive-finance';
const ABD_2026 = 'abd-2026-01-21-winwin';
const ABD = 'Asia Business Daily';

describe('audit fixes (A1–A12)', () => {
  it('A1: NH, KB and Shinhan each put 10조 into the fund, tied to it like Woori and Hana (50조 in all)', () => {
    const children = { 'nh-ngf': 'nh-productive', 'kb-ngf': 'kb-productive', 'shinhan-ngf': 'shinhan-total' };
    for (const [id, parentId] of Object.entries(children)) {
      const item = program(id);
      expect(item.parentId).toBe(parentId);
      expect(program(parentId).childIds).toContain(id);
      expect(target(id)).toBe(10 * JO);
      expect(item.commitmentFigure.provenance).toBe('reported');
      expect(item.commitmentFigure.sourceIds).toContain('etoday-2523479-five-groups');
      cited(item.sources, 'etoday-2523479-five-groups', 'Etoday');
      expect(item.overlaps).toEqual([expect.objectContaining({ programId: 'ngf-total', amountEok: 10 * JO })]);
    }
    const all = ['woori-ngf', 'hana-ngf', 'nh-ngf', 'kb-ngf', 'shinhan-ngf'];
    expect(all.reduce((sum, id) => sum + target(id), 0)).toBe(50 * JO);
  });

  it('A2: the fund’s 7,500억 of 2026-01-29 is an approval, reported by Seoul Shinmun', () => {
    const ngf = program('ngf-total');
    const point = ngf.progress.find((item) => item.date === '2026-01-29');
    expect(point).toMatchObject({ value: 7_500, moneyBasis: 'approved', provenance: 'reported' });
    expect(point?.sourceIds).toEqual(['seoul-20260130031005-ngf-first', 'sbs-n1008423745-ngf-first']);
    expect(point?.basis?.en).toMatch(/third quarter of 2026/);
    cited(ngf.sources, 'sbs-n1008423745-ngf-first', 'SBS');
    cited(ngf.sources, 'seoul-20260130031005-ngf-first', 'Seoul Shinmun');
    expect(point?.basis?.en).toMatch(/not money paid out/);
  });

  it('A2: the fund’s 150조 is a fund size, not a pledged supply', () => {
    expect(program('ngf-total').commitment).toMatchObject({
      kind: 'amount',
      targetEok: 150 * JO,
      moneyBasis: 'fund-size',
    });
    for (const id of ['woori-total', 'hana-ngf', 'kb-ngf', 'winwin-financing'])
      expect(program(id).commitment).toMatchObject({ moneyBasis: 'pledged' });
  });

  it('the fund’s steps are dated: launch, GP call, first approval, mother-fund and citizen-fund managers', () => {
    const ngf = program('ngf-total');
    const steps: [string, RegExp, string, string][] = [
      ['2025-12-11', /Official launch/, 'fsc-85829-ngf', 'Financial Services Commission'],
      ['2026-01-14', /fund managers opened/, 'herald-10656276-ngf-gp', 'Herald Business'],
      ['2026-01-29', /First investment approved/, 'seoul-20260130031005-ngf-first', 'Seoul Shinmun'],
      ['2026-02-26', /mother-fund managers chosen/, 'asiae-2026022615534508779-ngf-gps', ABD],
      ['2026-03-13', /citizen fund/, 'herald-10693863-citizen-fund', 'Herald Business'],
    ];
    for (const [date, label, sourceId, publisher] of steps) {
      const event = eventOn(ngf, date, label);
      expect(event.provenance).toBe('reported');
      expect(event.sourceIds).toContain(sourceId);
      cited(ngf.sources, sourceId, publisher);
    }
    const dates = (ngf.events ?? []).map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('A4: Shinhan’s 2026 plan of 20조 holds 2조 that the fund’s 2026 plan also holds', () => {
    const plan = program('shinhan-total').plans.find((item) => item.year === 2026);
    expect(plan).toMatchObject({
      value: 20 * JO,
      provenance: 'reported',
      overlaps: [{ programId: 'ngf-total', amountEok: 2 * JO }],
    });
    expect(plan?.sourceIds).toEqual(['asiae-2026-02-11-shinhan-plan']);
    expect(cited(program('shinhan-total').sources, 'asiae-2026-02-11-shinhan-plan', ABD).date).toBe('2026-02-11');
  });

  it('A4: the fund’s 2026 plan is 30조 with the "+α" stated, not counted', () => {
    const ngf = program('ngf-total');
    const plan = ngf.plans.find((item) => item.year === 2026);
    expect(plan).toMatchObject({ value: 30 * JO, provenance: 'reported' });
    expect(plan?.basis?.en).toMatch(/plus alpha/);
    expect(plan?.basis?.ko).toContain('+α');
    cited(ngf.sources, 'insight-533903-ngf-2026', 'Insight');
  });

  it('A4/C6: Woori Bank’s 12.7조 is a plan scoped to the bank’s lending only', () => {
    const loans = program('woori-loans');
    const plan = loans.plans.find((item) => item.year === 2026);
    expect(plan).toMatchObject({ value: 127_000, scope: { en: "Woori Bank's lending only" } });
    expect(plan?.sourceIds).toEqual(['mediapen-1076407-woori-bank-plan', 'sbsbiz-20000286723-woori-bank-plan']);
    expect(plan?.unverified).toBeUndefined();
    // Reported in January 2026 (no longer a guessed February).
    expect(cited(loans.sources, 'mediapen-1076407-woori-bank-plan', 'Mediapen').date).toBe('2026-01');
    expect(cited(loans.sources, 'sbsbiz-20000286723-woori-bank-plan', 'SBS Biz').date).toBe('2026-01-22');
    eventOn(loans, '2026-01-22', /Woori Bank set out \{krw:127000\}/);
  });

  it('A6: the five-bank technology-credit June 2025 point is not derived from a self-contradicting rise', () => {
    const five = indicator('tech-credit-five-banks');
    const points = five.series.flatMap((series) => series.points);
    expect(points.map((point) => point.date)).toEqual(['2025-07-31', '2025-08-31']);
    expect(points.map((point) => point.value)).toEqual([1_553_593, 1_566_658]);
    expect(five.notes.some((note) => note.en.includes('{krw:786}') && /about double/.test(note.en))).toBe(true);
    cited(five.sources, ABD_2025, ABD);
  });

  it('A7: the "H1 2025" loan changes are flagged as reconciling from end-January, with both readings', () => {
    const changes = indicator('five-bank-corporate-loan-changes');
    for (const [seriesId, value] of [
      ['large', 25_519],
      ['sme', 14_636],
    ] as const) {
      const point = changes.series
        .find((series) => series.id === seriesId)
        ?.points.find((item) => item.date === '2025-06-30');
      expect(point).toMatchObject({ value, kind: 'period', provenance: 'reported', unverified: true });
      expect(point?.dispute?.claims).toHaveLength(2);
      expect(point?.dispute?.claims[1]?.sourceIds).toContain('fnnews-202602031507116253');
      expect(point?.dispute?.note?.en).toMatch(/end-January/);
    }
    cited(changes.sources, 'fnnews-202602031507116253', 'Financial News');
    expect(changes.notes.some((note) => note.en.includes('{krw:8771}'))).toBe(true);
  });

  it('A8: end-2024 technology credit is stored exactly (302조 7,538억), with no pseudo-dispute', () => {
    const all = indicator('tech-credit-all-banks');
    const point = all.series[0]?.points.find((item) => item.date === '2024-12-31');
    expect(point).toMatchObject({ value: 3_027_538, kind: 'year-end', provenance: 'reported' });
    expect(point?.dispute).toBeUndefined();
    expect(point?.sourceIds[0]).toBe('consumernews-749844-techcredit');
    cited(all.sources, 'consumernews-749844-techcredit', 'Consumer News');
  });

  it('A9: the 1.7조 composition is a dispute: 1.3 + 0.4 against 1.3 + 0.015 + 0.4', () => {
    const financing = program('winwin-financing');
    expect(target('winwin-financing')).toBe(17_000);
    const [two, three, grown] = financing.disputes[0]?.claims ?? [];
    expect(grown?.claim.en).toMatch(/from the existing \{krw:10000\} to \{krw:17000\}/);
    cited(financing.sources, 'chosunbiz-2026-01-21-winwin', 'Chosun Biz');
    expect(two?.claim.en).toMatch(/\{krw:13000\} plus \{krw:4000\}/);
    expect(two?.sourceIds).toEqual(['econotelling-19069-winwin', 'herald-10659561-winwin']);
    expect(three?.claim.en).toMatch(/\{krw:13000\}, \{krw:150\} and \{krw:4000\}/);
    expect(three?.sourceIds).toContain(ABD_2026);
    cited(financing.sources, 'econotelling-19069-winwin', 'Econotelling');
    expect(financing.notes.some((note) => /about/.test(note.en))).toBe(false);
  });

  it('A10: the GPU price terms are unverified, with a neutral name and summary', () => {
    const terms = program('gpu-price-terms');
    expect(terms.commitmentFigure.unverified).toBe(true);
    expect(terms.name).toEqual({ ko: '중소기업 GPU 이용료 조건', en: 'GPU fees for SMEs' });
    expect(terms.summary.en).toMatch(/5–10% below the market price or 5–10% of it/);
    expect(terms.disputes[0]?.claims.map((claim) => claim.sourceIds[0])).toEqual([
      'zum-103542123-gpu',
      'zum-103533158-gpu',
    ]);
    cited(terms.sources, 'zum-103533158-gpu', 'Newsis (via zum)');
  });

  it('A11: Woori’s department has an assumed due date and no done date, so it cannot read as missed', () => {
    const department = program('woori-pf-department');
    const [milestone] = department.milestones;
    expect(milestone?.dueDate).toBe('2025-12-31');
    expect(milestone?.dueDateAssumption?.en).toMatch(/regular December reshuffle/);
    expect(milestone?.doneDate).toBeUndefined();
    expect(department.announced).toBe('2025-10-28');
    // Woori Bank's own units of 4 December are a reported step, not the group department.
    eventOn(department, '2025-12-04', /Woori Bank set up dedicated investment and lending units/);
    cited(department.sources, 'economidaily-20251204181129426-woori-bank', 'Economic Daily');
    expect(department.period.assumption).toBeDefined();
    cited(department.sources, ABD_2025, ABD);
  });

  it('A12: invented periods and due dates are marked as assumptions, and no one-off step has an unmarked period', () => {
    for (const id of [
      'winwin-financing',
      'winwin-hyundai-kia',
      'winwin-posco-intl',
      'winwin-steel-export',
      'gpu-sme-share',
    ]) {
      expect(program(id).period).toMatchObject({ start: '2026-01-21', end: '2026-12-31' });
      expect(program(id).period.assumption?.en).toMatch(/No source gives a period/);
    }
    for (const id of [
      'us-co-entry',
      'trade-insurance-tax-credit',
      'tech-theft-fines',
      'platform-shared-growth-index',
      'winwin-finance-index',
    ])
      expect(program(id).milestones[0]?.dueDateAssumption).toBeDefined();
    for (const item of programs) {
      if (item.commitment.kind === 'milestone')
        expect(item.period.assumption, `${item.id}: a one-off step's period is assumed`).toBeDefined();
      for (const milestone of item.milestones)
        if (milestone.dueDate && !milestone.doneDate && milestone.dueDate < resources.meta.asOf)
          expect(milestone.dueDateAssumption, `${item.id} would read as overdue on an invented date`).toBeDefined();
    }
  });

  it('A12/C2: Shinhan’s committee is dated by its own report (2025-12-28), not by the seed article', () => {
    const committee = program('shinhan-pf-unit');
    expect(committee.announced).toBe('2025-12-28');
    expect(committee.milestones[0]).toMatchObject({ doneDate: '2025-12-28', sourceIds: ['wikitree-1105349-shinhan'] });
    expect(committee.sources.map((source) => source.id)).not.toContain(ABD_2025);
    cited(committee.sources, 'wikitree-1105349-shinhan', 'Wikitree');
  });

  it('C3: the KB council’s exact day rests on one outlet and says so', () => {
    const council = program('kb-pf-council');
    expect(council.milestones[0]).toMatchObject({ doneDate: '2025-09-30', unverified: true });
    expect(council.notes[0]?.en).toMatch(/one outlet/);
    cited(council.sources, 'thevaluenews-193729-kb-council', 'The Value News');
  });

  it('C4: seeds 000 and 001 are pinned to their addresses and dates, with their headlines; the KDI guess is gone', () => {
    const seed = cited(program('woori-total').sources, ABD_2025, ABD);
    expect(seed).toMatchObject({
      date: '2025-10-28',
      url: 'https://cm.asiae.co.kr/article/2025102314263822249',
      headline: { lang: 'ko' },
    });
    expect(seed.headline?.text).toMatch(/^\[생산적금융 대전환\]③/);
    const seed001 = cited(program('winwin-financing').sources, ABD_2026, ABD);
    expect(seed001).toMatchObject({
      date: '2026-01-21',
      url: 'https://cm.asiae.co.kr/en/article/2026012107580584368',
      headline: { lang: 'en' },
    });
    const kdi = (resources.strategies.sources ?? []).find((source) => source.id === 'kdi-2012-sme-policy');
    expect(kdi?.url).toBeUndefined();
    expect(kdi?.date).toBe('2022-04-13');
  });

  it('C7: the January 2025 loan total carries both readings (825.7106조 implied, 825.7227조 by parts)', () => {
    const point = indicator('five-bank-corporate-loans').series[0]?.points.find((item) => item.date === '2025-01-31');
    expect(point).toMatchObject({ value: 8_257_106, provenance: 'derived' });
    expect(point?.dispute?.claims.map((claim) => claim.claim.en.match(/\{krw:(\d+)\}/)?.[1])).toEqual([
      '8257106',
      '8257227',
    ]);
  });

  it('C8: which banks fund the Hyundai/Kia programme is a dispute with the earlier reports', () => {
    const programme = program('winwin-hyundai-kia');
    expect(programme.disputes[0]?.claims[1]?.sourceIds).toContain('herald-10556880-hana-ksure');
    cited(programme.sources, 'hankyung-2025032577921-kb-hyundai', 'Korea Economic Daily');
  });

  it('D2–D4: names as the sources give them', () => {
    expect(program('hana-growth-tf').name.en).toBe('Hana Economic Growth Strategy task force');
    expect(program('winwin-steel-export').name).toEqual({
      ko: '철강산업 수출공급망 우대 자금',
      en: 'Preferential funding for steel export supply chains',
    });
    expect(program('platform-shared-growth-index').name.en).toBe('Co-prosperity index for online platforms');
    expect(programs.some((item) => /shared-growth index/i.test(item.name.en + item.summary.en))).toBe(false);
  });
});

describe('facts the dataset must carry (issue 14, item 4)', () => {
  it('NH Investment & Securities applied for IMA designation on 2025-09-29', () => {
    const event = eventOn(program('nh-total'), '2025-09-29', /NH Investment & Securities applied .* IMA/);
    expect(event).toMatchObject({ provenance: 'reported', sourceIds: [ABD_2025] });
    cited(program('nh-total').sources, ABD_2025, ABD);
  });

  it('KB planned dedicated units at KB Kookmin Bank and KB Securities, and a shift from real-estate lending', () => {
    const units = program('kb-pf-units');
    expect(units.commitment.kind).toBe('milestone');
    expect(units.institutionIds).toEqual(['kb', 'kb-kookmin-bank']);
    expect(units.name.en).toMatch(/KB Kookmin Bank and KB Securities/);
    expect(units.summary.en).toMatch(/real-estate-backed lending/);
    expect(units.milestones[0]?.doneDate).toBeUndefined();
    expect(units.commitmentFigure).toMatchObject({ provenance: 'reported', sourceIds: [ABD_2025] });
    cited(units.sources, ABD_2025, ABD);
  });

  it('Shinhan’s ultra-innovation unit (unverified) and no amount announced in October 2025', () => {
    const unit = program('shinhan-ultra-innovation-unit');
    expect(unit.commitmentFigure).toMatchObject({ provenance: 'reported', unverified: true, sourceIds: [ABD_2025] });
    expect(unit.milestones[0]).toMatchObject({ doneDate: '2025-10-28', unverified: true });
    const event = eventOn(
      program('shinhan-total'),
      '2025-10-28',
      /not yet having announced a productive-finance plan or amount/,
    );
    expect(event.sourceIds).toEqual([ABD_2025]);
    cited(unit.sources, ABD_2025, ABD);
  });

  it('technology-credit loans since 2014', () => {
    const event = timelineEvent('2014-01-01');
    expect(event).toMatchObject({ precision: 'year', provenance: 'reported', sourceIds: [ABD_2025] });
    expect(event.label.en).toMatch(/technology-credit loans/);
  });

  it('the AI smart-factory subsidy ratio 30% → 50% is a share commitment', () => {
    const subsidy = program('ai-smart-factory-subsidy');
    expect(subsidy.commitment).toMatchObject({ kind: 'share', targetPercent: 50 });
    expect(subsidy.commitmentFigure).toMatchObject({ provenance: 'reported', unverified: true, sourceIds: [ABD_2026] });
    expect(subsidy.notes[0]?.en).toMatch(/30% before/);
    expect(subsidy.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    cited(subsidy.sources, ABD_2026, ABD);
  });

  it('the Strategic Export Finance Fund, performance sharing for all B2B, indexation to energy, the defence evaluation', () => {
    const expected: [string, RegExp][] = [
      ['strategic-export-finance-fund', /Strategic Export Finance Fund/],
      ['performance-sharing-b2b', /all business-to-business transactions/],
      ['price-indexation-energy', /energy costs/],
      ['defence-winwin-evaluation', /defence industry/],
    ];
    for (const [id, name] of expected) {
      const item = program(id);
      expect(item.name.en).toMatch(name);
      expect(item.commitment.kind).toBe('milestone');
      expect(item.announced).toBe('2026-01-21');
      expect(item.period.assumption).toBeDefined();
      expect(item.milestones[0]?.dueDate).toBeUndefined();
      expect(item.commitmentFigure.sourceIds[0]).toBe(ABD_2026);
      cited(item.sources, ABD_2026, ABD);
    }
    cited(program('strategic-export-finance-fund').sources, 'herald-10659561-winwin', 'Herald Business');
    expect(program('strategic-export-finance-fund').notes[0]?.en).toMatch(/No size/);
  });

  it('the KDI history as a timeline: 1961 laws, 1962 bodies, the 30% rule, 1971 strategic industries, KODIT', () => {
    const expected: [string, 'year' | 'decade', RegExp][] = [
      ['1960-01-01', 'decade', /30% of commercial banks' lending/],
      ['1961-01-01', 'year', /SME Cooperatives Act/],
      ['1962-01-01', 'year', /Federation of SMEs.*Industrial Bank of Korea.*KOTRA/],
      ['1970-01-01', 'decade', /KODIT/],
      ['1971-01-01', 'year', /Strategic industrial fields/],
    ];
    for (const [date, precision, label] of expected) {
      const event = timelineEvent(date);
      expect(event).toMatchObject({ precision, provenance: 'reported', sourceIds: ['kdi-2012-sme-policy'] });
      expect(event.label.en).toMatch(label);
    }
    const kdi = cited(resources.strategies.sources ?? [], 'kdi-2012-sme-policy', /KDI/);
    expect(kdi.title.ko).toContain('중소기업 육성정책');
    const dates = (resources.strategies.timeline ?? []).map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('the five groups’ 2026–2030 inclusive plans (65.73조), below four groups’ pledges, month unverified', () => {
    const plans: [string, number, number][] = [
      ['kb-inclusive', 163_000, 170_000],
      ['hana-inclusive', 155_500, 160_000],
      ['woori-inclusive', 57_300, 70_000],
      ['nh-inclusive', 132_000, 150_000],
    ];
    let sum = 149_500; // Shinhan, recorded on its group pledge (its inclusive part is a range)
    for (const [id, amount, pledge] of plans) {
      const item = program(id);
      const event = eventOn(item, '2026-01-08', new RegExp(`\\{krw:${amount}\\} of inclusive finance for 2026–2030`));
      expect(event).toMatchObject({
        provenance: 'reported',
        unverified: true,
        sourceIds: ['sokury-inclusive-plans', 'businesspost-inclusive-meeting'],
      });
      expect(target(id)).toBe(pledge);
      expect(item.notes.some((note) => note.en.includes(`{krw:${amount}}`) && / below the pledge /.test(note.en))).toBe(
        true,
      );
      cited(item.sources, 'businesspost-inclusive-meeting', 'Business Post');
      sum += amount;
    }
    eventOn(program('shinhan-total'), '2026-01-08', /\{krw:149500\} of inclusive finance/);
    expect(sum).toBe(657_300);
  });

  it('the sector totals: 525 / 530 / 614조 private, 626조 policy, 1,240조 combined; 31.6조 capacity', () => {
    const plans = indicator('pf-sector-plans');
    const values = (seriesId: string) =>
      plans.series.find((series) => series.id === seriesId)?.points.map((point) => [point.date, point.value]);
    expect(values('private')).toEqual([
      ['2025-10-28', 5_250_000],
      ['2025-12-11', 5_300_000],
      ['2026-01-21', 6_140_000],
    ]);
    expect(values('policy')).toEqual([['2026-01-21', 6_260_000]]);
    expect(values('combined')).toEqual([['2026-01-21', 12_400_000]]);
    expect(6_140_000 + 6_260_000).toBe(12_400_000);
    cited(plans.sources, 'naeil-575321-pf-plans', 'Naeil News');
    cited(plans.sources, 'sbs-n1008365313-fsc-530', 'SBS');
    const capacity = timelineEvent('2025-09-19');
    expect(capacity.label.en).toContain('{krw:316000}');
    expect(capacity.sourceIds).toEqual(['policyonair-4332-pf-meeting']);
  });

  it('Shinhan Bank’s 6조 growth-support package (reported 2026-01-25)', () => {
    const event = eventOn(program('shinhan-total'), '2026-01-25', /Shinhan Bank's .* \{krw:60000\}/);
    expect(event.sourceIds).toEqual(['segye-20260125508326']);
    cited(program('shinhan-total').sources, 'segye-20260125508326', 'Segye Ilbo');
  });

  it('Hana’s group council of 2026-01-23 and its 2026 plan raised by 1.6조', () => {
    const hana = program('hana-productive');
    const event = eventOn(hana, '2026-01-23', /council launched.*\{krw:178000\}.*\{krw:16000\} more/);
    expect(event.sourceIds).toContain('wikitree-1112727-hana');
    cited(hana.sources, 'wikitree-1112727-hana', 'Wikitree');
  });

  it('the steel supply-chain programme’s first guarantee (2026-02-12) is a step, not money supplied', () => {
    const steel = program('winwin-steel-export');
    const event = eventOn(steel, '2026-02-12', /first export supply-chain guarantee.*\{krw:200\}.*\{krw:3540\}/);
    expect(event.sourceIds).toEqual(['zdnet-20260212174617-ksure', 'asiae-2026021208385495138-ksure']);
    expect(steel.progress).toEqual([]);
    cited(steel.sources, 'zdnet-20260212174617-ksure', 'ZDNet Korea');
  });

  it('the win-win cooperation fund’s matching share of up to 20%', () => {
    const fund = program('winwin-coop-fund');
    expect(target('winwin-coop-fund')).toBe(15_000);
    expect(fund.summary.en).toMatch(/up to 20%/);
    expect(fund.events?.[0]?.sourceIds).toContain('fetv-210573-winwin');
    cited(fund.sources, 'fetv-210573-winwin', 'FETV');
  });

  it('the presidential review meeting, and all public institutions by 2030', () => {
    const review = program('presidential-winwin-review');
    expect(review.name.en).toMatch(/chaired by the President/);
    cited(review.sources, 'herald-10659436-winwin', 'Herald Business');
    const index = eventOn(program('platform-shared-growth-index'), '2026-01-21', /all public institutions .* by 2030/);
    expect(index.sourceIds).toContain('herald-10659436-winwin');
  });
});

describe('cadence and dated steps (issue 14, item 3)', () => {
  it('every measured pledge has a cadence, from a source or marked as an assumption', () => {
    for (const item of programs) {
      if (!['amount', 'count', 'share'].includes(item.commitment.kind)) continue;
      const reporting = item.reporting;
      expect(reporting, item.id).toBeDefined();
      expect((reporting?.sourceIds.length ?? 0) > 0 || reporting?.assumption !== undefined, item.id).toBe(true);
    }
    expect(program('woori-total').reporting).toEqual({
      cadence: 'monthly',
      sourceIds: ['naeil-575321-pf-plans', 'etoday-2547780-pf-council'],
    });
    cited(program('woori-total').sources, 'etoday-2547780-pf-council', 'Etoday');
    expect(program('ngf-total').reporting?.assumption).toBeDefined();
  });

  it('every pledge has a dated step on its announcement, each step with a source', () => {
    for (const item of programs) {
      const events = item.events ?? [];
      expect(events.length, item.id).toBeGreaterThan(0);
      expect(
        events.some((event) => event.date === item.announced),
        item.id,
      ).toBe(true);
      for (const event of events) expect(event.sourceIds.length, `${item.id} ${event.date}`).toBeGreaterThan(0);
    }
  });
});

// ------------------------------------------------------------------- each language pure
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
const PLACEHOLDER = /\{[^{}]*\}/g;
const WELL_FORMED = /^\{krw:\d{1,12}\}$/;

/** Every `{ ko, en }` text in a value, with its path. */
function* localizedTexts(value: unknown, path = '$'): Generator<[string, { ko: string; en: string }]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* localizedTexts(item, `${path}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record.ko === 'string' && typeof record.en === 'string') {
      yield [path, { ko: record.ko, en: record.en }];
      return;
    }
    for (const [key, child] of Object.entries(record)) yield* localizedTexts(child, `${path}.${key}`);
  }
}

describe.each([
  ['the reported dataset', rawDataset],
  ['the demo overlay', rawDemo],
])('each language pure in %s', (_name, raw) => {
  const texts = [...localizedTexts(raw)];

  it('has texts to check', () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  it('shows no Hangul in any English text (a Korean headline is marked lang="ko" apart)', () => {
    expect(texts.filter(([, text]) => HANGUL.test(text.en)).map(([path]) => path)).toEqual([]);
  });

  it('shows no "trillion" or "billion" in any Korean text', () => {
    expect(texts.filter(([, text]) => /trillion|billion/i.test(text.ko)).map(([path]) => path)).toEqual([]);
  });

  it('writes every amount placeholder as {krw:N}', () => {
    const malformed = texts.flatMap(([path, text]) =>
      [text.ko, text.en].flatMap((value) =>
        (value.match(PLACEHOLDER) ?? []).filter((item) => !WELL_FORMED.test(item)).map((item) => `${path}: ${item}`),
      ),
    );
    expect(malformed).toEqual([]);
  });

  it('gives both languages the same amounts', () => {
    const amounts = (value: string) => (value.match(PLACEHOLDER) ?? []).sort();
    expect(
      texts.filter(([, text]) => amounts(text.ko).join() !== amounts(text.en).join()).map(([path]) => path),
    ).toEqual([]);
  });
});

describe('sources', () => {
  it('gloss every title in real Korean and give a publisher in each language', () => {
    for (const source of (rawDataset as { sources: Source[] }).sources) {
      expect(HANGUL.test(source.title.ko), source.id).toBe(true);
      expect(source.title.ko, source.id).not.toBe(source.title.en);
      expect(HANGUL.test(source.publisher.en), source.id).toBe(false);
      if (source.headline?.lang === 'en') expect(HANGUL.test(source.headline.text)).toBe(false);
    }
  });
});
