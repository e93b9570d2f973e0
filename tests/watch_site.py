"""A small news site for `ringkas watch` tests and benchmarks: feeds and pages of four invented
outlets, served by a threading http.server on loopback (port 0). All text is invented."""

from __future__ import annotations

import contextlib
import hashlib
import html
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# ---------- invented articles: two events, several outlets ----------

FLOOD = [
    "Banjir bandang melanda Kecamatan Tarogong Kidul, Kabupaten Garut, Jawa Barat, setelah hujan "
    "deras mengguyur kawasan hulu Sungai Cimanuk sejak sore. Ratusan rumah warga terendam lumpur.",
    "Kepala Pelaksana BPBD Garut Satria Budiman mengatakan sedikitnya 412 rumah terdampak dan 87 "
    "keluarga mengungsi ke masjid dan sekolah terdekat. Petugas masih mendata kerusakan.",
    "Menurut Satria Budiman, luapan Sungai Cimanuk membawa batang kayu dan material lumpur yang "
    "menutup jalan desa. Alat berat dikerahkan untuk membuka akses ke permukiman warga.",
    "Warga Tarogong Kidul, Eneng Sumarni, mengatakan air naik dengan cepat menjelang magrib. "
    "Ia bersama anak-anaknya menyelamatkan diri ke rumah kerabat di dataran yang lebih tinggi.",
    "Pemerintah Kabupaten Garut menetapkan status tanggap darurat selama tujuh hari. Dapur umum "
    "didirikan di halaman kantor kecamatan untuk melayani para pengungsi.",
]
QUAKE = [
    "Gempa bumi bermagnitudo 5,2 mengguncang Kabupaten Sumba Barat, Nusa Tenggara Timur. "
    "Guncangan dirasakan cukup kuat oleh warga Waikabubak selama beberapa detik.",
    "Kepala Stasiun Geofisika Kupang Rahmat Hidayatullah menjelaskan pusat gempa berada di laut, "
    "sekitar 34 kilometer barat daya Waikabubak, pada kedalaman 18 kilometer.",
    "Menurut Rahmat Hidayatullah, gempa tersebut tidak berpotensi tsunami. BMKG mencatat tiga "
    "gempa susulan dengan magnitudo lebih kecil hingga malam hari.",
    "BPBD Sumba Barat melaporkan dua bangunan sekolah mengalami retak ringan di dinding. Tidak "
    "ada korban jiwa dalam peristiwa tersebut, dan warga diminta tetap tenang.",
]
ENGLISH = [
    "A flash flood swept through a district of Garut regency in West Java after heavy rain, "
    "officials said on Monday, forcing dozens of families to leave their homes.",
    "The local disaster agency said hundreds of houses were damaged and that heavy machinery "
    "had been sent to clear the roads, which were covered with mud and fallen trees.",
    "Residents told reporters that the water rose within minutes and that they had little time "
    "to save their belongings before fleeing to higher ground nearby.",
]


def _vary(paragraphs: list[str], outlet: int) -> list[str]:
    """Each outlet words the story its own way: a different order and a closing line."""
    body = paragraphs[outlet % len(paragraphs) :] + paragraphs[: outlet % len(paragraphs)]
    closing = [
        "Hingga berita ini diturunkan, petugas gabungan masih berjaga di lokasi kejadian.",
        "Warga diminta terus memantau informasi resmi dari pemerintah daerah setempat.",
        "Bantuan logistik dari pemerintah provinsi dijadwalkan tiba dalam waktu dekat.",
        "Aparat desa bersama relawan membantu membersihkan rumah ibadah dan sekolah.",
    ]
    return [*body, closing[outlet % len(closing)]]


def antara_page(title: str, paragraphs: list[str], place: str) -> str:
    text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    first = f"{place} (ANTARA) - "
    return (
        f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{html.escape(title)}"
        "</title></head><body><header><nav><a href='/'>Terkini</a> <a href='/politik'>Politik</a>"
        f"</nav></header><main><article class='post-content'><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(first)}{text[3:]}<p>Baca juga: Harga cabai naik jelang akhir tahun</p>"
        "</article></main><footer>Hak cipta ANTARA 2026</footer></body></html>"
    )


def detik_page(title: str, paragraphs: list[str], published: str) -> str:
    text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        f"<meta property='article:published_time' content='{published}'>"
        f"<title>{html.escape(title)}</title></head><body><div class='detail'>"
        f"<h1 class='detail__title'>{html.escape(title)}</h1><div class='detail__date'>detikNews"
        f"</div><div class='detail__body-text itp_bodycontent'>{text}<p>ADVERTISEMENT</p>"
        "<p>SCROLL TO CONTINUE WITH CONTENT</p></div></div></body></html>"
    )


def kompas_page(title: str, paragraphs: list[str], published: str) -> str:
    text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "%s"}'
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        f"<script type='application/ld+json'>{ld % published}</script>"
        f"<title>{html.escape(title)}</title></head><body><div class='read__header'><h1>"
        f"{html.escape(title)}</h1></div><div class='read__content'>{text}"
        "<p><strong>Baca juga:</strong> Cuaca ekstrem diprediksi hingga akhir pekan</p>"
        "</div><div class='read__related'>Berita terkait</div></body></html>"
    )


def tempo_page(title: str, paragraphs: list[str], dateline: str) -> str:
    text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body><section id='article'>"
        f"<h1>{html.escape(title)}</h1><div class='detail-in'><p>{html.escape(dateline)} - "
        f"{html.escape(paragraphs[0])}</p>{text}</div></section></body></html>"
    )


@dataclass(frozen=True)
class Page:
    path: str
    body: str
    event: str  # "flood", "quake" or "" (not an article that should be stored)


def good_pages() -> list[Page]:
    """The pages that should each become one stored article (event: which story)."""
    return [
        Page(
            "/antara/banjir-garut",
            antara_page("Banjir bandang terjang Tarogong Kidul Garut", _vary(FLOOD, 0), "Garut"),
            "flood",
        ),
        Page(
            "/antara/gempa-sumba",
            antara_page("Gempa magnitudo 5,2 guncang Sumba Barat", _vary(QUAKE, 0), "Waikabubak"),
            "quake",
        ),
        Page(
            "/detik/banjir-bandang-garut",
            detik_page(
                "Banjir Bandang Terjang Garut, 412 Rumah Terdampak",
                _vary(FLOOD, 1),
                "2026-11-30T19:20:00+07:00",
            ),
            "flood",
        ),
        Page(
            "/kompas/read/banjir-garut",
            kompas_page(
                "Banjir Bandang di Garut, 87 Keluarga Mengungsi",
                _vary(FLOOD, 2),
                "2026-11-30T20:05:00+07:00",
            ),
            "flood",
        ),
        Page(
            "/kompas/read/gempa-sumba-barat",
            kompas_page(
                "Gempa M 5,2 Guncang Sumba Barat, Tidak Berpotensi Tsunami",
                _vary(QUAKE, 1),
                "2026-12-01T09:10:00+08:00",
            ),
            "quake",
        ),
        Page(
            "/tempo/banjir-garut",
            tempo_page(
                "Banjir Bandang Garut: Status Tanggap Darurat Tujuh Hari",
                _vary(FLOOD, 3),
                "Garut, Senin (30/11/2026)",
            ),
            "flood",
        ),
        Page(
            "/tempo/gempa-sumba",
            tempo_page(
                "Sekolah Retak Akibat Gempa Sumba Barat",
                _vary(QUAKE, 2),
                "Waikabubak, Selasa (1/12/2026)",
            ),
            "quake",
        ),
    ]


def rss(items: list[tuple[str, str, str]]) -> str:
    """RSS 2.0: (path or URL, title, pubDate or "")."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(u)}</link>"
        + (f"<pubDate>{d}</pubDate>" if d else "")
        + "</item>"
        for u, t, d in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"<title>Berita</title><link>/</link>{entries}</channel></rss>"
    )


def atom(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<entry><title>{html.escape(t)}</title><link href='{html.escape(u)}'/>"
        f"<id>{html.escape(u)}</id></entry>"
        for u, t in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>detikNews</title><id>urn:detik</id>{entries}</feed>"
    )


def news_sitemap(items: list[tuple[str, str, str]]) -> str:
    urls = "".join(
        f"<url><loc>{html.escape(u)}</loc><news:news><news:publication><news:name>Kompas"
        "</news:name><news:language>id</news:language></news:publication>"
        f"<news:publication_date>{d}</news:publication_date><news:title>{html.escape(t)}"
        "</news:title></news:news></url>"
        for u, t, d in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><urlset "
        "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
        f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>"
    )


# ---------- the server ----------


@dataclass
class Site:
    """Routes (path → (status, content type, body)), special endpoints, and a request log."""

    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)  # unblocks /slow and /hold
    hold_hit: threading.Event = field(default_factory=threading.Event)
    hold_armed: bool = True
    big_bytes: int = 20_000_000
    lock: threading.Lock = field(default_factory=threading.Lock)
    # (path, status, count) → an Event set once that answer has been given count times
    waits: dict[tuple[str, int, int], threading.Event] = field(default_factory=dict)

    def when(self, path: str, status: int, count: int) -> threading.Event:
        """An Event set when ``path`` has been answered with ``status`` ``count`` times."""
        with self.lock:
            return self.waits.setdefault((path, status, count), threading.Event())

    def add(self, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = (200, content_type, body.encode("utf-8"))

    def requests(self, prefix: str = "") -> list[tuple[str, int]]:
        with self.lock:
            return [(p, s) for p, s in self.log if p.startswith(prefix)]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body are two writes: without this, Nagle + delayed ACK stall each
        # keep-alive response by ~40 ms.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def _note(self, status: int) -> None:
            with site.lock:
                site.log.append((self.path, status))
                seen = site.log.count((self.path, status))
                for (path, code, count), event in site.waits.items():
                    if path == self.path and code == status and seen >= count:
                        event.set()

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self._note(status)
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path
            special: dict[str, Callable[[], None]] = {
                "/slow": self._slow,
                "/hold": self._hold,
                "/big": self._big,
                "/error": lambda: self._send(500, b"Internal Server Error"),
                "/loop": lambda: self._send(302, b"", {"Location": "/loop-b"}),
                "/loop-b": lambda: self._send(302, b"", {"Location": "/loop"}),
            }
            if path in special:
                special[path]()
                return
            if path not in site.routes:
                self._send(404, b"not found", {"Content-Type": "text/plain"})
                return
            status, content_type, body = site.routes[path]
            if status in (301, 302):
                self._send(status, b"", {"Location": body.decode()})
                return
            if status != 200:
                self._send(status, body, {"Content-Type": content_type})
                return
            etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
                return
            self._send(status, body, {"Content-Type": content_type, "ETag": etag})

        def _slow(self) -> None:
            # Answers only when the test lets it (teardown): always past the client's timeout.
            self._note(0)
            site.release.wait(60)
            self._send_quietly(200, b"<html><body><p>terlambat</p></body></html>")

        def _hold(self) -> None:
            if site.hold_armed:
                self._note(0)
                site.hold_hit.set()
                site.release.wait(60)
            self._send_quietly(200, HOLD_PAGE.encode("utf-8"), {"Content-Type": "text/html"})

        def _send_quietly(
            self, status: int, body: bytes, headers: dict[str, str] | None = None
        ) -> None:
            with contextlib.suppress(OSError):  # the client gave up (timeout) or was killed
                self._send(status, body, headers)

        def _big(self) -> None:
            # 20 MB of HTML, generated as it is sent; the client stops reading past its cap.
            self._note(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"kata " * 13106 + b"</p>\n"
            sent = 0
            try:
                self.wfile.write(b"<html><body>")
                while sent < site.big_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass
            self.close_connection = True

    return Handler


HOLD_PAGE = tempo_page(
    "Relawan Bantu Warga Garut Bersihkan Lumpur",
    _vary(FLOOD, 4),
    "Garut, Senin (30/11/2026)",
)


class Server:
    """The site on 127.0.0.1, port 0, in a daemon thread; a context manager."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self.site.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
