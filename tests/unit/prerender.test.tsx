import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { renderOverview } from '../../src/app/prerender';
import { translate } from '../../src/i18n/i18n';

describe('the prerendered overview', () => {
  it.each(['en', 'ko'] as const)('is written in %s', async (lang) => {
    const html = await renderOverview(defaultResources, lang);
    const other = lang === 'en' ? 'ko' : 'en';
    expect(html).toContain(translate(lang, 'programs:tableCaption'));
    expect(html).not.toContain(translate(other, 'programs:tableCaption'));
    expect(html).toContain(`>${translate(lang, 'app:skipToContent')}<`);
  });
});
