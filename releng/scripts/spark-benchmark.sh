#!/usr/bin/env bash
# The distributed-scan benchmark (issue 9), not a test: the same 4-D scan of 10^6 points
#   mediator.mass 1 MeV - 1 GeV (log, 100) x mediator.coupling 1e-7 - 1e-2 (log, 100)
#   x dm.mass 1 - 300 MeV (log, 10) x alpha-d 0.1 - 0.9 (lin, 10), Dirac dark matter, full catalog
# 1. with the local engine (Scan.run on 2 threads, looped over the outer two axes),
# 2. with Spark local[2] (in one JVM), plus Spark's fixed cost per job and the rule-base build,
# 3. with spark-submit against a standalone master and worker started from the Maven jars
#    (releng/scripts/spark-standalone.sh, 127.0.0.1 only; stopped again at the end),
# 4. the per-point cost with the relic abundance (Spark local[2], a 10^4-point grid).
# Usage: releng/scripts/spark-benchmark.sh [N]   N points on each outer axis (default 10: 10^6 points; 2 for a quick look)
# Results: releng/org.darkcheck.spark/target/spark-benchmark.txt
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/toolchain.sh"
. "$root/releng/scripts/spark-env.sh"
darkcheck_require_jdk
darkcheck_spark_require "$root"
module=$root/releng/org.darkcheck.spark
result=$module/target/spark-benchmark.txt
work=$(mktemp -d /tmp/darkcheck-spark-bench.XXXXXX)
export SPARK_LOCAL_IP=127.0.0.1
outer_n=${1:-10}
trap '"$root/releng/scripts/spark-standalone.sh" stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

model=(--set mediator=dark-photon --set mediator.mass=60MeV --set mediator.coupling=1e-3 --set dm=dirac --set dm.mass=20MeV --set alpha-d=0.5)
grid=(--x mediator.mass=1MeV:1GeV:log:100 --y mediator.coupling=1e-7:1e-2:log:100
      --axis "dm.mass=1MeV:300MeV:log:$outer_n" --axis "alpha-d=0.1:0.9:lin:$outer_n")
java=("$DARKCHECK_JAVA" $DARKCHECK_SPARK_OPTS -Djava.awt.headless=true -Dlog4j2.configurationFile="$DARKCHECK_SPARK_LOG4J"
      -cp "$DARKCHECK_SPARK_CLASSPATH:$DARKCHECK_SPARK_JAR")

{
  echo "# DarkCheck distributed-scan benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$DARKCHECK_JAVA" -version 2>&1 | head -n 1)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "## 1. local engine, 2 threads"
  "${java[@]}" org.darkcheck.spark.bench.ScanBenchmark local --threads 2 scan "${model[@]}" "${grid[@]}" --out "$work/local"
  echo "## 2. Spark local[2], one JVM"
  "${java[@]}" org.darkcheck.spark.bench.ScanBenchmark spark --master 'local[2]' scan "${model[@]}" "${grid[@]}" --out "$work/spark"
  echo "## 3. spark-submit, standalone master + worker (2 cores) on 127.0.0.1"
  t0=$(date +%s.%N)
  url=$("$root/releng/scripts/spark-standalone.sh" start)
  t1=$(date +%s.%N)
  echo "bench: standalone start = $(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }") s ($url)"
  "$root/releng/scripts/spark-submit.sh" --master "$url" --class org.darkcheck.spark.SparkScanMain \
      --conf spark.ui.enabled=false --executor-memory 2g "$DARKCHECK_SPARK_JAR" \
      scan "${model[@]}" "${grid[@]}" --out "$work/standalone" 2>&1 | grep -E "^scan: [0-9]+ of|^spark:" | sed 's/^/bench: standalone /'
  t2=$(date +%s.%N)
  echo "bench: standalone spark-submit wall time = $(awk "BEGIN { printf \"%.1f\", $t2 - $t1 }") s (JVM, session, executor start, job, maps)"
  "$root/releng/scripts/spark-standalone.sh" stop | sed 's/^/bench: /'
  echo "## 4. with the relic abundance: Spark local[2], 100 x 100 points"
  "${java[@]}" org.darkcheck.spark.bench.ScanBenchmark spark --master 'local[2]' scan "${model[@]}" --relic true \
      --x mediator.mass=1MeV:1GeV:log:100 --y mediator.coupling=1e-7:1e-2:log:100 --out "$work/relic" | grep -vE "job overhead|session start"
  echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2> >(grep -vE "^WARNING: (Using incubator|package sun)" >&2) | tee "$result"
echo "results: $result"
