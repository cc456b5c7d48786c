#!/usr/bin/env bash
# The whole suite (npm test, then the browser tests on the production build) three times in a
# row, with a busy loop on each of the two cores throughout: a suite that depends on the
# machine's speed fails here. Logs in reports/under-load-*.log.
cd "$(dirname "$0")/.." && mkdir -p reports
npm run build > reports/under-load-build.log 2>&1 || { echo "build failed"; exit 1; }
pids=()
for core in 1 2; do (while :; do :; done) & pids+=($!); done
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
for run in 1 2 3; do
  echo "== run $run start $(date +%T) loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
  NO_COLOR=1 npx vitest run --reporter=dot > reports/under-load-vitest-$run.log 2>&1
  echo "   npm test rc $? at $(date +%T) loadavg $(cut -d' ' -f1-3 /proc/loadavg): $(grep -E '^ +Tests ' reports/under-load-vitest-$run.log | tr -s ' ')"
  CI=1 npx playwright test > reports/under-load-e2e-$run.log 2>&1
  echo "   test:e2e rc $? at $(date +%T) loadavg $(cut -d' ' -f1-3 /proc/loadavg): $(grep -E '^ +[0-9]+ (passed|failed|flaky|skipped)' reports/under-load-e2e-$run.log | tr -s ' ' | tr '\n' ' ')"
done
echo "== done $(date +%T)"
