#!/usr/bin/env bash
# build.sh - set up what is missing, build the engine (wasm and native),
# then do the step asked for:
#
#   ./build.sh          build only (the engine, then dist/<version>/)
#   ./build.sh serve    build, then serve dist/<version>/ on http://127.0.0.1:8000/
#   ./build.sh test     build, then run every test (node --test)
#   ./build.sh bench    build, then run the benchmarks
#
# Missing Debian packages are installed with apt-get when run as root;
# otherwise the exact command to run is printed.  npm packages come from the
# committed package-lock.json.  A second run with nothing changed is quick:
# make rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")"

step=${1:-build}
case "$step" in build|serve|test|bench) ;; *)
  echo "usage: ./build.sh [build|serve|test|bench]" >&2; exit 2 ;;
esac

# Debian packages this step needs, as "probe:package" pairs; a probe is a
# command on PATH or a file pattern.  python3 (Debian 12's CPython 3.11)
# records the numbers test table at build time; tests also need chromium
# (page tests) and clang with libFuzzer (fuzz tests).
needs=(make:make gcc:gcc emcc:emscripten wasm-opt:binaryen node:nodejs npm:npm python3:python3)
[ "$step" = test ] && needs+=(chromium:chromium clang:clang
  '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a:libclang-rt-14-dev')

present() {
  case "$1" in
    /*) compgen -G "$1" >/dev/null ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing=()
for pair in "${needs[@]}"; do
  present "${pair%%:*}" || missing+=("${pair##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "build.sh: installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "build.sh: missing ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# Debian's emcc needs acorn, which Debian keeps where Node 20 does not look.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

echo "build.sh: toolchain and npm packages ready after ${SECONDS} s"
make -j"$(nproc)"
# the page bundled for static hosts (CodeMirror and the Lezer highlighter
# from npm included): dist/<version>/, see web/bundle.mjs
dist=$(node web/bundle.mjs | sed 's/^bundle.mjs: //')
echo "build.sh: built after ${SECONDS} s"

case "$step" in
  build) echo "build.sh: built. Serve it with: ./build.sh serve" ;;
  serve)
    port=${PORT:-8000}
    echo "build.sh: serving the playground at http://127.0.0.1:$port/ (Ctrl-C stops)"
    echo "build.sh: the files served are $dist: copy that folder to any static host"
    # esbuild stops serving when its stdin closes (as when started in the
    # background or by a script), so give it one that stays open.
    sleep infinity | node_modules/.bin/esbuild --servedir="$dist" --serve=127.0.0.1:"$port" ;;
  test) exec node --test tests/*.test.mjs ;;
  bench) exec node --expose-gc tests/bench/bench.mjs ;;
esac
