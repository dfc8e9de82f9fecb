#!/usr/bin/env bash
# run_fuzz.sh - build the engine's libFuzzer target (tests/fuzz/fuzz_engine.c)
# with clang + ASan + UBSan into build/fuzz/, then run a bounded session.
# FUZZ_TARGET=re does the same for the regular-expression engine's target
# (tests/fuzz/fuzz_re.c: pattern compiler and matcher, seeds in
# tests/fuzz/seeds_re/, dictionary tests/fuzz/re.dict); FUZZ_TARGET=step
# for the stepping path (tests/fuzz/fuzz_step.c: programs stepped at random
# granularities with back and jump; seeds tests/fuzz/seeds_step/ and the
# tests/py and tests/stepper programs behind a line of operation bytes).
# FUZZ_TARGET=programs is the structure-aware target
# tests/fuzz/fuzz_programs.c: its inputs are the choices of the program
# generator tests/fuzz/proggen.c, which makes deep and long Python programs
# run under 200,000 steps and 256 MiB; its starting corpus is the inputs of
# the programs in tests/fuzz/programs/ (written to build/fuzz/seeds_programs/
# by build/fuzz/proggen).
#
#   tests/fuzz/run_fuzz.sh            build, then fuzz for $FUZZ_SECONDS (60), starting
#                                     from every seed and saved crash input
#   tests/fuzz/run_fuzz.sh replay     build, then run every seed (and tests/fuzz/crashes/) once
#                                     (programs: and check that tests/fuzz/programs/gen_*.py
#                                     is what the generator writes)
#   tests/fuzz/run_fuzz.sh build      build only
#   tests/fuzz/run_fuzz.sh run FILE.. build, then run the given inputs once
#                                     (e.g. a crash file, to reproduce it)
#   tests/fuzz/run_fuzz.sh show FILE..   (programs) print the Python program of
#                                     each input, e.g. a crash artifact
#   tests/fuzz/run_fuzz.sh corpus     (programs) rewrite tests/fuzz/programs/gen_*.py
#                                     (after a change to the generator)
#
# Environment:
#   FUZZ_SECONDS  time limit of a fuzz session (default 60)
#   FUZZ_RUNS     input limit of a fuzz session (default 100000000)
#   FUZZ_SEED     libFuzzer's random seed (default 1: reproducible sessions)
#   FUZZ_TIMEOUT  seconds one input may run before it counts as a hang
#                 (5; programs: 300, its programs run up to 200,000 steps
#                 under ASan, and the clock is real time on a shared machine)
#   FUZZ_SEED_COUNT  (programs) how many of the corpus's inputs start a
#                 session or a replay (default all 200; they take about 3
#                 CPU minutes under ASan)
#   FUZZ_TARGET   engine (default) | re | step | programs: which target (the
#                 others always link the whole engine; FUZZ_MODE is for the
#                 engine target)
#   FUZZ_MODE     engine (default) | parser | auto: engine links the whole
#                 runtime (core/host/runtime.h), parser only lexer/parser/symtable
#                 (-DFUZZ_PARSER_ONLY); auto takes engine when core/host/runtime.h
#                 exists and the engine links, else parser (and says so)
#   FUZZ_ENGINE_LEAKS=1, FUZZ_NO_OOM=1: see fuzz_engine.c
#   FUZZ_STEP_ALL=1  the step target also starts from every tests/py program
#   CLANG         compiler (default clang)
#   FUZZ_CFLAGS   extra compiler flags, e.g. -fno-sanitize=nonnull-attribute
#                 to look past a known finding
#
# New corpus entries go to build/fuzz/corpus/ (corpus_re/ for re,
# corpus_programs/ for programs) only
# (never into the source tree); crash/leak/timeout inputs to
# build/fuzz/artifacts/ (named re-* for re, programs-* for programs).  Exit status:
# 0 when nothing was found; 1 with the input's path printed when libFuzzer
# found a crash, leak or timeout; 2 when the target cannot be built.
set -uo pipefail
cd "$(dirname "$0")/../.."

step=${1:-fuzz}
[ $# -gt 0 ] && shift
case "$step" in fuzz|replay|build|run|show|corpus) ;; *)
  echo "usage: tests/fuzz/run_fuzz.sh [fuzz|replay|build|run FILE...|show FILE...|corpus]" >&2; exit 2 ;;
esac

CLANG=${CLANG:-clang}
OUT=build/fuzz
target=${FUZZ_TARGET:-engine}
case "$target" in engine|re|step|programs) ;; *)
  echo "run_fuzz.sh: FUZZ_TARGET must be engine, re, step or programs, not '$target'" >&2; exit 2 ;;
esac
case "$step" in show|corpus) [ "$target" = programs ] || {
  echo "run_fuzz.sh: '$step' is for FUZZ_TARGET=programs" >&2; exit 2; } ;;
esac
mkdir -p "$OUT/obj" "$OUT/artifacts" "$OUT/programs"
# The generator's corpus: programs checked in, their inputs made at run time.
PROGRAMS_DIR=tests/fuzz/programs
PROGRAMS_COUNT=200
if [ "$target" = re ]; then
  SEEDS=tests/fuzz/seeds_re
  DICT=tests/fuzz/re.dict
  CORPUS=$OUT/corpus_re
  CRASHES=tests/fuzz/crashes_re
  PREFIX=$OUT/artifacts/re-
  EXTRA_INPUTS=()
elif [ "$target" = step ]; then
  SEEDS=tests/fuzz/seeds_step
  DICT=tests/fuzz/python.dict
  CORPUS=$OUT/corpus_step
  CRASHES=tests/fuzz/crashes_step
  PREFIX=$OUT/artifacts/step-
  # The stepper's test programs (and with FUZZ_STEP_ALL=1 every tests/py
  # program: several minutes under ASan) behind a line of operation bytes
  # (fuzz_step.c): a different mix of steps, backs and jumps for each.
  PROGRAMS=$OUT/programs_step
  rm -rf "$PROGRAMS"
  mkdir -p "$PROGRAMS"
  i=0
  all=()
  [ "${FUZZ_STEP_ALL:-0}" = 1 ] && all=(tests/py/*.py)
  for f in tests/stepper/*.py "${all[@]}"; do
    i=$((i + 1))
    { printf '%s' "$(printf 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL' | cut -c$((i % 40 + 1))-$((i % 40 + 8)))"
      printf '\n'; cat "$f"; } >"$PROGRAMS/$(basename "$f")"
  done
  EXTRA_INPUTS=("$PROGRAMS")
elif [ "$target" = programs ]; then
  SEEDS=$OUT/seeds_programs
  DICT=
  CORPUS=$OUT/corpus_programs
  CRASHES=tests/fuzz/crashes_programs
  PREFIX=$OUT/artifacts/programs-
  EXTRA_INPUTS=()
else
  SEEDS=tests/fuzz/seeds
  DICT=tests/fuzz/python.dict
  CORPUS=$OUT/corpus
  CRASHES=tests/fuzz/crashes
  PREFIX=$OUT/artifacts/
  # The test programs of tests/py seed the fuzzer too (just the .py files).
  PROGRAMS=$OUT/programs
  cp tests/py/*.py "$PROGRAMS"/
  # and so do issue 10's reproducers kept beside the generator's corpus.
  cp "$PROGRAMS_DIR"/issue10_*.py "$PROGRAMS"/
  EXTRA_INPUTS=("$PROGRAMS")
fi
mkdir -p "$CORPUS"

INSTALL="apt-get install -y clang libclang-rt-14-dev"
if ! command -v "$CLANG" >/dev/null 2>&1; then
  echo "run_fuzz.sh: $CLANG not found. Install it with: $INSTALL" >&2
  exit 2
fi
# clang without its runtime libraries cannot link -fsanitize=fuzzer.
probe=$OUT/obj/probe-$(basename "$CLANG")
if [ ! -x "$probe" ]; then
  printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' \
    >"$probe.c"
  if ! "$CLANG" -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" 2>"$probe.log"; then
    cat "$probe.log" >&2
    echo "run_fuzz.sh: $CLANG cannot link libFuzzer + ASan. Install them with: $INSTALL" >&2
    exit 2
  fi
fi

# The engine includes the modules written in Python as a generated header.
if ! make -s build/gen/pylib_sources.h; then
  echo "run_fuzz.sh: cannot generate build/gen/pylib_sources.h" >&2; exit 2
fi
FLAGS=(-std=c11 -Wall -Wextra -D_DEFAULT_SOURCE -Icore -Ibuild/gen -g -O1 -fno-omit-frame-pointer
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined ${FUZZ_CFLAGS:-})
# Objects are kept per mode and per flag set, so changing flags rebuilds.
FLAGS_ID=$(printf '%s ' "${FLAGS[@]}" | cksum | cut -d' ' -f1)
JOBS=$(nproc 2>/dev/null || echo 2)
FRONTEND=(core/base/mem.c core/parser/ast.c core/parser/lexer.c core/parser/parser.c core/parser/symtable.c)

# Compiles each source to $OUT/obj/<mode>/ (only when newer), then links.
# Args: mode output extra-cflags sources...
build_target() {
  local mode=$1 out=$2 extra=$3; shift 3
  local objs=() src obj dir="$OUT/obj/$mode-$FLAGS_ID"
  mkdir -p "$dir"
  local pids=() failed=0 pid
  for src in "$@"; do
    obj="$dir/$(basename "${src%.c}").o"
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find core tests/fuzz build/gen -name '*.h' -newer "$obj" 2>/dev/null | head -1)" ]; then
      # One compiler per core at most; a failed compile leaves no object.
      while [ "${#pids[@]}" -ge "$JOBS" ]; do
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
      done
      # shellcheck disable=SC2086
      { "$CLANG" "${FLAGS[@]}" $extra -c "$src" -o "$obj.tmp" && mv "$obj.tmp" "$obj"; } &
      pids+=($!)
    fi
    objs+=("$obj")
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  [ $failed -eq 0 ] || return 1
  "$CLANG" "${FLAGS[@]}" "${objs[@]}" -lm -o "$out"
}

# The engine: every core file a native build uses (not the wasm backend,
# not the command line).
engine_sources() {
  find core -name '*.c' | sort | grep -v -e '/coro_fiber\.c$' -e '/cli\.c$' -e '/main\.c$'
}

# The generator's command line (tests/fuzz/proggen_main.c): plain C.
PROGGEN=$OUT/proggen
if [ "$target" = programs ]; then
  if [ ! -x "$PROGGEN" ] || [ -n "$(find tests/fuzz -name 'proggen*' -newer "$PROGGEN" 2>/dev/null | head -1)" ]; then
    "$CLANG" -std=c11 -Wall -Wextra -O1 -g tests/fuzz/proggen.c tests/fuzz/proggen_main.c -o "$PROGGEN" || {
      echo "run_fuzz.sh: the generator does not build" >&2; exit 2; }
  fi
  case "$step" in
    show) exec "$PROGGEN" show "$@" ;;
    corpus)
      rm -f "$PROGRAMS_DIR"/gen_*.py
      "$PROGGEN" corpus "$PROGRAMS_COUNT" "$PROGRAMS_DIR" || exit 2
      echo "run_fuzz.sh: wrote $PROGRAMS_COUNT programs to $PROGRAMS_DIR"
      exit 0 ;;
  esac
  rm -rf "$SEEDS"
  mkdir -p "$SEEDS"
  "$PROGGEN" seeds "${FUZZ_SEED_COUNT:-$PROGRAMS_COUNT}" "$SEEDS" || exit 2
fi

mode=${FUZZ_MODE:-engine}
BIN=""
if [ "$target" = programs ]; then
  # shellcheck disable=SC2046
  build_target engine "$OUT/fuzz_programs" "" $(engine_sources) tests/fuzz/proggen.c tests/fuzz/fuzz_programs.c || {
    echo "run_fuzz.sh: the programs target does not build" >&2; exit 2; }
  BIN=$OUT/fuzz_programs
elif [ "$target" = re ] || [ "$target" = step ]; then
  # shellcheck disable=SC2046
  build_target engine "$OUT/fuzz_$target" "" $(engine_sources) "tests/fuzz/fuzz_$target.c" || {
    echo "run_fuzz.sh: the $target target does not build" >&2; exit 2; }
  BIN=$OUT/fuzz_$target
elif [ "$mode" != parser ] && [ -f core/host/runtime.h ]; then
  # shellcheck disable=SC2046
  if build_target engine "$OUT/fuzz_engine" "" $(engine_sources) tests/fuzz/fuzz_engine.c; then
    BIN=$OUT/fuzz_engine
  elif [ "$mode" = engine ]; then
    echo "run_fuzz.sh: the engine target does not build (FUZZ_MODE=engine)" >&2; exit 2
  else
    echo "run_fuzz.sh: WARNING: the engine does not build yet; fuzzing the front end only" >&2
  fi
elif [ "$mode" = engine ]; then
  echo "run_fuzz.sh: core/host/runtime.h does not exist (FUZZ_MODE=engine)" >&2; exit 2
fi
if [ -z "$BIN" ]; then
  [ "$mode" = auto ] && [ ! -f core/host/runtime.h ] && echo "run_fuzz.sh: no core/host/runtime.h yet; fuzzing the front end only" >&2
  build_target parser "$OUT/fuzz_parser" "-DFUZZ_PARSER_ONLY" "${FRONTEND[@]}" tests/fuzz/fuzz_engine.c || {
    echo "run_fuzz.sh: the fuzz target does not build" >&2; exit 2; }
  BIN=$OUT/fuzz_parser
fi
echo "run_fuzz.sh: built $BIN"
[ "$step" = build ] && exit 0

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
LOG=$OUT/last_run.log
[ "$target" != engine ] && LOG=$OUT/last_run_$target.log
if [ "$target" = programs ]; then
  # A program may hold 256 MiB of engine memory, which ASan's redzones and
  # quarantine about double; its inputs are choices, a few hundred bytes.
  COMMON=(-timeout="${FUZZ_TIMEOUT:-300}" -rss_limit_mb=4096 -max_len=512
          -artifact_prefix="$PREFIX" -print_final_stats=1)
  # The checked-in programs must be what the generator writes for the
  # inputs replayed here (the wasm replay test runs those files).
  if [ "$step" = replay ] || [ "$step" = fuzz ]; then
    check=$OUT/programs_check
    rm -rf "$check"
    mkdir -p "$check"
    "$PROGGEN" corpus "$PROGRAMS_COUNT" "$check" || exit 2
    if ! diff -r -q -x 'issue10_*' "$check" "$PROGRAMS_DIR" >/dev/null; then
      diff -r -q -x 'issue10_*' "$check" "$PROGRAMS_DIR" | head -5 >&2
      echo "run_fuzz.sh: tests/fuzz/programs/gen_*.py differ from the generator's output:" \
           "run FUZZ_TARGET=programs tests/fuzz/run_fuzz.sh corpus" >&2
      exit 1
    fi
  fi
else
  COMMON=(-timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb=2048 -max_len=4096 -dict="$DICT"
          -artifact_prefix="$PREFIX" -print_final_stats=1)
fi

case "$step" in
  replay) args=("${COMMON[@]}" -runs=0 "$SEEDS" "${EXTRA_INPUTS[@]}")
          [ -d "$CRASHES" ] && args+=("$CRASHES") ;;
  run)    args=("${COMMON[@]}" "$@") ;;
  fuzz)   args=("${COMMON[@]}" -seed="${FUZZ_SEED:-1}" -max_total_time="${FUZZ_SECONDS:-60}"
                -runs="${FUZZ_RUNS:-100000000}" "$CORPUS" "$SEEDS" "${EXTRA_INPUTS[@]}")
          # libFuzzer runs every input of these folders once before it
          # mutates (new ones go to the first), so a session replays too.
          [ -d "$CRASHES" ] && args+=("$CRASHES") ;;
esac

echo "run_fuzz.sh: $BIN ${args[*]}"
"$BIN" "${args[@]}" >"$LOG" 2>&1
status=$?
tail -n 40 "$LOG"
if [ $status -ne 0 ]; then
  found=$(grep -o -E "(Test unit written to|artifact_prefix.*Test unit written to) [^ ]+" "$LOG" | awk '{print $NF}' | tail -1)
  echo "run_fuzz.sh: FAILED (libFuzzer exit $status); full log: $LOG" >&2
  if [ -n "$found" ]; then
    echo "run_fuzz.sh: crashing input: $found" >&2
    again="tests/fuzz/run_fuzz.sh run $found"
    [ "$target" != engine ] && again="FUZZ_TARGET=$target $again"
    [ "$target" = programs ] &&
      echo "run_fuzz.sh: its program: FUZZ_TARGET=programs tests/fuzz/run_fuzz.sh show $found" >&2
    echo "run_fuzz.sh: reproduce with: $again" >&2
  fi
  exit 1
fi
echo "run_fuzz.sh: OK ($step, no crash, leak or timeout)"
