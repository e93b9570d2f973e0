"""Instructions per warm digest, counted by valgrind (deterministic: a loaded machine does not
change them), for the seed cluster in process and for the API's request work (`_digest_json`:
clean the five posted texts, digest, JSON), as bench/api_cpu.py posts it.

    python -m bench.digest_instructions [SRC]      # SRC: a version's src folder (default: this one)
    python -m bench.digest_instructions --kinds [SRC]   # and what kind of work they are

Each figure is (I(1 + K runs) - I(1 run)) / K, so imports and the first (cold) run cancel out.
Slow: valgrind runs Python ~50x slower (a few minutes).

``--kinds`` shares each run's instructions out by the C function that executed them
(`callgrind_annotate`'s file:function, `KINDS`): CPython's bytecode loop, the regex engine, str
methods, dicts and hashing, allocation, numpy and scipy, calls and attribute look-ups, and so on.
Unlike a tracing profiler's self time (cProfile adds its cost to every call, and so made
ringkas's own code look like two thirds of a digest), this is what the machine executes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed-kim-putin"
K = 5


def _work(kind: str, runs: int) -> None:
    """Run one kind of work ``runs`` times in this process."""
    from ringkas.config import Config

    if kind == "seed":
        from ringkas.ingest import load
        from ringkas.pipeline import summarize
        from ringkas.render import render

        articles = load([str(SEED)]).articles
        for _ in range(runs):
            render(summarize(articles, Config(words=120)), "json")
    else:
        from ringkas.api.app import Settings, _digest_json
        from ringkas.api.schemas import DigestRequest

        posted = [
            {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            for p in sorted(SEED.glob("*.txt"))
        ]
        request = DigestRequest.model_validate({"articles": posted, "words": 120})
        settings = Settings()
        for _ in range(runs):
            _digest_json(request, settings)


def _count(src: str, kind: str, runs: int, functions: dict[str, int] | None = None) -> int:
    """Instructions of ``runs`` runs of ``kind`` (with the interpreter's start); ``functions``,
    when given, is filled with each C function's own instructions."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        # OpenBLAS's worker threads spin while they wait for work, and valgrind counts what they
        # spin: with them, two counts of the same run differed by up to 5.6 M instructions (s36);
        # with one thread, by under 0.01 M (and a digest's work is the same on one thread).
        env = {
            **os.environ,
            "PYTHONPATH": f"{src}{os.pathsep}{ROOT}",
            "PYTHONHASHSEED": "0",
            "OPENBLAS_NUM_THREADS": "1",
        }
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out.name}",
                sys.executable,
                "-m",
                "bench.digest_instructions",
                "--work",
                kind,
                str(runs),
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        if functions is not None:
            annotated = subprocess.run(
                ["callgrind_annotate", "--threshold=100", out.name],
                capture_output=True,
                text=True,
                check=True,
            )
            functions.update(own_instructions(annotated.stdout))
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(done.stderr[-2000:])
    return int(found.group(1))


_ANNOTATED = re.compile(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S.*)$")


def own_instructions(annotated: str) -> dict[str, int]:
    """Each C function's own instructions ("file:function [object]" → count) from
    `callgrind_annotate`'s listing; a function listed twice (recursion levels) is summed."""
    out: dict[str, int] = {}
    for line in annotated.splitlines():
        m = _ANNOTATED.match(line)
        if m and "PROGRAM TOTALS" not in m.group(2):
            out[m.group(2)] = out.get(m.group(2), 0) + int(m.group(1).replace(",", ""))
    return out


# What a C function's instructions do, by a piece of its "file:function [object]" name; the first
# kind that matches wins. CPython inlines helpers into the bytecode loop (header files listed as
# _PyEval_EvalFrameDefault): they count as the loop.
KINDS = (
    ("the regex engine", ("/_sre/", "_sre.", ":sre_")),
    ("Python's bytecode loop", ("ceval.c:", ":_PyEval_EvalFrameDefault")),
    ("numpy, scipy and BLAS", ("numpy", "scipy", "openblas")),
    ("str methods", ("unicodeobject", "unicodectype", "stringlib", "bytes_methods", "fastsearch")),
    ("dicts, sets and hashing", ("dictobject.c", "setobject.c", "pyhash.c")),
    (
        "allocating and freeing",
        ("obmalloc.c", "malloc.c", "gcmodule.c", "dealloc", "_Py_NewReference", "GC_", "_PyTrash"),
    ),
    ("lists and tuples", ("listobject.c", "tupleobject.c")),
    ("ints and floats", ("longobject.c", "floatobject.c")),
    (
        "calls, generators, attribute and item look-ups",
        (
            "call.c",
            "funcobject.c",
            "methodobject.c",
            "descrobject.c",
            "typeobject.c",
            "abstract.c",
            "getargs.c",
            "genobject.c",
            "Frame",
            "frame",
            "GetAttr",
        ),
    ),
)
REST = "everything else (comparisons, libc's memory copies, …)"


def kind_of(function: str) -> str:
    """The kind of work a C function of callgrind's listing does (`KINDS`), or `REST`."""
    for kind, pieces in KINDS:
        if any(piece in function for piece in pieces):
            return kind
    return REST


def kinds(once: dict[str, int], more: dict[str, int], runs: int) -> list[tuple[str, float]]:
    """(kind, instructions a run) largest first: the C functions' own instructions of 1 + runs
    runs less those of one run, per run, summed per kind."""
    spent: dict[str, float] = {}
    for function in set(once) | set(more):
        kind = kind_of(function)
        spent[kind] = spent.get(kind, 0.0) + (more.get(function, 0) - once.get(function, 0)) / runs
    return sorted(spent.items(), key=lambda kv: (-kv[1], kv[0]))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--work":
        _work(sys.argv[2], int(sys.argv[3]))
        return
    split = sys.argv[1:2] == ["--kinds"]
    args = sys.argv[2:] if split else sys.argv[1:]
    src = args[0] if args else str(ROOT / "src")
    for kind, label in (("seed", "seed digest in process"), ("api", "API _digest_json")):
        functions_once: dict[str, int] = {}
        functions_more: dict[str, int] = {}
        once = _count(src, kind, 1, functions_once if split else None)
        more = _count(src, kind, 1 + K, functions_more if split else None)
        total = (more - once) / K
        print(f"{label}: {total / 1e6:.1f} M instructions a run ({src})", flush=True)
        if split:
            for name, count in kinds(functions_once, functions_more, K):
                print(f"  {name:56s} {count / 1e6:6.2f} M  {100 * count / total:5.1f}%")


if __name__ == "__main__":
    main()
