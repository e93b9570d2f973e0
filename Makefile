# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/gempa-sukabumi

.PHONY: messages demo test lint typecheck unit browser-deps bench-deps bench clean model model-summary model-stories

$(VENV)/.base: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,spark]'
	touch $@ $(VENV)/.base

demo: $(VENV)/.base  ## summarize the example cluster shipped in the repository
	$(BIN)/ringkas summarize $(EXAMPLE)

messages: $(VENV)/.dev  ## compile src/ringkas/locale/*/LC_MESSAGES/ringkas.po → .mo (after editing a .po)
	$(BIN)/pybabel compile -d src/ringkas/locale -D ringkas --statistics

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.dev
	$(BIN)/mypy

browser-deps:  ## Debian's Chromium for the Playwright browser tests (apt-get, once)
	./scripts/apt_need.sh chromium

bench-deps:  ## wrk, the HTTP load generator (apt-get, once)
	./scripts/apt_need.sh wrk

unit: $(VENV)/.dev browser-deps
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

test: lint typecheck unit  ## ruff, mypy --strict, the whole pytest suite

bench: $(VENV)/.dev bench-deps browser-deps  ## quality, cleaning and speed benchmarks → docs/benchmarks.md
	$(BIN)/python -m bench.run

model: model-summary model-stories  ## rebuild the learned models shipped in the package (deterministic)

model-summary: $(VENV)/.dev  ## the learned sentence scorer → src/ringkas/select/data/summary-model.json
	OMP_NUM_THREADS=1 $(BIN)/python -m ringkas.select.train ../shared/datasets

model-stories: $(VENV)/.dev  ## story assigner's similarity (labelled train half) → src/ringkas/stories/model.json
	$(BIN)/python -m bench.train_stories

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
