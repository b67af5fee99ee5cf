"""Eight invented leader profiles (the expected records) for probe 6: name shapes none of the
earlier probes used (a Korean name family-name first with a hyphenated given name, a Spanish
double surname joined by ``y``, a Dutch ``'t`` particle, Turkish dotted ``İ`` and dotless ``ı``,
a suffix ``III`` after a middle initial, a name styled all in lowercase, a Hong Kong name with an
English given name before the Chinese one, an Irish ``Mac an tS…`` surname with a fada), a very
long headline with two companies, a headline whose role contains " at ", a headline with no
" at ", bios from one sentence to three paragraphs, 3 to 9 dimensions, 3 to 8 themes, 1 to 5
quotes, one leader with a single quote and one with no principles at all (the section is
missing from every design).

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


# Korean battery recycling; family name first, hyphenated given name
N = "Park Min-jun"
add(
    "park-min-jun",
    N,
    "Chief Executive Officer at Hanbit Battery Recycling",
    [
        "Park Min-jun started Hanbit Battery Recycling in Pohang in 2017 with four engineers "
        "from the steel industry and a rented warehouse next to the port.",
        "The company now recovers nickel, cobalt and lithium from about 30,000 tonnes of spent "
        "electric-vehicle cells a year and sells the metal back to two cathode makers in Gumi.",
    ],
    [
        ("Operational Excellence", 88),
        ("Strategic Vision", 81),
        ("Safety Culture", 97),
        ("Partnerships", 64),
        ("Talent Development", 59),
    ],
    [
        "battery recycling",
        "black mass",
        "hydrometallurgy",
        "EV supply chain",
        "Pohang",
        "K-battery policy",
    ],
    [
        "Park Min-jun explains how a recycler earns the trust of carmakers who will not say how "
        "many cells they will scrap next year, why his plants stop for a full safety drill every "
        "Monday morning, and what a shredder fire in 2019 changed about the way the company hires."
    ],
    [
        "Stop the line before anyone asks you to",
        "Buy the scrap you can trace, refuse the rest",
        "Let the night shift write the safety manual",
        "A contract with a carmaker is a five-year interview",
    ],
    [
        q(
            "A battery that caught fire once in a truck will not be forgiven twice.",
            N,
            "On safety drills",
        ),
        q(
            "He asked for our worst batch first, and then he asked what else we were throwing away.",
            "Lee Soo-ah",
            "procurement lead at a cathode maker",
        ),
        q("Recycling is mining with better paperwork.", N, None),
    ],
)

# Spanish winery; double surname joined by "y"; nine dimensions; three-paragraph bio
N = "Ignacio Ruiz y Montalbán"
add(
    "ignacio-ruiz-y-montalban",
    N,
    "Director General at Bodegas Montalbán e Hijos",
    [
        "Ignacio Ruiz y Montalbán runs the family winery his great-grandfather founded in "
        "Cariñena in 1911, the fourth generation to do so and the first with a degree in "
        "agronomy rather than law.",
        "He took over in 2015, replanted a third of the vineyards with garnacha clones that ripen "
        "two weeks later, and moved the harvest to the night to keep the grapes cool.",
        "Before returning to Aragón he spent six years buying wine for a British supermarket "
        "chain, which he says taught him what a bottle on a shelf has four seconds to say.",
    ],
    [
        ("Heritage Stewardship", 93),
        ("Climate Adaptation", 86),
        ("Commercial Acumen", 72),
        ("Export Strategy", 68),
        ("Family Governance", 55),
        ("Innovation", 61),
        ("Team & Leadership", 74),
        ("Risk Management", 49),
        ("Communication", 80),
    ],
    ["old-vine garnacha", "night harvest", "family business succession", "DO Cariñena"],
    [
        "Ignacio Ruiz y Montalbán talks about running a four-generation family business with "
        "eleven cousins as shareholders, and the family protocol they signed in 2016 after two "
        "years of Sunday lunches.",
        "He also explains why the winery gave up its best-selling oaked crianza, what heat does "
        "to a vineyard planted for a climate that no longer exists, and how to sell old vines "
        "to a buyer who has four seconds.",
    ],
    [
        "The vineyard you plant is for your grandchildren's weather",
        "Write the family rules before you need them",
        "Never let the bottle explain more than the label can",
        "Pick at night, argue in the morning",
        "A cousin who works here earns a salary, not a dividend",
    ],
    [
        q(
            "We do not own these vines. We borrow them from the next generation and pay interest in work.",
            N,
            "On inheritance",
        ),
        q(
            "The protocol took two years because every cousin had to be heard, even the ones who were wrong.",
            N,
            "On the family protocol",
        ),
    ],
)

# Dutch maritime rescue; the 't particle; a role that itself contains " at "
N = "Femke 't Hart"
add(
    "femke-t-hart",
    N,
    "Director of Operations at Sea at Stichting Noordzee Redding",
    [
        "Femke 't Hart leads the 140 volunteer crews of a North Sea rescue foundation from its "
        "station in IJmuiden."
    ],
    [
        ("Crisis Leadership", 95),
        ("Volunteer Engagement", 90),
        ("Data & Experimentation", 7),
    ],
    [
        "volunteer crews",
        "search and rescue",
        "North Sea",
        "offshore wind",
        "fatigue management",
        "night launches",
        "donor trust",
        "crew training",
    ],
    [
        "Femke 't Hart on leading people who are not paid to come when the pager goes off at "
        "three in the morning, how offshore wind farms changed the search patterns of her crews, "
        "and why the foundation publishes every launch report, including the ones that went wrong."
    ],
    [
        "Nobody launches alone and nobody debriefs alone",
        "Publish the failures before the donors ask",
        "A volunteer's sleep is part of the equipment",
    ],
    [
        q("The sea does not care that you are a volunteer.", N, "On training standards"),
        q(
            "She was the first director who came out on the boat in January.",
            "Sander Kuipers",
            "coxswain at the IJmuiden station",
        ),
        q(
            "We count the launches that found nobody too. Those are most of them.",
            N,
            "On reporting",
        ),
        q("Wind turbines are lighthouses that nobody built for us.", N, None),
    ],
)

# Turkish textiles; dotted capital İ, dotless ı; a headline with no " at "; five quotes
N = "İlkay Yıldırım"
add(
    "ilkay-yildirim",
    N,
    "Co-Founder & CEO, Işık Tekstil",
    [
        "İlkay Yıldırım co-founded Işık Tekstil in Denizli in 2009, a spinning mill that now "
        "makes recycled cotton yarn for European fashion brands.",
        "She studied industrial engineering at Boğaziçi University and worked in quality "
        "control at a denim plant before starting the company with her brother.",
    ],
    [
        ("Execution & Craft", 84),
        ("Customer Focus", 77),
        ("Sustainability", 92),
        ("Financial Discipline", 70),
        ("Team & Leadership", 66),
        ("Resilience", 100),
    ],
    ["recycled cotton", "Denizli", "traceability", "EU due diligence", "women in manufacturing"],
    [
        "İlkay Yıldırım describes how a mid-sized spinning mill in western Turkey learned to "
        "prove where every bale of fibre came from, and why the new European due-diligence rules "
        "turned out to be good for her business."
    ],
    [
        "Measure the fibre before you market it",
        "Every audit is a free consultant",
        "Hire the night-shift supervisor before the marketing director",
        "Pay suppliers on time, especially the small ones",
        "A brand's promise is only as good as our paperwork",
        "Stay in the mill one day a week",
    ],
    [
        q(
            "Customers used to ask for the price first. Now they ask for the certificate first.",
            N,
            "On due diligence",
        ),
        q(
            "The earthquake closed us for nine days. We paid everyone for all nine.",
            N,
            "On the 2023 earthquake",
        ),
        q("Recycled cotton is shorter. So we had to get smarter.", N, None),
        q(
            "She knows the yarn count of every order by heart, which is unsettling in a meeting.",
            "Mehmet Yıldırım",
            "her brother and co-founder",
        ),
        q("A mill is a promise you keep every shift.", N, "On culture"),
    ],
)

# American timber and land trust; suffix III; a very long headline with two companies
N = "Thaddeus R. Whitcomb III"
add(
    "thaddeus-r-whitcomb-iii",
    N,
    "Managing Partner at Greyhaven Timber Capital and Chairman of the Board of Trustees at "
    "Pocomoke River Land Trust",
    [
        "Thaddeus R. Whitcomb III manages 180,000 acres of working forest across Maryland, "
        "Delaware and Virginia for pension funds and university endowments.",
        "He chairs the Pocomoke River Land Trust, which has put conservation easements on "
        "22,000 acres of the Delmarva Peninsula since 2008.",
    ],
    [
        ("Strategic Vision", 90),
        ("Stakeholder Management", 83),
        ("Long-term Thinking", 96),
        ("Capital Allocation", 79),
        ("Execution & Craft", 62),
        ("Community Relations", 71),
        ("Humility", 45),
    ],
    ["working forests", "conservation easements", "Delmarva"],
    [
        "Thaddeus R. Whitcomb III explains how a timber investor and a land trust can sit on "
        "the same river and want the same thing, why a forest is a fifty-year bond with "
        "weather risk, and what he learned from the loggers his grandfather hired."
    ],
    [
        "Plant for the owner after the next owner",
        "An easement is a promise to strangers",
        "Walk the stand before you sign for it",
        "Thin early, harvest late",
    ],
    [
        q(
            "Timber is the only asset that grows while you argue about its price.",
            N,
            "On forest investing",
        ),
        q(
            "Tad listens to the county commissioners the way other investors listen to the Fed.",
            "Loretta Ames",
            "executive director of the land trust",
        ),
    ],
)

# British ceramics studio; a name styled in lowercase; one quote only
N = "noor ashfaq"
add(
    "noor-ashfaq",
    N,
    "founder & design director at studio kiln",
    [
        "noor ashfaq runs studio kiln, a ceramics and product design studio in Stoke-on-Trent "
        "that designs tableware for hotels and makes it in three family-owned potteries nearby.",
        "She trained at the Royal College of Art and spent five years at a Copenhagen design "
        "agency before coming back to the Potteries in 2018.",
    ],
    [
        ("Design Craft", 94),
        ("User Empathy & Research", 82),
        ("Growth & Distribution", 38),
        ("Team & Leadership", 69),
    ],
    [
        "tableware",
        "Stoke-on-Trent",
        "local manufacturing",
        "hospitality design",
        "glaze chemistry",
        "design studios",
        "apprenticeships",
    ],
    [
        "noor ashfaq on why she lowercases her name and her company, how a design studio keeps "
        "three old potteries busy, and what a hotel breakfast service does to a cup in a year.",
        "She also describes the apprenticeship she set up with a local college so that the "
        "potteries would have throwers in ten years' time.",
    ],
    [
        "Design the cup for the dishwasher, then for the photo",
        "Make it within thirty miles of the studio",
        "Teach the trade before it is gone",
    ],
    [
        q(
            "A hotel cup gets washed four thousand times. That's the real design brief.",
            N,
            "On designing for hospitality",
        )
    ],
)

# Hong Kong ferries; English given name + family name + Cantonese given name; eight dimensions
N = "Kelvin Wong Ka-wai"
add(
    "kelvin-wong-ka-wai",
    N,
    "Executive Director & Chief Operating Officer at Harbourfront Ferries Holdings Ltd",
    [
        "Kelvin Wong Ka-wai runs the day-to-day operations of a ferry company that carries "
        "about 60,000 passengers a day between Hong Kong Island and the outlying islands.",
        "He joined as a marine engineer in 1998, ran the fleet maintenance division for eight "
        "years and led the switch of the first three vessels to hybrid electric drives.",
    ],
    [
        ("Operational Excellence", 91),
        ("Safety Culture", 89),
        ("Customer Focus", 73),
        ("Change Management", 67),
        ("Technical Depth", 86),
        ("Stakeholder Management", 75),
        ("Financial Discipline", 58),
        ("Team & Leadership", 80),
    ],
    [
        "ferry electrification",
        "outlying islands",
        "fleet maintenance",
        "franchise renewal",
        "typhoon season",
        "crew ageing",
    ],
    [
        "Kelvin Wong Ka-wai explains what it takes to electrify a ferry route without missing a "
        "sailing, how the company plans for typhoon season, and why the average age of its "
        "coxswains worries him more than the age of its boats."
    ],
    [
        "The timetable is the product",
        "Fix the boat in the night, not on the pier",
        "Every typhoon plan starts with who sleeps where",
        "Train coxswains faster than they retire",
        "Passengers forgive a delay, never silence",
    ],
    [
        q(
            "The first hybrid ferry taught us more about charging than about engines.",
            N,
            "On electrification",
        ),
        q("A ferry that is on time is invisible. That is the goal.", N, None),
        q(
            "Kelvin still walks the engine room before the first sailing on a typhoon day.",
            "Chan Mei-ling",
            "fleet superintendent",
        ),
    ],
)

# Irish island co-operative; Mac an tS- surname with a fada; NO principles section
N = "Ciarán Mac an tSaoir"
add(
    "ciaran-mac-an-tsaoir",
    N,
    "Chief Executive at Comharchumann Chléire Teoranta",
    [
        "Ciarán Mac an tSaoir manages the community co-operative of Cape Clear, an island of "
        "about 120 people off the coast of west Cork, which runs the ferry contract, the island "
        "shop, a hostel and an Irish-language summer college.",
    ],
    [
        ("Community Relations", 98),
        ("Resourcefulness", 92),
        ("Strategic Vision", 70),
        ("Financial Discipline", 63),
        ("Delegation", 41),
    ],
    [
        "island communities",
        "community co-operatives",
        "Irish language",
        "depopulation",
        "summer colleges",
    ],
    [
        "Ciarán Mac an tSaoir on running a business whose shareholders are also its customers, "
        "its staff and his neighbours, what keeps young families on an island with no secondary "
        "school, and how the co-operative decides which services to keep when the grants shrink."
    ],
    [],
    [
        q(
            "On an island the co-op is not a business that serves the community. It is the "
            "community, keeping its books.",
            N,
            "On co-operatives",
        ),
        q(
            "Every family that stays is worth more than any grant we will ever write.",
            N,
            "On depopulation",
        ),
        q(
            "He chairs a meeting the way he drives the tractor: slowly, and everyone gets there.",
            "Máire Ní Dhrisceoil",
            "co-op secretary",
        ),
        q("The summer college pays for the winter.", N, None),
    ],
)
