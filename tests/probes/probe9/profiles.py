"""Eight invented leader profiles (the expected records) for probe 9: name shapes none of the
earlier probes used (an Icelandic patronymic with ``ð`` and ``Þ``, a Māori name with macrons and
the particle ``Te``, a Malay name with ``bin``, a Czech name with háčeks and the ``-ová`` ending, a
Catalan name with ``i`` between the two surnames, a Goan name with the apostrophe-led particle
``d’`` (a typographic apostrophe), a Filipino name with an abbreviated given name "Ma." and the
particle ``dela``, a Sámi name with ``æ``), headlines of varied shapes (a role with "of" and no
" at ", a role and its translation joined by a slash, a company with a hyphen, a company with a
slash, a company with the Catalan middle dot ``l·l``, two roles joined by an ampersand, a chair
"of the Board" followed by a comma and the company), 2 to 10 dimensions (scores from 4 to 100),
2 to 9 themes (a slash, a year, an acronym, an apostrophe), 0 to 6 quotes with and without
attribution contexts, one leader with no quotes and one with no principles (then the section is
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


# Icelandic patronymic with ð and Þ; a role with "of" and no " at "; six dimensions; four themes;
# two quotes
N = "Guðrún Þórhallsdóttir"
add(
    "gudrun-thorhallsdottir",
    N,
    "Managing Director of Reykjanes Geothermal",
    [
        "Guðrún Þórhallsdóttir has run Reykjanes Geothermal since 2016, when the company still "
        "sold most of its steam to a single aluminium smelter and the rest went up the chimney.",
        "She turned the plant's waste heat into a business park of fish farms, a skin-care "
        "laboratory and a greenhouse that grows tomatoes in January, and now sells heat to "
        "eleven tenants who share the same wells.",
    ],
    [
        ("Long-Term Thinking", 96),
        ("Resource Stewardship", 92),
        ("Partnership Building", 88),
        ("Technical Fluency", 79),
        ("Cost Discipline", 71),
        ("Media Presence", 34),
    ],
    [
        "geothermal energy",
        "waste-heat reuse",
        "industrial symbiosis",
        "Iceland's energy transition",
    ],
    [
        "Guðrún Þórhallsdóttir explains why a power plant should be judged by what it throws "
        "away, how she persuaded a fish farmer to move next to a steam pipe, and what the 2021 "
        "eruptions on the Reykjanes peninsula meant for a company built on a fault line.",
    ],
    [
        "Waste is a product nobody has sold yet",
        "Sign the tenant before you drill the well",
        "Plan for the lava, not for the quarter",
    ],
    [
        q("Every megawatt we vent is a customer we have not met.", N, "On the resource park"),
        q(
            "Guðrún sees a pipe and asks who else could use what is inside it.",
            "Einar Magnússon",
            "founder of a Grindavík fish farm",
        ),
    ],
)

# Māori name with macrons and "Te"; a role and its translation joined by a slash; four
# dimensions; seven themes; four quotes
N = "Anahera Te Kōhatu"
add(
    "anahera-te-kohatu",
    N,
    "Tumu Whakarae / Chief Executive at Te Ara Whenua Trust",
    [
        "Anahera Te Kōhatu leads Te Ara Whenua Trust, which manages 4,800 hectares of Māori "
        "freehold land on the East Coast on behalf of more than two thousand owners.",
        "She came to the trust from a decade as a forestry auditor, moved a third of its pine "
        "plantations back into native bush, and set up a mānuka honey business that now pays "
        "a dividend to every registered owner.",
        "She sits on the regional council's catchment committee and teaches a night class in "
        "governance for new trustees.",
    ],
    [
        ("Kaitiakitanga", 98),
        ("Strategic Patience", 90),
        ("Financial Stewardship", 76),
        ("Consensus Building", 87),
    ],
    [
        "Māori land trusts",
        "native reforestation",
        "mānuka honey",
        "intergenerational wealth",
        "catchment management",
        "trustee governance",
        "carbon forestry",
    ],
    [
        "Anahera Te Kōhatu talks about governing land that two thousand people own together, "
        "why the trust pulled out of a carbon-forestry deal that would have paid more, and how "
        "a honey business taught its owners to read a balance sheet.",
    ],
    [
        "The land is the shareholder who never sells",
        "Report to the marae before the bank",
        "Plant for grandchildren you will not meet",
    ],
    [
        q("We are not the owners of this land. We are its current staff.", N, "Hui-ā-tau 2024"),
        q("A dividend is a promise you keep in public.", N, None),
        q(
            "She explained the accounts at the marae until the kuia were asking the questions.",
            "Wiremu Pōtae",
            "chair of the trust's audit committee",
        ),
        q("Pine pays quickly and leaves quickly.", N, "On the reforestation plan"),
    ],
)

# Malay name with "bin"; a company with a hyphen; ten dimensions; three themes; six quotes
N = "Muhammad Hafiz bin Zulkifli"
add(
    "hafiz-bin-zulkifli",
    N,
    "Group Chief Executive at Sinar-Kelana Holdings",
    [
        "Muhammad Hafiz bin Zulkifli heads Sinar-Kelana Holdings, a Penang group that builds "
        "and runs container depots, cold stores and a short-sea shipping line along the Strait "
        "of Malacca.",
        "He joined the family business from an investment bank in Singapore in 2012, sold its "
        "loss-making hotel arm, and has since tripled the group's port capacity.",
    ],
    [
        ("Capital Allocation", 94),
        ("Execution", 91),
        ("Negotiation", 89),
        ("Stakeholder Relations", 83),
        ("Talent Development", 72),
        ("Digital Adoption", 64),
        ("Risk Management", 86),
        ("Governance", 80),
        ("Sustainability", 58),
        ("Public Speaking", 47),
    ],
    ["port logistics", "Strait of Malacca trade", "family conglomerates"],
    [
        "Muhammad Hafiz bin Zulkifli describes selling the hotels his father built, why a "
        "container depot is a better business than a container ship, and how he runs board "
        "meetings with three generations of his family in the room.",
        "He also talks about the week in 2021 when the group's cold stores held the vaccines "
        "for half of northern Peninsular Malaysia.",
    ],
    [
        "Sell what you love if it does not pay",
        "Own the land under the crane",
        "Every cousin gets a job, not every cousin gets a vote",
        "Write the succession plan before you need it",
    ],
    [
        q("A depot is a port that does not need the sea.", N, "Penang Port Forum 2023"),
        q("My father built hotels. I sold them. We still talk.", N, None),
        q(
            "Hafiz reads a lease the way a surveyor reads a coastline.",
            "Tan Mei Ling",
            "former chair of the Penang Port Commission",
        ),
        q("The strait does not care about our quarterly results.", N, "On short-sea shipping"),
        q(
            "He asked the drivers before he asked the consultants.",
            "Rajesh Menon",
            "head of operations at the group's Butterworth depot",
        ),
        q("Cold storage is the most boring way to save lives.", N, "Interview with The Edge"),
    ],
)

# Czech name with háčeks and the -ová ending; a company with a hyphen; two dimensions; nine
# themes; one quote; no principles
N = "Kateřina Dvořáková"
add(
    "katerina-dvorakova",
    N,
    "Chief Technology Officer at Vltava-Morava Rail",
    [
        "Kateřina Dvořáková is chief technology officer of Vltava-Morava Rail, a private "
        "operator that runs night trains between Prague, Vienna and Kraków.",
        "A signalling engineer, she spent twelve years at the Czech railway infrastructure "
        "manager before joining the operator in 2019 to rebuild its booking system and fit its "
        "fleet with the European train control system.",
    ],
    [("Systems Thinking", 95), ("Vendor Management", 67)],
    [
        "night trains",
        "ETCS signalling",
        "open-access rail",
        "ticketing systems",
        "cross-border timetables",
        "rolling-stock leasing",
        "rail safety",
        "Central European travel",
        "legacy migration",
    ],
    [
        "Kateřina Dvořáková explains why a night train is a hotel with a timetable, what it "
        "took to fit ETCS to coaches built in 1989, and how she replaced a booking system that "
        "could not sell a ticket across a border.",
    ],
    [],
    [
        q(
            "A timetable is a contract with every passenger on the platform.",
            N,
            "Keynote at Rail Live Prague",
        ),
    ],
)

# Catalan name with "i" between the surnames; two roles joined by "&"; a company with l·l;
# eight dimensions; five themes; three quotes
N = "Montserrat Casals i Vidal"
add(
    "montserrat-casals-i-vidal",
    N,
    "CSO & Co-founder at Cel·la Bio",
    [
        "Montserrat Casals i Vidal co-founded Cel·la Bio in Barcelona in 2018 to grow "
        "replacement cartilage from a patient's own cells, and leads its science as chief "
        "scientific officer.",
        "Before the company she ran a tissue-engineering group at a Barcelona research "
        "hospital for nine years; the company's first implant entered clinical trials in "
        "2024.",
    ],
    [
        ("Scientific Rigour", 97),
        ("Regulatory Insight", 82),
        ("Team Building", 85),
        ("Fundraising", 61),
        ("Clinical Partnerships", 90),
        ("Prioritisation", 74),
        ("Commercial Sense", 53),
        ("Resilience", 89),
    ],
    [
        "tissue engineering",
        "cartilage repair",
        "clinical trials",
        "EU/EMA regulation",
        "Barcelona biotech",
    ],
    [
        "Montserrat Casals i Vidal talks about leaving a hospital laboratory to start a "
        "company, the eighteen months the regulator took to read her first dossier, and why "
        "Cel·la Bio hires surgeons before it hires salespeople.",
    ],
    [
        "The patient's knee is the only deadline",
        "Publish the failures to the board first",
        "Hire the surgeon before the salesperson",
    ],
    [
        q("Cells do not read the business plan.", N, "Barcelona Health Hub 2023"),
        q(
            "She made the regulator's questions part of the lab's weekly meeting.",
            "Dr. Pau Ribera",
            "orthopaedic surgeon at Hospital del Mar",
        ),
        q("A trial is slow because a knee is slow.", N, None),
    ],
)

# Goan name with the apostrophe-led particle d’ (typographic apostrophe); a company with a
# slash; three dimensions; two themes; no quotes
N = "Lorraine d’Souza"
add(
    "lorraine-dsouza",
    N,
    "Managing Partner at Fernandes/d’Souza Advocates",
    [
        "Lorraine d’Souza is managing partner of Fernandes/d’Souza Advocates, a Panaji law "
        "firm her grandfather founded, which now has forty lawyers in Goa and Mumbai.",
        "She built its land and heritage-property practice, argued the first cases under "
        "Goa's 2019 coastal zone plan, and made the firm the first in the state with a "
        "written parental-leave policy for partners.",
    ],
    [("Legal Judgement", 93), ("Client Trust", 90), ("Delegation", 62)],
    ["coastal land law", "law-firm succession"],
    [
        "Lorraine d’Souza describes taking over her grandfather's firm, arguing land cases "
        "in which both sides are cousins, and why she publishes the partners' pay bands.",
    ],
    [
        "Read the title deed yourself",
        "Publish the pay bands, then defend them",
        "A partner who never takes leave is a risk, not a hero",
    ],
    [],
)

# Filipino name with an abbreviated given name "Ma." and "dela"; "Chair of the Board, company"
# with no " at "; five dimensions; six themes; five quotes
N = "Ma. Teresa dela Cruz"
add(
    "teresa-dela-cruz",
    N,
    "Chair of the Board, Bayanihan Rural Bank",
    [
        "Ma. Teresa dela Cruz chairs Bayanihan Rural Bank, a Batangas lender with 64 "
        "branches that makes most of its loans to rice farmers and sari-sari store owners.",
        "She spent twenty years in its credit department before becoming chief executive in "
        "2010, and moved to the chair in 2022 after the bank's first branch on Mindanao "
        "opened.",
    ],
    [
        ("Credit Judgement", 95),
        ("Community Standing", 99),
        ("Board Leadership", 84),
        ("Digital Banking", 41),
        ("Succession Planning", 78),
    ],
    [
        "rural banking",
        "microfinance",
        "farm credit",
        "financial inclusion",
        "typhoon recovery",
        "women's entrepreneurship",
    ],
    [
        "Ma. Teresa dela Cruz explains how a rural bank lends to a farmer who has no title to "
        "his land, what Typhoon Haiyan taught the bank about restructuring loans, and how she "
        "chose the chief executive who replaced her.",
    ],
    [
        "Know the borrower's harvest calendar",
        "Restructure before the typhoon, not after",
        "Leave the chair before they ask you to",
    ],
    [
        q("A farmer's word is collateral if you know the farmer.", N, None),
        q(
            "She visited every branch after Haiyan before she visited the head office.",
            "Rodel Bautista",
            "branch manager in Tacloban",
        ),
        q("We are small enough to know your name and big enough to wait.", N, "BusinessWorld"),
        q("Digital is a road. The borrower still has to walk it.", N, "On mobile lending"),
        q(
            "She taught me to read a loan file from the back.",
            "Liza Manalo",
            "chief executive of Bayanihan Rural Bank",
        ),
    ],
)

# Sámi name with á and æ; seven dimensions; eight themes; two quotes
N = "Risten Sárá Hætta"
add(
    "risten-sara-haetta",
    N,
    "Director of Research at Árran Arctic Institute",
    [
        "Risten Sárá Hætta directs research at the Árran Arctic Institute in Kautokeino, "
        "which studies how a warming climate changes the winter pastures of reindeer herds.",
        "She grew up in a herding family, trained as an ecologist in Tromsø, and built the "
        "institute's snow-observation network with herders who report ice layers from their "
        "phones.",
    ],
    [
        ("Field Research", 100),
        ("Community Partnership", 97),
        ("Scientific Communication", 81),
        ("Grant Writing", 73),
        ("Data Stewardship", 86),
        ("Mentoring", 77),
        ("Administration", 4),
    ],
    [
        "reindeer herding",
        "Arctic climate change",
        "Indigenous knowledge",
        "snow science",
        "land-use conflicts",
        "citizen science",
        "wind-farm permits",
        "Sámi self-determination",
    ],
    [
        "Risten Sárá Hætta talks about measuring ice with the people who have always read it, "
        "why the institute shares authorship with herders, and what a wind farm on a calving "
        "ground costs a family that has used it for three hundred years.",
    ],
    [
        "The herder's notebook is data",
        "Share the authorship with the people who did the work",
        "Go to the pasture before you go to the conference",
    ],
    [
        q("Ice under the snow is a locked door for a reindeer.", N, "Arctic Frontiers 2024"),
        q(
            "Risten put our observations in the journal with our names on them.",
            "Áilu Somby",
            "reindeer herder in Guovdageaidnu",
        ),
    ],
)
