// npm run data:check — the dataset files against the schema and the rules of src/lib/data-rules.ts
// (the same rules the app runs on a live API's data). Prints every violation with its path.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyDemo, buildResources, datasetSchema, demoOverlaySchema } from '../src/lib/dataset';
import { checkDataset } from '../src/lib/data-rules';

const formatIssuePath = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(root)';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../src/data/${name}`, import.meta.url)), 'utf8'));

let failed = 0;
const parsed = datasetSchema.safeParse(read('dataset.v1.json'));
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`dataset.v1.json ${formatIssuePath(issue.path)}: ${issue.message}`);
  process.exit(1);
}
const dataset = parsed.data;
const resources = buildResources(dataset);
const violations = checkDataset({
  asOf: dataset.meta.asOf,
  programs: resources.programs.programs,
  indicators: resources.indicators.indicators,
  knownSourceIds: new Set(dataset.sources.map((source) => source.id)),
  timeline: resources.strategies.timeline ?? [],
});
for (const violation of violations) console.error(`dataset.v1.json ${violation.path}: ${violation.message}`);
failed += violations.length;

// The demo: the same data plus illustrative progress only (applyDemo refuses anything else).
const demo = demoOverlaySchema.safeParse(read('demo.v1.json'));
if (!demo.success) {
  for (const issue of demo.error.issues) console.error(`demo.v1.json ${formatIssuePath(issue.path)}: ${issue.message}`);
  failed += demo.error.issues.length;
} else {
  try {
    applyDemo(dataset, demo.data);
  } catch (error) {
    console.error(`demo.v1.json: ${error instanceof Error ? error.message : String(error)}`);
    failed += 1;
  }
}

if (failed > 0) {
  console.error(`data:check: ${failed} violation(s)`);
  process.exit(1);
}
console.log(
  `data:check: ${resources.programs.programs.length} pledges, ${resources.indicators.indicators.length} indicators, ${dataset.sources.length} sources — no violation (data as of ${dataset.meta.asOf})`,
);
