"""Reading and cleaning: files, folders, JSONL, stdin and HTML → cleaned Articles."""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TextIO
from urllib.parse import urlparse

from ringkas.errors import InputError
from ringkas.ingest.clean import CleanedPage, clean_text, doubt
from ringkas.ingest.datelines import BRANDS, canonical_outlet, outlet_from_url, split_dateline
from ringkas.ingest.outlets import find_outlet, outlet_from_links
from ringkas.ingest.readers import RawDocument, iter_inputs, read_inputs
from ringkas.model import Article, Removed
from ringkas.text.language import detect_language

__all__ = [
    "CleanedPage",
    "Loaded",
    "Problem",
    "RawDocument",
    "article_from_text",
    "clean_document",
    "clean_html",
    "clean_text",
    "iter_inputs",
    "iter_load",
    "load",
    "read_inputs",
    "to_article",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One input line of trouble: a rejected input, or a warning about an article that is still
    used (the cleaner doubts its body). ``line`` is ready to show after "warning: " or
    "rejected: ": "SOURCE: what is wrong"."""

    line: str
    warning: bool = False

    def __str__(self) -> str:
        return self.line


@dataclass(frozen=True, slots=True)
class Loaded:
    """The articles that could be read and cleaned, and one line per input that could not."""

    articles: tuple[Article, ...]
    problems: tuple[str, ...]


def clean_html(
    html: str, *, url: str = "", title_hint: str = "", outlet_hint: str = ""
) -> CleanedPage:
    """Extract the main text of an HTML page with trafilatura, then apply the flat-text rules."""
    tree = _parse_html(html)
    page = _clean_tree(tree, html, url=url, title_hint=title_hint, outlet_hint=outlet_hint)
    gallery = _gallery_words(tree) if tree is not None else 0
    words = len(page.body.split())
    if gallery and (page.warning or gallery >= words):
        # A photo gallery tells its story in its captions, which trafilatura drops as image
        # furniture (or keeps with their credits): read again with them as text, kept when
        # that gives a clear body not shorter than the first but for the credits it drops.
        again = _parse_html(html)
        _captions_as_text(again)
        shown = _clean_tree(again, html, url=url, title_hint=title_hint, outlet_hint=outlet_hint)
        if not shown.warning and (page.warning or 5 * len(shown.body.split()) >= 4 * words):
            page = shown
    if page.warning and tree is not None:
        # A live report whose updates stand beside the block trafilatura reads (its intro):
        # read again with the updates' paragraphs moved in after the intro.
        again = _parse_html(html)
        if _updates_into_intro(again):
            shown = _clean_tree(
                again, html, url=url, title_hint=title_hint, outlet_hint=outlet_hint
            )
            if not shown.warning and len(shown.body.split()) > words:
                page = shown
    return page


def _clean_tree(
    tree: Any, html: str, *, url: str, title_hint: str, outlet_hint: str
) -> CleanedPage:
    """``clean_html`` on the page parsed as ``tree`` (None when nothing could be parsed)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=url or None,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    text = ""
    title = title_hint
    site = ""
    deck = ""
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = str(data.get("text") or "")
        site = _site_outlet(data)
        deck = str(data.get("description") or "")
        if not title:
            names = (data.get("sitename"), data.get("hostname"), data.get("url"), url)
            title = _without_site(str(data.get("title") or ""), names)
    body, headline = _json_ld_article(tree) if tree is not None else ("", "")
    if body and len(text.split()) * 3 < len(body.split()):
        # A page its scripts render ("<div id=root></div>"): its structured data holds the
        # article, which trafilatura, reading the markup, finds empty or only in part.
        text, title = body, title or headline
    if not text.strip():
        # trafilatura found no main block (tiny or unusual page): fall back to all visible text.
        text = _visible_text(tree) if tree is not None else ""
    text, decks = _without_deck(text, title, deck)
    page = clean_text(text, title_hint=title, outlet_hint=outlet_hint, url=url)
    if decks:
        page = replace(page, removed=page.removed + decks)
    if page.body and not page.warning and tree is not None:
        # trafilatura's text is the page's article block, not the page: a caption or a teaser
        # that is all it found is doubted against everything the page shows (an infographic's
        # one caption line among its menus and lists)
        body_words = len(page.body.split())
        page = replace(page, warning=doubt(page.body, _visible_words(tree), body_words))
    if not page.outlet:
        found = find_outlet(text) or site or outlet_from_links(html)
        if found:
            page = replace(page, outlet=found)
    published = published_from_html(tree, html)
    return replace(page, published=published) if published else page


# A photo gallery: three or more captions of prose, each in an element named a caption (a class
# or id, or a <figcaption>). One or two photos in an article are furniture, and so are an
# article's captions when its own text outweighs them: the gallery is read by its captions only
# when the article block is in doubt, or shorter than the captions together.
_CAPTION_NAME = re.compile(r"caption|keterangan", re.IGNORECASE)
# ... and what trafilatura drops beside captions: the slides and carousels that hold them
_SLIDE_NAME = re.compile(r"caption|slide|keterangan|carousel", re.IGNORECASE)
_GALLERY_CAPTIONS = 3
_CAPTION_WORDS = 6
# A photo's credit at the end of its caption: "(CNN Indonesia/Adhi Wicaksono)", "(AP Photo/…)",
# "ANTARA FOTO/Bagus Setiawan/tom.", "TEMPO/Arif Wicaksono", "Foto: Muhammad Ridho/detikcom",
# "REUTERS/Willy Kurniawan"
_CAPTION_CREDIT = re.compile(
    r"\s*(?:\((?:[^()]*/[^()]*|(?:foto|photo)\s*:[^()]*)\)"
    r"|(?:foto|photo|photograph)\s*:\s*[^.()]{1,80}"
    r"|(?:antara foto|tempo|reuters|ap photo|afp|epa|kompas\.com|getty images|istimewa)"
    r"\s*/[\w. ]{1,40}(?:/[\w.]{1,10})?)\s*$",
    re.IGNORECASE,
)


def _caption_elements(tree: Any) -> list[Any]:
    """The page's caption elements of prose, outermost only, outside menus and footers."""
    found: list[Any] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _HIDDEN:
            continue
        named = element.tag == "figcaption" or any(
            _CAPTION_NAME.search(element.get(name) or "") for name in ("class", "id")
        )
        if not named or any(a is e for e in found for a in element.iterancestors()):
            continue
        if any(a.tag in ("nav", "header", "footer", "aside") for a in element.iterancestors()):
            continue
        if len(element.text_content().split()) >= _CAPTION_WORDS:
            found.append(element)
    return found


def _gallery_words(tree: Any) -> int:
    """How many words a photo gallery's captions hold together (0: no gallery on the page)."""
    captions = _caption_elements(tree)
    if len(captions) < _GALLERY_CAPTIONS:
        return 0
    return sum(len(c.text_content().split()) for c in captions)


def _caption_paragraphs(element: Any) -> list[str]:
    """A caption's paragraphs as plain text, each without its photo credit."""
    pieces: list[str] = []
    run = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            run.append(child.tail or "")
        elif child.tag in _BLOCKS:
            pieces += ["".join(run), child.text_content()]
            run = [child.tail or ""]
        else:
            run += [child.text_content(), child.tail or ""]
    pieces.append("".join(run))
    out = []
    for piece in pieces:
        text = _CAPTION_CREDIT.sub("", " ".join(piece.split()))
        if len(text.split()) >= 2:
            out.append(text)
    return out


def _captions_as_text(tree: Any) -> None:
    """The gallery's captions made paragraphs trafilatura reads as the article: each without its
    credit, renamed with the slides that hold them (trafilatura drops anything named a caption
    or a slide), a wire's dateline kept on the first caption only; and every other paragraph of
    the page without a photo's credit (a photo page's intro is a caption too)."""
    import lxml.html

    dated = False
    for element in _caption_elements(tree):
        for node in (element, *element.iterancestors()):
            if node.tag in ("body", "html"):
                break
            for name in ("class", "id"):
                value = node.get(name)
                if value and _SLIDE_NAME.search(value):
                    node.set(name, _SLIDE_NAME.sub("text", value))
            if node.tag in ("figcaption", "figure", "span"):
                node.tag = "div"
        paragraphs = _caption_paragraphs(element)
        for child in list(element):
            element.remove(child)
        element.text = None
        for text in paragraphs:
            _, _, dateline, rest = split_dateline(text)
            if dateline and dated:
                text = rest.strip()
            dated = dated or bool(dateline)
            paragraph = lxml.html.Element("p")
            paragraph.text = text
            element.append(paragraph)
    for paragraph in tree.iter("p"):
        if len(paragraph) == 0 and paragraph.text and _CAPTION_CREDIT.search(paragraph.text):
            paragraph.text = _CAPTION_CREDIT.sub("", paragraph.text)


# A live report's update is stamped with its time alone: "16:30 WIB", "13.25 GMT", "08:05"
_UPDATE_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|BST|UTC|ET|EST|EDT))?$")
_LIVE_UPDATES = 3


def _updates_into_intro(tree: Any) -> bool:
    """Move a live report's updates (three or more siblings, each stamped with a time and
    holding prose) into the block of prose before them, as paragraphs; False when the page has
    no such updates or no such block."""
    import copy

    stamps = [
        e
        for e in tree.iter()
        if isinstance(e.tag, str) and len(e) == 0 and _UPDATE_TIME.match((e.text or "").strip())
    ]
    stamped = {id(e) for e in stamps}
    items: dict[int, list[Any]] = {}
    parents: dict[int, Any] = {}
    for stamp in stamps:
        item = stamp
        while (parent := item.getparent()) is not None and parent.tag != "body":
            if sum(id(d) in stamped for d in parent.iter()) > 1:
                break
            item = parent
        if parent is None or parent.tag == "body":
            continue
        items.setdefault(id(parent), []).append(item)
        parents[id(parent)] = parent
    if not items:
        return False
    key = max(items, key=lambda k: len(items[k]))
    updates, holder = items[key], parents[key]
    prose = [[p for p in item.iter("p") if len(p.text_content().split()) >= 4] for item in updates]
    if len(updates) < _LIVE_UPDATES or not all(prose):
        return False
    intro = holder.getprevious()
    while intro is not None and not any(
        len(p.text_content().split()) >= 8 for p in intro.iter("p")
    ):
        intro = intro.getprevious()
    if intro is None:
        return False
    for paragraphs in prose:
        for paragraph in paragraphs:
            intro.append(copy.deepcopy(paragraph))
    holder.getparent().remove(holder)
    return True


def _json_ld_article(tree: Any) -> tuple[str, str]:
    """(articleBody, headline) of the page's schema.org article in JSON-LD, as plain text with a
    line per paragraph; ("", "") when it states none."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                body = node.get("articleBody")
                if isinstance(body, str) and body.strip():
                    return _markup_text(body), _markup_text(str(node.get("headline") or ""))
                stack.extend(reversed([v for v in node.values() if isinstance(v, list | dict)]))
    return "", ""


_BREAK = re.compile(r"<\s*(?:br\s*/?|/p|/div|/h\d|/li)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,500}>")


def _markup_text(value: str) -> str:
    """Text that may hold HTML ("<p>…</p>", "&amp;") as plain lines."""
    if "<" in value:
        value = _TAG.sub("", _BREAK.sub("\n", value))
    return "\n".join(" ".join(line.split()) for line in html_lib.unescape(value).split("\n"))


_HIDDEN = ("script", "style", "noscript", "template")  # elements whose text a browser never shows


def _visible_words(tree: Any) -> int:
    """How many words the page shows (its text without scripts, styles and templates)."""
    hidden = sum(len(e.text_content().split()) for e in tree.iter(*_HIDDEN))
    return max(len(tree.text_content().split()) - hidden, 0)


def _visible_text(tree: Any) -> str:
    """The page's text as a browser shows it, roughly: without scripts, styles and templates
    (a page whose JSON-LD or state script would otherwise be read as its text)."""
    hidden = list(tree.iter(*_HIDDEN))
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()
    return str(tree.text_content())


# " - Tribun Solo", " | Pikiran-Rakyat.com": the site's name after a page title's last dash or bar.
_TITLE_TAIL = re.compile(r"\s+[-|–—]\s+((?:[^-|–—]|(?<=\S)-(?=\S)){2,40})$")
_DOMAIN_LIKE = re.compile(r"[\w-]+(?:\.[a-z]{2,})+", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _without_site(title: str, names: Sequence[object]) -> str:
    """A page title without the site's name that the page's metadata title often ends with
    ("Protokol Kesehatan 3M … - Tribun Solo"): a tail after the last dash or bar that is a domain
    ("Pikiran-Rakyat.com"), or whose letters begin the site's name, or equal a label of its
    address ("Zona Jakarta" of zonajakarta.pikiran-rakyat.com). A headline's own dash ("Persib -
    Persija Imbang") names no site and stays."""
    m = _TITLE_TAIL.search(title)
    if not m:
        return title
    tail = m.group(1).strip()
    key = _NOT_ALNUM.sub("", tail.lower())
    known: set[str] = set()
    for name in names:
        text = str(name or "").lower()
        if not text:
            continue
        host = urlparse(text).hostname if "//" in text else None
        for part in (host or text).replace("www.", "").split("."):
            known.add(_NOT_ALNUM.sub("", part))
        known.add(_NOT_ALNUM.sub("", text if host is None else ""))
    known.discard("")
    if _DOMAIN_LIKE.fullmatch(tail) or (
        len(key) >= 4 and any(n == key or (len(n) >= 4 and n.startswith(key)) for n in known)
    ):
        return _PAGE_TAIL.sub("", title[: m.start()].rstrip())
    return title


# What a paged article's "all pages" view adds before the site's name: "… - Semua Halaman -
# Nakita", "… | Halaman all"
_PAGE_TAIL = re.compile(
    r"\s*[-–|]\s*(?:semua halaman|halaman (?:all|semua|\d+))\s*$", re.IGNORECASE
)


def _without_deck(text: str, title: str, deck: str) -> tuple[str, tuple[Removed, ...]]:
    """The extracted text without the deck under its headline: a line that is the page's
    description right after a line that is its title ("Delhi shuts primary schools …", then
    "Authorities in India's capital moved …") where trafilatura placed that header block after
    the article's first paragraph, inside the body, where the flat-text rules read it as prose."""
    if not (title and deck):
        return text, ()
    lines = text.split("\n")
    title_key, deck_key = _words_key(title), _words_key(deck)
    for i in range(len(lines) - 1):
        if (
            _words_key(lines[i]) == title_key
            and _words_key(lines[i + 1]) == deck_key
            # the header block inside the article, after a paragraph of it: at the page's top
            # the line after the headline is often the lead itself, which sites give as their
            # description (detik)
            and any(len(line.split()) >= 15 for line in lines[:i])
        ):
            return "\n".join(lines[: i + 1] + lines[i + 2 :]), (
                Removed(lines[i + 1].strip(), "deck"),
            )
    return text, ()


def _words_key(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


_WORDS = re.compile(r"\w+")


# Where a page states when it was published, most specific first: the Open Graph article
# property, schema.org's datePublished (a meta tag's itemprop, or JSON-LD), then the names
# Indonesian outlets use ("publishdate", "pubdate"). Never a date read from the text.
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("itemprop", "datepublished"),
    ("name", "publishdate"),
    ("name", "pubdate"),
    ("name", "dtk:publishdate"),
    ("name", "date"),
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_ISO_DAY = re.compile(
    r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]00:?00)?)?"
)


def published_from_html(tree: Any, html: str) -> date | None:
    """The day a page says it was published, from its metadata only (``_PUBLISHED_META``, then
    JSON-LD's "datePublished"): "2022/12/10 13:19:56", "2020-10-07T15:13:00+07:00". None when
    the page states none, or no plausible day (1990-2100)."""
    values: list[str] = []
    if tree is not None:
        metas = [{k.lower(): (v or "") for k, v in m.attrib.items()} for m in tree.iter("meta")]
        for attribute, wanted in _PUBLISHED_META:
            values += [
                m.get("content", "") for m in metas if m.get(attribute, "").lower() == wanted
            ]
    values += _JSON_LD_PUBLISHED.findall(html) if "datePublished" in html else []
    # An Indonesian page stamped in UTC ("2024-11-20T19:10:00.000Z") was published on its day in
    # WIB (UTC+7), the day its readers saw and its text names ("Kamis, 21 Nov 2024 02:10 WIB").
    indonesian = tree is not None and (tree.get("lang") or "").lower().startswith("id")
    for value in values:
        m = _ISO_DAY.match(value)
        if not m:
            continue
        year, month, day = (int(g) for g in m.groups()[:3])
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if m.group(6) and indonesian and int(m.group(4)) + 7 >= 24:
            found += timedelta(days=1)
        if 1990 <= found.year <= 2100:
            return found
    return None


def _site_outlet(data: dict[str, object]) -> str:
    """The page's own address or site name from its metadata (og:url, canonical link, og:site_name)."""
    for key in ("url", "hostname"):
        value = str(data.get(key) or "")
        if value:
            found = outlet_from_url(value if "://" in value else f"https://{value}")
            if found:
                return found
    name = str(data.get("sitename") or "").strip()
    return canonical_outlet(name) if name.lower() in BRANDS or "." in name else ""


_PRESERVE = frozenset({"pre", "textarea", "script", "style", "code"})
_NEWLINES = re.compile(r"\s*\n\s*")


def _parse_html(html: str) -> Any:
    """The page as an lxml tree with line breaks inside text folded to spaces, as a browser shows
    them: a pretty-printed page wraps paragraphs over many source lines, which would otherwise
    reach the flat-text rules as fragments. None when there is nothing to parse."""
    import lxml.etree
    import lxml.html

    if not html.strip():
        return None
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    loose = []
    comments = []  # readers' comments and embedded posts: dropped
    lists = []
    parents_of_lists: list[Any] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _PRESERVE:
            continue
        if (
            element.tag in _COMMENT_HOLDERS
            and any(
                _COMMENT_BOX.match(value)
                for name, value in element.attrib.items()
                if name.startswith("data-") or name in ("id", "class")
            )
        ) or (element.tag in _EMBED_HOLDERS and _EMBED.search(element.get("class") or "")):
            comments.append(element)
            continue
        if element.text and "\n" in element.text:
            element.text = _NEWLINES.sub(" ", element.text)
        if element.tail and "\n" in element.tail:
            element.tail = _NEWLINES.sub(" ", element.tail)
        if element.tag in _BLOCKS and element.tail and not element.tail.isspace():
            loose.append(element)
        if element.tag in ("ul", "ol"):
            lists.append(element)
    for element in lists:
        # a list made paragraphs leaves the text after it loose in its parent
        if (parent := _list_paragraphs(element)) is not None:
            parents_of_lists.append(parent)
    for element in comments:
        if element.getparent() is not None:
            element.drop_tree()  # keeps its tail: the text after the box is the page's
    parents = {id(e.getparent()): e.getparent() for e in loose if e.getparent() is not None}
    parents.update((id(p), p) for p in parents_of_lists)
    for container in parents.values():
        _paragraphs(container)
    return tree


# Readers' comments, named by an id, a class or a data attribute: trafilatura's
# include_comments=False knows the first two only, and a site whose class names are generated
# ("Viewweb__StyledView-sc-b0snvl-0") names its comment section in a data attribute
# (data-qa-id="comment-section"). One whole value, or one of a class's names.
_COMMENT_HOLDERS = frozenset("section div aside ul ol form".split())
_COMMENT_BOX = re.compile(
    r"^(?:.*\s)?(?:comments?|komentar|disqus_thread|fb-comments)"
    r"(?:[-_](?:section|list|box|area|wrap|wrapper|container|block|thread|items?))?(?:\s.*)?$",
    re.IGNORECASE,
)

# A social post embedded in the article (its text is the post's, not the article's):
# <blockquote class="twitter-tweet">, "instagram-media", "tiktok-embed", Facebook's "fb-post".
_EMBED_HOLDERS = frozenset({"blockquote", "div"})
_EMBED = re.compile(
    r"(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video)(?:\s|$)"
)


# Elements a browser lays out as blocks: text right after one starts a new line.
_BLOCKS = frozenset(
    "address article aside blockquote dd details div dl dt fieldset figcaption figure footer form"
    " h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul".split()
)


def _list_paragraphs(element: Any) -> Any:
    """A list of the article's own text ("Berikut syarat …:" then its items) as paragraphs "- item",
    as trafilatura writes a list it keeps: where it finds no article container it recovers
    paragraphs only, and the list was lost. Not a list of links (menus, related articles, tags)
    nor one inside a page's navigation, header, footer or aside: those stay lists. Returns the
    list's parent when text follows the list in it (now loose after a paragraph), else None."""
    import lxml.html

    items = [child for child in element if child.tag == "li"]
    parent = element.getparent()
    if parent is None or len(items) < 2 or len(items) != len(element):
        return None
    if any(a.tag in ("nav", "header", "footer", "aside") for a in element.iterancestors()):
        return None
    texts = [" ".join(item.text_content().split()) for item in items]
    links = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    if links * 2 > sum(map(len, texts)) or any(len(t.split()) < 3 for t in texts):
        return None
    paragraphs = []
    for text in texts:
        paragraph = lxml.html.Element("p")
        paragraph.text = f"- {text}"
        paragraphs.append(paragraph)
    tail, element.tail = element.tail, None
    paragraphs[-1].tail = tail
    at = parent.index(element)
    parent.remove(element)
    for k, paragraph in enumerate(paragraphs):
        parent.insert(at + k, paragraph)
    return parent if tail and not tail.isspace() else None


def _paragraphs(container: Any) -> None:
    """A container whose text runs are parted by <br> and blocks (an older layout:
    "…<br><br><div class=ads>Advertisement</div>Menurut dia, …<br><br>") with each run, its text
    and inline elements up to the next <br> or block, made a paragraph of its own, as a browser
    lays them out. Left as they were, trafilatura drops the runs after a block or glues one to
    the block's text ("Advertisement Menurut dia, …"), and reads a body of mixed runs and <p>
    by its <p> alone."""
    import lxml.html

    nodes = list(container)
    kept: list[Any] = []
    paragraph: Any = None

    def text(value: str | None) -> None:
        if not value:
            return
        if paragraph is None and value.isspace():
            if kept:
                kept[-1].tail = (kept[-1].tail or "") + value
            else:
                container.text = (container.text or "") + value
            return
        if paragraph is None:
            start(None)
        if len(paragraph):
            paragraph[-1].tail = (paragraph[-1].tail or "") + value
        else:
            paragraph.text = (paragraph.text or "") + value

    def start(node: Any) -> None:
        nonlocal paragraph
        paragraph = lxml.html.Element("p")
        kept.append(paragraph)
        if node is not None:
            paragraph.append(node)

    leading, container.text = container.text, None
    for node in nodes:
        container.remove(node)
    text(leading)
    for node in nodes:
        tail, node.tail = node.tail, None
        if not isinstance(node.tag, str) or (node.tag != "br" and node.tag not in _BLOCKS):
            # inline, or a comment ("<!-- iklan -->") that a browser does not show
            if paragraph is None:
                start(node)
            else:
                paragraph.append(node)
        else:
            paragraph = None
            if node.tag != "br":
                kept.append(node)
        text(tail)
    container.extend(kept)


def to_article(doc: RawDocument) -> Article:
    """Clean one raw document; InputError when nothing is left."""
    return clean_document(doc)[0]


def clean_document(doc: RawDocument) -> tuple[Article, str]:
    """The cleaned article and the cleaner's doubt about it ("" when the body is clear);
    InputError when nothing is left."""
    if doc.html and not doc.text:
        page = clean_html(doc.html, url=doc.url, title_hint=doc.title, outlet_hint=doc.outlet)
    else:
        page = clean_text(doc.text, title_hint=doc.title, outlet_hint=doc.outlet, url=doc.url)
    if not page.body.strip():
        raise InputError(doc.source, "no article text left after cleaning")
    outlet = page.outlet or outlet_from_url(doc.url)
    if not outlet and not doc.html:
        outlet = find_outlet(doc.text)
    article = Article(
        id=doc.id,
        body=page.body,
        outlet=outlet,
        title=page.title,
        place=page.place,
        url=doc.url,
        published=doc.published or page.published,
        source=doc.source,
        removed=page.removed,
        raw=doc.html or doc.text,
        # detected here, so the store and the batch engines group English with English stems and
        # thresholds (the pipeline detects again per digest; the result is the same function's)
        language=detect_language(page.body),
    )
    return article, page.warning


def iter_load(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[Article | Problem]:
    """Cleaned articles and problems, lazily, in reading order (for streams); an article whose
    body the cleaner is unsure of comes right after a warning naming its source."""
    for item in iter_inputs(paths, stdin):
        if isinstance(item, str):
            yield Problem(item)
            continue
        try:
            article, warning = clean_document(item)
        except InputError as exc:
            yield Problem(str(exc))
            continue
        if warning:
            yield Problem(f"{item.source}: {warning}", warning=True)
        yield article


def load(paths: Sequence[str], stdin: TextIO | None = None) -> Loaded:
    """Read and clean every input; a bad one becomes a problem line, never an exception."""
    articles: list[Article] = []
    issues: list[str] = []
    for item in iter_load(paths, stdin):
        if isinstance(item, Problem):
            issues.append(item.line)
        else:
            articles.append(item)
    return Loaded(tuple(articles), tuple(issues))


def article_from_text(
    text: str,
    *,
    id: str,
    outlet: str = "",
    url: str = "",
    title: str = "",
    published: date | None = None,
    html: bool = False,
) -> Article:
    """Clean one article given as a string (library and API use)."""
    doc = RawDocument(
        id=id,
        source=id,
        text="" if html else text,
        html=text if html else "",
        outlet=outlet,
        url=url,
        title=title,
        published=published,
    )
    return to_article(doc)
