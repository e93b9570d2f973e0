"""One self-contained HTML file; every piece of article text goes through html.escape."""

from __future__ import annotations

from html import escape

from ringkas.i18n import messages_for
from ringkas.model import Article, Digest
from ringkas.render.common import (
    entity_kind,
    markers,
    method_line,
    outlet_count,
    outlet_labels,
    with_unnamed,
)

_CSS = """
body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;padding:1.5rem;max-width:1300px;margin:auto}
@media(max-width:800px){main{grid-template-columns:1fr}}
section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:1rem 1.25rem}
h1{font-size:1.5rem;margin:1.5rem auto 0;max-width:1300px;padding:0 1.5rem}
h2{font-size:1.1rem;margin-top:0}
li.s{margin:.4rem 0;padding:.2rem .35rem;border-radius:4px;cursor:default}
li.s:hover,li.s:focus{background:#fff4c2;outline:2px solid #d9a400}
sup{color:#566;font-size:.75em}
.count{color:#566;font-size:.85em}
article{border-top:1px solid #eee;padding-top:.5rem;margin-top:.5rem;white-space:pre-wrap}
article h3{white-space:normal;font-size:1rem;margin:.2rem 0}
.p.on{background:#ffe27a;box-shadow:0 0 0 2px #ffe27a}
.conflict{border-left:4px solid #c0392b;padding-left:.75rem;margin:.75rem 0}
blockquote{margin:.25rem 0 .25rem 1rem;color:#333}
table{border-collapse:collapse}td{padding:.2rem .5rem;vertical-align:top;border-top:1px solid #eee}
"""

_JS = """
document.querySelectorAll('li.s').forEach(function(li){
  var ids=(li.dataset.p||'').split(' ');
  function on(v){ids.forEach(function(id){var e=document.getElementById(id);if(e){e.classList.toggle('on',v);}});}
  li.addEventListener('mouseenter',function(){on(true)});li.addEventListener('mouseleave',function(){on(false)});
  li.addEventListener('focus',function(){on(true)});li.addEventListener('blur',function(){on(false)});
});
"""


def _passage_id(article_index: int, start: int) -> str:
    return f"a{article_index}-{start}"


def _marked_body(article: Article, n: int, spans: set[tuple[int, int]]) -> str:
    """The article body with each cited passage wrapped in an addressable, escaped <span>."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue  # overlapping passages: the first one already wraps this text
        out.append(escape(article.body[pos:start]))
        out.append(
            f'<span class="p" id="{_passage_id(n, start)}">{escape(article.body[start:end])}</span>'
        )
        pos = end
    out.append(escape(article.body[pos:]))
    return "".join(out)


def render_html(digest: Digest, *, show_removed: bool = False) -> str:
    m = messages_for(digest)
    numbers = {s.article_id: n for n, s in enumerate(digest.sources, 1)}
    cited: dict[str, set[tuple[int, int]]] = {}
    items: list[str] = []
    for s in digest.sentences:
        ids = []
        for sup in s.supports:
            cited.setdefault(sup.article_id, set()).add((sup.span.start, sup.span.end))
            ids.append(_passage_id(numbers[sup.article_id], sup.span.start))
        refs = "".join(f"[{n}]" for n in markers(digest, s))
        items.append(
            f'<li class="s" tabindex="0" data-p="{escape(" ".join(ids))}">{escape(s.text)} '
            f'<sup>{refs}</sup> <span class="count">({escape(outlet_count(s, m))})</span></li>'
        )
    words = escape(m.n("{n} word", "{n} words", digest.words))
    parts = [f"<h2>{escape(m('Summary'))}</h2><p class=count>{words}</p><ol>{''.join(items)}</ol>"]
    if digest.conflicts:
        parts.append(f"<h2>{escape(m('Differences between outlets'))}</h2>")
        for c in digest.conflicts:
            sides = "".join(
                f"<li>{escape(m.side(side.value, c.kind))} — {escape(outlet_labels(digest, side.outlets, m))}"
                + "".join(f"<blockquote>{escape(e.text)}</blockquote>" for e in side.evidence)
                + "</li>"
                for side in c.sides
            )
            parts.append(
                f'<div class="conflict"><p><b>{escape(with_unnamed(digest, m.conflict(c.description), m))}</b></p><ul>{sides}</ul></div>'
            )
    if digest.timeline:
        rows = "".join(
            f"<tr><td>{t.day.isoformat()}{'–' + t.end.isoformat() if t.end else ''}"
            f"{' ⚠' if t.disputed else ''}</td><td>{escape(t.text)}</td>"
            f"<td>{escape(outlet_labels(digest, t.outlets, m))}</td></tr>"
            for t in digest.timeline
        )
        parts.append(f"<h2>{escape(m('Timeline'))}</h2><table>{rows}</table>")
    if digest.entities:
        ents = ", ".join(
            f"{escape(e.name)} <span class=count>({escape(entity_kind(e.kind, m))})</span>"
            for e in digest.entities[:20]
        )
        parts.append(f"<h2>{escape(m('People, places, organisations'))}</h2><p>{ents}</p>")
    if digest.warnings:
        parts.append(
            f"<h2>{escape(m('Notes'))}</h2><ul>"
            + "".join(f"<li>{escape(m.note(w))}</li>" for w in digest.warnings)
            + "</ul>"
        )
    parts.append(f"<p class=count>{escape(method_line(digest, m))}</p>")
    articles = {a.id: a for a in digest.articles}
    sources: list[str] = [f"<h2>{escape(m('Sources'))}</h2>"]
    for n, src in enumerate(digest.sources, 1):
        art = articles.get(src.article_id)
        body = _marked_body(art, n, cited.get(src.article_id, set())) if art else ""
        removed = ""
        if show_removed and art and art.removed:
            removed = (
                f"<details><summary>{escape(m('Removed while cleaning'))}</summary><ul>"
                + "".join(f"<li>[{escape(r.reason)}] {escape(r.text)}</li>" for r in art.removed)
                + "</ul></details>"
            )
        link = (
            f' — <a href="{escape(src.url)}">{escape(src.url)}</a>'
            if src.url.startswith(("http://", "https://"))
            else ""
        )
        sources.append(
            f"<article><h3>[{n}] {escape(m.outlet(src.outlet, src.article_id))}"
            f"{' — ' + escape(src.title) if src.title else ''}{link}</h3>{body}{removed}</article>"
        )
    return (
        f'<!doctype html><html lang="{m.language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(digest.title or m('Summary'))}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(digest.title or m('Summary'))}</h1><main><section>{''.join(parts)}</section>"
        f"<section>{''.join(sources)}</section></main><script>{_JS}</script></body></html>\n"
    )
