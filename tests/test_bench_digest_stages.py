"""bench.digest_stages: where a warm seed digest spends its time, by stage and by origin."""

from __future__ import annotations

from importlib import import_module

from bench.digest_stages import STAGES, _origin, origins, profile

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


def test_origins_share_out_all_self_time() -> None:
    shares, python_calls, c_calls = origins(runs=1, warmups=1)
    share = dict(shares)
    assert abs(sum(share.values()) - 100) < 1e-6
    assert share["ringkas's own Python code"] > 0 and share["the regex engine"] > 0
    assert [s for _, s in shares] == sorted((s for _, s in shares), reverse=True)
    assert python_calls > 1000 and c_calls > 1000  # a digest of five articles: thousands each


def test_origin_of_a_function() -> None:
    assert _origin("/x/src/ringkas/facts/entities.py", "_runs") == "ringkas's own Python code"
    assert _origin("~", "<method 'finditer' of 're.Pattern' objects>") == "the regex engine"
    assert _origin("~", "<method 'reduce' of 'numpy.ufunc' objects>") == "numpy and scipy"
    assert _origin("/v/site-packages/scipy/sparse/_base.py", "f") == "numpy and scipy"
    assert _origin("~", "<method 'lower' of 'str' objects>").startswith("built-in functions")
    assert _origin("/usr/lib/python3.11/json/encoder.py", "encode") == (
        "the standard library and other packages"
    )
