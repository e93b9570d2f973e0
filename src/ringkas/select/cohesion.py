"""Sentences that lean on the one before them: quoted alone they dangle.

"Data tersebut disampaikan BNPB ...", "Hal itu ...", "Ia mengatakan ...", "Sementara itu, ...",
"He said ...", "However, ..." open by referring back (a demonstrative after the opening noun, a
pronoun, a connective). In a digest such a sentence reads well only right after the sentence it
refers to; the learned selector (select.learned.Ranked) takes one only when its predecessor in the
same article is already in the digest, and the reading order (compose) keeps the two together.
Rules, not a model: a fixed list per language, checked on the opening words only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import cast

import numpy as np

from ringkas.facts.entities import is_title
from ringkas.select.base import Candidates
from ringkas.text.ascii import ascii_twin

_OPEN = r"^[\"“'‘(]?\s*"
# Time phrases built like an anaphor but anchored in the calendar ("Hari ini", "This week").
_TIME_ID = r"(?:hari|saat|kali|tahun|bulan|pekan|minggu|malam|pagi|siang|sore|musim|abad|era|masa)"
# "Jika selama ini", "Baru-baru ini", "Hingga saat ini": until now, recently.
_SO_FAR = r"(?:[\w-]+\s)?(?:selama|sejauh|belakangan|baru-baru|akhir-akhir|dewasa|sekarang|hingga|sampai)\s"
# "saat ini", "selama ini", "tahun ini": now, and "berikut ini": what follows; nothing said before
_NOT_BACK = (
    r"(?:" + _TIME_ID + r"|selama|sejauh|baru-baru|akhir-akhir|dewasa|sekarang|berikut)\s+ini\b"
)


# A noun phrase closed by a demonstrative: one to three words, the last (not a present time's
# nor "berikut"), then "tersebut", "itu" or "ini".
_DEMONSTRATIVE = rf"(?:[\w-]+\s){{0,2}}(?!{_NOT_BACK})[\w-]+\s(?:tersebut|itu|ini)\b"
# What it needs, looked for first: one to three words, then the demonstrative. Most sentences
# have none there, and this plain look-ahead tells so before the tests of a time's words (the
# same matches; the seed's Indonesian openings 1.6 -> 1.0 µs a sentence).
_DEMONSTRATIVE_AHEAD = r"(?=(?:[\w-]+\s){1,3}(?:tersebut|itu|ini)\b)"


_TIME_EN = r"(?:week|year|month|morning|afternoon|evening|weekend|season|time|summer|spring|fall|autumn|winter|spring)"
_ANAPHORIC = {
    "id": re.compile(
        _OPEN
        + r"(?:"
        # pronouns and stand-ins for someone named before
        + r"(?:ia|dia|mereka|beliau|keduanya|ketiganya|pihaknya|kami|kata dia|katanya)\b"
        # connectives that continue the previous sentence
        + r"|(?:sementara itu|selain itu|namun|tetapi|akan tetapi|meski(?:pun)? (?:demikian|begitu)"
        + r"|kendati (?:demikian|begitu)|walau(?:pun)? (?:demikian|begitu)|oleh (?:karena|sebab) itu"
        + r"|karena itu|untuk itu|dengan demikian|apalagi|bahkan|padahal|sebelumnya|kemudian|lalu"
        + r"|setelah itu|sesudah itu|di sisi lain|adapun|itu sebabnya|makanya|hal (?:ini|itu|tersebut)"
        + r"|ini|itu|tersebut|begitu pula|demikian"
        # s20: "Menurutnya, …" (145 of indosum-single-dev's sentences) names no one, nor do
        # "Sebaliknya", "Akibatnya", "Alhasil", …, nor a clause whose subject is a pronoun
        # ("Saat ia tiba …", "Meski mereka frustrasi …")
        + r"|menurut(?:nya| dia| mereka| beliau)|sebaliknya|akibatnya|alhasil|karenanya"
        + r"|dengan begitu|justru|malah|selanjutnya|berikutnya"
        # s37: a sentence that opens on "Tapi", "Dan", "Sedangkan", "Sehingga", "Maka",
        # "Pasalnya" goes on from the one before ("Sedangkan warga Thailand bekerja di …"), and
        # "Salah satunya", "Di antaranya" pick from what it listed (975 of the dev sets' 46,754
        # sentences; a sample of 40 read, all such)
        + r"|tapi|dan|serta|atau|sedangkan|sehingga|maka|pasalnya|salah satunya|di antaranya"
        + r"|antara lain"
        # s21: a place said before ("Di sana, JK juga memberikan kuliah umum …")
        + r"|(?:di|ke|dari) (?:sana|situ)"
        + r"|(?:saat|ketika|setelah|sebelum|sejak|karena|meski|meskipun|walau|walaupun|jika"
        + r"|kalau|apabila|bila|usai|seusai|selama|sewaktu|sesudah|sehingga)\s+"
        + r"(?:ia|dia|mereka|beliau))\b"
        # "Data tersebut", "Kebijakan itu", "Perincian pertemuan tersebut": a demonstrative
        # closing the opening noun phrase (one to three words), but not a time ("Hari ini"),
        # nor (s21) the present anywhere in it ("Polisi saat ini masih …", "Sepanjang tahun ini
        # …"; "saat itu", that time, is one said before)
        + rf"|{_DEMONSTRATIVE_AHEAD}(?!{_TIME_ID}\s|{_SO_FAR}){_DEMONSTRATIVE}"
        + r")",
        re.IGNORECASE,
    ),
    "en": re.compile(
        _OPEN
        + r"(?:"
        + r"(?:he|she|it|they|his|her|its|their|him|them)\b(?!-)"
        + r"|(?:but|however|meanwhile|also|still|yet|and|so|instead|moreover|furthermore"
        + r"|in addition|besides|then|later|afterward|afterwards|nevertheless|nonetheless"
        + r"|the two|both|such"
        # s20: connectives that answer the sentence before ("Indeed, …", "Rather, …", "In
        # contrast, …"; not "Thus far", "As a result of …", "In response to …") and a clause
        # whose subject is a pronoun ("When she and friends checked his apartment …")
        + r"|indeed|in fact|thus(?! far)|hence|therefore|similarly|likewise|accordingly"
        + r"|consequently|in turn|even so|on the other hand|by contrast|for (?:his|her|their|its) part"
        + r"|in contrast(?! to| with)|as a result(?! of)|in response(?! to)|(?:rather|again|otherwise)(?=,)"
        # s37: "After all, …", "That said, …", "At the same time, …", "Since then …", "Plus, …"
        + r"|after all|that said|at the same time|since then|until then|plus(?=,)"
        + r"|(?:when|after|before|as|while|because|although|though|if|once|since|until|unless"
        + r"|whereas)\s+(?:he|she|they|his|her|their|him|them)\b(?!-))\b"
        + rf"|(?:this|that|these|those)\b(?!\s+{_TIME_EN}\b)"
        + r")",
        re.IGNORECASE,
    ),
}


# s21: a pronoun as the subject right after an opening phrase ("In 2012, she lost a primary
# …", "After surveying her caucus, she implored …", "Sepanjang tahun, ia menjual …", "Untuk 2017,
# dia mengatakan, …"), unless the phrase names someone it can stand for ("When Heather Sue was a
# junior, she tried out …", "Menurut Olly, ia menerima …").
_PRONOUN_AFTER_PHRASE = {
    "en": re.compile(r"[\"“'‘(]?([^,\"“”]{2,60}), (?:he|she|they|his|her|their|him|them)\b(?!-)"),
    "id": re.compile(r"[\"“'‘(]?([^,\"“”]{2,60}), (?:ia|dia|mereka|beliau|keduanya)\b"),
}


# their twins for ASCII text (text.ascii): the same matches, read faster
_ASCII_ANAPHORIC = {language: ascii_twin(p) for language, p in _ANAPHORIC.items()}
_ASCII_PRONOUN_AFTER_PHRASE = {
    language: ascii_twin(p) for language, p in _PRONOUN_AFTER_PHRASE.items()
}


def opens_with_reference(text: str, language: str) -> bool:
    """Whether the sentence's opening words refer back to something said before it."""
    language = "en" if language == "en" else "id"
    plain = text.isascii()
    if (_ASCII_ANAPHORIC if plain else _ANAPHORIC)[language].match(text):
        return True
    if ", " not in text[:64]:
        return False
    phrase = (_ASCII_PRONOUN_AFTER_PHRASE if plain else _PRONOUN_AFTER_PHRASE)[language].match(text)
    return phrase is not None and not any(w[:1].isupper() for w in phrase.group(1).split()[1:])


# A closing quotation mark, then at most a full stop, "!" or "?" before the sentence ends (or the
# stop inside the marks).
_QUOTE_END = re.compile(r"(?:[”\"][.!?]?|[.!?,][”\"])$")


def bare_quote(text: str) -> bool:
    """Whether the sentence is one quotation and nothing else: no one named says it ("\"I'm as
    shocked as you people.\""), so quoted alone it leaves the reader asking who spoke. One
    that names its speaker ("“...,” kata Djarot", "\"...,\" he said") is no bare quote."""
    text = text.strip()
    opening = text[:1]
    if opening == "“":
        return text.count("“") == 1 and text.count("”") == 1 and bool(_QUOTE_END.search(text))
    if opening == '"':
        return text.count('"') == 2 and bool(_QUOTE_END.search(text))
    return False


# The first person outside quotation marks: the middle of a quotation that runs over several
# sentences ("I’m not sure that they will come like that.", "Saya selalu kontrol dia setiap
# hari.") or a columnist's own voice ("I met Oscar de la Renta, in 1974, …"): quoted alone, no
# one says who "I" is (s19). "I" only before a lower-case word or an apostrophe (not "World War
# I", "Title I"), "us" only in lower case (not "US").
_FIRST_PERSON = {
    "en": re.compile(
        # (the look-behinds after the "I", so the engine tries them only there)
        r"\bI(?<!War I)(?<!Title I)(?<!Phase I)(?<!Part I)(?<!Chapter I)(?<!Act I)(?<!Type I)"
        r"(?<!Class I)(?<!Stage I)(?<!Level I)(?<!Article I)(?<!Section I)(?=['’]|\s+[a-z])"
        r"|\b(?:[Mm](?:e|y|ine|yself)|[Ww]e|[Oo]urs?|[Oo]urselves|us)\b(?!-)"
    ),
    # (not "aku" before a name: '"…," aku Peck' is "admitted Peck", a verb of saying)
    "id": re.compile(r"\b(?:[Ss]aya|[Aa]ku(?! [A-Z])|[Kk]ami|[Kk]ita)\b"),
}
# English news addresses its reader outside a quotation only in a column or a how-to ("You just
# learned you have breast cancer.", "If you don't have anyone in mind, ask a close friend."); the
# other "you" is the middle of a quotation (s20). Indonesian service pieces write to "Anda" and
# "kamu" in their own voice, the article's content: not asked there.
_SECOND_PERSON = re.compile(r"\b[Yy]ou(?:r|rs|rself|rselves)?\b")
# ... and so does a sentence that opens with a bare verb, telling the reader what to do ("Look at
# the replay from side on.", "Keep the un-cracked ones frozen, …", "Take a two-earner couple
# who …", "Click through the slideshow below …").
_IMPERATIVE = re.compile(
    r"(?:Look|Keep|Try|Imagine|Consider|Remember|Think|Check|Take|Make|Get|Don['’]t|Let['’]s|Go|Read"
    r"|Watch|See|Click|Follow|Sign|Join|Find|Call|Visit|Note|Beware|Avoid|Put|Give|Buy|Stop|Ask"
    r"|Tell|Expect|Forget|Picture|Listen)\s+[a-z]"
)


def inside_quotation(text: str) -> bool:
    """Whether the sentence's first quotation mark closes a quotation: the sentence is the end or
    the middle of one that an earlier sentence opened ('To say my family and I are greatly upset
    would be a tremendous understatement," Plaskett added.', 'Tentu bukan sesuatu mudah bagi
    Indonesia bisa menghelat kompetisi ini,” ujar Esthy.'); quoted alone it reads as half a
    quotation (s20). A straight quote closes when a character other than a space stands before
    it (nor a digit) and a space, a stop or the sentence's end after it."""
    if '"' not in text and "”" not in text:
        return False
    first = _DOUBLE_MARK.search(text)  # one scan in C, not a Python loop over the characters
    if first is None or first.group(0) == "“":
        return False
    if first.group(0) == "”":
        return True
    i = first.start()
    after = text[i + 1 : i + 2]
    before = text[i - 1 : i]  # (not a digit's: 11" x 17" are inches)
    return before not in ("", " ") and not before.isdigit() and after in ("", *" ,.;:!?)")


_DOUBLE_MARK = re.compile(r'["“”]')
# A quotation in curly marks, guillemets, or straight marks that open after a space and close
# after a character that is none ('Ballon d"Or', '… tersebut, " ujar …' are no quotations here).
_QUOTED_SPAN = re.compile(r'“[^“”"]*”|(?:^|(?<=[\s(\[]))"[^"“”\s][^"“”]*(?<=\S)"|«[^«»]*»')


def _outside_quotations(text: str) -> str:
    """The sentence without its quotations, or "" when a quotation mark is left open or closes
    one the sentence did not open (the sentence is then part of a longer quotation)."""
    rest = _QUOTED_SPAN.sub(" … ", text)
    return "" if any(mark in rest for mark in '"“”«»') else rest


def unattributed_speech(text: str, language: str) -> bool:
    """Whether the sentence speaks in the first person outside quotation marks (in English, or
    in the second person, or tells the reader what to do). Words in closed quotation marks are
    someone's, quoted ("I will go," she said.); a sentence with a mark left open or closed is
    part of a longer quotation (``inside_quotation``, ``bare_quote``): not asked here."""
    if language != "en":
        lower = text.lower()  # the Indonesian words as substrings first (a third of the scan)
        if not ("saya" in lower or "aku" in lower or "kami" in lower or "kita" in lower):
            return False
    if '"' in text or "“" in text or "”" in text or "«" in text or "»" in text:
        # s23: a word or two in quotation marks leave the writer's own voice around them ("As
        # many of you know, I am interested in “spiritual” experiences …" was quoted alone)
        text = _outside_quotations(text)
        if not text:
            return False
    if language != "en":
        return bool(_FIRST_PERSON["id"].search(text))
    return bool(
        _FIRST_PERSON["en"].search(text)
        or ("ou" in text and _SECOND_PERSON.search(text))
        or _IMPERATIVE.match(text)
    )


# s22: an English quotation whose speaker is a pronoun ('"Nobody trusts those elevators," he
# added.', '"… my baby," she said.'): who spoke is in the sentence before it.
# English verbs of saying after a speaker (here and in ``_SPEAKER_AFTER``).
_EN_SAYING = r"said|says|told|tells|added|adds|wrote|writes|explained|noted|asked"
_PRONOUN_SPEAKER = re.compile(rf"[”\"],?\s+(?:he|she|they)\s+(?:{_EN_SAYING}|continued|recalled)\b")


def pronoun_speaker(text: str, language: str) -> bool:
    """Whether an English sentence quotes a speaker it names only by a pronoun."""
    return language == "en" and ("”" in text or '"' in text) and bool(_PRONOUN_SPEAKER.search(text))


def leaning(c: Candidates) -> np.ndarray:
    """Boolean mask: sentences that read well only after the one before them in their article:
    those that refer back to it (``dangling``), bare quotations or (in English) quotations
    attributed to a pronoun, whose speaker it names, speech
    with no speaker in the first person (in English also the second, or telling the reader what
    to do), and a quotation's later sentences (computed once per
    cluster, read-only). The learned models read ``dangling`` alone as a
    feature; selection holds back both."""
    key = "cohesion.leaning"
    if key not in c.memo:
        mask = dangling(c) | np.fromiter(
            (
                bare_quote(s.text)
                or unattributed_speech(s.text, c.language)
                or inside_quotation(s.text)
                or pronoun_speaker(s.text, c.language)
                for s in c.sentences
            ),
            dtype=bool,
            count=c.size,
        )
        mask.setflags(write=False)
        c.memo[key] = mask
    return cast(np.ndarray, c.memo[key])


def dangling(c: Candidates) -> np.ndarray:
    """Boolean mask: sentences that refer back to the sentence before them (computed once per
    cluster, read-only)."""
    key = "cohesion.dangling"
    if key not in c.memo:
        mask = np.fromiter(
            (opens_with_reference(s.text, c.language) for s in c.sentences),
            dtype=bool,
            count=c.size,
        )
        mask.setflags(write=False)
        c.memo[key] = mask
    return cast(np.ndarray, c.memo[key])


# Where a short name is who the sentence is about or who speaks: its first word ('Steck said he
# did not touch …', 'Widya mengatakan …'), after a verb of saying ('…," kata Widya.') or before one
# ('…," Laidre says.').
_SAYING_BEFORE = frozenset(
    "kata ujar ucap tutur ungkap jelas tegas imbuh terang papar sebut said says added wrote".split()
    # s23: "according to" and the passive "said by" in Indonesian ("Menurut Olly, ia menerima
    # Fahri …" was quoted before any sentence naming Olly Dondokambey)
    + "menurut dikatakan diungkapkan disampaikan dijelaskan ditegaskan".split()
)
_SPEAKER_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:{_EN_SAYING}"
    r"|mengatakan|menuturkan|menjelaskan|menambahkan|menyebut|mengungkapkan|menegaskan"
    r"|menyatakan|berkata|bilang)\b"
)
_OPENING_MARKS = ("", *"\"“'‘(")


_Named = tuple[tuple[frozenset[int], ...], tuple[frozenset[int], ...]]


def _word_end(word: str) -> str:
    """The letters, digits and dots that end a word: the title of "then-CEO" is "CEO"."""
    k = len(word)
    while k and (word[k - 1].isalnum() or word[k - 1] in "_."):
        k -= 1
    return word[k:]


def people_named(c: Candidates) -> _Named:
    """Per sentence, the people (indices of ``c.people``) it names only by a one-word form with
    no title before it, as its first word or as the speaker ("Steck said …", "Widya mengatakan
    …", "…," kata Widya"), and those it names in full or after a title ("Ueli Steck", "Kompol
    Widya"); computed once per cluster, one scan of the cluster's sentences joined by newlines
    (no name crosses one)."""
    key = "cohesion.people"
    if key not in c.memo:
        none: frozenset[int] = frozenset()
        needs: dict[int, set[int]] = {}
        gives: dict[int, set[int]] = {}
        forms: dict[str, tuple[int, bool]] = {}
        for p, (full, short) in enumerate(c.people):
            for form in full:
                forms.setdefault(form, (p, True))
            for form in short:
                forms.setdefault(form, (p, False))
        if forms:
            alternatives = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
            # (the word start checked in Python: a look-behind first would make the engine try
            # it at every character instead of skipping to the forms' first letters)
            pattern = re.compile(rf"(?:{alternatives})(?![\w-])")
            texts = [s.text for s in c.sentences]
            joined = "\n".join(texts)
            starts = []
            offset = 0
            for text in texts:
                starts.append(offset)
                offset += len(text) + 1
            pos = 0
            while (m := pattern.search(joined, pos)) is not None:
                at = m.start()
                if at and (joined[at - 1].isalnum() or joined[at - 1] in "_'’-"):
                    pos = at + 1  # inside a word: not this name
                    continue
                pos = m.end()
                i = bisect_right(starts, at) - 1
                p, whole = forms[m.group(0)]
                if whole:
                    gives.setdefault(i, set()).add(p)
                    continue
                head = joined[max(starts[i], at - 40) : at]
                words = head.split() if head[-1:].isspace() else []
                before = words[-1].lstrip("\"“‘'(") if words else ""
                if before and is_title(_word_end(before)):
                    gives.setdefault(i, set()).add(p)
                elif (
                    (at - starts[i] <= 1 and head in _OPENING_MARKS)
                    or before.lower() in _SAYING_BEFORE
                    or (len(words) > 1 and " ".join(words[-2:]).lower() == "according to")
                    or _SPEAKER_AFTER.match(joined, m.end())
                ):
                    needs.setdefault(i, set()).add(p)
        c.memo[key] = (
            tuple(
                frozenset(needs[i] - gives.get(i, none)) if i in needs else none
                for i in range(c.size)
            ),
            tuple(frozenset(gives[i]) if i in gives else none for i in range(c.size)),
        )
    return cast(_Named, c.memo[key])  # (an alias: a subscripted type built per call costs µs)


def introduced(c: Candidates, k: int, chosen: Collection[int]) -> bool:
    """Whether every person sentence k names by a short form alone is named in full by a chosen
    sentence that a reader meets before it (``_read_before``). A digest that quotes '"…," Steck
    said.' names Ueli Steck first (s21)."""
    needs, gives = people_named(c)
    if not needs[k]:
        return True
    met: set[int] = set()
    for j in chosen:
        if gives[j] and _read_before(c, j, k):
            met |= gives[j]
    return needs[k] <= met


def _names_for(c: Candidates, j: int, k: int) -> bool:
    """Whether sentence j names in full someone sentence k names by a short form, and a reader
    meets j before k."""
    needs, gives = people_named(c)
    return bool(needs[k] & gives[j]) and _read_before(c, j, k)


def _read_before(c: Candidates, j: int, k: int) -> bool:
    """Whether a reader meets sentence j before k: an earlier one of its article, or one no
    later in its own article than k is in its (compose's reading order leads with the sentences
    nearest their articles' openings)."""
    if c.sentences[j].article_id == c.sentences[k].article_id:
        return j < k
    return c.positions[j] / c.article_sizes[j] <= c.positions[k] / c.article_sizes[k]


def predecessor(c: Candidates, i: int) -> int | None:
    """The sentence right before i in its article (canonical order keeps an article's sentences
    together and in order), or None for an article's first sentence."""
    if i == 0:
        return None
    before, here = c.sentences[i - 1], c.sentences[i]
    if before.article_id != here.article_id or before.index != here.index - 1:
        return None
    return i - 1


def cohesive_order(
    c: Candidates,
    ranked: Iterable[int],
    chosen: Sequence[int],
    leans: np.ndarray,
    fits: Callable[[int], bool],
    full: Callable[[], bool] | None = None,
    introduce: bool = True,
) -> Iterator[int]:
    """The sentences of ``ranked`` that may join ``chosen`` now, in rank order: not chosen yet,
    ``fits``, when it refers back (``leans``), its predecessor already in, and the people it
    names by a short form named in full before it (``introduced``). One that refers back waits
    while its predecessor is out, and comes right after it once the caller has taken it; one
    that names someone not introduced yet waits for the sentence that does, then comes next.
    The caller appends what it takes to ``chosen`` before asking for the next (or stops);
    ``full``, when given, is asked before each new rank (the chain of a sentence just taken is
    followed first); ``introduce=False`` leaves names as they come (measured, not the default)."""
    waiting: set[int] = set()  # refer back; passed over while their predecessor was out
    unnamed: list[int] = []  # name someone not introduced yet; in rank order
    order = list(ranked)
    for first in order:
        if full is not None and full():
            return
        nxt: int | None = first
        while nxt is not None:
            k = nxt
            if k in chosen:
                break
            if leans[k] and predecessor(c, k) not in chosen:
                waiting.add(k)
                break
            if introduce and not introduced(c, k, chosen):
                unnamed.append(k)
                # the best-ranked sentence that names them in full, before it, goes first
                nxt = next(
                    (
                        j
                        for j in order
                        if j not in chosen
                        and _names_for(c, j, k)
                        and not (leans[j] and predecessor(c, j) not in chosen)
                        and introduced(c, j, chosen)
                        and fits(j)
                    ),
                    None,
                )
                if nxt is None:
                    break
                k = nxt
            elif not fits(k):
                break
            yield k
            if k not in chosen:
                break
            # the sentence after it, passed over for want of this one, now reads well; or one
            # that waited for the full name this one gives
            nxt = k + 1 if k + 1 in waiting else None
            if nxt is None and unnamed:
                nxt = next((u for u in unnamed if introduced(c, u, chosen)), None)
                if nxt is not None:
                    unnamed.remove(nxt)
