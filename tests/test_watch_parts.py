"""The watcher's pure parts (config, feeds, dating, page checks) and the fetcher's manners,
without the store."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ringkas.cli import app
from ringkas.errors import ConfigError
from ringkas.model import Removed
from ringkas.watch.config import USER_AGENT, WatchConfig, load_config, parse_config
from ringkas.watch.dating import dateline_date, meta_date
from ringkas.watch.feeds import FeedError, FeedItem, parse_day, parse_feed
from ringkas.watch.fetch import Fetcher, FetchError
from ringkas.watch.rounds import PageError, decode_page, page_article
from ringkas.watch.state import PendingPage
from watch_site import FLOOD, Server, Site, atom, kompas_page, news_sitemap, rss

BASE = "https://www.example.co.id/"


def test_rss_atom_and_news_sitemap_items() -> None:
    items = parse_feed(
        rss([("/a", " Banjir  Garut ", "Tue, 01 Dec 2026 06:45:00 +0700"), ("/a", "again", ""),
             ("mailto:x@y.z", "not a page", ""), ("/b", "Gempa", "")]).encode(), BASE,
    )  # fmt: skip
    assert items == (
        FeedItem("https://www.example.co.id/a", "Banjir Garut", date(2026, 12, 1)),
        FeedItem("https://www.example.co.id/b", "Gempa", None),
    )
    assert parse_feed(atom([("https://x.id/1", "Satu")]).encode(), BASE) == (
        FeedItem("https://x.id/1", "Satu", None),
    )
    sitemap = news_sitemap([("https://x.id/2", "Dua", "2026-12-01T00:30:00+07:00")]).encode()
    assert parse_feed(sitemap, BASE) == (FeedItem("https://x.id/2", "Dua", date(2026, 12, 1)),)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>a</title><link>/a", "malformed XML"),
        (b"{\"not\": \"a feed\"}", "malformed XML"),
        (b"<?xml version='1.0'?><note><to>redaksi</to></note>", "not an RSS/Atom feed"),
        (b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>/a</loc>", "malformed XML"),
        (b"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>x</loc></sitemap></sitemapindex>", "sitemap index"),
        (b"<!DOCTYPE urlset [<!ENTITY x 'y'>]><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>&x;</loc></url></urlset>", "DTD"),
    ],
)  # fmt: skip
def test_bad_feeds_are_errors_with_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        parse_feed(body, BASE)


def test_days_are_read_in_their_own_time_zone() -> None:
    assert parse_day("Tue, 01 Dec 2026 00:30:00 +0700") == date(2026, 12, 1)  # UTC: 30 Nov
    assert parse_day("2026-11-30T23:59:00-05:00") == date(2026, 11, 30)
    assert parse_day("2026-11-30") == date(2026, 11, 30)
    assert parse_day("kemarin sore") is None


def test_page_metadata_dates() -> None:
    assert meta_date(kompas_page("Judul", FLOOD, "2026-11-29T23:10:00+07:00")) == date(2026, 11, 29)
    og = "<html><head><meta property='article:published_time' content='2026-11-28T08:00:00+07:00'></head><body><p>x</p></body></html>"  # fmt: skip
    assert meta_date(og) == date(2026, 11, 28)
    assert meta_date("<html><body><p>tanpa tanggal</p></body></html>") is None
    assert meta_date("<html><head><script type='application/ld+json'>{bad</script></head></html>") is None  # fmt: skip


def test_dateline_dates_need_a_written_year() -> None:
    body = "Garut, Senin (30/11/2026) - Banjir bandang melanda.\n\nParagraf kedua."
    assert dateline_date(body, ()) == date(2026, 11, 30)
    assert dateline_date("Banjir pada 30 November melanda.", ()) is None  # no year: not a dateline
    removed = (Removed("Jakarta, Rabu 2 Desember 2026 -", "dateline"),)
    assert dateline_date("Isi berita.", removed) == date(2026, 12, 2)


def test_config_errors_name_the_file_and_entry(tmp_path: Path) -> None:
    good = {"feed": [{"name": "a", "url": "https://a.id/rss"}]}
    assert parse_config(good).feeds[0].name == "a"
    assert parse_config(good).user_agent == USER_AGENT
    for data, message in [
        ({}, "no feeds"),
        ({"feed": [{"name": "a", "url": "ftp://a.id/x"}]}, "http"),
        ({"feed": [{"name": "a", "url": "https://a.id"}, {"name": "a", "url": "https://b.id"}]}, "twice"),
        ({"watch": {"timeout": "5"}, **good}, "number of seconds"),
        ({"watch": {"concurrency": 0}, **good}, "≥ 1"),
        ({"watch": {"speed": 1}, **good}, "unknown setting 'speed'"),
        ({"feeds": [], **good}, "unknown table"),
    ]:  # fmt: skip
        with pytest.raises(ConfigError, match=message):
            parse_config(data)
    bad = tmp_path / "feeds.toml"
    bad.write_text("[[feed]]\nname = 'a'\nurl = ", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"feeds\.toml: not valid TOML"):
        load_config(bad)
    result = CliRunner().invoke(app, ["watch", str(bad), "--db", str(tmp_path / "s.db"), "--once"])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


def _page(**kw: object) -> PendingPage:
    values: dict[str, object] = {"url": "https://x.id/a", "feed": "x", "outlet": "x.id",
                                 "title": "", "published": None, "attempts": 0}  # fmt: skip
    values.update(kw)
    return PendingPage(**values)  # type: ignore[arg-type]


def test_page_checks() -> None:
    from ringkas.watch.fetch import Fetched

    config = WatchConfig(feeds=())
    html = kompas_page("Banjir Bandang di Garut", FLOOD, "2026-11-30T20:05:00+07:00")
    article = page_article(
        config, _page(), Fetched("https://x.id/a", 200, html.encode(), "text/html")
    )
    assert article.outlet == "x.id" and article.published == date(2026, 11, 30)
    assert "Baca juga" not in article.body and article.language == "id"
    with pytest.raises(PageError, match="not an HTML page"):
        page_article(config, _page(), Fetched("u", 200, b"%PDF", "application/pdf"))
    with pytest.raises(PageError, match="no article text"):
        page_article(config, _page(), Fetched("u", 200, b"<html><body></body></html>", "text/html"))
    assert decode_page("Rp 5.000 – harga".encode("cp1252"), "text/html; charset=windows-1252") == "Rp 5.000 – harga"  # fmt: skip
    assert decode_page("ä".encode(), "text/html; charset=nonsense") == "ä"


class _Counting(Site):
    """Counts requests in flight at once and records User-Agents."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self.most = 0
        self.agents: set[str] = set()


def test_fetcher_caps_requests_per_host_and_sends_its_user_agent() -> None:
    site = _Counting()
    with Server(site) as server:
        for i in range(6):
            site.add(f"/p{i}", f"<html><body><p>halaman {i}</p></body></html>")
        original = server.httpd.RequestHandlerClass.do_GET  # type: ignore[attr-defined]

        def counted(handler: object) -> None:
            # A request counts from its arrival until just before its answer is written: the
            # fetcher cannot send its next request to the host before it has read this answer, so
            # a correct fetcher is never seen twice, however the threads are scheduled (counting
            # until the handler returned saw 2 under load: the next request arrived while this
            # thread, its answer already sent, waited for a core). The pause only gives a second
            # request, if the fetcher let one go, the time to arrive and be counted.
            with site.lock:
                site.in_flight += 1
                site.most = max(site.most, site.in_flight)
                site.agents.add(handler.headers.get("User-Agent", ""))  # type: ignore[attr-defined]
            time.sleep(0.05)
            with site.lock:
                site.in_flight -= 1
            original(handler)

        server.httpd.RequestHandlerClass.do_GET = counted  # type: ignore[attr-defined]
        config = WatchConfig(feeds=(), host_interval=0, concurrency=4, per_host=1, timeout=5)
        fetcher = Fetcher(config)
        try:
            threads = [threading.Thread(target=fetcher.get, args=(f"{server.url}/p{i}",)) for i in range(6)]  # fmt: skip
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
        finally:
            fetcher.close()
    assert site.most == 1  # never two requests to one host at once, whatever the timing
    assert site.agents == {USER_AGENT}


def test_robots_txt_server_error_means_nothing_is_fetched() -> None:
    site = Site()
    site.routes["/robots.txt"] = (503, "text/plain", b"busy")
    site.add("/a", "<html><body><p>x</p></body></html>")
    with Server(site) as server:
        fetcher = Fetcher(WatchConfig(feeds=(), retries=0, host_interval=0))
        try:
            with pytest.raises(FetchError, match=r"robots\.txt"):
                fetcher.get(f"{server.url}/a")
        finally:
            fetcher.close()
    assert ("/a", 200) not in site.log


def test_the_example_feeds_file_is_valid() -> None:
    config = load_config(Path(__file__).resolve().parents[1] / "feeds.example.toml")
    assert len(config.feeds) >= 11 and config.per_host == 1
    assert all(f.url.startswith("https://") for f in config.feeds)


def test_robots_txt_redirect_is_followed() -> None:
    site = Site()
    site.routes["/robots.txt"] = (301, "", b"/aturan/robots.txt")
    site.add("/aturan/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", "text/plain")
    site.add("/rahasia/a", "<html><body><p>x</p></body></html>")
    site.add("/terbuka/b", "<html><body><p>y</p></body></html>")
    with Server(site) as server:
        fetcher = Fetcher(WatchConfig(feeds=(), retries=0, host_interval=0))
        try:
            with pytest.raises(FetchError, match=r"robots\.txt"):
                fetcher.get(f"{server.url}/rahasia/a")
            assert fetcher.get(f"{server.url}/terbuka/b").status == 200
        finally:
            fetcher.close()


def test_pages_are_taken_one_host_at_a_time_in_queue_order() -> None:
    from ringkas.watch.rounds import interleave_hosts

    urls = ["https://a.id/1", "https://a.id/2", "https://a.id/3", "https://b.id/1", "https://c.id/1", "https://b.id/2"]  # fmt: skip
    order = [p.url for p in interleave_hosts([_page(url=u) for u in urls])]
    assert order == ["https://a.id/1", "https://b.id/1", "https://c.id/1", "https://a.id/2", "https://b.id/2", "https://a.id/3"]  # fmt: skip
