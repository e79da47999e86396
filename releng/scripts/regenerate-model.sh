#!/usr/bin/env bash
# Regenerates bundles/org.darkcheck.model/src-gen and bundles/org.darkcheck.model.edit/src-gen
# from bundles/org.darkcheck.model/model/darkside.genmodel with EMF's generator, headless.
# Hand edits in generated files survive only where marked "@generated NOT".
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/toolchain.sh"
darkcheck_require_jdk
darkcheck_require_maven "$root"
"$DARKCHECK_MVN" -B -q -f "$root/releng/org.darkcheck.codegen/pom.xml" compile exec:java
