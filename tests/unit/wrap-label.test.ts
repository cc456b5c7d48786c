import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widthUnits, wrapLabel } from '../../src/components/charts/wrap-label';

describe('axis labels', () => {
  it('keep a short label on one line', () => {
    expect(wrapLabel('Hana 100조', 28, 2)).toEqual(['Hana 100조']);
  });

  it('break a long English name at spaces', () => {
    expect(wrapLabel("Woori Financial 'Future Co-Growth Project'", 28, 2)).toEqual([
      "Woori Financial 'Future",
      "Co-Growth Project'",
    ]);
  });

  it('count Korean characters as wide', () => {
    expect(widthUnits('우리금융')).toBe(8);
    expect(wrapLabel('우리금융 미래동반성장 프로젝트', 22, 2)).toEqual(['우리금융 미래동반성장', '프로젝트']);
  });

  it('end a label that does not fit in an ellipsis', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('never exceeds the lines or the width, and loses no text when it fits, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 4, max: 40 }), (text, width) => {
        const lines = wrapLabel(text, width, 2);
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) expect(widthUnits(line)).toBeLessThanOrEqual(width);
        if (!lines.at(-1)?.endsWith('…')) {
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });
});
