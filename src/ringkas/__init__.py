"""ringkas: cited, conflict-aware digests of Indonesian news clusters."""

from __future__ import annotations

__version__ = "0.1.0"
