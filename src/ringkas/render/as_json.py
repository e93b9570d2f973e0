"""The JSON form of a Digest: schema ``ringkas.digest/2`` (documented in docs/json-schema.md)."""

from __future__ import annotations

import json
from typing import Any

import orjson

from ringkas.model import Conflict, Digest, Evidence, Span, Support

SCHEMA_VERSION = "ringkas.digest/2"


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _evidence(e: Evidence) -> dict[str, Any]:
    return {
        "outlet": e.outlet,
        "article_id": e.article_id,
        "sentence_index": e.sentence_index,
        "span": _span(e.span),
        "text": e.text,
    }


def _support(s: Support) -> dict[str, Any]:
    return {
        "outlet": s.outlet,
        "article_id": s.article_id,
        "sentence_index": s.sentence_index,
        "span": _span(s.span),
        "similarity": s.similarity,
    }


def _conflict(c: Conflict) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "subject": c.subject,
        "description": c.description,
        "sides": [
            {
                "value": side.value,
                "outlets": list(side.outlets),
                "evidence": [_evidence(e) for e in side.evidence],
            }
            for side in c.sides
        ],
    }


def to_json_dict(digest: Digest) -> dict[str, Any]:
    """The digest as plain JSON-ready data (keys documented in docs/json-schema.md)."""
    numbers = {s.article_id: n for n, s in enumerate(digest.sources, 1)}
    bodies = {a.id: a for a in digest.articles}
    return {
        "schema": SCHEMA_VERSION,
        "title": digest.title,
        "summary": [
            {
                "text": s.text,
                "article_id": s.article_id,
                "sentence_index": s.sentence_index,
                "span": _span(s.span),
                "outlets": list(s.outlets),
                "outlet_count": len(s.outlets),
                "sources": sorted({numbers[x.article_id] for x in s.supports}),
                "supports": [_support(x) for x in s.supports],
            }
            for s in digest.sentences
        ],
        "words": digest.words,
        "budget": digest.budget,
        "single_source": digest.single_source,
        "method": {"name": digest.method.name, "params": dict(digest.method.params)},
        "sources": [
            {
                "n": numbers[s.article_id],
                "article_id": s.article_id,
                "outlet": s.outlet,
                "title": s.title,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "place": s.place,
                "language": s.language,
                "sentences": s.sentences,
                "words": s.words,
                "body": bodies[s.article_id].body if s.article_id in bodies else "",
                "removed": [
                    {"text": r.text, "reason": r.reason}
                    for r in (bodies[s.article_id].removed if s.article_id in bodies else ())
                ],
            }
            for s in digest.sources
        ],
        "facts": [
            {
                "text": f.text,
                "outlets": list(f.outlets),
                "corroboration": f.corroboration,
                "support": [_evidence(e) for e in f.support],
            }
            for f in digest.facts
        ],
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "aliases": list(e.aliases),
                "mentions": e.mentions,
                "outlets": list(e.outlets),
            }
            for e in digest.entities
        ],
        "timeline": [
            {
                "date": t.day.isoformat(),
                "end": t.end.isoformat() if t.end else None,
                "text": t.text,
                "outlets": list(t.outlets),
                "disputed": t.disputed,
                "evidence": [_evidence(e) for e in t.evidence],
            }
            for t in digest.timeline
        ],
        "conflicts": [_conflict(c) for c in digest.conflicts],
        "set_aside": [
            {
                "article_id": a.article_id,
                "outlet": a.outlet,
                "title": a.title,
                "similarity": a.similarity,
            }
            for a in digest.set_aside
        ],
        "warnings": list(digest.warnings),
    }


def render_json(digest: Digest) -> str:
    """``json.dumps(..., ensure_ascii=False, indent=2)`` plus a newline, byte for byte, through
    orjson: the standard library's encoder drops to pure Python as soon as ``indent`` is set, and
    that took ~15% of a warm digest. The two differ only on floats under 1e-4 or from 1e16 (never
    here: the one float, a similarity, is rounded to 4 decimals) and on lone surrogates, which
    orjson refuses and the standard encoder then writes as before."""
    data = to_json_dict(digest)
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode()
    except TypeError:
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
