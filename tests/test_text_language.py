"""Language identification: Indonesian, Malay, English, offline."""

from __future__ import annotations

import json

from conftest import DATASETS
from ringkas.text.language import detect_language
from ringkas.text.tokens import content_terms, stem, words

MALAY = (
    "Kerajaan negeri akan memberi bantuan wang kepada mangsa banjir, kata Menteri Besar. Beliau "
    "berkata bantuan itu ialah sebahagian daripada usaha kerajaan kerana ramai penduduk terjejas. "
    "Polis turut membantu selepas hujan lebat semalam."
)
ENGLISH = (
    "The regent said on Monday that the relief posts would stay open, and officials from the "
    "province are expected to visit the villages that were hit by the earthquake."
)
INDONESIAN = "Warga berharap pemerintah segera memperbaiki tanggul sungai yang jebol karena hujan."


def test_three_languages() -> None:
    assert detect_language(MALAY) == "ms"
    assert detect_language(ENGLISH) == "en"
    assert detect_language(INDONESIAN) == "id"
    assert detect_language("Ok.") == "unknown"


def test_indosum_articles_are_indonesian() -> None:
    rows = [
        json.loads(line) for line in (DATASETS / "indosum-single-dev.jsonl").open(encoding="utf-8")
    ][:200]
    labels = [detect_language(r["documents"][0]["text"]) for r in rows]
    assert labels.count("id") >= 198


def test_multinews_articles_are_english() -> None:
    rows = [
        json.loads(line)
        for line in (DATASETS / "stories-multinews-val.jsonl").open(encoding="utf-8")
    ][:100]
    assert sum(detect_language(r["text"]) == "en" for r in rows) >= 99


def test_tokens_and_stems() -> None:
    assert words("Anak-anak membeli 1.500 buku, Rp 14.200.") == (
        "anak-anak",
        "membeli",
        "1.500",
        "buku",
        "rp",
        "14.200",
    )
    assert stem("anak-anak") == "anak"
    assert stem("14.200") == "14.200"
    assert stem("running", "en") == "run"
    assert "yang" not in content_terms("rumah yang rusak")
    assert content_terms("The houses were damaged", "en") == ("hous", "damag")
