#!/usr/bin/env bash
# The test suite: every unit, engine, command-line and UI test, through the Tycho
# build (mvn verify), with the UI tests running the real workbench under Xvfb.
# Installs what the UI tests need (Xvfb, GTK 3) from Debian's packages when missing.
# Extra arguments go to Maven (e.g. -o, or -pl ... -am).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/toolchain.sh"
darkcheck_require_jdk
darkcheck_require_maven "$root"

missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "darkcheck test: installing ${missing[*]} for the UI tests" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$root"
echo "darkcheck test: JDK $JAVA_HOME, $("$DARKCHECK_MVN" -v | head -n 1)" >&2
status=0
xvfb-run -a -s "-screen 0 1600x1000x24" "$DARKCHECK_MVN" -B verify "$@" || status=$?
touch "$root/.tools/product.built"
shots=$root/bundles/org.darkcheck.ui.tests/target/screenshots
[ -d "$shots" ] && echo "darkcheck test: workbench screenshots in ${shots#"$root"/}" >&2
exit $status
