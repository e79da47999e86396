# shellcheck shell=bash
# The Spark side of DarkCheck (releng/org.darkcheck.spark): builds the job jar when it is
# missing or older than the sources, and gives Spark's class path and JVM options from the
# Maven jars (no Spark distribution is needed). Sourced by ./darkcheck (scan --engine spark)
# and releng/scripts/spark-*.sh, after toolchain.sh; needs darkcheck_require_jdk first.

darkcheck_spark_module() { # $1 = repository root
  echo "$1/releng/org.darkcheck.spark"
}

darkcheck_spark_job_jar() { # $1 = root
  echo "$(darkcheck_spark_module "$1")/target/darkcheck-spark-job.jar"
}

darkcheck_spark_is_stale() { # $1 = root; true when the job jar is missing or a source is newer
  local root=$1 jar
  jar=$(darkcheck_spark_job_jar "$root")
  [ -f "$jar" ] && [ -f "$(darkcheck_spark_module "$root")/target/spark-classpath.txt" ] || return 0
  [ -n "$(cd "$root" && find releng/org.darkcheck.spark/pom.xml releng/org.darkcheck.spark/src releng/org.darkcheck.spark/conf \
      bundles/org.darkcheck.physics bundles/org.darkcheck.engine bundles/org.darkcheck.model bundles/org.darkcheck.report \
      bundles/org.darkcheck.cli rules/org.darkcheck.rules -newer "$jar" -type f \
      -not -path '*/target/*' -not -path '*/bin/*' -print -quit 2>/dev/null)" ]
}

darkcheck_spark_build() { # $1 = root; builds the job jar (plain Maven, no Tycho; ~1 min, downloads Spark once)
  local root=$1 log=$1/.tools/spark-build.log
  mkdir -p "$root/.tools"
  darkcheck_require_maven "$root" || return 1
  echo "darkcheck: building the Spark job jar (releng/org.darkcheck.spark; the first build downloads Spark, ~290 MB; log: .tools/spark-build.log)" >&2
  if ! "$DARKCHECK_MVN" -B -f "$(darkcheck_spark_module "$root")/pom.xml" package -DskipTests >"$log" 2>&1; then
    echo "darkcheck: the Spark build failed; the end of .tools/spark-build.log:" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
}

darkcheck_spark_require() { # $1 = root; the job jar, built when stale; sets DARKCHECK_SPARK_JAR, _CLASSPATH, _OPTS
  local root=$1 module launcher
  module=$(darkcheck_spark_module "$root")
  if darkcheck_spark_is_stale "$root"; then
    darkcheck_spark_build "$root" || return 1
  fi
  DARKCHECK_SPARK_JAR=$(darkcheck_spark_job_jar "$root")
  DARKCHECK_SPARK_CLASSPATH=$(cat "$module/target/spark-classpath.txt")
  local cache=$module/target/spark-java-options.txt
  if [ ! -s "$cache" ] || [ "$cache" -ot "$module/target/spark-classpath.txt" ]; then
    launcher=$(tr ':' '\n' <"$module/target/spark-classpath.txt" | grep '/spark-launcher_' | head -n 1)
    local all option kept=()
    all=$("$DARKCHECK_JAVA" -cp "$launcher:$DARKCHECK_SPARK_JAR" org.darkcheck.spark.ModuleOptions) || return 1
    # leave out what this JVM only warns about (on Java 25: the incubating vector module, and a package
    # that java.base no longer has), so that a one-line message stays one line
    for option in $all; do
      if ! "$DARKCHECK_JAVA" $option -version 2>&1 | grep -q '^WARNING'; then kept+=("$option"); fi
    done
    echo "${kept[*]}" >"$cache"
  fi
  # shellcheck disable=SC2034 # used by the scripts that source this file
  DARKCHECK_SPARK_OPTS=$(cat "$cache")
  DARKCHECK_SPARK_LOG4J=$module/conf/log4j2.properties
}
