"""Issue 17, third pass: each fast path of the warm digest computes what the plain code it replaced
computes, bit for bit. Invented text only."""

from __future__ import annotations

import re

import numpy as np

from ringkas.facts.entities import lower_words
from ringkas.model import Article
from ringkas.pipeline import prepare
from ringkas.select.base import gram_table
from ringkas.select.learned import FEATURES, _has_date_word, sentence_features

BODIES = {
    "a": (
        "Longsor menimbun 12 rumah di Desa Sukaraja, Kabupaten Cibadak, pada Kamis (6/3/2025).\n\n"
        "Kepala BPBD Cibadak Rina Kusuma mengatakan hujan turun sejak Rabu malam.\n\n"
        '"Kami mengerahkan dua alat berat ke lokasi," kata Rina kepada wartawan di kantor-nya.\n\n'
        "Warga diminta menjauhi lereng hingga akhir Maret."
    ),
    "b": (
        "Sebanyak 12 rumah di Sukaraja tertimbun longsor pada Kamis dini hari.\n\n"
        "BPBD Cibadak mencatat 40 keluarga mengungsi ke balai desa.\n\n"
        "Rina Kusuma dari BPBD meminta warga tetap waspada; hujan masih turun.\n\n"
        "Pemerintah kabupaten menyiapkan dapur umum — tenda, selimut dan obat."
    ),
    "c": (
        "Tanah longsor menimbun 12 rumah warga Sukaraja sejak Kamis, 6 Maret 2025.\n\n"
        "Dua sekolah diliburkan karena akses jalan tertutup, kata Kepala Dinas Pendidikan.\n\n"
        "BPBD Cibadak mendirikan posko di Desa Sukaraja untuk 40 keluarga yang mengungsi."
    ),
}
OUTLETS = {"a": "satu.id", "b": "dua.id", "c": "tiga.id"}


def _prepared() -> object:
    articles = [Article(id=k, outlet=OUTLETS[k], body=v) for k, v in BODIES.items()]
    return prepare(articles)


def test_centroid_is_scipys_mean_bit_for_bit() -> None:
    features = _prepared().features  # type: ignore[attr-defined]
    ours = features.centroid()
    scipys = np.asarray(features.matrix.mean(axis=0)).ravel()
    assert ours.dtype == scipys.dtype and ours.shape == scipys.shape
    assert ours.tobytes() == scipys.tobytes()


def test_grams_of_sentences_equal_unique_of_isin() -> None:
    candidates = _prepared().candidates  # type: ignore[attr-defined]
    for n in (1, 2):
        table = gram_table(candidates, n)
        for rows in ([], [0], [1, 3], list(range(candidates.size)), [candidates.size + 5]):
            plain = np.unique(table.gram[np.isin(table.sentence, np.asarray(rows, dtype=np.int64))])
            assert table.of(rows).tolist() == plain.tolist()


def test_quote_feature_is_the_quote_pattern() -> None:
    candidates = _prepared().candidates  # type: ignore[attr-defined]
    column = sentence_features(candidates)[:, FEATURES.index("quote")]
    pattern = re.compile(r"[\"“”]")
    assert column.tolist() == [float(bool(pattern.search(s.text))) for s in candidates.sentences]
    assert column.sum() >= 1


def test_lower_words_and_date_words_match_their_plain_patterns() -> None:
    lower = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+\b")
    date = re.compile(
        r"\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|januari|februari|maret|april|mei|juni"
        r"|juli|agustus|september|oktober|november|desember|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|january|february|march|june|july|august|october|december"
        r"|\d{1,2}/\d{1,2})",
        re.IGNORECASE,
    )
    texts = [
        *(line for body in BODIES.values() for line in body.splitlines() if line),
        "abc-dEf gh", "ab'cd x-yz", "’ab cd", "_senin", "xsenin", "Senin", "(selasa)", "12/3",
        "juni-juli", "a", "", "kamis\nrabu", "Été", "Jumat", "mingguan", "s",
    ]  # fmt: skip
    for text in texts:
        assert lower_words(text) == lower.findall(text), text
        assert _has_date_word(text) == (date.search(text) is not None), text


def test_distinct_is_np_unique() -> None:
    from ringkas.select.base import _distinct

    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 50, 1000):
        values = rng.integers(0, 40, size=size, dtype=np.int64)
        assert _distinct(values).tolist() == np.unique(values).tolist()
        assert _distinct(values).dtype == np.unique(values).dtype


def test_shared_term_ids_are_those_of_the_vocabulary() -> None:
    features = _prepared().features  # type: ignore[attr-defined]
    lengths, flat = features.term_ids()
    column = {t: j for j, t in enumerate(features.vocabulary)}
    assert lengths.tolist() == [len(t) for t in features.terms]
    assert flat.tolist() == [column[t] for doc in features.terms for t in doc]
    assert not flat.flags.writeable


def test_content_terms_are_the_stems_of_the_kept_words() -> None:
    from ringkas.text.tokens import content_terms, stem, stopwords, words

    for text in [*BODIES.values(), "The floods hit 12 towns; officials said rescue teams arrived."]:
        for language in ("id", "en"):
            stop = stopwords(language)
            plain = tuple(stem(w, language) for w in words(text) if w not in stop and len(w) > 1)
            assert content_terms(text, language) == plain
            assert content_terms(text, language) == plain  # read again from the memo


def test_previous_word_fast_path_is_the_pattern() -> None:
    from ringkas.facts.entities import _previous_word

    pattern = re.compile(r"(\w+)\W*$")
    texts = ["tiba di Jakarta", "dari  Bandung", "(di) Bogor", "x_y Nama", "a-b Nama", " Nama"]
    texts += ["kata ketua umum partai yang sangat panjang sekali Nama", "é Nama", "12 Nama"]
    for text in texts:
        for end in range(len(text) + 1):
            found = pattern.search(text[max(0, end - 30) : end])
            assert _previous_word(text, end) == (found.group(1) if found else ""), (text, end)


def test_pure_name_functions_stay_cached() -> None:
    """s21: a function inserted above ``_canonical`` took its ``lru_cache`` decorator, and every
    digest canonicalised each name again (~1 ms of the seed's digest); the outputs were the same,
    so only this catches it."""
    from ringkas.facts import entities

    for name in ("_canonical", "_segments"):
        assert hasattr(getattr(entities, name), "cache_info"), name
