"""Invented Indonesian sentences for property tests (written for this project, not copied)."""

from __future__ import annotations

from ringkas.model import Article

# Three invented events; each sentence is one an outlet might print. Mixed so a cluster has
# corroborated statements (same fact, different wording) and outlet-only details.
SENTENCES = (
    "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju, Kabupaten Cirebon, pada Sabtu (12/4/2025).",
    "Ratusan rumah di Kecamatan Sukamaju terendam banjir setelah hujan deras turun sejak Jumat malam.",
    "Ketinggian air mencapai satu meter di beberapa titik permukiman warga.",
    "Badan Penanggulangan Bencana Daerah (BPBD) Cirebon mengerahkan perahu karet untuk mengevakuasi warga.",
    "Petugas BPBD mengevakuasi warga lanjut usia dan anak-anak menggunakan perahu karet.",
    "Kepala BPBD Cirebon, Ahmad Fauzi, mengatakan tidak ada korban jiwa dalam peristiwa tersebut.",
    "Menurut Ahmad Fauzi, seluruh warga terdampak telah dipindahkan ke posko pengungsian di balai desa.",
    "Sebanyak 1.250 jiwa mengungsi ke balai desa dan masjid terdekat.",
    "Pemerintah daerah menyalurkan bantuan makanan siap saji, selimut, dan air bersih kepada pengungsi.",
    "Warga berharap pemerintah segera memperbaiki tanggul sungai yang jebol.",
    "Tanggul Sungai Cimanuk jebol sepanjang 20 meter akibat derasnya arus air.",
    "Dinas Pekerjaan Umum berjanji memperbaiki tanggul dalam waktu dua pekan.",
    "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram.",
    "Pedagang menyebut kenaikan harga cabai dipicu oleh pasokan yang berkurang akibat cuaca buruk.",
    "Kementerian Perdagangan akan menggelar operasi pasar untuk menstabilkan harga.",
)

OUTLETS = ("kabarsatu.id", "warta-nusa.com", "harianpagi.co.id", "beritakita.net")


def article(i: int, indices: list[int], outlet_index: int) -> Article:
    body = "\n\n".join(SENTENCES[k] for k in indices)
    return Article(id=f"art-{i:02d}", body=body, outlet=OUTLETS[outlet_index % len(OUTLETS)])
