import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, prerenderChoiceHash } from '../../scripts/csp.mjs';

describe('the Content-Security-Policy', () => {
  it('allows no inline script but the prerender choice, by its hash', () => {
    const scriptSources = contentSecurityPolicy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSources).toBe(`script-src 'self' ${prerenderChoiceHash}`);
    expect(contentSecurityPolicy).not.toContain('unsafe');
  });

  it('is the one the README tells a deployment to send', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(contentSecurityPolicy);
  });
});
