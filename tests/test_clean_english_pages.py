"""The flat-text cleaner on English pages as a browser copies them: sixteen invented pages in the
layouts of AP, Reuters, CNN, BBC, the Guardian, the New York Times, Fox News and USA TODAY
(tests/fixtures/pages-en) and of NPR, Politico, Al Jazeera, TIME, a local TV station, Newsweek,
The Hill and CBS News (tests/fixtures/pages-en-2). Each keeps exactly its article's paragraphs, with its headline,
outlet (the wire for a wire dateline, else the page's address) and dateline place."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, expectations
from ringkas.ingest import clean_text
from ringkas.ingest.datelines import outlet_from_url

# pages-en: AP, Reuters, CNN, BBC, the Guardian, the NYT, Fox News, USA TODAY (s15);
# pages-en-2: NPR, Politico, Al Jazeera, TIME, a local TV station, Newsweek, The Hill, CBS News
# (s16: all 8 failed before, on furniture kept and one wrong headline)
FOLDERS = ("pages-en", "pages-en-2")
EXPECTED = expectations(FOLDERS)


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_page_has_its_expectation(folder: str) -> None:
    stems = sorted(p.stem for p in (FIXTURES / folder).glob("*.txt"))
    assert stems == sorted(stem for f, stem in EXPECTED if f == folder)
    assert len(stems) == 8


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: k[1])
def test_page_body_title_outlet_and_place(key: tuple[str, str]) -> None:
    folder, stem = key
    want = EXPECTED[key]
    page = clean_text(
        (FIXTURES / folder / f"{stem}.txt").read_text(encoding="utf-8"), url=want["url"]
    )
    assert page.body.split("\n\n") == want["paragraphs"]
    assert page.title == want["title"]
    assert (page.outlet or outlet_from_url(want["url"])) == want["outlet"]
    assert page.place == want["place"]
    assert not page.warning


BODY = [
    "Rescue teams pulled two more survivors from a collapsed market building in the port city "
    "on Tuesday, raising the number of people found alive to nine, officials said.",
    "The three-story building gave way early Monday after days of heavy rain, trapping traders "
    "who had arrived before dawn to set up their stalls.",
    "Officials said the search would continue through the night with sniffer dogs and thermal "
    "cameras brought in from the capital.",
]


@pytest.mark.parametrize(
    "caption",
    [
        # Reuters: the photographer after the agency's name and a slash
        "A rescuer carries a child out of the rubble in the port city, Tuesday, Jan. 7, 2025. "
        "REUTERS/Daniel Rahman",
        # AP: an opening naming the photo, and a caption cut short before its credit
        "FILE - In this Monday, Jan. 6, 2025, file photo, traders wait outside the market.",
        "In this image released by the city's fire department, rescuers lift a concrete slab.",
        "Rescuers search the rubble of the market in the port city, Tuesday, Jan. 7, 2025. "
        "The building gave way after... (Associated Press)",
        # an agency's photo credit inside a line, an institution's own photo
        "Traders gather outside the cordon on Tuesday. | AP Photo Market collapse leaves nine hurt",
        "The market before its collapse (City Planning Department photo)",
        "Rescuers work through the night at the site. Photograph: Daniel Rahman/AFP",
        # a related link's label glued to its quoted title, a mailing address
        "Related 'Markets of the coast': a tour of the region's oldest trading halls",
        "P.O. Box 4410, Portsmouth, NH 03802.",
        # a download's link
        "Building Safety Fact Sheet (88k.pdf)",
        # BBC's caption furniture without its comma, a lone credit, a caption's handle
        "Image copyright City Fire Service Image caption Rescuers worked through the night",
        "Media playback is unsupported on your device Media caption The moment the roof fell",
        "Image: Traders outside the market hall a week before it collapsed.",
        "(Harbor City Fire Department)",
        "The market hall's last day (INSTAGRAM: harborcitymarket)",
        # embedded posts left as text
        "Praying for everyone at the market this morning. Stay safe. — Nadia Rahman "
        "(@nadiarahman) January 7, 2025",
        "Rescue teams at work in the harbor district pic.twitter.com/Ab12Cd34Ef",
        "Our stall is gone but we are alive A post shared by Kedai Laut (@kedailaut) on Jan 7, "
        "2025 at 9:14am PST",
        "@harborwatch: Roads around the market are closed until further notice.",
        "https://example.com/harbor-market-collapse-live",
        # newsletter forms, paywall boxes, calls to click, follow or comment; the desk's contact
        "Sign up for Harbor Daily newsletters to get breaking news delivered to your inbox.",
        "Morning Briefing The day's news — weekday mornings, in your inbox. Email Sign Up By "
        "signing up you agree to receive email newsletters.",
        "Premium content for only $0.99 For the most complete local coverage, subscribe today.",
        "For a full list of the victims' names, click here.",
        "Join the conversation on Twitter and don't forget to follow us at @HarborDaily.",
        "Want to add to this story? Let us know in comments or send an email to the author.",
        "Call Harbor Daily reporter Mia Chen at (555) 214-0199. Follow her on Twitter: @miachen.",
        "Mia Chen is a reporter for Harbor Daily. Story tips can be sent to mia.chen@example.com.",
        "(PHOTOS: The market hall through the years)",
        # a video player's blurb (the USA TODAY network): its close button, share menu and credit
        "CLOSE Rescuers pulled two traders from the rubble of the market hall on Tuesday. "
        "Mia Chen, Harbor Daily",
        "CLOSE Skip in Skip x Embed x Share Divers searched the harbor after the collapse. "
        "Video provided by Newsy",
        "Skip in Skip x Embed x Share The market hall stood for ninety years. (Jan. 7) AP",
        "JUST WATCHED Divers search the harbor Replay More Videos ... MUST WATCH Divers search "
        "the harbor 01:46",
        # the Guardian's share buttons over a caption, and its related link with its button
        "Facebook Twitter Pinterest The market hall in 1931. Photograph: Harbor City Archive",
        "Why do old market halls fall down? Read more",
        # phys.org's related link and a caption's credit after its sentence; ABC's follow widget
        "Explore further: Old harbor buildings face new safety checks",
        "The hall's iron roof, seen from the harbor in 1931. Credit: Dr. Jane R. Okafor / City Archive",
        "Interested in Harbor City? Add as an interest to stay up to date on the latest news. "
        "Add Interest",
        # related links behind a bullet, a capital label or square brackets; a page's stamp;
        # a video's embed offer, a player that cannot play, a newsletter box's last button
        "► Related: Harbor hall rebuild plans unveiled",
        "READ: Harbor City names a new market inspector",
        "[Divers return to the harbor: ‘We [finally] found it.’]",
        "Last updated at 6:04 PM on 7th January 2025",
        "Embed Harbor hall collapse: the first hour 3:08 autoplay autoplay Copy this code to your "
        "website or blog",
        "You'll need an HTML5 capable browser to see this content. Play Replay with sound",
        "The Harbor Brief Newsletter Sign up to receive the top stories each morning. View Sample "
        "Sign Up Now",
        # an investment site's disclosure, a streaming service's promo
        "The author has no business relationship with any company whose stock is mentioned in "
        "this article.",
        "I/we have no positions in any stocks mentioned, and no plans to initiate any positions.",
        "Disclosure: The author is long HRBR.",
        "The author wrote this article themselves, and it expresses their own opinions. The author "
        "has no business relationship with any company whose stock is mentioned in this article.",
        "Get new episodes of shows you love across devices the next day with Harbor Plus.",
        # a newsletter box as one line
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
        "clicking the box. Invalid email address. Please re-enter.",
        # s18: a caption glued to the next headline by its credit, a broadcaster's credit, an
        # editor's note on a change
        "Rescuers walk past the hall on Wednesday. | Mia Chen/POLITICO Harbor council reaches "
        "budget deal The agreement would fund the rebuilding.",
        "The mayor speaks to traders on Tuesday. | Jo Lee/AFP/Getty Images Mayor: 'We will rebuild'",
        "Traders watch the rescue on Tuesday night. | ABC",
        "Updated at 9:23 a.m. to correct the name of the fire chief.",
        "Updated: We've added new reports from the harbor to the article.",
        # s22: a credit with where it was reported from and how to reach its writer, a wire's
        # writers listed in their cities, a reporter's phone line, a sign-up under a rule, a
        # paywall's plea, a newsletter's price, a sponsor's message
        "Harbor Wire reporter Mia Chen and Jo Lee contributed to this story from Port Alba, Ohio.",
        "Harbor Wire Writer Jo Lee contributed to this report from Port Alba and can be reached "
        "at http://example.com/jolee.",
        "Associated Press writers Mia Chen in Port Alba, Ohio; Jo Lee in Fort Sale, Neb.; Ann Roe "
        "in Bayview, Mo.; Tim Vale in Dune City, Iowa; and Sam Ode in Lakeside, Wis. contributed "
        "to this report.",
        "— Mia Chen: 555-201-7788, or mchen@example.com; on Twitter @miachen; Jo Lee: 555-201-7789.",
        "--------- Sign up for Harbor7 email alerts to stay informed about breaking news.",
        "Support our journalism Already a subscriber? Thank you for your support. If you are not, "
        "please consider subscribing today.",
        "To subscribe to Harbor Fax, click here. Subscriptions are $350 per year.",
        "** A message from the Harbor Traders Institute: Market halls work for every town. **",
    ],
)
def test_english_caption_credit_and_address_lines_go(caption: str) -> None:
    page = clean_text("\n\n".join([BODY[0], caption, *BODY[1:]]))
    assert page.body.split("\n\n") == BODY
    assert caption in "\n".join(r.text for r in page.removed)


@pytest.mark.parametrize(
    "line",
    [
        "In this town, the photo studio on the main street reopened on Monday after the floods.",
        "Reuters reported the death toll had risen to nine by Tuesday evening, citing officials.",
        'The mayor, who asked for patience, said: "Related agencies will help the traders."',
        # a line that quotes a handle, a fact with a link for more, a sign-up as news
        "The fire service wrote on Twitter (@harborfire) that the roads would reopen on Friday.",
        "The city will hold a fundraiser for the traders' families on Saturday at the town hall "
        "in the harbor district, organisers said on Tuesday. (Click here to see the flyer)",
        "More than 2,000 residents have signed up for the city's flood alerts since Monday.",
        "Mia Chen, who is a reporter for the city's radio station, was among the first to arrive.",
        # "close" opening a sentence, in any case but the player's button before a capital
        "Close to 300 traders had stalls in the hall, the city's market office said on Tuesday.",
        "CLOSE to midnight, the last rescue team left the site with two more survivors.",
        "Just watched by thousands online, the rescue was streamed live by the city's fire service.",
        "Newsletter sign-ups at the Harbor Daily rose after the collapse, its editor said.",
        "Traders who want to read more about the rebuilding plans can ask at the town hall.",
        "The bank's shares fell 3 percent. Credit: rating agencies cut the city's outlook on Monday.",
        "Interested in the hall's history, the mayor asked the archive to add its photographs.",
        "Traders can sign up now at the market office for the city's relief payments, she said.",
        "READ the full statement below, the mayor's office told reporters on Tuesday.",
        "The author has no doubt the hall can be saved, she told the council on Tuesday.",
        "The vote was 52-48. | Analysis: what it means for the harbor's budget next year.",
        "Updated plans to include a new market hall were shown to traders on Tuesday.",
        "Officials updated the count to include two more traders, the fire service said.",
        # s22: news that names a contribution, a phone line or a message
        "Scientists from 40 countries contributed to the report, which is due out on Friday.",
        "Donors contributed to the relief fund from across the state, the mayor said on Tuesday.",
        "A message from the mayor: the hall will reopen in spring, her office said on Tuesday.",
        "The hotline: 555-201-7788 is open to traders every day, the market office said.",
    ],
)
def test_prose_that_looks_like_a_caption_stays(line: str) -> None:
    page = clean_text("\n\n".join([BODY[0], line, *BODY[1:]]))
    assert page.body.split("\n\n") == [BODY[0], line, *BODY[1:]]


@pytest.mark.parametrize(
    "date_line",
    ["April 10th, 2016", "10 April 2016", "4 Juni 2015", "UPDATE: January 8, 8:25 AM CST"],
)
def test_a_date_on_the_first_line_is_no_headline(date_line: str) -> None:
    page = clean_text("\n\n".join([date_line, *BODY]))
    assert page.title == ""
    assert page.body.split("\n\n") == BODY


def test_a_video_players_blurb_above_the_article_is_no_headline() -> None:
    blurb = "CLOSE Four harbor traders describe the night the market hall fell. Mia Chen"
    page = clean_text("\n\n".join([blurb, *BODY]))
    assert page.title == ""
    assert page.body.split("\n\n") == BODY


def test_a_credit_line_of_many_slashes_is_read_in_one_pass() -> None:
    # The caption-credit rule once let its separators and a "/" alternative split a run of
    # slashes every possible way: 22 of them took a second and each more doubled it, so one
    # posted line could hold a worker. It now reads such a line at once (and keeps it: it ends
    # in prose, not a name).
    line = "The hall in 1931. Credit: Harbor City Archive" + " /" * 60 + " and then the rest."
    page = clean_text("\n\n".join([BODY[0], line, *BODY[1:]]))
    assert page.body.split("\n\n") == [BODY[0], line, *BODY[1:]]
