"""Evaluation datasets: one cluster per JSONL line with its human reference summaries."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ringkas.errors import InputError
from ringkas.ingest import article_from_text
from ringkas.model import Article


@dataclass(frozen=True, slots=True)
class Item:
    """A cluster of documents and the reference summaries written for it."""

    id: str
    documents: tuple[tuple[str, str, str], ...]  # (id, outlet, text)
    summaries: tuple[str, ...]

    def articles(self) -> tuple[Article, ...]:
        """Documents cleaned like any input (datelines stripped), with ids unique in the item."""
        out = []
        for k, (doc_id, outlet, text) in enumerate(self.documents):
            try:
                out.append(article_from_text(text, id=f"{k:02d}-{doc_id}"[:48], outlet=outlet))
            except InputError:
                continue  # a document with no text left is skipped, as it would be in use
        return tuple(out)


def load_dataset(path: str | Path, *, limit: int | None = None, seed: int = 0) -> tuple[Item, ...]:
    """Read ``{"id", "documents": [{"id", "outlet"?, "text"}], "summaries": [...]}`` lines.

    With ``limit``, a seeded random sample of that many items (the same for every run)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such dataset file")
    items: list[Item] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
                docs = tuple(
                    (str(d.get("id", i)), str(d.get("outlet", "")), str(d["text"]))
                    for i, d in enumerate(row["documents"])
                )
                summaries = tuple(str(s) for s in row["summaries"])
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(
                    where, f"not a dataset line ({type(exc).__name__}: {exc})"
                ) from None
            if not docs or not summaries:
                raise InputError(where, "needs at least one document and one summary")
            items.append(Item(str(row.get("id", number)), docs, summaries))
    return sample(items, limit, seed)


def sample(items: Sequence[Item], limit: int | None, seed: int = 0) -> tuple[Item, ...]:
    """A seeded random sample of ``limit`` items (all of them when there are no more)."""
    if limit is not None and len(items) > limit:
        return tuple(random.Random(seed).sample(list(items), limit))
    return tuple(items)


def references_language(items: tuple[Item, ...]) -> str:
    """ "en" or "id": the language most of the first 20 items' references are written in."""
    from ringkas.text.language import detect_language

    votes = [detect_language(" ".join(item.summaries)) for item in items[:20]]
    return "en" if votes.count("en") > len(votes) / 2 else "id"


_URL_DAY = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")


def feed_rows(path: str | Path, limit: int | None = None) -> list[dict[str, str]]:
    """Each item's first document as an ingest feed line ``{id, text, outlet?, url?,
    published?}``, in file order (the first ``limit``): a stream of real articles. ``published``
    comes from a ``/YYYY/MM/DD/`` in the URL, where the outlet puts the date there."""
    rows: list[dict[str, str]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(rows) >= limit:
                break
            doc = json.loads(line)["documents"][0]
            row = {k: str(doc[k]) for k in ("id", "text", "outlet", "url") if doc.get(k)}
            m = _URL_DAY.search(str(doc.get("url", "")))
            if m:
                row["published"] = f"{m[1]}-{m[2]}-{m[3]}"
            rows.append(row)
    return rows
