"""What every batch engine computes, as pure functions over plain rows (dicts of str/bytes/lists).

The local engine calls them in loops; the Spark engine calls the same functions inside
``mapInPandas`` / ``applyInPandas`` and does the joins and connected components in Spark. Nothing
here depends on the order rows arrive in: every choice (which exact copy is kept, which article of
a reprint group is the original, the order of story assignment) follows ``order``, a
string that sorts by (published date, id, content hash).

The stages:
1. ``clean_line`` / ``clean_record``: a JSONL line or Parquet record → an article row (or a problem).
2. exact copies: one row per ``key`` (content hash), the smallest ``order`` kept.
3. reprints: rows sharing a MinHash band are candidates (each row against the first
   ``BAND_LEADERS`` rows of the band, in ``order``); ``is_reprint`` verifies; a connected
   component of verified pairs is one original (its smallest ``order``) and its reprints.
4. ``assign_stories``: the stream's single-pass assigner (``stories.assign.Assigner``, the one
   ``ringkas ingest`` uses) over all originals in ``order`` → story ids (named after the story's
   first article, so stable). One pass, not blocks assigned in parallel: blocks (originals
   sharing a name within a time bucket) changed the running IDF and cut stories the stream keeps
   whole, so the batch grouped worse than the stream and differently from it. Only the
   assigner's compact state is in memory (stories of the current window), not the rows.
5. ``story_row`` / ``digest_json``: a story's table row and its digest, as ``ringkas summarize``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np

from ringkas.config import Config
from ringkas.errors import InputError
from ringkas.ingest import to_article
from ringkas.ingest.readers import RawDocument, parse_record_line, record_document
from ringkas.model import Article
from ringkas.stories import dedupe, store
from ringkas.stories.assign import Assigner

# A band shared by many articles is shared through common text (a stock sentence, a template),
# not copying: comparing every pair in it grows with the square of the stream (2.8M candidate
# pairs at 100k synthetic articles, ~300M at 1M). Each article is compared with the first
# BAND_LEADERS articles of each of its bands instead: a wire story's copies still meet their
# original (the earliest), and the candidates grow linearly. Reprints found in the synthetic stream
# (bench/synth_stream.py, 100k), all pairs: 18,413; leaders 20: 18,349; 10: 18,322; 5: 18,259
# (a pair missed in one band is usually found in another): python -m bench.band_leaders 100000.
BAND_LEADERS = 20

ROW_FIELDS = (
    "id",
    "key",
    "order",
    "outlet",
    "title",
    "place",
    "url",
    "published",
    "language",
    "source",
    "removed",
    "body",
    "sig",
    "bands",
)


def clean_line(line: str, where: str) -> dict[str, Any] | str:
    """One JSONL line → an article row, or a one-line problem."""
    document, problem = parse_record_line(line, where, where)
    return _clean(document, problem)


def clean_record(record: Mapping[str, Any], where: str) -> dict[str, Any] | str:
    """One record (a Parquet row) → an article row, or a one-line problem."""
    plain = {k: v.isoformat() if isinstance(v, date) else v for k, v in record.items()}
    document, problem = record_document(plain, where, where)
    return _clean(document, problem)


def clean_document(document: RawDocument) -> dict[str, Any] | str:
    """One page read by the ingest readers (a .txt/.html file, stdin) → an article row, or a problem."""
    return _clean(document, "")


def _clean(document: RawDocument | None, problem: str) -> dict[str, Any] | str:
    if document is None:
        return problem
    try:
        article = to_article(document)
    except InputError as exc:
        return str(exc)
    return article_row(article)


def article_row(article: Article) -> dict[str, Any]:
    """The store's row of the article (without the raw page) and what the engines compute on it."""
    row = store.article_row(article)
    del row["raw"]  # the digest never shows it; rows stay small
    row["published"] = row["published"] or ""
    key = dedupe.content_hash(article.body)
    sig = dedupe.signature(article.body)
    return {
        **row,
        "key": key,
        "order": f"{row['published'] or '9999-12-31'}|{article.id}|{key}",
        "sig": sig.astype(np.uint64).tobytes(),
        "bands": list(dedupe.band_keys(sig)),
    }


row_to_article = store.article_from_row


def is_reprint(sig_a: bytes, sig_b: bytes) -> bool:
    """Whether two articles are near copies (estimated Jaccard over shingles ≥ REPRINT)."""
    a = np.frombuffer(sig_a, dtype=np.uint64)
    b = np.frombuffer(sig_b, dtype=np.uint64)
    return bool(reprint_mask(a[None, :], b[None, :])[0])


def reprint_mask(sigs_a: np.ndarray, sigs_b: np.ndarray) -> np.ndarray:
    """``is_reprint`` of many pairs at once: rows of two (pairs, NUM_PERM) signature arrays."""
    result: np.ndarray = (sigs_a == sigs_b).mean(axis=1) >= dedupe.REPRINT
    return result


def assign_stories(rows: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, str]]:
    """(key, story id) of every original, ``rows`` given in ``order`` (checked)."""
    assigner = Assigner()
    last = ""
    for r in rows:
        if str(r["order"]) < last:
            raise ValueError("assign_stories needs the originals in order")
        last = str(r["order"])
        published = date.fromisoformat(r["published"]) if r["published"] else None
        story = assigner.assign(str(r["key"]), str(r["body"]), published, str(r["language"]))
        yield str(r["key"]), story


def story_row(
    story_id: str, originals: Sequence[Mapping[str, Any]], reprints: Iterable[str]
) -> dict[str, Any]:
    ordered = sorted(originals, key=lambda r: str(r["order"]))
    dates = sorted(str(r["published"]) for r in ordered if r["published"])
    return {
        "story_id": story_id,
        "title": next((str(r["title"]) for r in ordered if r["title"]), ""),
        "articles": [str(r["id"]) for r in ordered],
        "reprints": sorted(reprints),
        "outlets": sorted({str(r["outlet"]) for r in ordered if r["outlet"]}),
        "first_published": dates[0] if dates else "",
        "last_published": dates[-1] if dates else "",
    }


def digest_json(originals: Sequence[Mapping[str, Any]], words: int) -> str:
    """The story's digest: what `ringkas summarize --format json` prints for its originals."""
    from ringkas.pipeline import summarize
    from ringkas.render import render

    try:
        return render(
            summarize([row_to_article(r) for r in originals], Config(words=words)), "json"
        )
    except InputError as exc:  # e.g. only a language ringkas does not summarize
        return json.dumps({"error": str(exc)}, ensure_ascii=False)
