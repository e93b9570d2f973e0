"""The HTTP edge: polite GETs with httpx. robots.txt, a rate limit and a concurrency cap per host,
conditional requests, timeouts, retries with backoff, bounded redirects and bounded bodies."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ringkas.watch.config import WatchConfig

ROBOTS_MAX_BYTES = 500_000  # RFC 9309 §2.5: crawlers may stop reading after 500 KiB
ROBOTS_TTL = 3600.0  # seconds a robots.txt is trusted (RFC 9309 §2.4: at most 24 hours)
ROBOTS_REDIRECTS = 5  # RFC 9309 §2.3.1.2: follow at least five
BODY_DEADLINE = 6  # × timeout: a body still trickling in after this long is dropped
MAX_CRAWL_DELAY = 60.0  # a larger Crawl-delay is capped (one page a minute)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200 or 304
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""


class FetchError(Exception):
    """A URL could not be fetched. ``passing``: worth another try later (5xx, timeout, network)."""

    def __init__(self, reason: str, *, status: int = 0, passing: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.passing = passing


class _Host:
    """Per host: a cap on requests in flight, the next moment a request may start, robots."""

    def __init__(self, per_host: int) -> None:
        self.slots = threading.Semaphore(per_host)
        self.lock = threading.Lock()  # guards next_start
        # Separate from ``lock``: a thread re-reading robots.txt waits for a slot, and a thread
        # holding a slot needs ``lock`` to take its turn; one lock for both could deadlock.
        self.robots_lock = threading.Lock()
        self.next_start = 0.0
        self.robots: RobotFileParser | None = None
        self.robots_read = -1.0  # monotonic time it was read; < 0: never


class Fetcher:
    """Thread-safe: one httpx client (its pool) shared by the round's worker threads."""

    def __init__(self, config: WatchConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self.client = httpx.Client(
            headers={"User-Agent": config.user_agent},
            timeout=httpx.Timeout(config.timeout),
            follow_redirects=False,  # followed by hand: each hop is checked against robots.txt
            limits=httpx.Limits(max_connections=config.concurrency),
            transport=transport,
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Fetched:
        """200 with the body, or 304 when the validators still hold; FetchError otherwise."""
        seen = {url}
        current = url
        for _ in range(self.config.max_redirects + 1):
            if not self._allowed(current):
                raise FetchError("disallowed by robots.txt")
            response = self._request(current, etag, last_modified, self.config.max_page_bytes)
            if isinstance(response, Fetched):
                return response
            target = urljoin(current, response)
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError("redirect to a non-http address", status=0)
            if target in seen:
                raise FetchError("redirect loop")
            seen.add(target)
            current = target
        raise FetchError(f"more than {self.config.max_redirects} redirects")

    def _host(self, url: str) -> tuple[str, _Host]:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        with self._hosts_lock:
            host = self._hosts.setdefault(key, _Host(self.config.per_host))
        return key, host

    def _allowed(self, url: str) -> bool:
        key, host = self._host(url)
        with host.robots_lock:
            if host.robots_read < 0 or time.monotonic() - host.robots_read > ROBOTS_TTL:
                host.robots = self._read_robots(key)
                host.robots_read = time.monotonic()
            robots = host.robots
        if robots is None:
            return True
        return robots.can_fetch(self.config.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser | None:
        """RFC 9309: 4xx (but 401/403) → everything allowed; 401/403, 5xx or unreachable →
        nothing allowed this round (the server may be down: do not crawl it meanwhile)."""
        parser = RobotFileParser()
        url = f"{origin}/robots.txt"
        try:
            for _ in range(ROBOTS_REDIRECTS + 1):
                got = self._request(url, "", "", ROBOTS_MAX_BYTES, robots=True)
                if isinstance(got, Fetched):
                    break
                url = urljoin(url, got)
            else:
                return None  # RFC 9309: too many redirects → as if there were no robots.txt
        except FetchError as exc:
            if 400 <= exc.status < 500 and exc.status not in (401, 403):
                return None
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        parser.parse(got.body.decode("utf-8", errors="replace").splitlines())
        return parser

    def _request(
        self, url: str, etag: str, last_modified: str, limit: int, *, robots: bool = False
    ) -> Fetched | str:
        """One URL with retries: the Fetched answer, or the Location of a redirect."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._once(url, headers, limit, robots)
            except FetchError as exc:
                if not exc.passing or attempt >= self.config.retries:
                    raise
            delay = self.config.backoff * (2**attempt)
            attempt += 1
            if delay:
                time.sleep(delay)

    def _once(self, url: str, headers: dict[str, str], limit: int, robots: bool) -> Fetched | str:
        _, host = self._host(url)
        with host.slots:
            self._wait_turn(host, robots)
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    return self._read(response, limit)
            except httpx.TimeoutException:
                raise FetchError(
                    f"timed out after {self.config.timeout:g} s", passing=True
                ) from None
            except httpx.TransportError as exc:
                raise FetchError(f"network error ({type(exc).__name__})", passing=True) from None

    def _wait_turn(self, host: _Host, robots: bool) -> None:
        interval = self.config.host_interval
        if host.robots is not None and not robots:
            delay = host.robots.crawl_delay(self.config.user_agent)
            if delay is not None:
                interval = max(interval, min(float(delay), MAX_CRAWL_DELAY))
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + interval
        if start > now:
            time.sleep(start - now)

    def _read(self, response: httpx.Response, limit: int) -> Fetched | str:
        status = response.status_code
        if status in (301, 302, 303, 307, 308):
            location = str(response.headers.get("location", ""))
            if not location:
                raise FetchError(f"HTTP {status} without a Location", status=status)
            return location
        if status == 304:
            return Fetched(str(response.url), 304, etag=response.headers.get("etag", ""),
                           last_modified=response.headers.get("last-modified", ""))  # fmt: skip
        if status >= 500 or status == 429:
            raise FetchError(f"HTTP {status}", status=status, passing=True)
        if status != 200:
            raise FetchError(f"HTTP {status}", status=status)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"larger than {limit:,} bytes ({int(declared):,} declared)", status=200
            )
        chunks: list[bytes] = []
        size = 0
        # httpx's timeout bounds each read, not the whole body: a server trickling a few bytes
        # per read would hold a worker for ever.
        deadline = time.monotonic() + BODY_DEADLINE * self.config.timeout
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"larger than {limit:,} bytes, stopped reading", status=200)
            if time.monotonic() > deadline:
                raise FetchError("body still arriving past the time limit", passing=True)
            chunks.append(chunk)
        return Fetched(
            str(response.url),
            200,
            b"".join(chunks),
            response.headers.get("content-type", ""),
            response.headers.get("etag", ""),
            response.headers.get("last-modified", ""),
        )
