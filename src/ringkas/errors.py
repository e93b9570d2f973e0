"""Typed errors. Faces (CLI, API) translate them once, into one clear line."""

from __future__ import annotations


class RingkasError(Exception):
    """Base of every error ringkas raises on purpose."""


class InputError(RingkasError):
    """An input (file, line, request) cannot be used; the message names it and says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.source = source
        self.reason = reason


class ConfigError(RingkasError):
    """A setting is out of range or unknown."""


class StoreError(RingkasError):
    """The story store cannot be opened or is damaged."""


class MissingExtraError(RingkasError):
    """An optional dependency is not installed; names the extra to install."""

    def __init__(self, extra: str, module: str) -> None:
        super().__init__(
            f"this needs the optional '{extra}' extra ({module} is not installed): "
            f"pip install 'ringkas[{extra}]'"
        )
        self.extra = extra
