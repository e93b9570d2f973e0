"""Shared test fixtures: where the real data lives (../shared beside the repository)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = SHARED / "corpus" / "seed-kim-putin"
DATASETS = SHARED / "datasets"
EXAMPLES = REPO / "examples"
FIXTURES = REPO / "tests" / "fixtures"


def expectations(folders: Iterable[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """Each invented page's expectation, keyed (folder, stem), from its folder's expected.json."""
    return {
        (folder, stem): want
        for folder in folders
        for stem, want in json.loads(
            (FIXTURES / folder / "expected.json").read_text(encoding="utf-8")
        ).items()
    }


# For a child process's script (the crash tests): every SQLite connection the child opens calls
# the script's own ``trace(statement)`` with each statement, so it can stop at a chosen one.
TRACE_EVERY_CONNECTION = """
real_connect = sqlite3.connect
def connect(*args, **kwargs):
    conn = real_connect(*args, **kwargs)
    conn.set_trace_callback(trace)
    return conn
sqlite3.connect = connect
"""


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The real five-outlet seed cluster; its absence is a failure, not a skip."""
    assert SEED_DIR.is_dir(), f"expected the shared corpus at {SEED_DIR}"
    return SEED_DIR


@pytest.fixture(scope="session")
def datasets_dir() -> Path:
    assert DATASETS.is_dir(), f"expected the shared datasets at {DATASETS}"
    return DATASETS


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output (review the diff like code)",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
