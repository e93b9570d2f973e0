"""bench.digest_stages: where a warm seed digest spends its time, stage by stage."""

from __future__ import annotations

from importlib import import_module

from bench.digest_stages import STAGES, profile

import ringkas.facts
import ringkas.pipeline


def test_stages_come_in_the_pipelines_order_nested_and_put_back() -> None:
    before = {(module, attr): getattr(import_module(module), attr) for module, attr in STAGES}
    rows = profile(runs=2, warmups=1)
    names = [name for name, _ in rows]
    assert names == [attr for _, attr in STAGES] + [
        "summarize (the whole digest)",
        "render as JSON",
    ]
    ms = dict(rows)
    assert all(value >= 0 for value in ms.values())
    # a stage's time holds the stages it calls (each wrapper runs inside its caller's)
    assert ms["summarize (the whole digest)"] >= ms["read_facts"] >= ms["extract_entities"] > 0
    assert ms["choose"] >= ms["all_features"] > 0
    # the timing wrappers are gone again: the pipeline calls its own functions
    assert ringkas.pipeline.read_facts is before[("ringkas.pipeline", "read_facts")]
    assert ringkas.facts.extract_entities is before[("ringkas.facts", "extract_entities")]
