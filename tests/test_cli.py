"""The CLI face: formats, errors as one line with the file name, exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from conftest import EXAMPLES
from corpus_fixture import SENTENCES
from ringkas.cli import app

runner = CliRunner()
EXAMPLE = EXAMPLES / "gempa-sukabumi"


def _cluster(tmp_path: Path) -> Path:
    folder = tmp_path / "cluster"
    folder.mkdir()
    (folder / "a.txt").write_text("\n\n".join(SENTENCES[:8]), encoding="utf-8")
    (folder / "b.txt").write_text("\n\n".join(SENTENCES[1:9]), encoding="utf-8")
    return folder


def test_summarize_example_text() -> None:
    result = runner.invoke(app, ["summarize", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "Sumber" in result.stdout and "[1]" in result.stdout


def test_every_format(tmp_path: Path) -> None:
    folder = _cluster(tmp_path)
    for fmt, probe in (
        ("json", '"schema"'),
        ("markdown", "# "),
        ("html", "<!doctype html>"),
        ("text", "Sumber"),
    ):
        result = runner.invoke(app, ["summarize", str(folder), "--format", fmt, "--words", "60"])
        assert result.exit_code == 0, result.output
        assert probe in result.stdout
    data = json.loads(runner.invoke(app, ["summarize", str(folder), "-f", "json"]).stdout)
    assert data["schema"] == "ringkas.digest/2" and data["words"] <= 120


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "d.html"
    result = runner.invoke(
        app, ["summarize", str(_cluster(tmp_path)), "-f", "html", "-o", str(out)]
    )
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_bad_file_reported_by_name_others_still_run(tmp_path: Path) -> None:
    folder = _cluster(tmp_path)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(folder), "-f", "json"])
    assert result.exit_code == 0
    assert "broken.txt" in result.stderr and "empty.txt" in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 2


def test_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\x00")
    result = runner.invoke(
        app, ["summarize", str(tmp_path / "x.txt"), str(tmp_path / "missing.txt")]
    )
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    folder = _cluster(tmp_path)
    assert runner.invoke(app, ["summarize", str(folder), "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["summarize", str(folder), "--words", "3"]).exit_code == 2
    assert runner.invoke(app, ["summarize", str(folder), "--method", "nope"]).exit_code == 2
    assert runner.invoke(app, ["summarize"]).exit_code == 2


def test_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", "-", "-f", "json"], input="\n\n".join(SENTENCES[:6]))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["single_source"] is True
    assert any("single source" in w for w in data["warnings"])


def test_show_removed_lists_boilerplate() -> None:
    result = runner.invoke(app, ["summarize", str(EXAMPLE), "--show-removed"])
    assert result.exit_code == 0
    assert "Dibuang saat pembersihan" in result.stdout
    assert "Baca Juga" in result.stdout.split("Dibuang saat pembersihan", 1)[1]


def test_real_process_never_prints_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": 5}\nnot json\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "ringkas", "summarize", str(bad)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "bad.jsonl" in proc.stderr


def test_json_on_stdout_is_only_json() -> None:
    """Nothing else may reach fd 1 (a C library once printed a banner there)."""
    proc = subprocess.run(
        [sys.executable, "-m", "ringkas", "summarize", str(EXAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema"] == "ringkas.digest/2"
