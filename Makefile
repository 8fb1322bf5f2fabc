# Repdesk: `make run` opens the app on the demo company; `make test` runs the whole test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test bench package install clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q desktop widgets models bench > /dev/null
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/repdesk --demo

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# `make bench` prints one table (figure, value, floor, ratio, target, met?); BENCH_ARGS names
# benches to run (e.g. "company imports"); "--no-big" leaves out the 10,000-rep company's generation
# (cached after the first run, like the 2,000-rep company).
bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# A one-folder bundle in dist/repdesk/ that runs with no Python installed (packaging/README.md).
package: install
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/repdesk.spec
	@echo "Bundle: dist/repdesk/repdesk"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
