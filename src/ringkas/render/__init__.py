"""Renderers: text (for a person), Markdown, JSON (versioned schema) and self-contained HTML."""

from __future__ import annotations

from ringkas.errors import ConfigError
from ringkas.model import Digest
from ringkas.render.as_html import render_html
from ringkas.render.as_json import SCHEMA_VERSION, render_json, to_json_dict
from ringkas.render.as_markdown import render_markdown
from ringkas.render.as_text import render_text

FORMATS = ("text", "markdown", "json", "html")

__all__ = ["FORMATS", "SCHEMA_VERSION", "render", "to_json_dict"]


def render(digest: Digest, fmt: str = "text", *, show_removed: bool = False) -> str:
    """Render a digest in one of FORMATS."""
    if fmt == "text":
        return render_text(digest, show_removed=show_removed)
    if fmt == "markdown":
        return render_markdown(digest, show_removed=show_removed)
    if fmt == "json":
        return render_json(digest)
    if fmt == "html":
        return render_html(digest, show_removed=show_removed)
    raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
