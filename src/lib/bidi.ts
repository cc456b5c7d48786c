// Direction isolation for text that comes from data (names, notes, ids from a link). A name
// holding a right-to-left override ("KB \u202Egpj.exe plan") or right-to-left letters must not
// reorder the text around it. In HTML the <Bidi> component (components/bidi.tsx) wraps it in
// <bdi>; where there is no element to isolate with — SVG <text>, PNG text, file names — the
// string is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069).

const FSI = '\u2068';
const PDI = '\u2069';

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms) or bidi controls. */
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDFFF]/;

/** True when the text could change the direction of what surrounds it. */
export function needsIsolation(text: string): boolean {
  return NEEDS_ISOLATION.test(text);
}

/**
 * The text isolated with U+2068 … U+2069 when it needs it (plain Latin and Korean text is
 * returned as it is, so exports stay clean). Isolate controls already inside are balanced
 * first, so a stray U+2069 in the data cannot close the isolate early.
 */
export function isolate(text: string): string {
  if (!needsIsolation(text)) return text;
  let depth = 0;
  let balanced = '';
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FSI) {
      depth += 1;
      balanced += char;
    } else if (char === PDI) {
      if (depth > 0) {
        depth -= 1;
        balanced += char;
      }
    } else balanced += char;
  }
  return `${FSI}${balanced}${PDI.repeat(depth)}${PDI}`;
}
