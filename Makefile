# Makefile - driven by build.sh (which sets up the toolchain first).
#
#   build/native/       optimised native objects and programs
#   build/asan/         the same with AddressSanitizer + UBSan, for tests
#   build/wasm/         Emscripten builds (engine, tests, benchmark)
#   build/wasm/engine/  the engine's objects, built for size, and its link steps
#   web/engine/         the engine module the page and Node load (copied)

# The first rule below is not the default: `make` alone builds everything.
.DEFAULT_GOAL := all

CC      ?= gcc
EMCC    ?= emcc
CFLAGS_COMMON = -std=c11 -Wall -Wextra -D_DEFAULT_SOURCE -Icore -Ibuild/gen -MMD -MP
NATIVE_CFLAGS = $(CFLAGS_COMMON) -O2 -g
ASAN_CFLAGS   = $(CFLAGS_COMMON) -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer
WASM_CFLAGS   = $(CFLAGS_COMMON) -O2

# Emscripten: one ES module usable in browsers, workers and Node 20 (Node
# passes wasmBinary itself); Asyncify for the coroutines; stack limits
# checked on every stack-pointer move so an overflow aborts cleanly.
WASM_LDFLAGS = -O2 -sASYNCIFY -sSTACK_OVERFLOW_CHECK=2 -sALLOW_MEMORY_GROWTH=1 \
  -sMODULARIZE -sEXPORT_ES6 -sENVIRONMENT=web,worker -sTOTAL_STACK=1048576

CORE_SRC   = core/base/mem.c core/coro/coro.c
NATIVE_BACKEND = core/coro/coro_ucontext.c
WASM_BACKEND   = core/coro/coro_fiber.c

# The Python engine: front end, numbers, object model, evaluator, runtime.
ENGINE_SRC = $(CORE_SRC) \
  $(addprefix core/parser/,ast.c lexer.c parser.c symtable.c source.c) \
  $(addprefix core/objects/,bigint.c numfmt.c object.c t_int.c t_float.c t_str.c t_strmeth.c \
    t_strfmt.c t_bytes.c t_bytesmeth.c t_codec.c t_list.c t_tuple.c t_dict.c t_set.c t_range.c t_iter.c t_alias.c class.c exc.c gc.c) \
  $(addprefix core/compiler/,code.c compile.c assemble.c dis.c) \
  $(addprefix core/vm/,vm.c frame.c function.c generator.c asyncgen.c asyncgen_set.c state.c stackseg.c eval.c output.c trace.c traceback.c context.c) \
  $(addprefix core/loop/,clock.c handle.c future.c task.c eventloop.c trace_loop.c) \
  $(addprefix core/modules/,builtins.c modules.c timemod.c import.c libsupport.c gcmodule.c random.c sre_parse.c sre_charset.c sre_compile.c sre_exec.c sre_module.c) \
  $(addprefix core/host/,run.c json.c trace_json.c snapshot.c host.c step.c)

native_objs = $(patsubst %.c,build/native/%.o,$(1))
asan_objs   = $(patsubst %.c,build/asan/%.o,$(1))
wasm_objs   = $(patsubst %.c,build/wasm/obj/%.o,$(1))

ENGINE_EXPORTS = _cs_version,_cs_run,_cs_set_limits,_cs_set_stack_room,_cs_set_output_limit,_cs_exit_status,_cs_pause_count,_cs_run_ms,_cs_peak_memory,_cs_load,_cs_step,_cs_run_to_end,_cs_snapshot,_cs_snapshot_len,_cs_free,_cs_state,_cs_paused_at,_cs_event_count,_cs_log,_cs_log_len,_cs_granularity,_cs_kind_name,_malloc,_free

# The modules written in Python (core/modules/lib/*.py), compiled into the
# engine as string literals; import.c includes them.
PYLIB = build/gen/pylib_sources.h
$(PYLIB): core/modules/embed_lib.mjs $(shell find core/modules/lib -not -name "*.pyc")
	@mkdir -p $(dir $@)
	node core/modules/embed_lib.mjs core/modules/lib > $@.tmp
	mv $@.tmp $@
build/native/core/modules/import.o build/asan/core/modules/import.o build/wasm/obj/core/modules/import.o \
  build/wasm/engine/obj/core/modules/import.o: $(PYLIB)

# Objects of the engine that are never on the stack at a step pause (see
# core/host/asyncify_only.mjs): Asyncify leaves them alone.
NEVER_PAUSED_SRC = $(addprefix core/parser/,ast.c lexer.c parser.c symtable.c source.c) \
  $(addprefix core/compiler/,code.c compile.c assemble.c dis.c) \
  core/objects/bigint.c core/objects/numfmt.c core/vm/traceback.c \
  $(addprefix core/host/,json.c trace_json.c snapshot.c)
PAUSABLE_SRC = $(filter-out $(NEVER_PAUSED_SRC),$(ENGINE_SRC) $(WASM_BACKEND))

.PHONY: all native wasm clean
all: native wasm
native: build/native/coroscope build/asan/coroscope build/asan/coro_test build/native/coro_test build/native/coro_bench build/asan/numbers_test \
  build/asan/astdump build/asan/loop_test
wasm: web/engine/coroscope.mjs web/engine/coroscope.wasm build/wasm/coro_test.mjs build/wasm/coro_bench.mjs \
  build/wasm/numbers_test.mjs build/wasm/loop_test.mjs build/wasm/engine/checked/coroscope.mjs

build/native/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(NATIVE_CFLAGS) -c $< -o $@
build/asan/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ASAN_CFLAGS) -c $< -o $@
build/wasm/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(EMCC) $(WASM_CFLAGS) -c $< -o $@

# ---- coroutine core tests and benchmark ----
CORO_TEST = $(CORE_SRC) tests/core/coro_test.c
build/asan/coro_test: $(call asan_objs,$(CORO_TEST) $(NATIVE_BACKEND))
	$(CC) $(ASAN_CFLAGS) $^ -o $@
build/native/coro_test: $(call native_objs,$(CORO_TEST) $(NATIVE_BACKEND))
	$(CC) $(NATIVE_CFLAGS) $^ -o $@
build/native/coro_bench: $(call native_objs,$(CORE_SRC) $(NATIVE_BACKEND) tests/bench/bench_core.c)
	$(CC) $(NATIVE_CFLAGS) $^ -o $@
build/wasm/coro_test.mjs: $(call wasm_objs,$(CORO_TEST) $(WASM_BACKEND))
	$(EMCC) $(WASM_LDFLAGS) -sEXPORT_NAME=createCoroTest -sEXIT_RUNTIME=1 $^ -o $@
build/wasm/coro_bench.mjs: $(call wasm_objs,$(CORE_SRC) $(WASM_BACKEND) tests/bench/bench_core.c)
	$(EMCC) $(WASM_LDFLAGS) -sEXPORT_NAME=createCoroBench \
	  -sEXPORTED_FUNCTIONS=_bench_roundtrip,_bench_memory,_bench_result,_bench_bare_fiber $^ -o $@

# ---- front end (lexer, parser, symtable) test driver ----
FRONTEND_SRC = $(addprefix core/parser/,ast.c lexer.c parser.c symtable.c)
build/asan/astdump: $(call asan_objs,core/base/mem.c $(FRONTEND_SRC) tests/frontend/astdump.c)
	$(CC) $(ASAN_CFLAGS) $^ -o $@

# ---- numbers library tests (tables recorded from CPython) ----
NUMBERS_TEST = core/base/mem.c core/objects/bigint.c core/objects/numfmt.c tests/numbers/numbers_test.c
NUMBERS_CASES = build/gen/numbers_cases.h
$(NUMBERS_CASES): tests/numbers/gen_cases.py
	@mkdir -p $(dir $@)
	python3 $< $@
build/asan/tests/numbers/numbers_test.o build/wasm/obj/tests/numbers/numbers_test.o: $(NUMBERS_CASES)
build/asan/numbers_test: $(call asan_objs,$(NUMBERS_TEST))
	$(CC) $(ASAN_CFLAGS) $^ -lm -o $@
build/wasm/numbers_test.mjs: $(call wasm_objs,$(NUMBERS_TEST))
	$(EMCC) $(WASM_LDFLAGS) -sEXPORT_NAME=createNumbersTest -sEXIT_RUNTIME=1 $^ -o $@

# ---- event loop unit tests (core/loop driven through its C API) ----
# The whole engine without a main (ENGINE_SRC has no CLI) plus the test.
LOOP_TEST = $(ENGINE_SRC) tests/loop/loop_test.c
build/asan/loop_test: $(call asan_objs,$(LOOP_TEST) $(NATIVE_BACKEND))
	$(CC) $(ASAN_CFLAGS) $^ -lm -o $@
build/wasm/loop_test.mjs: $(call wasm_objs,$(LOOP_TEST) $(WASM_BACKEND))
	$(EMCC) $(WASM_LDFLAGS) -sEXPORT_NAME=createLoopTest -sEXIT_RUNTIME=1 $^ -lm -o $@

# ---- the engine: native command line (optimised and sanitized) ----
build/native/coroscope: $(call native_objs,$(ENGINE_SRC) $(NATIVE_BACKEND) core/host/cli.c)
	$(CC) $(NATIVE_CFLAGS) $^ -lm -o $@
build/asan/coroscope: $(call asan_objs,$(ENGINE_SRC) $(NATIVE_BACKEND) core/host/cli.c)
	$(CC) $(ASAN_CFLAGS) $^ -lm -o $@

# ---- the engine module for the page and Node ----
# Built for size (it is downloaded by every reader), with emmalloc, and with
# Asyncify instrumenting only the functions that can be on the stack at a
# step pause: a first link without Asyncify shows the call graph, from
# which core/host/asyncify_only.mjs lists them.  A second build with
# Asyncify's assertions (tests only) traps if a pause ever unwinds through
# a function the list leaves out.
ENGINE_OPT = -Oz
ENGINE_CFLAGS = $(CFLAGS_COMMON) $(ENGINE_OPT)
ENGINE_LDFLAGS = $(ENGINE_OPT) -sMALLOC=emmalloc -sSTACK_OVERFLOW_CHECK=1 -sALLOW_MEMORY_GROWTH=1 \
  -sMODULARIZE -sEXPORT_ES6 -sENVIRONMENT=web,worker -sTOTAL_STACK=1048576 \
  -sEXPORT_NAME=createCoroscope -sEXPORTED_FUNCTIONS=$(ENGINE_EXPORTS) \
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8,HEAPU32
engine_objs = $(patsubst %.c,build/wasm/engine/obj/%.o,$(1))
ENGINE_WASM_OBJS = $(call engine_objs,$(ENGINE_SRC) $(WASM_BACKEND))
EMNM ?= emnm
WASM_DIS ?= wasm-dis

build/wasm/engine/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(EMCC) $(ENGINE_CFLAGS) -c $< -o $@
build/wasm/engine/callgraph.wasm: $(ENGINE_WASM_OBJS)
	$(EMCC) $(ENGINE_LDFLAGS) --profiling-funcs $^ -lm -o build/wasm/engine/callgraph.mjs
build/wasm/engine/asyncify-only.txt: build/wasm/engine/callgraph.wasm core/host/asyncify_only.mjs
	$(WASM_DIS) $< -o build/wasm/engine/callgraph.wat
	$(EMNM) --defined-only $(call engine_objs,$(PAUSABLE_SRC)) > build/wasm/engine/pausable.txt
	node core/host/asyncify_only.mjs build/wasm/engine/callgraph.wat build/wasm/engine/pausable.txt > $@.tmp
	mv $@.tmp $@
	rm build/wasm/engine/callgraph.wat
build/wasm/coroscope.mjs: $(ENGINE_WASM_OBJS) build/wasm/engine/asyncify-only.txt
	$(EMCC) $(ENGINE_LDFLAGS) -sASYNCIFY -sASYNCIFY_ONLY=@build/wasm/engine/asyncify-only.txt \
	  $(ENGINE_WASM_OBJS) -lm -o $@
build/wasm/engine/checked/coroscope.mjs: $(ENGINE_WASM_OBJS) build/wasm/engine/asyncify-only.txt
	@mkdir -p $(dir $@)
	$(EMCC) $(ENGINE_LDFLAGS) -sBINARYEN_EXTRA_PASSES=--pass-arg=asyncify-asserts -sASYNCIFY -sASYNCIFY_ONLY=@build/wasm/engine/asyncify-only.txt \
	  $(ENGINE_WASM_OBJS) -lm -o $@
web/engine/coroscope.mjs: build/wasm/coroscope.mjs
	@mkdir -p web/engine
	cp build/wasm/coroscope.mjs build/wasm/coroscope.wasm web/engine/
web/engine/coroscope.wasm: web/engine/coroscope.mjs

# ---- fuzzing: clang + libFuzzer + ASan/UBSan, by tests/fuzz/run_fuzz.sh ----
# `make fuzz` runs a session of FUZZ_SECONDS on FUZZ_TARGET (engine: any
# program text; re: the regular-expression engine; programs: the structure-
# aware generator of deep and long programs, tests/fuzz/README.md).  The
# hour-long run of issue 10: make fuzz FUZZ_TARGET=programs FUZZ_SECONDS=3600
FUZZ_TARGET ?= engine
FUZZ_SECONDS ?= 60
.PHONY: fuzz fuzz-replay
fuzz:
	FUZZ_TARGET=$(FUZZ_TARGET) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run_fuzz.sh fuzz
fuzz-replay:
	FUZZ_TARGET=$(FUZZ_TARGET) tests/fuzz/run_fuzz.sh replay

clean:
	rm -rf build web/engine

-include $(shell find build -name '*.d' 2>/dev/null)
