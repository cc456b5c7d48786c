import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolate, needsIsolation } from '../../src/lib/bidi';

const FSI = '\u2068';
const PDI = '\u2069';

/** Depth of isolates never goes below zero and ends at zero. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === FSI || char === '\u2066' || char === '\u2067') depth += 1;
    if (char === PDI) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('direction isolation of text from data', () => {
  it('leaves plain English and Korean text as it is (exports stay clean)', () => {
    for (const text of ['KB Financial Group', '우리금융그룹 미래동반성장', 'KRW 1.7 trillion', ''])
      expect(isolate(text)).toBe(text);
  });

  it('isolates a right-to-left override so it cannot reorder what surrounds it', () => {
    const name = 'KB \u202Egpj.exe plan';
    expect(needsIsolation(name)).toBe(true);
    expect(isolate(name)).toBe(`${FSI}${name}${PDI}`);
    expect(isolate('בנק הפועלים')).toBe(`${FSI}בנק הפועלים${PDI}`);
  });

  it('a stray or unclosed isolate in the data cannot close or leak past ours', () => {
    expect(balanced(isolate(`a${PDI}${PDI}b\u202E`))).toBe(true);
    expect(balanced(isolate(`a${FSI}\u2067b`))).toBe(true);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', FSI, PDI, '\u2066', '\u2067', '\u202E', 'ש') }),
        (text) => {
          const out = isolate(text);
          expect(balanced(out)).toBe(true);
          if (needsIsolation(text)) expect(out.startsWith(FSI) && out.endsWith(PDI)).toBe(true);
        },
      ),
    );
  });
});
