// The prerender seed's file name, beside index.html, and where the build puts the renderer
// bundled for Node (read by the build plugin and the data desk's server, which must not load
// the app's runtime modules).
export const PRERENDER_SEED_FILE = 'prerender-seed.json';

/** The module the overview is rendered by (src/app/prerender.tsx), relative to the root. */
export const PRERENDER_ENTRY = 'src/app/prerender.tsx';
/** Its bundle's file name, in prerenderBundleDir(the build's output folder). */
export const PRERENDER_BUNDLE = 'prerender.js';
/** Beside the build's output, never in it: it is not part of the site (dist → dist-ssr). */
export const prerenderBundleDir = (outDir: string): string => `${outDir.replace(/[/\\]+$/, '')}-ssr`;
