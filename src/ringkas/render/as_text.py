"""Plain text for a person reading a terminal: title, digest with [n] markers, sources, conflicts."""

from __future__ import annotations

import textwrap

from ringkas.model import Digest
from ringkas.render.common import markers, outlet_count, source_name

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
    """Render the digest as wrapped plain text, Indonesian labels."""
    out: list[str] = []
    title = digest.title or "Ringkasan"
    out += [title, "=" * min(len(title), WIDTH), ""]
    n_outlets = len({s.outlet or s.article_id for s in digest.sources})
    out.append(
        f"Ringkasan · {digest.words} kata · {len(digest.sources)} artikel dari {n_outlets} media"
    )
    out.append("")
    for s in digest.sentences:
        refs = "".join(f"[{n}]" for n in markers(digest, s))
        out.append(_wrap(f"{s.text} {refs} ({outlet_count(s)})", "    ", "  • "))
    out.append("")
    out.append("Sumber")
    for n, src in enumerate(digest.sources, 1):
        bits = [source_name(src.outlet, src.article_id)]
        if src.title:
            bits.append(f"“{src.title}”")
        if src.published:
            bits.append(src.published.isoformat())
        if src.url:
            bits.append(src.url)
        out.append(_wrap(" — ".join(bits), "      ", f"  [{n}] "))
    if digest.conflicts:
        out += ["", "Perbedaan antar-media"]
        for c in digest.conflicts:
            out.append(_wrap(f"{c.description}", "      ", "  ! "))
            for side in c.sides:
                out.append(_wrap(f"{side.value} — {', '.join(side.outlets)}", "        ", "    · "))
                for e in side.evidence:
                    out.append(
                        _wrap(f"“{e.text}” ({e.outlet or e.article_id})", "          ", "        ")
                    )
    if digest.timeline:
        out += ["", "Linimasa"]
        for t in digest.timeline:
            day = t.day.isoformat() + (f"–{t.end.isoformat()}" if t.end else "")
            flag = " (dipersoalkan)" if t.disputed else ""
            out.append(_wrap(f"{t.text} ({', '.join(t.outlets)}){flag}", " " * 16, f"  {day:<13} "))
    if digest.entities:
        out += ["", "Tokoh, tempat, lembaga"]
        for ent in digest.entities[:15]:
            out.append(f"  {ent.name} ({ent.kind}, {len(ent.outlets)} media, {ent.mentions}×)")
    if digest.warnings:
        out += ["", "Catatan"]
        out += [_wrap(w, "    ", "  - ") for w in digest.warnings]
    if show_removed:
        out += ["", "Dibuang saat pembersihan"]
        for a in digest.articles:
            out.append(f"  {source_name(a.outlet, a.id)} ({len(a.removed)} bagian)")
            for r in a.removed:
                out.append(_wrap(f"[{r.reason}] {r.text}", "        ", "    - "))
    out.append("")
    out.append(f"Metode: {digest.method}")
    return "\n".join(out) + "\n"
