"""One round of watching: feeds → new items queued → pages fetched, extracted, dated → stored.

Feeds and pages are fetched concurrently but handled in queue order, so the store sees the same
articles in the same order whatever the network's timing (story assignment is order-sensitive).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from urllib.parse import urlsplit

from ringkas.errors import InputError
from ringkas.ingest import RawDocument, to_article
from ringkas.model import Article
from ringkas.pipeline import LANGUAGE_NAMES
from ringkas.stories.service import StoryService
from ringkas.stories.store import transaction
from ringkas.text.language import detect_language
from ringkas.watch import state
from ringkas.watch.config import Feed, WatchConfig
from ringkas.watch.dating import choose_date
from ringkas.watch.feeds import FeedError, FeedItem, parse_feed
from ringkas.watch.fetch import Fetched, Fetcher, FetchError

HTML_TYPES = ("text/html", "application/xhtml+xml")
STORED = ("new", "reprint", "revised")


@dataclass(frozen=True, slots=True)
class Failure:
    feed: str
    url: str
    reason: str
    retry: bool = False  # a passing failure: the page is tried again next round


@dataclass(frozen=True, slots=True)
class FeedReport:
    name: str
    url: str
    status: str  # "200", "304" or "failed"
    new: int = 0  # pages stored (new stories' articles, reprints, revisions)
    unchanged: int = 0  # items already fetched before (or their text already stored)
    failed: int = 0  # the feed itself, and each page that failed this round


@dataclass(frozen=True, slots=True)
class RoundReport:
    feeds: tuple[FeedReport, ...]
    failures: tuple[Failure, ...]
    pages_fetched: int
    stories_touched: tuple[str, ...]


def interleave_hosts(pages: Sequence[state.PendingPage]) -> list[state.PendingPage]:
    """Queue order, but taking one page per host in turn: pages are queued feed by feed, and a
    batch of one outlet's pages would be fetched one per `host_interval` while the other hosts
    wait. Deterministic: it depends on the queue only, never on the network."""
    by_host: dict[str, list[state.PendingPage]] = {}
    for page in pages:
        by_host.setdefault(urlsplit(page.url).netloc.lower(), []).append(page)
    queues = list(by_host.values())  # hosts in order of their first page
    out: list[state.PendingPage] = []
    for rank in range(max((len(q) for q in queues), default=0)):
        out.extend(q[rank] for q in queues if rank < len(q))
    return out


def _batched(
    pages: Sequence[state.PendingPage], size: int
) -> Iterator[tuple[state.PendingPage, ...]]:
    stream = iter(pages)
    while chunk := tuple(islice(stream, size)):
        yield chunk


class PageError(Exception):
    """A fetched page cannot become an article (not HTML, no text, another language)."""


def run_round(
    config: WatchConfig,
    service: StoryService,
    fetcher: Fetcher,
    stop: threading.Event | None = None,
) -> RoundReport:
    """One round. When ``stop`` is set the round ends after the chunk being stored; the pages
    not reached stay queued."""
    conn = service.conn
    counts = {f.name: {"new": 0, "unchanged": 0, "failed": 0} for f in config.feeds}
    statuses: dict[str, str] = {}
    failures: list[Failure] = []
    touched: set[str] = set()
    fetched_pages = 0
    with ThreadPoolExecutor(max_workers=config.concurrency) as pool:
        olds = [state.feed_validators(conn, f.url) for f in config.feeds]
        results = list(pool.map(lambda f, v: _fetch_feed(fetcher, f, v), config.feeds, olds))
        for feed, result in zip(config.feeds, results, strict=True):
            if isinstance(result, Exception):
                status = result.status if isinstance(result, FetchError) else 200
                reason = result.reason if isinstance(result, FetchError) else str(result)
                with transaction(conn):
                    state.record_feed(conn, feed.url, feed.name, status=status,
                                      state=state.FAILED, error=reason)  # fmt: skip
                statuses[feed.name] = "failed"
                counts[feed.name]["failed"] += 1
                failures.append(Failure(feed.name, feed.url, f"feed: {reason}"))
            elif result[0].status == 304:
                with transaction(conn):
                    state.record_feed(conn, feed.url, feed.name, status=304, state=state.DONE)
                statuses[feed.name] = "304"
                counts[feed.name]["unchanged"] += state.known_pages(conn, feed.name)
            else:
                got, items = result
                validators = state.Validators(got.etag, got.last_modified)
                with transaction(conn):  # the items are queued before the validators move on
                    _, known = state.add_items(conn, feed.name, feed.outlet, items)
                    state.record_feed(conn, feed.url, feed.name, status=200, state=state.DONE,
                                      validators=validators)  # fmt: skip
                statuses[feed.name] = "200"
                counts[feed.name]["unchanged"] += known
        for chunk in _batched(interleave_hosts(state.pending_pages(conn)), config.batch):
            if stop is not None and stop.is_set():
                break
            pages = list(pool.map(lambda p: _fetch_page(fetcher, p), chunk))
            fetched_pages += sum(1 for p in pages if isinstance(p, Fetched))
            outcome = _store_chunk(config, service, chunk, pages)
            touched |= set(outcome.touched)
            for page, done in outcome.results:
                tally = counts.setdefault(page.feed, {"new": 0, "unchanged": 0, "failed": 0})
                if isinstance(done, Failure):
                    tally["failed"] += 1
                    failures.append(done)
                else:
                    tally["new" if done in STORED else "unchanged"] += 1
    names = [f.name for f in config.feeds] + sorted(set(counts) - {f.name for f in config.feeds})
    urls = {f.name: f.url for f in config.feeds}
    reports = tuple(
        FeedReport(name, urls.get(name, ""), statuses.get(name, "-"), **counts[name])
        for name in names
    )
    return RoundReport(reports, tuple(failures), fetched_pages, tuple(sorted(touched)))


def _fetch_feed(
    fetcher: Fetcher, feed: Feed, old: state.Validators
) -> tuple[Fetched, tuple[FeedItem, ...]] | FetchError | FeedError:
    try:
        got = fetcher.get(feed.url, etag=old.etag, last_modified=old.last_modified)
        return got, (parse_feed(got.body, got.url) if got.status == 200 else ())
    except (FetchError, FeedError) as exc:
        return exc
    except Exception as exc:  # a parser crash on one feed must not stop the others
        return FeedError(f"the feed could not be read ({type(exc).__name__})")


def _fetch_page(fetcher: Fetcher, page: state.PendingPage) -> Fetched | FetchError:
    try:
        return fetcher.get(page.url)
    except FetchError as exc:
        return exc


@dataclass(frozen=True, slots=True)
class _ChunkOutcome:
    results: tuple[tuple[state.PendingPage, str | Failure], ...]
    touched: tuple[str, ...]


def _store_chunk(
    config: WatchConfig,
    service: StoryService,
    chunk: Sequence[state.PendingPage],
    pages: Sequence[Fetched | FetchError],
) -> _ChunkOutcome:
    """Extract the chunk's pages and store them with every page's fetch state, in one transaction."""
    articles: list[Article] = []
    fetched: dict[str, Fetched] = {}
    results: dict[str, str | Failure] = {}
    for page, got in zip(chunk, pages, strict=True):
        try:
            if isinstance(got, FetchError):
                raise got
            articles.append(page_article(config, page, got))
            fetched[page.url] = got
        except (FetchError, PageError) as exc:
            passing = isinstance(exc, FetchError) and exc.passing
            retry = passing and page.attempts + 1 < config.max_attempts
            note = " (tried again next round)" if retry else ""
            results[page.url] = Failure(page.feed, page.url, f"{exc}{note}", retry)

    def record(outcomes: Sequence[tuple[Article, str]]) -> None:
        conn = service.conn
        for article, outcome in outcomes:
            ok = fetched[article.url]
            results[article.url] = outcome
            state.record_page(conn, article.url, state=state.DONE, status=ok.status,
                              outcome=outcome, validators=state.Validators(ok.etag, ok.last_modified))  # fmt: skip
        for page, got in zip(chunk, pages, strict=True):
            failure = results.get(page.url)
            if isinstance(failure, Failure):
                status = got.status
                state.record_page(conn, page.url, state=state.PENDING if failure.retry else state.FAILED,
                                  status=status, error=failure.reason, attempts=page.attempts + 1)  # fmt: skip

    touched: tuple[str, ...] = ()
    if articles:
        report = service.ingest(articles, batch_size=len(articles), on_batch=record)
        touched = report.stories_touched
    else:
        with transaction(service.conn):
            record(())
    return _ChunkOutcome(tuple((p, results[p.url]) for p in chunk), touched)


def page_article(config: WatchConfig, page: state.PendingPage, got: Fetched) -> Article:
    """A fetched page → a cleaned, dated article in an accepted language; PageError why not."""
    media = got.content_type.split(";")[0].strip().lower()
    if media and media not in HTML_TYPES:
        raise PageError(f"not an HTML page ({media})")
    html = decode_page(got.body, got.content_type)
    ident = hashlib.blake2b(page.url.encode("utf-8"), digest_size=6).hexdigest()
    doc = RawDocument(
        id=f"{page.outlet or page.feed}-{ident}",
        source=page.url,
        html=html,
        outlet=page.outlet,
        url=page.url,
        title=page.title,
    )
    try:
        article = to_article(doc)
    except InputError:
        raise PageError("no article text found on the page") from None
    except Exception as exc:  # a page the extractor chokes on must not stop the round
        raise PageError(f"the page could not be read ({type(exc).__name__})") from None
    language = detect_language(article.body)
    if language not in config.languages and language != "unknown":
        wanted = ", ".join(LANGUAGE_NAMES.get(code, code) for code in config.languages)
        raise PageError(f"page in {LANGUAGE_NAMES.get(language, language)}, not {wanted}")
    return replace(
        article,
        outlet=page.outlet or article.outlet,
        language=language if language in config.languages else config.languages[0],
        published=choose_date(page.published, html, article.body, article.removed),
    )


def decode_page(body: bytes, content_type: str) -> str:
    """The charset the server declares, else UTF-8, else the best single-byte guess."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            try:
                return body.decode(value.strip().strip('"'), errors="replace")
            except LookupError:
                break
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        return str(best) if best is not None else body.decode("utf-8", errors="replace")
