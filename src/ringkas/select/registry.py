"""Named methods (scorer + selector). Adding one is one entry here; the contract test covers it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ringkas.errors import ConfigError
from ringkas.select.base import Method
from ringkas.select.scorers import Centroid, Combined, Corroboration, LexRank, Position
from ringkas.select.selectors import MMR, Greedy


def _salience() -> Combined:
    # Weights chosen on indosum-multi-dev + a 300-item indosum-single-dev sample (ROUGE-1/2 F1 at
    # 100 words; see docs/benchmarks.md and bench/section_10_quality.py).
    return Combined(((Position(decay=3.0), 1.0), (Centroid(), 1.0), (Corroboration(), 0.5)))


METHODS: Mapping[str, Callable[[], Method]] = {
    "centroid-mmr": lambda: Method(Centroid(), MMR()),
    "lexrank-mmr": lambda: Method(LexRank(), MMR()),
    "corroboration-greedy": lambda: Method(
        Combined(((Corroboration(), 1.0), (Centroid(), 1.0))), Greedy()
    ),
    "combined-mmr": lambda: Method(_salience(), MMR()),
    "combined-greedy": lambda: Method(_salience(), Greedy()),
}

DEFAULT_METHOD = "combined-mmr"


def get_method(name: str) -> Method:
    """The method registered under ``name`` ("default" is DEFAULT_METHOD)."""
    key = DEFAULT_METHOD if name == "default" else name
    if key not in METHODS:
        raise ConfigError(f"unknown method {name!r}; choose one of {', '.join(sorted(METHODS))}")
    return METHODS[key]()
