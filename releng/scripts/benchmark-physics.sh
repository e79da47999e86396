#!/usr/bin/env bash
# JMH benchmarks of the physics evaluators (issue 5), on one core:
#   deriveWithoutRelic        every derived quantity of one model point, no relic abundance   (target <= 5 us)
#   relicAbundance            the relic abundance of one point (dark photon), Boltzmann solver (target <= 1 ms)
#   relicAbundanceAnyMediator the same over all four mediators
#   thermalTargetLine         the thermal-target coupling at 100 masses, 1 MeV - 1 GeV
# Usage: releng/scripts/benchmark-physics.sh [JMH options, e.g. -f 1 -wi 1 -i 3 or a benchmark regex]
# Builds releng/org.darkcheck.benchmarks (plain Maven, downloads JMH 1.37 from Maven Central on first use),
# then runs target/benchmarks.jar pinned to one CPU when taskset is available.
# Results: releng/org.darkcheck.benchmarks/target/jmh-result.txt
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/toolchain.sh"
darkcheck_require_jdk
darkcheck_require_maven "$root"
module=$root/releng/org.darkcheck.benchmarks
offline=""
if [ -d "$HOME/.m2/repository/org/openjdk/jmh/jmh-core/1.37" ]; then offline="-o"; fi
"$DARKCHECK_MVN" -B -q $offline -f "$module/pom.xml" package
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
"${pin[@]}" "$DARKCHECK_JAVA" -jar "$module/target/benchmarks.jar" -rf text -rff "$module/target/jmh-result.txt" "$@"
echo "results: $module/target/jmh-result.txt"
