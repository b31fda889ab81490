#!/usr/bin/env bash
# Issue 8 §1–§2 figures, measured again: the autosave race in Chromium (20 trials with
# instant typing, 20 with a 300 ms delay on save responses, 10 with 500 ms latency and a
# 250 ms pause) and the cost-share race against PostgreSQL (100 trials).
# Each stage starts its own throwaway database; the runs print one line per figure.
# Usage: bash scripts/measure-issue8.sh   (about 10 minutes on a quiet machine)
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
AUTOSAVE_RACE_TRIALS=20,20,10 npm test -- e2e -- tests/e2e/autosave-race.spec.ts >"$log" 2>&1
e2e=$?
COST_SHARE_TRIALS=100 npm test -- integration -- tests/integration/wizard-save.test.ts -t "never drops a cost share silently" >>"$log" 2>&1
integration=$?
echo "== issue 8 figures =="
grep -oE '\[autosave-race\] [^,]*: [0-9]+ of [0-9]+ trials lost[^"]*|\[cost-share race\] .*' "$log" | sort -u
echo "(full output: $log; e2e exit $e2e, integration exit $integration)"
[ "$e2e" -eq 0 ] && [ "$integration" -eq 0 ]
