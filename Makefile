# make run    set up (first time) and start the kiosk full screen
# make test   set up (first time), lint, and run the tests offscreen
# make shots  render every screen of the bundled pack to screenshots/ (six sets: sizes, languages, largest text;
#             two end with staff mode's usage page)
# make bundle the offline install bundle in dist/ (TARGET=windows-x86_64 for Windows)
# make bench  measure start-up, tap-to-screen, packs, memory and a short soak of 6,000 page turns
#             (20 to 25 minutes on a 2-core machine)
# make bench-soak  the same with the 24/7 soak: 100,000 page turns and 5,000 questionnaires
#             (about 95 minutes)
# make bench-compare  the kiosk beside Chromium in --kiosk mode showing the same pages as static HTML,
#             alternating, on Xvfb: first paint, page turn, memory (needs chromium and xvfb; a few minutes)

# Looked up only when a rule needs it, so `make clean` works without Python 3.12.
PYTHON = $(shell tools/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACK ?= content/rfa-facet
TARGET ?= linux-x86_64

.PHONY: setup run run-windowed test lint format validate shots clean translations bundle bench bench-soak bench-quick bench-compare

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (see README)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# setuptools warns about every editable install (a notice for library authors, not for this project)
	PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $@

setup: $(STAMP)

run: setup
	$(BIN)/kiosk

run-windowed: setup
	$(BIN)/kiosk --windowed

lint: setup
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix kiosk tests benchmarks
	$(BIN)/ruff format kiosk tests benchmarks

test: lint
	@# one test process per core (pytest-xdist); a test that hangs fails within pytest-timeout's limit
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --dist worksteal

validate: setup
	$(BIN)/kiosk validate $(PACK)

shots: setup
	$(BIN)/kiosk screenshot $(PACK) --out screenshots/1920x1080-en --size 1920x1080 --lang en --staff
	$(BIN)/kiosk screenshot $(PACK) --out screenshots/1920x1080-es --size 1920x1080 --lang es
	$(BIN)/kiosk screenshot $(PACK) --out screenshots/1280x800-en --size 1280x800 --lang en
	$(BIN)/kiosk screenshot $(PACK) --out screenshots/1280x800-es --size 1280x800 --lang es
	$(BIN)/kiosk screenshot $(PACK) --out screenshots/1080x1920-en --size 1080x1920 --lang en
	$(BIN)/kiosk screenshot $(PACK) --out screenshots/1280x800-es-largest-high-contrast --size 1280x800 --lang es --text-size largest --theme high-contrast --staff

bundle: setup
	$(BIN)/python tools/bundle.py --target $(TARGET)

bench: setup
	$(BIN)/python -m benchmarks.run --soak-turns 6000 --soak-sessions 300 $(BENCH_ARGS)

bench-soak: setup
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

bench-quick: setup
	$(BIN)/python -m benchmarks.run --quick

bench-compare: setup
	@command -v chromium >/dev/null && command -v Xvfb >/dev/null || \
		{ echo "bench-compare needs Debian's chromium and xvfb: apt-get install chromium xvfb"; exit 1; }
	$(BIN)/python -m benchmarks.compare $(BENCH_ARGS)

clean:
	rm -rf $(VENV) screenshots .pytest_cache .mypy_cache .ruff_cache .import_linter_cache *.egg-info

# After changing any tr() text: refresh the .ts file, translate the new entries, then compile.
translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find kiosk/ui -name "*.py" | sort) -ts resources/translations/kiosk_es.ts
	$(BIN)/pyside6-lrelease resources/translations/kiosk_es.ts -qm resources/translations/kiosk_es.qm
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find kiosk/ui -name "*.py" | sort) -ts resources/translations/kiosk_vi.ts
	$(BIN)/pyside6-lrelease resources/translations/kiosk_vi.ts -qm resources/translations/kiosk_vi.qm
