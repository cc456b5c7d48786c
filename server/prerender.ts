// The prerendered overview of index.html, rendered again from each published vintage: the build
// renders it from the embedded dataset, and a first paint must never show figures older than the
// data the app then hydrates with (decision 0008). The renderer is the build's Node bundle of
// src/app/prerender.tsx (dist-ssr/prerender.js), loaded once; without it the stale overview is
// dropped from the page instead, and the app draws from scratch.
import { pathToFileURL } from 'node:url';
import type { ApiResources } from '../src/lib/dataset';
import type { Published } from './store/vintages';

type RenderBlocks = (resources: ApiResources) => Promise<unknown>;

const isRenderBlocks = (value: unknown): value is RenderBlocks => typeof value === 'function';

const BLOCKS_START = '<div id="prerender-';
const ROOT = '<div id="root">';

/** Where index.html holds the prerendered blocks: [start, end), or null when it holds none. */
function blocksRange(html: string): [number, number] | null {
  const start = html.indexOf(BLOCKS_START);
  const end = html.indexOf(ROOT);
  return start !== -1 && end > start ? [start, end] : null;
}

/** index.html with its prerendered blocks replaced (a page built without them is left as it is). */
export function withOverview(html: string, blocks: string | null): string {
  const range = blocksRange(html);
  if (!range) return html;
  return html.slice(0, range[0]) + (blocks ?? '') + html.slice(range[1]);
}

export class OverviewRenderer {
  private render: Promise<RenderBlocks | null> | undefined;
  private readonly pages = new Map<string, Promise<string | null>>();

  /** modulePath: the renderer's bundle (or, in tests, src/app/prerender.tsx); null: none. */
  constructor(
    private readonly modulePath: string | null,
    private readonly log: (line: string) => void,
  ) {}

  private load(): Promise<RenderBlocks | null> {
    const path = this.modulePath;
    this.render ??= path
      ? import(pathToFileURL(path).href).then(
          (loaded: unknown) => {
            const render =
              typeof loaded === 'object' && loaded !== null ? Reflect.get(loaded, 'renderOverviewBlocks') : undefined;
            if (isRenderBlocks(render)) return render;
            this.log(`prerender: ${path} exports no renderOverviewBlocks; published pages drop the overview`);
            return null;
          },
          (error: unknown) => {
            this.log(
              `prerender: cannot load ${path} (${error instanceof Error ? error.message : String(error)}); ` +
                'published pages drop the overview until `npm run build` writes it and the server restarts',
            );
            return null;
          },
        )
      : Promise.resolve(null);
    return this.render;
  }

  /** Both languages' blocks for this published state, rendered once (a vintage never changes); null without a renderer. */
  blocks(published: Published): Promise<string | null> {
    const cached = this.pages.get(published.key);
    if (cached) return cached;
    const rendered = this.load()
      .then(async (render) => {
        if (!render) return null;
        const blocks = await render(published.resources);
        if (typeof blocks !== 'string') throw new Error('renderOverviewBlocks returned no markup');
        return blocks;
      })
      .catch((error: unknown) => {
        // The page goes out without the overview; a failure is not kept: the next request tries again.
        this.log(`prerender: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        this.pages.delete(published.key);
        return null;
      });
    if (this.pages.size > 8) this.pages.clear();
    this.pages.set(published.key, rendered);
    return rendered;
  }
}
