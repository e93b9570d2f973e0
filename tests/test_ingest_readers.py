"""Readers: encodings, binary and empty files, JSONL lines, stdin, folders, HTML; never lose the rest."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from ringkas.ingest import Problem, iter_load, load, read_inputs
from ringkas.model import Article

BODY = (
    "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju pada Sabtu pagi.\n\n"
    "Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet."
)


def test_utf8_with_bom_and_cp1252(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + BODY.encode("utf-8"))
    legacy = "“Kami siap,” kata Pak José di kafé. " + BODY
    (tmp_path / "legacy.txt").write_bytes(legacy.encode("cp1252"))
    docs, problems = read_inputs([str(tmp_path)])
    assert problems == ()
    by_id = {d.id: d for d in docs}
    assert by_id["bom"].text.startswith("Banjir")
    assert "“Kami siap,” kata Pak José di kafé." in by_id["legacy"].text


def test_utf16_with_bom(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes(BODY.encode("utf-16"))
    docs, problems = read_inputs([str(tmp_path / "u16.txt")])
    assert not problems and docs[0].text.startswith("Banjir")


def test_binary_empty_and_missing_are_reported_by_name(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path), str(tmp_path / "nope.txt")])
    assert [d.id for d in docs] == ["ok"]
    joined = "\n".join(problems)
    assert "image.txt: binary file, skipped" in joined
    assert "blank.txt: empty file, skipped" in joined
    assert "nope.txt: no such file or folder" in joined


def test_jsonl_bad_lines_do_not_lose_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": BODY,
                "outlet": "Kompas.com",
                "published": "2025-04-12T08:00:00+07:00",
            }
        ),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": 7}),
        json.dumps(["list"]),
        json.dumps(
            {"id": "a4", "html": f"<html><body><p>{BODY}</p></body></html>", "published": "kemarin"}
        ),
        "",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, problems = read_inputs([str(path)])
    assert [d.id for d in docs] == ["a1", "a4"]
    assert docs[0].published == date(2025, 4, 12) and docs[0].outlet == "Kompas.com"
    assert docs[1].published is None and docs[1].html
    assert any(p.startswith(f"{path}:2: invalid JSON") for p in problems)
    assert any(p.startswith(f"{path}:3: no 'text' or 'html'") for p in problems)
    assert any(p.startswith(f"{path}:4:") for p in problems)
    assert any(p.startswith(f"{path}:5: expected a JSON object") for p in problems)
    assert any(p.startswith(f"{path}:6: 'published' is not a date") for p in problems)


def test_stdin_sniffing() -> None:
    docs, _ = read_inputs(["-"], io.StringIO(BODY))
    assert docs[0].text == BODY and docs[0].source == "stdin"
    feed = (
        json.dumps({"id": "x", "text": BODY})
        + "\n"
        + json.dumps({"id": "y", "text": BODY + " Lagi."})
    )
    docs, _ = read_inputs(["-"], io.StringIO(feed))
    assert [d.id for d in docs] == ["x", "y"]
    docs, _ = read_inputs(["-"], io.StringIO(f"<html><body><p>{BODY}</p></body></html>"))
    assert docs[0].html


def test_nested_folders_sorted_hidden_skipped_ids_unique(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "berita.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "berita.txt").write_text(BODY + " Tambahan.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    docs, problems = read_inputs([str(tmp_path)])
    assert [d.id for d in docs] == ["berita", "berita-2"]
    assert docs[0].source.endswith("a/berita.txt")
    assert problems == ()


def test_a_folders_readme_is_not_an_article_unless_named(tmp_path: Path) -> None:
    """A folder of pages often carries its own README or LICENSE: documentation, not news."""
    (tmp_path / "berita.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Halaman contoh\n\n" + BODY, encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text(BODY, encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path)])
    assert [d.id for d in docs] == ["berita"] and problems == ()
    docs, _ = read_inputs([str(tmp_path / "README.md")])
    assert [d.id for d in docs] == ["README"]


def test_iter_load_tells_warnings_from_rejections_by_type(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_text("Baca Juga: Sesuatu\nEditor : Ani\n", encoding="utf-8")
    (tmp_path / "b-ok.txt").write_text(BODY, encoding="utf-8")
    items = list(iter_load([str(tmp_path)]))
    assert isinstance(items[0], Problem) and not items[0].warning
    assert str(items[0]).endswith("a-empty.txt: no article text left after cleaning")
    assert isinstance(items[1], Article) and items[1].id == "b-ok"


def test_html_page_main_text_extracted(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Banjir Sukamaju</title></head><body><nav><a href='/'>Beranda</a> "
        "<a href='/x'>Olahraga</a></nav><article><h1>Banjir Sukamaju</h1>"
        "<p>Kabarsatu.id, CIREBON - Banjir merendam ratusan rumah warga di Kecamatan Sukamaju "
        "pada Sabtu pagi setelah hujan deras turun sejak Jumat malam.</p>"
        "<p>Petugas BPBD mengevakuasi warga lanjut usia dan anak-anak menggunakan perahu karet "
        "menuju posko pengungsian di balai desa.</p></article>"
        "<footer>© 2025 Kabarsatu. Ikuti kami di Facebook.</footer></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    loaded = load([str(tmp_path)])
    (article,) = loaded.articles
    assert article.body.startswith("Banjir merendam ratusan rumah")
    assert "Beranda" not in article.body and "Ikuti kami" not in article.body
    assert article.outlet == "kabarsatu.id" and article.place == "CIREBON"


def test_article_with_nothing_left_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "furniture.txt").write_text(
        "Baca Juga: Sesuatu\nEditor : Ani\n0 Komentar\n", encoding="utf-8"
    )
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    loaded = load([str(tmp_path)])
    assert [a.id for a in loaded.articles] == ["ok"]
    assert loaded.problems == (
        f"{tmp_path / 'furniture.txt'}: no article text left after cleaning",
    )
