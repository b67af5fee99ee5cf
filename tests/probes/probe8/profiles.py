"""Eight invented leader profiles (the expected records) for probe 8: name shapes none of the
earlier probes used (a Hawaiian name with an ʻokina, a Chinese name with a Western given name in
parentheses, a generational "II" after a middle name, a Norwegian name with ``ø`` and ``å``, an
Igbo name with dotted vowels in the company, a Georgian name in Latin letters, a double-barrelled
British surname, an Afrikaans ``van der`` particle), headlines of varied shapes ("Founder & CEO",
two roles joined by "and", a role with a comma, a company with a dot, companies with digits, a
headline with no " at "), 2 to 10 dimensions (scores from 9 to 100), 2 to 9 themes (multi-word,
hyphens, ampersands), 0 to 6 quotes with and without attribution contexts, one leader with no
principles (then the section is missing from every design).

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


# Hawaiian name with ʻokina (U+02BB) and a macron; "Founder & CEO"; five dimensions; three quotes
N = "Keʻalohilani Kahananui"
add(
    "kealohilani-kahananui",
    N,
    "Founder & CEO at Mālama Grid",
    [
        "Keʻalohilani Kahananui grew up on Molokaʻi, where the island's only power plant burned "
        "shipped diesel, and founded Mālama Grid in 2017 to put batteries behind rooftop solar "
        "on islands that cannot borrow power from a neighbour.",
        "The company now runs 61 megawatt-hours of storage across Molokaʻi, Lānaʻi and two "
        "villages in American Samoa, owned jointly with the communities that host it.",
    ],
    [
        ("Strategic Vision", 93),
        ("Community Trust", 97),
        ("Capital Raising", 74),
        ("Technical Depth", 81),
        ("Delegation", 58),
    ],
    [
        "island microgrids",
        "grid-scale storage",
        "community ownership",
        "energy sovereignty",
        "diesel phase-out",
        "Pacific Islands",
    ],
    [
        "Keʻalohilani Kahananui explains why an island grid is a lifeboat rather than a "
        "network, how Mālama Grid shares ownership of every battery with the town it serves, "
        "and what a week without fuel deliveries taught her about planning for the worst day.",
    ],
    [
        "Build for the day the barge does not come",
        "Own the asset together or do not build it",
        "Talk story before you talk price",
    ],
    [
        q("An island grid is a lifeboat, not a network.", N, "On island energy"),
        q(
            "She came to every town meeting for a year before she brought a single drawing.",
            "Kalani Akana",
            "Molokaʻi county council member",
        ),
        q("Cheap power that leaves with the barge is not cheap.", N, None),
    ],
)

# Chinese name, family name first, Western given name in parentheses; two roles; ten dimensions;
# six quotes; company with digits
N = "Lin Yuting (Grace)"
add(
    "lin-yuting-grace",
    N,
    "Chief Operating Officer and Head of Supply Chain at 88Harbor Logistics",
    [
        "Lin Yuting (Grace) runs operations at 88Harbor Logistics, a Kaohsiung freight forwarder "
        "that moves electronics components between Taiwan, Penang and the Port of Long Beach.",
        "She joined as a customs broker in 2009, built the company's bonded warehouse network, "
        "and took on the supply-chain role in 2020 when the pandemic upended container "
        "schedules across the Pacific.",
        "Before 88Harbor she spent six years at a Keelung shipping agency, where she learned "
        "to read a stowage plan before she could read a balance sheet.",
    ],
    [
        ("Operational Excellence", 95),
        ("Crisis Management", 91),
        ("Negotiation", 84),
        ("Team Building", 77),
        ("Data Literacy", 88),
        ("Customer Focus", 82),
        ("Risk Appetite", 46),
        ("Cross-Cultural Fluency", 90),
        ("Public Speaking", 39),
        ("Patience", 63),
    ],
    ["bonded warehousing", "trans-Pacific shipping", "customs & compliance"],
    [
        "Lin Yuting (Grace) talks about running a freight forwarder through the container "
        "shortage of 2021, why she keeps a paper copy of every customs rule in the office, and "
        "how she trains brokers to say no to a client on the first call.",
        "She also describes the night a typhoon closed Kaohsiung harbour with four hundred "
        "containers of chips waiting on the quay.",
    ],
    [
        "Know the rule before you bend the schedule",
        "Every delay has a phone number",
        "Train the person who will replace you",
        "A warehouse is a promise with a roof",
    ],
    [
        q("A container is a promise made in steel.", N, "Keynote at Logistics Asia 2023"),
        q("Nobody remembers the shipment that arrived on time.", N, None),
        q(
            "Grace reads a customs circular the way other people read the news.",
            "Huang Chih-ming",
            "founder of 88Harbor Logistics",
        ),
        q("If the typhoon is coming, the paperwork is already late.", N, "On the 2019 closure"),
        q(
            "She answered every one of our calls during the shortage, at any hour.",
            "Priya Natarajan",
            "procurement director at a Penang electronics maker",
        ),
        q("Slow is a schedule. Late is a failure.", N, "Interview with CommonWealth Magazine"),
    ],
)

# Generational "II" after a middle name spelled out; a role with a comma; two dimensions; nine
# themes; one quote; no principles
N = "Reginald Ashby Carrington II"
add(
    "reginald-carrington-ii",
    N,
    "Senior Vice President, Global Operations at Carrington Freight Lines",
    [
        "Reginald Ashby Carrington II is the third generation of his family to work at "
        "Carrington Freight Lines, the Memphis trucking company his grandfather started with "
        "two tractors in 1952.",
        "He runs a fleet of 1,900 trucks and the company's rail partnerships, and led its move "
        "to electric yard tractors at its four largest terminals.",
    ],
    [("Operational Discipline", 100), ("Change Leadership", 72)],
    [
        "long-haul trucking",
        "intermodal rail",
        "fleet electrification",
        "driver retention",
        "family business succession",
        "hours-of-service rules",
        "yard automation",
        "safety culture",
        "Mid-South logistics",
    ],
    [
        "Reginald Ashby Carrington II describes taking over operations from his father, why he "
        "rides along with a new driver every quarter, and the arithmetic that made electric yard "
        "tractors pay for themselves before the long-haul trucks could."
    ],
    [],
    [
        q(
            "My grandfather knew every driver's name. I try to know every driver's route.",
            N,
            "Speaking at the Memphis Chamber of Commerce",
        ),
    ],
)

# Norwegian name with ø and å; a company with a dot; seven dimensions; two themes; no quotes
N = "Sølvi Åsheim Bråten"
add(
    "solvi-asheim-braten",
    N,
    "Chief Product Officer at Fjellstrøm.io",
    [
        "Sølvi Åsheim Bråten leads product at Fjellstrøm.io, a Trondheim company whose software "
        "plans hydropower releases for twenty-three reservoirs along the Norwegian coast.",
        "A hydrologist by training, she spent eight years forecasting snowmelt for a regional "
        "utility before joining Fjellstrøm.io as its first product manager in 2018.",
    ],
    [
        ("Product Judgement", 92),
        ("Domain Expertise", 98),
        ("Roadmap Discipline", 79),
        ("Stakeholder Management", 71),
        ("Experimentation", 55),
        ("Hiring", 68),
        ("Storytelling", 9),
    ],
    ["hydropower forecasting", "product-led growth"],
    [
        "Sølvi Åsheim Bråten explains how a snowmelt forecast turns into a product decision, "
        "why Fjellstrøm.io ships nothing in the spring flood season, and how she works with "
        "operators who have run the same dams for thirty years."
    ],
    [
        "Ship after the flood, not during it",
        "The operator's logbook is the first specification",
        "Forecasts are products too",
    ],
    [],
)

# Igbo name; dotted vowels in the company name; four dimensions; five themes; four quotes
N = "Nnamdi Chukwuebuka Okafor"
add(
    "nnamdi-okafor",
    N,
    "General Partner at Ọkụ Capital",
    [
        "Nnamdi Chukwuebuka Okafor co-founded Ọkụ Capital in Lagos in 2016 to write the first "
        "cheque for West African hardware companies that software investors would not fund.",
        "The fund has backed thirty-one companies making solar inverters, cold rooms and "
        "tricycle batteries, and runs a workshop in Yaba where founders can build prototypes.",
    ],
    [
        ("Investment Judgement", 89),
        ("Founder Support", 94),
        ("Fundraising", 67),
        ("Portfolio Discipline", 31),
    ],
    [
        "hardware venture capital",
        "cold-chain infrastructure",
        "Lagos & Accra ecosystems",
        "patient capital",
        "founder mentoring",
    ],
    [
        "Nnamdi Chukwuebuka Okafor talks about why hardware is the unfashionable bet Africa "
        "needs, how a prototype workshop changed the companies Ọkụ Capital could back, and the "
        "fund he nearly closed in 2020.",
    ],
    [
        "Fund the factory floor, not the slide deck",
        "A prototype answers more questions than a pitch",
        "Stay in the room when the founder is losing",
    ],
    [
        q("Hardware is slow until it is everywhere.", N, "On the Yaba workshop"),
        q(
            "He was the only investor who asked to see our soldering station.",
            "Adaeze Nwosu",
            "founder of a cold-room startup",
        ),
        q("Patient money is the only kind that builds factories.", N, None),
        q("We lose money on purpose, and we say so on the first day.", N, "TechCabal interview"),
    ],
)

# Georgian name in Latin letters; no " at " in the headline; eight dimensions; seven themes;
# two quotes
N = "Levan Mchedlishvili"
add(
    "levan-mchedlishvili",
    N,
    "Head of Research, Tbilisi Energy Lab",
    [
        "Levan Mchedlishvili directs research at the Tbilisi Energy Lab, an independent institute "
        "that models Georgia's electricity market and advises its regulator.",
        "He trained as a physicist at Tbilisi State University and spent a decade at a Vienna "
        "think tank before returning to build the lab's grid model from scratch in 2019.",
    ],
    [
        ("Analytical Rigour", 96),
        ("Policy Influence", 78),
        ("Mentoring", 85),
        ("Independence", 91),
        ("Fundraising", 52),
        ("Communication", 73),
        ("Collaboration", 80),
        ("Speed", 44),
    ],
    [
        "electricity market design",
        "hydropower & dams",
        "cross-border interconnectors",
        "regulatory independence",
        "open-source grid models",
        "Caucasus energy security",
        "research funding",
    ],
    [
        "Levan Mchedlishvili explains how a small institute keeps its independence while "
        "advising the regulator it studies, why the lab publishes its grid model as open "
        "source, and what the Enguri dam means for Georgia's winter.",
    ],
    [
        "Publish the model, not only the conclusion",
        "Take no money from anyone you may have to criticise",
    ],
    [
        q("A model nobody can check is an opinion with decimals.", N, "On open-source models"),
        q(
            "Levan tells ministers what they do not want to hear, with footnotes.",
            "Nino Kvaratskhelia",
            "former commissioner of the Georgian energy regulator",
        ),
    ],
)

# Double-barrelled British surname; a company with a digit; three dimensions; four themes;
# five quotes
N = "Imogen Fairfax-Llewellyn"
add(
    "imogen-fairfax-llewellyn",
    N,
    "Chief Executive at Bramley 3D Printing Ltd",
    [
        "Imogen Fairfax-Llewellyn runs Bramley 3D Printing, a Sheffield manufacturer that prints "
        "titanium replacement parts for hospital equipment and vintage machinery.",
        "She took over the company from its founder in 2021, moved it from prototypes to "
        "certified medical parts, and doubled its staff to 120 without a single redundancy "
        "during the energy-price spike.",
    ],
    [("Commercial Acumen", 88), ("People Leadership", 92), ("Technical Curiosity", 76)],
    [
        "additive manufacturing",
        "medical device certification",
        "Made in Sheffield",
        "R&D tax credits",
    ],
    [
        "Imogen Fairfax-Llewellyn describes turning a prototyping shop into a certified medical "
        "manufacturer, printing a part for a 1938 lathe, and keeping every job through a winter "
        "when the electricity bill tripled.",
    ],
    [
        "Certify early, it is cheaper than apologising later",
        "Everyone on the floor sees the order book",
        "Never print a part you would not fit yourself",
    ],
    [
        q("Every part has a customer waiting for it with a machine switched off.", N, None),
        q("We print the spares that nobody else will make.", N, "On the vintage machinery line"),
        q(
            "Imogen kept all of us on when every other shop in the valley was laying off.",
            "Darren Holt",
            "machine operator at Bramley since 2014",
        ),
        q("Certification is a moat you dig one form at a time.", N, "BBC Radio Sheffield"),
        q(
            "She knows the tolerances better than the engineers who sell us the printers.",
            "Dr. Ruth Amankwah",
            "clinical engineer at Sheffield Teaching Hospitals",
        ),
    ],
)

# Afrikaans name with a lowercase "van der" particle; digits in the company; six dimensions;
# eight themes; three quotes
N = "Elsabé van der Walt"
add(
    "elsabe-van-der-walt",
    N,
    "Winemaker and Co-Owner at Klipdrift 1921 Cellars",
    [
        "Elsabé van der Walt makes the wine at Klipdrift 1921 Cellars in the Swartland, a farm "
        "her great-grandfather planted with chenin blanc the year the cellar was built.",
        "She returned from harvests in Burgundy and the Barossa in 2011, replanted the farm "
        "for dry farming, and bought a share of the cellar from her uncle in 2015.",
    ],
    [
        ("Craft", 97),
        ("Vineyard Stewardship", 94),
        ("Business Acumen", 69),
        ("Team Leadership", 83),
        ("Export Strategy", 61),
        ("Resilience", 88),
    ],
    [
        "Swartland chenin blanc",
        "dry farming",
        "old-vine heritage",
        "drought & water",
        "family-owned wineries",
        "export markets",
        "farmworker equity",
        "natural winemaking",
    ],
    [
        "Elsabé van der Walt talks about making wine from century-old bush vines through the "
        "Cape drought, giving the farm's workers a share of the cellar, and selling Swartland "
        "chenin blanc to sommeliers who had never heard of it.",
    ],
    [
        "Let the old vines set the pace",
        "Share the cellar with the people who pick",
        "Water you do not use is the best harvest",
    ],
    [
        q("Old vines do not hurry, and neither do I.", N, "On the 2018 harvest"),
        q(
            "She farmed through the drought without taking a drop from the dam.",
            "Sipho Mahlangu",
            "vineyard manager at Klipdrift 1921 Cellars",
        ),
        q("A dry year tells you which vines belong here.", N, None),
    ],
)
