#!/usr/bin/env bash
# A standalone Spark cluster on this machine, from the Maven jars (no Spark distribution):
# one Master and one Worker, listening on 127.0.0.1 only.
#   releng/scripts/spark-standalone.sh start    start both (prints the master URL), if not running
#   releng/scripts/spark-standalone.sh stop     stop the worker, then the master (by their PIDs)
#   releng/scripts/spark-standalone.sh status   print the master URL when running
# Environment: DARKCHECK_SPARK_PORT (master port, default 7077), DARKCHECK_SPARK_CORES (worker
# cores, default all), DARKCHECK_SPARK_MEMORY (worker memory, default 4g), DARKCHECK_SPARK_EXECUTOR_JDK
# (the JDK the worker starts executors with, e.g. /usr/lib/jvm/java-17-openjdk-amd64; default: the
# JDK that ./darkcheck uses).
# State in .tools/spark-standalone/: SPARK_HOME (jars/ links to the Maven jars, conf/), work/
# (executors' folders), logs/, *.pid. The job jar is not on the worker's class path: executors
# get it from the application (spark-submit's primary resource, or spark.jars).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/toolchain.sh"
. "$root/releng/scripts/spark-env.sh"
home=$root/.tools/spark-standalone
port=${DARKCHECK_SPARK_PORT:-7077}
url=spark://127.0.0.1:$port

running() { # $1 = pid file
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

wait_for() { # $1 = log file, $2 = pattern, $3 = pid file, $4 = what
  local i
  for i in $(seq 1 120); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    running "$3" || { echo "spark-standalone: the $4 exited; the end of $1:" >&2; tail -n 30 "$1" >&2; return 1; }
    sleep 0.5
  done
  echo "spark-standalone: the $4 did not start within 60 s; see $1" >&2
  return 1
}

start() {
  darkcheck_require_jdk
  darkcheck_spark_require "$root"
  if running "$home/master.pid" && running "$home/worker.pid"; then
    echo "$(cat "$home/url")"
    return 0
  fi
  stop >/dev/null 2>&1 || true
  rm -rf "$home/jars" "$home/conf"
  mkdir -p "$home/jars" "$home/conf" "$home/work" "$home/logs"
  # SPARK_HOME/jars: the worker puts SPARK_HOME/jars/* on every executor's class path
  tr ':' '\n' <"$root/releng/org.darkcheck.spark/target/spark-classpath.txt" | while read -r jar; do
    ln -s "$jar" "$home/jars/$(basename "$jar")"
  done
  cp "$DARKCHECK_SPARK_LOG4J" "$home/conf/log4j2.properties" # executors: warnings only
  sed 's/^rootLogger.level = warn/rootLogger.level = info/' "$DARKCHECK_SPARK_LOG4J" >"$home/conf/log4j2-daemons.properties"
  export SPARK_HOME=$home SPARK_CONF_DIR=$home/conf SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  local cp="$home/conf:$home/jars/*"
  # shellcheck disable=SC2086 # Spark's JVM options are words
  nohup "$DARKCHECK_JAVA" $DARKCHECK_SPARK_OPTS -Xmx512m -Dspark.master.rest.enabled=false \
      -Dlog4j2.configurationFile="$home/conf/log4j2-daemons.properties" -cp "$cp" \
      org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
      >"$home/logs/master.log" 2>&1 </dev/null &
  echo $! >"$home/master.pid"
  wait_for "$home/logs/master.log" "I have been elected leader" "$home/master.pid" master
  # the worker starts executors with $JAVA_HOME/bin/java
  # shellcheck disable=SC2086
  JAVA_HOME=${DARKCHECK_SPARK_EXECUTOR_JDK:-$JAVA_HOME} nohup "$DARKCHECK_JAVA" $DARKCHECK_SPARK_OPTS -Xmx512m \
      -Dlog4j2.configurationFile="$home/conf/log4j2-daemons.properties" -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 0 \
      --cores "${DARKCHECK_SPARK_CORES:-$(nproc)}" --memory "${DARKCHECK_SPARK_MEMORY:-4g}" --work-dir "$home/work" "$url" \
      >"$home/logs/worker.log" 2>&1 </dev/null &
  echo $! >"$home/worker.pid"
  wait_for "$home/logs/worker.log" "Successfully registered with master" "$home/worker.pid" worker
  echo "$url" >"$home/url"
  echo "$url"
}

stop() {
  local which pid i
  for which in worker master; do
    if running "$home/$which.pid"; then
      pid=$(cat "$home/$which.pid")
      kill -TERM "$pid"
      for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
      echo "spark-standalone: stopped the $which (pid $pid)"
    fi
    rm -f "$home/$which.pid"
  done
  rm -f "$home/url"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if running "$home/master.pid" && running "$home/worker.pid"; then cat "$home/url"; else echo "not running" >&2; exit 1; fi ;;
  *) echo "usage: releng/scripts/spark-standalone.sh start|stop|status" >&2; exit 2 ;;
esac
