"""`ringkas watch`: pages/s through fetch → extract → ingest, from a loopback server.

The site is synthetic (bench.synth_stream's invented articles, laid out as four outlets' pages by
tests/watch_site.py) and runs in its own process, so serving does not share this one's GIL.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import ROOT, child_peak_rss_mib, ringkas_argv

LAYOUTS = ("antara", "detik", "kompas", "tempo")

# The site's process: builds the pages and feeds from the seeded stream, prints its URL, serves.
SERVE = """
import sys
from datetime import date
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from bench.synth_stream import generate
from watch_site import Server, Site, antara_page, detik_page, kompas_page, tempo_page, rss
# Page furniture as outlets ship it (menus, related lists, scripts): what extraction must skip.
MENU = "".join(f"<li><a href='/kanal/{k}'>Kanal {k}</a></li>" for k in range(150))
SCRIPT = "var dataLayer = [];" + "".join(f"dataLayer.push({{'slot': {k}, 'ad': 'div-gpt-{k}'}});" for k in range(900))
RELATED = "".join(f"<li><a href='/baca/{k}'>Berita terkait nomor {k} yang juga menarik dibaca</a></li>" for k in range(60))
FURNITURE = f"<nav><ul>{MENU}</ul></nav><aside><ul>{RELATED}</ul></aside><script>{SCRIPT}</script>"
site = Site()
items = {k: [] for k in ("antara", "detik", "kompas", "tempo")}
for i, row in enumerate(generate(int(sys.argv[1]), seed=7)):
    layout = ("antara", "detik", "kompas", "tempo")[i % 4]
    paragraphs = str(row["text"]).split("\\n\\n")
    day = date.fromisoformat(str(row["published"]))
    title, path = str(row["title"]), f"/{layout}/{i}"
    if layout == "antara":
        page = antara_page(title, paragraphs, "Jakarta")
    elif layout == "detik":
        page = detik_page(title, paragraphs, f"{day.isoformat()}T10:00:00+07:00")
    elif layout == "kompas":
        page = kompas_page(title, paragraphs, f"{day.isoformat()}T10:00:00+07:00")
    else:
        page = tempo_page(title, paragraphs, f"Jakarta, {day.day}/{day.month}/{day.year}")
    site.add(path, page.replace("</body>", FURNITURE + "</body>"))
    items[layout].append((path, title, day.strftime("%a, %d %b %Y 10:00:00 +0700")))
for layout, rows in items.items():
    site.add(f"/rss/{layout}.xml", rss(rows), "application/rss+xml")
site.add("/robots.txt", "User-agent: *\\nAllow: /\\n", "text/plain")
with Server(site) as server:
    print(server.url, flush=True)
    sys.stdin.read()  # serve until the benchmark closes our stdin
"""


def _feeds_file(path: Path, base: str) -> Path:
    text = "[watch]\ntimeout = 30\nretries = 0\nbackoff = 0\nhost_interval = 0\n"
    text += "concurrency = 4\nper_host = 4\nbatch = 16\n"
    for layout in LAYOUTS:
        text += f'\n[[feed]]\nname = "{layout}"\nurl = "{base}/rss/{layout}.xml"\n'
    path.write_text(text, encoding="utf-8")
    return path


def run(quick: bool) -> str:
    from ringkas.stories.service import StoryService
    from ringkas.watch.config import load_config
    from ringkas.watch.feeds import parse_feed
    from ringkas.watch.fetch import Fetcher
    from ringkas.watch.rounds import page_article, run_round
    from ringkas.watch.state import PendingPage

    n = 80 if quick else 400
    site = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(n), str(ROOT), str(ROOT / "tests")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert site.stdout is not None
        base = site.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            config = load_config(_feeds_file(Path(tmp) / "feeds.toml", base))
            fetcher = Fetcher(config)
            feeds = [fetcher.get(f.url) for f in config.feeds]
            items = [
                (feed.name, item)
                for feed, got in zip(config.feeds, feeds, strict=True)
                for item in parse_feed(got.body, got.url)
            ]
            pages = [PendingPage(i.url, name, "", i.title, i.published, 0) for name, i in items]
            fetcher.get(pages[0].url)  # robots.txt and the connection pool, before the clock

            started = time.perf_counter()
            with ThreadPoolExecutor(config.concurrency) as pool:
                bodies = list(pool.map(lambda p: fetcher.get(p.url), pages))
            fetch_s = time.perf_counter() - started
            fetcher.close()
            size = sum(len(b.body) for b in bodies)

            page_article(config, pages[0], bodies[0])  # trafilatura, lingua, stemmer: loaded once
            started = time.perf_counter()
            articles = [page_article(config, p, b) for p, b in zip(pages, bodies, strict=True)]
            extract_s = time.perf_counter() - started

            with StoryService(Path(tmp) / "ingest.db") as service:
                started = time.perf_counter()
                report = service.ingest(articles, batch_size=config.batch)
                ingest_s = time.perf_counter() - started

            with StoryService(Path(tmp) / "round.db") as service:
                fetcher = Fetcher(config)
                started = time.perf_counter()
                first = run_round(config, service, fetcher)
                round_s = time.perf_counter() - started
                started = time.perf_counter()
                second = run_round(config, service, fetcher)
                again_s = time.perf_counter() - started
                fetcher.close()
            stored = sum(f.new for f in first.feeds)
            assert (
                not first.failures
                and first.pages_fetched == len(pages)
                and sum(f.new for f in second.feeds) == 0
            )

            feeds_path = Path(tmp) / "feeds.toml"
            cli_s, cli_rss = child_peak_rss_mib(
                ringkas_argv("watch", str(feeds_path), "--db", str(Path(tmp) / "cli.db"), "--once")
            )
    finally:
        site.communicate("", timeout=60)
    rows = [
        ("fetch (httpx, 4 in flight, loopback)", len(pages), fetch_s),
        ("extract + date + language check", len(articles), extract_s),
        ("ingest (store, group, refresh digests per batch of 16)", len(articles), ingest_s),
        ("a whole round: feeds → fetch → extract → ingest", first.pages_fetched, round_s),
        ("`ringkas watch --once` (a child: imports, store, round)", first.pages_fetched, cli_s),
    ]
    table = [
        f"| {what} | {count:,} | {seconds:.1f} | {count / seconds:,.1f} |"
        for what, count, seconds in rows
    ]
    return "\n".join(
        [
            "## Watching feeds (`ringkas watch`, loopback)",
            "",
            f"{len(pages):,} synthetic pages ({size / len(pages) / 1024:.1f} KiB on average, invented "
            "text from `bench/synth_stream.py` in four outlets' layouts from `tests/watch_site.py`) "
            "listed by four RSS feeds, served by a threading `http.server` in its own process on "
            "127.0.0.1; `host_interval = 0` (the shipped example waits 2 s between two requests "
            "to one host, which bounds a real round at 0.5 pages/s per outlet, far below what "
            "the machine can do). Stages measured separately in one process, then together.",
            "",
            "| stage | pages | seconds | pages/s |",
            "|---|---:|---:|---:|",
            *table,
            "",
            f"Stored {stored:,} (the rest exact copies of earlier pages), in "
            f"{len(report.stories_touched):,} stories. The second round, every "
            f"feed answering 304 Not Modified and no page fetched again: {again_s * 1000:.0f} ms. "
            f"Peak RSS of the `--once` child: {cli_rss:.0f} MiB. One run on a shared 2-core "
            "machine: the figures are noisy; the ratios between stages are what to read.",
            "",
        ]
    )
