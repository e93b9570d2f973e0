"""What a digest records about its method: the registry name, a one-line description for people,
and every setting of the scorer and selector as plain JSON data (so a program can reproduce it)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ringkas.model import MethodInfo
from ringkas.select.base import Method
from ringkas.select.registry import DEFAULT_METHOD

# One line per registered method, English msgids of the message catalogue (ringkas/locale).
DESCRIPTIONS = {
    "anchored-ilp": "the lead of the report that covers most of what several outlets print, "
    "then what the other outlets add",
    "ilp": "the sentences that together cover the most facts several outlets print",
    "lead-mmr": "early, central, corroborated sentences, each one new",
    "lead-greedy": "the highest-scoring early, central, corroborated sentences",
    "centroid-mmr": "the sentences closest to the cluster's centre, each one new",
    "lexrank-mmr": "the most central sentences (LexRank), each one new",
    "corroboration-greedy": "the sentences most outlets also print",
    "learned": "the sentences a model trained on human summaries would pick, best first, each one new, and the counts most outlets agree on, such as a toll",
    "learned-bare-names": "the default's sentences, without first naming in full a person quoted by a short name",
    "learned-expected": "sentences a trained model scores highest, as many as it expects a human summary to hold",
    "learned-robin": "each outlet's sentence a trained model scores highest in turn, then the best of the rest",
    "learned-anchored": "sentences a trained model scores highest, opening on the lead report",
    "learned-fill": "sentences a trained model scores highest, filling the whole word budget",
    "learned-free": "sentences a trained model scores highest, without opening on the lead report",
    "learned-spread": "sentences a trained model scores highest, spread across the outlets",
    "learned-spread-free": "sentences a trained model scores highest, spread across the outlets, without opening on the lead report",
    "learned-mmr": "sentences a trained model scores highest, each one new (MMR)",
    "learned-ilp": "the facts several outlets print, weighted by a trained sentence model",
}


def params(value: Any) -> Any:
    """A scorer/selector (frozen dataclasses) as JSON data: {"type": class name, field: value}."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            if f.repr:
                out[f.name] = params(getattr(value, f.name))
        return out
    if isinstance(value, tuple | list):
        return [params(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if callable(value):
        return getattr(value, "__name__", type(value).__name__)
    return repr(value)


def describe(name: str, method: Method) -> MethodInfo:
    """MethodInfo for the method registered under ``name`` ("default" is DEFAULT_METHOD)."""
    key = DEFAULT_METHOD if name == "default" else name
    info = params(method)
    return MethodInfo(
        name=key,
        description=DESCRIPTIONS.get(key, ""),
        params={"scorer": info["scorer"], "selector": info["selector"]},
    )
