"""People, places and organisations: capitalised spans counted across outlets, aliases merged.

No offline Indonesian NER exists (DEPENDENCIES.md: stanza, flair, nlp-id's tagger all download
models at run time). A capitalised word that the cluster also prints in lower case is a common
word at the start of a sentence, not a name; titles before a span mark a person; "di/ke/dari"
before it mark a place; institution words mark an organisation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from ringkas.facts.dates import CALENDAR_WORDS, EN_MONTHS, EN_WEEKDAYS
from ringkas.facts.spelling import misspellings, without_accents
from ringkas.model import Article, Entity, Sentence
from ringkas.text.abbreviations import RANKS
from ringkas.text.ascii import ascii_twin
from ringkas.text.tokens import (
    function_words,
    has_digit,
    in_dictionary,
    indonesian_word,
    stem,
    stopwords,
)

# Common Indonesian news aliases → canonical name.
ALIASES = {
    "korut": "Korea Utara", "korsel": "Korea Selatan", "as": "Amerika Serikat",
    "amerika": "Amerika Serikat", "ri": "Indonesia", "cina": "Tiongkok", "china": "Tiongkok",
    "rrt": "Tiongkok", "kemlu": "Kementerian Luar Negeri", "jokowi": "Joko Widodo",
    "sby": "Susilo Bambang Yudhoyono", "ahok": "Basuki Tjahaja Purnama",
    "setnov": "Setya Novanto", "gus dur": "Abdurrahman Wahid", "pbb": "Perserikatan Bangsa-Bangsa",
    "kcna": "KCNA", "korea central news agency": "KCNA", "kantor berita pusat korea": "KCNA",
    "kantor berita pusat korea utara": "KCNA", "uni soviet": "Uni Soviet", "dki": "DKI Jakarta",
    "bmkg": "BMKG", "bnpb": "BNPB", "bpbd": "BPBD", "polri": "Polri", "tni": "TNI", "kpk": "KPK",
    # s30: one country, two names in one cluster ("Ceko" and "Republik Ceska" in a football
    # report; "Rusia" and "Federasi Rusia"; "Arab Saudi" and "Saudi")
    "ceko": "Ceko", "ceska": "Ceko", "republik ceko": "Ceko", "republik ceska": "Ceko",
    "federasi rusia": "Rusia", "saudi": "Arab Saudi", "britania raya": "Inggris",
    "inggris raya": "Inggris", "uea": "Uni Emirat Arab",
}  # fmt: skip
_TITLES = (
    frozenset(
        [
            "presiden",
            "wakil",
            "menteri",
            "menlu",
            "mendagri",
            "pemimpin",
            "juru",
            "bicara",
            "jubir",
            "kepala",
            "ketua",
            "gubernur",
            "bupati",
            "walikota",
            "wali",
            "kota",
            "direktur",
            "sekretaris",
            "jenderal",
            "profesor",
            "prof",
            "dr",
            "ir",
            "pak",
            "bu",
            "bapak",
            "ibu",
            "ajudan",
            "asisten",
            "kapolri",
            "kapolda",
            "komandan",
            "kapolres",
            "panglima",
            "perdana",
            "raja",
            "ratu",
            "pangeran",
            "tertinggi",
            "senior",
            "analis",
            "dirut",
            "kakak",
            "adik",
            "kakek",
            "nenek",
            "anggota",
            # more ranks than text.abbreviations.RANKS (spelled out, never abbreviated: no period
            # follows them) and forms of address ("Kombes Pol Argo Yuwono", "Saudara ...")
            "pol",
            "brigjend",
            "briptu",
            "brigadir",
            "kapten",
            "marsekal",
            "laksamana",
            "kolonel",
            "saudara",
            "sdr",
            "hj",
            "kh",
            "ustaz",
            "ustadz",
            # roles before a name (s18: "Perwakilan Jose Mourinho", "Ketua Umum Partai Demokrat
            # Hinca Panjaitan"); not "pelatih", "manajer", "peneliti", which stand before a club
            # or an institute more often than before a name ("Pelatih Persib Djadjang …")
            "umum",
            "pengamat",
            "perwakilan",
            "pengacara",
            "sekjen",
            "ketum",
            "kapolsek",
            "dirjen",
            "wamen",
            "wagub",
            "wabup",
            "camat",
            "lurah",
            "inspektur",
            # s20: an envoy and a former holder ("Duta Besar Luar Biasa …", "Mantan Wali Kota
            # Blitar …" were names)
            "duta",
            "besar",
            "dubes",
            "mantan",
            "eks",
            "bekas",  # s28: "Bekas Ketua DPP Yorrys Raweyai" was one name
            "coach",  # s28: "Coach Milla", as Indonesian sports news writes it
            # s23: a police rank spelled out, an acting holder, a deputy ("Komisaris Besar Yusri
            # Yunus", "Pelaksana Tugas Gubernur …", "Deputi Bidang …" were names)
            "komisaris",
            "pelaksana",
            "tugas",
            "deputi",
            # s24: "Komisioner KPU Ilham Saputra", "Komisioner NBA Adam Silver"
            "komisioner",
            # s26: prosecutors and judges ("Jaksa Irene Putri", "Jaksa Penuntut Umum KPK Ali
            # Fikri", "Hakim Binsar Gultom"; "Jaksa Agung" and "Hakim Agung" are offices of two
            # words, read before the titles); a knight ("Sir Alex Ferguson")
            "jaksa",
            "hakim",
            "penuntut",
            "sir",
            # English forms of address an Indonesian report keeps from its source ("Mr Bankman")
            "mr",
            "mrs",
            "ms",
        ]
    )
    | RANKS
    # s24: ministers by their short titles ("Menkominfo Rudiantara", "Mensos Khofifah", "Menko
    # Polhukam Wiranto" were people of three words)
    | frozenset(
        """menteri mentri menko menkopolhukam menkomaritim menkoperekonomian menkopmk mensos
        menkominfo menpora menhub mendikbud menristekdikti menristek menpan menpanrb menpar
        menhan menaker menkumham menag menkeu menkes mendag menperin menlhk menkp menpupr
        mendes mentan menpppa menparekraf menkop menkopukm menesdm menbumn""".split()
    )
)
_ORG_WORDS = frozenset(
    [
        "kementerian",
        "badan",
        "kantor",
        "universitas",
        "university",
        "partai",
        "fraksi",
        "pt",
        # s32: state companies ("Perum Bulog", "Perum Perhutani" were people)
        "perum",
        "perumda",
        "komisi",
        "dinas",
        "pemerintah",
        "lembaga",
        "institut",
        "institute",
        "agency",
        "dewan",
        "mahkamah",
        "pengadilan",
        "kepolisian",
        "korps",  # s28: "Komandan Korps Brimob" was a person
        "polda",
        "polres",
        "bank",
        "news",
        "perusahaan",
        "yayasan",
        "organisasi",
        "pemprov",
        "pemkab",
        "pemkot",
        "dpr",
        "dprd",
        "mpr",
        "kremlin",
        # competitions ("Liga Champions", "Premier League", "Piala Dunia") and bodies
        # ("Perserikatan Bangsa-Bangsa", "Komite Nasional Keselamatan Transportasi")
        "liga",
        "league",
        "serie",  # s29: "Serie A" was a place
        "piala",
        "cup",
        "komite",
        "perserikatan",
        "persatuan",
        "asosiasi",
        "ikatan",
    ]
)
_PLACES = frozenset(
    [
        "indonesia rusia tiongkok jepang vietnam singapura malaysia thailand filipina australia india",
        "    korea utara korea selatan amerika serikat inggris prancis jerman belanda ukraina iran irak suriah",
        "    arab saudi mesir turki jakarta surabaya bandung medan semarang makassar yogyakarta denpasar bali",
        "    papua aceh sumatera jawa kalimantan sulawesi maluku banten moskow washington beijing seoul",
        "    pyongyang hanoi tokyo london paris vladivostok sukabumi garut cianjur bogor depok bekasi tangerang",
        "    semenanjung korea",
    ]
)
# More countries, in their Indonesian names: in an Indonesian cluster they split a run as the
# list above does ("Perdana Menteri Israel Benjamin Netanyahu" → Israel | Benjamin Netanyahu).
# English clusters keep their runs whole ("Israel Defense Forces"); _EN_PLACES gives their kind.
_ID_COUNTRIES = frozenset(
    """israel palestina italia spanyol portugal belgia swiss swedia norwegia denmark finlandia
    polandia yunani austria hungaria kanada meksiko brasil argentina kolombia venezuela peru chile
    pakistan afghanistan bangladesh myanmar kamboja laos brunei mongolia nepal qatar kuwait
    yordania lebanon yaman libya sudan nigeria kenya ethiopia maroko aljazair tunisia somalia
    belarus belarusia kroasia serbia rumania bulgaria ceko slovakia skotlandia irlandia islandia
    monaco eropa afrika asia""".split()
)
# Indonesian provinces and cities that name only a place (never split from the run they stand
# in, as the list above does: "Polda Riau" stays one organisation), for a name's kind.
_ID_PLACES = frozenset(
    """riau jambi lampung bengkulu gorontalo pekanbaru palembang padang batam manado balikpapan
    samarinda pontianak banjarmasin jayapura kupang mataram ambon malang surakarta cirebon
    tasikmalaya serang kendari palu ternate sorong merauke lombok madura sleman bantul karawang
    purwakarta cikarang sidoarjo gresik kediri blitar jember banyuwangi tegal pekalongan
    magelang klaten yerusalem kashmir hawaii florida california texas"""
    # s28: provinces and Jakarta's cities by their short names ("Jatim", "Sumut", "Jaksel": no
    # kind of their own before, and "KPU Jatim Eko Sasmito" read as a person)
    """ jatim jateng jabar sumut sumsel sumbar kaltim kalbar kalsel kalteng kaltara sulsel sulut
    sulteng sultra sulbar babel kepri jakut jaksel jakbar jaktim jakpus""".split()
)
# Indonesian political parties: organisations that no word of their name marks.
_ID_PARTIES = frozenset(
    "gerindra golkar pdip pdi-p pkb pks pan nasdem demokrat hanura ppp perindo psi berkarya".split()
)
_PLACE_SET = frozenset(" ".join(_PLACES).split()) | {
    "korea utara",
    "korea selatan",
    "amerika serikat",
    "arab saudi",
}
_KNOWN_PLACE_WORDS = _PLACE_SET | _ID_PLACES | _ID_COUNTRIES
_NON_ENTITY = (
    frozenset("ktt wib wita wit rt rw hp tv sd smp sma ktp covid rp idr usd nomor no".split())
    | CALENDAR_WORDS
)
# English weekdays and months ("Published Tuesday", "on Sunday, June 3"): never a name. Not
# "May", also a name (Theresa May); alone, as a date, it is a word the cluster also prints in
# lower case ("may"), so no entity anyway.
_EN_NON_ENTITY = frozenset(EN_WEEKDAYS) | frozenset(m for m in EN_MONTHS if len(m) > 3)
# English titles: before a name they mark a person ("Sen.", "Ms."), and inside a capitalised run
# the name is what follows the last of them ("Senate Minority Leader Chuck Schumer" → "Chuck
# Schumer", "Russian President Vladimir Putin" → "Vladimir Putin"); a run that ends in one loses
# it ("Democratic Rep" → "Democratic"). English clusters only, as everything below named _EN_:
# Indonesian clusters keep their rules.
_EN_TITLES = frozenset(
    """president vice prime minister secretary senator sen rep representative congressman
    congresswoman gov governor mayor judge justice chief leader spokesman spokeswoman
    spokesperson director chairman chairwoman ceo commissioner attorney officer detective det
    sgt sergeant lt lieutenant capt captain col colonel adm admiral gen cmdr commander mr mrs ms
    dr prof professor sir lord lady king queen prince princess pope rev reverend sheriff coach
    deputy ambassador envoy speaker administrator chancellor premier treasurer superintendent
    inspector trooper dean provost pastor rabbi imam bishop cardinal consul actress actor singer
    rapper comedian analyst correspondent producer novelist mp mep mla mpp msp councillor
    councilman councilwoman alderman assemblyman assemblywoman pm prosecutor""".split()
)
# A capitalised word made an adjective by its hyphen ("Kickstarter-funded Star Trek",
# "Chicago-based", "Strasbourg-born"): no part of the name after it (s18). Only these endings:
# "Jong-un", "Jae-In" are names.
_EN_HYPHEN_ADJECTIVE = re.compile(
    r"^[A-Z][\w.]*-(?:funded|based|born|led|backed|owned|run|made|style|era|bound|area|wide"
    r"|raised|trained|educated|linked|affiliated|controlled|allied|sponsored|bred)$"
)
# A title made a time's by a hyphen ("President-elect", "then-Governor", "Ex-Senator").
_EN_HYPHEN_TITLE = re.compile(r"^(?:[A-Z]\w*-elect|(?:[Tt]hen|[Ee]x|[Ff]ormer)-[A-Z]\w*)$")
# "General" is a title only right after another ("Attorney General Eric Holder"), never alone:
# "General Motors", "General Electric" are companies.
_EN_TITLE_TAILS = frozenset({"general"})
# Titles that name an office before "'s Office" ("Broward Sheriff's Office"): never a name's end.
_EN_OFFICES = frozenset("sheriff attorney coroner prosecutor marshal governor mayor".split())
# First words of English place names that are also common words: "New York", "North Korea",
# "San Francisco". Elsewhere a capitalised first word the cluster prints in lower case is only
# the sentence's capital ("The", "But") and is dropped; before another capitalised word these stay.
_EN_PLACE_HEADS = frozenset(
    "new north south east west san santa los las saint st fort port mount lake united great hong"
    " sri cape costa puerto rio".split()
)
# A lone generic word of an English name ("University" of "University of Kansas"), and one
# capitalised word that names a nationality, a party's members or a faith ("American",
# "Republican", "Japanese"): no entity on its own.
_EN_GENERIC = frozenset(
    "university agency institute department committee court police council office ministry"
    " bank news party state city county house senate journal times post press tribune herald"
    " company group board union center centre administration service jr sr".split()
)
_EN_DEMONYM = re.compile(r"(?:an|ans|ese|ish|ic|ics|ist|ists)$|^(?:French|Dutch|Greek|Thai|Swiss)$")
# What marks an English name's kind: a place after "in/at/from/near" or in this short list of
# countries, regions and cities news names most (or a place name's first word, above); an
# organisation by its last words ("New York Times", "Democratic Party").
_EN_PLACE_CUES = frozenset({"in", "at", "from", "near"})
# Words before the title of a work ("the film American Beauty", "the sitcom Modern Family"):
# when half a name's mentions follow one, it names no person, place or organisation (kind
# "other"). Not "show", "game" or "video", which stand before people too ("the show's Stephen
# Colbert", "the game LeBron James won").
_EN_WORK_CUES = frozenset(
    "film films movie movies sitcom documentary album albums novel novels memoir musical franchise"
    " song".split()
)
_EN_PLACES = frozenset(
    # countries and continents (not "Chad" or "Jordan", also given names: "Michael Jordan")
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chile china colombia congo
    croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia ethiopia fiji
    finland france gabon gambia germany ghana greece guatemala guinea guyana haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya
    kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar burma namibia nepal netherlands nicaragua niger nigeria
    norway oman pakistan panama paraguay peru philippines poland portugal qatar romania russia
    rwanda senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland
    syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan uganda ukraine
    uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe britain england scotland wales
    europe africa asia america antarctica arabia emirates korea palestine gaza crimea tibet"""
    # the states of the United States (their last word: "New Jersey", "North Dakota")
    """ alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri nebraska nevada hampshire jersey ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming dakota carolina"""
    # cities news names most (not those that are also names of people: "Austin", "Phoenix")
    """ york washington london paris beijing tokyo moscow chicago boston seattle detroit houston
    atlanta miami philadelphia dallas denver baltimore pittsburgh cleveland cincinnati milwaukee
    minneapolis nashville memphis orlando tampa sacramento oakland honolulu manhattan brooklyn bronx
    harlem berlin rome madrid barcelona vienna prague warsaw budapest athens istanbul ankara
    cairo dubai tehran baghdad damascus beirut jerusalem kabul islamabad delhi mumbai karachi
    dhaka bangkok manila jakarta sydney melbourne toronto montreal vancouver ottawa havana
    caracas bogota nairobi lagos johannesburg brussels amsterdam geneva zurich stockholm oslo
    copenhagen helsinki dublin edinburgh glasgow kyiv kiev shanghai taipei seoul pyongyang
    hanoi kathmandu""".split()
)
_EN_ORG_WORDS = frozenset(
    """times post journal tribune herald press party committee department council court corp inc
    company association union board commission bureau service network congress senate
    administration foundation group club school college hospital church museum schools co
    corporation llc ltd plc lab labs studios records airlines airways fund society institute
    academy agency office police ministry army navy guard magazine gazette review sa ag nv
    gmbh fleet force forces command pictures observatory reserve""".split()
)
# A company's last word (s18): "Verizon Wireless", "Tesla Motors", "Citi Holdings", "Marvel
# Entertainment" are organisations, not the people two capitalised words would be taken for. The
# kind only: "Tesla" alone still joins "Tesla Motors" (_EN_NAME_TAILS keeps them apart from
# the organisation words, whose names no lone word joins).
_EN_COMPANY_TAILS = frozenset(
    """trust wireless holdings partners systems technologies entertainment media communications
    motors"""
    # s23: "Pew Research Center", "House GOP", "Hollywood Reporter" were people
    """ center centre gop reporter"""
    # s32: "Intudo Ventures" was a person
    """ ventures""".split()
)
# The last word of an English place or facility name ("Westchester County", "Long Island",
# "Hudson Valley", "Neptune Ave", "Gant Science Building"): a place, not the person two
# capitalised words would otherwise be taken for.
_EN_PLACE_TAILS = frozenset(
    """county island islands isle valley bay firth river lake mountains beach coast avenue ave
    street st road rd boulevard blvd park square canyon peninsula gulf sea ocean strait township
    borough province region district suburbs village heights hills falls springs harbor harbour
    airport station stadium arena building complex hall bridge tower mall prison cemetery
    hill""".split()
)
_EN_NAME_TAILS = _EN_ORG_WORDS | _EN_PLACE_TAILS
# A newspaper's last word after the place it serves ("Las Vegas Sun", "Toronto Star", "Houston
# Chronicle"): an organisation only after a place, since a person may bear it ("Justin Sun").
# ("Times", "Post", "Journal", "Tribune", "Herald", "Gazette" are organisation words anyway.)
_EN_MASTHEADS = frozenset(
    """sun star news chronicle inquirer enquirer observer dispatch register bulletin telegraph
    sentinel examiner courier courant ledger democrat republic independent""".split()
)
# English names of institutions that no word of theirs marks.
_EN_ORGS = frozenset(
    {"white house", "pentagon", "kremlin", "capitol", "congress", "guardian", "new yorker"}
    # organisations news names without an organisation word, taken for people before (s11)
    | {"islamic state", "al qaeda", "al-qaeda", "boko haram", "united nations", "european union"}
    | {"red cross"}
    # s32: broadcasters named with the Arabic article ("Al Jazeera" was a person, as "Al Gore" is)
    | {"al jazeera", "al-jazeera", "al arabiya", "al-arabiya"}
)
# A nationality, a faith or a party's members ("American", "Republicans", "Jews"): alone, no
# entity whatever cue stood before it ("in American ..."); last in a run, a description, not a
# name ("South Korean", "Kentucky Republican", "German Nazis"). A word list, not a suffix
# (_EN_DEMONYM drops only a word of no other kind): "Sudan" and "Tehran" end in -an, "Kim
# Kardashian" in -ian, "Evans" in -ans, "Reese" in -ese.
_EN_GROUP = frozenset(
    """american british french german russian chinese japanese korean libyan syrian iraqi iranian
    afghan pakistani indian mexican canadian israeli palestinian egyptian turkish ukrainian
    european african asian arab kurdish kurd muslim christian catholic jewish jew republican
    democrat democratic viking protestant liberal conservative italian spanish irish scottish english
    australian brazilian cuban saudi yemeni lebanese jordanian somali nigerian kenyan ethiopian
    sudanese venezuelan colombian filipino vietnamese thai indonesian malaysian dutch swiss
    swedish norwegian danish finnish polish greek hungarian romanian serbian croatian bosnian
    albanian haitian taiwanese tibetan nazi sunni shiite
    jesuit mormon hindu buddhist sikh evangelical baptist methodist anglican hispanic latino""".split()
)
# A contraction of a function word ("I’m", "It's", "Don't"): never part of a name.
_EN_CONTRACTION = re.compile(
    r"^(?:I|It|He|She|We|They|You|That|There|What|Here|Who|Let|Don|Can|Won|Didn|Isn|Doesn|Wasn"
    r"|Aren|Couldn|Wouldn|Shouldn)['’][a-z]{1,2}$"
)
# A party and state after a lawmaker's name ("R-Mich.", "D-Calif."): no entity.
_EN_PARTY_STATE = re.compile(r"^[RDI]-[A-Z]")
# Function words a headline capitalises ("Rocky The Bobcat Back On The Loose In South Jersey"):
# inside a capitalised run of running English text they mark a headline or a title glued to the
# text, not a name. One splits the run there; two or more drop it.
_EN_HEADLINE_WORDS = frozenset(
    """the an of on in at to for with by from into onto after before over about amid against
    is are was were be has have had its his her their as and or but than that this will not
    back out up off""".split()
)
# "kawasan" (an area, s33): "di kawasan Permata Hijau", "kawasan Kelapa Gading" were people.
_PLACE_CUES = frozenset({"di", "ke", "dari", "kota", "provinsi", "kabupaten", "negara", "kawasan"})
# Football clubs, by their last or first word ("Arema FC", "Manchester City", "Real Madrid"):
# organisations, not the people two capitalised words would otherwise be taken for.
_CLUB_LAST = frozenset({"fc", "cf", "afc", "united", "city", "hotspur", "fa"})
# A racing team by its maker's name last ("Pramac Ducati", "Red Bull KTM"; s29: people), or by
# its sponsor's first ("Movistar Yamaha", "Repsol Honda", "Scuderia Ferrari"): not Honda, Suzuki,
# Ferrari or McLaren last alone, people's surnames too ("Keisuke Honda", "Enzo Ferrari").
_TEAM_MAKERS = frozenset("yamaha ducati ktm aprilia".split())
_TEAM_SPONSORS = frozenset("repsol movistar pramac lcr gresini avintia tech3 scuderia".split())
# Places named "New …" whose second word alone is no place the gazetteers hold.
_NEW_PLACES = frozenset(
    "New Jersey|New Delhi|New Mexico|New Hampshire|New Zealand|New Orleans|New Caledonia".split("|")
)
_CLUB_FIRST = frozenset(
    {"real", "atletico", "inter", "ac", "sporting"}
    # s29: "FC Barcelona", "Ajax Amsterdam", "Hertha Berlin", "Dynamo Kyiv" were people
    | set(
        "fc bayern borussia olympique ajax hertha werder eintracht dynamo dinamo spartak deportivo"
        " bayer".split()
    )
)
# English clubs named "X City" (elsewhere in an English cluster "X City" is a place).
_EN_CITY_CLUBS = frozenset(
    "manchester leicester stoke hull swansea cardiff norwich bristol birmingham bradford"
    " coventry".split()
)
# A compass or joining word left alone when a run splits ("Korea Selatan" → "Selatan"): no place.
_PLACE_PARTS = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "serikat", "raya", "tenggara", "pasifik"}
)
_ROMAN = re.compile(r"^[IVX]+$")


def is_title(word: str) -> bool:
    """Whether the word is a title or rank that may stand before a name ("Presiden", "Kompol",
    "Sen.", "Chairman")."""
    low = word.lower().rstrip(".")
    return low in _TITLES or low in _EN_TITLES


@lru_cache(maxsize=65_536)
def _canonical(name: str, english: bool = False) -> str:
    """The entity a surface form names (pure, so cached: names repeat across sentences). In an
    English cluster, no Indonesian alias ("China" stays "China") and no possessive ("Trump's");
    in an Indonesian one no particle ("Piala Dunia-nya", "Kanye West-lah": s23)."""
    name = _SPACES.sub(" ", name.replace("-", " ") if _KOREAN.match(name) else name).strip()
    if english:  # one apostrophe ("Mark O’Mara" is "Mark O'Mara"), no possessive
        name = _POSSESSIVE.sub("", name.replace("’", "'"))
    elif "-" in name:
        name = _ID_PARTICLE.sub("", name)
    alias = None if english else ALIASES.get(name.lower())
    if alias:
        return alias
    parts = name.split()
    if len(parts) > 1 and all(p[:1].isupper() or p.islower() for p in parts):
        name = " ".join(p[:1].upper() + p[1:] if not p.isupper() else p for p in parts)
    return name


# A ministry by its short name: "Kemenpora", "Kemendagri", "Kemenkumham" (s23: a person after a
# deputy's title); not "Kemenangan" (a victory) nor "kemenyan".
_ID_MINISTRY = re.compile(r"kemen(?!ang|yan)[a-z]{2,}\b")
_ID_PARTICLE = re.compile(r"-(?:nya|lah|kah|pun)$")
_KOREAN = re.compile(r"^(?:Kim|Moon|Park|Lee)\s+\w+[- ]\w+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")


_MULTI_PLACES = (
    "korea utara", "korea selatan", "amerika serikat", "arab saudi", "timur tengah", "jawa barat",
    "jawa tengah", "jawa timur", "sumatera utara", "sumatera barat", "sumatera selatan",
    "kalimantan timur", "kalimantan barat", "sulawesi selatan", "sulawesi utara", "nusa tenggara",
    "papua barat", "bangka belitung",
)  # fmt: skip
# Two-word places an Indonesian cluster names (English clusters: _EN_PLACE_HEADS and _EN_PLACES,
# so that "New York Times" stays one name there).
_ID_MULTI_PLACES = frozenset(
    (
        "asia tenggara", "asia pasifik", "asia timur", "afrika selatan", "eropa timur",
        "eropa barat", "selandia baru", "new york", "los angeles", "hong kong", "kuala lumpur",
        "tel aviv", "den haag", "san francisco", "las vegas", "timor leste", "puerto rico",
        "costa rica", "sri lanka",
    )
)  # fmt: skip
_PLACE_NAMES = _PLACE_SET | _ID_COUNTRIES | frozenset(_MULTI_PLACES) | _ID_MULTI_PLACES
_AGENCIES = frozenset(
    ["reuters", "ap", "afp", "antara", "yonhap", "xinhua", "bernama", "kcna", "bloomberg"]
) | frozenset(["taliban", "hamas", "hezbollah"])  # armed groups both languages name as they are
_PLACE_PREFIX = frozenset(
    [
        "federasi",
        "republik",
        "kerajaan",
        "uni",
        "semenanjung",
        "kota",
        "provinsi",
        "kabupaten",
        "kecamatan",
        "desa",
        "pulau",
        "teluk",
        "selat",
        "gunung",
        "sungai",
        "negara",
        # (s18) a place's kind before its name: "Bundaran Senayan", "Dusun Tunggul Wulung"
        "bundaran",
        "jalan",
        "jl",
        "stadion",
        "bandara",
        "pelabuhan",
        "pasar",
        "taman",
        "kampung",
        "dusun",
        "kelurahan",
        "danau",
        "pantai",
    ]
)
# A party's name goes on after these ("Partai Golkar", "Fraksi PKS", "DPW PPP"); after any other
# word a party splits the run ("Ketua Umum Golkar Setya Novanto" → Golkar | Setya Novanto) (s18).
_PARTY_HEADS = frozenset({"partai", "fraksi", "dpp", "dpw", "dpc"})


@lru_cache(maxsize=65_536)
def _segments(run: tuple[str, ...], english: bool = False) -> tuple[tuple[str, ...], ...]:
    """Split a capitalised run where a place, agency or date word joins two names
    ("Korea Utara Kim Jong Un" → "Korea Utara" | "Kim Jong Un"). Pure, so cached."""
    return tuple(tuple(seg) for seg in _split_run(list(run), english))


def _split_run(run: list[str], english: bool = False) -> list[list[str]]:
    rules = _RULES[english]
    out: list[list[str]] = []
    buffer: list[str] = []
    k = 0
    while k < len(run):
        pair = " ".join(run[k : k + 2]).lower()
        word = run[k].lower()
        if pair in rules.place_pairs:
            piece, k = run[k : k + 2], k + 2
        elif word in rules.non_entity:
            out.append(buffer)
            buffer, k = [], k + 1
            continue
        elif word in rules.standalone:
            piece, k = [run[k]], k + 1
        else:
            buffer.append(run[k])
            k += 1
            continue
        if buffer and (
            buffer[-1].lower() in _PLACE_PREFIX
            or (not english and buffer[-1].lower() in _PARTY_HEADS)
            or (
                not english
                and buffer[-1].lower() in _NAMED_BY_PLACE
                and " ".join(piece).lower() in _PLACE_NAMES
            )
            or (english and len(buffer) == 1 and buffer[0].lower() in _EN_PLACE_HEADS)
        ):  # "Federasi Rusia", "Semenanjung Korea", "North Korea"
            out.append([*buffer, *piece])
        else:
            out += [buffer, piece]
        buffer = []
    out.append(buffer)
    return [seg for seg in out if seg]


_ORG_SINGLE = frozenset({"kremlin", "pentagon", "istana", "dpr", "dprd", "mpr", "dpd"})
# s28: Indonesian state bodies written as one word in mixed case ("Polri", "Bareskrim", "Brimob"
# were people after a title, or left out as "other"); their kind only, no part in splitting runs
_ID_STATE_BODIES = frozenset(
    "polri bareskrim brimob densus kopassus kostrad paspampres basarnas bawaslu kejagung".split()
)
# Indonesian words whose name goes on with a place: "Liga Spanyol", "Piala Asia", "Bank
# Indonesia", "Kedubes Rusia" are one name each, not a word and a country.
_NAMED_BY_PLACE = frozenset("liga piala timnas bank universitas kedubes konsulat tim".split())


@dataclass(frozen=True)
class _Rules:
    """The word lists a language's clusters read names with (``_RULES[english]``); the rules
    that are procedures rather than lists stay in the code, under ``english``."""

    non_entity: frozenset[str]  # words that are no name and end a run ("Selasa", "WIB")
    standalone: frozenset[str]  # a name of its own inside a run: places, agencies, aliases
    place_pairs: frozenset[str]  # two-word places kept whole ("Korea Utara", "Hong Kong")
    place_cues: frozenset[str]  # words before a place ("di", "ke"; "in", "at")
    titles: frozenset[str]  # words before a person's name ("Presiden"; "Senator")


_SHARED_STANDALONE = _PLACE_SET | _AGENCIES | _ORG_SINGLE | frozenset(ALIASES)
_RULES = {
    False: _Rules(
        non_entity=_NON_ENTITY,
        standalone=_SHARED_STANDALONE | _ID_COUNTRIES | _ID_PARTIES,
        place_pairs=frozenset(_MULTI_PLACES) | _ID_MULTI_PLACES,
        place_cues=_PLACE_CUES,
        titles=_TITLES,
    ),
    True: _Rules(
        non_entity=_NON_ENTITY | _EN_NON_ENTITY,
        standalone=_SHARED_STANDALONE,
        place_pairs=frozenset(_MULTI_PLACES),
        place_cues=_PLACE_CUES | _EN_PLACE_CUES,
        titles=_TITLES | _EN_TITLES,
    ),
}


# A lower-case word as "(?<![\w'’-])[a-z][a-z'’-]+\b" finds it, matched with the character before
# it (the text is read with a space in front): the regex engine tries only the characters that
# can stand before a word, not every lower-case letter. A match ends in [a-z'’-], which cannot
# stand before the next one, so no match takes a character another one needs.
_LOWER_WORD = re.compile(r"[^\w'’-]([a-z][a-z'’-]+\b)")
# The look-behind follows the first letter, so that the regex engine skips straight to the
# letters that can start a match; the same matches as "(?<=[\w,;:)] )[A-ZÀ-Þ][\w'’-]*".
_INNER_CAPITAL = re.compile(r"[A-ZÀ-Þ](?<=[\w,;:)] [A-ZÀ-Þ])[\w'’-]*")
# A middle initial goes on with the name when a capitalised word follows it ("Samuel L. Jackson",
# "George H.W. Bush", "Miryam S. Haryani"; s22: they were "Samuel" and "Jackson"), not a
# country's ("the U.S. Coast Guard" stays as the regex read it before: U | S | Coast Guard).
_RUN = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ](?:[\w'’-]+"
    r"|(?:\.[A-Z])*\.(?<!U\.S\.)(?<!U\.K\.)(?<!U\.N\.)(?<!E\.U\.)(?= [A-ZÀ-Þ])|))*"
)
_ASCII_RUN = ascii_twin(_RUN)
_MIDDLE_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z]")


def lower_words(text: str) -> list[str]:
    """The lower-case words of a text (not after a hyphen or apostrophe: "Jong-un" holds none)."""
    return _LOWER_WORD.findall(" " + text)


_WORD_BACK = re.compile(r"\W*(\w+)")


def _previous_word(text: str, end: int) -> str:
    """The last word within the 30 characters before ``end`` that only non-word characters
    follow: what ``(\\w+)\\W*$`` finds in that slice, matched once on the reversed slice instead
    of a regex attempt at every position."""
    window = text[max(0, end - 30) : end]
    if window[-1:] == " ":  # the usual case, one space before: the word is what precedes it
        last = window[:-1].rpartition(" ")[2]
        if last.isalnum():  # all word characters, after a space or the window's start
            return last
    m = _WORD_BACK.match(window[::-1])
    return m.group(1)[::-1] if m else ""


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Indonesian and English stopwords: capitalised only because a sentence starts with them."""
    return function_words() | _EN_OPENERS | _ID_OPENERS


# English words that open a sentence and no name, which the English stopword list lacks (s18):
# "Today Ben Yu", "Two Minneapolis", "Outgoing Northwestern" were names.
_EN_OPENERS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty dozens
    hundreds thousands millions today yesterday tonight tomorrow outgoing incoming earlier later
    meanwhile currently previously recently overall instead initially eventually finally
    additionally"""
    # s28: answers and interjections ("Yes", "Well" were names)
    """ yes well okay ok oh alright sure hey""".split()
)


# Indonesian words that open a sentence and no name, which Sastrawi's stopword list lacks (s22:
# "Selepas Euro" was a place, "Terkait PREVIEW Liga Primer" an organisation).
_ID_OPENERS = frozenset(
    "selepas jelang menjelang sesampainya setibanya tatkala berkat akibat terkait perihal"
    # s24: "Nama Drake …" ("the name …") opens a sentence
    " nama"
    # s32: conjunctions Sastrawi's stopword list lacks ("Kendati Raisa …", "Selagi Microsoft
    # …" were people)
    " kendati selagi seraya lantaran andai seandainya".split()
)


def _sentence_initial_word(word: str, inner: AbstractSet[str]) -> bool:
    """Whether a capitalised first word of a sentence is there only because it starts the sentence:
    a stopword ("Nothing", "The", "Tidak") never written capitalised inside a sentence."""
    return word.lower() in _function_words() and word not in inner and word.lower() not in ALIASES


# s22: an Indonesian word derived by a confix (ke-…-an, pe(N)-/per-…-an: "Kemunculan", "Keputusan",
# "Peraturan") or a verb in -kan (me(N)-, ber-, di-: "Membicarakan", "Berdasarkan",
# "Ditetapkannya") opens a sentence, not a name ("Kemunculan Dani Carvajal", "Keputusan Dorna"
# were people); not the head of an institution's name ("Kementerian Agama", "Pengadilan Negeri").
_ID_CONFIX = re.compile(r"(?:ke|pe|pem|pen|peng|peny|per)[a-z]{3,}an")
_ID_DERIVED = re.compile(
    rf"{_ID_CONFIX.pattern}|(?:me|mem|men|meng|meny|ber|di)[a-z]{{3,}}kan(?:nya)?"
)
# s23: a verb of me(N)-, di-, ter- or ber- without -kan opens a sentence too ("Mengutip Huffington
# Post", "Dilansir Detikcom", "Menghadapi Persib", "Dijuluki Si Nyonya Tua" were people). Its root
# must be four letters or more: Sastrawi also strips names ("Diana" → "ana", "Berlin" → "lin").
_ID_VERB = re.compile(r"(?:me|mem|men|meng|meny|di|ter|ber)[a-z]{3,}")
# The verbs that cite a medium: the name after them, or after their "dari", is the medium's
# ("Mengutip The Verge", "dikutip dari DailyMail": "DailyMail" was a place).
_ID_CITING = frozenset("mengutip melansir dilansir dikutip dinukil menukil".split())
# ... or after one word, a site that cites a medium in turn: "dikutip zonajakarta.com dari …".
_CITED_VIA = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(sorted(_ID_CITING))}) \S+ dari $")
_ID_INSTITUTIONS = frozenset(
    """kementerian kementrian kepolisian kejaksaan kedutaan kesatuan keuskupan kelurahan
    kecamatan kepaniteraan kesultanan kerajaan kepresidenan pengadilan perserikatan persatuan
    perhimpunan perusahaan pemerintahan perwakilan pertahanan perbankan perkumpulan
    perguruan""".split()
)


# The fields of an Indonesian office that are no derived word ("Menteri Luar Negeri", "Menteri
# Koordinator Bidang Kemaritiman", "Menteri BUMN", "Ketua Umum").
_ID_FIELDS = frozenset(
    """agama sosial luar dalam negeri hukum ham bumn esdm pupr ppn bappenas kominfo polhukam pmk
    koordinator bidang umum pariwisata pemuda olahraga riset teknologi desa utama"""
    # s24: "Sekretaris Kabinet Pramono Anung", "Kepala Staf Angkatan Darat", "Kepala Staf
    # Kepresidenan Teten Masduki", "Menpan RB Asman Abnur", "Mensos Kabinet Kerja", "Menteri Tenaga
    # Kerja" ("Kabinet Pramono Anung", "RB", "Kerja" were people, and so were the chiefs' offices)
    """ kabinet staf kepresidenan khusus rb tenaga kerja tinggi"""
    # s26: judges' courts ("Hakim Konstitusi Manahan Sitompul", "Hakim Distrik …")
    """ konstitusi distrik"""
    # s28: defence ("Menteri Pertahanan": "Pertahanan" was a person)
    """ pertahanan""".split()
)


def _office_field(word: str) -> bool:
    """Whether a word after an Indonesian title names the office's field: a field word, or a noun
    made by a confix ("Keuangan", "Perdagangan", "Kemaritiman")."""
    low = word.lower()
    if low in _ID_FIELDS:
        return True
    if low in _ID_INSTITUTIONS:  # "Juru Bicara Kementerian Agama …": an institution's name
        return False
    return _ID_CONFIX.fullmatch(low) is not None and stem(low) != low


def _fields_end(run: Sequence[str], start: int, common: AbstractSet[str] = frozenset()) -> int:
    """Where the office's field words that begin at ``run[start]`` end (``_office_field``; after
    "Bidang" also the words the cluster prints in lower case, ``common``: "Deputi Bidang Usaha
    Konstruksi", s23) and a Roman number ("Deputi IV")."""
    end = start
    after_field = False
    while end < len(run):
        word = run[end]
        if not (
            _office_field(word)
            or (len(word) > 1 and _ROMAN.match(word))  # not "I": "I Wayan …", "I Gusti …"
            or (after_field and word.lower() in common and word.lower() not in ALIASES)
            # s26: a word of the dictionary after "Bidang" that no name follows ("Deputi Bidang
            # Informasi", not "… Bidang Koordinasi Budi Santoso"'s "Budi")
            or (after_field and _field_word(run, end))
        ):
            break
        after_field = after_field or word.lower() == "bidang"
        end += 1
    return end


def _field_word(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is a word of Sastrawi's dictionary, the last or before another such
    word: a field's ("Sumber Daya Mineral"), not a given name that is a word before a name that
    is none ("Imam Nahrawi", "Budi Santoso")."""
    return in_dictionary(words[k].lower()) and (
        k + 1 == len(words) or in_dictionary(words[k + 1].lower())
    )


def _id_derived(word: str) -> bool:
    """Whether a capitalised Indonesian word is a derived common word (``_ID_DERIVED``)."""
    low = word.lower()
    if low in _ID_INSTITUTIONS or low in _AGENCIES or low in _ID_PARTIES:
        return False  # "Kementerian …", "Bernama" (the Malaysian agency), "Berkarya" (a party)
    if _ID_DERIVED.fullmatch(low):
        root = stem(low)
        return root != low and len(root) >= 3
    if _ID_VERB.fullmatch(low):
        root = stem(low)
        return root != low and len(root) >= 4
    return False


def _spans(
    sentence: Sentence,
    common: set[str],
    inner: AbstractSet[str] = frozenset(),
    memo: dict[tuple[str, bool, str], list[tuple[str, str]]] | None = None,
    english: bool = False,
    places: AbstractSet[str] = frozenset(),
    named: AbstractSet[str] = frozenset(),
) -> list[tuple[str, str]]:
    """(span text, cue) for each run of capitalised words joined by single spaces; cue is
    "person" (a title stood before it), "place" (di/ke/dari stood before it) or "". ``inner``:
    capitalised words the cluster writes inside a sentence (a sentence's first word is only a
    name's first word if it is not a stopword, or the cluster capitalises it elsewhere too).
    ``memo``: one call's shared results per (run, opens the sentence, cue), for a caller that
    passes the same ``common``, ``inner`` and ``english`` for every sentence of a cluster.
    ``english``: the English rules (titles, place names, calendar words) of an English cluster.
    ``places``: capitalised words an Indonesian cluster writes as a place ("di Blora", "Kabupaten
    Blora"; ``_places``). ``named``: every capitalised run the cluster prints (``_runs``), for
    where an organisation's name ends and its officer's begins (``_holder_start``)."""
    return _spans_of(_runs(sentence, english), common, inner, memo, english, places, named)


_Run = tuple[str, bool, str]  # a capitalised run, whether it opens its sentence, its cue


def _runs(sentence: Sentence, english: bool = False) -> list[tuple[_Run, str]]:
    """Each capitalised run of a sentence as ``_run_spans`` reads it, with the word right before
    it ("" when none, or when punctuation stands between)."""
    out: list[tuple[_Run, str]] = []
    ends: list[tuple[int, int]] = []
    placed = -1  # the first run after a place's cue (an address may follow it)
    text = sentence.text
    word = _FIRST_WORD.search(text)
    opening_end = word.start() if word else len(text)  # only [\W_] before it: the opening
    for m in (_ASCII_RUN if text.isascii() else _RUN).finditer(text):
        start, end, matched = m.start(), m.end(), m.group(0)
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue  # the capital is inside a word ("iPhone", "Jae-In")
        if matched[-1] in "'’":  # a closing quotation mark, no letter of the name (s25:
            matched = matched.rstrip("'’")  # "‘nama asli Jamie Foxx’", "'Evil Dead'")
            end = start + len(matched)
        before = _previous_word(text, start).lower()
        cue = "place" if before in _RULES[english].place_cues else ""
        if before == "kawasan" and text[max(0, start - 8) : start] != "kawasan ":
            cue = ""  # an area's name follows the word, not a name holding it ("Dewan Kawasan")
        if before == "kota" and text[max(0, start - 10) : start].lower() == "wali kota ":
            before, cue = "walikota", "person"  # "wali kota Djarot": a mayor, no place (s22)
        if english and before in _EN_WORK_CUES:
            cue = "work"
        elif not english and (
            before in _ID_CITING
            or (
                before == "dari"
                and text[start - 5 : start].lower() == "dari "
                and (
                    _previous_word(text, start - 5).lower() in _ID_CITING
                    # s24: "Dikutip zonajakarta.com dari DailyMail" (a place before)
                    or _CITED_VIA.search(text, max(0, start - 60), start) is not None
                )
            )
        ):
            cue = "source"  # "melansir The Verge", "dikutip dari DailyMail": a medium (s23)
        if cue == "place" and english and " " in matched and matched.endswith(("'s", "’s")):
            # an owner's full name: "Look at Bill Kristol's taunting editorial" (s33; not one
            # word, "in Flint's water system" as often as "in Flint")
            cue = ""
        if english and " " in matched and _quoted(text, start, end):
            # a title in quotation marks, words of a work: '"Pon De Replay"', '"Where Have You
            # Been"' (s20: they were people, "You Been" among them)
            cue = "title"
        # the word right before it, one space away ("di Blora"; not "ibu kota, Djarot")
        adjacent = text[start - 1 - len(before) : start].lower() == before + " "
        if cue == "place" and placed < 0:
            placed = len(out)
        if not english and not cue and adjacent and before in _ID_ROLES and " " in matched:
            cue = "role"  # "manajer Villa Dean Smith": maybe a club, then its manager (s24)
        out.append(((matched, start <= opening_end, cue), before if adjacent else ""))
        ends.append((start, end))
    if not english and 0 <= placed < len(out) - 2:
        _address_chains(text, out, ends, placed)
    if not english and len(out) > 1 and (" dan " in text or " serta " in text):
        _listed_fields(text, out, ends)
    return out


# What joins an office's fields in a list: "Pendidikan dan Kebudayaan", "Politik, Hukum, dan
# Keamanan", "Komunikasi serta Informatika"; after a comma alone a name may come instead
# ("Gubernur Jawa Tengah, Ganjar Pranowo").
_FIELD_JOINS = {" dan ": "field+", ", dan ": "field+", " serta ": "field+", ", serta ": "field+"}


def _listed_fields(text: str, out: list[tuple[_Run, str]], ends: list[tuple[int, int]]) -> None:
    """An Indonesian office lists its fields, then names its holder: "Menteri Pendidikan dan
    Kebudayaan Anies Baswedan", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan
    Wiranto". The run after an office and "dan", "serta" or a comma opens with the office's last
    fields (s26: "Kebudayaan Anies Baswedan", "Keamanan Wiranto", "Tinggi M Nasir" were people);
    marked "field+" in ``out`` for ``_run_spans`` ("field" after a comma alone: the first word
    must be a field's, ``_office_field``, not any word Sastrawi knows, as "Ganjar" is). An
    office's run is a title, then words Sastrawi knows: no name ("Menteri Luar Negeri Retno
    Marsudi, Menteri …" lists two offices)."""
    titles = _RULES[False].titles

    def known(words: list[str]) -> bool:
        return all(w in titles or _office_field(w) or indonesian_word(w) for w in words)

    def office(run: str) -> bool:
        space = run.find(" ")
        return (
            space > 0 and run[:space].lower() in titles and known(run[space + 1 :].lower().split())
        )

    marked = chained = False  # the run before: marked here, and then only fields
    for k in range(1, len(out)):
        (matched, opening, cue), before = out[k]
        join = text[ends[k - 1][1] : ends[k][0]]
        # most runs follow no list's joint: the run before is read only when one does
        if cue or not (join == ", " or join in _FIELD_JOINS):
            marked = False
            continue
        if not (chained if marked else office(out[k - 1][0][0])):
            marked = False
            continue
        out[k] = ((matched, opening, _FIELD_JOINS.get(join, "field")), before)
        # the list goes on after a field ("Politik, Hukum, dan Keamanan Wiranto"), not after
        # its holder
        words = matched.lower().split(" ")
        marked = True
        chained = (_office_field(words[0]) or indonesian_word(words[0])) and known(words[1:])


def _heads_a_name(low: str) -> bool:
    """Whether an Indonesian word (lower-cased) opens an organisation's, an office's or a place's
    name: "Partai …", "Menteri …", "Panitia Daerah …", "Republik Indonesia", "Taman Nasional …",
    "Gedung …", "Kabupaten …", "Inggris", "Kepulauan Seribu", "Kementerian …"."""
    return (
        low in _ORG_WORDS
        or low in _RULES[False].titles
        or low in _ID_ORG_HEADS
        or low in _PLACE_PREFIX
        or low in _ID_BUILDING_HEADS
        or low in _REGION_KINDS
        or low in _KNOWN_PLACE_WORDS
        or low in _REGION_HEADS
        or low in _ID_PLACE_NOUNS
        or low in _ID_INSTITUTIONS
    )


def _listed_fields_end(words: Sequence[str], joined: bool, common: AbstractSet[str]) -> int:
    """Where an office's fields end in a run after "dan" (``joined``) or a comma
    (``_listed_fields``): a field's word (``_office_field``), or a word of Sastrawi's dictionary
    before another ("Hak Asasi Manusia", "Sumber Daya Mineral", "Kerja Sama") and any word
    Sastrawi knows first after "dan" ("Komunikasi dan Informasi Rudiantara"); never a given name
    that is a word before a name that is none ("Imam Nahrawi", "Puan Maharani", "Gatot S. Dewa
    Broto"), nor an organisation's word ("Kerja Sama Badan Keamanan Laut"). After a comma alone
    a word of the dictionary must be one the cluster prints in lower case ("Gubernur Jawa
    Tengah, Ganjar Pranowo": "Ganjar" is a word too)."""
    end = 0
    while end < len(words):
        low = words[end].lower()
        if " ".join(words[end : end + 2]).lower() in _ID_SET_PHRASES:
            end += 2  # "Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono"
            continue
        if _heads_a_name(low):
            break
        # a word of the dictionary before an organisation's name is a field's last too ("…
        # Pencatatan Sipil Kementerian Dalam Negeri Irman")
        before_name = end + 1 < len(words) and _heads_a_name(words[end + 1].lower())
        if not _office_field(words[end]) and not (
            (end == 0 and joined and indonesian_word(low))  # "dan Informasi Rudiantara"
            or (
                (joined or low in common)
                and (_field_word(words, end) or (before_name and in_dictionary(low)))
            )
        ):
            break
        end += 1
    return min(end, len(words))


def _address_chains(
    text: str, out: list[tuple[_Run, str]], ends: list[tuple[int, int]], placed: int
) -> None:
    """An Indonesian address names its places from the smallest: "di Cipulir, Kebayoran Lama,
    Jakarta Selatan". A run between a place and a known place or region, a comma and a space
    each side, is a place too (s23: "Kebayoran Lama" was a person); marked "," in ``out``, for
    ``_places``. Not a name after a place alone ("di Jakarta, Anies Baswedan mengatakan").
    ``placed``: the first run with a place's cue."""
    for k in range(placed + 1, len(out) - 1):
        (matched, opening, cue), _ = out[k]
        if cue or out[k - 1][0][2] != "place":
            continue
        if text[ends[k - 1][1] : ends[k][0]] != ", " or text[ends[k][1] : ends[k + 1][0]] != ", ":
            continue
        following = out[k + 1][0][0].split(" ")
        first = following[0].lower()
        if (
            first in _KNOWN_PLACE_WORDS
            or first in _REGION_KINDS
            or " ".join(following[:2]).lower() in _PLACE_NAMES
        ):
            out[k] = ((matched, opening, "place"), ",")


def _spans_of(
    runs: list[tuple[_Run, str]],
    common: set[str],
    inner: AbstractSet[str],
    memo: dict[_Run, list[tuple[str, str]]] | None,
    english: bool,
    places: AbstractSet[str],
    named: AbstractSet[str] = frozenset(),
    capital: AbstractSet[str] = frozenset(),
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, _ in runs:
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = _run_spans(*key, common, inner, english, places, named, capital)
            if memo is not None:
                memo[key] = found
        out += found
    return out


_FIRST_WORD = re.compile(r"[^\W_]")


# Words that open a name of their own though Sastrawi knows them ("Real Madrid", "Man City",
# "Sang Saka", "Tuan Guru", "Mas Achmad", "Insya Allah").
_ID_NAME_OPENERS = frozenset("real man sang tuan mas insya".split())


def _noun_before_name(run: Sequence[str], inner: AbstractSet[str], named: AbstractSet[str]) -> bool:
    """s32: an Indonesian common noun opening a sentence before a name that the cluster prints
    elsewhere without it ("Kontrak Alonso …" beside "Fernando Alonso", "Optimisme Agus …" beside
    "Agus", "Karakter Snape …", "Kubu Mourinho …", "Jenazah Jonghyun …", "Rencananya PlayGame
    …" were people): a word of Sastrawi's dictionary, or one with "-nya", that the cluster never
    prints capitalised inside a sentence, no given name, kin, role or job title, no head of an
    organisation's, a place's, an event's or a title's name; the noun is no part of the name.
    s33: so too before a full name whose last word the cluster prints alone ("Nasib Nick Gordon
    …", then "Gordon")."""
    first = run[0]
    low = first.lower()
    if (
        first in inner
        or first.isupper()
        or low in _ID_NAME_OPENERS
        or _heads_a_name(low)
        or low in _ID_OTHER_HEADS
        or low in _NAMED_BY_PLACE
        # kin, roles and job titles have rules of their own below ("Bos Liverpool, Jurgen Klopp")
        or low in _ID_KIN
        or low in _ID_ROLES
        or low in _JOB_TITLE_WORDS
        or low == "calon"  # a candidate's office: "Calon Wali Kota Kendari"
        or not (in_dictionary(low) or _nya_word(low))
        # a given name that is a word too ("Mark Zuckerberg", "Paul Pogba", "Budi Karya"); last,
        # as it reads the census lists
        or _given_name(low)
    ):
        return False
    rest = " ".join(run[1:])
    if len(run) > 2 and run[-1] in named:
        return True  # s33: "Nasib Nick Gordon …", then "Gordon" alone: the surname is his
    edges = _name_edges(named if isinstance(named, frozenset) else frozenset(named))
    return any(first not in other.split(" ") for other in edges.get(rest, ()))


def _nya_word(low: str) -> bool:
    """A word Sastrawi knows with "-nya" ("Rencananya", "Pendekatannya", "Kedatangannya")."""
    return low.endswith("nya") and len(low) > 6 and indonesian_word(low[:-3])


@lru_cache(maxsize=8)
def _name_edges(named: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each run the cluster prints, and each run of words that opens or ends one: the runs that
    hold it so (a cluster's table, built once)."""
    edges: dict[str, set[str]] = defaultdict(set)
    for name in named:
        words = name.split(" ")
        for k in range(1, len(words) + 1):
            edges[" ".join(words[:k])].add(name)
            edges[" ".join(words[-k:])].add(name)
    return {key: tuple(sorted(value)) for key, value in edges.items()}


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in quotation marks (a comma may close it inside
    them: '"Most Precious Love,"')."""
    after = text[end : end + 2]
    return (
        start > 0 and text[start - 1] in '"“' and (after[:1] in ('"', "”") or after in (',"', ",”"))
    )


def _run_spans(
    matched: str,
    opening: bool,
    cue: str,
    common: set[str],
    inner: AbstractSet[str],
    english: bool = False,
    places: AbstractSet[str] = frozenset(),
    named: AbstractSet[str] = frozenset(),
    capital: AbstractSet[str] = frozenset(),
) -> list[tuple[str, str]]:
    """The spans of one capitalised run (see ``_spans``). ``capital``: words the cluster prints
    in lower case but far more often capitalised inside its sentences (``_capital_words``)."""
    out: list[tuple[str, str]] = []
    if cue == "title":  # one span, a work's: its words are no names of their own
        return [(matched, "title")]
    if cue in ("field", "field+"):  # an office's last fields, then its holder (``_listed_fields``)
        words = matched.split(" ")
        field = _listed_fields_end(words, cue == "field+", common)
        if field == len(words):
            return []
        if field:
            # its holder; an organisation keeps its own kind ("… dan Informasi Kemenag, Mastuki")
            rest = " ".join(words[field:])
            as_org = field + 1 == len(words) and _kind(rest, 0, 0) == "org"
            return _run_spans(
                rest,
                False,
                "" if as_org else "person",
                common,
                inner,
                english,
                places,
                named,
                capital,
            )
        cue = ""
    if cue == "role":
        # after a role in lower case, a club the cluster names alone and a person it names alone
        # ("manajer Villa Dean Smith", then "Villa" and "Smith"); else the run as before (s24)
        words = matched.split(" ")
        if (
            len(words) > 2
            and words[0] in named  # a club may also be where a thing happens ("di Villa")
            and words[0].lower() not in common
            and words[0].lower() not in _KNOWN_PLACE_WORDS
            and _named_again(words[1:], named, places, common)
        ):
            return [
                (words[0], ""),
                *_run_spans(" ".join(words[1:]), False, "person", common, inner),
            ]
        cue = ""
    run = matched.split(" ")
    if len(run) > 1 and matched.isupper():
        shouted = _shouted(run, common, inner)
        if shouted is not None:
            return [
                span
                for k, part in enumerate(shouted)
                for span in _run_spans(part, False, cue if k == 0 else "", common, inner, english)
            ]
    if opening and (
        _sentence_initial_word(run[0], inner)
        or (not english and run[0] not in inner and _id_derived(run[0]))
        or (not english and len(run) > 1 and _noun_before_name(run, inner, named))
    ):
        if not english and run[0].lower() in _ID_CITING:
            cue = "source"  # "Mengutip Huffington Post, …": a medium
        run = run[1:]
        if not run:
            return out
    if cue == "source" and len(run) > 1 and run[-1].lower() in _THE_MEDIA:
        return [(" ".join(run), "source")]  # "dilansir New York Post": one medium, no place (s23)
    while english and run and _EN_HYPHEN_ADJECTIVE.match(run[0]):
        run = run[1:]
    if not english and len(run) > 1 and run[0].lower() in _ID_KIN:
        while len(run) > 1 and run[0].lower() in _ID_KIN:
            run = run[1:]  # "Ibunda Selena Gomez", "Keluarga Cornell": the relative's name (s28)
    if not english and len(run) > 1 and run[0].lower() in _ID_ROLES:
        # a role opening a sentence is no part of the name after it ("Pelatih Persib", "Aktris
        # Angelina Jolie" were people; s23). No title either: "Pelatih Persib Djadjang …" names
        # a club before the coach (s18), which no cue may make a person; a club its words mark
        # is read first, and the name after it is the role's holder.
        run = run[1:]
        club = _club_end(run, places)
        if 0 < club < len(run):
            rest = " ".join(run[club:])
            team = (" ".join(run[:club]), "")
            return [team, *_run_spans(rest, False, "person", common, inner, False, places)]
    if english and len(run) > 1 and _EN_HYPHEN_TITLE.match(run[0]):
        run, cue = run[1:], "person"  # "President-elect Donald J. Trump", "Then-Gov. …"
    # most runs hold no such word (a set's test: a regular expression cost 0.4 ms a seed digest)
    has_job = not english and (
        not _JOB_TITLE_WORDS.isdisjoint(matched.lower().split(" "))
        if " " in matched
        else matched.lower() in _JOB_TITLE_WORDS
    )
    if has_job and run and all(w.lower() in _JOB_TITLE_WORDS for w in run):
        return []  # "CEO", "Chief Technology Officer": an office, no name
    job = _job_title_end(run) if has_job else -1
    if job >= 0:
        # "CEO Instagram Kevin Systrom" → Instagram | Kevin Systrom (s24: one organisation, and
        # "Systrom" alone joined it); what stands before the title is the title's own words
        # ("Race Director", "Project Manager"), but a maker or a medium's name ("DailySocial
        # Co-founder HelloBeauty …")
        before = [w for w in run[:job] if w.lower() not in _JOB_TITLE_WORDS and _company_word(w)]
        after = run[job + 1 :]
        officer = _officer_spans(after, True, common, inner, places, named)
        head = _run_spans(" ".join(before), False, "", common, inner) if before else []
        return head + (officer if officer is not None else [(" ".join(after), "org")])
    if not run:
        return out
    if english:
        pieces = _english_pieces(run)
        if len(pieces) != 1 or pieces[0] != run:
            for k, part in enumerate(pieces):
                out += _run_spans(" ".join(part), False, cue if k == 0 else "", common, inner, True)
            return out
    titles = _RULES[english].titles
    office = ""
    if not english and len(run) > 1 and run[0].lower() in _ID_HIGH_OFFICES and run[1] == "Agung":
        # "Jaksa Agung M Prasetyo", "Hakim Agung Artidjo Alkostar", "Jaksa Agung Muda Bidang
        # Pidana Khusus …": an office of two words (s26: people with it), while "Agung" alone
        # may be a given name ("Agung Laksono"); the office alone names no one
        skip = 3 if len(run) > 2 and run[2].lower() == "muda" else 2
        if skip >= len(run):
            return []
        run, cue, office = run[skip:], "person", run[0].lower()
    while run:
        first = run[0].lower()
        if (
            first in titles
            or (english and cue == "person" and first in _EN_TITLE_TAILS)
            # a police rank's last word: "Jenderal Polisi M. Tito Karnavian", "Komisaris Besar
            # Polisi …" (s26: "Polisi M. Tito Karnavian" was the name)
            or (not english and first in _RANK_TAILS and office in _RANK_HEADS)
        ):
            cue, office = "person", first
        elif (
            not (first in common and first not in ALIASES)
            or (english and first in _EN_PLACE_HEADS and len(run) > 1)  # "New York", not "New"
            # a first name that is also a word, before a word that is none (s25: "Bill Clinton"
            # where the cluster prints "the bill"; "Amber Pasztor", not "Amber Alert")
            or (first in capital and len(run) > 1 and run[1].lower() not in common)
            # inside an Indonesian sentence, the word that heads an organisation's name before
            # two words or more (s33: "Bank Dagang Negara Indonesia" was "Dagang Negara …")
            # (not a party's or a faction's: "Partai Golkar" is "Golkar" wherever printed)
            or (
                not english
                and not opening
                and len(run) > 2
                and first in _ORG_WORDS
                and first not in ("partai", "fraksi")
            )
            # inside a sentence, an English given name that is a word too before a word that is
            # none (s33: "former NFL star Will Smith" was "Smith" alone, "will" being a word)
            or (
                english
                and not opening
                and len(run) > 1
                and run[0][1:].islower()  # "MY Octopus", a motor yacht
                and run[1].lower() not in common
                and not _known_place(run[1])  # "Love Ireland!"
                and _given_name(first)
            )
        ):
            break
        run = run[1:]
    if not english and office:
        # "Menteri Keuangan Sri Mulyani", "Menteri Luar Negeri Retno Marsudi": the office's field
        # before the name (s22: "Keuangan Sri Mulyani", "Perdagangan Enggartiasto Lukita" were
        # people); the office alone names no one ("Menteri Keuangan": "Keuangan" was a person)
        field = _fields_end(run, 0, common)
        if field == len(run):
            return []
        run = run[field:]
    if not english and len(run) > 2 and run[0].lower() in ("kementerian", "kementrian"):
        # "Juru Bicara Kementerian Agama Mastuki" → Kementerian Agama | Mastuki (s22: one
        # organisation named "Kementerian Agama Mastuki")
        field = _fields_end(run, 1)
        if 1 < field < len(run) and not _region(run[field:], places):
            rest = " ".join(run[field:])
            return [(" ".join(run[:field]), ""), *_run_spans(rest, False, cue, common, inner)]
    if (
        not english
        and len(run) > 1
        and _ID_MINISTRY.match(run[0].lower())
        and run[0].lower() not in ("kementerian", "kementrian")  # its field follows (above)
        and not _office_field(run[1])  # "Kemenko Polhukam": a coordinating ministry's field
        and not _region(run[1:], places)
        and run[1].lower() not in _REGION_KINDS
    ):
        # "Sekjen Kemendagri Diah Anggraini" → Kemendagri | Diah Anggraini (s23); not "Kemenag
        # Kota Singkawang", a ministry's regional office
        return [(run[0], ""), *_run_spans(" ".join(run[1:]), False, cue, common, inner)]
    if not english and run:
        # "Bupati Blora Abu Nafi" → Blora | Abu Nafi (s22: "Blora Abu Nafi" was a person);
        # "Ketua DPRD Blora Bambang Susilo" → DPRD Blora | Bambang Susilo
        unit = 1 if run[0].lower() in _REGIONAL_UNITS else 0
        region = _region(run[unit:], places) if unit or office in _REGIONAL_OFFICES else 0
        if region:
            head = [(" ".join(run[: unit + region]), "" if unit else "place")]
            rest = " ".join(run[unit + region :])
            return head + (_run_spans(rest, False, cue, common, inner, False) if rest else [])
    if (
        not english
        and office
        and len(run) > 1
        and 2 <= len(run[0]) <= 6
        and run[0].isupper()
        and run[0].isalpha()
        and run[0].lower() not in _ORG_WORDS  # "Direktur Utama PT Transjakarta Budi …" (below)
        and len(run) <= 4
        and all(_holder_word(w) for w in run[1:])
    ):
        # an organisation's acronym after the title, then its holder: "Kepala BPS Suhariyanto",
        # "Ketua DPP Yorrys Raweyai" (s28: one organisation, or a person named "DPP …")
        officer = _run_spans(" ".join(run[1:]), False, "person", common, inner, english, places)
        return [(run[0], ""), *officer]
    if not english and office and len(run) > 2 and _firm_opening(run[0], places):
        # "Direktur Utama PT Transjakarta Budi Kaliwono" → PT Transjakarta | Budi Kaliwono (s24:
        # one organisation), when the cluster names the officer again ("Budi")
        officer = _officer_spans(run, False, common, inner, places, named)
        if officer is not None:
            return officer
    if (
        not english
        and not office
        and len(run) > 2
        and (run[0].lower() in _NAMED_BEFORE_PEOPLE or _ID_CLUB.fullmatch(run[0].lower()))
    ):
        # "akun Instagram Bambang Pamungkas", "Partai Republik Donald Trump", "Real Madrid
        # Cristiano Ronaldo" → the organisation | the person, when the cluster also names the
        # person by a first name or a surname alone ("Djadjang", "Trump", "Ronaldo"; s24: one
        # organisation or thing); after a maker, by the surname ("Microsoft Bill Gates", then
        # "Gates"): a product goes by its first word ("Lenovo Mirage Solo", then "Mirage"); no
        # letter alone nor a digit ("Xbox One S Shadow", "Toyota Fortuner B")
        holder = _holder_start(run, named, places, common, extend=False)
        person = run[holder:]
        if (
            0 < holder < len(run) - 1
            and len(_segments(tuple(run))) == 1
            and any(
                _lone_name(person[k], named, places, common)
                for k in ((-1,) if run[0].lower() in _ID_BRANDS else (0, -1))
            )
            and all(len(w) > 1 and not any(c.isdigit() for c in w) for w in person)
        ):
            rest = " ".join(run[holder:])
            return [(" ".join(run[:holder]), cue), *_run_spans(rest, False, "", common, inner)]
    if english:
        title_at = [
            k
            for k, word in enumerate(run[:-1])
            if word.lower() in _EN_TITLES
            or (k and word.lower() in _EN_TITLE_TAILS and run[k - 1].lower() in _EN_TITLES)
        ]
        if title_at:  # "Senate Minority Leader Chuck Schumer": the name after the last title
            run, cue = run[title_at[-1] + 1 :], "person"
    if not english and len(run) > 2 and run[0].lower() not in _PLACE_PREFIX:
        ranks = [
            k
            for k in range(1, len(run) - 1)
            if (
                run[k].lower() in _ID_RANKS
                # a rank of two words: "Komisaris Besar", "Inspektur Jenderal", "Ajun Komisaris"
                or (run[k].lower() in _RANK_HEADS and run[k + 1].lower() in _RANK_TAILS)
            )
            and run[k - 1].lower() not in _GENERAL_OF  # "Direktorat Jenderal Pajak"
        ]
        if ranks and len(_segments(tuple(run))) == 1:
            # "Kebayoran Lama Kompol Widya Agustiono" → "Widya Agustiono", as in English (a run
            # that a place, agency or party splits keeps it: "Panglima TNI Jenderal Gatot …");
            # the rank's other words too ("Komisaris Besar Polisi Martinus Sitompul", s26)
            name_at = ranks[-1] + 1
            while name_at < len(run) - 1 and run[name_at].lower() in _RANK_TAILS:
                name_at += 1
            run, cue = run[name_at:], "person"
    for k, piece in enumerate(_segments(tuple(run), english)):
        seg = list(piece)
        titled = False
        if k and not english and len(seg) > 1 and seg[0].lower() == "bidang":
            # an office's field after its organisation, then its holder: "Ketua Koordinator DPP
            # Partai Golkar Bidang Ekonomi Airlangga Hartarto" (s28: "Bidang Ekonomi Airlangga
            # Hartarto" was a name)
            field = _fields_end(seg, 0, common)
            while (  # the field's words of the dictionary ("Bidang Ekonomi"), not a given name
                field < len(seg) - 1
                and in_dictionary(seg[field].lower())
                and seg[field].lower() not in _ID_GIVEN_WORDS
            ):
                field += 1
            seg, titled = seg[field:], True
            if not seg:
                continue
        while (
            k
            and len(seg) > 1
            and (
                seg[0].lower() in titles  # "TNI Jenderal Gatot Nurmantyo" → "Gatot Nurmantyo"
                or (titled and not english and seg[0].lower() in _RANK_TAILS)  # "Brigjen Polisi …"
            )
        ):
            seg, titled = seg[1:], True
        while len(seg) > 1 and _drops_last(seg, common, english):
            seg = seg[:-1]
        while english and len(seg) > 1 and len(seg[-1].rstrip(".")) == 1:  # "Washington D"
            seg = seg[:-1]
        if len(seg) == 1 and (len(seg[0].rstrip(".")) < 2 or seg[0].lower() in common):
            continue
        if english and len(seg) == 1 and seg[0].lower() in _EN_GENERIC:
            continue
        if len(seg) == 1 and (seg[0].lower() in _PLACE_PARTS or _ROMAN.match(seg[0])):
            continue  # "Selatan" of "Korea Selatan", "III" of "Komisi III": no name alone
        first = cue if seg == run[: len(seg)] else ""
        if first == "person" and len(seg) == 1 and seg[0].lower() in _RULES[english].standalone:
            first = ""  # "Kepala Polri Jenderal Tito Karnavian": the agency is no person (s28)
        out.append((" ".join(seg), "person" if titled else first))
    return out


# s21: a police or military rank inside an Indonesian run opens the name after it, as a title
# does in English; what stands before it is the office's unit or place ("Kapolsek Kebayoran Lama
# Kompol Widya Agustiono", "Direktur Data dan Informasi Bakamla Laksamana Pertama Bambang
# Udoyo"), named elsewhere on its own; not after a place's kind ("Jalan Jenderal Sudirman").
# ... but "Jenderal" after these is "general" of an office, no rank: "Direktorat Jenderal Pajak",
# "Sekretaris Jenderal PBB".
_GENERAL_OF = frozenset("direktorat direktur sekretaris sekretariat inspektorat".split())
_ID_RANKS = RANKS | frozenset(
    "pol brigadir briptu brigjend kapten kolonel marsekal laksamana".split()
)
# s26: a rank spelled out in two or three words ("Komisaris Besar Polisi", "Inspektur Jenderal",
# "Ajun Komisaris Besar", "Brigjen Polisi", "Laksamana Pertama", "Brigadir Polisi Satu"): its
# first word, and the words after it that are the rank's still, no name's.
_RANK_HEADS = _ID_RANKS | frozenset("komisaris inspektur ajun besar polisi".split())
_RANK_TAILS = frozenset("besar jenderal komisaris polisi pol pertama muda madya satu dua".split())
# An office of two words whose second is "Agung" ("Jaksa Agung", "Hakim Agung").
_ID_HIGH_OFFICES = frozenset(["jaksa", "hakim"])


# s22: an Indonesian regional office and the unit named after its region: the word after them
# is the region, then comes the holder's name ("Wali Kota Tegal Nur Sholeh", "Bupati Kupang Ayub
# Titu Eki", "Gubernur Sulawesi Tenggara Nur Alam", "Kapolda Metro Jaya Irjen Idham Aziz",
# "Polres Metro Bekasi"). They were people ("Tegal Nur Sholeh") or the region was ("Bandung").
_REGIONAL_OFFICES = frozenset(
    """bupati wabup walikota kota wawali gubernur wagub camat kapolres kapolresta kapolrestabes
    kapolda kapolsek kajari kajati dandim danrem pangdam sekda"""
    # s26: a prosecutor or a judge of a city ("Jaksa Penuntut Umum Ankara …")
    """ jaksa penuntut umum hakim""".split()
)
_REGIONAL_UNITS = frozenset(
    """polres polresta polrestabes polda polsek kejari kejati kodim korem kodam pemkab pemkot
    pemprov dprd"""
    # s28: regional election bodies and offices ("Ketua KPUD Jatim Eko …"; not "KPU", also the
    # national commission: "Ketua KPU Arief Budiman")
    """ kpud panwaslu panwas dishub disdik dinkes""".split()
)
# ... a region of more than one word: "DKI Jakarta", "Metro Jaya", "Nusa Tenggara Barat",
# "Jawa Barat", "Bandung Barat", "Jakarta Selatan"
_REGION_HEADS = frozenset({"dki", "metro", "nusa", "kepulauan", "daerah"})
# A word after these is a region ("Kabupaten Blora", "kota Tegal", "Pemkab Blora", "DPRD Blora"):
# what ``_places`` reads as surely one.
_REGION_KINDS = _REGIONAL_UNITS | frozenset({"kabupaten", "kota", "provinsi", "kecamatan"})


def _places(runs: Iterable[tuple[_Run, str]]) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words an Indonesian cluster writes as a place: after di/ke/dari ("di
    Blora"), or after a region's kind or unit ("Kabupaten Blora", "Pemkab Blora"), and those of
    the second kind alone (surely a region: no lone name of theirs joins a longer name)."""
    weak: set[str] = set()
    sure: set[str] = set()
    for (matched, _, _), before in runs:
        if before in _PLACE_CUES or before == ",":
            weak.add(matched.partition(" ")[0])
            if matched.count(" ") == 1:
                weak.add(matched)  # "di Kebayoran Lama": two words, one place (``_region``)
        if before in _REGION_KINDS:
            sure.add(matched.partition(" ")[0])
        if " " in matched:
            words = matched.split(" ")
            for k in range(len(words) - 1):
                if words[k].lower() in _REGION_KINDS and not (k and words[k - 1].lower() == "wali"):
                    sure.add(words[k + 1])
    sure = {w for w in sure if w.lower() not in _PLACE_PREFIX}
    return frozenset(sure | {w for w in weak if w.lower() not in _PLACE_PREFIX}), frozenset(sure)


def _region(run: list[str], places: AbstractSet[str]) -> int:
    """How many words open ``run`` as a region after a regional office or unit, or 0 when its first
    word is known as no place (then the run is a name: "Gubernur Anies Rasyid Baswedan")."""
    if len(run) > 1 and run[0].lower() in _PLACE_PREFIX:  # "DPRD Provinsi DKI Jakarta"
        region = _region(run[1:], places)
        return region + 1 if region else 0
    if not run:
        return 0
    n = 2 if len(run) > 1 and run[0].lower() in _REGION_HEADS else 1
    if len(run) > 1 and (
        (len(run) > 2 and " ".join(run[:2]).lower() in _RULES[False].place_pairs)
        or " ".join(run[:2]) in places  # "Kapolsek Kebayoran Lama" where "di Kebayoran Lama"
    ):
        n = 2
    while n < len(run) and run[n].lower() in _PLACE_PARTS:
        n += 1
    first = run[0].lower()
    if n > 1 or first in _PLACE_NAMES or first in _ID_PLACES or run[0] in places:
        return n
    return 0


def _drops_last(seg: list[str], common: set[str], english: bool) -> bool:
    """Whether a name's last word is not part of it: a word the cluster prints in lower case,
    unless it ends a known two-word place ("Jawa Barat" keeps "Barat") or field ("Luar Negeri"),
    an Indonesian body's name under its head word ("Komisi Pemberantasan Korupsi", s33), or, in
    English, an organisation or a place ("Pittsburgh Public Schools"); in English, a trailing
    title ("Democratic Rep")."""
    last, pair = seg[-1].lower(), " ".join(seg[-2:]).lower()
    if english and (last in _EN_TITLES or _POSSESSIVE.sub("", last) in _EN_OFFICES):
        return True  # "Democratic Rep"; "Broward Sheriff's Office" (not "Burger King's")
    return (
        last in common
        and last not in ALIASES
        and pair not in _RULES[english].place_pairs
        and not (english and (last in _EN_NAME_TAILS or last in _EN_DISEASES))
        # an office's field of two words ("Kementerian Luar Negeri" was "Kementerian Luar"; s22)
        and not (not english and pair in _ID_FIELD_PAIRS)
        # a body's name of words, under the word that heads it (s33: "Komisi Pemberantasan
        # Korupsi", "Lembaga Penjamin Simpanan" lost their last word)
        and not (not english and len(seg) > 2 and seg[0].lower() in _ORG_WORDS)
    )


_ID_FIELD_PAIRS = frozenset({"luar negeri", "dalam negeri"})


def _english_pieces(run: list[str]) -> list[list[str]]:
    """An English run split after a possessive ("China's Mount Everest" → "China's" | "Mount
    Everest") and at a capitalised function word ("Follow The Knot" → "Follow" | "Knot"); no
    piece at all when two or more such words show a headline glued to the text."""
    inner = [
        k
        for k, word in enumerate(run)
        if k
        and (
            (word[1:].islower() and word.lower() in _EN_HEADLINE_WORDS)
            or _EN_CONTRACTION.match(word)
        )
    ]
    if len(inner) > 1:
        return []
    pieces: list[list[str]] = [[]]
    for k, word in enumerate(run):
        if k in inner:
            pieces.append([])
            continue
        pieces[-1].append(word)
        if k < len(run) - 1 and _POSSESSIVE.search(word) and len(word) > 2:
            pieces.append([])
    return [piece for piece in pieces if piece]


_SHIP_PREFIXES = frozenset("uss hms hmas hmcs rss ins kri km mv".split())


def _kind(name: str, person: int, place: int, english: bool = False, mentions: int = 0) -> str:
    """What a name is; ``person`` and ``place``: its mentions after a title and after di/ke/dari
    (in an English cluster also in/at/from/near). Such a cue is weak ("dari Anies Baswedan", "in
    Eichmann's trial"): a name is a place by its cues only when half its ``mentions`` have one."""
    low = name.lower()
    words = low.split()
    first = name.split()[0]
    if words[0] == "dki" and len(words) > 1:
        return "place"  # "DKI Jakarta" (Daerah Khusus Ibukota), no organisation
    if (
        len(words) == 2
        and words[0] == "new"
        and (words[1] in _PLACE_SET or words[1] in _EN_PLACES or name in _NEW_PLACES)
    ):
        return "place"  # "New Jersey", "New Delhi", "New England" (s29: people in Indonesian)
    if (
        not english
        and len(words) > 1
        and words[-1].endswith("s")
        and _known_place(" ".join(name.split()[:-1]))
        and _english_word(words[-1])
        and words[-1] not in _GEO_PLURALS
    ):
        return "org"  # a team or a paper: "Cleveland Cavaliers", "Los Angeles Times" (s29: people)
    if len(words) > 1 and (
        (words[-1] in _TEAM_MAKERS and words[0] not in _TEAM_MAKERS) or words[0] in _TEAM_SPONSORS
    ):
        return "org"  # "Pramac Ducati", "Repsol Honda" (not "Ducati Andrea Dovizioso")
    if len(words) > 1 and words[0] in _SHIP_PREFIXES:
        return "other"  # a ship: "USS Fitzgerald", "KRI Cucut-886", "RSS Gallant" (s28)
    if len(words) > 1 and words[0] == "daily" and words[-1] not in ("show", "mile", "dose"):
        return "org"  # a paper or a site: "Daily Mail", "Daily Beast" (s29: "other")
    if low == "crystal palace":
        return "org"  # a club by a place's last word ("palace", s27), in the news far more often
    if not english and low in _ID_ELECTIONS:
        return "other"
    if not english and low in _ID_STATE_BODIES:
        return "org"
    if (
        english
        and len(words) == 1
        and not person
        and _camel_case(name)
        and sum(c.isupper() for c in name) < sum(c.islower() for c in name)
    ):
        # an English cluster's company or site in camel case: "PayPal", "PeerJ", "LinkedIn"
        # (s28); not a term with as many capitals as small letters ("PhD", "IoT", "MotoGP"). An
        # Indonesian report's are as often products and apps ("DualShock", "WannaCry")
        return "org"
    if not english and _ID_CLUB.fullmatch(low) and low not in _ID_NOT_CLUB:
        return "org"  # a club named alone ("Persib", "Persela"; s24: "other", left out)
    if not english and low in _ID_CLUB_NAMES:
        return "org"
    if not english and words[-1] == "swt":
        return "other"  # "Allah SWT" (subhanahu wa ta'ala), no person of the story (s29)
    if english and len(words) > 1 and words[0] == "miss" and _known_place(name[5:]):
        return "other"  # a pageant: "Miss America", "Miss Delaware" (s29: places)
    if english and len(words) > 1:
        # s24: a disease before its place's word ("West Nile Virus", "Rocky Mountain Spotted
        # Fever" were a place and a person); a union, an airline, a charity named "United …"
        # (not "United States"); a campus of the University of California ("UC Berkeley")
        if words[-1] in _EN_DISEASES:
            return "other"
        if words[0] == "uc" or (
            words[0] == "united" and words[1] not in ("states", "kingdom", "arab")
        ):
            return "org"
    if not english and len(words) > 1:
        # the head decides before an organisation's word inside: "Peraturan Pemerintah", "Rapat
        # Dewan Gubernur", "Gedung DPR" are a rule, a meeting and a building (s23)
        kind = _id_head_kind(words)
        if kind:
            return kind
    if len(words) == 1 and name.isupper() and low in _TERM_ACRONYMS:
        return "other"  # a term, never a body: "BLBI", "HAM", "DNA", "APBN" (s29)
    if not english and name.isupper() and low in _ID_PLACE_ACRONYMS:
        return "place"
    if low in _PLATFORMS:
        return "org"
    if low in _STORES:
        return "other"
    if (
        any(w in _ORG_WORDS for w in words)
        or (first.isupper() and len(first) >= 3)
        or (not english and _ID_MINISTRY.match(low))
    ):
        return "org"
    if low in _AGENCIES or (
        english
        and (words[-1] in _EN_ORG_WORDS or words[-1] in _EN_COMPANY_TAILS or low in _EN_ORGS)
    ):
        return "org"
    if (
        not english
        and len(words) > 1
        and (words[-1] in _EN_ORG_WORDS or words[-1] in _EN_COMPANY_TAILS or low in _EN_ORGS)
        and words[-1] not in ("center", "centre")  # a venue there: "Staples Center"
    ):
        # s27: in an Indonesian cluster too, a name of two words or more by its English last
        # word ("Warner Bros Pictures", "Inna Hotel Group", "BigHit Entertainment" were people)
        return "org"
    if not english and low in _ID_PARTIES:
        return "org"
    if (
        english
        and len(words) > 1
        and words[-1] in _EN_MASTHEADS
        and _kind(" ".join(name.split()[:-1]), 0, 0, True) == "place"
    ):
        return "org"  # a newspaper: a place and its masthead word ("Las Vegas Sun")
    if english and len(words) > 1 and words[-1] == "republic":
        return "place"  # "Czech Republic", "Dominican Republic" (not "Arizona Republic", above)
    if english and len(words) > 1 and words[-1] == "city" and words[0] not in _EN_CITY_CLUBS:
        return "place"  # "Vatican City", "Union City"; "Manchester City" is a club
    if len(words) > 1 and (
        (words[-1] in _CLUB_LAST and not (english and words[0] in _EN_PLACE_HEADS))
        or words[0] in _CLUB_FIRST
    ):
        return "org"  # "Manchester City", "Real Madrid"; not "New York City"
    if (
        low in _PLACE_SET
        or low in _MULTI_PLACES
        or words[-1] in _PLACE_SET
        or words[0] in _PLACE_PREFIX
        or (
            not english
            and (
                words[-1] in _ID_PLACES
                or words[-1] in _ID_COUNTRIES
                or low in _ID_MULTI_PLACES
                or " ".join(words[-2:]) in _ID_MULTI_PLACES
            )
        )
        or (  # "Yerusalem Timur", "Papua Barat": a place and a compass word
            len(words) == 2 and words[1] in _PLACE_PARTS and words[0] in _KNOWN_PLACE_WORDS
        )
        or (
            english
            and (
                words[-1] in _EN_PLACES
                or (
                    len(words) > 1
                    and (
                        words[0] in _EN_PLACE_HEADS
                        # a title before it makes "Hill", "Park", "Hall" a surname ("Coach Mike
                        # Park"); no title leaves it a place ("Gant Science Building")
                        or (words[-1] in _EN_PLACE_TAILS and person == 0)
                    )
                )
            )
        )
    ):
        return "place"
    if person == 0 and place > 0 and 2 * place < mentions:
        # a few "in/at/from" ("dari", "di") before a name are no place's: "dari Anies Baswedan"
        place = 0
        if len(words) == 1:
            return "other"
    if len(words) > 1 and person == 0 and words[-1] in _EN_THING_TAILS:
        # a law, a prize, a book, an event: "Affordable Care Act", "Nobel Prize"; in an
        # Indonesian cluster too (s27: "Jogjarockarta Festival", "Teen Choice Awards" were people)
        return "other"
    if person > 0 or (
        # initials count for no word of the four: "I Made Dana M. Tangkas" (a Balinese "I", a
        # middle "M.")
        len(words) >= 2
        and (len(words) <= 4 or sum(len(w.rstrip(".")) > 1 for w in words) <= 4)
        and place == 0
    ):
        return "person"
    if place > 0:
        return "place"
    return "other"


# Acronyms of terms the news prints in capitals (only in capitals: "Sara", "Sim" and "Nik" are
# names), which name no organisation, person or place
# (s29: "BLBI", "SKL", "HAM", "DNA" were listed as organisations by their capitals): budgets
# and taxes, documents and cards, procedures and offences, statuses of people, diseases and
# health terms, fuels and transport systems, devices. Organisations of the same shape ("TNI",
# "KPK", "BPJS", "PBB" — the United Nations or a land tax) are never listed here.
_TERM_ACRONYMS = frozenset(
    """apbn apbd rapbn apbn-p pdb gdp ppn pph ppnbm njop ihsg ipo bbm lpg spbu spbg
    ktp sim npwp nik skck spt lhkpn imb hgu amdal rtrw skl blbi sp3 spdp bap dpo pk
    ham kuhp kuhap ite sara nkri ott phk kdrt tkp paw
    umkm pns cpns asn tki tkw tka wni wna pkl psk abg odgj odha
    umr ump umk hut dpt tps psbb ppkm
    dna hiv aids tbc ispa dbd klb hpv mri icu ugd igd ptsd adhd
    krl mrt lrt brt suv mpv ufo cctv gps atm usb led dvd pdf url faq lgbt lgbtq
    uu ruu uud km ukm gp ram hdr hdmi oled lte rgb fhd cgi sms ssd cpu gpu nfc b2b b2c
    co2 thc cbd gmo""".split()
)
# Plural words that end a place's name ("Colorado Springs", "Idaho Falls", "Florida Keys"): no
# team's or paper's.
_GEO_PLURALS = frozenset(
    """springs falls keys heights islands isles hills lakes plains woods rapids shores gardens
    meadows acres sands pines oaks palms valleys mountains flats narrows forks""".split()
)
# Provinces by their acronyms, in capitals ("NTT", "NTB", "DIY": organisations by their capitals).
_ID_PLACE_ACRONYMS = frozenset({"ntt", "ntb", "diy"})
# Platforms and stores a report says something is "di" (on): "di Instagram", "di Play Store"
# made them places (s29). The companies' services are organisations, stores and systems things.
_PLATFORMS = frozenset(
    "instagram twitter facebook youtube whatsapp tiktok snapchat telegram spotify netflix linkedin".split()
)
_STORES = frozenset({"play store", "app store", "google play", "android", "ios"})
# What the first word of an Indonesian name of two words or more makes it (s20), read in the
# entities of the indosum-multi-dev and pseudo clusters: teams, task forces, forces and offices
# ("Timnas Indonesia", "Tim Mitigasi PB IDI", "Angkatan Darat", "Kejaksaan Agung"), football
# clubs ("Persela Lamongan", "Persib Bandung"), a club or an institution named in English ("The
# Foxes", "The Federal Reserve") — organisations; elections, races and games ("Pilgub Jateng", "GP
# Valencia", "Asian Games"), laws ("UU Tipikor") — neither a person nor a place; a stadium
# ("Gelora Bandung Lautan Api") — a place. They were people or places.
_ID_ORG_HEADS = frozenset(
    """cv timnas tim satgas angkatan kejaksaan kejati kejari polsek polresta polrestabes kodam korem
    kodim lapas direktorat ditjen inspektorat sekretariat"""
    # s23: bureaus, councils, divisions, movements ("Biro Humas", "Majelis Ulama", "Balai
    # Konservasi Borobudur", "Front Pembela Islam", "Gerakan Non-Blok" were people)
    """ pusat biro majelis divisi departemen balai laskar front gerakan"""
    # s24: a cabinet, associations, and wings of mass organisations ("Kabinet Kerja", "Gabungan
    # Industri Kendaraan Bermotor", "Muslimat NU", "Pemuda Pancasila" were people)
    """ kabinet gabungan muslimat fatayat pemuda"""
    # committees, managements, squads, press offices, groups and clubs' nicknames ("Panitia
    # Pelaksana", "Manajemen Persib", "Skuat Garuda", "Humas Jasa Marga", "Grup Astra", "Setan
    # Merah", "Macan Kemayoran", "Garuda Muda" were people)
    """ panitia manajemen skuat humas grup setan macan garuda"""
    # s29: a ministry's regional office and a district court by their short heads ("Kanwil
    # Kemenkumham" was a person, "PN Jakut" a place)
    """ kanwil pn ptun"""
    # national commissions, the civil police, movements ("Komnas HAM", "Satpol PP", "Hizbut
    # Tahrir", "Jamaah Ansharut Daulah" were people; s29)
    """ komnas satpol hizbut jamaah jemaah"""
    # s26: troops and units ("Pasukan Pengaman Presiden", "Satuan Polisi Pamong Praja")
    """ pasukan satuan""".split()
)
_ID_OTHER_HEADS = frozenset(
    """pilgub pilkada pilpres pileg pilwalkot pilbup pemilu gp uu perppu perpres perda permen
    undang-undang olimpiade kitab"""
    # s23: wars, crises, cases, meetings, games, festivals, rules, letters, feasts and trains
    # ("Perang Dunia II", "Krisis Rudal Kuba", "Pekan Olahraga Nasional", "Rapat Dengar Pendapat",
    # "Peraturan Menteri Keuangan", "Idul Fitri", "KA Argo Bromo" were people or places)
    """ perang tragedi krisis peristiwa insiden kasus skandal pekan kejuaraan pemilihan konferensi
    sidang rapat debat festival pameran operasi perjanjian konvensi peraturan surat idul ka"""
    # s24: a president's instructions and decrees, an order ("Instruksi Presiden", "Inpres
    # Megawati", "Perintah Penghentian Penyidikan" were people)
    """ instruksi inpres keppres kepres perintah maklumat"""
    # offences, rights, cards, reforms, pageants, decisions ("Tindak Pidana Korupsi", "Hak Asasi
    # Manusia", "Kartu Tanda Penduduk", "Miss Universe", "Keputusan KPU" were people)
    """ tindak hak kartu reformasi miss keputusan"""
    # s29: a memorandum, an article of law and its "juncto", a scale ("Nota Dinas", "Nota
    # Kesepahaman", "Pasal 156a", "Juncto Pasal", "Skala Richter" were an organisation and people)
    """ nota pasal juncto skala""".split()
)
# "Tata" before these is a procedure or a field ("Tata Cara …", "Tata Usaha Negara"), before
# others a name ("Tata Martino").
_ID_TATA = frozenset("cara negara usaha kelola ruang tertib krama letak bahasa".split())
# Elections and a tournament named alone ("di Pilpres", "jelang Pilkada", "di Euro": "Pilpres"
# and "Euro" were places).
_ID_ELECTIONS = frozenset(
    "pilpres pilkada pileg pilgub pilwalkot pilbup pilkades pemilu euro".split()
)
# "Hari" opens a feast day's name before these words or with "Nasional" / "Sedunia" at its end
# ("Hari Raya Idul Adha", "Hari Pers Nasional"); before any other it is a given name ("Hari
# Sabarno").
_ID_DAY_WORDS = frozenset(
    """raya natal paskah kemerdekaan pahlawan ibu guru buruh bumi anak pers pangan kartini santri
    lebaran valentine bhayangkara jadi lahir kebangkitan sumpah tani""".split()
)
# Makers whose name opens a product's (s23: 346 such names of indosum-single-dev were people).
# Not "Sony", a given name too ("Sony Dwi Kuncoro").
_ID_BRANDS = frozenset(
    """google xbox samsung honda toyota microsoft android apple windows instagram iphone ipad
    nokia xiaomi oppo vivo lenovo asus yamaha suzuki nissan mitsubishi bmw audi tesla
    nintendo playstation facebook whatsapp youtube huawei acer intel nvidia kawasaki ducati
    daihatsu hyundai kia mazda chevrolet volkswagen porsche lamborghini netflix spotify"""
    # s29: "Galaxy S8", "Qualcomm Snapdragon" were people
    """ galaxy qualcomm""".split()
)
_COMPANY_TAILS = frozenset(
    """inc motor motors group corp corporation company co ltd electronics indonesia sales team
    racing entertainment pictures"""
    # s29: "Qualcomm Technologies", "Qualcomm Incorporated"
    """ technologies technology incorporated holdings""".split()
)
# s28: kin before a name ("Ibunda Selena Gomez", "Istri Setya Novanto", "Keluarga Cornell"
# were people of those names)
_ID_KIN = frozenset(
    """ibunda ayahanda istri suami putra putri adik kakak keluarga cucu kekasih pacar mertua
    menantu sepupu paman bibi""".split()
)
# Roles in sport and show business that open a sentence before a name or a club (s23).
_ID_ROLES = frozenset(
    """pelatih manajer bintang gelandang pebalap bek penyerang striker kiper pemain penyanyi
    aktris aktor sutradara komedian presenter""".split()
)


# s24: English job titles an Indonesian report keeps ("CEO Instagram Kevin Systrom", "Managing
# Director Lamudi", "Chief Executive Officer PTFI Richard C. Adkerson", "General Manager Persib"),
# and the Indonesian "Pendiri", "Pemilik", "Bos" ("Bos Tesla Elon Musk"): the organisation, then
# its officer, follow them. They were one organisation, or one person.
_JOB_TITLES = frozenset(
    "ceo cfo cto coo cmo cio cpo founder co-founder cofounder chairman pendiri pemilik bos".split()
)
# ... the last word of a title of several ("Managing Director", "Chief Marketing Officer")
_JOB_TITLE_ENDS = frozenset("officer director manager partner".split())
# ... and the words that open such titles, no names of their own
_JOB_TITLE_WORDS = (
    _JOB_TITLES
    | _JOB_TITLE_ENDS
    | frozenset(
        """chief executive managing general vice president senior country regional marketing sales
    brand product technical technology operating operations communication communications
    business development assistant associate deputy head co financial public relations
    corporate creative digital""".split()
    )
)


def _job_title_end(run: Sequence[str]) -> int:
    """The index of the last word of an English job title in an Indonesian run, or -1: a title
    word ("CEO", "Founder"), the end of one ("Managing Director", "General Manager", "Chief
    Technology Officer"), "Chief Executive" or "Vice President" before a name."""
    end = -1
    for k, word in enumerate(run[:-1] if len(run) > 1 else ()):
        low = word.lower()
        before = run[k - 1].lower() if k else ""
        following = run[k + 1].lower()
        if (
            low in _JOB_TITLES
            or low in _JOB_TITLE_ENDS
            or (low == "executive" and before == "chief" and following not in _JOB_TITLE_ENDS)
            or (low == "president" and before == "vice" and following not in _JOB_TITLE_ENDS)
        ) and following not in _JOB_TITLE_WORDS:
            end = k
    return end


# Words that make a capitalised word an organisation's after a job title or an office: a company's
# or a maker's word ("Sinar Mas Land", "IDN Media", "Toyota"), beside acronyms ("OLX", "PT"),
# names written in camel case ("BlackGarlic", "OnlinePajak") and names with a digit ("Rumah123").
_COMPANY_WORDS = frozenset(
    """grup group ventures capital management asset sports digital global teknologi technology
    labs studio studios land aviation incubator network networks solution solutions software
    games foods tbk persero cv perum air airlines airways cabang wilayah regional divisi
    communication""".split()
)
_CAMEL = re.compile(r"[a-z][A-Z]")
_NOT_CAMEL = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|O')[A-Z]")


def _camel_case(word: str) -> bool:
    """A name in camel case, a company's or a site's ("BlackGarlic"; not "McLaren", "DeShawn")."""
    return _CAMEL.search(word) is not None and not _NOT_CAMEL.match(word)


def _company_word(word: str) -> bool:
    """Whether a capitalised word marks an organisation's name (``_COMPANY_WORDS``)."""
    low = word.lower()
    return (
        low in _COMPANY_WORDS
        or low in _COMPANY_TAILS
        or low in _EN_COMPANY_TAILS
        or low in _ORG_WORDS
        or low in _ID_BRANDS
        or low in _CLUB_LAST
        or any(c.isdigit() for c in word)
        or (len(word) > 1 and word.isalpha() and word.isupper())
        or _camel_case(word)
    )


# Particles inside a name ("Arne Van Looveren", "Frank De Witte", "Ali Bin Ahmad").
_NAME_PARTICLES = frozenset(
    "van von de der del della da di dos du bin binti al el la le ter ten".split()
)


# The first words of makers', clubs', parties' and universities' names that a person's name may
# follow in one capitalised run ("Instagram Bambang Pamungkas", "Partai Republik Donald Trump",
# "Universitas Gadjah Mada Erwan Agus Purwanto"); an office's ("Kantor Gubernur Sulut", "Front
# Pembela Islam", "Balai Taman Nasional Kelimutu") ends in words a cluster also prints alone.
# s26: "Pasukan Zinedine Zidane" (a coach's squad) names the coach, when the cluster names him
# alone too
_NAMED_BEFORE_PEOPLE = (
    _ID_BRANDS | _CLUB_FIRST | frozenset({"partai", "universitas", "institut", "pasukan"})
)


def _named(runs: Sequence[list[tuple[_Run, str]]], inner: AbstractSet[str]) -> frozenset[str]:
    """Every capitalised run a cluster prints, without the stopword that opens a sentence
    ("Menurut Trump," names "Trump" alone)."""
    out = {matched for found in runs for (matched, _, _), _ in found}
    for found in runs:
        if found and found[0][0][1]:  # only a sentence's first run may open it
            first, _, rest = found[0][0][0].partition(" ")
            if rest and _sentence_initial_word(first, inner):
                out.add(rest)
    return frozenset(out)


def _holder_word(word: str) -> bool:
    """Whether a word after an organisation's acronym may be its holder's name: no acronym, no
    word of Indonesian, no place, region or party, no English organisation's or thing's word
    ("PDI Perjuangan", "DPP Golkar", "MASOC Sports", "MUI Kecamatan …" name no holder)."""
    low = word.lower()
    return not (
        word.isupper()
        or indonesian_word(low)
        or _known_place(word)
        or low in _KNOWN_PLACE_WORDS
        or low in _REGION_KINDS
        or low in _ID_PARTIES
        or low in _EN_ORG_WORDS
        or low in _EN_COMPANY_TAILS
        or low in _EN_THING_TAILS
        or low in _RULES[False].standalone
    )


def _firm_opening(word: str, places: AbstractSet[str]) -> bool:
    """Whether the first word after an Indonesian office opens a company's name and so an
    officer's name may follow it: "PT", "CV", a maker ("Toyota"), a name in camel case or with a
    digit, or an acronym that names no place, region or agency ("PGPI", not "DKI", "NTB", "BNPB",
    which the rules above and ``_segments`` read)."""
    low = word.lower()
    if low in ("pt", "cv", "perum") or low in _ID_BRANDS or any(c.isdigit() for c in word):
        return True
    if _camel_case(word):
        return True
    return (
        len(word) > 1
        and word.isalpha()
        and word.isupper()
        and word not in places
        and low not in ALIASES
        and low not in _KNOWN_PLACE_WORDS
        and low not in _REGION_HEADS
        and low not in _REGION_KINDS
        and low not in _AGENCIES
        and low not in _ID_PARTIES
    )


def _officer_spans(
    run: Sequence[str],
    sure: bool,
    common: set[str],
    inner: AbstractSet[str],
    places: AbstractSet[str],
    named: AbstractSet[str],
) -> list[tuple[str, str]] | None:
    """The organisation and its officer named after a job title or an office: the officer's name
    ends the run (``_holder_start``), the words before it name an organisation (cue "org"; no
    cue for a place: "Bandara Hang Nadim Batam"). ``sure``: after a job title an officer or an
    organisation surely follows; after an Indonesian office, or where an institution's name
    opens the run ("Pendiri Partai Amanat Nasional"), an officer only when no place, agency or
    party parts the run (``_segments``: "DPR RI Fahri Hamzah" is read there) and the cluster
    names the officer again, else None."""
    if not run:
        return []
    holder = _holder_start(run, named, places, common)
    if (
        sure
        and 0 < holder < len(run)
        and run[0].lower() in _ORG_WORDS | _ID_ORG_HEADS
        and not any(
            w.lower() in _COMPANY_WORDS | _COMPANY_TAILS | _EN_COMPANY_TAILS for w in run[1:holder]
        )
    ):
        # "Pendiri Partai Amanat Nasional": an institution's name may end the run (not "CEO PT
        # Whitesky Aviation Denon Prawiraatmadja", whose firm a company's word ends)
        sure = False
    if not sure and (
        len(_segments(tuple(run))) > 1
        or not 0 < holder < len(run)
        or not _named_again(run[holder:], named, places, common)
    ):
        return None
    out: list[tuple[str, str]] = []
    if holder:
        firm = " ".join(run[:holder])
        placed = run[0].lower() in _PLACE_PREFIX or firm.lower() in _KNOWN_PLACE_WORDS
        out.append((firm, "" if placed or run[0].lower() in _ID_BUILDING_HEADS else "org"))
    if holder < len(run):
        out += _run_spans(" ".join(run[holder:]), False, "person", common, inner)
    return out


def _named_again(
    name: Sequence[str], named: AbstractSet[str], places: AbstractSet[str], common: AbstractSet[str]
) -> bool:
    """Whether the cluster prints a person's name, or a word of it, as a name of its own
    elsewhere (``named``), a word that is no place's nor one it prints in lower case."""
    return any(" ".join(name[k:]) in named for k in range(len(name) - 1)) or any(
        _lone_name(word, named, places, common) for word in name
    )


def _lone_name(
    word: str, named: AbstractSet[str], places: AbstractSet[str], common: AbstractSet[str]
) -> bool:
    """Whether the cluster prints ``word`` alone as a name, and it is no place's or common word."""
    low = word.lower()
    return (
        word in named
        and word not in places
        and low not in _KNOWN_PLACE_WORDS
        and low not in common
        and low not in _ID_PARTIES
        and low not in _AGENCIES
        and len(word) > 2
    )


def _place_word(word: str, places: AbstractSet[str]) -> bool:
    """Whether a capitalised word is a place's, or a place's kind or part ("Bandara", "Barat")."""
    low = word.lower()
    return (
        word in places
        or low in _KNOWN_PLACE_WORDS
        or low in _PLACE_PARTS
        or low in _PLACE_PREFIX
        or low in _ID_BUILDING_HEADS
    )


def _holder_start(
    run: Sequence[str],
    named: AbstractSet[str],
    places: AbstractSet[str] = frozenset(),
    common: AbstractSet[str] = frozenset(),
    extend: bool = True,
) -> int:
    """Where an officer's name begins in the words after a job title or an office: after the
    organisation's ("Instagram Kevin Systrom" → 1, "IDN Media Winston Utomo" → 2, "XL Axiata Dian
    Siswarini" → 2); ``len(run)`` when they name only an organisation ("Juventus", "Dorna
    Sports", "AC Milan", "Lion Air"). The name's last two words
    unless the cluster prints a longer name ending there elsewhere, or its first word alone
    (``named``: every capitalised run it prints; ``_lone_name``), and a middle initial or a
    particle stays with the name ("Vicky G. Saputra", "Arne Van Looveren", "Al Muzammil
    Yusuf"). ``extend``: whether the cluster's other names may lengthen the name."""
    n = len(run)
    if n < 2:
        return n
    marks = [k for k, word in enumerate(run) if _company_word(word) or _place_word(word, places)]
    low = marks[-1] + 1 if marks else (1 if n > 2 else 0)
    start = max(low, n - 2)
    longer = [k for k in range(low, start) if extend and " ".join(run[k:]) in named]
    if longer:
        start = longer[0]
    else:
        # a name of three words when the cluster prints its first alone ("Kulina Andy Fajar
        # Handika", then "Andy"); not further: "PP Muhammadiyah Buya Ahmad Syafii Maarif", where
        # "Muhammadiyah" is also printed alone
        first = max(low, 1, start - 1)
        if extend and first < start and _lone_name(run[first], named, places, common):
            start = first
    while low < start < n and (
        _MIDDLE_INITIAL.fullmatch(run[start])
        or run[start].lower() in _NAME_PARTICLES
        or run[start - 1].lower() in _NAME_PARTICLES
    ):
        start -= 1  # "Vicky G. Saputra", "Arne Van Looveren", "Al Muzammil Yusuf"
    if n - start < 2 or (start == 0 and any(word.lower() in common for word in run)):
        return n  # no name of two words left, or two words of which the cluster prints one in
        # lower case ("Executive Vice President Bisnis Komersial")
    return start


# A run all in capitals that holds a word the cluster prints in lower case, or a function word,
# is shouted text ("SELAMAT DATANG DI MATA NAJWA", "JOKO WIDODO DAN PASANGAN BASUKI TJAHAYA
# PURNAMA"), not one name: it parts at those words, and a part the cluster also writes in
# capitalised words is read as that ("Joko Widodo"). Acronyms side by side ("DPP PDIP", "PT
# INKA") hold no such word. s24: 95 such "names" in the IndoSum sets, 79 of them organisations.
def _shouted(
    run: Sequence[str], common: AbstractSet[str], inner: AbstractSet[str]
) -> list[str] | None:
    """The names in a shouted run, or None when the run is no shouted text."""
    parts: list[list[str]] = [[]]
    for word in run:
        low = word.lower()
        if low in common or low in _function_words():
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(word)
    if len(parts) == 1 and len(parts[0]) == len(run):
        return None
    out = []
    for part in parts:
        if not part:
            continue
        cased = [w.capitalize() for w in part]
        out.append(" ".join(cased if all(w in inner for w in cased) else part))
    return out


def _club_end(run: Sequence[str], places: AbstractSet[str]) -> int:
    """How many words open ``run`` as a club or a team its words mark ("Persib", "Persela
    Lamongan", "Real Madrid", "Manchester United", "Arema FC", "Timnas Belgia", "Yamaha Tech"), or
    0. ``places``: the cluster's places (``_places``)."""
    first = run[0].lower()
    if (_ID_CLUB.fullmatch(first) and first not in _ID_NOT_CLUB) or first in _ID_BRANDS:
        end = 1
        while end < len(run) and (
            run[end].lower() in _COMPANY_TAILS
            or run[end] in places
            or run[end].lower() in _KNOWN_PLACE_WORDS
        ):
            end += 1  # its city or its team's word: "Persib Bandung", "Yamaha Tech 3"
        if end == len(run) - 1 and first not in _ID_BRANDS:
            return len(run)  # one word after an Indonesian club is its city: "Persela Lamongan"
        return end
    if first in _CLUB_FIRST:  # "Real Madrid Zinedine Zidane"; "Inter Stefano Pioli"
        return 2 if len(run) > 3 else 1
    if len(run) > 1 and (first == "timnas" or run[1].lower() in _CLUB_LAST):
        return 2
    return 0


# "The" and a role: a person's nickname ("The Doctor", "The Boss", "The Professor").
_THE_EPITHETS = frozenset("doctor boss professor maestro captain coach".split())
# Buildings ("Gedung Putih", "Masjid Nabawi", "Hotel Mulia Senayan", "Istana Merdeka").
_ID_BUILDING_HEADS = frozenset(
    "gelora stadion gedung masjid gereja hotel museum istana"
    # s24: toll roads, capes and harbours' districts, lands ("Tol Cikopo Palimanan", "Tanjung
    # Priok", "Negeri Tirai Bambu", "Daerah Istimewa Yogyakarta" were people)
    " tol tanjung negeri daerah"
    # s25: stations, terminals, circuits, detention centres, temples, routes, seas and dams,
    # whole now that their head printed in lower case too stays ("Stasiun Gambir", "Rutan
    # Salemba", "Candi Borobudur", "Laut Hitam" were people)
    " stasiun terminal sirkuit rutan candi jalur laut bendungan waduk"
    # s29: a block of a housing estate or a market, an oil or gas block ("Blok A12", "Blok M",
    # "Blok Masela" were people)
    " blok"
    # a warehouse, a factory ("Gudang Bulog" was a person)
    " gudang pabrik".split()
)
# A medium or a work in English whose name opens with "The" ("The Guardian", "The Hollywood
# Reporter"; "The Beatles" and "The Foxes" end in -s): an organisation; any other "The …" in
# an Indonesian text names a work ("The Accountant", "The Terminator": 121 such names of
# indosum-single-dev were people, most of their mentions a work's), no one.
_THE_MEDIA = _EN_MASTHEADS | frozenset(
    """guardian economist verge reporter post journal herald tribune gazette magazine mirror
    express atlantic wrap""".split()
)
# Indonesian league clubs whose names hold no club's word ("Mitra Kukar", "Barito Putera",
# "Semen Padang" were people or a place; s29).
_ID_CLUB_NAMES = frozenset(
    {"mitra kukar", "barito putera", "semen padang", "sriwijaya", "arema", "ps tni", "ps tira"}
)
_ID_CLUB = re.compile(r"pers[a-z]{2,6}")  # Persib, Persija, Persebaya, Persipura, Persela …
_ID_NOT_CLUB = frozenset(
    {"persen", "persero", "perseroan", "persatuan", "perserikatan"}
    # s24: words and a surname a club's pattern also matches ("Robin van Persie")
    | {"personel", "personil", "personal", "persona", "persepsi", "persada", "perspektif", "persie"}
)


def _id_head_kind(words: list[str]) -> str:
    """The kind the first word of an Indonesian name of two words or more gives it, or ""."""
    head = words[0]
    # a club's nickname, plural ("The Foxes"), an institution or a medium; else a work
    if head == "the":
        last = words[-1]
        if len(words) == 2 and last in _THE_EPITHETS:
            return "person"  # a nickname by a role: "The Doctor" (Valentino Rossi)
        if last in _EN_PLACE_TAILS:
            return "place"  # "The DW Stadium", "The Beverly Hilton Hotel"
        return (
            "org" if last.endswith("s") or last in _EN_ORG_WORDS or last in _THE_MEDIA else "other"
        )
    if head in _ID_BRANDS:
        # a maker's product or service ("Toyota Calya", "Google Maps", "Xbox One"); the maker
        # itself by a company's word ("Toyota Astra Motor", "Google Indonesia")
        return "org" if words[-1] in _COMPANY_TAILS else "other"
    if head == "balai" and words[1] == "kota":
        return "place"  # a city hall ("Balai Kota DKI"); "Balai Konservasi …" is an office
    if (head == "grup" and len(words[1]) <= 3) or (head == "tata" and words[1] in _ID_TATA):
        return "other"  # a tournament's group ("Grup B"), a procedure ("Tata Cara …"; s24)
    if head in _ID_ORG_HEADS or (_ID_CLUB.fullmatch(head) and head not in _ID_NOT_CLUB):
        return "org"
    if words == ["gudang", "peluru"]:  # Arsenal's nickname in Indonesian sports pages (s29)
        return "org"
    if (
        head in _ID_OTHER_HEADS
        or words[-1] in ("games", "award", "awards")
        or (head == "hari" and (words[1] in _ID_DAY_WORDS or words[-1] in ("nasional", "sedunia")))
        or (head == "grand" and words[1] in ("prix", "slam"))
    ):
        return "other"
    if head in _ID_BUILDING_HEADS or (
        words[-1] in _EN_PLACE_TAILS and (len(words) > 2 or words[-1] not in _SURNAME_TAILS)
    ):
        return "place"  # also an English-named place ("Old Fort Bay", "Golden Gate Bridge")
    if " ".join(words) in _ID_SET_PHRASES or (
        head in _ID_THING_HEADS and words[-1] not in ("league", "lig", "liga")  # "Super League"
    ):
        return "other"  # "Merah Putih", "Tanah Air" (the homeland), "Insya Allah", "Moto Z"
    if head in ("los", "les") and words[1] not in _LOS_PLACES:
        return "org"  # a team's nickname: "Los Blancos", "Les Bleus"; not "Los Angeles"
    if head in _ID_PLACE_NOUNS:
        return "place"  # "Perumahan Griya Asri", "Pelabuhan Merak", "Pegunungan Jayawijaya"
    if (
        _ID_CONFIX.fullmatch(head)
        and head not in _ID_INSTITUTIONS
        and head not in _REGION_HEADS
        and stem(head) != head
    ):
        # a noun of ke-…-an or pe(N)-/per-…-an names a matter, an act or a law's subject, no one
        # ("Pemberantasan Tindak Pidana Korupsi", "Pembangunan Berkelanjutan", "Kebangkitan
        # Nasional" were people; s26); an institution's name is an organisation (above)
        return "other"
    return ""


# s26: places named by a derived noun (which names no one, below)
_ID_PLACE_NOUNS = frozenset(
    """perumahan pemakaman perkebunan pelabuhan pegunungan perairan perbatasan permukiman
    pemukiman perkampungan pertokoan pedesaan perkotaan persimpangan kepulauan kelurahan
    kecamatan""".split()
)
# s26: products, shows and nicknames by their first word ("Moto G5S Plus", "Super Mario",
# "Sang Elang Muda", "Open Super Series" were people)
_ID_THING_HEADS = frozenset(["moto", "super", "sang", "open"])
_LOS_PLACES = frozenset(["angeles", "alamos", "cabos", "andes", "baños"])
# Set phrases written with capitals that are no one's name (s26: people).
_ID_SET_PHRASES = frozenset(
    ["merah putih", "tanah air", "insya allah", "paman sam", "lautan api", "perumahan rakyat"]
)


# English place words that are surnames too: two words ending in one may be a person ("Michael
# Bay", "James Bay", "Wayne Bridge", "Frank Ocean").
_SURNAME_TAILS = frozenset("bay bridge ocean hill hall park island brook".split())


def _names_a_thing(name: str, english: bool) -> bool:
    """Whether a name's first word (in Indonesian) or last (in English) makes it a thing or an
    event: a law, a meeting, a war, a feast ("Rapat Dengar Pendapat", "Affordable Care Act")."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    if english:
        return words[-1] in _EN_THING_TAILS
    return _id_head_kind(words) == "other"


# The last word of an English name that names a thing or an event, no one (s18): "Klingon
# Dictionary", "Rocky Mountain Spotted Fever", "Affordable Care Act" were people.
# Diseases' last words: kept at a name's end though printed in lower case ("Rocky Mountain Spotted
# Fever"), and a disease's whatever its first word ("West Nile Virus").
_EN_DISEASES = frozenset("syndrome disease fever virus flu".split())
_EN_THING_TAILS = frozenset(
    """act bill agreement accord treaty dictionary encyclopedia award awards prize games
    olympics festival war syndrome disease fever virus flu report index amendment constitution
    program programme project initiative doctrine saga trilogy series novel album film movie
    book championship championships tournament marathon summit conference convention election
    elections primary debate"""
    # s29: a measure ("Brief Psychiatric Rating Scale" was a person)
    """ scale""".split()
)


# "(BMKG)", "(FBI)": an acronym in capitals in brackets, after a space.
_ACRONYM = re.compile(r" \(([A-Z]{2,8})\)")
_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]*")
_NAME_WORD = re.compile(_CAPITAL_WORD.pattern + ",?")  # a capitalised word, a comma after it
# The lower-case words inside a defined name: those that list its pieces ("Meteorologi,
# Klimatologi, dan Geofisika") and those after which it goes on ("Bureau of Investigation").
_LISTING_WORDS = ("dan", "serta", "and", "&")
_ONWARD_WORDS = ("untuk", "dari", "di", "ke", "atau", "of", "for", "the")
_JOINING = frozenset(_LISTING_WORDS + _ONWARD_WORDS)


def _defined_name(before: str) -> str:
    """The capitalised words (with the commas and lower-case joining words between them) that
    end ``before``: "Kepala Badan Meteorologi, Klimatologi, dan Geofisika"."""
    words = before.split(" ")[-24:]
    k = len(words)
    while k > 0 and (_NAME_WORD.fullmatch(words[k - 1]) or words[k - 1] in _JOINING):
        k -= 1
    while k < len(words) and words[k] in _JOINING:  # a name opens with a capitalised word
        k += 1
    return " ".join(words[k:]).rstrip(",")


def acronyms(
    texts: Iterable[str], english: bool = False, common: AbstractSet[str] = frozenset()
) -> dict[str, str]:
    """Names the cluster defines by an acronym → the one entity both name: "Badan
    Penanggulangan Bencana Daerah (BPBD)" makes "Badan Penanggulangan Bencana Daerah" name BPBD.
    The name is the shortest run of capitalised words before the brackets whose initials spell
    the acronym (a title before it is no part: "Kepala Badan ... (BPBD)"). A name the entity
    reader splits is read in its pieces of two words or more: a list ("Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG)", "Food and Drug Administration (FDA)") in each piece, a
    name going on after "of", "untuk", ... ("Federal Bureau of Investigation (FBI)") in the
    words before it. A person's initials name the person: "Andi Agustinus (AA)" maps AA to
    "Andi Agustinus", which stays the entity's name; a person's name is one whose words the
    cluster never prints in lower case (``common``: "Pekan Olahraga Nasional (PON)" is none)."""
    out: dict[str, str] = {}
    for text in texts:
        if " (" not in text:
            continue
        for m in _ACRONYM.finditer(text):
            short = m.group(1)
            long = _defined_name(text[: m.start()])
            if not long:
                continue
            letters = [
                (k.start(), part[:1])
                for k in _CAPITAL_WORD.finditer(long)
                for part in k.group(0).split("-")
                if part[:1].isupper()
            ]
            if len(letters) < len(short):
                continue
            tail = letters[len(letters) - len(short) :]
            if "".join(letter.upper() for _, letter in tail) != short:
                continue
            name = long[tail[0][0] :]
            target = _canonical(short, english)
            if target != short and _canonical(name, english) != target:
                continue  # "Andi Susanto (AS)": AS is a known name of something else here
            head = _GOES_ON.split(name, maxsplit=1)[0]
            pieces = [_canonical(p.strip(), english) for p in _LISTED.split(head) if p.strip()]
            if (
                len(pieces) == 1
                and head == name
                and _kind(pieces[0], 0, 0, english) == "person"
                and not any(word.lower() in common for word in pieces[0].split())
            ):
                out.setdefault(target, pieces[0])  # initials: the person keeps their name
                continue
            for key in pieces:
                if " " in key and key != target:
                    out.setdefault(key, target)
    return out


def people_forms(
    entities: Sequence[Entity],
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Per person named in full (two words or more): its full forms and its one-word forms, a
    one-word form only when no other entity goes by it ("Michael" of two Michaels, "Jordan" a
    place and a person's name), possessives read as their name ("Obama's" → "Obama"); what the
    selector asks a short name's introduction by (select.cohesion.people_named)."""
    people = []
    owners: Counter[str] = Counter()
    for e in entities:
        forms = {_POSSESSIVE.sub("", a) for a in (e.name, *e.aliases)}
        owners.update(forms)
        if e.kind == "person" and " " in e.name:
            full = tuple(sorted(f for f in forms if " " in f))
            short = tuple(sorted(f for f in forms if " " not in f and len(f) > 2))
            people.append((full, short))
    return tuple(
        (full, tuple(f for f in short if owners[f] == 1))
        for full, short in people
        if any(owners[f] == 1 for f in short)
    )


def lower_case_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """Acronyms a text defines by lower-case words whose initials spell them: terms, not names
    of anything ("polymerase chain reaction (PCR)", "penyakit menular seksual (PMS)"; s21)."""
    out = set()
    for text in texts:
        if " (" not in text:
            continue
        for m in _ACRONYM.finditer(text):
            short = m.group(1)
            words = text[: m.start()].split()[-len(short) :]
            if (
                len(words) == len(short)
                and all(w.isalpha() and w.islower() for w in words)
                and "".join(w[0] for w in words) == short.lower()
            ):
                out.add(short)
    return frozenset(out)


# Where a defined name's pieces part: a list ("," "dan" "and" "&"), and where it goes on in
# lower case after its head ("of", "for", "untuk", ...).
_LISTED = re.compile(rf",?\s+(?:{'|'.join(map(re.escape, _LISTING_WORDS))})\s+|,\s*")
_GOES_ON = re.compile(rf"\s+(?:{'|'.join(map(re.escape, _ONWARD_WORDS))})\s+")


# A transcript's speaker: a word in capitals opening a sentence (the cluster's sentences joined by
# newlines), then a colon.
_SPEAKER = re.compile(r"(?m)^[\"“]?([A-Z][A-Z'’-]{2,}):\s")


def extract_entities(
    articles: Sequence[Article], sentences: Sequence[Sentence]
) -> tuple[Entity, ...]:
    """Entities sorted by (-outlets, -mentions, name)."""
    labels = {a.id: a.label for a in articles}
    # Words the cluster also prints in lower case (not after a hyphen: "Jong-un" is no "un").
    # One pass over the cluster's sentences joined by newlines: no match crosses one (neither
    # pattern matches a newline, and a newline is a non-word character as a text's edge is).
    joined = "\n".join(s.text for s in sentences)
    lower = lower_words(joined)
    common = set(lower)
    inner_words = _INNER_CAPITAL.findall(joined)
    inner = set(inner_words)
    memo: dict[tuple[str, bool, str], list[tuple[str, str]]] = {}
    english = bool(articles) and all(a.language == "en" for a in articles)
    capital = _capital_words(lower, inner_words, common, english)
    # Plain dicts (Counter's missing-key hook is a Python call per new name).
    counts: dict[str, int] = {}
    outlets: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, set[str]] = defaultdict(set)
    # (name, cue) → mentions after that cue: a title ("person"), di/ke/dari ("place"), in English
    # "film", "album", "novel", ... ("work"), in quotation marks ("title"), in Indonesian a verb
    # that cites a medium ("source"), an organisation whose officer it names ("org")
    cues: dict[tuple[str, str], int] = {}
    # A name the cluster defines by an acronym is that acronym ("Badan Penanggulangan Bencana
    # Daerah (BPBD)"): one entity, named once in the sentence that defines it.
    defined = acronyms((s.text for s in sentences), english, common)
    terms = lower_case_acronyms(s.text for s in sentences)
    runs = [_runs(s, english) for s in sentences]
    places, regions = (frozenset(), frozenset()) if english else _places(chain(*runs))
    named = _named(runs, inner)
    for s, found in zip(sentences, runs, strict=True):
        label = labels[s.article_id]
        spans = _spans_of(found, common, inner, memo, english, places, named, capital)
        for text, cue in spans:
            name = _canonical(text, english)
            if defined and name in defined:
                name = defined[name]
                if any(name == _canonical(other, english) for other, _ in spans):
                    # "Long Name (ACR)" defines it: one mention, not two
                    surfaces[name].add(text)
                    continue
            counts[name] = counts.get(name, 0) + 1
            outlets[name].add(label)
            surfaces[name].add(text)
            if cue:
                cues[name, cue] = cues.get((name, cue), 0) + 1
    # One person with and without a middle initial ("Donald J. Trump", "Donald Trump") is one
    # entity before any short name joins a longer one.
    initials = _same_but_initials(counts)
    merged = _merge_short_names(_folded(counts, initials), english, regions)
    for name, target in initials.items():
        merged[name] = merged.get(target, target)
    # A name the cluster gives as a person's nickname is that person ("Basuki Tjahaja Purnama
    # alias Ahok", "… yang akrab disapa Ucok"; s28: "Ahok" joined whatever name held it)
    nicknames = {} if english else _nicknames(joined, counts, merged)
    for nick, full in nicknames.items():
        merged[nick] = full
    for name, target in merged.items():
        if target in nicknames:
            merged[name] = nicknames[target]
    # A lone word that opens a name defined by an acronym joins it, as it would have joined
    # that name ("Bank" of "Bank Indonesia (BI)"); a place or a known name stays itself.
    for name in sorted(counts) if defined else ():
        low = name.lower()
        if (
            " " in name
            or name in merged
            or name in defined.values()
            or low in _PLACE_SET
            or low in _AGENCIES
            or low in _ID_COUNTRIES
            or low in ALIASES
        ):
            continue
        holders = sorted(
            {target for long, target in defined.items() if " " in long and long.split()[0] == name}
        )
        if len(holders) == 1 and holders[0] in counts:
            merged[name] = holders[0]
    final_counts: dict[str, int] = {}
    final_outlets: dict[str, set[str]] = defaultdict(set)
    final_surfaces: dict[str, set[str]] = defaultdict(set)
    for name, n in counts.items():
        target = merged.get(name, name)
        final_counts[target] = final_counts.get(target, 0) + n
        final_outlets[target] |= outlets[name]
        final_surfaces[target] |= surfaces[name]
    final_cues: dict[tuple[str, str], int] = {}
    for (name, cue), n in cues.items():
        key = (merged.get(name, name), cue)
        final_cues[key] = final_cues.get(key, 0) + n

    def fold(name: str, target: str) -> None:
        """Count ``name``'s mentions, outlets, surfaces and cues as ``target``'s."""
        final_counts[target] += final_counts.pop(name)
        final_outlets[target] |= final_outlets.pop(name)
        final_surfaces[target] |= final_surfaces.pop(name)
        for key in [key for key in final_cues if key[0] == name]:
            final_cues[target, key[1]] = final_cues.get((target, key[1]), 0) + final_cues.pop(key)

    # One name written with and without its diacritics ("Kira Grünberg", "Kira Grunberg"), other
    # capitals or periods ("USS John S Mccain", s33) is one entity, named as most mentions write it.
    for name, target in _same_spelling(final_counts).items():
        fold(name, target)
    # One name spelled two ways ("Said Iqbal", "Said Iqabl"; "Lindsey Graham", "Lindsay Graham")
    # is one entity, named as most outlets print it (facts.spelling).
    spellings: dict[str, list[str]] = defaultdict(list)
    for name, target in sorted(
        misspellings(final_counts, final_outlets, english, common, _known_place).items()
    ):
        fold(name, target)
        spellings[target].append(name)
    single = len(articles) == 1

    def after(name: str, cue: str) -> int:
        return final_cues.get((name, cue), 0)

    # An acronym has the kind its words give the name it stands for (s23): "Pekan Olahraga
    # Nasional (PON)", "Affordable Care Act (ACA)" name events and laws, "Bank Indonesia (BI)" an
    # organisation; a name no word of which marks it leaves the acronym's own kind.
    acronym_kinds: dict[str, str] = {}
    for long, short in sorted(defined.items()):
        if short.isupper() and short not in acronym_kinds:
            if _names_a_thing(long, english):
                acronym_kinds[short] = "other"
            elif _kind(long, 0, 0, english) == "org":
                acronym_kinds[short] = "org"

    def kind_of(name: str) -> str:
        """A film, an album, a novel ("the film American Beauty", '"Pon De Replay"') when half
        its mentions stand after such a word or in quotation marks; a title in quotation marks a
        fifth of the time, whose words the cluster also prints in lower case, is one too rather
        than a person ('"Top Gun" director Tony Scott', then "1986's Top Gun"; not the pseudonym
        '"Mike Enoch"', nor '"Monon High Bridge"', a place)."""
        n, quoted, person = final_counts[name], after(name, "title"), after(name, "person")
        if not person and 2 * (after(name, "work") + quoted) >= n:
            return "other"
        if not person and (2 * after(name, "source") >= n or after(name, "org")):
            # a medium the cluster cites ("dilansir Detikcom") half the time, or a company whose
            # officer it names ("CEO Instagram Kevin Systrom")
            return "org"
        if name in acronym_kinds and not person:
            return acronym_kinds[name]
        if name in terms:  # "polymerase chain reaction (PCR)": a term, not an organisation
            return "other"
        if name in regions and not person:  # "Provinsi Rakhine", then "Rakhine" alone (s22)
            return "place"
        kind = _kind(name, person, after(name, "place"), english, n)
        if kind == "person" and has_digit(name):
            # a product, a model, an edition: no one's name holds a digit ("Jet Black PS4 Pro",
            # "Galaxy S8", "Bandung17"; s39)
            return "other"
        if (
            kind == "person"
            and not person
            and quoted
            and 5 * quoted >= n
            and any(w.lower() in common for w in name.split())
        ):
            return "other"
        return kind

    kinds = {name: kind_of(name) for name in final_counts}
    if english:
        # An English name of two words or more is a person's only with some sign of it (s27):
        # "HQ Trivia", "Daily Beast", "Oculus VR", "Security Archives" were people
        unproven = [
            name
            for name, kind in kinds.items()
            if kind == "person" and " " in name and not after(name, "person")
        ]
        for name in unproven:
            head, _, last = name.lower().partition(" ")
            tail = _EN_NO_PERSON_TAILS.get(last.rsplit(" ", 1)[-1]) or _EN_NO_PERSON_HEADS.get(head)
            if tail:  # "Reliance Industries", even where it "said"; "International Peace"
                kinds[name] = tail
        doubtful = [
            n
            for n in unproven
            if kinds[n] == "person" and not _english_person(n, final_surfaces[n])
        ]
        if doubtful:
            people = set().union(
                *(final_surfaces[n] for n, kind in kinds.items() if kind == "person")
            ) - set().union(*(final_surfaces[n] for n in doubtful))
            for name in doubtful:
                if not _english_person_in(joined, name, final_surfaces[name], people):
                    kinds[name] = "other"
    else:
        # An Indonesian name of two words or more made only of words Sastrawi knows is a
        # person's only with some sign of it (s27): "Orde Baru", "Detasemen Khusus", "Tanah
        # Abang", "Produk Domestik Bruto" were people
        unproven = [
            name
            for name, kind in kinds.items()
            if kind == "person"
            and " " in name
            and not after(name, "person")
            and not _indonesian_person(name, final_surfaces[name])
            and (_of_common_words(name) or _common_words_of_an_acronym(name))
        ]
        for name in unproven:
            if not _indonesian_person_in(joined, name, final_surfaces[name]):
                words = name.lower().split()
                place = words[0] in _ID_LAND_HEADS or (
                    words[-1] in _PLACE_PARTS and words[-1] not in ("serikat", "raya")
                )
                kinds[name] = "place" if place else "other"  # "Tanah Abang", "Tomang Barat"
        # An English possessive inside an Indonesian report's name makes a title, not a person
        # (s33: "Salazar’s Revenge", of the film "Pirates of the Caribbean: Salazar’s Revenge")
        for name, kind in kinds.items():
            if kind == "person" and ("’s " in name or "'s " in name):
                kinds[name] = "other"
        # ... and so is a word of the dictionary alone, even after a title: "Demokrasi",
        # "Informasi", "Daerah" were people (s28: 65 such words, ~85% no one's)
        for name, kind in kinds.items():
            low = name.lower()
            if (
                kind == "person"
                and " " not in name
                and not name.isupper()
                and in_dictionary(low)
                and not _given_name(low)
                and not _indonesian_person_in(joined, name, final_surfaces[name])
            ):
                kinds[name] = "place" if _known_place(name) else "other"
            elif (
                # a name of one word of no language that speaks is a person's: "…," kata
                # Suhariyanto", "Rudiantara mengatakan …" (s28: left out as `other`)
                kind == "other"
                and " " not in name
                and not name.isupper()
                and not low.endswith("nya")  # "Twitternya": a word and its particle
                and not indonesian_word(low)
                and not _english_word(low)
                and not _known_place(name)  # "Burundi mengatakan …": its government
                and name not in acronym_kinds
                and name not in terms
                and _indonesian_person_in(joined, name, frozenset(), _ID_SAID_BEFORE)
                and not _firm_cued(joined, name)
            ):
                kinds[name] = "person"
        # a club the cluster plays against, hosts or calls a club ("kontra Hellas Verona",
        # "menjamu West Ham", "klub West Bromwich Albion"), with no sign of a person: a club (s27)
        # ... and (s28) a name of one word the cluster plays, beats or loses to in a football
        # report ("menghadapi Hoffenheim", "kalah dari Sevilla"; not a name of two words or more:
        # "mengalahkan Petr Cech" beats a goalkeeper)
        football = "gol" in common
        if football or not common.isdisjoint(_ID_CLUB_CUES):  # a sports report, by a set's
            # test (a case-blind search of the text cost a seed digest 0.3 ms)
            for name, kind in kinds.items():
                one = " " not in name
                before = _ID_CLUB_OR_MATCH_BEFORE if football and one else _ID_CLUB_BEFORE
                if (
                    (kind == "person" or (one and kind in ("place", "other")))
                    and not after(name, "person")
                    and not _known_place(name)
                    and any(
                        before.search(joined, max(0, at - 25), at)
                        for at, _ in _mentions(joined, name)
                    )
                    and not (not one and _indonesian_person(name, final_surfaces[name]))
                    and not _indonesian_person_in(joined, name, final_surfaces[name])
                ):
                    kinds[name] = "org"
    # A person's initials in capitals are the person ("Fahd El Fouz" then "FEF", "Miryam S.
    # Haryani" then "MSH", as legal reports name suspects; s28: organisations), when one person
    # of the list has them and the cluster defines them as nothing else; and so is an English
    # transcript's speaker, by surname in capitals ("LEE" of "Opal Lee"), when one person of the
    # list has that surname
    initials_of: dict[str, list[str]] = defaultdict(list)
    surname_of: dict[str, list[str]] = defaultdict(list)
    capitals = sorted(n for n in kinds if len(n) >= 3 and n.isupper() and n.isalpha())
    for name, kind in kinds.items() if capitals else ():
        if kind == "person" and " " in name:
            initials_of["".join(w[0] for w in name.split(" ")).upper()].append(name)
            last = name.rsplit(" ", 1)[1]
            if english and not last.isupper():
                surname_of[last.upper()].append(name)
    for name in capitals:
        if kinds[name] not in ("org", "other") or name in acronym_kinds:
            continue
        holders = initials_of.get(name, [])
        if len(holders) == 1 and name not in defined.values():
            person = holders[0]
            if not (  # a person the cluster shows as one ("Initial Public Offering" is no one's)
                after(person, "person")
                or (
                    _english_person_in(joined, person, final_surfaces[person], frozenset())
                    if english
                    else _indonesian_person_in(joined, person, final_surfaces[person])
                )
            ):
                continue
        elif len(surname_of.get(name, [])) == 1:
            person = surname_of[name][0]
        else:
            continue
        fold(name, person)
        del kinds[name]
    # s32: ... and an English transcript's speaker whose full name the cluster never gives
    # ("MARTIN: That's Opal Lee." five times, the host, was an organisation): a name in capitals
    # that opens two sentences or more before a colon, and a given name or surname of the census
    # ("UPDATE:", "WATCH:" are none)
    speakers = Counter(_SPEAKER.findall(joined)) if english and capitals else Counter()
    for name in capitals if speakers else ():
        low = name.lower()
        if (
            speakers[name] >= 2
            and kinds.get(name) in ("org", "other")
            and name not in acronym_kinds
            and name not in defined.values()
            and (low in _census("dist.all.last") or _census_given_name(low))
        ):
            kinds[name] = "person"
    # A person's full name after a word that is none of it: an organisation or a place the
    # cluster names on its own, or in Indonesian a word of the dictionary that is no given name
    # ("Tottenham Daniel Levy", "Jabar Dedi Mulyadi", "Pelapor Kaesang Pangarep", "Biarpun
    # Barack Obama" were people of their own, s27). The mentions are the person's, when the
    # cluster shows that name a person's ("Indonesia Corruption Watch" keeps its "Indonesia").
    for name in sorted(kinds):
        parts = name.split(" ")
        if kinds[name] != "person" or len(parts) < 3 or after(name, "person"):
            continue
        for cut in range(1, len(parts) - 1):
            head, rest = " ".join(parts[:cut]), " ".join(parts[cut:])
            if kinds.get(rest) != "person" or not (
                kinds.get(head) in ("org", "place")
                or (
                    not english
                    and parts[0].lower() not in _ID_GIVEN_WORDS
                    and all(in_dictionary(w.lower()) for w in parts[:cut])
                )
            ):
                continue
            if not (
                after(rest, "person")
                or (
                    _english_person(rest, final_surfaces[rest])
                    or _english_person_in(joined, rest, final_surfaces[rest], frozenset())
                    if english
                    else _indonesian_person(rest, final_surfaces[rest])
                    or _indonesian_person_in(joined, rest, final_surfaces[rest])
                )
            ):
                continue
            final_counts[rest] += final_counts.pop(name)
            final_outlets[rest] |= final_outlets.pop(name)
            del final_surfaces[name], kinds[name]  # no surface of the person's
            break
    entities = [
        Entity(
            name=name,
            kind=kinds[name],
            aliases=tuple(sorted(final_surfaces[name])),
            mentions=n,
            outlets=tuple(sorted(final_outlets[name])),
            spellings=tuple(spellings.get(name, ())),
        )
        for name, n in final_counts.items()
        if (single or n >= 2 or len(final_outlets[name]) >= 2)
        and not (
            " " not in name
            and kinds[name] == "other"
            and len(final_outlets[name]) < 3
            and name not in acronym_kinds  # a defined acronym is a name ("KUHP", "PON")
            # "di Google": a name, of no place (English: "at St" and "from Smith" are no names)
            and not (after(name, "place") and not english)
        )
        and not (english and " " not in name and _english_non_name(name, kinds[name]))
        and not (" " not in name and (len(name) == 1 or _bare_head(name, english)))
        and not (not english and " " in name and _holds_pronoun(name))
        and not (english and " " in name and _en_group(name.rsplit(" ", 1)[1].lower()))
    ]
    return tuple(sorted(entities, key=lambda e: (-len(e.outlets), -e.mentions, e.name)))


# A person's role or title in lower case before a name ("photographer Remi Ochlik", "justice
# minister Dov Yosef") or after it ("Sergei Naryshkin, speaker of the lower house").
_EN_ROLES = frozenset(
    """photographer journalist reporter writer author editor columnist critic blogger preacher
    legend magnate tycoon billionaire millionaire entrepreneur founder co-founder cofounder
    executive businessman businesswoman lawyer doctor surgeon nurse scientist researcher
    paleontologist biologist physicist chemist astronomer economist historian teacher student
    artist painter designer architect musician guitarist drummer star player striker quarterback
    pitcher goalkeeper midfielder defender forward referee athlete boxer wrestler golfer pilot
    soldier veteran activist campaigner candidate politician lawmaker legislator official aide
    adviser advisor strategist consultant chef host anchor presenter filmmaker screenwriter
    playwright poet model wife husband son daughter mother father brother sister grandmother
    grandfather widow girlfriend boyfriend suspect victim defendant plaintiff witness priest
    monk nun cleric militant gunman""".split()
)
_EN_ROLE_WORDS = "|".join(sorted(_EN_ROLES | _EN_TITLES))
_EN_SAYS = "said|says|told|tells|added|adds|wrote|writes|explained|noted|asked|testified"
_EN_NAME_RUN = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
# What a sentence shows of a person right after the name or its last word: it speaks ("Kroll
# said"), has an age ("Leonid Tiukhtyaev, 73,"), is a "who" or has a role; a name "and" another
# ("Khuram Shazad Butt and Rachid Redouane"). Right before it: it speaks ("said Colin Kroll",
# "according to Tendulkar"), a role or title, a name "and" it.
_EN_SIGN_AFTER = re.compile(
    rf"(?:['’]s)?(?:,? (?:{_EN_SAYS}|who)\b|, \d{{1,3}},"
    rf"|, (?:the |a |an )?(?:[a-z-]+ )?(?:{_EN_ROLE_WORDS})\b|(,? and ({_EN_NAME_RUN})))"
)
_EN_SIGN_BEFORE = re.compile(
    rf"(?:\b(?:{_EN_SAYS}|according to|{_EN_ROLE_WORDS})|(?<![\w'’.-])({_EN_NAME_RUN}),? and) $"
)
# The last word that makes a name no title shows a person's an organisation's or a place's
# ("Freedom Caucus", "Reliance Industries", "Buckingham Palace", "Pacific Coast Highway"): read
# only there, since alone these words name nothing and, as every name's last word, would move
# where runs split and which names merge.
_EN_NO_PERSON_TAILS = {
    **dict.fromkeys(
        "caucus subcommittee committee committees industries associates lp movement".split()
        # s30: a body's last word ("UN Population Division" was a person)
        + "division department bureau agency administration commission authority".split(),
        "org",
    ),
    **dict.fromkeys(
        """palace highway drive theatre theater zoo facility oasis resort resorts houses
        cottages place plaza terrace""".split(),  # s33: "Sophie Wright Place", a street
        "place",
    ),
    # s33: a vehicle by its maker and body ("Mercedes SUV", "Mercedes G63 SUV" were people)
    **dict.fromkeys("suv suvs sedan minivan hatchback".split(), "other"),
}
# The first word that makes such a name no person's ("International Peace", of "Carnegie
# Endowment for International Peace", was one; "Daily Stormer" a medium)
_EN_NO_PERSON_HEADS = {
    **dict.fromkeys("international national global federal world central".split(), "other"),
    "daily": "org",
}
# Words that open a performer's name ("DJ Khaled", "MC Shan", "Lil Wayne")
_EN_STAGE_HEADS = frozenset({"dj", "mc", "lil"})


def _english_person(name: str, aliases: AbstractSet[str]) -> bool:
    """Whether an English name of two words or more, no title before it, shows itself a
    person's by its words: the cluster calls it by its last word alone ("Obama"), it has a middle
    initial or a generation ("Lorelei A. Vargas", "DeOrr Kunz Sr"), a performer's head ("DJ
    Khaled"), a given name first or a surname last (the US census lists, ``_census``)."""
    parts = name.split()
    first, last = parts[0].lower(), parts[-1].lower().rstrip(".")
    return (
        parts[-1] in aliases
        or any(len(p) == 2 and p[1] == "." and p[0].isupper() for p in parts[1:-1])
        or last in _GENERATIONS
        or first in _EN_STAGE_HEADS
        or _census_given_name(first)
        or last in _census("dist.all.last")
    )


def _english_person_in(
    text: str, name: str, aliases: AbstractSet[str], people: AbstractSet[str]
) -> bool:
    """Whether the sentences (``text``, joined by newlines) show a name a person's: the name, a
    form of it of two words or more, or its last word speaks, has an age, is a "who", has a role
    (``_EN_SIGN_AFTER``, ``_EN_SIGN_BEFORE``); or a form of two words or more is listed with
    "and" beside one of ``people``'s forms ("reached out to HQ and Kroll" lists a company)."""
    forms = sorted({name, name.rsplit(" ", 1)[-1], *(a for a in aliases if " " in a)})
    for form in forms:
        listed = " " in form
        for at, end in _mentions(text, form):
            after = _EN_SIGN_AFTER.match(text, end)
            if after and (after.group(1) is None or (listed and _beside(after.group(2), people))):
                return True
            before = _EN_SIGN_BEFORE.search(text, max(0, at - 60), at)
            if before and (
                before.group(1) is None or (listed and _beside(before.group(1), people))
            ):
                return True
    return False


def _mentions(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Where ``form`` stands in ``text`` as whole words (start, end): no letter, digit,
    apostrophe or hyphen right before it, no letter, digit or hyphen right after ("Kroll's" is a
    mention of "Kroll")."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "'’-")) and not (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            yield at, end
        at = text.find(form, at + 1)


# Words before a name that make it a firm, a service or a body ("perusahaan Microsoft", "raksasa
# teknologi Google", "aplikasi Gojek", "pihak Traveloka", "buatan Microsoft"): such a name that
# speaks ("Microsoft bilang …") is no person (s29).
_ID_FIRM_BEFORE = re.compile(
    r"\b(?:perusahaan|raksasa(?: \w+)?|pabrikan|produsen|operator|startup|start-up|situs|aplikasi"
    r"|layanan|platform|portal|maskapai|emiten|korporasi|grup|pihak|manajemen|juru bicara"
    # what a firm makes: "aplikasi iPhone buatan Microsoft" (not "besutan", "milik": "tim
    # besutan Klopp", "rumah milik Siyadi")
    r"|buatan|keluaran|rilisan|bikinan)\s+$",
    re.IGNORECASE,
)


def _firm_cued(text: str, name: str) -> bool:
    return any(_ID_FIRM_BEFORE.search(text, max(0, at - 40), at) for at, _ in _mentions(text, name))


_ID_SAID_BEFORE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|terang|papar|tambah|lanjut)(?:nya)?,? $",
    re.IGNORECASE,
)


def _beside(run: str, people: AbstractSet[str]) -> bool:
    """Whether a capitalised run listed beside a name is a person's form (a sentence's stop
    aside)."""
    return run.rstrip(".") in people


# What shows an Indonesian name a person's, right before it or its first or last word: a verb
# of saying ("kata Tulus", "menurut Novel"), a role or title in lower case ("pelatih Djadjang
# Nurdjaman", "aktris Tara Basro", "warga Mbah Sutiyem"); right after: a verb of saying
# ("Haris Azhar mengatakan"), an age ("(45)", ", 45 tahun").
_ID_PERSON_ROLES = (
    _ID_ROLES
    | frozenset(
        """penyanyi musisi rapper penulis wartawan fotografer pengacara advokat tersangka
        terdakwa korban saksi warga ibu ayah istri suami anak adik kakak putra putri cucu
        pengamat peneliti ekonom dosen guru siswa mahasiswa atlet pebulutangkis petenis pegolf
        pesepakbola pebasket pegulat petinju aktivis politikus politisi pengusaha bos pendiri
        artis selebriti model penyiar youtuber komika desainer""".split()
    )
    | {"pebulu tangkis", "pesepak bola"}  # a role of two words, as often printed
)
_ID_SAYING = (
    "kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|terang|papar|sebut|tambah|lanjut|menurut"
)
_ID_SIGN_AFTER = re.compile(
    r" (?:mengatakan|menuturkan|menjelaskan|menambahkan|menyebut|mengungkapkan|menegaskan"
    r"|menyatakan|berkata|bilang|mengaku|menilai|berharap|meminta)\b|,? \(\d{1,3}(?: tahun)?\)"
    r"|, \d{1,3} tahun\b"
)
_ID_SIGN_BEFORE = re.compile(
    rf"\b(?:{_ID_SAYING}|{'|'.join(sorted(_ID_PERSON_ROLES | _TITLES))}),? $", re.IGNORECASE
)


# Words right before a club's name in Indonesian sports news ("kontra Hellas Verona", "menjamu
# West Ham", "klub West Bromwich Albion"; not "skuat" nor "raksasa", said of a coach too: "skuat
# Zinedine Zidane").
_ID_CLUB_WORDS = "klub|kontra|menjamu|dijamu|markas|bertandang ke"
_ID_CLUB_BEFORE = re.compile(
    # not a club's officer: "presiden klub Achsanul Qosasi"
    rf"(?<!presiden )(?<!ketua )\b(?:{_ID_CLUB_WORDS}) $",
    re.IGNORECASE,
)
_ID_CLUB_CUES = frozenset(cue.split(" ")[0] for cue in _ID_CLUB_WORDS.split("|"))
# s28: what a team does to another in a football report (a report with "gol" in lower case)
_ID_MATCH_WORDS = (
    "melawan|menghadapi|mengalahkan|dikalahkan|menaklukkan|ditaklukkan|menundukkan|ditundukkan"
    "|membekuk|dibekuk|menekuk|ditekuk|menggulung|digulung|kalah dari|takluk dari|takluk di"
    " tangan|menang atas|menang dari|ditahan imbang|imbang dengan|imbang melawan|vs|versus"
)
_ID_CLUB_OR_MATCH_BEFORE = re.compile(
    rf"(?<!presiden )(?<!ketua )\b(?:{_ID_CLUB_WORDS}|{_ID_MATCH_WORDS})\.? $", re.IGNORECASE
)
# Words of the land that open a neighbourhood's or a landmark's name ("Pondok Aren", "Bukit
# Duri", "Rawa Teratai", "Tanah Abang", "Nusa Dua", "Kuala Tanjung", "Tebing Breksi"): a name of
# words alone, shown no person's, opened by one is a place.
_ID_LAND_HEADS = frozenset(
    "pondok bukit rawa karang kuala nusa tebing ujung tanah kampung kebun gang tanjung".split()
)
# Indonesian given names that are also words Sastrawi knows ("Bunga Citra Lestari", "Puan
# Maharani", "Bambang Pamungkas", "Taufik Hidayat", "Dewi Lestari"), forms of address, and the
# Korean and Chinese family names that open a name and are words too ("Kim Min Jae", "Jung Chul
# Min", "Wang …"): written for ringkas.
_ID_GIVEN_WORDS = frozenset(
    """muhammad mohammad mochammad muhamad ahmad achmad abdul abu siti sri nur agus bambang
    budi dewi bayu yogi wisnu hatta taufik taufiq arifin bunga puan asri giri daeng taat jamil
    hidayat indra surya arif teguh rahmat gatot tulus restu indah ayu maya dini novel intan
    firman panji mutiara cahaya putri putra bintang satria guntur fajar bagus cinta citra kasih
    lestari wulan bulan mega sinta ratna dian rina eko dwi tri adi yudi hadi wahyu joko heru
    hendra iman imam ilham irfan iwan jaya kusuma mulia murni permata rizki sari setia tiara wati yanti zahra
    harun hasan husein ibrahim ismail yusuf musa isa idris ali umar usman anwar amin aminah
    fatimah aisyah khadijah maryam zainab bunda om cak gus mbak mas bang kak ustaz ustad habib
    kiai haji raden tengku teuku andi gusti ida bagus ketut made nyoman wayan kadek komang putu
    luh ni kim jung kang lin wang yang sun liang tang"""
    # s28: Chinese family names and a Sundanese form of address that are English words ("Ong
    # Yew Sin", "Aa Gym")
    """ ong tan lim goh teo aa teh""".split()
)


def _indonesian_person(name: str, aliases: AbstractSet[str]) -> bool:
    """Whether an Indonesian name of two words or more shows itself a person's by its words:
    the cluster calls it by its first or last word alone ("Novel" of "Novel Baswedan"), or a
    foreign given name opens it (the US census lists: "Kim Darroch", "Paul Walker")."""
    parts = name.split()
    return parts[0] in aliases or parts[-1] in aliases or _given_name(parts[0].lower())


def _indonesian_person_in(
    text: str, name: str, aliases: AbstractSet[str], before: re.Pattern[str] = _ID_SIGN_BEFORE
) -> bool:
    """Whether the sentences (``text``, joined by newlines) show an Indonesian name, its first or
    its last word a person's (``before``, ``_ID_SIGN_AFTER``). With ``_ID_SAID_BEFORE`` (s28): a
    name of one word speaking ("…," kata Fahri", "Fahri mengatakan …") or aged ("Fahri (45)"),
    not cited ("menurut Google") nor after a role ("pelatih Chelsea")."""
    parts = name.split()
    return any(
        (_ID_SIGN_AFTER.match(text, end) and not _ID_AT_PLACE.search(text, max(0, at - 5), at))
        or before.search(text, max(0, at - 40), at)
        for form in sorted({name, parts[0], parts[-1], *(a for a in aliases if " " in a)})
        for at, end in _mentions(text, form)
    )


# s30: a name right after "di", "ke" or "dari" is where something happens, and the verb of saying
# after it has another subject ("Buttgereit yang membawa Denmark meledak di Euro menyebut bahwa
# …": "Euro" was a person)
_ID_AT_PLACE = re.compile(r"\b(?:di|ke|dari) $", re.IGNORECASE)


# s28: English words that head an institution's or a place's name and, alone, name none of them
# ("Hospital", "Academy" were organisations).
_EN_BARE_HEADS = frozenset(
    """hospital academy university college school company department office fleet museum
    church airport station""".split()
)
# ... and the Indonesian ones ("Gedung", "Kantor", "Pasar", "Bank", "Distrik", "Kompleks")
_ID_BARE_HEADS = (
    _ORG_WORDS
    | _ID_ORG_HEADS
    | _PLACE_PREFIX
    | _ID_BUILDING_HEADS
    | _REGION_KINDS
    | _ID_PLACE_NOUNS
    | frozenset(["distrik", "kompleks", "pasar", "kantor", "gedung"])
) - (_ORG_SINGLE | _ID_STATE_BODIES | frozenset(ALIASES) | _AGENCIES | {"garuda"})
# (not the bodies one word names: "Istana", "DPR", "Polri"; "Garuda" is the airline or the team)


def _bare_head(name: str, english: bool) -> bool:
    """Whether a name of one word is only the head of an institution's or a place's name (s28:
    "Gedung", "Kantor", "Pasar", "Bank", "Hospital" were listed)."""
    low = name.lower()
    return low in _EN_BARE_HEADS if english else low in _ID_BARE_HEADS


# Indonesian pronouns of the reader and the speaker: a capitalised run holding one is a heading
# or a slogan ("Lindungi Komputer Anda"), no name ("Kita" and "Kami" name shops: "Warung Kita").
_ID_PRONOUN = re.compile(r"(?i)(?<!\S)(?:anda|saya|aku|kamu|engkau)(?!\S)")


def _holds_pronoun(name: str) -> bool:
    """Whether an Indonesian name of two words or more holds a pronoun (s28)."""
    return _ID_PRONOUN.search(name) is not None


def _of_common_words(name: str) -> bool:
    """Whether an Indonesian cluster's name is made only of words Sastrawi knows ("Orde Baru",
    s27) or (s28) of such words and English ones ("Digital Trends", "Black Eyed Peas", "Iron
    Man"), or (s32) nouns derived by a confix; not a nickname after "The" ("The Doctor", s20)."""
    words = name.lower().split(" ")
    if len(words) > 1 and _ROMAN.match(name.rpartition(" ")[2]):
        words = words[:-1]  # s32: a rank or level's number ("Level III", "Siaga IV")
    if all(in_dictionary(w) or _confix_noun(w) for w in words):
        return True
    return words[0] != "the" and all(
        in_dictionary(w) or _confix_noun(w) or _english_word(w) for w in words
    )


def _common_words_of_an_acronym(name: str) -> bool:
    """s33: words Sastrawi knows before an acronym ("Statistik UEFA", "Kode Disiplin PSSI"): a
    thing of that body's, not a person's name; never a given name before a degree ("Budi SH")."""
    rest, _, last = name.rpartition(" ")
    return (
        len(last) >= 2
        and last.isupper()
        and last.isalpha()
        and last.lower() not in _EN_STAGE_HEADS  # "Titi DJ", a singer
        and _of_common_words(rest)
        and not any(_given_name(word) for word in rest.lower().split())  # "Budi SH", a lawyer
    )


def _confix_noun(low: str) -> bool:
    """s32: a noun Sastrawi derives from a root by a confix ("perekonomian", "keuangan",
    "peralatan", "perubahan"): "Peta Perekonomian", "Transaksi Keuangan", "Alat Peralatan" were
    people. Not any word Sastrawi reduces: it strips names too ("Diana" → "ana")."""
    return _ID_CONFIX.fullmatch(low) is not None and stem(low) != low


@lru_cache(maxsize=1)
def _webster() -> set[str]:
    """The words of Webster's Second International (the ``web2`` list of the ``english-words``
    package, public domain): proper nouns are capitalised there, so a lower-cased word it holds
    as it is is a common English word. Read once (~40 ms), when an Indonesian name needs it."""
    from english_words import get_english_words_set

    words: set[str] = get_english_words_set(["web2"])
    return words


def _english_word(low: str) -> bool:
    """Whether a lower-cased word is a common English word, or one with a plural's, a verb's or a
    possessive's ending ("trends", "eyed", "payments", "don't")."""
    words = _webster()
    if low in words:
        return True
    if low.endswith(("n't", "n’t")):
        return True
    stem = low.removesuffix("'s").removesuffix("’s")
    candidates = [stem]
    if stem.endswith("s"):
        candidates += [stem[:-1], stem[:-2] + ("y" if stem.endswith("ies") else "")]
    if stem.endswith("ed") or stem.endswith("ing"):
        base = stem[:-2] if stem.endswith("ed") else stem[:-3]
        candidates += [base, base + "e", base[:-1]]
    return any(c and c in words for c in candidates)


def _given_name(low: str) -> bool:
    """Whether a lower-cased word is a given name: an Indonesian one of the project's list, or one
    of the US census's male or female given names."""
    return low in _ID_GIVEN_WORDS or _census_given_name(low)


def _census_given_name(low: str) -> bool:
    """Whether a lower-cased word is one of the US census's male or female given names."""
    return low in _census("dist.male.first") or low in _census("dist.female.first")


@lru_cache(maxsize=3)
def _census(file: str) -> frozenset[str]:
    """One name list of the 1990 US census as the ``names`` package ships it (male and female
    given names, surnames; one name a line, in capitals, then its frequencies), lower-cased; read
    once, and only when a name no title shows a person's needs them."""
    from importlib.resources import files

    lines = files("names").joinpath(file).read_text(encoding="ascii").splitlines()
    return frozenset(line[: line.find(" ")].lower() for line in lines)


def _english_non_name(word: str, kind: str) -> bool:
    """Whether one capitalised word of an English cluster names no one: a nationality or group
    ("American", "Republicans"; _EN_DEMONYM only when nothing else marks it), or a function word
    a sentence or quotation opens with ("What")."""
    low = word.lower()
    if low in _EN_PLACES:
        return False
    return (
        low in _EN_NON_ENTITY  # "Wednesday’s": the possessive went after the run split
        or bool(_EN_CONTRACTION.match(word) or _EN_PARTY_STATE.match(word))
        or _en_group(low)
        or (kind == "other" and bool(_EN_DEMONYM.search(word)))
        or (not word.isupper() and low in _english_function_words())
    )


def _en_group(low: str) -> bool:
    """A lower-cased word names a nationality, faith or party's members, or their plural."""
    return low in _EN_GROUP or (low.endswith("s") and low[:-1] in _EN_GROUP)


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    """English stopwords (not Indonesian ones: "Dan" or "Ada" may be an English cluster's name)."""
    return stopwords("en")


def _capital_words(
    lower: list[str], inner: list[str], common: AbstractSet[str], english: bool
) -> frozenset[str]:
    """Words the cluster prints in lower case (``common``) but capitalised inside its sentences
    at least three times and three times as often: a first name that is also a word ("Bill",
    "Amber", "Novel"), or a place's or a party's head ("Gunung", "Partai"); not a word that
    opens any sentence ("the"), nor an Indonesian word with an affix, an office's field
    ("Menteri Kelautan dan Perikanan Susi Pudjiastuti": "Perikanan" is none of her name)."""
    counted = Counter(w.lower() for w in inner)
    often = {
        w
        for w, n in counted.items()
        if n >= CAPITAL_TIMES and w in common and (english or stem(w) == w)
    }
    if not often:
        return frozenset()
    lowered = Counter(w for w in lower if w in often)
    return frozenset(w for w in often if counted[w] >= CAPITAL_TIMES * lowered[w])


CAPITAL_TIMES = 3


def _known_place(name: str) -> bool:
    """Whether the gazetteers name this place or country ("Iceland", "Ireland")."""
    low = name.lower()
    return low in _PLACE_SET or low in _EN_PLACES or low in _ID_COUNTRIES or low in ALIASES


def _same_spelling(counts: Mapping[str, int]) -> dict[str, str]:
    """Names that differ only in diacritics, in the case of letters after a word's first or in
    periods, or by an English article before two words or more ("Kira Grünberg", "Kira Grunberg";
    "USS John S. McCain", "USS John S Mccain"; "The Federal Reserve", "Federal Reserve") → the
    one most mentions write (ties: no sentence's period at its end, no word with a stray
    capital, "LIga", "ShoW"; then more periods and capitals inside, "S.", "McCain"; then sorting
    order). An acronym and a word ("MIT", "Mit") stay two."""
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(_spelling_key(name), []).append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        if len(names) > 1:
            target = min(names, key=lambda n: (-counts[n], *_spelling_rank(n), n))
            out.update({n: target for n in names if n != target and _same_shape(n, target)})
    return out


def _spelling_key(name: str) -> str:
    return _plain_spelling(name).lower()


def _plain_spelling(name: str) -> str:
    """A name without diacritics, periods and an English article before two words or more."""
    return _THE.sub("", (name if name.isascii() else without_accents(name)).replace(".", ""))


_THE = re.compile(r"^The (?=\S+ )")  # "The Federal Reserve" in an Indonesian report (s33)


def _spelling_rank(name: str) -> tuple[bool, int, int, int]:
    words = name.split()
    stray = sum(
        not w.isupper() and (w[1:2].isupper() or (len(w) > 2 and w[-1].isupper())) for w in words
    )
    inner = sum(ch.isupper() for w in words if not w.isupper() for ch in w[1:])
    return name.endswith("."), stray, -name.rstrip(".").count("."), -inner


def _same_shape(name: str, other: str) -> bool:
    """Whether two names of one spelling key open each word alike and are both acronyms or
    neither ("McCain", "Mccain"; not "MIT", "Mit")."""
    words, others = _plain_spelling(name).split(), _plain_spelling(other).split()
    return len(words) == len(others) and all(
        w[:1] == o[:1] and (len(w) > 1 and w.isupper()) == (len(o) > 1 and o.isupper())
        for w, o in zip(words, others, strict=True)
    )


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _initialled(name: str) -> bool:
    """Whether a name of three words or more has a middle initial ("George H.W. Bush")."""
    if name.count(" ") < 2:
        return False
    parts = name.split()
    return len(parts) > 2 and any(_MIDDLE_INITIAL.fullmatch(p) for p in parts[1:-1])


def _same_but_initials(counts: Mapping[str, int]) -> dict[str, str]:
    """Names that differ only in a middle initial, its period or a generation ("Donald J. Trump",
    "Donald J Trump", "Donald Trump"; "William W. Taylor III", "William Taylor III") → the one
    most mentions write (ties: the one spelling the initial with its period, then sorting
    order); nothing merges when two initials differ ("George H.W. Bush", "George W. Bush",
    "George Bush" stay three)."""
    if not any(_initialled(name) for name in counts):
        return {}
    groups: dict[str, list[str]] = {}
    spelled: dict[str, set[tuple[str, ...]]] = {}
    for name in counts:
        parts = name.split()
        if len(parts) < 2:
            continue
        if len(parts) > 2 and parts[-1].lower() in _GENERATIONS:
            parts = parts[:-1]  # "Robert S. Mueller III", "William Taylor III": no generation
        middle = [_middle(parts, k) for k in range(len(parts))]
        key = " ".join(p for p, initial in zip(parts, middle, strict=True) if not initial)
        groups.setdefault(key, []).append(name)
        if any(middle):
            spelled.setdefault(key, set()).add(
                tuple(p.rstrip(".") for p, initial in zip(parts, middle, strict=True) if initial)
            )
    out: dict[str, str] = {}
    for key, initials in spelled.items():
        if len(initials) != 1:
            continue
        members = sorted(groups[key])
        target = min(members, key=lambda n: (-counts[n], -n.count("."), n))
        out.update({n: target for n in members if n != target})
    return out


def _middle(parts: Sequence[str], k: int) -> bool:
    return 0 < k < len(parts) - 1 and bool(_MIDDLE_INITIAL.fullmatch(parts[k]))


def _folded(counts: Mapping[str, int], into: Mapping[str, str]) -> Mapping[str, int]:
    """``counts`` with each name of ``into`` counted under its target."""
    if not into:
        return counts
    out: dict[str, int] = {}
    for name, n in counts.items():
        target = into.get(name, name)
        out[target] = out.get(target, 0) + n
    return out


# "X alias Y", "X, yang akrab disapa Y", "X atau biasa dipanggil Y": Y is X's nickname.
_NICKNAMED = re.compile(
    r"(?:,? alias|,? (?:atau |yang )+(?:lebih )?(?:akrab|biasa|kerap) (?:disapa|dipanggil)) "
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)


def _nicknames(text: str, counts: Mapping[str, int], merged: Mapping[str, str]) -> dict[str, str]:
    """Each nickname an Indonesian text gives a name of two words or more it counts ("Basuki
    Tjahaja Purnama alias Ahok": "Ahok" → "Basuki Tjahaja Purnama"; the other way round when the
    nickname is of two words or more and counted more often): the shortest such name that ends
    right before the cue (a title or a glued word may open the run: "Gubernur Basuki Tjahaja
    Purnama alias Ahok"); a nickname given to two names is neither's ("… alias Abu", a kunya)."""
    found: dict[str, set[str]] = defaultdict(set)
    if "alias " not in text and " disapa " not in text and " dipanggil " not in text:
        return {}  # most clusters give none: the pattern, tried at every space, cost 0.1 ms
    for m in _NICKNAMED.finditer(text):
        nick = _canonical(m.group(1))
        if nick not in counts:
            continue
        words = text[max(0, m.start() - 80) : m.start()].split()  # a sentence may open on it
        # the shortest name of two words or more: a longer one holds words glued before it
        # ("Perjuangan Ali Fahmi alias Fahmi Habsyi")
        for k in range(len(words) - 2, max(-1, len(words) - 7), -1):
            name = _canonical(" ".join(words[k:]))
            if name in counts and name != nick:
                found[nick].add(merged.get(name, name))
                break
    nicknames = {nick: min(fulls) for nick, fulls in sorted(found.items()) if len(fulls) == 1}
    for nick, full in list(nicknames.items()):
        if " " in nick and counts[nick] > counts.get(full, 0) and full not in nicknames:
            # the name the news uses is the entity's ("Andi Agustinus alias Andi Narogong")
            del nicknames[nick]
            nicknames[full] = nick
    return nicknames


def _merge_short_names(
    counts: Mapping[str, int], english: bool = False, regions: AbstractSet[str] = frozenset()
) -> dict[str, str]:
    """A lone word → the dominant longer name containing it ("Putin" → "Vladimir Putin"). In an
    English cluster a known place stays itself ("Scotland", not "North-east Scotland"), no word
    joins an organisation or place named after it ("Dingwall History Society"), and a name after
    a nationality or party word joins that name ("Nazi Adolf Eichmann" → "Adolf Eichmann")."""
    merged: dict[str, str] = {}
    # the longer names holding each word as their first or last ("Putin" → "Vladimir Putin"), or
    # before a generation ("Dana E. Barrow Jr.": "Barrow"; s22)
    holding: dict[str, list[str]] = defaultdict(list)
    for n in counts:
        if " " not in n:
            continue
        parts = n.split()
        if english and parts[-1].lower() in _EN_NAME_TAILS:
            continue
        holding[parts[0]].append(n)
        if parts[-1] != parts[0]:
            holding[parts[-1]].append(n)
        if (
            len(parts) > 2
            and parts[-1].lower() in _GENERATIONS
            and parts[-2] not in (parts[0], parts[-1])
        ):
            holding[parts[-2]].append(n)
    for name in counts:
        parts = name.split()
        if english and len(parts) > 2 and _en_group(parts[0].lower()):
            rest = " ".join(parts[1:])  # "Nazi Adolf Eichmann", "Republican Ted Cruz"
            if rest in counts:
                merged[name] = rest
            continue
        if " " in name or name not in holding:
            continue
        if name.lower() in _PLACE_SET or name.lower() in _AGENCIES:
            continue
        if not english and name.lower() in _ID_COUNTRIES:
            continue
        if english and (name.lower() in _EN_PLACES or _en_group(name.lower())):
            continue
        holders = sorted(holding[name], key=lambda n: (-counts[n], n))
        if name in regions:
            # a region joins its own place's name ("Kecamatan Cibadak"), no other ("RSUD
            # Kardinah Kota Tegal", "Pilgub Sumut"; s22)
            holders = [
                h
                for h in holders
                if h.split()[0].lower() in _PLACE_PREFIX and " " not in h.partition(" ")[2]
            ]
        # a holder that only begins another ("Miryam S" of "Miryam S. Haryani", cut at the
        # initial's period) is that one, not a rival
        holders = [
            h
            for h in holders
            if not (len(h.rsplit(" ", 1)[-1]) == 1 and any(o.startswith(h + " ") for o in holders))
        ]
        if len(name) > 1 and name.isupper() and any(h.rsplit(" ", 1)[-1] == name for h in holders):
            continue  # an acronym that ends other names names itself ("KPU", "Keputusan KPU"; s24)
        if not holders:
            continue
        if len(holders) == 1 or counts[holders[0]] >= 2 * counts[holders[1]]:
            merged[name] = holders[0]
    return {name: merged.get(target, target) for name, target in merged.items()}
