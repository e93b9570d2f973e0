"""HTTP load test on loopback: concurrent clients POST the seed cluster to /v1/digest.

The client is wrk (C, Debian's package, installed by `make bench`), so the load generator costs
little CPU next to the server on this 2-core machine. Two runs: with the digest cache (repeated
identical requests, as a newsroom tool polling one cluster makes) and with the cache off (every
request recomputed: the honest CPU cost of a digest).
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.common import SEED, ringkas_argv

CONNECTIONS = 32
LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("{body}", "rb"):read("*a")
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _wrk(url: str, body: Path, seconds: int) -> dict[str, float]:
    script = body.with_suffix(".lua")
    script.write_text(LUA.format(body=body), encoding="utf-8")
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--latency",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    latency = dict(re.findall(r"^\s*(50|99)%\s+(\S+)\s*$", out, re.M))
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(x) for x in socket_errors.groups())
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "p50": _ms(latency["50"]),
        "p99": _ms(latency["99"]),
        "requests": requests,
        "errors": errors,
    }


def _serve_and_load(
    workers: int, cache: int, body: Path, seconds: int, db: Path
) -> dict[str, float]:
    port = _free_port()
    server = subprocess.Popen(
        ringkas_argv(
            "serve",
            "--port",
            str(port),
            "--db",
            str(db),
            "--workers",
            str(workers),
            "--cache-size",
            str(cache),
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(base + "/healthz")
        # Warm every worker (imports, first digest) before the clock starts.
        _wrk(base + "/v1/digest", body, 2)
        return _wrk(base + "/v1/digest", body, seconds)
    finally:
        server.terminate()
        server.wait(20)


def run(quick: bool) -> str:
    if shutil.which("wrk") is None:
        return "## HTTP API under load\n\nwrk is not installed (`apt-get install wrk`); not measured.\n"
    seconds = 3 if quick else 20
    articles = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEED.glob("*.txt"))
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        body = Path(tmp) / "seed.json"
        body.write_text(json.dumps({"articles": articles, "words": 120}), encoding="utf-8")
        for workers, cache, what in (
            (2, 256, "cache on (the same cluster again)"),
            (2, 0, "cache off (every digest recomputed)"),
            (1, 0, "cache off, one worker"),
        ):
            r = _serve_and_load(workers, cache, body, seconds, Path(tmp) / f"s{workers}{cache}.db")
            rows.append(
                f"| {what} | {workers} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | "
                f"{int(r['requests']):,} | {int(r['errors'])} |"
            )
    body_size = len(json.dumps({"articles": articles, "words": 120}).encode())
    return "\n".join(
        [
            "## HTTP API under load (loopback)",
            "",
            f"`ringkas serve --workers W [--cache-size 0]`, then `wrk -t2 -c{CONNECTIONS} "
            f"-d{seconds}s --latency` POSTing the seed cluster ({body_size:,} bytes, 5 articles, "
            "120 words) to `/v1/digest`; server and client share the machine's 2 cores. "
            "Goal: ≥ 200 requests/s with 0 errors.",
            "",
            "| run | workers | requests/s | p50 ms | p99 ms | requests | errors |",
            "|---|---:|---:|---:|---:|---:|---:|",
            *rows,
            "",
        ]
    )
