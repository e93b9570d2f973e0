"""Markdown: the same content as text, for notes, issues and wikis."""

from __future__ import annotations

from ringkas.model import Digest
from ringkas.render.common import markers, outlet_count, source_name

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_{}[]<>#|"})


def _md(text: str) -> str:
    """Escape Markdown (and inline HTML) syntax in article text."""
    return text.translate(_SPECIAL)


def render_markdown(digest: Digest, *, show_removed: bool = False) -> str:
    out = [f"# {_md(digest.title or 'Ringkasan')}", ""]
    out.append(f"*{digest.words} kata · {len(digest.sources)} artikel*")
    out.append("")
    for s in digest.sentences:
        refs = "".join(f"[^{n}]" for n in markers(digest, s))
        out.append(f"- {_md(s.text)} {refs} *({outlet_count(s)})*")
    if digest.conflicts:
        out += ["", "## Perbedaan antar-media", ""]
        for c in digest.conflicts:
            out.append(f"- **{_md(c.description)}**")
            for side in c.sides:
                out.append(f"  - {_md(side.value)} — {_md(', '.join(side.outlets))}")
                for e in side.evidence:
                    out.append(f"    > {_md(e.text)} ({_md(e.outlet or e.article_id)})")
    if digest.timeline:
        out += ["", "## Linimasa", "", "| Tanggal | Peristiwa | Media |", "|---|---|---|"]
        for t in digest.timeline:
            day = t.day.isoformat() + (f"–{t.end.isoformat()}" if t.end else "")
            flag = " ⚠" if t.disputed else ""
            out.append(f"| {day}{flag} | {_md(t.text)} | {_md(', '.join(t.outlets))} |")
    if digest.entities:
        out += ["", "## Tokoh, tempat, lembaga", ""]
        out += [f"- {_md(e.name)} ({e.kind}, {len(e.outlets)} media)" for e in digest.entities[:15]]
    if digest.warnings:
        out += ["", "## Catatan", ""] + [f"- {_md(w)}" for w in digest.warnings]
    if show_removed:
        out += ["", "## Dibuang saat pembersihan", ""]
        for a in digest.articles:
            out.append(f"- **{_md(source_name(a.outlet, a.id))}**")
            out += [f"  - `{r.reason}` {_md(r.text)}" for r in a.removed]
    out += ["", "## Sumber", ""]
    for n, src in enumerate(digest.sources, 1):
        title = f" — {_md(src.title)}" if src.title else ""
        url = f" <{src.url}>" if src.url else ""
        out.append(f"[^{n}]: {_md(source_name(src.outlet, src.article_id))}{title}{url}")
    out += ["", f"<sub>Metode: {_md(digest.method)}</sub>", ""]
    return "\n".join(out)
