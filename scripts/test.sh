#!/usr/bin/env bash
# `npm test`: every check the project has, in one command, on a fresh machine.
#   1. set up what the tests need (PostgreSQL + pgvector, Chromium)
#   2. typecheck, lint
#   3. Vitest: unit tests, integration tests on PGlite and on PostgreSQL
#   4. Playwright against the production build started with `npm start`
# Every stage runs even if an earlier one failed; the run ends with
# "N passed, N failed" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results .data
started=$(date +%s)
failed_stages=()

stage() {
  local name="$1"; shift
  printf '\n━━ %s ━━\n' "$name"
  local t0=$(date +%s)
  if "$@"; then
    printf '✔ %s (%ss)\n' "$name" "$(( $(date +%s) - t0 ))"
  else
    printf '✖ %s failed (%ss)\n' "$name" "$(( $(date +%s) - t0 ))"
    failed_stages+=("$name")
  fi
}

printf '━━ setup ━━\n'
bash scripts/setup-test-env.sh || { echo "✖ test environment setup failed"; echo "0 passed, 1 failed"; exit 1; }
# shellcheck disable=SC1091
set -a; . .data/test-env; set +a

rm -f test-results/vitest.json test-results/e2e-results.json
stage "typecheck" npx tsc --noEmit
stage "lint" npx eslint --max-warnings=0 .
stage "vitest" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
stage "playwright" npx playwright test

counts=$(node -e '
  const fs = require("node:fs");
  const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
  const v = read("test-results/vitest.json");
  const p = read("test-results/e2e-results.json");
  const vp = v ? v.numPassedTests : 0, vf = v ? v.numFailedTests : 1;
  const pp = p ? p.stats.expected + p.stats.flaky : 0, pf = p ? p.stats.unexpected : 1;
  console.log(`${vp} ${vf} ${pp} ${pf}`);
')
read -r vp vf pp pf <<<"$counts"
printf '\n━━ summary ━━\n'
echo "vitest: $vp passed, $vf failed · playwright: $pp passed, $pf failed · $(( $(date +%s) - started ))s"
if [ ${#failed_stages[@]} -gt 0 ]; then echo "failed stages: ${failed_stages[*]}"; fi
echo "$(( vp + pp )) passed, $(( vf + pf )) failed"
[ ${#failed_stages[@]} -eq 0 ]
