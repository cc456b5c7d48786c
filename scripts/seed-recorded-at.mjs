// Seeds the second time axis of src/data/dataset.v1.json from the dated facts it holds: each
// figure's `recordedAt` is the date of the earliest source that reports it (a month-only source
// date counts as the month's last day), never before the date the reading describes. Set only
// when it falls after the first briefing cut (absent = recorded with the first vintage).
// Idempotent: `node scripts/seed-recorded-at.mjs` (re-run after merging data changes).
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../src/data/dataset.v1.json', import.meta.url);
const FIRST_CUT = '2025-10-31';
const raw = readFileSync(path, 'utf8');
const dataset = JSON.parse(raw);
const sourceDate = new Map(
  dataset.sources.map((source) => {
    const date = source.date;
    if (date.length === 10) return [source.id, date];
    const [year, month] = date.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [source.id, `${date}-${String(last).padStart(2, '0')}`];
  }),
);

function recorded(sourceIds, describes) {
  const dates = sourceIds
    .map((id) => sourceDate.get(id))
    .filter(Boolean)
    .sort();
  if (dates.length === 0) return undefined;
  const first = describes && dates[0] < describes ? describes : dates[0];
  return first > FIRST_CUT ? first : undefined;
}

function stamp(item, sourceIds, describes) {
  const date = recorded(sourceIds, describes);
  if (date) item.recordedAt = date;
  else delete item.recordedAt;
}

for (const program of dataset.programs) {
  stamp(program.commitmentFigure, program.commitmentFigure.sourceIds);
  for (const point of program.progress) stamp(point, point.sourceIds, point.date);
  for (const plan of program.plans) stamp(plan, plan.sourceIds);
  for (const milestone of program.milestones) stamp(milestone, milestone.sourceIds, milestone.doneDate);
  for (const event of program.events ?? []) stamp(event, event.sourceIds, event.date);
  for (const dispute of program.disputes)
    stamp(
      dispute,
      dispute.claims.flatMap((claim) => claim.sourceIds),
    );
}
for (const indicator of dataset.indicators) {
  for (const series of indicator.series)
    for (const point of series.points) stamp(point, point.sourceIds, point.kind === 'day' ? point.date : point.date);
  for (const seriesBreak of indicator.breaks) stamp(seriesBreak, seriesBreak.sourceIds);
}

const out = JSON.stringify(dataset, null, 1) + (raw.endsWith('\n') ? '\n' : '');
if (out !== raw) writeFileSync(path, out);
console.log(out === raw ? 'unchanged' : 'recordedAt seeded');
