"""Plain text for a person reading a terminal: title, digest with [n] markers, sources, conflicts."""

from __future__ import annotations

import textwrap

from ringkas.i18n import messages_for
from ringkas.model import Digest
from ringkas.render.common import (
    entity_kind,
    evidence_outlet,
    markers,
    method_line,
    outlet_count,
    outlet_labels,
    with_unnamed,
)

WIDTH = 88


def _wrap(text: str, indent: str = "", first: str = "") -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=first or indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def render_text(digest: Digest, *, show_removed: bool = False) -> str:
    """Render the digest as wrapped plain text, in the digest's language."""
    m = messages_for(digest)
    out: list[str] = []
    title = digest.title or m("Summary")
    out += [title, "=" * min(len(title), WIDTH), ""]
    n_outlets = len({s.outlet or s.article_id for s in digest.sources})
    out.append(
        " · ".join(
            [
                m("Summary"),
                m.n("{n} word", "{n} words", digest.words),
                m.n("{n} article", "{n} articles", len(digest.sources)),
            ]
        )
        + " "
        + m.n("from {n} outlet", "from {n} outlets", n_outlets)
    )
    out.append("")
    for s in digest.sentences:
        refs = "".join(f"[{n}]" for n in markers(digest, s))
        out.append(_wrap(f"{s.text} {refs} ({outlet_count(s, m)})", "    ", "  • "))
    out.append("")
    out.append(m("Sources"))
    for n, src in enumerate(digest.sources, 1):
        bits = [m.outlet(src.outlet, src.article_id)]
        if src.title:
            bits.append(f"“{src.title}”")
        if src.published:
            bits.append(src.published.isoformat())
        if src.url:
            bits.append(src.url)
        out.append(_wrap(" — ".join(bits), "      ", f"  [{n}] "))
    if digest.conflicts:
        out += ["", m("Differences between outlets")]
        for c in digest.conflicts:
            out.append(_wrap(with_unnamed(digest, m.conflict(c.description), m), "      ", "  ! "))
            for side in c.sides:
                who = outlet_labels(digest, side.outlets, m)
                out.append(_wrap(f"{m.side(side.value, c.kind)} — {who}", "        ", "    · "))
                for e in side.evidence:
                    out.append(
                        _wrap(
                            f"“{e.text}” ({evidence_outlet(digest, e.outlet, e.article_id, m)})",
                            "          ",
                            "        ",
                        )
                    )
    if digest.timeline:
        out += ["", m("Timeline")]
        for t in digest.timeline:
            day = t.day.isoformat() + (f"–{t.end.isoformat()}" if t.end else "")
            flag = f" ({m('disputed')})" if t.disputed else ""
            who = outlet_labels(digest, t.outlets, m)
            if len(day) > 13:  # a range: the dates on their own line, the text in its column
                out.append(f"  {day}")
                out.append(_wrap(f"{t.text} ({who}){flag}", " " * 16))
            else:
                out.append(_wrap(f"{t.text} ({who}){flag}", " " * 16, f"  {day:<13} "))
    if digest.entities:
        out += ["", m("People, places, organisations")]
        for ent in digest.entities[:15]:
            kind = entity_kind(ent.kind, m)
            outlets = m.n("{n} outlet", "{n} outlets", len(ent.outlets))
            out.append(f"  {ent.name} ({kind}, {outlets}, {ent.mentions}×)")
    if digest.warnings:
        out += ["", m("Notes")]
        out += [_wrap(m.note(w), "    ", "  - ") for w in digest.warnings]
    if show_removed:
        out += ["", m("Removed while cleaning")]
        for a in digest.articles:
            parts = m.n("{n} part", "{n} parts", len(a.removed))
            out.append(f"  {m.outlet(a.outlet, a.id)} ({parts})")
            for r in a.removed:
                out.append(_wrap(f"[{r.reason}] {r.text}", "        ", "    - "))
    out.append("")
    out.append(_wrap(method_line(digest, m), "  "))
    return "\n".join(out) + "\n"
