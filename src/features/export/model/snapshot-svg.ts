// Reading back what a standalone SVG snapshot carries: the view it was made from, stored as
// JSON in <metadata id="pledge-tracker-view"> (written by components/static-chart).
const METADATA_ID = 'pledge-tracker-view';

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The view state stored in a snapshot's <metadata>, or null. */
export function readSnapshotView(svg: string): unknown {
  const match = new RegExp(`<metadata id="${METADATA_ID}">([\\s\\S]*?)</metadata>`).exec(svg);
  if (!match?.[1]) return null;
  try {
    return JSON.parse(decodeEntities(match[1]));
  } catch {
    return null;
  }
}
