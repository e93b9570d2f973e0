"""`ringkas watch` against a real HTTP server on loopback serving invented outlets' feeds and pages:
conditional GETs, every kind of failure counted and named, articles stored, dated and grouped,
a kill -9 mid-round, and the API reading the store while a watcher writes it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringkas.cli import app
from watch_site import (  # fmt: skip
    ENGLISH,
    Server,
    Site,
    atom,
    detik_page,
    good_pages,
    news_sitemap,
    rss,
)

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()

SETTINGS = """
[watch]
timeout = 0.5
retries = 1
backoff = 0
host_interval = 0
max_page_bytes = 200_000
batch = {batch}
concurrency = 4
per_host = 4
"""

# Every failure of round one: (feed, path, what the reason says).
FAILURES = {
    ("antara", "/missing", "HTTP 404"),
    ("antara", "/private/memo", "robots.txt"),
    ("detik", "/gone", "HTTP 410"),
    ("detik", "/loop", "redirect loop"),
    ("detik", "/big", "larger than 200,000 bytes"),
    ("detik", "/english/flood", "English"),
    ("kompas", "/slow", "timed out after 0.5 s (tried again next round)"),
    ("kompas", "/error", "HTTP 500 (tried again next round)"),
    ("kompas", "/files/laporan.pdf", "not an HTML page (application/pdf)"),
    ("broken", "/rss/broken.xml", "feed: malformed XML"),
    ("down", "/rss/down.xml", "feed: HTTP 503"),
}
DATES = {
    "/antara/banjir-garut": date(2026, 11, 30),  # RSS pubDate
    "/antara/gempa-sumba": date(2026, 12, 1),  # RSS pubDate 06:45 +0700: the 1st in WIB, not UTC
    "/detik/banjir-bandang-garut": date(2026, 11, 30),  # page metadata (Atom has no date)
    "/kompas/read/banjir-garut": date(2026, 11, 30),  # news sitemap
    "/kompas/read/gempa-sumba-barat": date(2026, 12, 1),
    "/tempo/banjir-garut": date(2026, 11, 30),  # dateline (no feed date, no metadata)
    "/tempo/lama": date(2026, 12, 1),  # redirected to /tempo/gempa-sumba, dated by its dateline
}
EVENTS = {
    "/antara/banjir-garut": "flood",
    "/antara/gempa-sumba": "quake",
    "/detik/banjir-bandang-garut": "flood",
    "/kompas/read/banjir-garut": "flood",
    "/kompas/read/gempa-sumba-barat": "quake",
    "/tempo/banjir-garut": "flood",
    "/tempo/lama": "quake",
}


def build_site() -> Site:
    site = Site()
    for page in good_pages():
        site.add(page.path, page.body)
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add("/private/memo", detik_page("Memo internal", ["Tidak untuk umum. " * 20], ""))
    site.add("/english/flood", "<html lang='en'><body><article>" + "".join(f"<p>{p}</p>" for p in ENGLISH) + "</article></body></html>")  # fmt: skip
    site.add("/files/laporan.pdf", "%PDF-1.4 laporan", "application/pdf")
    site.routes["/gone"] = (410, "text/plain", b"gone")
    site.routes["/tempo/lama"] = (301, "", b"/tempo/gempa-sumba")
    site.routes["/rss/down.xml"] = (503, "text/plain", b"busy")
    site.add("/rss/antara.xml", rss([
        ("/antara/banjir-garut", "Banjir bandang terjang Tarogong Kidul Garut", "Mon, 30 Nov 2026 21:00:00 +0700"),
        ("/antara/gempa-sumba", "Gempa magnitudo 5,2 guncang Sumba Barat", "Tue, 01 Dec 2026 06:45:00 +0700"),
        ("/missing", "Berita yang sudah dihapus", "Mon, 30 Nov 2026 10:00:00 +0700"),
        ("/private/memo", "Memo", "Mon, 30 Nov 2026 10:00:00 +0700"),
    ]), "application/rss+xml")  # fmt: skip
    site.add("/atom/detik.xml", atom([
        ("/detik/banjir-bandang-garut", "Banjir Bandang Terjang Garut"),
        ("/gone", "Berita lama"), ("/loop", "Tautan berputar"), ("/big", "Halaman raksasa"),
        ("/english/flood", "Flash flood in Garut"),
    ]), "application/atom+xml")  # fmt: skip
    site.add("/sitemap/kompas.xml", news_sitemap([
        ("/kompas/read/banjir-garut", "Banjir Bandang di Garut", "2026-11-30T20:05:00+07:00"),
        ("/kompas/read/gempa-sumba-barat", "Gempa M 5,2 Guncang Sumba Barat", "2026-12-01T09:10:00+08:00"),
        ("/slow", "Halaman lambat", "2026-11-30T10:00:00+07:00"),
        ("/error", "Server galat", "2026-11-30T10:00:00+07:00"),
        ("/files/laporan.pdf", "Laporan PDF", "2026-11-30T10:00:00+07:00"),
    ]), "application/xml")  # fmt: skip
    site.add("/rss/tempo.xml", rss([
        ("/tempo/banjir-garut", "Banjir Bandang Garut", ""),
        ("/tempo/lama", "Sekolah Retak Akibat Gempa Sumba Barat", ""),
    ]), "application/rss+xml")  # fmt: skip
    site.add("/rss/broken.xml", "<?xml version='1.0'?><rss version='2.0'><channel><item><title>Banjir</title><link>/antara/banj", "application/rss+xml")  # fmt: skip
    return site


def feeds_file(tmp_path: Path, base: str, batch: int = 4, extra: str = "") -> Path:
    names = [("antara", "/rss/antara.xml", "antaranews.com"), ("detik", "/atom/detik.xml", "detik.com"),
             ("kompas", "/sitemap/kompas.xml", "kompas.com"), ("tempo", "/rss/tempo.xml", "tempo.co"),
             ("broken", "/rss/broken.xml", "broken.example"), ("down", "/rss/down.xml", "down.example")]  # fmt: skip
    text = SETTINGS.format(batch=batch) + extra
    for name, path, outlet in names:
        text += f'\n[[feed]]\nname = "{name}"\nurl = "{base}{path}"\noutlet = "{outlet}"\n'
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def server() -> Iterator[Server]:
    with Server(build_site()) as running:
        yield running


def _counts(output: str) -> dict[str, tuple[int, int, int]]:
    out = {}
    for line in output.splitlines():
        if " new " in line and not line.startswith(("failed:", "20")):
            name, rest = line.split(None, 1)
            parts = rest.replace("·", " ").split()
            out[name] = (int(parts[1]), int(parts[3]), int(parts[5]))
    return out


def _failures(output: str, base: str) -> set[tuple[str, str, str]]:
    found = set()
    for line in output.splitlines():
        if line.startswith("failed: "):
            feed, rest = line.removeprefix("failed: ").split(": ", 1)
            url, reason = rest.split(": ", 1)
            found.add((feed, url.removeprefix(base), reason))
    return found


def _named(found: set[tuple[str, str, str]], expected: set[tuple[str, str, str]]) -> None:
    """Each expected failure appears once, with its URL and a reason containing the words."""
    assert len(found) == len(expected), sorted(found)
    for feed, path, words in expected:
        assert any(f == feed and p == path and words in r for f, p, r in found), (feed, path, sorted(found))  # fmt: skip


def _stored(db: Path, base: str) -> dict[str, tuple[str, str | None, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, story_id, published, outlet FROM articles").fetchall()
    urls = [r[0] for r in rows]
    assert len(urls) == len(set(urls)), "an article was stored twice"
    return {url.removeprefix(base): (story, day, outlet) for url, story, day, outlet in rows}


def test_watch_once_twice_stores_groups_and_then_fetches_nothing(
    tmp_path: Path, server: Server
) -> None:
    feeds, db = feeds_file(tmp_path, server.url), tmp_path / "stories.db"
    first = runner.invoke(app, ["watch", str(feeds), "--db", str(db), "--once"])
    assert first.exit_code == 0, first.output
    assert _counts(first.output) == {
        "antara": (2, 0, 2), "detik": (1, 0, 4), "kompas": (2, 0, 3), "tempo": (2, 0, 0),
        "broken": (0, 0, 1), "down": (0, 0, 1),
    }  # fmt: skip
    _named(_failures(first.output, server.url), FAILURES)

    stored = _stored(db, server.url)
    assert set(stored) == set(DATES)
    assert {path: date.fromisoformat(str(day)) for path, (_, day, _) in stored.items()} == DATES
    assert stored["/detik/banjir-bandang-garut"][2] == "detik.com"
    stories = {event: {stored[p][0] for p, e in EVENTS.items() if e == event} for event in ("flood", "quake")}  # fmt: skip
    assert len(stories["flood"]) == 1 and len(stories["quake"]) == 1, stories
    assert stories["flood"] != stories["quake"]
    with sqlite3.connect(db) as conn:
        versions = conn.execute("SELECT COUNT(DISTINCT story_id) FROM digest_versions").fetchone()[0]  # fmt: skip
    assert versions == 2  # both stories have a digest

    before = len(server.site.requests())
    second = runner.invoke(app, ["watch", str(feeds), "--db", str(db), "--once"])
    assert second.exit_code == 0, second.output
    assert _counts(second.output) == {
        "antara": (0, 4, 0), "detik": (0, 5, 0), "kompas": (0, 3, 2), "tempo": (0, 2, 0),
        "broken": (0, 0, 1), "down": (0, 0, 1),
    }  # fmt: skip
    assert "feed unchanged (304)" in second.output
    _named(
        _failures(second.output, server.url),
        {f for f in FAILURES if f[0] in ("kompas", "broken", "down") and "HTML" not in f[2]},
    )
    round_two = server.site.log[before:]
    feeds_seen = {p: s for p, s in round_two if p.endswith(".xml")}
    assert feeds_seen == {"/rss/antara.xml": 304, "/atom/detik.xml": 304, "/sitemap/kompas.xml": 304,
                          "/rss/tempo.xml": 304, "/rss/broken.xml": 200, "/rss/down.xml": 503}  # fmt: skip
    # Pages: only the two passing failures are tried again; nothing is fetched a second time.
    pages = {p for p, _ in round_two if not p.endswith((".xml", "robots.txt"))}
    assert pages == {"/slow", "/error"}
    assert _stored(db, server.url) == stored


def test_third_round_gives_up_on_passing_failures(tmp_path: Path, server: Server) -> None:
    feeds, db = feeds_file(tmp_path, server.url), tmp_path / "stories.db"
    outputs = [
        runner.invoke(app, ["watch", str(feeds), "--db", str(db), "--once"]).output
        for _ in range(3)
    ]
    third = _failures(outputs[2], server.url)
    assert ("kompas", "/error", "HTTP 500") in third  # max_attempts = 3: no "tried again"
    fourth = runner.invoke(app, ["watch", str(feeds), "--db", str(db), "--once", "-f", "json"])
    assert fourth.exit_code == 0, fourth.output
    lines = [line for line in fourth.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, fourth.output
    report = json.loads(lines[0])
    assert {f["name"]: f["status"] for f in report["feeds"]} == {
        "antara": "304", "detik": "304", "kompas": "304", "tempo": "304",
        "broken": "failed", "down": "failed",
    }  # fmt: skip
    assert sorted(f["feed"] for f in report["failures"]) == ["broken", "down"]
    assert report["pages_fetched"] == 0
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT url, state FROM fetch_state WHERE kind = 'page'").fetchall())  # fmt: skip
    assert states[f"{server.url}/error"] == "failed" and states[f"{server.url}/slow"] == "failed"
    assert states[f"{server.url}/antara/banjir-garut"] == "done"


def _child(feeds: Path, db: Path, *more: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO / 'tests'}"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ringkas",
            "watch",
            str(feeds),
            "--db",
            str(db),
            *(more or ("--once",)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _hold_site(server: Server) -> None:
    """Put /hold third in antara's feed: with batch = 2 it comes right after the first committed
    batch, and most pages are still to fetch when the watcher is killed."""
    server.site.add("/rss/antara.xml", rss([
        ("/antara/banjir-garut", "Banjir bandang terjang Tarogong Kidul Garut", "Mon, 30 Nov 2026 21:00:00 +0700"),
        ("/antara/gempa-sumba", "Gempa magnitudo 5,2 guncang Sumba Barat", "Tue, 01 Dec 2026 06:45:00 +0700"),
        ("/hold", "Relawan Bantu Warga Garut Bersihkan Lumpur", "Mon, 30 Nov 2026 22:00:00 +0700"),
        ("/missing", "Berita yang sudah dihapus", "Mon, 30 Nov 2026 10:00:00 +0700"),
    ]), "application/rss+xml")  # fmt: skip


def test_kill_9_mid_round_loses_and_duplicates_nothing(tmp_path: Path, server: Server) -> None:
    _hold_site(server)
    feeds, db = feeds_file(tmp_path, server.url, batch=2), tmp_path / "stories.db"
    child = _child(feeds, db)
    try:
        assert server.site.hold_hit.wait(120), "the watcher never reached /hold"
        child.send_signal(signal.SIGKILL)  # while /hold is in flight: the watcher is mid-round
        child.wait(60)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    partial = _stored(db, server.url)
    assert set(partial) == {"/antara/banjir-garut", "/antara/gempa-sumba"}  # the first batch
    server.site.hold_armed = False
    again = runner.invoke(app, ["watch", str(feeds), "--db", str(db), "--once"])
    assert again.exit_code == 0, again.output
    stored = _stored(db, server.url)  # asserts no URL twice
    assert set(stored) == set(DATES) | {"/hold"}
    for path, row in partial.items():
        assert stored[path] == row  # what was committed before the kill is kept as it was
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        pending = conn.execute("SELECT COUNT(*) FROM fetch_state WHERE state = 'pending' AND url NOT LIKE '%/slow' AND url NOT LIKE '%/error'").fetchone()[0]  # fmt: skip
    assert pending == 0
    # Pages committed before the kill are not fetched again.
    fetched = [p for p, s in server.site.log if s == 200 and p in partial]
    assert sorted(fetched) == sorted(set(fetched)), sorted(fetched)


def test_sigterm_mid_round_stores_the_chunk_in_hand_and_leaves_the_rest_queued(
    tmp_path: Path, server: Server
) -> None:
    """A service manager stops the watcher with SIGTERM while /hold is in flight: the chunk
    being fetched is stored, the round ends there, and the pages not reached are still queued
    (the next run fetches them, none twice)."""
    _hold_site(server)
    feeds, db = feeds_file(tmp_path, server.url, batch=2), tmp_path / "stories.db"
    child = _child(feeds, db, "--format", "json")
    try:
        assert server.site.hold_hit.wait(120), "the watcher never reached /hold"
        child.send_signal(signal.SIGTERM)
        server.site.release.set()
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    (report,) = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    stopped = _stored(db, server.url)
    assert {"/antara/banjir-garut", "/antara/gempa-sumba", "/hold"} <= set(stopped)
    assert sum(f["new"] for f in report["feeds"]) == len(stopped)
    with sqlite3.connect(db) as conn:
        queued = {u for (u,) in conn.execute("SELECT url FROM fetch_state WHERE kind = 'page' AND state = 'pending'")}  # fmt: skip
    assert queued, "the round went on after the signal"
    assert not queued & {f"{server.url}{p}" for p in stopped}
    again = runner.invoke(app, ["watch", str(feeds), "--db", str(db), "--once"])
    assert again.exit_code == 0, again.output
    assert set(_stored(db, server.url)) == set(DATES) | {"/hold"}
    fetched = [p for p, s in server.site.log if s == 200 and p in stopped]
    assert sorted(fetched) == sorted(set(fetched)), sorted(fetched)


def test_api_lists_stories_while_a_watcher_writes(tmp_path: Path, server: Server) -> None:
    from fastapi.testclient import TestClient

    from ringkas.api.app import Settings, create_app

    _hold_site(server)
    feeds, db = feeds_file(tmp_path, server.url, batch=2), tmp_path / "stories.db"
    child = _child(feeds, db)
    try:
        assert server.site.hold_hit.wait(120), "the watcher never reached /hold"
        with TestClient(create_app(Settings(db=str(db)))) as client:
            during = client.get("/v1/stories")
            assert during.status_code == 200
            assert during.json(), "the watcher's first batches are visible"
            server.site.release.set()  # let the watcher finish while the API has the store open
            _out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
            after = client.get("/v1/stories")
        assert after.status_code == 200
        rows = after.json()
        assert sum(r["articles"] + r["reprints"] for r in rows) == len(DATES) + 1
        assert all(r["last_updated"] for r in rows)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()


def test_without_once_it_keeps_polling_with_conditional_gets(
    tmp_path: Path, server: Server
) -> None:
    """The long-running mode: rounds follow each other (interval 0 here); from the second on,
    the feeds answer 304. The test waits for the server to have answered a 304, then stops it."""
    feeds, db = feeds_file(tmp_path, server.url, extra="interval = 0\n"), tmp_path / "s.db"
    second_round = server.site.when("/rss/tempo.xml", 304, 1)
    child = _child(feeds, db, "--format", "json")
    try:
        if not second_round.wait(120):
            child.kill()
            pytest.fail(f"no second round: {child.communicate()[1][-2000:]}")
        child.send_signal(signal.SIGINT)  # Ctrl-C: the way a person stops it
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 130, err  # interrupted
    rounds = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert sum(f["new"] for f in rounds[0]["feeds"]) == len(DATES)
    assert set(_stored(db, server.url)) == set(DATES)
