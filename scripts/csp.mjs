// The Content-Security-Policy a deployment should send (README), and that the e2e server sends.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one inline script: it picks the prerendered overview in the reader's language before the
 * first paint (decision 0005). The build inlines this file as it is; the policy allows exactly
 * these bytes by their hash.
 */
export const prerenderChoiceScript = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'prerender-choice.js'),
  'utf8',
);
export const prerenderChoiceHash = `'sha256-${createHash('sha256').update(prerenderChoiceScript).digest('base64')}'`;

export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${prerenderChoiceHash}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
