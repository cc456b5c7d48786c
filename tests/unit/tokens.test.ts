// The design tokens: src/app/tokens.css is what `npm run tokens:css` writes from src/lib/tokens.ts
// (so CI catches a token edited without regenerating), the stylesheets take every colour from it
// and use no custom property it does not define, and the colours stay readable.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensCss } from '../../src/lib/tokens-css';
import { color, officeColor } from '../../src/lib/tokens';
import { pledgeStatuses } from '../../src/lib/view-state';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function cssFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(file);
    return entry.name.endsWith('.css') && file !== 'src/app/tokens.css' ? [file] : [];
  });
}
const stylesheets = cssFiles('src');

/** Custom properties the app sets at run time rather than in tokens.css. */
const setAtRunTime = new Set(['--rows']);

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('design tokens', () => {
  it('tokens.css is up to date with tokens.ts (run `npm run tokens:css`)', () => {
    expect(read('src/app/tokens.css')).toBe(tokensCss());
  });

  it('tokens.css defines every colour, type size and spacing step as a custom property', () => {
    const css = tokensCss();
    expect(css).toContain('--color-ink: #1b1f24;');
    expect(css).toContain('--color-status-on-track: #1a7f37;');
    expect(css).toContain('--color-series-cycle-2: #b35c00;');
    expect(css).toContain('--color-ghost: #8c959f;');
    expect(css).toContain('--font-size-sm: 0.85rem;');
    expect(css).toContain('--space-lg: 1rem;');
  });

  it('the CSS entry imports tokens.css before any rule of its own', () => {
    const styles = read('src/app/styles.css').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(styles.trimStart().startsWith("@import './tokens.css';")).toBe(true);
    expect(read('src/main.tsx')).toContain("import './app/styles.css';");
  });

  it.each(stylesheets)('%s writes no colour of its own and no custom property by hand', (file) => {
    const css = read(file).replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.match(/#[0-9a-fA-F]{3,8}\b/g) ?? []).toEqual([]);
    expect(css.match(/^\s*--[\w-]+\s*:/gm) ?? []).toEqual([]);
  });

  it.each(stylesheets)('%s uses only custom properties that tokens.css defines', (file) => {
    const defined = new Set([...tokensCss().matchAll(/(--[\w-]+):/g)].map((match) => match[1]));
    const used = [...read(file).matchAll(/var\((--[\w-]+)/g)].map((match) => match[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !defined.has(name) && !setAtRunTime.has(name))).toEqual([]);
  });

  it('every status has a colour, readable as text (4.5:1) on the page and on a table header', () => {
    for (const status of pledgeStatuses) {
      const ink = color.status[status];
      expect(contrast(ink, color.background), status).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, color.surface), status).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('text colours reach 4.5:1 and chart marks 3:1 against the page', () => {
    const text = [color.ink, color.muted, color.accent, color.good, color.caution, color.bad, color.illustrative];
    for (const ink of [...text, ...Object.values(color.provenance)])
      expect(contrast(ink, color.background), ink).toBeGreaterThanOrEqual(4.5);
    const { cycle, ...byRole } = color.series;
    for (const mark of [...cycle, ...Object.values(byRole), color.ghost, color.seriesBreak])
      expect(contrast(mark, color.background), mark).toBeGreaterThanOrEqual(3);
    // Notices keep their text readable on their tint.
    expect(contrast(color.ink, color.illustrativeTint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(color.illustrative, color.illustrativeTint)).toBeGreaterThanOrEqual(4.5);
  });

  it('Office colours are six upper-case hex digits without #', () => {
    expect(officeColor(color.ink)).toBe('1B1F24');
    expect(officeColor(color.surfaceStrong)).toBe('EAEEF2');
  });
});
