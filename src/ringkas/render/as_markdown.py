"""Markdown: the same content as text, for notes, issues and wikis."""

from __future__ import annotations

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

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_{}[]<>#|"})


def _md(text: str) -> str:
    """Escape Markdown (and inline HTML) syntax in article text."""
    return text.translate(_SPECIAL)


def render_markdown(digest: Digest, *, show_removed: bool = False) -> str:
    m = messages_for(digest)
    out = [f"# {_md(digest.title or m('Summary'))}", ""]
    words = m.n("{n} word", "{n} words", digest.words)
    articles = m.n("{n} article", "{n} articles", len(digest.sources))
    out.append(f"*{words} · {articles}*")
    out.append("")
    for s in digest.sentences:
        refs = "".join(f"[^{n}]" for n in markers(digest, s))
        out.append(f"- {_md(s.text)} {refs} *({outlet_count(s, m)})*")
    if digest.conflicts:
        out += ["", f"## {m('Differences between outlets')}", ""]
        for c in digest.conflicts:
            out.append(f"- **{_md(with_unnamed(digest, m.conflict(c.description), m))}**")
            for side in c.sides:
                out.append(
                    f"  - {_md(m.side(side.value, c.kind))} — {_md(outlet_labels(digest, side.outlets, m))}"
                )
                for e in side.evidence:
                    out.append(
                        f"    > {_md(e.text)} ({_md(evidence_outlet(digest, e.outlet, e.article_id, m))})"
                    )
    if digest.timeline:
        head = f"| {m('Date')} | {m('Event')} | {m('Outlets')} |"
        out += ["", f"## {m('Timeline')}", "", head, "|---|---|---|"]
        for t in digest.timeline:
            day = t.day.isoformat() + (f"–{t.end.isoformat()}" if t.end else "")
            flag = " ⚠" if t.disputed else ""
            who = _md(outlet_labels(digest, t.outlets, m))
            out.append(f"| {day}{flag} | {_md(t.text)} | {who} |")
    if digest.entities:
        out += ["", f"## {m('People, places, organisations')}", ""]
        out += [
            f"- {_md(e.name)} ({entity_kind(e.kind, m)}, "
            f"{m.n('{n} outlet', '{n} outlets', len(e.outlets))})"
            for e in digest.entities[:15]
        ]
    if digest.warnings:
        out += ["", f"## {m('Notes')}", ""] + [f"- {_md(m.note(w))}" for w in digest.warnings]
    if show_removed:
        out += ["", f"## {m('Removed while cleaning')}", ""]
        for a in digest.articles:
            out.append(f"- **{_md(m.outlet(a.outlet, a.id))}**")
            out += [f"  - `{r.reason}` {_md(r.text)}" for r in a.removed]
    out += ["", f"## {m('Sources')}", ""]
    for n, src in enumerate(digest.sources, 1):
        title = f" — {_md(src.title)}" if src.title else ""
        url = f" <{src.url}>" if src.url else ""
        out.append(f"[^{n}]: {_md(m.outlet(src.outlet, src.article_id))}{title}{url}")
    out += ["", f"<sub>{_md(method_line(digest, m))}</sub>", ""]
    return "\n".join(out)
