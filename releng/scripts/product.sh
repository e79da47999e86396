# shellcheck shell=bash
# Locates the built product and builds it when it is missing or older than the sources.
# Sourced by ./darkcheck after toolchain.sh.

darkcheck_product_dir() { # $1 = repository root
  echo "$1/releng/org.darkcheck.product/target/products/org.darkcheck.product/linux/gtk/x86_64/darkcheck"
}

darkcheck_product_is_stale() { # $1 = root; true when there is no product or a source is newer
  local root=$1 marker=$1/.tools/product.built
  [ -f "$marker" ] || return 0
  [ -d "$(darkcheck_product_dir "$root")/plugins" ] || return 0
  [ -n "$(cd "$root" && find pom.xml bundles rules features releng -newer "$marker" -type f \
      -not -path '*/target/*' -not -path '*/bin/*' -not -path 'releng/scripts/*' -print -quit 2>/dev/null)" ]
}

darkcheck_build_product() { # $1 = root
  local root=$1 log=$1/.tools/build.log
  mkdir -p "$root/.tools"
  echo "darkcheck: building DarkCheck (Maven + Tycho; the first build downloads ~300 MB and takes a few minutes; log: .tools/build.log)" >&2
  if ! (cd "$root" && "$DARKCHECK_MVN" -B verify -DskipTests >"$log" 2>&1); then
    echo "darkcheck: the build failed; the end of .tools/build.log:" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
  touch "$root/.tools/product.built"
  echo "darkcheck: build done" >&2
}
