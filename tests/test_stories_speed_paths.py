"""The stream ingest's fast paths (issue 17, ingest throughput) compute exactly what the plain code
they replaced computes: whitespace folding, shingles, the MinHash arithmetic, the assigner's term
and name caches, its cosine, strongest terms, shared IDF, candidate ranking and incremental
centroid, the batch's duplicate and url look-up, the one-comparison reprint check, and the
cleaner's cached line classes. The plain versions are written out here as references; the texts
are invented (the synthetic stream of ``bench.synth_stream`` and random strings)."""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from bench.synth_stream import generate
from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas.ingest import clean as clean_module
from ringkas.ingest.body import classify
from ringkas.model import Article
from ringkas.stories import assign as assign_module
from ringkas.stories import dedupe
from ringkas.stories.assign import Assigner, _cosine, _open_stories_in_order, _top, entities
from ringkas.stories.service import StoryService
from ringkas.text import tokens

# Whitespace and word characters of several scripts, and the separators str.split knows.
TEXT = st.text(
    alphabet=st.sampled_from(
        list("ab cD\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000.,-'’") + list("éÅßİıΣσςkKﬁ١٢3x_")
    ),
    max_size=80,
)


def _plain_shingles(text: str) -> set[bytes]:
    found = re.findall(r"\w+", text.lower())
    if len(found) < dedupe.SHINGLE:
        return {" ".join(found).encode("utf-8")} if found else set()
    return {
        " ".join(found[i : i + dedupe.SHINGLE]).encode("utf-8")
        for i in range(len(found) - dedupe.SHINGLE + 1)
    }


def _plain_signature(text: str) -> list[int]:
    """datasketch's arithmetic as first written here: a Python loop of sha1 and numpy's %."""
    values = np.full(dedupe.NUM_PERM, (1 << 32) - 1, dtype=np.uint64)
    items = _plain_shingles(text)
    if not items:
        return values.tolist()
    a, b = dedupe._permutations(dedupe.NUM_PERM)
    first4 = b"".join(hashlib.sha1(item).digest()[:4] for item in items)
    hv = np.frombuffer(first4, dtype="<u4").astype(np.uint64).reshape(-1, 1)
    phv = np.bitwise_and((hv * a + b) % np.uint64((1 << 61) - 1), np.uint64((1 << 32) - 1))
    out: list[int] = np.minimum(values, phv.min(axis=0)).tolist()
    return out


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalize_shingles_and_signature_equal_the_plain_code(text: str) -> None:
    assert dedupe.normalize(text) == re.sub(r"\s+", " ", text).strip().lower()
    assert dedupe.shingles(text) == _plain_shingles(text)
    assert dedupe.signature(text).tolist() == _plain_signature(text)


def test_the_signature_arithmetic_equals_numpys_modulo_near_the_wraparound() -> None:
    """The Mersenne reduction against ``%`` on hash values chosen to make the product wrap and
    the reduced sum land on both sides of 2**61 - 1."""
    rng = np.random.default_rng(17)
    a, b = dedupe._permutations(dedupe.NUM_PERM)
    hv = np.concatenate(
        [
            np.array([0, 1, 2, (1 << 32) - 1, (1 << 31), 7], dtype=np.uint64),
            rng.integers(0, 1 << 32, 5000, dtype=np.uint64),
        ]
    ).reshape(-1, 1)
    mersenne = np.uint64((1 << 61) - 1)
    y = hv * a
    y += b
    fast = y & mersenne
    y >>= np.uint64(61)
    fast += y
    np.subtract(fast, mersenne, out=fast, where=fast >= mersenne)
    assert np.array_equal(fast, (hv * a + b) % mersenne)


def _stream(n: int, seed: int = 3) -> list[dict[str, object]]:
    return list(generate(n, seed=seed))


def test_cached_terms_and_names_equal_the_plain_functions() -> None:
    texts = [str(row["text"]) for row in _stream(300)]
    texts += ["The houses were damaged, said Carrie Bradshaw's lawyer on Monday in Rp terms."]
    for _ in range(2):  # the second pass is answered from the caches
        for text in texts:
            for language in ("id", "en"):
                stop = tokens.stopwords(language)
                assert tokens.content_terms(text, language) == tuple(
                    tokens.stem(w, language)
                    for w in tokens.words(text)
                    if w not in stop and len(w) > 1
                )
            plain = (
                assign_module._POSSESSIVE.sub("", m.group(0).lower())
                for m in assign_module._NAME.finditer(text)
            )
            assert entities(text) == frozenset(
                n
                for n in plain
                if n and n not in assign_module._CALENDAR and n not in assign_module._NOT_NAMES
            )


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from("abcdefghijklmnop"), st.floats(0.001, 1.0), max_size=16),
    st.dictionaries(st.sampled_from("abcdefghijklmnop"), st.floats(0.001, 1.0), max_size=16),
)
def test_cosine_and_strongest_terms_equal_the_plain_code(
    a: dict[str, float], b: dict[str, float]
) -> None:
    assert _cosine(a, b) == math.fsum(a[t] * b[t] for t in a.keys() & b.keys())
    plain = heapq.nsmallest(assign_module.TOP_TERMS, a.items(), key=lambda kv: (-kv[1], kv[0]))
    assert _top(a) == [t for t, _ in plain]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, (1 << 32) - 1), min_size=dedupe.NUM_PERM, max_size=dedupe.NUM_PERM))
def test_one_signatures_band_keys_equal_the_step_by_step_polynomial(values: list[int]) -> None:
    """``lsh_keys_of`` (one product and sum) against ``lsh_keys`` (row by row) and Python ints."""
    sig = np.array(values, dtype=np.uint64)
    mask, mix = (1 << 64) - 1, int(dedupe._MIX)
    plain = []
    for band in range(dedupe.BANDS):
        key = 0
        for value in values[band * dedupe.ROWS : (band + 1) * dedupe.ROWS]:
            key = (key * mix + value) & mask
        plain.append((key * mix + band) & mask)
    assert dedupe.lsh_keys_of(sig) == tuple(plain) == tuple(dedupe.lsh_keys(sig[None])[0].tolist())


def _plain_vector(assigner: Assigner, terms: tuple[str, ...]) -> dict[str, float]:
    tf = Counter(terms)
    weights = {
        t: (1.0 + math.log(c)) * (math.log((1.0 + assigner.docs) / (1.0 + assigner.df[t])) + 1.0)
        for t, c in tf.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _plain_open(assigner: Assigner, story: assign_module._Story, published: date | None) -> bool:
    """Whether a story can take an article of that date, by date arithmetic (``_open_for``
    compares with precomputed bounds)."""
    if published is None:
        return (
            story.undated < assign_module.UNDATED_MAX
            and assigner.joined - story.position <= assign_module.UNDATED_HORIZON
        )
    if story.last is not None and abs((published - story.last).days) > assigner.window_days:
        return False
    return story.first is None or abs((published - story.first).days) <= assign_module.SPAN_DAYS


def _plain_candidates(assigner: Assigner, seen: assign_module._Seen) -> list[str]:
    """The ranking as first written: nsmallest of the votes, then the full sorted order."""
    votes: Counter[str] = Counter()
    for term in _top(seen.body):
        votes.update(assigner.index.get(term, ()))
    out = []
    for story_id, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        story = assigner.stories.get(story_id)
        if story is not None and _plain_open(assigner, story, seen.published):
            out.append(story_id)
            if len(out) == assign_module.MAX_CANDIDATES:
                break
    return out


def test_assigner_fast_paths_equal_the_plain_code_along_a_stream() -> None:
    """Along 1,500 synthetic articles (every seventh undated): every vector (body and lead, with
    the shared IDF) equals the plain formula bit for bit, the candidates are the plain ranking's,
    and every story's centroid (summed incrementally) equals a full recomputation."""
    assigner = Assigner()
    assert assigner.model is not None
    for k, row in enumerate(_stream(1500)):
        text = str(row["text"])
        published = date.fromisoformat(str(row["published"])) if k % 7 else None
        if published and k % 11 == 0:  # a late article: windows are checked on both sides
            published -= timedelta(days=k % 9)
        terms = tokens.content_terms(text, "id")
        seen = assigner._observe(text, published, "id")  # assign's steps, checked one by one
        assert seen.body == _plain_vector(assigner, terms)
        assert seen.lead == _plain_vector(assigner, terms[: assign_module.LEAD_TERMS])
        assert [s.id for s in assigner._candidates(seen)] == _plain_candidates(assigner, seen)
        best, score = assigner._best(seen)
        if best is None or score < assigner.model.threshold("id"):
            best = assigner.stories.setdefault(f"s{k}", assign_module._Story(f"s{k}"))
        assigner._join(best, seen)
        if k % 100 == 99:
            for story in assigner.stories.values():
                summed = dict(story.centroid)
                norm = story.centroid_norm
                assigner._recompute(story)
                assert story.centroid == summed and list(story.centroid) == list(summed)
                assert story.centroid_norm == norm
    assert len(assigner.stories) > 20


def test_candidate_heap_takes_open_stories_in_vote_order() -> None:
    """The ranking helper on its own: votes first, story id on ties, closed ones skipped."""
    votes = Counter({"s3": 2, "s1": 2, "s2": 5, "s4": 1, "s5": 2})
    closed = {"s1"}
    assert _open_stories_in_order(votes, lambda s: s not in closed, 3) == ["s2", "s3", "s5"]
    assert _open_stories_in_order(votes, lambda s: True, 10) == ["s2", "s1", "s3", "s5", "s4"]
    assert _open_stories_in_order(Counter(), lambda s: True, 10) == []


def _rows(service: StoryService) -> list[tuple[object, ...]]:
    return service.conn.execute(
        "SELECT seq, id, content_hash, url, story_id, reprint_of, body, signature FROM articles "
        "ORDER BY seq"
    ).fetchall()


def test_batched_duplicate_and_url_lookup_equals_one_article_at_a_time(tmp_path: Path) -> None:
    """Duplicates, revisions and reprints inside one batch (a revision, then the revised-away
    text again, then the new text again) come out as when every article is its own batch."""
    rows = _stream(120, seed=5)
    articles = [
        Article(
            id=str(r["id"]),
            body=str(r["text"]),
            url=str(r["url"]),
            published=date.fromisoformat(str(r["published"])),
        )
        for r in rows
    ]
    first, second = articles[10], articles[11]
    revised = replace(first, id="rev", body=second.body + " Ditambahkan keterangan baru.")
    again_old = replace(first, id="again-old", url="https://synth.example/other")
    again_new = replace(revised, id="again-new", url="")
    stream = [*articles[:30], revised, again_old, again_new, articles[5], *articles[30:]]
    outcomes = []
    for batch_size in (1, 1000):
        with StoryService(tmp_path / f"b{batch_size}.db") as service:
            report = service.ingest(stream, batch_size=batch_size, digests=False)
            outcomes.append((report, _rows(service)))
    assert outcomes[0] == outcomes[1]
    report = outcomes[0][0]
    assert report.revised == 1 and report.duplicate >= 2


def test_reprint_check_equals_the_plain_loop(tmp_path: Path) -> None:
    """Every article of a synthetic stream gets the reprint answer of the plain loop (each
    candidate's similarity by ``dedupe.similarity``, the first at or above REPRINT)."""
    rows = _stream(600, seed=9)
    with StoryService(tmp_path / "r.db") as service:
        for k in range(0, len(rows), 100):
            articles = [
                Article(id=str(r["id"]), body=str(r["text"]), url=str(r["url"]))
                for r in rows[k : k + 100]
            ]
            service._sync_bands()
            recent = service._recent
            for article in articles:
                sig = dedupe.signature(article.body)
                plain = None
                for seq in recent.candidates(sig, 48):
                    if dedupe.similarity(sig, recent.signatures[seq]) >= dedupe.REPRINT:
                        plain = seq
                        break
                found = service._reprint_of(sig, dedupe.lsh_keys_of(sig))
                assert (found[0] if found else None) == plain
            service.ingest(articles, batch_size=100, digests=False)
        assert service.conn.execute(
            "SELECT COUNT(*) FROM articles WHERE reprint_of IS NOT NULL"
        ).fetchone()[0]


def test_cached_line_classes_equal_classify() -> None:
    lines = ["Baca juga: Banjir di Cibeber", "Jakarta -", "Kepala BPBD Andi mengatakan air naik."]
    lines += [str(r["text"]).split("\n")[0] for r in _stream(50)]
    lines += ["  Baca\u00a0juga:\tBanjir  ", "", " \t", "\ufeffJakarta -"]
    for _ in range(2):
        for line in lines:
            text = clean_module._norm(line)
            plain = classify(text, clean_module._reason(text)) if text else None
            assert clean_module._page_line(line) == plain
            if text:
                assert clean_module._line(text) == plain


# Datelines and their near misses: capitals, brackets, dashes, colons, full stops, wires.
DATELINE_TEXT = st.lists(
    st.sampled_from(
        [
            "JAKARTA", "Jakarta", "WASHINGTON", "O'NEILL", "U.S.", "New York", ",", " ", "-",
            " - ", "–", "—", "--", ":", "(", ")", "(ANTARA)", "(AP)", "(CNN)", "Antara", "KOMPAS.com",
            "tirto.id", ".", "The", "A", "Presiden", "harga", "naik", "12/3", "May 18",
        ]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(DATELINE_TEXT)
def test_a_paragraph_without_a_datelines_mark_is_split_as_the_full_loop_splits_it(
    text: str,
) -> None:
    """s30: split_dateline skips its patterns for a paragraph none of them can match (no dash,
    colon or bracket, no capitals first); the same answers as trying every pattern (also checked
    over the 46,958 lines of ../shared's datasets, corpus and the examples)."""
    from ringkas.ingest.datelines import _split_dateline, split_dateline

    for paragraph in (text, text + " Presiden Jokowi meresmikan jembatan di Kupang hari ini."):
        assert split_dateline(paragraph) == _split_dateline(paragraph, "", "")


# Indonesian words and near misses: affixes, infixes, names, letters in any order.
ID_WORD = st.lists(
    st.sampled_from(
        [
            "di", "ke", "se", "be", "ber", "te", "ter", "me", "mem", "men", "meng", "meny", "pe",
            "pen", "per", "ku", "kau", "ka", "g", "er", "el", "em", "in", "a", "i", "u", "e", "o",
            "lah", "kah", "tah", "pun", "mu", "nya", "is", "isme", "isasi", "kan", "an", "sin",
            "tanah", "warsito", "harjo", "bangun", "rumah", "jakarta", "x", "q", "-", "'", "3",
        ]
    ),
    min_size=1,
    max_size=5,
).map("".join)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.one_of(ID_WORD, st.text(alphabet="abcdeghiklmnprstuwy", min_size=1, max_size=12)))
def test_a_word_no_sastrawi_rule_touches_is_stemmed_as_sastrawi_stems_it(word: str) -> None:
    """s30: tokens.stem returns a word of ASCII letters with no prefix, infix or suffix any of
    Sastrawi's rules removes without calling Sastrawi; the same stems (also checked on the
    84,885 distinct words of ../shared's datasets and corpus)."""
    sastrawi = tokens._id_stemmer()
    expected = word if any(c.isdigit() for c in word) else (str(sastrawi.stem(word)) or word)  # type: ignore[attr-defined]
    assert tokens.stem.__wrapped__(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        "bangunan", "rumahnya", "rumahku", "rumahmu", "bangunlah", "bangunkah", "rumahpun",
        "bangunkan", "datangi", "dirumahkan", "kebanyakan", "serumah", "berumah", "terbangun",
        "membangun", "pembangunan", "kuambil", "kauambil", "temurun", "kinerja", "bacatah",
        # made-up words Sastrawi reduces to a root of its dictionary ("cabak", "abadi")
        "cerabak", "celabak", "cemabak", "cinabak", "abadis", "abadisme",
    ],
)  # fmt: skip
def test_every_affix_the_fast_path_checks_is_one_sastrawi_removes(word: str) -> None:
    """Each prefix, infix and suffix that sends a word to Sastrawi changes some word: the fast
    path may drop none of them."""
    stemmed = str(tokens._id_stemmer().stem(word))  # type: ignore[attr-defined]
    assert stemmed != word and tokens.stem.__wrapped__(word) == stemmed
