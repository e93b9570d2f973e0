"""Sastrawi's Indonesian stemmer, made faster from outside without changing a stem (issue 17).

A newsroom's new articles bring new words, and each is stemmed once (then cached, text.tokens):
Sastrawi 1.0.1's pure-Python rules cost ~60 µs a word, half of a first-sight digest. Three of its
costs are removed here, its code left as it is:

1. **Prefix rules tried on every word.** Up to three rounds a word, each of its ~40 prefix rules
   is a method call and a regex match per variant, though a rule applies only to words opening
   with its prefix ("meng", "ber", "pe", ...). Each rule gets a guard: the prefixes its patterns
   require (the letters before their first group) and the whole words it compares with
   ("belajar"); a rule whose pattern opens with a class ("CerV", the infix rules) or that has no
   pattern to read keeps none. A round then tries, in Sastrawi's order, only the rules whose
   guard the word passes (``_Dispatch``, which stops where Sastrawi's round stops).
2. **A new pattern per word.** After a removal Sastrawi computes the removed part with
   ``re.sub(result, "", word, count=1)``: the resulting word used as a pattern, compiled anew for
   every new word, which floods ``re``'s cache of 512 patterns (Sastrawi's own ~70 are then
   compiled again, and ours). For a result with no regular-expression syntax (always: Sastrawi
   normalises words to ``[a-z0-9 -]``) that is ``str.replace(result, "", 1)``; any other goes to
   ``re`` as before. Sastrawi's modules read ``re`` from their globals: they get a stand-in
   (``_Re``) that answers ``sub`` this way, ``match`` with its rules' fixed patterns compiled
   once (``re.match`` looks each up in ``re``'s cache on every call), and passes every other
   name to ``re``.
3. **The normaliser on a normal word.** ``Stemmer.stem`` lower-cases a text, replaces what is no
   letter, digit, space or hyphen, and stems each word; a lower-cased word of ``[a-z0-9-]`` goes
   to ``stem_word`` directly (``stem_word`` here), the same stem.

``python -m bench.same_stems``: IndoSum's 42,566 distinct words, every stem as Sastrawi's own
(``tests/test_stemmers.py`` holds hand-made words and a dataset's equal too), 73 → 17 µs a word
(4.3×; docs/design.md, the s32 row).
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterable, Sequence
from typing import Any

# Characters with a meaning in a pattern: a word holding none is matched as itself.
_SYNTAX = frozenset(".^$*+?{}[]\\|()")
# Sastrawi's modules that compute a removed part with ``re.sub(result, ...)``.
_SUBSTITUTING = (
    "Sastrawi.Stemmer.Context.Visitor.AbstractDisambiguatePrefixRule",
    "Sastrawi.Stemmer.Context.Visitor.RemoveDerivationalSuffix",
    "Sastrawi.Stemmer.Context.Visitor.RemoveInflectionalParticle",
    "Sastrawi.Stemmer.Context.Visitor.RemoveInflectionalPossessivePronoun",
    "Sastrawi.Stemmer.Context.Visitor.RemovePlainPrefix",
)
# A word as Sastrawi's normaliser leaves it (lower case, digits, hyphens; no space).
_NORMAL = re.compile(r"[a-z0-9-]+")
# Sastrawi's own patterns (its rules' ~70, fixed), compiled once: ``re.match(pattern, word)``
# looks its pattern up in ``re``'s cache on every call.
_COMPILED: dict[str, re.Pattern[str]] = {}
_COMPILED_MAX = 1024


class _Re(types.ModuleType):
    """``re`` for Sastrawi's modules: ``sub`` of a plain word by ``str.replace``, ``match`` of a
    pattern compiled once."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def match(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        compiled = _COMPILED.get(pattern) if not flags and isinstance(pattern, str) else None
        if compiled is None:
            if flags or not isinstance(pattern, str) or len(_COMPILED) >= _COMPILED_MAX:
                return re.match(pattern, string, flags)
            compiled = _COMPILED[pattern] = re.compile(pattern)
        return compiled.match(string)

    @staticmethod
    def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
        if (
            isinstance(pattern, str)
            and isinstance(repl, str)
            and not flags
            and "\\" not in repl
            and _SYNTAX.isdisjoint(pattern)
        ):
            return string.replace(pattern, repl, count) if count else string.replace(pattern, repl)
        return re.sub(pattern, repl, string, count=count, flags=flags)


def _pattern_opening(pattern: str) -> str:
    """The letters any word ``re.match(pattern, word)`` accepts opens with ("" when none)."""
    out = []
    for ch in pattern.removeprefix("^"):
        if ch in _SYNTAX:
            break
        out.append(ch)
    return "".join(out)


def rule_openings(disambiguators: Iterable[Any]) -> tuple[str, ...] | None:
    """What a word must open with for any of a rule's variants to apply (its patterns' leading
    letters, and the whole words it compares with), or None when that cannot be read."""
    found: set[str] = set()
    for d in disambiguators:
        method = getattr(d, "disambiguate", None)
        code = getattr(method, "__code__", None)
        if code is None:
            return None
        doc = method.__doc__
        texts = [c for c in code.co_consts if isinstance(c, str) and c != doc]
        patterns = [c for c in texts if c.startswith("^") or "(" in c]
        openings = [_pattern_opening(p) for p in patterns]
        if any(not o for o in openings):
            return None  # a pattern opening with a class: any word may match
        # whole words it compares with ("if word == 'belajar'"), and letters it adds (harmless)
        words = [c for c in texts if c not in patterns and c.isalpha()]
        if not openings and not words:
            return None
        found.update(openings, (w for w in words if len(w) >= 3))
    return tuple(sorted(found)) if found else None


class _Dispatch:
    """Sastrawi's prefix rules as one: a round (``Context.accept_prefix_visitors``) tries, in
    their order, only the rules a word may take — those whose openings it opens with, and those
    with no guard — and stops where Sastrawi's round stops: when the word is in the dictionary,
    the process is stopped, or a rule removed a prefix. A rule passed over would have left the
    word as it was, so the checks after it would have found what the check before it found; only
    when the first rule is passed over is that check made first."""

    __slots__ = ("by_letter", "rules", "unguarded")

    def __init__(self, rules: Sequence[tuple[Any, tuple[str, ...] | None]]) -> None:
        self.rules = tuple(rules)
        indexed = [(k, rule, openings) for k, (rule, openings) in enumerate(self.rules)]
        self.unguarded = tuple(entry for entry in indexed if entry[2] is None)
        letters = sorted({o[0] for _, openings in self.rules for o in openings or ()})
        self.by_letter = {
            letter: tuple(
                entry
                for entry in indexed
                if entry[2] is None or any(o[0] == letter for o in entry[2])
            )
            for letter in letters
        }

    def visit(self, context: Any) -> None:
        word = context.current_word
        contains = context.dictionary.contains
        removals = len(context.removals)
        ran = False
        for k, rule, openings in self.by_letter.get(word[:1], self.unguarded):
            if openings is not None and not word.startswith(openings):
                continue
            if not ran and k > 0 and (contains(word) or context.process_is_stopped):
                return  # what Sastrawi's check after its first rule (passed over here) finds
            ran = True
            rule.visit(context)
            if (
                contains(context.current_word)
                or context.process_is_stopped
                or len(context.removals) > removals
            ):
                return


# Words that take each kind of rule, stemmed by both stemmers when the faster one is made: any
# difference (another Sastrawi than 1.0.1's rules) and the plain stemmer is used instead.
_CHECK_WORDS = (
    "mempermainkan berlari belajar pelajar terlambat menyapu mengecat memfitnah pengambilan "
    "penyanyi perekonomian diperkenalkan kebersihannya gemetar kinerja kauambil bukunya "
    "anak-anak berbalas-balasan meniru-nirukan"
).split()


def speed_up(stemmer: Any) -> Any:
    """``stemmer`` with its prefix rules as one guarded round, and Sastrawi's modules the
    stand-in ``re`` (module-wide: every Sastrawi stemmer in the process gets it; same results).
    Checked when made: if Sastrawi's insides are not what this reads, or a check word stems
    otherwise than with Sastrawi's own rules, the stemmer is given back as Sastrawi made it and
    ``re`` to its modules."""
    import importlib

    try:
        from Sastrawi.Stemmer.Context.Visitor.PrefixDisambiguator import PrefixDisambiguator

        rules: list[Any] = stemmer.visitor_provider.prefix_visitors
    except (ImportError, AttributeError):
        return stemmer  # not the Sastrawi this reads: left as it is
    if any(isinstance(rule, _Dispatch) for rule in rules):
        return stemmer
    original = list(rules)
    plain = [stemmer.stem(w) for w in _CHECK_WORDS]
    try:
        for name in _SUBSTITUTING:
            importlib.import_module(name)
        use_re(_Re("re"))
        guarded = [
            (
                rule,
                rule_openings(rule.disambiguators) if type(rule) is PrefixDisambiguator else None,
            )
            for rule in rules
        ]
        rules[:] = [_Dispatch(guarded)]
        same = [stemmer.stem(w) for w in _CHECK_WORDS] == plain
    except (AttributeError, TypeError, ValueError, ImportError):
        same = False
    if not same:
        rules[:] = original
        use_re(re)
    return stemmer


def use_re(module: types.ModuleType) -> None:
    """Make ``module`` (the stand-in, or ``re`` itself for a comparison) the ``re`` of every
    Sastrawi module loaded that reads one."""
    for name in sorted(sys.modules):
        loaded = sys.modules[name]
        if name.startswith("Sastrawi.") and isinstance(
            getattr(loaded, "re", None), types.ModuleType
        ):
            loaded.re = module  # type: ignore[attr-defined]


def stem_word(stemmer: Any, word: str) -> str:
    """``stemmer.stem(word)`` for one lower-cased word: a word Sastrawi's normaliser would leave
    as it is goes to its ``stem_word`` without the normaliser's two substitutions (the same
    stem: ``stem`` normalises, splits at spaces and stems each part)."""
    if _NORMAL.fullmatch(word) and hasattr(stemmer, "stem_word"):
        return str(stemmer.stem_word(word))
    return str(stemmer.stem(word))


def guarded_rules(stemmer: Any) -> Sequence[tuple[str, ...] | None]:
    """Each prefix rule's guard (None: tried on every word), for tests and the record."""
    (dispatch,) = stemmer.visitor_provider.prefix_visitors
    return [openings for _, openings in dispatch.rules]
