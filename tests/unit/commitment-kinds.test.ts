// The registry of commitment kinds (src/lib/commitment-kinds): one module per kind of the
// schema, each formatting its commitments in both languages with each language pure, and the
// engine judging each pledge only with the statuses its kind declares.
import { describe, expect, it } from 'vitest';
import { loadDemoResources, loadResources } from '../../mocks/resources';
import { assessProgram } from '../../src/features/programs/model/status';
import { translate, type Translator } from '../../src/i18n/i18n';
import { commitmentKinds, kindModule, kindOf } from '../../src/lib/commitment-kinds';
import { formatCommitment, formatCommitmentValue } from '../../src/lib/commitment-kinds/words';
import { commitmentSchema, type Commitment } from '../../src/lib/schemas';
import { langs } from '../../src/lib/view-state';

/** The kinds the zod schema's discriminated union accepts, read from the schema itself. */
const schemaKinds = commitmentSchema._zod.def.options.flatMap((option) => [...(option._zod.propValues?.kind ?? [])]);

/** One sample of every kind; `satisfies` keeps it complete as kinds are added. */
const samples = {
  amount: { kind: 'amount', targetEok: 17_000 },
  count: { kind: 'count', target: 20, unit: { en: 'factories', ko: '곳' } },
  share: { kind: 'share', targetPercent: 30, of: { en: 'secured GPUs', ko: '확보 GPU' } },
  'price-terms': {
    kind: 'price-terms',
    discountMinPercent: 5,
    discountMaxPercent: 10,
    of: { en: 'market fees', ko: '시장 요금' },
  },
  milestone: { kind: 'milestone', description: { en: 'A task force set up', ko: '전담 조직 출범' } },
} satisfies { [K in Commitment['kind']]: Extract<Commitment, { kind: K }> };

const korean = /[\uac00-\ud7a3]/;
const englishWords = /trillion|billion|million|KRW/i;

describe('commitment kinds registry', () => {
  it('has exactly one module for every kind of the schema, in one list', () => {
    expect([...schemaKinds].sort()).toEqual([...commitmentKinds].sort());
    expect(new Set(commitmentKinds).size).toBe(commitmentKinds.length);
    for (const kind of commitmentKinds) expect(kindModule(kind).kind).toBe(kind);
    expect(Object.keys(samples).sort()).toEqual([...commitmentKinds].sort());
  });

  it.each(commitmentKinds)('%s: parses its sample and declares a coherent measure, unit and pace', (kind) => {
    const sample = commitmentSchema.parse(samples[kind]);
    const module = kindOf(sample);
    expect(module.kind).toBe(kind);
    expect(module.hasPace).toBe(module.measure === 'cumulative');
    expect(module.unit === 'none').toBe(module.measure === 'milestones');
    expect(module.lowerOf(sample)).toBeLessThanOrEqual(module.targetOf(sample));
    expect(module.statuses.length).toBeGreaterThan(0);
  });

  it.each(commitmentKinds)('%s: formats its sample in both languages, each language pure', (kind) => {
    const sample = commitmentSchema.parse(samples[kind]);
    const module = kindOf(sample);
    const words = Object.fromEntries(
      langs.map((lang) => {
        const t: Translator = (key, options) => translate(lang, key, options);
        const label = translate(lang, module.labelKey);
        expect(label).not.toBe(module.labelKey);
        const value = formatCommitmentValue(sample, module.targetOf(sample), lang);
        return [lang, { commitment: formatCommitment(sample, lang, t), value, label }];
      }),
    );
    expect(words.en?.commitment).not.toBe('');
    expect(words.ko?.commitment).not.toBe('');
    for (const text of Object.values(words.en ?? {})) {
      expect(text).not.toMatch(/[조억]/);
      expect(text).not.toMatch(korean);
    }
    for (const text of Object.values(words.ko ?? {})) expect(text).not.toMatch(englishWords);
  });

  it('names the cumulative kinds as lib/data-rules.ts does (it avoids loading the registry)', () => {
    const cumulative = commitmentKinds.filter((kind) => kindModule(kind).measure === 'cumulative');
    expect(cumulative).toEqual(['amount', 'count']);
  });

  it('writes money in 조/억 in Korean and in trillions/billions in English', () => {
    const amount = samples.amount;
    const t: Translator = (key) => translate('en', key);
    expect(formatCommitment(amount, 'ko', t)).toBe('1조 7,000억원');
    expect(formatCommitment(amount, 'en', t)).toBe('KRW 1.7 trillion');
    expect(formatCommitmentValue(amount, 150, 'en')).toBe('KRW 15 billion');
    expect(formatCommitmentValue(amount, -150, 'ko', { signed: true })).toBe('−150억원');
  });

  it.each([
    ['reported', loadResources()],
    ['demo', loadDemoResources()],
  ])('judges every pledge of the %s dataset with a status its kind declares', (_name, resources) => {
    const { programs } = resources.programs;
    for (const kind of commitmentKinds) expect(programs.some((program) => program.commitment.kind === kind)).toBe(true);
    for (const program of programs) {
      const { status } = assessProgram(program, resources.meta.asOf);
      expect(kindOf(program.commitment).statuses, program.id).toContain(status);
    }
  });
});
