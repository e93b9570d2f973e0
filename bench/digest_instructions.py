"""Instructions per warm digest, counted by valgrind (deterministic: a loaded machine does not
change them), for the seed cluster in process and for the API's request work (`_digest_json`:
clean the five posted texts, digest, JSON), as bench/api_cpu.py posts it.

    python -m bench.digest_instructions [SRC]      # SRC: a version's src folder (default: this one)

Each figure is (I(1 + K runs) - I(1 run)) / K, so imports and the first (cold) run cancel out.
Slow: valgrind runs Python ~50x slower (a few minutes).
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


def _count(src: str, kind: str, runs: int) -> int:
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
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(done.stderr[-2000:])
    return int(found.group(1))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--work":
        _work(sys.argv[2], int(sys.argv[3]))
        return
    src = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "src")
    for kind, label in (("seed", "seed digest in process"), ("api", "API _digest_json")):
        once = _count(src, kind, 1)
        more = _count(src, kind, 1 + K)
        print(f"{label}: {(more - once) / K / 1e6:.1f} M instructions a run ({src})", flush=True)


if __name__ == "__main__":
    main()
