# shellcheck shell=bash
# Finds a JDK >= 21 and the pinned Maven, bootstrapping Maven from Maven
# Central into .tools/ on first use. Sourced by ./darkcheck; sets JAVA_HOME,
# DARKCHECK_JAVA and DARKCHECK_MVN. Nothing here writes a repository address:
# the bootstrap uses the machine's own Maven and its default (Central).

DARKCHECK_MAVEN_VERSION=3.9.11
DARKCHECK_MIN_JAVA=21

darkcheck_java_major() { # $1 = java executable; prints the feature version
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

darkcheck_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(darkcheck_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge "$DARKCHECK_MIN_JAVA" ]; then
      echo "$JAVA_HOME"; return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(darkcheck_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge "$DARKCHECK_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  [ -n "$best" ] && echo "$best"
}

darkcheck_require_jdk() {
  local jdk
  jdk=$(darkcheck_find_jdk) || true
  if [ -z "$jdk" ]; then
    echo "darkcheck: no JDK $DARKCHECK_MIN_JAVA or newer found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
    echo "darkcheck: install one, e.g. 'apt-get install temurin-25-jdk' or 'openjdk-21-jdk', or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$jdk
  DARKCHECK_JAVA=$jdk/bin/java
}

darkcheck_require_maven() { # $1 = repository root
  local root=$1 tools=$1/.tools maven_home
  maven_home=$tools/apache-maven-$DARKCHECK_MAVEN_VERSION
  if [ ! -x "$maven_home/bin/mvn" ]; then
    if ! command -v mvn >/dev/null 2>&1; then
      echo "darkcheck: Maven $DARKCHECK_MAVEN_VERSION is not bootstrapped yet and no 'mvn' is installed to fetch it; install Maven (apt-get install maven)." >&2
      return 1
    fi
    echo "darkcheck: bootstrapping Maven $DARKCHECK_MAVEN_VERSION into .tools/ (once)" >&2
    mkdir -p "$tools"
    (cd "$tools" && mvn -B -q dependency:copy \
        -Dartifact=org.apache.maven:apache-maven:$DARKCHECK_MAVEN_VERSION:zip:bin \
        -DoutputDirectory="$tools" >&2) || { echo "darkcheck: could not download Maven $DARKCHECK_MAVEN_VERSION from Maven Central" >&2; return 1; }
    "$DARKCHECK_JAVA" -version >/dev/null 2>&1
    (cd "$tools" && unzip -q -o "apache-maven-$DARKCHECK_MAVEN_VERSION-bin.zip" 2>/dev/null ||
      "$JAVA_HOME/bin/jar" xf "apache-maven-$DARKCHECK_MAVEN_VERSION-bin.zip") || return 1
    chmod +x "$maven_home/bin/mvn"
    rm -f "$tools/apache-maven-$DARKCHECK_MAVEN_VERSION-bin.zip"
  fi
  DARKCHECK_MVN=$maven_home/bin/mvn
}
