#!/usr/bin/env bash
# Benchmark: edit -> verdicts shown in the real workbench (under Xvfb), 500 edits.
# Prints the median and p99 and leaves them in bundles/org.darkcheck.ui.tests/target/live-latency.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/releng/scripts/test.sh" -Dtest=LiveCheckBenchmark \
    -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false "$@" | grep -E "edit -> verdicts|Tests run|BUILD|ERROR" || true
cat "$root/bundles/org.darkcheck.ui.tests/target/live-latency.txt"
