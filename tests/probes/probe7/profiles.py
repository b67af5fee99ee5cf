"""Eight invented leader profiles (the expected records) for probe 7: name shapes none of the
earlier probes used (an Indonesian single name, a Polish name with ``ł`` and ``Ż``, a Portuguese
name with ``da`` and ``dos``, a Japanese name in Latin letters family-name first, a Scottish
``Mc`` surname after a middle name spelled out, a Ukrainian name in Cyrillic, an Ethiopian
given name and father's name, a Thai name), headlines with and without " at ", odd company names
(all capitals, a lowercase brand, an ampersand, a dotcom), 2 to 10 dimensions, 2 to 9 themes
(hyphenated words, acronyms, numbers, single words, four-word phrases, proper nouns), 0 to 6
quotes, principles present or absent (then the section is missing from every design).

Record rules are shared/corpora/leader-pages-dev/README.md's: role/company split on the LAST
' at ', bio/summary paragraphs joined by a blank line, a quote's context null when there is no
attribution, speaker = the other person when the attribution names one ("Person, context").
Every string is NFC, as typed.
"""

import unicodedata


def q(text, speaker, context):
    return {"text": text, "speaker": speaker, "context": context}


P = []


def _nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [_nfc(v) for v in x]
    if isinstance(x, dict):
        return {k: _nfc(v) for k, v in x.items()}
    return x


def add(id, name, headline, bio, dims, themes, summary, principles, quotes):  # noqa: PLR0917
    r, sep, c = headline.rpartition(" at ")
    role, company = (r.strip(), c.strip()) if sep else (headline, None)
    P.append(
        _nfc(
            {
                "id": id,
                "name": name,
                "headline": headline,
                "role": role,
                "company": company,
                "bio": "\n\n".join(bio),
                "dimensions": [{"name": n, "score": s} for n, s in dims],
                "themes": themes,
                "summary": "\n\n".join(summary),
                "principles": principles,
                "quotes": quotes,
            }
        )
    )


# Indonesian single name; company in capitals; two dimensions; nine themes; no quotes
N = "Sumarni"
add(
    "sumarni",
    N,
    "Founder and Chief Weaver at TENUN KITA",
    [
        "Sumarni learned to weave ikat from her grandmother in East Sumba and founded TENUN KITA "
        "in 2012 as a cooperative of eleven households selling cloth at the Waingapu market.",
        "The cooperative now pays 340 weavers across six villages a fixed price per metre, "
        "grows its own indigo and morinda, and ships to boutiques in Jakarta, Melbourne and Kyoto.",
    ],
    [("Community Stewardship", 94), ("Craft Mastery", 89)],
    [
        "ikat",
        "plant-based dyeing",
        "cooperative ownership",
        "East Nusa Tenggara",
        "fair-price contracts",
        "SDG 8",
        "women-led enterprise",
        "slow fashion supply chains",
        "indigo",
    ],
    [
        "Sumarni describes how a weaving cooperative sets one price for every metre of cloth, "
        "why she refused an order for ten thousand scarves printed to look hand-woven, and what "
        "a drought year taught the villages about growing their own dye plants."
    ],
    [
        "Pay for the metre, not for the haggle",
        "A pattern belongs to the village that dreamed it",
        "Grow the colour before you sell the cloth",
    ],
    [],
)

# Polish name with ł and Ż; lowercase brand; ten dimensions; two themes; six quotes; no principles
N = "Małgorzata Żurawska"
add(
    "malgorzata-zurawska",
    N,
    "Chief Technology Officer at kolejka",
    [
        "Małgorzata Żurawska leads engineering at kolejka, a Wrocław company whose booking "
        "software runs the waiting rooms of about 2,300 public clinics in Poland and Czechia.",
        "She joined as the fourth developer in 2016, rewrote the scheduling engine twice, and "
        "now runs a team of 140 split between Wrocław, Gdańsk and Brno.",
        "Before kolejka she built train timetable software for a regional rail operator in "
        "Lower Silesia, where she learned to plan around timetables that change every December.",
    ],
    [
        ("Architectural Judgement", 96),
        ("Reliability Engineering", 91),
        ("Hiring & Mentoring", 78),
        ("Product Sense", 66),
        ("Working with Regulators", 58),
        ("Budget Stewardship", 71),
        ("Security Mindset", 87),
        ("Written Communication", 83),
        ("Letting Go", 52),
        ("Public Sector Know-how", 74),
    ],
    ["queue management", "public health IT"],
    [
        "Małgorzata Żurawska explains how a booking system for public clinics survives the "
        "Monday-morning rush, why her team publishes every outage report in Polish and Czech, "
        "and what it means to build software that patients never chose to use.",
        "She also walks through the 2021 vaccination sign-up week, when traffic grew forty-fold "
        "in an afternoon and the system stayed up on hardware bought for a quarter of that load.",
    ],
    [],
    [
        q("A patient should never learn our architecture from an error page.", N, "On outages"),
        q(
            "The queue is the product. Everything else is a form.",
            N,
            "Interview with Rzeczpospolita, 2023",
        ),
        q(
            "She read the clinic's paper diary for a week before she wrote a line of code.",
            "Tomasz Wilk",
            "co-founder of kolejka",
        ),
        q("We test on the oldest computer in the oldest clinic.", N, None),
        q(
            "Every December the rail timetable changed and every December something broke. "
            "I learned to love the calendar.",
            N,
            "On her first job",
        ),
        q(
            "Her postmortems are the only ones our ministry actually reads.",
            "Jana Dvořáková",
            "digital health officer, Brno",
        ),
    ],
)

# Portuguese name with "da" and "dos"; ampersand in the company
N = "Maria da Conceição dos Santos"
add(
    "maria-da-conceicao-dos-santos",
    N,
    "Managing Partner at Santos & Irmãos Conservas",
    [
        "Maria da Conceição dos Santos runs the tinned-fish company her father and uncles opened "
        "in Matosinhos in 1958, which packs sardines, mackerel and octopus for forty countries."
    ],
    [
        ("Brand Craft", 82),
        ("Factory-floor Know-how", 77),
        ("Supplier Relationships", 90),
        ("Global Distribution", 85),
        ("Family Cohesion", 63),
        ("Ocean Stewardship", 71),
    ],
    [
        "canned seafood",
        "MSC certification",
        "third-generation ownership",
        "Matosinhos",
        "design-led packaging",
    ],
    [
        "Maria da Conceição dos Santos talks about turning a tin of sardines into a gift, the "
        "year the fleet caught almost nothing, and how three branches of one family share a "
        "single board table without sharing every opinion."
    ],
    [
        "Pay the boats first and the bank second",
        "A label is a promise the fish has to keep",
        "Every cousin gets a vote, and nobody gets a veto",
        "Close the cannery on the day of São João",
    ],
    [
        q(
            "When the sardines did not come, we tinned our patience and waited.",
            N,
            "On the 2019 fishing ban",
        ),
        q(
            "She knows every skipper by his boat and every boat by its engine.",
            "Rui Meireles",
            "harbour master, Leixões",
        ),
    ],
)

# Japanese name in Latin letters, family name first; no " at " in the headline
N = "Takahashi Kenji"
add(
    "takahashi-kenji",
    N,
    "Representative Director and President, Nagano Precision Optics",
    [
        "Takahashi Kenji joined Nagano Precision Optics as a lens grinder in 1989 and became its "
        "president in 2018, the first to come from the factory floor rather than the bank that "
        "owns a third of the shares.",
        "The company makes aspheric lenses for endoscopes and satellite cameras in two plants near "
        "Suwa Lake and employs about 1,100 people.",
    ],
    [
        ("Quality Leadership", 95),
        ("Patience with Results", 88),
        ("Client Intimacy", 73),
        ("Renewal", 57),
    ],
    [
        "aspheric optics",
        "monozukuri",
        "lens polishing",
        "medical imaging",
        "Suwa",
        "engineer apprenticeships",
        "ISO 13485",
    ],
    [
        "Takahashi Kenji reflects on thirty years at the grinding bench and in the boardroom, "
        "explains why every new engineer at the company still polishes a lens by hand for a "
        "month, and describes how the firm won its first satellite contract after two rejections."
    ],
    [
        "Touch the part before you read the report",
        "The slowest machine sets the pace of the plant",
        "Promote the person the night shift trusts",
        "Keep one product no competitor wants to make",
        "Write the apology before the customer asks",
    ],
    [
        q("A lens tells you the truth about the hands that made it.", N, "On craft"),
        q(
            "He walks the line at six every morning. Nobody asked him to, and nobody has asked "
            "him to stop.",
            "Mori Ayaka",
            "plant manager, Okaya",
        ),
        q("Precision is a habit, not a machine.", N, None),
    ],
)

# Scottish "Mc" surname after a middle name spelled out
N = "Ewan Alasdair McCrindle"
add(
    "ewan-alasdair-mccrindle",
    N,
    "Head Distiller and Managing Director at Ardcraig Spirits Ltd",
    [
        "Ewan Alasdair McCrindle reopened the Ardcraig distillery on the Kintyre peninsula in "
        "2014, forty years after it closed, with a second-hand still bought from a brewery in "
        "Speyside.",
        "He spent fifteen years before that as a cask buyer for blenders in Glasgow and still "
        "chooses every barrel that comes through the warehouse door.",
    ],
    [
        ("Craft Mastery", 97),
        ("Maturation Instinct", 92),
        ("Pricing Nerve", 61),
        ("Crew Leadership", 76),
        ("Brand Voice", 84),
        ("Cash Prudence", 55),
        ("Local Partnerships", 80),
    ],
    [
        "single malt",
        "cask-finishing",
        "Campbeltown whisky region revival",
        "rural employment",
    ],
    [
        "Ewan Alasdair McCrindle talks about waiting ten years for a product to be ready, how a "
        "distillery of nine people competes for casks with global drinks groups, and why he hires "
        "from the village school before he hires from the trade."
    ],
    [
        "Never bottle a whisky to meet a deadline",
        "The cask does most of the work, so buy good casks",
        "Hire people who will still be here in twelve years",
    ],
    [
        q(
            "You are selling something you made when your children were small.",
            N,
            "On long maturation",
        )
    ],
)

# Ukrainian name in Cyrillic; a dotcom
N = "Олена Ковальчук"
add(
    "olena-kovalchuk",
    N,
    "Chief Operating Officer at Zernotrans.com",
    [
        "Олена Ковальчук runs operations at Zernotrans.com, an online freight exchange that "
        "matches Ukrainian grain cargoes with barges on the Danube and trucks to Polish and "
        "Romanian ports.",
        "She rebuilt its routing in the spring of 2022, when the Black Sea ports closed and the "
        "platform had to find new export roads for farmers within weeks.",
    ],
    [
        ("Composure Under Fire", 98),
        ("Execution Speed", 93),
        ("Data Literacy", 81),
        ("Carrier Network Building", 86),
        ("Team Resilience", 90),
    ],
    [
        "grain logistics",
        "Danube corridor",
        "B2B marketplaces",
        "wartime operations",
        "freight pricing",
        "EU-Ukraine trade",
    ],
    [
        "Олена Ковальчук describes how a freight marketplace rerouted a harvest in a season, "
        "how her team prices risk on roads that change by the week, and what she learned about "
        "keeping a remote company together through air-raid alerts."
    ],
    [
        "Plan for three routes and expect to use the fourth",
        "Publish the price, even when it is bad news",
        "Nobody works through an alert",
        "A farmer's call is answered within the hour",
        "Measure the border in hours, not kilometres",
        "Keep the spreadsheet that works until the software is better",
    ],
    [
        q(
            "We did not build a new company in 2022. We built new roads for the old one.",
            N,
            "On rerouting exports",
        ),
        q(
            "She had barges booked on the Danube before most of us had found a map of it.",
            "Andrii Melnyk",
            "grain trader, Odesa",
        ),
        q("Logistics is just keeping promises in the right order.", N, None),
        q(
            "Our drivers trust the app because she made it tell them the truth about waiting times.",
            "Ioana Popescu",
            "dispatcher, Galați",
        ),
    ],
)

# Ethiopian given name and father's name; five quotes; no principles
N = "Tigist Alemayehu"
add(
    "tigist-alemayehu",
    N,
    "Co-founder and CEO at Buna Cold Chain PLC",
    [
        "Tigist Alemayehu co-founded Buna Cold Chain in Addis Ababa in 2019 to rent "
        "solar-powered cold rooms to vegetable and dairy farmers by the crate and by the day.",
        "The company runs 210 cold rooms across Oromia and Amhara and has cut the share of "
        "tomatoes that spoil before market, by its own count, from about a third to under a tenth.",
    ],
    [("Listening to Farmers", 91), ("Capital Efficiency", 84), ("Rural Operations", 79)],
    ["post-harvest loss", "pay-as-you-store", "off-grid solar"],
    [
        "Tigist Alemayehu explains why farmers pay for storage by the crate rather than buying a "
        "cooler, how the company decides where to put its next cold room, and what investors "
        "misunderstand about margins in agricultural logistics."
    ],
    [],
    [
        q(
            "A tomato does not care about our business model. It cares about the temperature.",
            N,
            "On product design",
        ),
        q(
            "She came to the market at five in the morning, three weeks running, before she asked us a single question.",
            "Abebe Girma",
            "vegetable trader, Adama",
        ),
        q("Cold is a service, not a box.", N, None),
        q("We price in crates because farmers count in crates.", N, "On crate pricing"),
        q(
            "The numbers in her pitch were the numbers in the field. That is rarer than it should be.",
            "Hanna Tesfaye",
            "partner at an impact fund",
        ),
    ],
)

# Thai name; no " at " in the headline; eight dimensions and eight themes
N = "Anchalee Saengthong"
add(
    "anchalee-saengthong",
    N,
    "Chef-Owner, Baan Khun Yai",
    [
        "Anchalee Saengthong opened Baan Khun Yai in a Chiang Mai shophouse in 2010 with six "
        "tables and her grandmother's recipe notebook, and now runs three restaurants and a "
        "cooking school.",
        "She buys most of her produce from twenty farms within a hundred kilometres of the city "
        "and publishes the list, with prices, on the back of every menu.",
    ],
    [
        ("Culinary Creativity", 96),
        ("Supplier Relationships", 88),
        ("Team Development", 82),
        ("Margin Awareness", 64),
        ("Reputation", 71),
        ("Grit", 90),
        ("Passing On Skills", 86),
        ("Trusting the Brigade", 48),
    ],
    [
        "Northern Thai cuisine",
        "farm-to-table",
        "khao soi",
        "culinary education",
        "Michelin Bib Gourmand",
        "food heritage",
        "menu price transparency",
        "restaurant staff retention",
    ],
    [
        "Anchalee Saengthong talks about cooking her grandmother's food for strangers, keeping "
        "cooks for a decade in a trade where most leave within a year, and why she prints what "
        "she pays farmers on the menu."
    ],
    ["Cook for the family table first", "Tell the guest what the farmer was paid"],
    [
        q("Recipes are arguments between generations.", N, "On her grandmother's notebook"),
        q(
            "She tastes the curry paste every morning and changes it every morning.",
            "Niran Chaiyaporn",
            "sous-chef since 2012",
        ),
    ],
)
