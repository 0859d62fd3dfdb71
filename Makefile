# Kiln: `make demo` and `make test` set up a fresh Debian 12 machine (missing packages are
# installed with apt-get), then build and run with SwiftPM.

DEBS := llvm-22-dev clang-22 llvm-22 libelf-dev zlib1g-dev qemu-system-misc ocaml-nox erlang-nox csmith python3-pip gcc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_FLAGS ?=
KILN = .build/debug/kiln

.PHONY: all deps build test corpus demo clean backend-vs-llc bench-c csmith ocaml-samples interpreter-calibration

all: build

# Installs only the packages that are missing, so a set-up machine pays nothing.
deps:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "make: installing missing Debian packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
	@# esptool (for `kiln image`) comes from PyPI. Debian 12's Python is "externally
	@# managed", so a plain pip install may be refused; then install it anyway, for this user.
	@if ! command -v esptool >/dev/null 2>&1 && ! command -v esptool.py >/dev/null 2>&1 && \
	    ! python3 -m esptool version >/dev/null 2>&1; then \
		echo "make: installing esptool from PyPI"; \
		python3 -m pip install -q esptool 2>/dev/null || \
		python3 -m pip install -q --user --break-system-packages esptool; \
	fi

build: deps
	swift build $(SWIFT_FLAGS)

# make test runs the whole OCaml corpus too (161 programs, CorpusTests); `make corpus` runs
# only it. The tests drive the debug kiln, whose code generator, bytecode reader, linker and
# driver are optimised (Package.swift): a corpus build costs within ~10% of the release
# binary's CPU, which would take ~3 more CPU-minutes to build (Docs/benchmarks.md,
# "Building an OCaml program").
test: deps
	swift build --build-tests $(SWIFT_FLAGS)
	swift test --skip-build $(SWIFT_FLAGS)

corpus: deps
	swift build --build-tests $(SWIFT_FLAGS)
	swift test --skip-build --filter CorpusTests $(SWIFT_FLAGS)

# Kiln's back end against llc-22 on the differential programs: code bytes and executed instructions.
backend-vs-llc: build
	Scripts/backend-vs-llc.sh

# The C benchmarks (Benchmarks/c) through Kiln's back end and through llc-22: equal output,
# code bytes, executed instructions, geometric means (Docs/benchmarks.md).
bench-c: build
	Scripts/backend-vs-llc.sh Benchmarks/c/*.c

# Random differential testing against llc-22 with csmith: CSMITH_N seeds from CSMITH_SEED.
CSMITH_N ?= 100
CSMITH_SEED ?= 1
csmith: build
	Scripts/csmith-diff.sh -n $(CSMITH_N) -s $(CSMITH_SEED)

# End to end: Kiln's back end, assembler and listing, linker and startup code, QEMU, an
# ESP32 image; then OCaml bytecode to native firmware, and every OCaml sample native against
# interpreted (`kiln bench`: exact instruction counts, sizes, a chart).
demo: build ocaml-samples
	@echo "== kiln build: Samples/c/sieve.c through Kiln's own back end to QEMU firmware, run with an exact instruction count"
	$(KILN) build Samples/c/sieve.c -o .build/sieve.elf --listing .build/sieve.S
	$(KILN) run .build/sieve.elf --count
	@echo "== the same IR through LLVM's own Xtensa back end (llc-22): code bytes and executed instructions"
	Scripts/backend-vs-llc.sh Samples/c/sieve.c
	@echo "== kiln as + kiln objdump: Samples/asm/hello.S through Kiln's own assembler, listed back"
	$(KILN) as Samples/asm/hello.S -o .build/hello.o
	$(KILN) objdump .build/hello.o | head -20
	@echo "== kiln link: the object with Kiln's startup code (the map's section list)"
	$(KILN) link .build/hello.o -o .build/hello.elf --map - | sed -n '/^Sections/,/^Discarded/p'
	$(KILN) run .build/hello.elf --count
	@echo "== a fault: the report names the cause and the PC, exit code 72"
	printf 'int main(void) { return *(volatile int *)0x10000000; }\n' > .build/fault.c
	$(KILN) build .build/fault.c -o .build/fault.elf
	$(KILN) run .build/fault.elf || echo "exit code $$?"
	@echo "== kiln image: the sieve for the ESP32 (console through the ROM UART routine), read back by esptool"
	$(KILN) build --target esp32 Samples/c/sieve.c -o .build/sieve32.elf
	$(KILN) image .build/sieve32.elf -o .build/sieve32.bin --info
	@echo "== kiln build: OCaml bytecode (Samples/ocaml/nqueens.ml, ocamlc -compat-32) to native firmware, run in QEMU"
	$(KILN) build .build/samples/ocaml/nqueens.byte -o .build/nqueens.elf
	$(KILN) run .build/nqueens.elf --count --timeout 300
	@echo "== kiln bench: the OCaml samples native and interpreted, exact instruction counts (long: billions of emulated instructions)"
	$(KILN) bench $(OCAML_SAMPLES) --heap 8M --timeout 1500 --chart .build/bench-chart.svg

# The OCaml benchmarks (Samples/ocaml) as 32-bit bytecode, for `kiln build` (native or
# --interpret) and for the interpreter's calibration against ocamlrun.
OCAML_SAMPLES := $(patsubst Samples/ocaml/%.ml,.build/samples/ocaml/%.byte,$(wildcard Samples/ocaml/*.ml))
ocaml-samples: $(OCAML_SAMPLES)
.build/samples/ocaml/%.byte: Samples/ocaml/%.ml
	@mkdir -p $(@D)
	cd $(@D) && cp $(CURDIR)/$< . && ocamlc -compat-32 $(notdir $<) -o $(notdir $@) && rm -f $*.ml $*.cm[io]

# Kiln's interpreter on the host (release build) against ocamlrun on the benchmarks: times
# and instruction counts (Docs/benchmarks.md, "Interpreter calibration").
interpreter-calibration: ocaml-samples
	swift build -c release --product kiln-ocamlrun
	Scripts/interpreter-calibration.sh $(OCAML_SAMPLES)

clean:
	rm -rf .build
