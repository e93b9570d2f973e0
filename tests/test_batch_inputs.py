"""`ringkas batch` reads what `summarize` and `ingest` read (folders of .txt/.html, files, JSONL,
stdin), and shows progress on a terminal only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from ringkas.cli import app
from ringkas.engines.output import read_table


def _pages(tmp_path: Path, seed_dir: Path) -> Path:
    """A folder as `summarize` takes it: the seed's .txt pages and the example's .html/.txt pages."""
    folder = tmp_path / "pages"
    shutil.copytree(seed_dir, folder / "seed")
    shutil.copytree(EXAMPLES / "gempa-sukabumi", folder / "gempa")
    (folder / "gempa" / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_batch_reads_a_folder_of_txt_and_html_pages(tmp_path: Path, seed_dir: Path) -> None:
    folder = _pages(tmp_path, seed_dir)
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    pages = sorted(
        p.stem for p in folder.rglob("*") if p.suffix in (".txt", ".html") and p.stem != "empty"
    )
    articles = read_table(tmp_path / "out", "articles")
    assert sorted(str(a["id"]) for a in articles) == pages
    stories = read_table(tmp_path / "out", "stories")
    seed_ids = {p.stem for p in seed_dir.glob("*.txt")}
    assert any(set(s["articles"]) == seed_ids for s in stories)  # the seed is one story
    rejected = (tmp_path / "out" / "rejected.txt").read_text(encoding="utf-8")
    assert "empty.txt: empty file, skipped" in rejected
    digest = json.loads(read_table(tmp_path / "out", "digests")[0]["digest"])
    assert digest["summary"]


def test_batch_reads_single_files_and_stdin_like_summarize(tmp_path: Path, seed_dir: Path) -> None:
    pages = sorted(seed_dir.glob("*.txt"))
    stdin = pages[0].read_text(encoding="utf-8")
    result = CliRunner().invoke(
        app, ["batch", str(pages[1]), "-", "-o", str(tmp_path / "out")], input=stdin
    )
    assert result.exit_code == 0, result.output
    ids = sorted(str(a["id"]) for a in read_table(tmp_path / "out", "articles"))
    assert ids == sorted([pages[1].stem, "stdin"])


def test_batch_folder_without_articles_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "no .txt, .html, .jsonl or .parquet file in this folder" in result.output


def test_batch_progress_on_a_terminal_and_quiet_when_piped(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["batch", str(seed_dir), "-o", str(tmp_path / "out")]
    piped = CliRunner().invoke(app, args)
    assert piped.exit_code == 0, piped.output
    assert piped.stderr == ""  # nothing but the one result line (on stdout)
    assert len(piped.stdout.strip().splitlines()) == 1
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich treats the output as a terminal
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    shown = CliRunner().invoke(app, [*args[:-1], str(tmp_path / "out2")])
    assert shown.exit_code == 0, shown.output
    assert "articles read" in shown.stderr and "stories" in shown.stderr
