"""English web furniture at the sentence level: never a summary sentence, never a dated event.

Cleaning (ringkas.ingest) removes whole furniture lines of Indonesian pages. English source pages
(multinews-dev's) keep theirs inside the text, where only a whole sentence shows what it is: the
Wayback Machine's crawl notice, newsletter and cookie prompts, share bars, the page talking to its
reader, photo captions ("FILE - In this May 24, 2016, file photo, ...": a photo's date, not the
story's). Selection never quotes such a sentence (select.base) and the facts never date an event
by one (ringkas.facts). Nor any sentence of a page that is a web archive's crawl notice as a whole
(``crawl_notices``): Multi-News keeps the Internet Archive's for pages it could not fetch; nor of
a short page that is mostly furniture (``site_notice``: a subscription's terms, a petition's
thank-you page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Web furniture English source pages keep (seen in multinews-dev's sources: the Wayback Machine's
# crawl notice, newsletter and cookie prompts, share bars, captions): never a summary sentence.
# Each rule with the words one of which it always holds, lower-cased (None: a phone number, found
# by _PHONE): a sentence is searched only with the rules whose words it holds. The one pattern of
# all rules tried each rule at every position, ~0.1 ms a sentence, and an English digest reads
# each sentence twice (its facts, its quotable sentences): about 40% of a multinews-dev digest.
_FURNITURE_RULES: tuple[tuple[tuple[str, ...] | None, str], ...] = (
    # The words of a sign-up box, a cookie banner, a copyright line, as a page prints them, not
    # as news uses them (s18: "Sprint had more than 52 million subscribers", "a copyright claim
    # over the Klingon language", "their favorite cookies", "an offbeat scientific newsletter
    # that he writes", "read more and more books", "his email address" are news)
    (
        ("sign",),
        r"sign(?:ing)? up (?:for (?:(?:our|the|a|free|daily|weekly|breaking|email|e-mail)\b|[\w-]+ "
        r"(?:email|e-mail|news|alerts?|newsletters?|updates)\b)|here|now|today|below|to (?:receive|get))"
        r"|\bsign(?:ing)? up\s*[.:!]",
    ),
    (
        ("newsletter",),
        r"\b(?:our|free|daily|weekly|morning|evening|email|e-mail) newsletters?\b"
        r"|\bnewsletters? (?:sign|signup|sign-up)",
    ),
    (
        ("subscri",),
        r"\bsubscrib(?:e|ing)\b"
        r"|\bsubscriptions? (?:required|offers?|rates)\b|\bsubscriptions? (?:are|is|costs?) \$"
        r"|unsubscribe",
    ),
    (("click here", "javascript"), r"click here|javascript"),
    (
        ("rights reserved", "copyright", "©"),
        r"all rights reserved|\bcopyright\s*(?:©|\(c\)|\d{4})|©|\bwe own the copyright\b",
    ),
    (("wayback", "internet archive", "crawl"), r"wayback machine|internet archive|crawl(?:s| data)"),
    (
        ("privacy", "terms of", "agree to"),
        r"\b(?:our|this site's|the site's) (?:privacy policy|terms of (?:service|use))\b"
        r"|\bagree to (?:the|our) (?:terms (?:of (?:service|use)|and conditions)|privacy)"
        r"|\bprivacy policy\s*[.|]?$",
    ),
    (
        ("cookie",),
        r"\b(?:uses?|accept|enable|allow|set|store|our) cookies\b"
        r"|\bcookies? (?:policy|settings|preferences|notice)\b",
    ),
    (("your", "tweet"), r"your (?:browser|tweets?)|tweet with"),
    (
        ("email address", "error has occurred"),
        r"\b(?:your|enter (?:an? |your )?|valid|invalid) email address\b|error has occurred",
    ),
    (("please",), r"please (?:try again|re-?enter|verify|enable)"),
    (
        ("story continued", "continue reading", "read more"),
        r"story continued below|continue reading|\bread more\b(?!\s+(?:and|than|of|books?)\b)",
    ),
    (("follow",), r"follow (?:us|him|her) on"),
    # s26: the page sending its reader on: "For more on Rihanna, head over to Billboard." (not
    # "For more than a decade, …")
    (
        ("for more",),
        r"^for more (?:on|about|information|details|news|coverage|stories|photos|videos)\b[^.]{0,80}"
        r"[,:] (?:head|go|visit|see|check|click|read|log|tune|turn|watch)\b",
    ),
    (
        ("caption", "photo", "image", "getty images", "this article", "this story"),
        r"hide caption|photo:|image (?:via|courtesy)|getty images|\(ap photo|this (?:article|story)"
        r" (?:was|has been) (?:originally|updated)",
    ),
    # The page talking to its reader: share and app buttons, "comments below", contact lines.
    (
        ("opens in", "comment"),
        r"\(opens in (?:a )?new window\)|\bin the comments(?: below| section below)?[.!]?$"
        r"|\bcomments? below\b",
    ),
    (("above", "below"), r"\b(?:clip|video|gallery|photos?|slideshow) (?:above|below)\b"),
    (
        ("gallery", "share copy link", "mailing list"),
        r"\bour gallery\b|\bshare copy link\b|\bmailing list\b",
    ),
    (
        ("below", "above", "your"),
        r"\b(?:form|link|button|box|banner) (?:below|above)\b|\bin your (?:email|inbox)\b"
        r"|\byour (?:account|password|profile|location history|signature)\b",
    ),
    # a subscription's terms: "… your credit card will be charged $49.95 on the 6th until you
    # cancel.", "… by the 5th of the month and you won't be charged."
    (
        ("charged", "until you cancel"),
        r"\byour (?:credit )?card will be charged\b|\byou won['’]t be charged\b|\buntil you cancel\b",
    ),
    (("@",), r"[\w.+-]+@[\w-]+\.[a-z]{2,}"),
    (None, r"(?:\bat|\bcall|:)\s*\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}\b"),
    (
        ("@", "twitter", "facebook", "instagram"),
        r"@\w+ on (?:twitter|instagram)|\btwitter @\w"
        r"|\bon (?:twitter|facebook|instagram) (?:and|or) (?:twitter|facebook|instagram)\b",
    ),
    # Photo captions and credits: "FILE - In this May 24, 2016, file photo, ...", "(PHOTOS: ...)".
    (("file",), r"\bfile (?:photo|image|picture|photograph)\b"),
    # the page pointing at its own media: "The video shown here explains …", "… the cuddly image
    # below.", "… as shown below:" (not "shown here before", "the image below the waterline")
    (
        ("video", "image", "picture", "graphic", "map", "chart", "shown"),
        r"\b(?:(?:video|image|picture|graphic|map|chart)s? (?:shown |embedded )?|shown )"
        r"(?:here|above|below)(?=\s*[.:,;!]|\s+(?:explains?|shows?)\b|\s*$)",
    ),
    (
        ("courtesy", "photo"),
        r"\bcourtesy (?:photo|image)\b|\bphoto (?:by|credit)\b|^\(?photos?:|\(photos?:",
    ),
    (
        ("in this",),
        r"^(?:\([^)]{1,40}\) )?(?:file\s*[-–—]\s*)?in this (?:[^,]{0,60}\b)?"
        r"(?:photo|image|picture|frame grab|handout)\b"
        r"|\bin this (?:[\w-]+ ){0,3}(?:photo(?:graph)?|image|picture|handout)\b",
    ),
    # Who stands where in a photo: "Catherine Ashton, left, and ...", "Kit Harington, right,
    # speaks ...", "Stephanie Kercher (L) and ...", "Bernard Cazeneuve (C)" ("(R)" is also a
    # Republican's tag, so it is not one)
    (
        ("(left)", "(right)", "(center)", "(centre)", "(front)", "(l)", "(c)"),
        r"\((?:left|right|center|centre|front|(?-i:L|C))\)",
    ),
    (
        (", left, ", ", right, ", ", center, ", ", centre, "),
        r"(?-i:[A-Z][\w'.-]+), (?:left|right|center|centre), (?:and|speaks?|listens?|talks?|walks?"
        r"|arrives?|leaves?|stands?|looks?|poses?|waves?|smiles?|attends?|holds?|sits?)\b",
    ),
    (
        ("photo", "image", "picture"),
        r"^this (?:[\w-]+ ){0,2}(?:photo|image|picture)(?: \w+)? (?:provided|released|taken|shows)\b",
    ),
    # A publication stamp and an embedded tweet: "(Published Thursday, July 24, 2014)".
    (
        ("published", "updated", "posted"),
        r"^\(?(?:published|updated|posted|last updated)\b[\s:]*(?:on\s+)?(?:\d|[a-z]+day\b|"
        r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    ),
    (("twitter", "t.co/"), r"pic\.twitter\.com|https?://t\.co/"),
)  # fmt: skip
# All rules as one pattern: what ``english_furniture`` finds (the tests compare the two).
_FURNITURE = re.compile("|".join(rule for _, rule in _FURNITURE_RULES), re.IGNORECASE)
_FURNITURE_PARTS = tuple(
    (words, re.compile(rule, re.IGNORECASE)) for words, rule in _FURNITURE_RULES
)
_PHONE = re.compile(r"\d{3}\)?[-. ]\d{3}[-.]\d{4}")
# A sentence that opens by telling the reader what to do on the page ("Click to share on
# Facebook", "Download the ... app now!", "Please check your email", "Contact Jane Doe at ...",
# "Watch the clip above"): news prose in English never opens with an imperative outside a quote.
_CALL_TO_ACTION = re.compile(
    r"^\(?(?:click|tap|subscribe|download|sign (?:up|in)|log (?:in|on)|register (?:now|here|for)"
    r"|like us|join (?:us|our|the conversation)|follow (?:us|@)|watch|listen (?:to|now|here|live)"
    r"|read (?:more|on|the|our|his|her|their|about)|view|visit|check (?:out|back|your)"
    r"|see (?:more|the (?:full|latest|video|gallery|photos?)|pdf|our)|email (?:us|this)|send us"
    r"|share (?:your|this|on)|scroll|have a look|learn more|find out more|get the .{1,40}\bapp\b"
    r"|please|contact (?:us|the \w+ (?:\w+ )?(?:desk|team)"
    r"|(?-i:[A-Z]\w+(?: [A-Z][\w.]*){0,2}(?: at| on|:))))(?!\w)",
    re.IGNORECASE,
)


# A page's own label before a colon: a note to the reader or a link to another page, not the
# story ("CORRECTION: An earlier version of this article ...", "AUDIO: Listen to the emergency
# response.", "ORIGINAL STORY: ...", "READ MORE: ..."). Capitals only: "Watch: ..." in a sentence's
# own case is left to the other rules. "UPDATE:" is not one: what follows it is news.
_PAGE_LABEL = re.compile(
    r"^\(?(?:CORRECTION|CLARIFICATION|EDITOR['’]?S NOTE|AUDIO|VIDEO|WATCH|PHOTOS?|IMAGES?|GALLERY"
    r"|SLIDESHOW|MAP|RELATED(?: CONTENT| STORY| STORIES| LINKS?)?|READ(?: MORE| ALSO)?"
    r"|(?:SEE )?ALSO(?: READ| SEE| ON [A-Z.]+)?|MORE(?: NEWS| STORIES)?|PREVIOUSLY|(?:ORIGINAL )?STORY"
    r"|BLOG|NEWS|RECOMMENDED|TRENDING|LIKE US ON FACEBOOK):\s"
    # a link to another story, in parentheses: "(DRIVING THE DAY: Can spending secure GOP Senate?)"
    r"|^\((?:[A-Z][A-Z.'’-]* ?){1,5}:\s[^()]*\)$"
)
# ... and in any case, labels whose note is never the story (s18): "Correction: An earlier
# version …", "Editor’s note: This story has been revised.", "Source: The New York Post More",
# captions ("Illustration: …", "Image: KUVP archives", "Figure 1: …") and a review's box
# ("Running time: 118 minutes.", "MPAA Rating: R.", "With: Jane Levy, …"), "Read: …" links.
_NOTE_LABEL = re.compile(
    r"^\(?(?:correction|clarification|editor['’]?s note|source|illustration|image|figure \d+"
    r"|running time|mpaa rating|with|read)\s?:\s",
    re.IGNORECASE,
)


def _furniture_found(text: str) -> bool:
    """``_FURNITURE.search(text)``, rule by rule, each rule only where the text holds one of its
    words. Where the case-blind search compares letters by their lower case, ``str.lower`` gives
    the same letters, except for "ı", "İ" and "ſ" (the regex engine folds them onto "i" and "s"):
    a text holding one is searched with the whole pattern."""
    if not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text):
        return _FURNITURE.search(text) is not None
    low = text.lower()
    for words, pattern in _FURNITURE_PARTS:
        if words is None:
            if _PHONE.search(text) and pattern.search(text):
                return True
        elif any(map(low.__contains__, words)) and pattern.search(text):
            return True
    return False


def english_furniture(text: str) -> bool:
    """Whether an English sentence is page furniture, not news prose."""
    return bool(
        _furniture_found(text)
        or _CALL_TO_ACTION.match(text)
        or _PAGE_LABEL.match(text)
        or _NOTE_LABEL.match(text)
    )


# A speaker's turn in a transcript opens with the speaker's name in capitals and a colon
# ("PRESIDENT OBAMA: Great to be here.", "MARTIN: That's Opal Lee.", "MICHEL MARTIN, HOST:",
# "Q: ..."): the words of one person in a conversation, which a summary would quote without
# saying whose they are. One such opening in an article may be a dateline ("WASHINGTON: ..."),
# so only an article with at least TRANSCRIPT_TURNS of them is read as a transcript.
_SPEAKER = re.compile(r"^(?:[A-Z][A-Z.'’-]+(?:,? [A-Z][A-Z.'’-]*){0,4}|Q|A):\s")
TRANSCRIPT_TURNS = 3


def aside(text: str) -> bool:
    """Whether a sentence is wholly in brackets, a full stop after them or not: an aside, a
    citation or a rating ("(Labor union official 302, February 3, 2009 p. 3).", "(7/10)",
    "(Additional reporting by …)"), never quoted alone nor read for a date (s19: the citation's
    date was a timeline event and, against another citation's, a conflict). "(CNN) The … (AP)."
    is a sentence: its first bracket closes before its end."""
    if not text.startswith("("):
        return False
    end = len(text)
    while end and text[end - 1] in " .!?":
        end -= 1
    if end < 2 or text[end - 1] != ")":
        return False
    depth = 0
    for k in range(end):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return k == end - 1
    return False


def transcript_turns(sentences: Sequence[tuple[str, str]]) -> frozenset[int]:
    """Of (article id, sentence text) pairs, the positions of the sentences that open a speaker's
    turn, in the articles that hold at least TRANSCRIPT_TURNS of them."""
    turns: dict[str, list[int]] = {}
    for i, (article_id, text) in enumerate(sentences):
        if _SPEAKER.match(text):
            turns.setdefault(article_id, []).append(i)
    return frozenset(i for found in turns.values() if len(found) >= TRANSCRIPT_TURNS for i in found)


# What a web archive's notice about its crawls says ("Starting in 1996, Alexa Internet has been
# donating their crawl data to the Internet Archive", "These files are currently not publicly
# accessible", "The seed list for this crawl was ..."). News says "slowed to a crawl" once.
_CRAWL_MARK = re.compile(
    r"\bcrawl(?:s|ers?|ing|ed)?\b|\binternet archive\b|\bwayback machine\b|\balexa internet\b"
    r"|\bseed ?list\b|\bnot (?:currently )?publicly accessible\b",
    re.IGNORECASE,
)


def crawl_notice(text: str) -> bool:
    """Whether an English page's whole text is a web archive's crawl notice, not news: a crawl
    named, at least three of the notice's marks, and one every 40 words or closer."""
    marks = _CRAWL_MARK.findall(text)
    return (
        len(marks) >= 3
        and any(m[:5].lower() == "crawl" for m in marks)
        and 40 * len(marks) >= len(text.split())
    )


# A short page that is mostly furniture is the site talking, not an article (s18): a
# subscription's terms ("Shop or \"Skip\" The choice to shop is always yours! …"), a petition's
# thank-you page, Twitter's location notice. At most this many sentences, half of them furniture.
SITE_NOTICE_SENTENCES = 8


def site_notice(texts: Sequence[str]) -> bool:
    """Whether a short English page's sentences are at least half furniture (two or more)."""
    if len(texts) > SITE_NOTICE_SENTENCES:
        return False
    furniture = sum(1 for text in texts if english_furniture(text))
    return furniture >= 2 and 2 * furniture >= len(texts)


def crawl_notices(sentences: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The articles, of (article id, sentence text) pairs, whose text is a crawl notice or
    another notice of the site (``site_notice``), not an article."""
    texts: dict[str, list[str]] = {}
    for article_id, text in sentences:
        texts.setdefault(article_id, []).append(text)
    return frozenset(
        a for a, parts in texts.items() if crawl_notice(" ".join(parts)) or site_notice(parts)
    )
