// The tokens as CSS custom properties: the text of src/app/tokens.css, which is generated
// (scripts/tokens-css.ts, `npm run tokens:css`), never edited by hand. Pure: no file access.
import { color, fontSize, space } from './tokens';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** `--prefix-key[-subkey…]: value;` for every string leaf (arrays by index from 1). */
function properties(prefix: string, value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [`  --${prefix}: ${value};`];
  if (Array.isArray(value)) return value.flatMap((item, index) => properties(`${prefix}-${index + 1}`, item));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => properties(`${prefix}-${kebab(key)}`, item));
  return [];
}

export const TOKENS_CSS_HEADER = '/* Generated from src/lib/tokens.ts by `npm run tokens:css`: do not edit by hand. */';

export function tokensCss(): string {
  const lines = [...properties('color', color), ...properties('font-size', fontSize), ...properties('space', space)];
  return `${TOKENS_CSS_HEADER}\n:root {\n${lines.join('\n')}\n}\n`;
}
