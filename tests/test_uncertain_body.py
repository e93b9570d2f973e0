"""An article the cleaner doubts (little prose on a page of menus) is used and the reader is told,
once, in their words, on every edge: the CLI's summarize and ingest, and the API's digest and
ingest (which had said nothing, and whose ingest must not count it rejected)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ringkas.api.app import Settings, create_app
from ringkas.cli import app

MENU = "\n".join(
    f"Kanal Berita {w}"
    for w in "Nasional Ekonomi Olahraga Hiburan Teknologi Otomotif Wisata Kuliner Hukum".split()
)
PROSE = (
    "Warga desa di lereng gunung bergotong royong membersihkan saluran air yang tersumbat "
    "lumpur sejak Senin pagi."
)
TEASER = f"{MENU}\n{PROSE}\n{MENU}\n{MENU}\n{MENU}\n"
CLEAR = (
    "Warga Desa Sukamaju, Kabupaten Garut, bergotong royong membersihkan saluran irigasi yang "
    "tersumbat lumpur sejak Senin pagi. Kepala desa Ahmad Sobari mengatakan 120 warga ikut "
    "bekerja hingga sore.\n\nPembersihan dilakukan setelah banjir kecil merendam 40 rumah pada "
    "pekan lalu. Warga berharap pemerintah kabupaten segera memperbaiki pintu air yang rusak.\n"
)


def _warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "article body uncertain" in line]


def test_summarize_warns_once_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "a-teaser.txt").write_text(TEASER, encoding="utf-8")
    (tmp_path / "b-clear.txt").write_text(CLEAR, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    (line,) = _warning_lines(result.stderr)
    assert line.startswith(f"warning: {tmp_path / 'a-teaser.txt'}: article body uncertain: ")
    assert line.count("warning") == 1


def test_ingest_warns_once_naming_the_file(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEASER, encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(page), "--db", db, "--no-digests"])
    assert result.exit_code == 0, result.output
    (line,) = _warning_lines(result.stderr)
    assert line.startswith(f"warning: {page}: article body uncertain: ")
    assert line.count("warning") == 1


def test_api_digest_and_ingest_carry_the_warning(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "s.db"))
    posted = [{"id": "teaser", "text": TEASER}, {"id": "clear", "text": CLEAR}]
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        digest = client.post("/v1/digest", json={"articles": posted}).json()
        assert [w for w in digest["warnings"] if "uncertain" in w] == [
            next(w for w in digest["warnings"] if w.startswith("teaser: article body"))
        ]
        assert {s["article_id"] for s in digest["sources"]} == {
            "teaser",
            "clear",
        }  # used, not dropped
        report = client.post("/v1/articles", json={"articles": posted}).json()
    assert report["new"] == 2 and report["rejected"] == []
    assert len(report["warnings"]) == 1
    assert report["warnings"][0].startswith("teaser: article body uncertain: ")


def test_api_is_quiet_about_clear_articles(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "s.db"))
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        report = client.post("/v1/articles", json={"articles": [{"id": "c", "text": CLEAR}]})
    assert report.json()["warnings"] == []


def test_the_warning_reads_in_indonesian_on_the_page_and_in_renderers(tmp_path: Path) -> None:
    from ringkas.i18n import Messages

    settings = Settings(db=str(tmp_path / "s.db"))
    posted = [{"id": "teaser", "text": TEASER}, {"id": "clear", "text": CLEAR}]
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        warnings = client.post("/v1/digest", json={"articles": posted}).json()["warnings"]
    (note,) = [w for w in warnings if "uncertain" in w]
    assert Messages("id").note(note).startswith("teaser: isi artikel diragukan: hanya ")
    assert Messages("en").note(note) == note
