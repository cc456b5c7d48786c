// Design tokens: the one palette, type scale and spacing of the app. Pure data (no DOM), read by
// the charts, the static SVG renderer, the deck and workbook writers, and — through the
// generated src/app/tokens.css (`npm run tokens:css`, checked by tests/unit/tokens.test.ts) —
// by every stylesheet. ESLint forbids a hex colour literal in src/ anywhere but here.
//
// Colour never carries meaning alone: a status is always written in words, a provenance is also
// a mark's shape (filled, hollow, hollow and dotted) and a badge's border (solid, dotted,
// dashed), a comparison is a dashed outline. So a greyscale print or a colour-blind reader loses
// nothing; what the colours must do is stay readable (tests/unit/tokens.test.ts checks text
// colours reach 4.5:1 and marks 3:1 against the page).

const base = {
  ink: '#1b1f24',
  muted: '#57606a',
  /** Rules, borders and chart grid lines. */
  line: '#d0d7de',
  background: '#ffffff',
  /** Table headers, hovered buttons, the scorecard's group rows. */
  surface: '#f6f8fa',
  /** The deck's table header fill (a shade darker than `surface`, which a projector washes out). */
  surfaceStrong: '#eaeef2',
  accent: '#0b5cad',
  good: '#1a7f37',
  caution: '#9a6700',
  bad: '#b42318',
  illustrative: '#6e40c9',
  /** An earlier vintage's values (comparison marks), on screen and in every export. */
  ghost: '#8c959f',
  /** Tinted backgrounds of notices: illustrative/DEMO, warning, error. */
  illustrativeTint: '#f5f0ff',
  cautionTint: '#fff8e5',
  badTint: '#fff5f5',
} as const;

export const color = {
  ...base,
  focus: base.accent,
  /** A pledge's verdict, as text (always beside its words). */
  status: {
    achieved: base.good,
    ahead: base.good,
    'on-track': base.good,
    done: base.good,
    behind: base.bad,
    overdue: base.bad,
    'too-early': base.ink,
    'not-started': base.muted,
    'no-data': base.muted,
    pending: base.muted,
  },
  /** Provenance badges (reported solid, derived dotted, illustrative dashed border). */
  provenance: {
    reported: base.good,
    derived: base.caution,
    illustrative: base.illustrative,
  },
  /** Chart series by role, and the cycle for series that have none (context indicators). */
  series: {
    pledged: base.accent,
    reported: base.good,
    approved: '#8a5a00',
    expected: base.muted,
    alternative: base.bad,
    cycle: [base.accent, '#b35c00', base.good, base.illustrative, base.bad],
  },
  /** Series breaks and disputed readings drawn on a chart. */
  seriesBreak: base.bad,
} as const;

/** The page's type scale (CSS), in rem. */
export const fontSize = {
  '2xs': '0.75rem',
  xs: '0.8rem',
  sm: '0.85rem',
  md: '0.9rem',
  lg: '1.1rem',
  xl: '1.25rem',
  '2xl': '1.5rem',
} as const;

/** The type scale of drawn charts and exported images (SVG user units, px). */
export const chartFontSize = {
  small: 11,
  body: 12,
  label: 13,
  title: 20,
} as const;

/** Spacing steps (CSS), in rem. */
export const space = {
  '2xs': '0.25rem',
  xs: '0.4rem',
  sm: '0.5rem',
  md: '0.75rem',
  lg: '1rem',
  xl: '1.5rem',
  '2xl': '2rem',
  '3xl': '3rem',
} as const;

/** A token colour as Office wants it (PowerPoint, Excel): six upper-case hex digits, no `#`. */
export function officeColor(hex: string): string {
  return hex.replace('#', '').toUpperCase();
}
