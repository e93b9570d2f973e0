"""A feed's bytes → its items (page URL, title, date): RSS/Atom by feedparser, Google News
sitemaps by a hardened XML parser (defusedxml). Pure: no network, no clock."""

from __future__ import annotations

import re
import xml.sax
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlparse

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
_SITEMAP_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(urlset|sitemapindex)\b")


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str = ""
    published: date | None = None  # the outlet's own calendar day (its time zone), not UTC


class FeedError(Exception):
    """The feed's bytes cannot be read as a feed; the message says why (no request data)."""


def parse_feed(body: bytes, base_url: str) -> tuple[FeedItem, ...]:
    """Items in the feed's order, each URL once (the first listing wins), http(s) only."""
    head = body[:4096]
    items = _sitemap_items(body) if _SITEMAP_ROOT.search(head) else _feed_items(body)
    seen: set[str] = set()
    out: list[FeedItem] = []
    for item in items:
        url = urljoin(base_url, item.url.strip())
        if urlparse(url).scheme not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        out.append(FeedItem(url, " ".join(item.title.split()), item.published))
    return tuple(out)


def _feed_items(body: bytes) -> list[FeedItem]:
    import feedparser

    # Bytes, never a string: given a string that looks like a URL, feedparser fetches it.
    parsed = feedparser.parse(body)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXException):
        # feedparser's lenient parser may still recover entries from broken XML, but a cut-off
        # feed gives cut-off links and titles: take nothing from it, say why, try next round.
        raise FeedError(f"malformed XML ({_sax_reason(problem)})")
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("not an RSS/Atom feed or a news sitemap")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "")
        if link:
            items.append(FeedItem(link, str(entry.get("title") or ""), _entry_date(entry)))
    return items


def _sax_reason(problem: xml.sax.SAXException) -> str:
    if isinstance(problem, xml.sax.SAXParseException):
        return f"{problem.getMessage()} at line {problem.getLineNumber()}"
    return problem.getMessage()


def _entry_date(entry: Any) -> date | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            day = parse_day(raw)
            if day is not None:
                return day
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:  # feedparser's UTC struct_time: the right day only when the zone is lost
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def parse_day(raw: str) -> date | None:
    """RFC 822 ("Mon, 30 Nov 2026 01:00:00 +0700") or ISO 8601, read in its own time zone:
    an article published 01:00 WIB is dated that day, not the previous one in UTC."""
    text = raw.strip()
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _sitemap_items(body: bytes) -> list[FeedItem]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(body, forbid_dtd=True)
    except ParseError as exc:
        raise FeedError(f"malformed XML ({exc})") from None
    except DefusedXmlException:
        raise FeedError("sitemap with a DTD or entities, refused") from None
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        raise FeedError("a sitemap index, not a news sitemap: list its news sitemaps as feeds")
    if root.tag != f"{SITEMAP_NS}urlset":
        raise FeedError("not an RSS/Atom feed or a news sitemap")
    items = []
    for node in root.iter(f"{SITEMAP_NS}url"):
        loc = (node.findtext(f"{SITEMAP_NS}loc") or "").strip()
        if not loc:
            continue
        news = node.find(f"{NEWS_NS}news")
        title, day = "", None
        if news is not None:
            title = news.findtext(f"{NEWS_NS}title") or ""
            raw = news.findtext(f"{NEWS_NS}publication_date") or ""
            day = parse_day(raw) if raw.strip() else None
        items.append(FeedItem(loc, title, day))
    return items
