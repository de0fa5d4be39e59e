# SPDX-License-Identifier: GPL-3.0-or-later
# `make run` and `make test` set everything up on a fresh Debian 12 machine.
BUILD_DIR    ?= build/release
DEMO         ?= $(BUILD_DIR)/demo.tierscope
DEMO_SIZE    ?= 100000
JOBS         ?= $(shell nproc)
CMAKE_FLAGS  ?=

.PHONY: all deps configure build run test asan bench format package clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

$(DEMO): | build
	@$(BUILD_DIR)/app/tierscope demo --creators $(DEMO_SIZE) --workspace $(DEMO)

run: build $(DEMO)
	@$(BUILD_DIR)/app/tierscope --workspace $(DEMO)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# Release .deb and .tar.gz in $(BUILD_DIR) (the .deb's Depends come from dpkg-shlibdeps).
package: build
	@cd $(BUILD_DIR) && cpack

# Release build, then the benchmark programs on 100,000 and 1,000,000 demo creators
# (BENCH_SIZES="100000 1000000 10000000" adds ten million; BENCH_RUNS sets the runs per median).
BENCH_SIZES ?= 100000 1000000
bench: build
	@bash tests/bench/run.sh $(BUILD_DIR) $(BENCH_SIZES)

# The whole suite again under AddressSanitizer + UBSan in build/asan (-O1, no benchmarks); any
# report fails its test. The .deb check is left out: it packages, and runs no code of ours.
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
                UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0
asan: deps
	@cmake --preset asan $(CMAKE_FLAGS)
	@cmake --build --preset asan -j $(JOBS)
	@cd build/asan && QT_QPA_PLATFORM=offscreen $(SANITIZER_ENV) \
		ctest --output-on-failure -LE package -j $(JOBS)

format:
	@git ls-files '*.h' '*.cpp' | xargs clang-format -i

clean:
	@rm -rf build
