"""The fast paths of issue 17 compute what the plain code they replaced computes: tree walk, integer
n-gram counts, one-scan regex counts, the date-word and number pre-checks, word counting and the
per-cluster memo of the entity reader. Invented text only."""

from __future__ import annotations

import re

import numpy as np
import pytest

from ringkas.facts.entities import _spans, extract_entities
from ringkas.facts.numbers import _NUMBER as NUMBER_PATTERN
from ringkas.facts.numbers import find_numbers
from ringkas.model import Article, Sentence, Span
from ringkas.pipeline import prepare
from ringkas.select.base import (
    anchor_article,
    gram_sources,
    gram_table,
    ngram_index,
    ngrams,
)
from ringkas.select.learned import (
    _CAPITAL,
    _DATE,
    _NUMBERS,
    Trees,
    _has_date_word,
    _per_sentence,
    all_features,
    load_model,
)
from ringkas.text.tokens import count_words, has_digit, words

BODIES = {
    "a": (
        "Banjir merendam 300 rumah di Kecamatan Cibeber, Kabupaten Sukamaju, pada Senin (3/2/2025).\n\n"
        "Kepala BPBD Sukamaju Andi Wirawan mengatakan air mulai naik sejak Minggu malam.\n\n"
        '"Kami sudah mengirim perahu karet dan dua truk bahan makanan," kata Andi kepada wartawan.\n\n'
        "Hujan deras diperkirakan masih turun hingga akhir pekan ini di wilayah selatan."
    ),
    "b": (
        "Sebanyak 300 rumah di Cibeber, Sukamaju, terendam banjir pada Senin pagi.\n\n"
        "BPBD Sukamaju mencatat ketinggian air mencapai satu meter di beberapa titik.\n\n"
        "Andi Wirawan dari BPBD meminta warga di bantaran sungai tetap waspada hingga Maret.\n\n"
        "Pemerintah kabupaten menyiapkan dapur umum di halaman kantor kecamatan."
    ),
    "c": (
        "Air setinggi satu meter merendam 300 rumah warga Cibeber sejak Senin, 3 Februari 2025.\n\n"
        "Tiga sekolah diliburkan karena ruang kelas tergenang, kata Kepala Dinas Pendidikan.\n\n"
        "BPBD Sukamaju mendirikan posko di Desa Cibeber untuk 120 keluarga yang mengungsi."
    ),
}
OUTLETS = {"a": "satu.id", "b": "dua.id", "c": "satu.id"}


def _candidates() -> object:
    articles = [Article(id=k, outlet=OUTLETS[k], body=v) for k, v in BODIES.items()]
    return prepare(articles).candidates


def _naive_walk(model: Trees, x: np.ndarray) -> np.ndarray:
    """One sample, one tree at a time, as the exported trees read."""
    out = np.zeros(x.shape[0])
    for s in range(x.shape[0]):
        total = 0.0
        for t in range(model.feature.shape[0]):
            node = 0
            while not model.leaf[t, node]:
                go_left = x[s, model.feature[t, node]] <= model.threshold[t, node]
                node = model.left[t, node] if go_left else model.right[t, node]
            total += model.value[t, node]
        out[s] = total
    return model.baseline + out


def test_tree_walk_matches_a_sample_by_sample_walk() -> None:
    # Two small trees by hand: a stump and a tree of depth 2 (padded to the same width).
    trees = Trees.from_json(
        {
            "baseline": -0.5,
            "depth": 2,
            "trees": [
                {
                    "feature": [0, 0, 0],
                    "threshold": [0.5, 0.0, 0.0],
                    "left": [1, 0, 0],
                    "right": [2, 0, 0],
                    "leaf": [0, 1, 1],
                    "value": [0.0, -1.0, 1.0],
                },
                {
                    "feature": [1, 0, 2, 0, 0],
                    "threshold": [2.0, 0.0, -1.0, 0.0, 0.0],
                    "left": [1, 0, 3, 0, 0],
                    "right": [2, 0, 4, 0, 0],
                    "leaf": [0, 1, 0, 1, 1],
                    "value": [0.0, 0.25, 0.0, 0.5, 0.75],
                },
            ],
        }
    )
    x = np.array([[0.0, 1.0, 0.0], [1.0, 3.0, -2.0], [1.0, 3.0, 0.0], [0.5, 2.0, -1.0]])
    assert trees.decision(x).tolist() == [-1.25, 1.0, 1.25, -1.25]
    assert np.array_equal(trees.decision(x), _naive_walk(trees, x))
    shipped = load_model().full["id"]
    assert isinstance(shipped, Trees)
    features = all_features(_candidates())  # type: ignore[arg-type]
    rng = np.random.default_rng(7)
    noisy = features + rng.normal(0.0, 0.5, features.shape)
    # values exactly at the trees' thresholds (a tie goes left), and missing ones (NaN: right)
    at_thresholds = rng.choice(shipped.threshold[~shipped.leaf], size=features.shape)
    at_thresholds[rng.random(features.shape) < 0.1] = np.nan
    for sample in (features, noisy, at_thresholds, features[:0]):
        assert np.array_equal(shipped.decision(sample), _naive_walk(shipped, sample))


def test_trees_of_one_leaf_each_give_their_values() -> None:
    # no tree tests a feature: every sample reaches each tree's only leaf
    one_leaf = {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "leaf": [1]}
    trees = Trees.from_json(
        {
            "baseline": 0.25,
            "depth": 1,
            "trees": [{**one_leaf, "value": [0.5]}, {**one_leaf, "value": [-2.0]}],
        }
    )
    x = np.array([[1.0, np.nan], [-3.0, 0.0]])
    assert trees.decision(x).tolist() == [-1.25, -1.25] == _naive_walk(trees, x).tolist()


def test_a_tree_of_more_leaves_than_a_mask_holds_is_refused() -> None:
    # a chain of 16 splits on one feature: 17 leaves
    n = 16
    tree = {
        "feature": [0] * (2 * n + 1),
        "threshold": [float(k) for k in range(n)] + [0.0] * (n + 1),
        "left": [n + k for k in range(n)] + [0] * (n + 1),
        "right": [k + 1 for k in range(n - 1)] + [2 * n] + [0] * (n + 1),
        "leaf": [0] * n + [1] * (n + 1),
        "value": [0.0] * n + [float(k) for k in range(n + 1)],
    }
    trees = Trees.from_json({"baseline": 0.0, "depth": n, "trees": [tree]})
    with pytest.raises(ValueError, match="more than 16 leaves"):
        trees.decision(np.zeros((1, 1)))


def test_integer_gram_counts_equal_the_string_index() -> None:
    c = _candidates()
    for n in (1, 2):
        for by_outlet in (True, False):
            holders, sources = ngram_index(c, n, by_outlet=by_outlet)  # type: ignore[arg-type]
            table = gram_table(c, n)  # type: ignore[arg-type]
            counts = gram_sources(c, n, by_outlet=by_outlet)  # type: ignore[arg-type]
            assert table.size == len(holders)
            names = sorted(holders)  # gram ids follow the grams' sorted order
            assert counts.tolist() == [len(sources[g]) for g in names]
            for i, terms in enumerate(c.features.terms):  # type: ignore[attr-defined]
                mine = {names[g] for g in table.gram[table.sentence == i]}
                assert mine == ngrams(terms, n)
    # The anchor: the article whose lead covers most multi-outlet bigrams, as a string sum.
    _, outlets = ngram_index(c, 2, by_outlet=True)  # type: ignore[arg-type]
    from ringkas.select.base import _lead

    def value(article: str) -> int:
        covered: set[tuple[str, ...]] = set()
        for i in _lead(c, article, 100):  # type: ignore[arg-type]
            covered |= ngrams(c.features.terms[i], 2)  # type: ignore[attr-defined]
        return sum(len(outlets[g]) for g in covered if len(outlets[g]) >= 2)

    best = max(sorted(BODIES), key=lambda a: (value(a), -ord(a)))
    assert anchor_article(c, 100) == best  # type: ignore[arg-type]


SENTENCES = [
    "Rapat digelar Senin.",
    "Rapat digelar senin depan.",
    "Junior itu datang pada 12/3 pagi.",
    "Harga naik 2019/12 menurut data.",
    "SABTU ini hujan, kata Ana.",
    "Seninya tidak ada.",
    "Kamisnya ramai dan _mei bukan bulan.",
    "Pertemuan di Desa Mekar berlangsung lama.",
    "Décembre n'est pas un mois indonésien, mais Maret oui.",
    "Jumat lalu Presiden Joko Widodo ke Bandung.",
    "Dua orang tewas dan 14.200 warga mengungsi ke 3 titik.",
    "Tidak ada angka di sini sama sekali.",
    "Sembilan rumah rusak; seratus warga mengungsi.",
    "Ana-Maria dan Budi Santoso dari PT Maju Jaya tiba.",
    " Sebuah kalimat yang dibuka spasi, lalu Nama Orang.",
    "",
]


def test_date_word_pre_check_matches_the_pattern() -> None:
    dates = [
        "Senin",
        "(Selasa)",
        "_rabu",
        "xkamis",
        "9juni",
        "“Jumat”",
        "12/3",
        "1/12/",
        "Sabtu-Minggu",
    ]
    for text in [*SENTENCES, *dates, *_fuzz(5, 3000), *(f"a{d} b" for d in dates)]:
        assert _has_date_word(text) == (_DATE.search(text) is not None), text


def test_one_scan_counts_match_findall_per_sentence() -> None:
    for pattern in (_CAPITAL, _NUMBERS):
        expected = [len(pattern.findall(t)) for t in SENTENCES]
        assert _per_sentence(pattern, SENTENCES).tolist() == expected
        with_nul = [*SENTENCES, "Ada\x00 Nul di sini 5."]
        assert _per_sentence(pattern, with_nul).tolist() == [
            len(pattern.findall(t)) for t in with_nul
        ]
    # The capital rule: after whitespace only (not at a text's start, not after a hyphen).
    old = re.compile(r"(?<=\s)[A-Z][\w-]+")
    for text in SENTENCES:
        assert _CAPITAL.findall(text) == old.findall(text)


def test_count_words_matches_the_token_pattern() -> None:
    pattern = re.compile(r"[^\s]*[^\W_][^\s]*")
    for text in [*SENTENCES, "a_b c", "_ __ x_", "— « »", "\u00a0x\u2003y z\x1cw", "٣ ١ ²", " "]:
        assert count_words(text) == len(pattern.findall(text)), text


def _fuzz(seed: int, count: int) -> list[str]:
    """Short texts over letters, digits, separators and look-alikes of other scripts: Arabic-
    Indic and fullwidth digits, superscripts, the Kelvin sign (lower-cased to an ASCII "k"),
    dotted capital I, long s, no-break and ideographic spaces."""
    import random

    rng = random.Random(seed)
    pieces = [*"aZ09-.,_ '\u2019\n", "\u0663", "\uff15", "\u00b2", "\u212a", "\u0130"]
    pieces += ["\u017f", "\u00e9", "\u00a0", "\u3000", "1.500", "2,5", "e-KTP", "anak-anak"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_ascii_fast_paths_match_their_patterns() -> None:
    word = re.compile(r"[^\W_]+(?:(?:-|(?<=\d)[.,](?=\d))[^\W_]+)*")
    digit = re.compile(r"\d")
    for text in [*SENTENCES, *_fuzz(3, 5000)]:
        assert words(text) == tuple(word.findall(text.lower())), text
        assert has_digit(text) == (digit.search(text) is not None), text
    assert has_digit("tahun \u0663") and not has_digit("tanpa angka \u00b2")  # "²" is no decimal


def test_ascii_twins_find_the_same_matches_in_ascii_text() -> None:
    import random

    import ringkas.pipeline  # noqa: F401  (every module that makes a twin)
    from ringkas.text.ascii import TWINS

    assert len(TWINS) >= 15
    rng = random.Random(11)
    pieces = [*"aZk09-/.,_ '\"()\n\t", "Rp", "US$", "juta", "Senin", "(12/3)", "2019", "Mei"]
    pieces += ["April", "5th", "of", "Kim Jong Un", "U.S.", "J.", "dua", "persen", "%", "-20"]
    pieces += ["Ia", "dia ", "Namun", "However", ", ", "she ", "In 2012", "tersebut", "itu", "IA"]
    texts = [t for t in SENTENCES if t.isascii()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for pattern, twin in TWINS:
        for text in texts:
            found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in twin.finditer(text)] == found, (pattern, text)


def test_numbers_pre_check_keeps_every_match() -> None:
    for k, text in enumerate(SENTENCES):
        sentence = Sentence("a", k, Span(0, len(text)), text)
        found = find_numbers(sentence)
        if not NUMBER_PATTERN.search(text):
            assert found == ()
    counted = find_numbers(Sentence("a", 0, Span(0, 24), "Dua orang tewas kemarin."))
    assert [m.value for m in counted] == ["2 orang"]


def test_entity_memo_changes_nothing() -> None:
    articles = [Article(id=k, outlet=OUTLETS[k], body=v) for k, v in BODIES.items()]
    sentences = prepare(articles).sentences
    common = {w for s in sentences for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+\b", s.text)}
    inner = {"Andi", "Wirawan", "Sukamaju"}
    memo: dict[tuple[str, bool, str], list[tuple[str, str]]] = {}
    for s in sentences:
        assert _spans(s, common, inner, memo) == _spans(s, common, inner)
    names = {e.name for e in extract_entities(articles, sentences)}
    assert "Andi Wirawan" in names


def test_entity_word_patterns_match_their_plain_forms() -> None:
    from ringkas.facts.entities import _INNER_CAPITAL, lower_words

    lower = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+\b")
    inner = re.compile(r"(?<=[\w,;:)] )[A-ZÀ-Þ][\w'’-]*")
    extra = ["abc", "x-yz ab", "Ab cd", "1 Abc", ", Abc", ") Éric", "Abc  Def", "ab'cd", "’ab"]
    for text in [*SENTENCES, *extra, "\n".join(SENTENCES)]:
        assert lower_words(text) == lower.findall(text), text
        assert _INNER_CAPITAL.findall(text) == inner.findall(text), text


def test_terminal_test_reads_the_last_character_as_the_pattern_does() -> None:
    from ringkas.select.base import ends_terminal

    terminal = re.compile(r"[.!?\"”’)]$")  # the pattern the test replaced

    edges = ["", "\n", "a.\n", "a\n", "x)\n\n", '"', "Selesai”", "tanya?", "a.b", "(1/3)"]
    for text in [*SENTENCES, *edges, *_fuzz(7, 3000), *(t + "\n" for t in _fuzz(8, 500))]:
        assert ends_terminal(text) == (terminal.search(text) is not None), repr(text)


def test_credit_footer_pre_check_keeps_every_footer() -> None:
    import sys

    from ringkas.ingest.clean import _CREDIT_FOOTER, _FOOTER_INITIALS, _credit_footer

    # every character the case-blind pattern reads as the first letter of one of its words
    first = re.compile(r"[tab]", re.IGNORECASE)
    openers = {chr(c) for c in range(sys.maxunicode + 1) if first.match(chr(c))}
    assert openers <= _FOOTER_INITIALS
    lines = [
        "Artikel ini telah tayang di Kompas.com.",
        "BERITA INI BERASAL DARI redaksi Suara.com",
        "tulisan ini pertama kali di Tirto.id",
        " Artikel ini telah tayang di Kompas.com",
        "Kata artikel ini telah tayang di Kompas.com",
        "",
        *SENTENCES,
    ]
    for line in lines:
        expected = _CREDIT_FOOTER.match(line)
        found = _credit_footer(line)
        assert (found and found.group(0)) == (expected and expected.group(0)), line


def test_demonstrative_look_ahead_changes_no_match() -> None:
    import random

    from ringkas.select.cohesion import _ANAPHORIC, _ASCII_ANAPHORIC, _DEMONSTRATIVE_AHEAD

    rng = random.Random(13)
    pieces = ["Data", "data", "tersebut", "itu", "ini", "Ini", "hari", "saat", "selama", " ", " "]
    pieces += ["Kebijakan", "baru-baru", "berikut", '"', "“", "(", "\t", "Ia", "IA", "pertemuan"]
    texts = [*SENTENCES, "Data tersebut benar.", "Hari ini hujan.", "Baru-baru ini ada."]
    texts += ["Perincian pertemuan tersebut rahasia.", "Sepanjang tahun ini naik.", '" Data itu']
    texts += ["Perincian hasil pertemuan tersebut rahasia.", "Isi surat kabar itu", "“ A b c ini"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(4000)]
    for patterns in (_ANAPHORIC, _ASCII_ANAPHORIC):
        pattern = patterns["id"]
        assert _DEMONSTRATIVE_AHEAD in pattern.pattern
        plain = re.compile(pattern.pattern.replace(_DEMONSTRATIVE_AHEAD, ""), pattern.flags)
        for text in texts:
            if pattern.flags & re.ASCII and not text.isascii():
                continue
            got, expected = pattern.match(text), plain.match(text)
            assert (got and got.span()) == (expected and expected.span()), text


def test_patterns_that_open_with_one_class_find_what_their_plain_forms_find() -> None:
    """s39: "\\d\\d*" for "\\d+", "[.!?…][.!?…]*" for "[.!?…]+", a date's first digit before its
    alternatives: the same matches and groups, and a class first (what lets the regex engine skip
    to a character that can start a match)."""
    import random
    from re._constants import IN
    from re._parser import parse

    from ringkas.facts.dates import _FULL_DATE_YEAR, _MONTH_WORDS
    from ringkas.text.sentences import _BOUNDARY

    plain = {
        _NUMBERS: re.compile(r"\d+(?:[.,]\d+)*"),
        _BOUNDARY: re.compile(_BOUNDARY.pattern.replace("[.!?…][.!?…]*", "[.!?…]+", 1)),
        _FULL_DATE_YEAR: re.compile(
            rf"\d{{1,2}}([/-])\d{{1,2}}\1(\d{{4}})|\d{{1,2}}\s+(?:{_MONTH_WORDS})\.?\s+(\d{{4}})",
            re.IGNORECASE,
        ),
    }
    rng = random.Random(39)
    pieces = [*"0123456789 /-.,!?…\"”’')\n", "Mei", "mei ", "Agustus", "april.", "2019", "1.500"]
    pieces += ["3/4/2019", "12-05-2020", "123/4/2019", " Kim", "A", "I a", "“Kata", "(18/7).", "x"]
    texts = [*SENTENCES, *_fuzz(39, 2000)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(4000)]
    for pattern, old in plain.items():
        assert pattern.pattern != old.pattern
        assert parse(pattern.pattern, pattern.flags).data[0][0] is IN, pattern.pattern
        for text in texts:
            found = [(m.span(), m.groups()) for m in old.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == found, text
