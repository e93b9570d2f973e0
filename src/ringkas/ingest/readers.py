"""Read files, folders, JSONL and stdin into raw documents; one bad input never loses the others."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_MARKUP = re.compile(r"<\s*(?:!doctype|html|head|body|article|div|p|meta)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as read, before cleaning."""

    id: str
    source: str  # path, "stdin" or "file.jsonl:3", for messages
    text: str = ""
    html: str = ""
    outlet: str = ""
    url: str = ""
    title: str = ""
    published: date | None = None


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One JSONL line not parsed yet (``iter_unparsed``): where it is, and the id it gets when
    its record has none."""

    line: str
    where: str  # "file.jsonl:3"
    fallback_id: str

    def parse(self) -> tuple[RawDocument | None, str]:
        """``parse_record_line`` of the line: (document or None, problem line or "")."""
        return parse_record_line(self.line, self.where, self.fallback_id)


class _Unreadable(Exception):
    """A file's bytes cannot be used; the message says why."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else a legacy single-byte encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise _Unreadable("binary file, skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250"]).best()
    if best is None:
        raise _Unreadable("not text in any known encoding, skipped")
    return str(best)


def _binary_looking(text: str) -> bool:
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > 8


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return date.fromisoformat(text[:10])


def _jsonl_documents(
    lines: Iterable[str], source: str, stem: str, defer: bool = False
) -> Iterator[RawDocument | RecordLine | str]:
    """Each line an article; yields a document or a one-line problem for that line (with
    ``defer``, the line itself, to be parsed elsewhere)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if defer:
            yield RecordLine(line, f"{source}:{number}", f"{stem}-{number}")
            continue
        document, problem = parse_record_line(line, f"{source}:{number}", f"{stem}-{number}")
        if problem:
            yield problem
        if document:
            yield document


def parse_record_line(line: str, where: str, fallback_id: str) -> tuple[RawDocument | None, str]:
    """One JSONL line → (document or None, problem line or ""): the rules of every reader."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"{where}: invalid JSON ({exc.msg}), line skipped"
    if not isinstance(row, dict):
        return None, f"{where}: expected a JSON object, line skipped"
    return record_document(row, where, fallback_id)


def record_document(
    row: dict[str, Any], where: str, fallback_id: str
) -> tuple[RawDocument | None, str]:
    """One article record (a JSONL object, a Parquet row) → (document or None, problem or "")."""
    body, html = row.get("text") or "", row.get("html") or ""
    if not isinstance(body, str) or not isinstance(html, str):
        return None, f"{where}: 'text' and 'html' must be strings, line skipped"
    if not body.strip() and not html.strip():
        return None, f"{where}: no 'text' or 'html', line skipped"
    fields = {k: row.get(k) or "" for k in ("outlet", "url", "title")}
    if not all(isinstance(v, str) for v in fields.values()):
        return None, f"{where}: 'outlet', 'url' and 'title' must be strings, line skipped"
    problem = ""
    try:
        published = _parse_date(row.get("published"))
    except ValueError:
        problem = f"{where}: 'published' is not a date, ignored"
        published = None
    ident = row.get("id")
    ident = str(ident) if isinstance(ident, str | int) and str(ident).strip() else fallback_id
    document = RawDocument(
        id=ident, source=where, text=body, html=html, published=published, **fields
    )
    return document, problem


def _documents_from_text(
    text: str, source: str, stem: str, kind: str, defer: bool = False
) -> Iterator[RawDocument | RecordLine | str]:
    if kind == "jsonl":
        yield from _jsonl_documents(text.splitlines(), source, stem, defer)
    elif not text.strip():
        yield f"{source}: empty file, skipped"
    elif _binary_looking(text):
        yield f"{source}: binary file, skipped"
    elif kind == "html":
        yield RawDocument(id=stem, source=source, html=text)
    else:
        yield RawDocument(id=stem, source=source, text=text)


def _sniff(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        return "jsonl"
    return "html" if _MARKUP.search(text[:2000]) else "text"


# A folder's own documentation, not an article: skipped in a folder, read when named.
_PROJECT_FILES = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "notice", "copying", "authors"}
)


def _kind(path: Path, explicit: bool) -> str | None:
    suffix = path.suffix.lower()
    if not explicit and path.stem.lower() in _PROJECT_FILES:
        return None
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or explicit:
        return "text"
    return None


def page_kind(path: Path) -> str | None:
    """ "text", "html" or "jsonl" for a file found in a folder by its suffix; None to skip it."""
    return _kind(path, False)


def _files(paths: Sequence[str]) -> Iterator[tuple[Path, bool] | str]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and _kind(child, False):
                    yield child, False
        elif path.is_file():
            yield path, True
        else:
            yield f"{name}: no such file or folder"


class RepeatedIds:
    """Repeated ids get -2, -3 … in reading order: ``ids(id)`` is the id to use."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, ident: str) -> str:
        n = self.seen.get(ident, 0) + 1
        self.seen[ident] = n
        return ident if n == 1 else f"{ident}-{n}"


def iter_inputs(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[RawDocument | str]:
    """Documents and problem lines in reading order, lazily: a JSONL file is read line by line,
    so a stream of millions of articles never sits in memory at once."""
    ids = RepeatedIds()
    for item in _iter_raw(paths, stdin):
        if isinstance(item, str):
            yield item
            continue
        assert isinstance(item, RawDocument)  # records are parsed here (no ``defer``)
        ident = ids(item.id)
        yield item if ident == item.id else replace(item, id=ident)


def iter_unparsed(
    paths: Sequence[str], stdin: TextIO | None = None
) -> Iterator[RawDocument | RecordLine | str]:
    """``iter_inputs`` with JSONL lines left unparsed and ids not yet made unique: for a reader
    that parses the lines in other processes, then applies ``RepeatedIds`` in reading order."""
    return _iter_raw(paths, stdin, defer=True)


def _iter_raw(
    paths: Sequence[str], stdin: TextIO | None, defer: bool = False
) -> Iterator[RawDocument | RecordLine | str]:
    for name in paths:
        if name == "-":
            text = stdin.read() if stdin is not None else ""
            yield from _documents_from_text(text, "stdin", "stdin", _sniff(text), defer)
            continue
        for entry in _files([name]):
            if isinstance(entry, str):
                yield entry
                continue
            path, explicit = entry
            kind = _kind(path, explicit) or "text"
            if kind == "jsonl":
                yield from _stream_jsonl(path, defer)
                continue
            try:
                text = decode(path.read_bytes())
            except _Unreadable as exc:
                yield f"{path}: {exc}"
                continue
            except OSError as exc:
                yield f"{path}: cannot read ({exc.strerror or exc})"
                continue
            yield from _documents_from_text(text, str(path), path.stem, kind, defer)


def _stream_jsonl(path: Path, defer: bool = False) -> Iterator[RawDocument | RecordLine | str]:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            if not head.strip():
                yield f"{path}: empty file, skipped"
                return
            if b"\x00" in head:
                yield f"{path}: binary file, skipped"
                return
            handle.seek(0)
            lines = (
                raw.decode("utf-8-sig" if k == 0 else "utf-8", errors="replace")
                for k, raw in enumerate(handle)
            )
            yield from _jsonl_documents(lines, str(path), path.stem, defer)
    except OSError as exc:
        yield f"{path}: cannot read ({exc.strerror or exc})"


def read_inputs(
    paths: Sequence[str], stdin: TextIO | None = None
) -> tuple[tuple[RawDocument, ...], tuple[str, ...]]:
    """Read every input; returns the documents and one line per problem ("SOURCE: what is wrong")."""
    docs: list[RawDocument] = []
    problems: list[str] = []
    for item in iter_inputs(paths, stdin):
        if isinstance(item, str):
            problems.append(item)
        else:
            docs.append(item)
    return tuple(docs), tuple(problems)
