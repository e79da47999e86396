#!/usr/bin/env bash
# spark-submit from the Maven jars (org.apache.spark.deploy.SparkSubmit), for a machine without
# a Spark distribution: the same arguments as Spark's own bin/spark-submit. Builds the job jar
# when needed. For example, against releng/scripts/spark-standalone.sh:
#   releng/scripts/spark-submit.sh --master spark://127.0.0.1:7077 --class org.darkcheck.spark.SparkScanMain \
#     releng/org.darkcheck.spark/target/darkcheck-spark-job.jar scan ... --out DIR
# With a cluster's own Spark, use its bin/spark-submit instead (releng/org.darkcheck.spark/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/toolchain.sh"
. "$root/releng/scripts/spark-env.sh"
darkcheck_require_jdk
darkcheck_spark_require "$root"
export SPARK_SCALA_VERSION=2.13
# shellcheck disable=SC2086 # Spark's JVM options are words
exec "$DARKCHECK_JAVA" $DARKCHECK_SPARK_OPTS -Djava.awt.headless=true -Dlog4j2.configurationFile="$DARKCHECK_SPARK_LOG4J" \
  -cp "$DARKCHECK_SPARK_CLASSPATH" org.apache.spark.deploy.SparkSubmit "$@"
