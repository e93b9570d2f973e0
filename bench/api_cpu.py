"""Server CPU per uncached `POST /v1/digest` (the seed cluster), a figure that a loaded machine
inflates far less than requests/s: `ringkas serve --workers 2 --cache-size 0` from the current
code, `wrk -t1 -c4` (or `-t2 -cC`) for N seconds, then the CPU time of the server's process tree
(from /proc, via psutil) divided by the requests answered, and how it splits between the server's
own process and the digest processes it started. Compare two versions back to back, e.g.

    PYTHONPATH=old/src python -m bench.api_cpu 15 [C]
    PYTHONPATH=src python -m bench.api_cpu 15 [C]
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


def measure(seconds: int, connections: int = 4) -> tuple[int, float, float, int]:
    """(requests, CPU seconds of the server's own process, of the processes it started, non-2xx
    responses) of one run."""
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
            wrk = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", "-s", str(script)]
            subprocess.run([*wrk, "-d3s", url + "/v1/digest"], capture_output=True, check=True)
            root = psutil.Process(server.pid)

            children = root.children(recursive=True)

            def cpu() -> tuple[float, float]:
                return sum(root.cpu_times()[:2]), sum(sum(p.cpu_times()[:2]) for p in children)

            before = cpu()
            out = subprocess.run(
                [*wrk, f"-d{seconds}s", url + "/v1/digest"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            after = cpu()
        finally:
            server.terminate()
            server.wait(20)
    found = re.search(r"(\d+) requests in", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (
        int(found.group(1)) if found else 0,
        after[0] - before[0],
        after[1] - before[1],
        int(non_2xx.group(1)) if non_2xx else 0,
    )


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    connections = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    requests, own, started, errors = measure(seconds, connections)
    per = (own + started) / requests * 1000 if requests else float("nan")
    print(
        f"{requests} requests, server CPU {own + started:.1f} s: {per:.1f} ms a request "
        f"(the server's own process {own / max(requests, 1) * 1000:.2f} ms, the processes it "
        f"started {started / max(requests, 1) * 1000:.2f} ms); non-2xx {errors}"
    )


if __name__ == "__main__":
    main()
