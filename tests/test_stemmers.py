"""The faster stemmers give the plain ones' stems. text.sastrawi (Indonesian): hand-made words
that take every kind of rule and every distinct word of a real dataset stem as Sastrawi's own
stemmer stems them, a rule is guarded only by what it can be read to require, a round of rules
stops where Sastrawi's stops, and the stand-in ``re.sub`` is ``re.sub``. English: the stemmer is
PyStemmer's C code and stems as snowballstemmer's pure-Python one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ringkas.text import sastrawi
from ringkas.text.tokens import _id_stemmer


@pytest.fixture
def plain() -> Iterator[object]:
    """Sastrawi's own stemmer, its modules given back the real ``re`` while it stems."""
    _id_stemmer()  # the stand-in is in place, as in any digest's process
    sastrawi.use_re(re)
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    try:
        yield Stemmer(ArrayDictionary(StemmerFactory().get_words()))
    finally:
        sastrawi.use_re(sastrawi._Re("re"))


def _stems(words: list[str]) -> list[str]:
    """Each word's stem by ringkas's Sastrawi, the stand-in ``re`` in place."""
    sastrawi.use_re(sastrawi._Re("re"))
    return [sastrawi.stem_word(_id_stemmer(), w) for w in words]


# Words written for this test: each kind of prefix rule (ber-, ter-, me-, mem-, men-, meng-,
# meny-, memper-, pe-, pem-, pen-, peng-, peny-, per-, ku-, kau-), the two whole-word exceptions
# ("belajar", "pelajar"), the infixes (-er-, -el-, -em-, -in-), plain prefixes (di-, ke-, se-),
# suffixes and particles, reduplication, and words no rule takes.
WORDS = """
berlari bekerja berjualan berperan bertemu beternak belajar pelajar terbang terlambat
tertawa teperdaya melihat merawat meyakinkan memakan membaca memfitnah memvonis mempunyai
memperbaiki mempermainkan menulis menjual menyapu menanam mengambil mengecat mengobati
menggali menghapus mengkritik menyusun menyanyi pemakan pembaca pemfitnah penulis penjual
penanam pengambil pengecat penggali penyusun penyanyi perawat pertanda perbaikan pekerja
peserta kuambil kauambil kudengar gerigi gelembung gemetar kinerja sinambung diambil
kebersihan keadilan sepeda sebuah dimakan diperkenalkan dipertanyakan keberhasilannya
ketidakadilan rumahnya bukunya makanlah apakah bagaimanapun ditanyakan mainan sekolahan
anak-anak berbalas-balasan meniru-nirukan malaikat-malaikatnya jakarta vladivostok putin
kemenangan pertandingan persepakbolaan penyelenggaraan memberitahukan menyelesaikan
dilaporkan pemberantasan perekonomian menyampaikan mengatakan
""".split()


def test_the_faster_stemmer_gives_sastrawis_stems(plain: object) -> None:
    expected = [plain.stem(w) for w in WORDS]  # type: ignore[attr-defined]
    assert _stems(WORDS) == expected
    # and the words do take the rules: most of them change
    assert sum(plain.stem(w) != w for w in WORDS) > 0.8 * len(WORDS)  # type: ignore[attr-defined]


def test_every_word_of_a_real_dataset_stems_as_before(datasets_dir: Path, plain: object) -> None:
    words: set[str] = set()
    with (datasets_dir / "indosum-multi-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            for doc in json.loads(line)["documents"]:
                words.update(w.lower() for w in re.findall(r"[A-Za-z-]+", doc["text"]))
    ordered = sorted(words)
    assert len(ordered) > 3000
    expected = [plain.stem(w) for w in ordered]  # type: ignore[attr-defined]
    assert _stems(ordered) == expected


def test_rules_are_guarded_by_what_their_patterns_require() -> None:
    guards = sastrawi.guarded_rules(_id_stemmer())
    assert len(guards) > 35
    guarded = [g for g in guards if g]
    assert len(guarded) > 30  # most rules are tried on few words
    assert ("meng",) in guards and ("ber",) in guards
    assert any(g and "belajar" in g for g in guards)  # rule 4 compares the whole word
    assert guards[0] is None  # di-, ke-, se-: no disambiguation rule, never guarded
    assert guards.count(None) >= 5  # and the infix rules (a class first): tried on every word


class _Rule:
    def __init__(self, source: str) -> None:
        namespace: dict[str, object] = {"re": re}
        exec(source, namespace)  # a tiny rule of our own, compiled as Sastrawi's are
        self.disambiguate = namespace["disambiguate"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "def disambiguate(word):\n    'Rule: memV (x)'\n"
            "    m = re.match(r'^mem([aiueo])(.*)$', word)\n    if m:\n        return m.group(1)\n",
            ("mem",),
        ),
        # a class first: any word may match, so no guard
        (
            "def disambiguate(word):\n    m = re.match(r'^([bcd])er(.*)$', word)\n"
            "    if m:\n        return m.group(2)\n",
            None,
        ),
        # a whole word compared, and a letter added: the word is an opening too
        (
            "def disambiguate(word):\n    if word == 'pelajar':\n        return 'ajar'\n"
            "    m = re.match(r'^pe(l[aiueo])(.*)$', word)\n    if m:\n        return 'k' + m.group(1)\n",
            ("ajar", "pe", "pelajar"),
        ),
        # nothing to read
        ("def disambiguate(word):\n    return None\n", None),
    ],
)
def test_rule_openings(source: str, expected: tuple[str, ...] | None) -> None:
    assert sastrawi.rule_openings([_Rule(source)]) == expected


@pytest.mark.parametrize(
    ("pattern", "string", "flags"),
    [
        (r"^meng([aiueo])(.*)$", "mengambil", 0),
        (r"^meng([aiueo])(.*)$", "memukul", 0),
        (r"^be(.*)lah$", "BELAJARLAH", re.IGNORECASE),  # flags: re's own answer
        (re.compile(r"^di(.*)$"), "dimakan", 0),  # a compiled pattern: re's own answer
    ],
)
def test_the_stand_in_match_is_re_match(pattern: str, string: str, flags: int) -> None:
    found = sastrawi._Re("re").match(pattern, string, flags)
    expected = re.match(pattern, string, flags)
    assert (found and found.groups()) == (expected and expected.groups())


@pytest.mark.parametrize(
    ("pattern", "repl", "string", "count"),
    [
        ("ambil", "", "mengambil", 1),
        ("an", "", "makanan", 0),
        ("an", "", "makanan", 1),
        ("", "", "kata", 1),
        ("", "x", "ab", 0),
        ("a-b", "", "xa-bya-b", 1),
        ("a.b", "", "axbya.b", 1),  # a pattern: re's own answer
        (r"^(di|ke|se)", "", "diambil", 1),
        ("ab", r"\g<0>", "abab", 1),  # a template: re's own answer
    ],
)
def test_the_stand_in_sub_is_re_sub(pattern: str, repl: str, string: str, count: int) -> None:
    stand_in = sastrawi._Re("re")
    assert stand_in.sub(pattern, repl, string, count=count) == re.sub(
        pattern, repl, string, count=count
    )
    assert stand_in.compile is re.compile  # every other name is re's


class _Context:
    """What a round of Sastrawi's prefix rules reads and writes."""

    def __init__(self, word: str, known: set[str]) -> None:
        self.current_word = word
        self.removals: list[str] = []
        self.process_is_stopped = False
        self.dictionary = type("D", (), {"contains": staticmethod(known.__contains__)})()


class _Strip:
    """A rule removing its prefix from a word that opens with it; records every visit."""

    def __init__(self, prefix: str, seen: list[str]) -> None:
        self.prefix, self.seen = prefix, seen

    def visit(self, context: _Context) -> None:
        self.seen.append(self.prefix)
        if context.current_word.startswith(self.prefix):
            context.removals.append(self.prefix)
            context.current_word = context.current_word[len(self.prefix) :]


@pytest.mark.parametrize(
    ("word", "known", "visited", "left"),
    [
        # a word in the dictionary already: Sastrawi's round checks after its first rule (here
        # passed over by its guard) and stops; so does the dispatch, before any other rule
        ("mangga", {"mangga"}, [], "mangga"),
        # not in it: the rules it may take, in order, up to the first removal
        ("mangga", set(), ["x", "ma"], "ngga"),
        ("bermain", set(), ["x", "ber"], "main"),
        # a word no guarded rule takes: only the unguarded ones
        ("zebra", set(), ["x", "m"], "zebra"),
        ("zebra", {"zebra"}, [], "zebra"),
    ],
)
def test_a_dispatched_round_stops_where_sastrawis_stops(
    word: str, known: set[str], visited: list[str], left: str
) -> None:
    seen: list[str] = []
    rules = [
        (_Strip("me", seen), ("me",)),
        (_Strip("x", seen), None),
        (_Strip("ma", seen), ("ma",)),
        (_Strip("ber", seen), ("ber",)),
        (_Strip("m", seen), None),  # would strip "m" too: the round stopped before it
    ]
    context = _Context(word, known)
    sastrawi._Dispatch(rules).visit(context)
    assert seen == visited and context.current_word == left


# English words written for this test: Snowball's steps (plurals, -ed/-ing, -ational, -ness,
# -ful, -ize, -ement, special forms), possessives and hyphens.
ENGLISH = """
caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled
sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional
rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli
vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti
sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness
revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
adjustment dependent adoption homologou communism activate angulariti homologous effective
bowdlerize probate rate cease controll roll generously generous news skies dying lying tying
innings outings cannings howe proceed exceed succeed president's investigators' well-known
""".split()


def test_the_english_stemmer_is_snowballs_c_code_with_the_same_stems() -> None:
    from snowballstemmer.english_stemmer import EnglishStemmer

    from ringkas.text.tokens import _en_stemmer

    fast = _en_stemmer()
    assert type(fast).__module__ == "Stemmer"  # PyStemmer, a dependency: not the pure-Python one
    plain = EnglishStemmer()
    assert [fast.stemWord(w) for w in ENGLISH] == [plain.stemWord(w) for w in ENGLISH]  # type: ignore[attr-defined]
    assert sum(plain.stemWord(w) != w for w in ENGLISH) > 0.6 * len(ENGLISH)


def test_a_faster_stemmer_that_stems_otherwise_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """speed_up checks its stemmer on words of every kind of rule when it makes it: a round that
    does not do what Sastrawi's does (here, none at all) gives the stemmer back as Sastrawi made
    it, and ``re`` back to its modules."""
    from Sastrawi.Stemmer.Stemmer import Stemmer

    dictionary = _id_stemmer().dictionary  # type: ignore[attr-defined]
    monkeypatch.setattr(sastrawi._Dispatch, "visit", lambda self, context: None)
    try:
        stemmer = sastrawi.speed_up(Stemmer(dictionary))
        rules = stemmer.visitor_provider.prefix_visitors
        assert not any(isinstance(rule, sastrawi._Dispatch) for rule in rules)
        assert len(rules) > 35
        import Sastrawi.Stemmer.Context.Visitor.RemovePlainPrefix as plain_prefix

        assert plain_prefix.re is re
        assert stemmer.stem("mempermainkan") == "main"
    finally:
        sastrawi.use_re(sastrawi._Re("re"))


def test_a_stemmer_of_another_shape_is_left_as_it_is() -> None:
    """speed_up and stem_word read Sastrawi 1.0.1's insides; a stemmer without them (another
    version) is given back untouched and stems as itself."""

    class Other:
        def stem(self, text: str) -> str:
            return text.upper()

    other = Other()
    assert sastrawi.speed_up(other) is other
    assert sastrawi.stem_word(other, "berlari") == "BERLARI"
