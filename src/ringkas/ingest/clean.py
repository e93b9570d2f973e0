"""Boilerplate removal for flat text pages of Indonesian outlets.

No library does this for flat text (DEPENDENCIES.md: trafilatura keeps every line; justext with the
Indonesian stoplist still kept 5 of 78 furniture lines on the seed pages), so these are rules, each
written against a kind of furniture the outlets print: related-article sections (everything after
their header is cut), inline "Baca Juga" links, subscription and follow banners, comment widgets,
bylines, photo captions and credits, repeated titles and lead teasers, and trailing editor initials.
Every removed piece is kept with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ringkas.ingest.body import INITIALS, Line, best_block, classify, standalone_dateline
from ringkas.ingest.datelines import (
    BRAND_PATTERN,
    canonical_outlet,
    outlet_from_url,
    site_label,
    split_dateline,
)
from ringkas.model import Removed
from ringkas.text.tokens import function_words

WEAK_BODY_WORDS = 40  # block value (≈ words of prose) under which a body is in doubt
LINE_CACHE = 32_768  # classed lines kept (a Line is immutable; ~10 MiB)

# Media Indonesia's desk codes: "(Z-2)", "(OL-4)", "(Ant/P-5)".
_CODE = r"(?:[A-Za-z]{2,5}/)?[A-Z]{1,3}-\d{1,2}"
# Editor initials closing an article: "(dam/dam)", "(fkh)", "(***)", a desk code.
_INITIALS_LINE = re.compile(rf"^\((?:{INITIALS}|{_CODE}|\*+)\)$")

# A related list's English heading alone on its line ("Recommended Stories", "Read more", "More
# Must-Reads from TIME"): a furniture line, and a label of the headlines under it (_link_titles)
_RELATED_HEADING = (
    r"(?:recommended (?:stories|articles|videos|for you)|read more|you may also like|more stories"
    r"|related (?:stories|articles)|more must-reads from \S+)"
)
# An English month, as datelines, captions and embedded posts print it: "May", "Sept.", "January"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# Whole lines of furniture, wherever they stand.
_FURNITURE = (
    (
        "baca-juga",
        re.compile(
            r"^(?:baca juga|baca pula|simak juga|lihat juga|simak video|lihat video|tonton(?: juga)? video|saksikan video|read more|read also|see also)\b"
            # "Pilihan Editor: Judul Lain", "BACA ARTIKEL LAINNYA... Judul"
            r"|^(?:pilihan editor\s*:|baca (?:artikel|berita) lainnya\b)"
            # "(Baca: Judul Lain)", "(Baca juga: ...)", "(Lihat juga: ...)": a link in brackets
            r"|^[(\[]\s*(?:baca|lihat|simak|tonton)(?: juga| pula)?\s*:"
            # English pages' labels in capitals: "RELATED: ...", "MORE | ...", "PHOTOS: ...",
            # "BLOG: Why ...", "MORE 5 Photos That ..." (a label, then a link's title; a lead
            # paragraph opening in capitals, "MORE THAN 200 people ...", runs on longer)
            r"|^(?=.{0,150}$)(?-i:RELATED(?: CONTENT)?|MORE|READ ALSO|ALSO READ|READ|PHOTOS?|VIDEOS?|WATCH|BLOG|"
            r"SLIDESHOW|GALLERY|LISTEN)(?:\s*[:|]|\s+(?-i:[A-Z0-9]))"
            # ... and as English pages print them in any case: "Related: …", "More: …",
            # "Watch: The moment …", a lone "Related article" or "RELATED COVERAGE" over a link,
            # after a bullet too ("► Related: Suspect arrested …")
            r"|^(?=.{0,200}$)(?:[►▶•]\s*)?(?:related|more|watch|listen|read more|see also)\s*:\s*\S"
            r"|^related (?:article|story|video|content|coverage)\s*$"
            # "(PHOTOS: Obama surveys tornado damage)", "Related PHOTOS: Love and Haight …"
            r"|^(?=.{0,200}$)\(?(?:related )?(?-i:PHOTOS|VIDEO|VIDEOS|SLIDESHOW)\s*:"
            # a related link's label glued to its quoted title: "Related 'The Case of: …' Pt. 2"
            r"|^(?-i:Related) ['‘\"“]"
            # a related list's English heading alone on its line: "Recommended Stories", "Read
            # more", "More Must-Reads from TIME" (the headlines under it are its links)
            rf"|^{_RELATED_HEADING}\s*$"
            # phys.org's related link: "Explore further: Newly discovered catalyst could …"
            r"|^explore further\s*:",
            re.IGNORECASE,
        ),
    ),
    (
        "subscription",
        re.compile(
            r"^(?:nyaman tanpa iklan|langganan\b|berlangganan\b|dapatkan informasi|silakan login|sudah berlangganan|scan qr code|konten premium)"
            # "Artikel ini khusus untuk pelanggan. Berlangganan sekarang ...", a newsletter form,
            # the cookie banner
            r"|^(?:artikel|konten|berita) ini (?:khusus|hanya) (?:untuk |bagi )?(?:pelanggan|member|anggota)\b"
            r"|^(?:daftar(?:kan)?|masukkan) (?:alamat )?(?:e-?mail|surel)(?: anda| kamu)?\b.{0,40}"
            r"\b(?:newsletter|berlangganan|menerima|mendapatkan)\b.{0,120}$"
            r"|^(?:situs ini|kami|website ini) menggunakan (?:cookie|kuki)s?\b"
            # English newsletter boxes: "The Reuters Power Up newsletter … Sign up here.",
            # "Privacy Notice: Newsletters may contain info about charities …"
            r"|^.{0,200}\bnewsletter\b.{0,200}\bsign up here\.?$|^privacy notice\s*:"
            r"|^(?:new)?\s*you can now listen to\b.{0,60}\barticles?\b"
            # a newsletter box's pitch ("Our morning email breaks down the key stories …"), a
            # video promo ("… top headlines are here. Check out what's clicking on Foxnews.com.")
            r"|^our (?:morning|evening|daily|weekly|free) (?:email|newsletter)\b.{0,200}$"
            r"|^.{0,80}\bcheck out what[’']s clicking on \S+\.?$"
            # a sign-up form's small print: "By signing up, you agree to our Privacy Policy",
            # "By subscribing, you acknowledge …"; an English cookie banner
            r"|^by (?:signing up|subscribing|clicking (?:sign up|subscribe))\b"
            # the New York Times' newsletter box as one line ("Newsletter Sign Up Continue reading
            # the main story Please verify you're not a robot …")
            r"|^newsletter sign up\b"
            r"|^(?:we|this (?:web)?site)(?: and our partners)? uses? cookies\b"
            # a paywall's plea and a newsletter's price (s22: "Support our journalism Already a
            # subscriber? Thank you …", "To subscribe to Capitol Fax, click here.")
            r"|^support (?:our|local|quality) journalism\b.{0,40}\balready a subscriber\?"
            r"|^to subscribe to\b.{0,80}\bclick here\b",
            re.IGNORECASE,
        ),
    ),
    (
        "follow",
        re.compile(
            r"^(?:cek|simak|ikuti|follow|dapatkan|gabung|bergabung|download|unduh)\b.{0,200}(?:google news|whatsapp|wa channel|telegram|instagram|twitter|facebook|tiktok|youtube|saluran|channel|play store|app store)"
            r"|^(?:download|unduh) (?:apps?|aplikasi)\b.{0,100}$"
            # "Temukan juga kami di Google News.": the outlet itself ("kami") on a platform
            r"|^temukan (?:juga )?kami\b.{0,80}(?:google news|whatsapp|telegram|instagram|twitter"
            r"|facebook|tiktok|youtube|saluran|channel)",
            re.IGNORECASE,
        ),
    ),
    (
        # The page asking its reader to click, follow or read more of the outlet ("Klik di sini
        # untuk ...", "Yuk, gabung di komunitas pembaca kami!", "Terima kasih telah membaca
        # artikel ini."): a call-to-action opener, then what it points at (the outlet's news,
        # its app or channels, "di sini"). News prose that opens with "Mari", "Ayo" or "Jangan
        # lupa" ("Jangan lupa membawa KTP", kata ...) names none of these.
        "promo",
        re.compile(
            r"^(?:[*•]\s*)?(?:klik|jangan (?:lupa|lewatkan)|yuk|ayo|mari|cari|dapatkan|nikmati|"
            r"terima kasih (?:telah|sudah)|"
            r"untuk (?:mendapatkan|membaca|mengikuti) (?:berita|informasi|update|artikel))\b"
            r".{0,200}?(?:berita (?:terbaru|terkini|lainnya|lain|pilihan|menarik|populer|lengkap|up to date)|"
            r"artikel (?:ini|lainnya|lain|menarik|terkait)|\bdi ?sini\b|\bpembaca\b|"
            r"(?:aplikasi|situs|kanal|akun|channel|media sosial|komunitas|grup) (?:kami|resmi)|"
            r"google news|whatsapp|telegram|instagram|youtube|tiktok|twitter|facebook|"
            r"play store|app store|newsletter)"
            # Fact-check and tip-line banners: "Fakta atau Hoaks? ... silakan WhatsApp ke nomor ..."
            r"|^(?:[*•]\s*)?(?:fakta atau hoaks|cek fakta)\b.{0,40}\?"
            # a reader survey: "Bantu kami untuk memahami apa yang kamu butuhkan dengan mengisi
            # survei ini"
            r"|^bantu kami\b.{0,120}\b(?:survei|kuesioner|survey)\b"
            r"|.{0,120}\bsilakan (?:whatsapp|wa)\b.{0,20}\bnomor\b"
            # the outlet describing itself under every article: "DailySocial.id adalah portal
            # berita startup ... Kamu bisa menjadi member komunitas ..."
            r"|^[\w-]+(?:\.[a-z]{2,}){1,2} (?:adalah|merupakan) (?:portal|situs|media) (?:berita|informasi)\b"
            # ABC News' follow widget: "Interested in ? Add as an interest to stay up to date …
            # Add Interest"
            r"|^interested in\b.{0,200}\badd interest\s*$"
            # a sponsor's message inside the text: "** A message from the Investment Company
            # Institute: Money market funds work for …" (s22)
            r"|^\*+\s*a message from (?:the |our )?(?-i:[A-Z])[^:]{0,80}:",
            re.IGNORECASE,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:\d+\s+)?(?:(?:tulis |kolom |lihat )?komentar(?: pembaca| anda)?|comments?)"
            r"\s*(?:\(\d+\))?\s*$|^(?:loading|memuat)\.*\s*$"
            # the comment box's disclaimer: "Isi komentar sepenuhnya adalah tanggung jawab ..."
            r"|^(?:isi )?komentar (?:sepenuhnya |menjadi |adalah )+tanggung ?jawab\b",
            re.IGNORECASE,
        ),
    ),
    (
        "byline",
        re.compile(
            r"^(?:editor|penulis|reporter|pewarta|redaktur|penyunting|sumber|foto|ilustrasi|video|kontributor|writer)\s*:\s*\S.{0,60}$"
            # "Sumber berita Gizmochina dan Mobilescout.": the credit names sources, not prose
            # ("Sumber berita itu menolak ..." goes on in lower case)
            r"|^sumber (?:berita|foto|gambar|artikel)\s*:?\s*(?-i:[A-Z])[\w.-]*(?:(?:,| dan| &) (?-i:[A-Z])[\w.-]*)*\.?$",
            re.IGNORECASE,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:skip to (?:main )?(?:content|navigation)|share|bagikan|salin tautan|salin link|salin url|copy link|(?:url|link|tautan) (?:telah |sudah )?(?:di)?salin|link copied|tweet|advertisement|iklan|scroll to continue|scroll (?:untuk|to) (?:membaca|melanjutkan|read)|scroll (?:ke bawah|down)|gulir ke bawah|geser ke atas|dengarkan (?:artikel|berita) ini|listen to (?:this )?(?:article|story)|halaman (?:selanjutnya|berikutnya|sebelumnya)|lanjutkan membaca|baca berita dengan sedikit iklan|waktu baca|lama baca)\b.{0,40}$"
            # a reading time ("3 menit baca", "2 min read"), the font-size buttons ("A A A")
            r"|^\d+\s*(?:menit|min)\s*(?:baca|membaca|read)\s*$|^(?:A[-+]?\s*){3}$"
            r"|^dibaca (?:normal |cepat )?\d+\s*menit\s*$|^dilihat [\d.,]+ kali\s*$"
            # a page's stamp: "Last updated at 6:04 PM on 20th October 2011"
            r"|^last updated (?:at|on)\b.{0,60}$"
            # a screen reader's list markers (Al Jazeera: "list of 3 items", "list 1 of 3",
            # "end of list"), NPR's "toggle caption", a video player's "Now Playing" / "Up Next"
            r"|^(?:list of \d+ items|list \d+ of \d+|end of list|toggle caption|now playing|up next)\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "credit",
        re.compile(
            r"^(?:tulisan|artikel|berita) ini (?:berasal dari|(?:telah|sudah) (?:tayang|terbit|naik|dimuat)|pertama kali)\b"
            # "Original article on Live Science.", "Originally published on ...": a reprint's credit
            r"|^original(?:ly)? (?:article|story|published|posted|appeared) (?:on|in|at|by)\b.{0,60}$"
            # 'Baca artikel detiknews, "Judul" selengkapnya https://...'
            r"|^baca artikel [\w.]+,?\s*[\"“].{0,250}[\"”]\s*selengkapnya\b"
            # VIVA's "Baca artikel Bola menarik lainnya di tautan ini."
            r"|^baca (?:artikel|berita) .{0,40}\blainnya di (?:tautan|link) ini\b"
            # English wire and newspaper credits: "Associated Press writer Andi Prasetyo
            # contributed to this report.", "Reporting by Jane Doe; Editing by John Roe"
            r"|^.{0,150}\bcontributed (?:reporting |research )?(?:to|for) (?:this|the) (?:report|story|article)\.?$"
            # ... from where they reported, how to reach them (s22: "… contributed to this story
            # from McAllen, Texas.", "… from Omaha and can be reached at http://…"), and a wire's
            # writers listed in their cities ("Associated Press writers David Pitt in Des Moines,
            # Iowa; Margery Beck in Omaha, Neb.; … contributed to this report.")
            r"|^.{0,150}\bcontributed (?:to|for) (?:this|the) (?:report|story|article) from (?-i:[A-Z])[^.]{0,60}"
            r"(?:\.?$| and can be reached (?:at|via|on) \S+\s*$)"
            r"|^(?:the )?(?:associated press|ap|afp|reuters|cnn's|cnn’s|staff) (?:writers|reporters|correspondents)\b"
            r".{0,600}\bcontributed (?:to|for) (?:this|the) (?:report|story|article)\.?$"
            # a reporter's phone line: "— Duke Behnke: 920-993-7176, or dbehnke@postcrescent.com; …"
            r"|^[-–—\s]*(?-i:[A-Z][\w'’-]+(?: [A-Z][\w.'’-]*){1,3}):\s*\(?\d{3}\)?[-. ]?\d{3}-\d{4}\b"
            r"|^[-–—\s]*(?:with )?(?:additional )?(?:reporting|writing|research) by\b[^.]{0,200}$"
            # "A version of this article appears in print on March 4, 2024, Section A, Page 14",
            # "Reporting from Tulsa, Okla."
            r"|^a version of this article appears in print\b"
            r"|^reporting from [A-Z][^.]{0,60}(?:\.[^.]{0,10}){0,2}$"
            # how to reach the reporter or the desk: "Call IndyStar reporter Holly Hays at (317)
            # 444-6156.", "Contact us at editors@time.com.", "… can be reached at http://…"
            r"|^(?:call|contact|e-?mail|reach) [^.]{0,80}(?:\S+@\S+|\(\d{3}\) ?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b)"
            r"|^[A-Z][^.]{0,60} can be reached (?:at|via|on) \S+\s*$"
            # the author's note: "Jordan Pike is a reporter for Fox News Digital. Story tips can
            # be sent to …"
            r"|^(?-i:[A-Z])[\w.'’ -]{2,40} is an? (?:[\w-]+ ){0,4}(?:reporter|writer|correspondent|editor|producer|journalist)\b"
            r"(?:[^.]{0,100}\.(?: [^.]{0,80}\b(?:tips|reached|follow)\b.{0,120})?$| (?:for|at|with|based in|covering|who covers)\b.{0,250}$)"
            # "Andrea Villanueva joined KPRC 2 in 2022 as a digital content producer. …"
            r"|^(?-i:[A-Z])[\w.'’ -]{2,40} joined [\w .&'’-]{2,40} in \d{4} as an? \b.{0,300}$"
            # an editor's note on a change: "Updated at 9:23 a.m. to correct the name of the
            # driver.", "Updated: We've added new reports to the article."
            r"|^updated(?: at .{0,30}?)? to (?:correct|include|add|reflect|clarify)\b.{0,200}$"
            r"|^updated\s*:\s*we(?:'ve| have) (?:added|updated|corrected)\b"
            # "Have a news tip? Contact us at …", "Update 5/7/24, 1:30 p.m. ET: This article was
            # updated with comment from …"
            r"|^have a (?:news )?tip\?|^update[ds]?\b.{0,40}?:\s*this (?:article|story|post) (?:was|has been) updated\b"
            # an affiliate disclosure: "TIME may receive compensation for some links to products …"
            r"|^.{0,60}\bmay (?:receive|earn) (?:a )?(?:compensation|commission)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "disclaimer",
        re.compile(
            # an opinion column's notes about itself: "Tulisan ini merupakan pendapat pribadi
            # penulis dan tidak mencerminkan pandangan redaksi", "*Penulis adalah dosen …",
            # "The writer is a lecturer at …", "Ingin menulis di detikcom? Kirimkan …"
            # an investment page's note: "Disclaimer: berita ini tidak bertujuan mengajak …"
            r"^(?:disclaimer|disclosure)\s*:\s*\S|"
            r"^\W{0,3}(?:tulisan|artikel|opini|kolom|isi tulisan) ini (?:merupakan|adalah|sepenuhnya)"
            r" .{0,40}\b(?:pendapat|opini|pandangan|tanggung ?jawab) (?:pribadi )?(?:penulis)?\b"
            r"|^\*+\)?\s*(?:penulis|the (?:writer|author)) (?:adalah|merupakan|is)\b.{0,250}$"
            r"|^the (?:writer|author) is (?:an? |the )?\w[^.]{0,150}\.?$"
            r"|^(?:ingin|mau) menulis di \S+\?"
            # "Isi artikel di luar tanggung jawab redaksi." (a user-written or partner page)
            r"|^(?:isi )?(?:artikel|tulisan|konten|berita) (?:ini )?(?:di luar|bukan|menjadi) tanggung ?jawab"
            r" (?:redaksi|penulis)\b"
            # an investment site's disclosure: "The author has no business relationship with any
            # company whose stock is mentioned in this article.", "I/we have no positions in any
            # stocks mentioned, …"
            r"|^(?:the author|i|we|i/we) (?:has|have) no (?:business relationship with any company"
            r"|positions? in any (?:stocks?|shares?|companies))\b"
            r"|^(?:the author|i|we|i/we) wrote this article (?:myself|ourselves|themselves|himself|herself)\b"
            # a streaming service's promo under a network's pages: "Get new episodes of shows you
            # love across devices the next day, … with CBS All Access."
            r"|^get new episodes of shows you love\b",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"^(?:©|(?:copyright|hak cipta)\s*(?:©|\(c\)|\d{4})).{0,160}$"
            r"|.{0,120}\b(?:all rights reserved|(?:seluruh |semua )?hak cipta dilindungi)"
            # "Dilarang keras mengambil konten ... tanpa izin tertulis dari ..."
            r"|^dilarang (?:keras )?(?:mengambil|mengutip|menyalin|memperbanyak|menggunakan)\b"
            r".{0,200}\b(?:konten|situs)\b.{0,200}\btanpa izin\b",
            re.IGNORECASE,
        ),
    ),
    # A download's link: "Rocky Mountain Spotted Fever Fact Sheet (91k.pdf)", "Laporan (PDF, 2 MB)"
    (
        "download",
        re.compile(
            r"^.{0,150}\((?:\d+\s*k\.pdf|(?:pdf|docx?|xlsx?|pptx?)(?:,\s*[\d.,]+\s*[km]i?b)?)\)\s*$",
            re.IGNORECASE,
        ),
    ),
    # A mailing address a charity's or outlet's page ends with: "P.O. Box 6666, Bozeman, MT
    # 59771.", "Kotak Pos 1234 Jakarta 10012"
    ("address", re.compile(r"^(?:p\.? ?o\.? ?box|kotak pos)\s*\d+\b.{0,80}$", re.IGNORECASE)),
    ("list-bullet", re.compile(r"^[-–—•*·]+\s*$")),
    # Editor initials on a line of their own, wherever it stands: "(dam/dam)", "(fkh)"
    ("editor-initials", _INITIALS_LINE),
    # a line wholly in square brackets: an embed's or a related link's placeholder ("[Rapinoe
    # responds after the game: …]", "[Sign up for The Daily 202 and get all the news …]")
    ("embed", re.compile(r"^\[(?:[^\[\]]|\[[^\[\]]{0,40}\]){0,200}\]$")),
    # After the editor's initials ("(rdn/ara)" is theirs, not a credit): BBC's caption
    # furniture without its comma ("Image copyright AFP Image caption Police are …", "Media
    # playback is unsupported on your device Media caption …"), "Image: …", "Enlarge Image
    # Close Getty Images …", a lone credit in brackets ("(Credit: CNET)", "(Orange County
    # Sheriff's Department)"), a caption's handle ("… (INSTAGRAM: name)"); a video player's
    # blurb as the USA TODAY network's pages print it above or inside the article, the player's
    # close button and share menu first ("CLOSE Four Reno dispensaries begin sales … Jason
    # Bean", "CLOSE Skip in Skip x Embed x Share A former … Video provided by Newsy"), and CNN's
    # ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:04")
    (
        "caption",
        re.compile(
            r"^(?:image|media|video) (?:copyright|caption|source)\b|^media playback is unsupported\b"
            r"|^(?-i:CLOSE) (?=(?-i:[A-Z\"“‘'])|skip in skip\b)|^skip in skip x embed x share\b"
            r"|^(?-i:JUST WATCHED) "
            # the Guardian's share buttons over a photo's caption: "Facebook Twitter Pinterest The
            # Japanese battleship Musashi in October 1944. Photograph: …"
            r"|^facebook twitter pinterest\b"
            # a player that cannot play: "You'll need an HTML5 capable browser to see this content."
            r"|^you['’]ll need an html5\b"
            r"|^image\s*:\s|^enlarge (?:this )?image\b"
            r"|^\((?=[^()]{2,80}\)$)(?:[^()\s]+ ){0,7}[^()\s]+\)$"
            r"|^.{0,150}\((?:instagram|twitter|credit)\s*:[^()]{1,60}\)$",
            re.IGNORECASE,
        ),
    ),
)
_CREDIT_FOOTER = re.compile(
    r"^(?:tulisan|artikel|berita) ini (?:berasal dari|telah tayang di|pertama kali) (?:redaksi |di )?(?P<outlet>\S+?)\.?\s*$",
    re.IGNORECASE,
)
# The first letters a credit footer can open with (no other character folds onto them).
_FOOTER_INITIALS = frozenset("tTaAbB")


def _credit_footer(line: str) -> re.Match[str] | None:
    """``_CREDIT_FOOTER.match(line)``, tried only on a line that opens with one of its words'
    first letters (a page's every line is asked, twice)."""
    return _CREDIT_FOOTER.match(line) if line[:1] in _FOOTER_INITIALS else None


_CAPTION = re.compile(
    r"/\s*(?:antara|antara foto|reuters|afp|ap|epa|bisnis|kompas|tempo|detik|dok\.?|istimewa|ist|getty images|xinhua)[^/]{0,30}$",
    re.IGNORECASE,
)
# ... and at the end of the last paragraph: "(rdn)", "(ant/ara)", merdeka.com's "[tyo]"
# and a desk code or Medcom's initials in capitals after a sentence's end ("… (ABK)"; "…
# pesawat (MH-17)" and "… Komisi Pemberantasan Korupsi (KPK)" end with no code)
_INITIALS = re.compile(
    rf"\s*(?:\((?:{INITIALS}|\*+)\)|\[{INITIALS}\])\s*$|(?<=[.!?\"”’])\s*\((?:{_CODE}|[A-Z]{{2,4}})\)\s*$"
)
# Photo credits: "Foto: Getty Images", "(Foto: Antara)", "(Edi Wahyono/detikcom)" at the end.
_CREDIT_COLON = r"\b(?:foto|photo|photograph|dok)\s*:"
# "(Photo by …", "(Foto: Antara)", "(Edi Wahyono/detikcom)", "(U.S. Department of State photo)",
# an AP caption cut short: "… at the 67th international film... (Associated Press)"
_CREDIT_PAREN = (
    r"\(photo by |\((?:foto|dok|ist)\b[^()]*\)\s*$|\((?-i:[A-Z])[^()]*/[^()]*\)\s*$"
    r"|\((?-i:[A-Z])[^()]{0,60} photo\)\s*$"
    r"|(?:\.\.\.|…)\s*\((?:associated press|ap|reuters|afp|getty images)\)\s*$"
)
# "… Kathmandu, Nepal May 30, 2016. REUTERS/Navesh Chitrakar", "(AP Photo/LM... (Associated Press)"
_CREDIT_SLASH = (
    r"\b(?:antara foto|ap photo|getty images|shutterstock|(?-i:REUTERS))\s*/\s*[\w. ]{0,40}$"
    r"|\(ap photo/"
)
# A caption by its opening ("In this May 3, 2015 photo, …", "In this file photo …") or by an
# agency's photo credit inside it ("… the campaign. | AP Photo Trump picks …")
_CREDIT_OPENING = (
    r"^(?:file\s*[-–—]\s*)?in this (?:(?:\w+day, )?" + _MONTH + r" \d{1,2},? (?:\d{4},? )?)?"
    r"(?:(?:undated|handout|aerial|combination|file) )*(?:photo|image|picture|frame grab)\b"
)
# "… | AP Photo …", "… on Tuesday. | Nathan Ruiz/POLITICO"
_CREDIT_BAR = (
    r"\|\s*(?:ap|afp|reuters) photo\b|\|\s*[\w.'’ -]{2,40}/[\w.'’ -]{2,30}$"
    # POLITICO's caption glued to the next headline: "… walk to the Senate floor Wednesday. |
    # John Shinkle/POLITICO Congressional leaders reach budget deal …", "… | Saul
    # Loeb/AFP/Getty Images Trump: …"; a broadcaster's credit closing a caption: "… | ABC"
    r"|[.!?\"”’]\s*\|\s*[\w.'’ -]{2,40}/(?:[\w.'’ -]{1,30}/)?"
    r"(?:getty images|ap photo|afp|politico|reuters|epa|bloomberg)\b"
    r"|[.!?\"”’]\s*\|\s*(?:abc|cbs|nbc|cnn|fox|ap|afp|reuters|getty images)(?: news)?\s*$"
)
# Al Jazeera's caption ends in its agency in brackets: "… on Tuesday [Reuters]", "… in March
# [File: Daniel Korir/EPA]" (not a paragraph's source after its full stop: "… manapun. [Anadolu
# Agency]"); a stock photo's credit: "… on Monday. Getty Images"
_CREDIT_BRACKET = (
    r"(?<![.!?\"”’\s])\s*\[(?:file:\s*)?(?:[^\[\]]{0,40}/)?(?:reuters|afp|ap|epa|ap photo|getty images"
    r"|anadolu(?: agency)?|al jazeera|bloomberg)\]\s*$"
)
_CREDIT_STOCK = r"[.)]\s+(?:getty images|istock(?:photo)?|shutterstock)\s*$"
_CREDIT_WORDS = r"mandatory credit\b"
_PHOTO_CREDIT = re.compile(
    "|".join(
        [
            _CREDIT_COLON,
            _CREDIT_PAREN,
            _CREDIT_WORDS,
            _CREDIT_SLASH,
            _CREDIT_OPENING,
            _CREDIT_BAR,
            _CREDIT_BRACKET,
            _CREDIT_STOCK,
        ]
    ),
    re.IGNORECASE,
)
# _PHOTO_CREDIT finds a match where one of its alternatives does: each group of alternatives
# searched alone, and only in a line holding the character all its matches need.
_PHOTO_CREDIT_PARTS = tuple(
    (needed, re.compile(pattern, re.IGNORECASE))
    for needed, pattern in (
        (":", _CREDIT_COLON),
        ("(", _CREDIT_PAREN),
        ("/", _CREDIT_SLASH),
        # BBC's "Image caption, Gales closed …", "Image source, Northern Isles Ferries"; the New
        # York Times' caption ending "Credit...Nick Oxford for The New York Times"
        (",", r"^(?:image|media|video) (?:caption|source)\s*,"),
        ("...", r"\bcredit\.{3}\s*\S.{0,80}$"),
        # a caption's credit after its last sentence, a name or an agency in Title Case: "… under
        # a parking lot. Credit: Dr. Oliver J. T. O'Grady", "… Credit: Jeff Chiu / Associated
        # Press" (not "… Credit: Moody's cut its rating on Monday.")
        (
            "Credit",
            r"[.!?] (?-i:Credit)\s*:\s*(?-i:[A-Z])[\w.'’-]*"
            r"(?:[ /,]+(?:(?-i:[A-Z])[\w.'’-]*|of|and|the|via|for|courtesy))*\s*$",
        ),
        ("In this", _CREDIT_OPENING),
        ("|", _CREDIT_BAR),
        ("[", _CREDIT_BRACKET),
        (" ", _CREDIT_STOCK),
    )
)
_MANDATORY_CREDIT = re.compile(_CREDIT_WORDS, re.IGNORECASE)
# "Sabtu, 10 Des 2022 13:19 WIB", "Jumat, 9 Oktober 2020 | 14:01 WIB": not a headline.
_DATE_LINE = re.compile(
    r"\b(?:WIB|WITA|WIT|GMT)\b|^(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b"
    # "Updated 6:12 p.m. ET", "Published 9:00 AM EST", "March 4, 2024"
    r"|^(?:updated|published|posted)\b|\b(?-i:ET|EST|EDT|PT|PST|PDT|BST|UTC)\b"
    # "UPDATE: November 8, 8:25 AM CST" (not "UPDATE: Authorities identified …")
    r"|^update\s*:\s*(?:\d|" + _MONTH + r" \d)"
    # a line that is only a date: "March 4, 2024", "April 10th, 2016", "10 April 2016",
    # "4 Juni 2015", "10/04/2016"
    r"|^" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}$"
    r"|^\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|ags|sep|oct|okt"
    r"|nov|dec|des)[a-z]*\.? \d{4}$|^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$",
    re.I,
)
# Menus ("NASIONAL | Hukum Sosial"), breadcrumbs ("Home > Nasional"), bylines ("Oleh : Nama",
# "Mulia Budi - detikNews"), photo credits ("Tribun Jateng/Nama"), datelines ("Jakarta -"):
# headline-like lines near the body that are not its title.
_NOT_A_TITLE = re.compile(
    r"[|]|(?<=[^\W\d_])/(?=[A-Z])|\s>\s|[-–—]\s*$|^(?:oleh|by|penulis|reporter)\b"
    # "Laporan Wartawan Tribunnews.com, Dedi Kurnia": the reporter's line
    r"|^laporan (?:wartawan|reporter|koresponden|kontributor|jurnalis)\b"
    # a byline without its colon ("Editor Rizal Hadiwijaya", "Penulis Tim Cek Fakta"), a public
    # relations desk as the author ("Humas Polres Sumedang")
    r"|^(?:editor|penulis|pewarta|penyunting|fotografer|humas)\s+(?-i:[A-Z])[^.]{0,50}$"
    # a match's scorers with their minutes: "Andika Pratama 12', Yoga Saputra 67'"
    r"|\b\d{1,3}(?:\+\d)?['’](?:,|\s|$)"
    # the author's role under a byline: "Live News Reporter", "Senior Correspondent"
    r"|^(?:[\w-]+ ){0,3}(?:reporter|correspondent|editor|writer|producer)s?$"
    r"|^\S+(?: \S+){0,3} - \S+$"
    # a byline naming the outlet after a comma: "Tim Riset, CNBC Indonesia"
    rf"|^[^,]{{1,40}},\s*(?:{BRAND_PATTERN}|[\w-]+(?:\.[a-z]{{2,}})+)\s*$",
    re.I,
)
# A page's prompts read like headlines ("Please enable Javascript to watch this video"): never
# the title, not even as the page's first line.
_PROMPT = re.compile(
    r"javascript|\benable cookies\b|^(?:please|click|advertisement|subscribe|skip to)\b"
    r"|^(?:image|media) (?:source|caption)\b|^view image\b|\bsource: [A-Z]"
    r"|\bis a trust project member\b",
    re.I,
)
_SPACE = re.compile(r"[ \t\u00a0\u2009\u200b]+")


@dataclass(frozen=True, slots=True)
class CleanedPage:
    """A page's article text and what was learnt or removed on the way."""

    body: str
    title: str
    outlet: str
    place: str
    removed: tuple[Removed, ...]
    warning: str = ""  # why the body found may not be the article ("" when it is clear)
    published: date | None = None  # an HTML page's own publication date (its metadata)


def _norm(line: str) -> str:
    if "  " in line or "\t" in line or "\u00a0" in line or "\u2009" in line or "\u200b" in line:
        return _SPACE.sub(" ", line).strip()
    return line.strip()  # every run of _SPACE is one " ": the substitution would change nothing


_NON_WORD = re.compile(r"\W+")


@lru_cache(maxsize=4096)
def _key(line: str) -> str:
    return _NON_WORD.sub(" ", line).strip().lower()


# The furniture rules as one pattern of named alternatives, tried in order at the line's start:
# the first alternative that matches is the first rule that matches, so one match call names it.
_ANY_FURNITURE = re.compile(
    "|".join(
        f"(?P<r{k}>(?i:{rule.pattern}))"
        if rule.flags & re.IGNORECASE
        else f"(?P<r{k}>{rule.pattern})"
        for k, (_, rule) in enumerate(_FURNITURE)
    )
)


# Furniture found anywhere in a line, not at its start (English web pages): each rule asked only
# of a line whose lower-case text holds one of its words, since a pattern that may match after
# any of a line's first hundreds of characters costs a scan of each line for each start.
_LATE_FURNITURE = tuple(
    (reason, needles, re.compile(pattern, re.IGNORECASE))
    for reason, needles, pattern in (
        # newsletter forms and paywall boxes: "Sign up for KPRC 2 newsletters to get …",
        # "Morning Money … in your inbox. Email Sign Up By signing up you agree …",
        # "Premium content for only $0.99 … subscribe today. SUBSCRIBE NOW"
        (
            "subscription",
            ("sign up",),
            r"\[?(?:want more [^?]{0,40}\? )?sign up (?:for|here|now|to)\b.{0,200}"
            r"\b(?:newsletters?|inbox|e-?mails?|alerts?|letter)\b.{0,200}$",
        ),
        (
            "subscription",
            ("sign up", "subscri"),
            r".{0,250}\b(?:e-?mail sign up|free sign up|thanks for subscribing|subscribe (?:now|today))\b"
            r".{0,200}$"
            # a newsletter box's last button: "… View Sample Sign Up Now"
            r"|.{0,250}\b(?-i:Sign Up Now)\s*$",
        ),
        # a video's embed code offer: "… 3:08 autoplay autoplay Copy this code to your website or blog"
        ("embed", ("copy this code",), r".{0,300}\bcopy this code to your (?:website|blog|site)\b"),
        # "Join the conversation on Twitter and don't forget to follow us at @Marvel.",
        # "Become a fan … on Facebook at …, follow us on Twitter at @AMNH, …"
        (
            "follow",
            ("follow ",),
            r".{0,150}\bfollow (?:us|him|her|them|me)\b.{0,20}"
            r"(?:@\w|\b(?:on|at) (?:twitter|facebook|instagram|tiktok|x)\b).{0,200}$",
        ),
        # "For a full recap of the night's big winners, click here.", "Click to share on
        # WhatsApp (Opens in new window)", "Tell us in the comments", a form's leftover
        # template ("{* data_emailAddress *}")
        ("promo", ("click ",), r".{0,100}\bclick (?:here|to share)\b.{0,100}$"),
        # the Guardian's related link inside an article, a headline and its button: "What are
        # the true risks of taking cannabis? Read more"
        ("baca-juga", ("read more",), r"(?=.{0,250}$).*\S (?-i:Read more)\s*$"),
        ("promo", ("comments",), r".{0,200}\b(?:tell|let) us (?:know )?in (?:the )?comments\b"),
        ("promo", ("{*",), r".{0,200}\{\*[^{}]{0,60}\*\}"),
        # "Get the news you need to start your day. Sign up for the Up First newsletter.", "…
        # Sign up for The Brief.", "… delivered to your inbox every Friday." (a resident urged
        # "to sign up for AlertHouston" is news: lower case, mid-sentence)
        (
            "subscription",
            ("sign up",),
            r"(?:.{0,200}[.!?] )?(?-i:Sign up) (?:for|to|here)\b[^.]{0,60}\.?$",
        ),
        ("subscription", ("your inbox",), r".{0,250}\b(?:delivered|sent|straight) to your inbox\b"),
        # "Do you have a pet rescue story you want to share? Send it to pets@…", "… Contact us at
        # newstips@kprc2.com."
        (
            "promo",
            ("do you have",),
            r"do you have an? [^?]{1,80}\?.{0,60}\b(?:send|e-?mail|contact|share)\b",
        ),
        ("credit", ("contact us",), r".{0,100}\bcontact us at \S+@\S+"),
        # a fact-check desk's tip line: "Apabila Anda menemukan informasi yang meragukan,
        # kirimkan kepada Tim Cek Fakta … melalui WhatsApp di nomor 0812…"
        ("promo", ("whatsapp",), r".{0,120}\bkirim(?:kan)?\b.{0,100}\bwhatsapp\b.{0,30}\bnomor\b"),
        # An embedded post left as text: a tweet's signature ("… — Wiz Khalifa (@wizkhalifa)
        # June 20, 2017"), its picture link, an Instagram post's line
        (
            "embed",
            ("(@",),
            r".{0,400}[—–-] [^—–]{1,80}\(@\w{1,30}\) " + _MONTH + r" \d{1,2},? \d{4}\s*$",
        ),
        ("embed", ("pic.twitter.com",), r".{0,400}\bpic\.twitter\.com/\w+"),
        ("embed", ("a post shared by",), r".{0,400}\ba post shared by .{0,80}\(@[\w.]+\)"),
    )
)
# ... and at a line's start: a tweet quoted by its handle ("@unsulk: I stand corrected …",
# ".@GOPoversight is going to …"), a link alone on a line, a player's markup ('poster="http…')
_EMBED_START = re.compile(r"\.?@\w{1,30}(?::| is\b)|(?:https?://\S+\s*)+$|\w+=\"https?://", re.I)


# A line opened by a rule of two or more dashes or equals signs: read without them.
_DECORATED = frozenset(a + b for a in "-–—=_" for b in "-–—=_")


def _reason(line: str) -> str:
    """The furniture rule a line matches, or "" (the first of _FURNITURE's rules that matches;
    else "caption" when _CAPTION or _PHOTO_CREDIT finds one, both asked only of lines that
    hold a character every match of theirs needs)."""
    if line[:2] in _DECORATED:  # "--------- Sign up for Denver7 email alerts …" (s22)
        line = line.lstrip("-–—=_ ") or line
    found = _ANY_FURNITURE.match(line)
    if found:
        return _FURNITURE[int(str(found.lastgroup)[1:])][0]
    low = line.lower()
    for reason, needles, rule in _LATE_FURNITURE:
        if any(needle in low for needle in needles) and rule.match(line):
            return reason
    if ("@" in line or "http" in low) and _EMBED_START.match(line):
        return "embed"
    if "/" in line and _CAPTION.search(line):
        return "caption"
    if any(needed in line and rule.search(line) for needed, rule in _PHOTO_CREDIT_PARTS):
        return "caption"
    # "mandatory credit": in ASCII text the case-blind match compares lower-cased letters
    if (not line.isascii() or "mandatory credit" in line.lower()) and _MANDATORY_CREDIT.search(
        line
    ):
        return "caption"
    return ""


@lru_cache(maxsize=LINE_CACHE)
def _line(text: str) -> Line:
    """A normalized line classed (``classify`` with its furniture rule): a pure function of the
    line, cached, since pages repeat lines (menus, footers, banners; reprints repeat bodies)."""
    return classify(text, _reason(text))


@lru_cache(maxsize=LINE_CACHE)
def _page_line(raw: str) -> Line | None:
    """A line of the page as given, normalized and classed; None when it is blank."""
    text = _norm(raw)
    return _line(text) if text else None


_BARE_LABEL = re.compile(
    r"^(?:(?:baca|lihat|simak)(?: juga| pula)?|related (?:article|story|coverage|content))\s*:?\s*$"
    rf"|^{_RELATED_HEADING}\s*$",
    re.IGNORECASE,
)


_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?\"”’:;,]\s*$")


def _link_titles(lines: list[Line]) -> list[Line]:
    """A "Baca juga:" or "Lihat Juga :" alone on its line labels the lines under it, linked
    stories' headlines: those lines are the links' furniture too, not headings inside the body."""
    out = list(lines)
    for i in range(len(out) - 1):
        if out[i].reason == "baca-juga" and _BARE_LABEL.match(out[i].text):
            k = i + 1
            while k < len(out) and _LIST_MARK.match(out[k].text):
                k += 1  # Al Jazeera: "list of 3 items", "list 1 of 3"
            while k < len(out) and (
                out[k].kind == "heading"
                or (out[k].kind == "text" and out[k].text[0] in "-•*")
                # a headline in sentence case, as AP lists its related coverage
                or (out[k].kind == "text" and not _ENDS_LIKE_A_SENTENCE.search(out[k].text))
            ):
                out[k] = Line(out[k].text, "furniture", out[k].words, "baca-juga")
                k += 1
                while k < len(out) and _LIST_MARK.match(out[k].text):
                    k += 1  # Al Jazeera numbers its list's items: "list 2 of 3"
    for i in range(len(out) - 1):
        after = out[i + 1].text
        if out[i].kind == "furniture":
            continue
        if _TOGGLE_CAPTION.match(after):
            # NPR: "Enlarge this image", the caption, "toggle caption", the credit
            out[i] = Line(out[i].text, "furniture", out[i].words, "caption")
        elif _DURATION.match(after) and not _ENDS_LIKE_A_SENTENCE.search(out[i].text):
            # a video player's list: each video's title over its length ("01:46")
            out[i] = Line(out[i].text, "furniture", out[i].words, "video")
    return out


_LIST_MARK = re.compile(r"^(?:list of \d+ items|list \d+ of \d+|end of list)\s*$", re.IGNORECASE)
_TOGGLE_CAPTION = re.compile(r"^toggle caption\s*$", re.IGNORECASE)
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _names_no_page(text: str) -> bool:
    """A date, a byline, a credit or a prompt: never the page's title."""
    return bool(_DATE_LINE.search(text) or _NOT_A_TITLE.search(text) or _PROMPT.search(text))


def _title_like(line: Line) -> bool:
    """A headline-like line that could be the page's title."""
    return line.kind == "heading" and 3 <= line.words <= 25 and not _names_no_page(line.text)


def _find_title(lines: list[Line], start: int) -> str:
    """The headline: among the headline-like lines just before the body, the one printed twice on
    the page, else the nearest; else the page's first line if it reads like a headline."""
    counts: dict[str, int] = {}
    for line in lines:
        key = _key(line.text)
        counts[key] = counts.get(key, 0) + 1
    window = [line for line in lines[max(0, start - 12) : start] if _title_like(line)]
    # An English headline in sentence case ("Nebraska grain elevator collapse injures 4 workers
    # and spills tons of corn") reads as a line of text, and a share menu may stand between it
    # and the body: the longest such line a little further up, when no headline-like line is
    # printed twice or stands longer; but when another candidate stands right above it, that
    # one is the headline and the longest the deck under it (a Guardian standfirst).
    above = max(0, start - 25)
    sentence_case = [
        (k, line)
        for k, line in enumerate(lines[above:start], above)
        if line.kind == "text"
        and 8 <= line.words <= 25
        and line.text[:1].isupper()
        and not _ENDS_LIKE_A_SENTENCE.search(line.text)
        and not _names_no_page(line.text)
    ]
    if sentence_case and not any(counts[_key(x.text)] > 1 for x in window):
        k, longest = max(sentence_case, key=lambda p: (p[1].words, -p[0]))
        if k and (_title_like(lines[k - 1]) or any(j == k - 1 for j, _ in sentence_case)):
            return lines[k - 1].text
        if not window or longest.words > max(x.words for x in window):
            return longest.text
    # A headline of six words or more a little further up beats short lines nearer the body
    # (a match report's scorers and stadium, "Stadion Jaya Raya, Lebakjaya"; an app's buttons
    # between the headline and the text)
    if not any(counts[_key(x.text)] > 1 for x in window) and all(x.words <= 4 for x in window):
        wide = [x for x in lines[max(0, start - 25) : start] if _title_like(x) and x.words >= 6]
        if wide:
            return wide[-1].text
    if not window:
        # As before the body finder: the page's first line, when it reads like a headline.
        first = next((x for x in lines[:start] if x.kind != "furniture"), None)
        if first is None or first.kind != "heading" or _names_no_page(first.text):
            return ""  # a prompt, a date ("April 10th, 2016"), a byline: no headline
        return first.text
    # Printed twice (page top and above the article), else the nearest to the body.
    best = max(enumerate(window), key=lambda p: (counts[_key(p[1].text)] > 1, p[0]))
    return best[1].text


_BYLINE_START = re.compile(r"^(?:by|oleh)\s+(?-i:[A-Z])", re.IGNORECASE)


def _after_deck(lines: list[Line], start: int, end: int, title: str) -> int:
    """Where the article starts when the block opens with the headline's deck (its one-sentence
    summary) and a caption above the byline and the date (Politico, Al Jazeera): the headline
    stands right above the block, a byline or a date line follows within four lines, and prose
    goes on after it; else ``start``."""
    if not start or _key(lines[start - 1].text) != _key(title) or lines[start].words > 60:
        return start
    head = next(
        (
            k
            for k in range(start + 1, min(start + 3, end))
            if lines[k].words <= 12
            and (
                _BYLINE_START.match(lines[k].text)
                or (lines[k].kind == "furniture" and _DATE_LINE.search(lines[k].text))
            )
        ),
        None,
    )
    # between the deck and the byline, a caption at most (not a second paragraph of prose)
    if head is None or any(lines[k].kind == "prose" for k in range(start + 1, head)):
        return start
    prose = [k for k in range(head + 1, end) if lines[k].kind == "prose"]
    return prose[0] if len(prose) >= 2 else start


def clean_text(
    text: str, *, title_hint: str = "", outlet_hint: str = "", url: str = ""
) -> CleanedPage:
    """Clean one flat-text page; idempotent: cleaning a cleaned body changes nothing. ``url``:
    where the page was published, whose outlet may open it as a dateline ("Rimanews - ...")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    raw = _DROP_CAP.sub(r"\n\1", "\n" + text)[1:].split("\n")  # a drop cap joins its word
    lines = _link_titles([line for line in map(_page_line, raw) if line is not None])
    outlet = canonical_outlet(outlet_hint) if outlet_hint else ""
    for line in lines:
        footer = _credit_footer(line.text)
        if footer:
            outlet = outlet or canonical_outlet(footer.group("outlet"))
    start, end, score = best_block(lines)
    page_words = sum(x.words for x in lines)
    title = _norm(title_hint) or _find_title(lines, start if end else len(lines))
    if end and title:
        start = _after_deck(lines, start, end, title)
    removed: list[Removed] = []
    place = ""
    found_outlet = ""
    if end and start and (dateline := standalone_dateline(lines[start - 1].text)):
        found_outlet, place = canonical_outlet(dateline[0]) if dateline[0] else "", dateline[1]
    removed.extend(_outside(lines[:start], title, dateline_at=start - 1 if place else -1))
    kept: list[str] = []
    for line in lines[start:end]:
        opening = standalone_dateline(line.text) if not place and len(kept) < 3 else None
        if opening:
            # "Jakarta -" on its own line opens the article: what came before is a lead or caption.
            removed.extend(Removed(x, "lead") for x in kept)
            kept.clear()
            found_outlet = canonical_outlet(opening[0]) if opening[0] else ""
            place = opening[1]
            removed.append(Removed(line.text, "dateline"))
            continue
        if line.kind == "prose" or line.kind == "text":
            if _key(line.text) == _key(title):
                removed.append(Removed(line.text, "title"))
            else:
                kept.append(line.text)
        else:
            removed.append(
                Removed(
                    line.text,
                    line.reason or ("title" if _key(line.text) == _key(title) else "heading"),
                )
            )
    removed.extend(_outside(lines[end:], title))
    body_lines, first_place, more = _dateline_and_duplicates(
        kept, outlet or outlet_from_url(url), site_label(url)
    )
    place = place or first_place
    removed.extend(more)
    found_outlet = found_outlet or next((r.text for r in more if r.reason == "outlet"), "")
    removed = [r for r in removed if r.reason != "outlet"]
    if body_lines:
        last = _INITIALS.search(body_lines[-1])
        if last:
            removed.append(Removed(last.group(0).strip(), "editor-initials"))
            body_lines[-1] = body_lines[-1][: last.start()].rstrip()
    body = "\n\n".join(x for x in body_lines if x)
    return CleanedPage(
        body=body,
        title=title if _norm(title_hint) else shown_title(title, body),
        outlet=outlet or found_outlet,
        place=place,
        removed=tuple(removed),
        warning=doubt(body, page_words, score),
    )


# A drop cap set on a line of its own ("T", then "he most likely person to replace …"; "B", then
# "agi kamu penikmat kopi …"): the letter, the line breaks and blank lines up to its word.
# (Read after a line break, the text's first line too: a literal first character lets the regex
# engine skip to each line break, where "^" with MULTILINE tried every position.)
_DROP_CAP = re.compile(r"\n[ \t]*([A-Z])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[a-z])")


# A label a page sets before its first highlight, glued to it as one heading (CNN's "Story
# highlights …"): no word of a title.
_TITLE_LABEL = re.compile(r"^story highlights\s+(?=\S)", re.IGNORECASE)
# A credit, a copyright line, a link: what a caption, a footer or a player prints, no headline.
_NO_HEADLINE = re.compile(
    r"^(?:copyright\b|©|photo(?:graph)?s? by\b|warning\s*:"
    r"|this (?:story|article|post) (?:is|was|has been) updated\b)|https?://|\bwww\.",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")


def shown_title(title: str, body: str) -> str:
    """The title found in a page's text as a reader is shown it, or "" when it heads no article.
    The line above a body is often something else: a section's or a site's name ("Features",
    "Politics", "Harvard Law Record"), a caption's credit ("Photograph by …", "Copyright Marvel
    Comics", "Getty"), a prompt ("Welcome back. Please sign in", "Add a location to your
    Tweets"), a viewer's warning, a salutation ("To our community,"), a report's lead under its
    dateline ("Padang (ANTARA News) - Kereta api …"). A headline has three words or more, ends in
    no comma or colon, and at least two of its words and a quarter of them (stopwords aside,
    compared by their first four letters) stand in the body it heads: a headline may say it in
    other words ("Walau Kena Covid-19, Donald Trump Masih Berbahaya …" over a report on the
    President's emergency satchel), a section's name or a prompt shares none or one. An outlet's
    name before a dash ("Merdeka.com - …") and CNN's "Story highlights" label are no part of it."""
    if not title:
        return ""
    title = _TITLE_LABEL.sub("", title)
    _, place, dateline, rest = split_dateline(title)
    if dateline:
        if place:
            return ""
        title = rest
    if len(title.split()) < 3 or title[-1] in ",:" or _NO_HEADLINE.search(title):
        return ""
    stop = function_words()
    words = {w for w in map(str.lower, _TITLE_WORD.findall(title)) if w not in stop}
    text = body.lower()
    found = sum(_opens_a_word(text, w[:4]) for w in words)
    return title if found >= 2 and 4 * found >= len(words) else ""


def _opens_a_word(text: str, head: str) -> bool:
    """Whether a word of ``text`` begins with ``head``, or is ``head`` when it is a word of three
    letters (substring searches: tokenizing the body cost ~0.1 ms a page)."""
    whole = len(head) < 4
    at = text.find(head)
    while at >= 0:
        end = at + len(head)
        if not (at and text[at - 1].isalpha()) and not (whole and text[end : end + 1].isalpha()):
            return True
        at = text.find(head, at + 1)
    return False


def doubt(body: str, page_words: int, score: float) -> str:
    """A body of little running prose on a page of much other text may be a teaser or a caption
    picked from the furniture: say so rather than summarize it as if it were the article."""
    words = len(body.split())
    if body and score < WEAK_BODY_WORDS and page_words > 4 * max(words, 1):
        return (
            f"article body uncertain: only {words} words of running prose found on a page of "
            f"{page_words} words; check what was removed with --show-removed"
        )
    return ""


def _outside(lines: list[Line], title: str, dateline_at: int = -1) -> list[Removed]:
    """Lines outside the body: the title, dateline, credit and editor initials each with their
    reason; a related section (its header and the lists after it) as one piece; other runs of
    menus and lists merged into one piece each, or named by their own rule."""
    out: list[Removed] = []
    run: list[str] = []
    related = ""  # the section the lines are in: "related-section", "comments" or none

    def flush() -> None:
        if run:
            out.append(Removed("\n".join(run), related or "outside-body"))
            run.clear()

    for i, line in enumerate(lines):
        reason = ""
        if _credit_footer(line.text):
            reason = "credit"
        elif i == dateline_at:
            reason = "dateline"
        elif title and _key(line.text) == _key(title):
            reason = "title"
        elif _INITIALS_LINE.match(line.text):
            reason = "editor-initials"
        if line.kind == "section":
            flush()
            related = line.reason or "related-section"
        elif reason:
            flush()
            related = ""
        elif not related:
            reason = line.reason
        if reason:
            flush()
            out.append(Removed(line.text, reason))
        else:
            run.append(line.text)
    flush()
    return out


# A label an outlet sets before an updated article's lead (s20): Newsweek's "Updated | When the
# first humans left Africa …". Only before a capitalised word, in the article's first lines.
_UPDATED_LABEL = re.compile(r"^(?:Updated|UPDATED|Update|UPDATE)\s*\|\s*(?=[A-Z\"“])")


def _dateline_and_duplicates(
    lines: list[str], own_outlet: str = "", site: str = ""
) -> tuple[list[str], str, list[Removed]]:
    """Strip the dateline (recording outlet and place) and drop repeated lines, keeping the last
    copy. ``own_outlet``: the page's outlet, known from its feed or address."""
    removed: list[Removed] = []
    place = ""
    out: list[str] = []
    seen_dateline = False
    opening = 0
    for i, line in enumerate(lines):
        # A dateline opens the article: look only at its first lines, and take only one.
        if seen_dateline or i >= 3:
            out.append(line)
            continue
        stamp = _UPDATED_LABEL.match(line)
        if stamp:  # the label before the lead, then perhaps a dateline after it
            removed.append(Removed(stamp.group(0).strip(), "update-label"))
            line = line[stamp.end() :]
        found, where, dateline, rest = split_dateline(line, own_outlet, site)
        if dateline:
            seen_dateline = True
            removed.append(Removed(dateline.strip(), "dateline"))
            if found:
                removed.append(Removed(found, "outlet"))
            place = where
            line = rest.strip()
            opening = i
        out.append(line)
    keys = [_key(x) for x in out]
    kept: list[str] = []
    for i, line in enumerate(out):
        later = keys[i + 1 :]
        # A teaser or caption repeated later (often once bare, once behind the dateline): keep the last.
        if keys[i] and any(k == keys[i] or (len(keys[i]) > 40 and keys[i] in k) for k in later):
            removed.append(Removed(line, "duplicate"))
            continue
        if i < opening:
            # The dateline opens the article: prose before it is a lead teaser or a photo caption.
            removed.append(Removed(line, "lead"))
            continue
        kept.append(line)
    return kept, place, removed
