// The prerender seed's file name, beside index.html (read by the build plugin too, which must
// not load the app's runtime modules).
export const PRERENDER_SEED_FILE = 'prerender-seed.json';
