"""ringkas: cited, conflict-aware digests of Indonesian news clusters.

Public API: ``summarize``, ``prepare``, ``render``, ``to_json_dict``, ``load``, ``article_from_text``,
``Config`` and the data model. Imported lazily so that ``import ringkas`` (and the CLI) start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "summarize": "ringkas.pipeline",
    "prepare": "ringkas.pipeline",
    "render": "ringkas.render",
    "to_json_dict": "ringkas.render",
    "load": "ringkas.ingest",
    "article_from_text": "ringkas.ingest",
    "Config": "ringkas.config",
    "Article": "ringkas.model",
    "Digest": "ringkas.model",
    "RingkasError": "ringkas.errors",
    "InputError": "ringkas.errors",
    "ConfigError": "ringkas.errors",
}

__all__ = [
    "Article",
    "Config",
    "ConfigError",
    "Digest",
    "InputError",
    "RingkasError",
    "article_from_text",
    "load",
    "prepare",
    "render",
    "summarize",
    "to_json_dict",
]

if TYPE_CHECKING:
    from ringkas.config import Config
    from ringkas.errors import ConfigError, InputError, RingkasError
    from ringkas.ingest import article_from_text, load
    from ringkas.model import Article, Digest
    from ringkas.pipeline import prepare, summarize
    from ringkas.render import render, to_json_dict


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'ringkas' has no attribute {name!r}")
