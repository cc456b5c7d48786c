// The snapshot frame rendered to a standalone SVG document (no DOM, no mounted chart). Export
// code only: it pulls in react-dom/server, so it is loaded lazily with the export actions.
import { renderToStaticMarkup } from 'react-dom/server';
import type { PanelData } from '../../lib/panel-data';
import type { Lang } from '../../lib/view-state';
import { frameLayout, SnapshotFrame } from './snapshot-frame';

export interface Snapshot {
  svg: string;
  width: number;
  height: number;
}

export function renderSnapshotSvg(panel: PanelData, lang: Lang, link: string, view: unknown): Snapshot {
  const layout = frameLayout(panel, lang, link);
  const markup = renderToStaticMarkup(
    <SnapshotFrame panel={panel} lang={lang} link={link} view={view} layout={layout} />,
  );
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`,
    width: layout.width,
    height: layout.height,
  };
}
