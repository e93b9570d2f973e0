"""The fast paths of issue 17 (second pass) compute what the plain code they replaced computes:
the cleaner's spacing and furniture rules, the body finder's digit and number shares, the
language memo and the entity kinds from per-name cue counts. Invented text only."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ringkas.facts import dates
from ringkas.facts.entities import _kind
from ringkas.ingest import body
from ringkas.ingest.clean import _CAPTION, _FURNITURE, _SPACE, _norm, _reason
from ringkas.model import Sentence, Span
from ringkas.select.learned import _DATE, _has_date_word
from ringkas.text.language import _detect, detect_language
from ringkas.text.sentences import split_sentences
from ringkas.text.tokens import count_words

# The photo-credit pattern as one regex, as written before it was split by the character each
# alternative needs.
_PHOTO_CREDIT = re.compile(
    r"\b(?:foto|photo|dok)\s*:|\(photo by |mandatory credit\b|\((?:foto|dok|ist)\b[^()]*\)\s*$|"
    r"\((?-i:[A-Z])[^()]*/[^()]*\)\s*$|"
    r"\b(?:antara foto|ap photo|getty images|shutterstock)\s*/\s*[\w. ]{0,40}$",
    re.IGNORECASE,
)

LINES = [
    "Baca juga: Banjir merendam tiga desa di Sukamaju",
    "BACA JUGA  Warga mengungsi ke balai desa",
    "Simak Video: Air naik setinggi satu meter",
    "Ikuti kami di Google News untuk kabar terbaru",
    "Langganan sekarang, nyaman tanpa iklan",
    "12 Komentar",
    "komentar",
    "Editor: Andi Wirawan",
    "Penulis : Sari",
    "Share this article",
    "Artikel ini telah tayang di satu.id",
    "- ",
    "•",
    "[Gambas:Video 20detik]",
    "Warga menyelamatkan barang di Cibeber. (Foto: Dok. BPBD)",
    "Petugas BPBD di lokasi banjir / ANTARA FOTO/Budi",
    "Petugas mendirikan posko di desa (Edi Wahyono/satu.id)",
    "Foto: Getty Images",
    "Photo by someone on a rooftop",
    "(Photo by Budi for the paper)",
    "Mandatory Credit: Photo by Agency",
    "MANDATORY CREDIT only for this image",
    "Banjir merendam 300 rumah di Kecamatan Cibeber pada Senin (3/2/2025).",
    "Kepala BPBD: air mulai naik sejak Minggu malam",
    "Harga naik 10/20 persen (kata pedagang)",
    "Getty Images / Nama Fotografer",
    "Shutterstock/ Andi",
    "Hujan deras diperkirakan masih turun hingga akhir pekan ini",
    "",
    "   ",
    "(abc)",
    "Bagikan",
    "Mandatory creditable",
    "Mandatory credit",
    "Dok : arsip",
    "Kota ramai (Antara)",
    "Warga berkumpul … ",
    "Hujan turun lagi... ",
    "“Kami siap,” kata Andi. ",
    "• Banjir di tiga desa",
    "–– dua truk bantuan",
    "Apa kabar?\u2003",
]


def _plain_reason(line: str) -> str:
    """The rule loop as written before the combined pattern."""
    reason = next((name for name, rule in _FURNITURE if rule.match(line)), "")
    if not reason and (_CAPTION.search(line) or _PHOTO_CREDIT.search(line)):
        reason = "caption"
    return reason


def test_reason_matches_the_rule_loop() -> None:
    found = {line: _reason(line) for line in LINES}
    assert found == {line: _plain_reason(line) for line in LINES}
    # the lines above exercise most rules, so the comparison is not all blanks
    assert {"baca-juga", "follow", "comments", "byline", "caption", "embed"} <= set(found.values())


def test_norm_matches_the_substitution() -> None:
    spaced = [
        "a  b",
        " a\tb ",
        "a\u00a0b",
        "a\u2009 b",
        "a\u200bb",
        "  lead and trail  ",
        "one space only",
        "\u3000wide space\u3000",
        "",
        "x \n y",
    ]
    for line in spaced + LINES:
        assert _norm(line) == _SPACE.sub(" ", line).strip(), repr(line)


def test_digit_and_number_shares_match_their_plain_forms() -> None:
    number = re.compile(r"^[#+(-]?\d[\d.,:/%()+-]*$")
    samples = [
        *LINES,
        "12.300 orang 45% (2019) #1 +62 -5 (3) ٣ ²",
        "Rp 1.500.000 per 20/10",
        "Skor 3-1 untuk tuan rumah ١٢",
    ]
    for line in samples:
        plain = (
            1 - len(line.translate(str.maketrans("", "", "0123456789"))) / len(line)
            if line
            else 0.0
        )
        assert body._digit_share(line) == plain
        words = body.words_of(line)
        ratio = sum(1 for w in words if number.match(w)) / len(words) if words else 0.0
        assert body.numeric_ratio(words) == ratio


def test_language_memo_returns_the_plain_detection() -> None:
    texts = [
        "Banjir merendam rumah warga dan sekolah di desa itu pada Senin.",
        "The river rose overnight and the town said it was ready for more rain.",
        "Kerajaan negeri berkata polis telah ditempatkan kerana banjir selepas hujan.",
        "Ok.",
    ]
    long_text = texts[0] + " " + "x" * 2000
    for text in [*texts, long_text]:
        assert detect_language(text) == _detect.__wrapped__(text[:1500])
        assert detect_language(text) == detect_language(text)


def test_kind_from_cue_counts_matches_the_counter_form() -> None:
    cases = [
        ("Andi Wirawan", Counter({"person": 1})),
        ("Andi Wirawan", Counter({"place": 2})),
        ("Andi Wirawan Putra Jaya Sakti", Counter()),
        ("Cibeber", Counter({"place": 1, "": 3})),
        ("Cibeber", Counter({"": 2})),
        ("Sukamaju", Counter({"person": 1, "place": 1})),
    ]
    expected = ["person", "place", "other", "place", "other", "person"]
    assert [_kind(name, cues["person"], cues["place"]) for name, cues in cases] == expected


def test_terminal_and_words_match_their_patterns() -> None:
    for line in [*LINES, "Kata dia di Jakarta. [tyo]", "Daftar pemain [ara]", "Dia pergi [1]"]:
        # read before an editor's initials in square brackets, which close some paragraphs
        read = body._BRACKET_INITIALS.sub("", line.rstrip())
        plain = bool(body.TERMINAL.search(read)) and not body._ELLIPSIS.search(read)
        assert body._terminal(line) == plain, repr(line)
        assert body.words_of(line) == body._BULLET.sub("", line).split(), repr(line)


def _sentence(text: str) -> Sentence:
    return Sentence(article_id="a", index=0, text=text, span=Span(0, len(text)))


def test_worded_dates_pre_check_keeps_every_date(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Banjir terjadi pada Senin, 3 Februari 2025, di Cibeber.",
        "Rapat digelar 24-25 April di Jakarta dan 7 mei di Bandung.",
        "Warga mengungsi sejak (3/2/2025) dan Jumat (7/2).",
        "Sebanyak 300 rumah terendam, 12 sekolah ditutup.",
        "Pada 1 Des. 2024 dan 2 Sept lalu, serta 9 Agt.",
        "Tanggal 5\tNOP 2023 tercatat di arsip.",
        "Tidak ada angka di sini.",
    ]
    fast = [dates.find_dates(_sentence(t), year_hint=2025) for t in texts]
    monkeypatch.setattr(dates, "_WORDED_QUICK", re.compile(""))
    plain = [dates.find_dates(_sentence(t), year_hint=2025) for t in texts]
    assert fast == plain
    assert sum(len(f) for f in fast) >= 6


def test_date_word_check_matches_the_pattern_at_word_starts() -> None:
    texts = [
        "Seninnya hujan.",
        "Xsenin bukan hari.",
        "pada hari-Senin itu",
        "the_monday rule",
        "MINGGU depan",
        "a 12/3 note",
        "tidak ada tanggal",
        "Rabu",
        "Jumat'an",
        "Ärger am Montag",
    ]
    for text in texts:
        assert _has_date_word(text) == (_DATE.search(text) is not None), text


def test_article_words_are_its_sentences_words() -> None:
    """compose counts an article's words as the sum over its sentences (count_words(body))."""
    bodies = [
        "Banjir merendam 300 rumah di Cibeber. Warga mengungsi ke balai desa!  Apa kabar?\n\n"
        "Kata Kepala BPBD Dr. A. Wirawan: “Kami siap.” (Foto: Dok.) — selesai… Lalu 12 orang.",
        "Satu kalimat tanpa titik\n \n\u00a0\n“Kutipan panjang. Masih kutipan,” katanya. Jl. Merdeka 5.",
        'The river rose. Mr. Smith said: "It\'s over." Then 3 p.m. came ... And went!',
    ]
    for language in ("id", "en"):
        for body_text in bodies:
            sentences = split_sentences("a", body_text, language)
            assert sum(count_words(s.text) for s in sentences) == count_words(body_text)


def test_article_words_on_real_articles(seed_dir: Path, datasets_dir: Path) -> None:
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.ingest import load

    articles = list(load([str(seed_dir)]).articles)
    for item in load_dataset(datasets_dir / "indosum-multi-dev.jsonl"):
        articles += item.articles()
    for item in load_dataset(datasets_dir / "multinews-dev.jsonl")[:20]:
        articles += item.articles()
    assert len(articles) > 80
    for article in articles:
        # The body's words but a line's list marker ("2) ", "3. ") and with each sentence glued
        # to the next ("month.Kanasho") read as two words: what the splitter makes of them (s18).
        body = _GLUED.sub(" ", _MARKER.sub("", article.body))
        for language in ("id", "en"):
            sentences = split_sentences(article.id, article.body, language)
            assert sum(count_words(s.text) for s in sentences) == count_words(body)


_MARKER = re.compile(r"(?m)^[ \t]*(?:[-–•·▪►■●*]|\(?\d{1,2}\)|\d{1,2}\.)[ \t]+(?=\S)")
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])")
