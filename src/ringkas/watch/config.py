"""FEEDS.toml → WatchConfig: settings are data, checked in one place, errors name the file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ringkas import __version__
from ringkas.errors import ConfigError

USER_AGENT = (
    f"ringkas-watch/{__version__} (news summarizer; polite feed poller; honours robots.txt)"
)


@dataclass(frozen=True, slots=True)
class Feed:
    """One outlet's RSS/Atom feed or Google News sitemap."""

    name: str  # unique, shown in reports
    url: str
    outlet: str = ""  # outlet stored with its articles ("" → from the page, as `ringkas ingest`)


@dataclass(frozen=True, slots=True)
class WatchConfig:
    feeds: tuple[Feed, ...]
    interval: float = 900.0  # seconds between rounds (without --once)
    timeout: float = 10.0  # seconds per request (connect, read, write, pool)
    retries: int = 2  # extra attempts on 5xx / 429 / network errors
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    host_interval: float = 1.0  # seconds between two requests to one host (robots Crawl-delay wins)
    concurrency: int = 4  # requests in flight at once
    per_host: int = 2  # requests in flight to one host
    max_page_bytes: int = 5_000_000  # a larger body is dropped (streamed, never held whole)
    max_redirects: int = 5
    max_attempts: int = 3  # rounds a page with a passing failure (5xx, timeout) is tried
    batch: int = 16  # pages per store transaction (with their fetch state)
    languages: tuple[str, ...] = ("id",)  # pages in other languages are counted as failed
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        for name in ("interval", "timeout", "backoff", "host_interval"):
            if getattr(self, name) < 0:
                raise ConfigError(f"'{name}' must be ≥ 0")
        if self.timeout == 0:
            raise ConfigError("'timeout' must be > 0")
        for name in ("concurrency", "per_host", "max_page_bytes", "max_attempts", "batch"):
            if getattr(self, name) < 1:
                raise ConfigError(f"'{name}' must be ≥ 1")
        for name in ("retries", "max_redirects"):
            if getattr(self, name) < 0:
                raise ConfigError(f"'{name}' must be ≥ 0")


_FLOATS = {"interval", "timeout", "backoff", "host_interval"}
_INTS = {"retries", "concurrency", "per_host", "max_page_bytes", "max_redirects", "max_attempts", "batch"}  # fmt: skip


def load_config(path: str | Path) -> WatchConfig:
    """Read and check a feeds file; ConfigError naming the file and the wrong entry."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    try:
        return parse_config(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def parse_config(data: dict[str, Any]) -> WatchConfig:
    unknown = sorted(set(data) - {"watch", "feed"})
    if unknown:
        raise ConfigError(f"unknown table {unknown[0]!r} (expected [watch] and [[feed]])")
    settings = data.get("watch", {})
    if not isinstance(settings, dict):
        raise ConfigError("[watch] must be a table")
    known = {f.name for f in fields(WatchConfig)} - {"feeds"}
    values: dict[str, Any] = {}
    for key, value in sorted(settings.items()):
        if key not in known:
            raise ConfigError(f"[watch]: unknown setting {key!r}")
        values[key] = _setting(key, value)
    raw_feeds = data.get("feed", [])
    if not isinstance(raw_feeds, list) or not raw_feeds:
        raise ConfigError("no feeds: add at least one [[feed]] with name and url")
    feeds = tuple(_feed(i, entry) for i, entry in enumerate(raw_feeds, 1))
    names = [f.name for f in feeds]
    for name in names:
        if names.count(name) > 1:
            raise ConfigError(f"feed name {name!r} is used twice")
    return WatchConfig(feeds=feeds, **values)


def _setting(key: str, value: Any) -> Any:
    if key in _FLOATS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"[watch]: {key!r} must be a number of seconds")
        return float(value)
    if key in _INTS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"[watch]: {key!r} must be a whole number")
        return value
    if key == "languages":
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError("[watch]: 'languages' must be a list of codes such as [\"id\"]")
        return tuple(sorted(set(value)))
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"[watch]: {key!r} must be a non-empty string")
    return value.strip()


def _feed(number: int, entry: Any) -> Feed:
    where = f"[[feed]] #{number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = sorted(set(entry) - {"name", "url", "outlet"})
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (expected name, url, outlet)")
    name, url, outlet = entry.get("name"), entry.get("url"), entry.get("outlet", "")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: 'name' is missing")
    if not isinstance(url, str) or urlparse(url).scheme not in ("http", "https"):
        raise ConfigError(f"{where} ({name}): 'url' must be an http(s) address")
    if not urlparse(url).hostname:
        raise ConfigError(f"{where} ({name}): 'url' has no host")
    if not isinstance(outlet, str):
        raise ConfigError(f"{where} ({name}): 'outlet' must be a string")
    return Feed(name=name.strip(), url=url.strip(), outlet=outlet.strip())
