"""Server CPU per uncached `POST /v1/digest` (the seed cluster), a figure that a loaded machine
inflates far less than requests/s: `ringkas serve --workers 2 --cache-size 0` from the current
code, `wrk -t1 -c4` for N seconds, then the CPU time of the server's process tree (from /proc, via
psutil) divided by the requests answered. Compare two versions back to back, e.g.

    PYTHONPATH=old/src python -m bench.api_cpu 15
    PYTHONPATH=src python -m bench.api_cpu 15
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import SEED, ringkas_argv
from bench.section_50_api import LUA, _free_port, _wait


def measure(seconds: int) -> tuple[int, float, int]:
    """(requests, server CPU seconds, non-2xx responses) of one run."""
    import psutil

    articles = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEED.glob("*.txt"))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        body = Path(tmp) / "seed.json"
        body.write_text(json.dumps({"articles": articles, "words": 120}), encoding="utf-8")
        script = Path(tmp) / "seed.lua"
        script.write_text(LUA.format(body=body), encoding="utf-8")
        port = _free_port()
        argv = ringkas_argv("serve", "--port", str(port), "--db", f"{tmp}/s.db")
        server = subprocess.Popen(
            [*argv, "--workers", "2", "--cache-size", "0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait(url + "/healthz", 60)
            wrk = ["wrk", "-t1", "-c4", "-s", str(script)]
            subprocess.run([*wrk, "-d3s", url + "/v1/digest"], capture_output=True, check=True)
            root = psutil.Process(server.pid)

            def cpu() -> float:
                return sum(sum(p.cpu_times()[:2]) for p in [root, *root.children(recursive=True)])

            before = cpu()
            out = subprocess.run(
                [*wrk, f"-d{seconds}s", url + "/v1/digest"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            used = cpu() - before
        finally:
            server.terminate()
            server.wait(20)
    found = re.search(r"(\d+) requests in", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (int(found.group(1)) if found else 0), used, int(non_2xx.group(1)) if non_2xx else 0


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    requests, used, errors = measure(seconds)
    per = used / requests * 1000 if requests else float("nan")
    print(f"{requests} requests, server CPU {used:.1f} s: {per:.1f} ms a request; non-2xx {errors}")


if __name__ == "__main__":
    main()
