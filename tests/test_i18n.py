"""One message catalogue (gettext .po → .mo) for every string a person reads in digests and on the
web page; a digest speaks its articles' language; the method is a name and a line, never a repr."""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from conftest import EXAMPLES
from ringkas.api.app import STATIC, Settings, create_app
from ringkas.config import Config
from ringkas.i18n import LANGUAGES, LOCALE_DIR, Messages, catalogue
from ringkas.ingest import article_from_text, load
from ringkas.pipeline import summarize
from ringkas.render import render
from ringkas.select.describe import DESCRIPTIONS, describe
from ringkas.select.registry import DEFAULT_METHOD, METHODS, get_method

EN_TEXTS = [
    "London - The city council approved a new flood barrier on Monday after weeks of debate "
    "among residents. The barrier will cost twelve million pounds and take two years to build. "
    "Engineers said the river rose higher last winter than at any time in the past century.",
    "The council voted on Monday to build a flood barrier on the river, ending weeks of debate "
    "among residents. Officials said the barrier will take two years to build. Some residents "
    "said the project came too late for the homes that flooded last winter.",
]
INDONESIAN_WORDS = ("Ringkasan", "Sumber", "Catatan", "Perbedaan", "Linimasa", "Metode", " kata")
ENGLISH_WORDS = ("Summary", "Sources", "Notes", "Differences", "Timeline", "Method", " words")


def _po_messages(lang: str) -> dict[object, object]:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "ringkas.po").open("rb") as handle:
        po = read_po(handle, locale=lang)
    return {m.id: m.string for m in po if m.id}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_its_source(lang: str) -> None:
    po = _po_messages(lang)
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "ringkas.mo").open("rb") as handle:
        mo = gettext.GNUTranslations(handle)
    for msgid, text in po.items():
        if isinstance(msgid, tuple):
            forms = text if isinstance(text, tuple | list) else (text,)
            assert all(forms), (lang, msgid)
            for k, form in enumerate(forms):
                n = 1 if k == 0 else 2
                assert mo.ngettext(msgid[0], msgid[1], n) == form, (lang, msgid)
        else:
            assert text, (lang, msgid)  # every message translated
            assert mo.gettext(str(msgid)) == text, (lang, msgid)
    # and nothing in the .mo that the .po lost
    singular = {m[0] if isinstance(m, tuple) else m for m in po}
    assert set(catalogue(lang)) == singular


def test_both_languages_have_the_same_messages() -> None:
    assert set(_po_messages("id")) == set(_po_messages("en"))


def _used_msgids() -> set[str]:
    """Every msgid the renderers, the method descriptions and the web page ask for."""
    src = Path(__file__).resolve().parents[1] / "src" / "ringkas"
    found: set[str] = set(DESCRIPTIONS.values())
    for path in [*sorted((src / "render").glob("*.py")), src / "i18n.py"]:
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"\bm(?:\.n)?\(\s*[\"']([^\"']+)[\"']", text))
        found |= set(re.findall(r"\bm\.n\(\s*[\"'][^\"']+[\"'],\s*[\"']([^\"']+)[\"']", text))
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    found |= set(re.findall(r"\btrn?\((?:ui|cat), \"([^\"]+)\"", js))
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    found |= set(re.findall(r'data-i18n(?:-placeholder|-aria-label)?="([^"]+)"', html))
    return found


def test_every_string_people_read_is_in_the_catalogue() -> None:
    used = _used_msgids()
    assert len(used) > 60
    for lang in LANGUAGES:
        known = set(catalogue(lang))
        plurals = {m[1] for m in _po_messages(lang) if isinstance(m, tuple)}
        assert not (used - known - plurals), (lang, sorted(used - known - plurals))


def test_page_markup_falls_back_to_the_indonesian_catalogue() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    messages = catalogue("id")
    for msgid, shown in re.findall(r'data-i18n="([^"]+)"[^>]*>([^<]*)<', html):
        assert " ".join(shown.split()) == messages[msgid], msgid


def test_an_english_digest_speaks_english() -> None:
    articles = [article_from_text(t, id=f"en-{k}") for k, t in enumerate(EN_TEXTS)]
    digest = summarize(articles, Config(words=60))
    for fmt in ("text", "markdown", "html"):
        out = render(digest, fmt, show_removed=True)
        assert all(w not in out for w in INDONESIAN_WORDS), (fmt, out)
        assert "Sources" in out and f"Method: {DEFAULT_METHOD} — " in out
        assert "unnamed outlet: en-0" in out
    assert render(digest, "html").startswith('<!doctype html><html lang="en">')


def test_an_indonesian_digest_speaks_indonesian_notes_too(seed_dir: Path) -> None:
    one = load([str(sorted(seed_dir.glob("*.txt"))[1])]).articles
    digest = summarize(one, Config(words=60))
    assert any(w.startswith("single source") for w in digest.warnings)  # the data stays English
    for fmt in ("text", "markdown", "html"):
        out = render(digest, fmt)
        assert "satu sumber saja" in out and "single source" not in out, fmt
        assert all(w not in out for w in ENGLISH_WORDS), fmt


def test_conflicts_speak_the_digest_language(seed_dir: Path) -> None:
    """The seed's date slips, read in an English digest: its descriptions and dated sides are
    English, while an Indonesian digest keeps the core's sentences word for word."""
    from dataclasses import replace

    digest = summarize(load([str(seed_dir)]).articles, Config(words=100))
    assert digest.conflicts
    text_id = render(digest, "text")
    assert all(c.description.split("“")[0] in text_id for c in digest.conflicts)
    english = replace(digest, sources=tuple(replace(s, language="en") for s in digest.sources))
    en = Messages("en")
    for c in digest.conflicts:
        assert en.conflict(c.description) != c.description, c.description  # every kind matched
    for fmt in ("text", "markdown", "html"):
        out = render(english, fmt)
        assert "menulis" not in out and "padahal" not in out and "Sumber lain" not in out, fmt
        assert "falls on a" in out, fmt
        for c in digest.conflicts:
            for side in c.sides:
                assert en.side(side.value) in out or fmt == "html", (fmt, side.value)
        assert not re.search(r"hari (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", out), fmt
    assert en.dates("Kamis, 25 April 2019") == "Thursday, 25 April 2019"
    slip = "Kamis (25/2) → 25 Februari 2019, hari Senin"
    assert en.side(slip) == "Kamis (25/2) → 25 February 2019, a Monday"  # the quote as printed
    assert Messages("id").side(slip) == slip
    assert Messages("id").dates("Kamis, 25 April 2019") == "Kamis, 25 April 2019"


def test_method_is_a_name_and_a_line_never_a_repr() -> None:
    articles = load([str(EXAMPLES / "gempa-sukabumi")]).articles
    digest = summarize(articles, Config(words=80))
    for fmt in ("text", "markdown", "html"):
        out = render(digest, fmt)
        assert not re.search(r"\b(Method|Combined|ConceptILP|Position)\(", out), fmt
        line = Messages("id")(DESCRIPTIONS[DEFAULT_METHOD])
        assert line != DESCRIPTIONS[DEFAULT_METHOD]  # translated, not the English msgid
        assert f"Metode: {DEFAULT_METHOD} — {line}" in " ".join(out.split()), fmt
    data = json.loads(render(digest, "json"))
    assert data["schema"] == "ringkas.digest/2"
    assert set(data["method"]) == {"name", "params"} and data["method"]["name"] == DEFAULT_METHOD
    method = get_method(DEFAULT_METHOD)
    assert data["method"]["params"]["selector"]["type"] == type(method.selector).__name__
    # A program can reproduce the digest: the name gives back exactly these settings.
    assert describe(DEFAULT_METHOD, method).params == data["method"]["params"]


@pytest.mark.parametrize("name", sorted(METHODS))
def test_every_method_has_a_description_and_json_params(name: str) -> None:
    info = describe(name, get_method(name))
    assert info.name == name and info.description
    json.dumps(info.params)  # plain JSON data


def test_messages_endpoint_serves_the_catalogue(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(db=str(tmp_path / "s.db")))) as client:
        data = client.get("/v1/messages", params={"language": "en"}).json()
        assert data["messages"]["Sources"] == "Sources"
        assert data["messages"]["{n} outlet"] == ["{n} outlet", "{n} outlets"]
        idn = client.get("/v1/messages", params={"language": "id"}).json()
        assert idn["messages"]["Sources"] == "Sumber" and idn["messages"]["{n} outlet"] == [
            "{n} media"
        ]
        assert idn["messages"] == catalogue("id")
        assert any("same text as" in msgid for _, msgid in idn["notes"])
        assert client.get("/v1/messages", params={"language": "xx"}).status_code == 422
