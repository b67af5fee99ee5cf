"""Eight invented leader profiles (the expected records) for probe 5: name shapes none of the
earlier probes used (an Arabic name with ``ibn`` and ``al-``, a Hebrew ``ben-`` surname, a
Vietnamese name with stacked diacritics, a Hungarian name written family-name first, a
hyphenated given name, initials, an apostrophe, a mononym), headlines with several roles, an
"ex-" role and board seats, bios from one sentence to three paragraphs, 3 to 9 dimensions and
3 to 8 themes.

Record rules are shared/corpora/leader-pages-dev/README.md's: role/company split on the LAST
' at ', bio/summary paragraphs joined by a blank line, a quote's context null when there is no
attribution, speaker = the other person when the attribution names one ("Person, context").
Every string is NFC, as typed.
"""

import json
import unicodedata
from pathlib import Path


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


# Emirati desalination; ibn and a lowercase al- particle; two roles and a board seat, no " at "
N = "Khalid ibn Saeed al-Qasimi"
add(
    "khalid-ibn-saeed-al-qasimi",
    N,
    "Managing Director, Gulf Brine Recovery; Board Member, Sharjah Water Authority",
    [
        "Khalid ibn Saeed al-Qasimi founded Gulf Brine Recovery in 2014 to turn the concentrated "
        "brine left by desalination plants into magnesium and gypsum for the building trade.",
        "Before that he spent eleven years as a process engineer at reverse-osmosis plants in "
        "Fujairah and Jubail. He sits on the board of the Sharjah Water Authority, where he chairs "
        "the audit committee.",
        "He is a chartered engineer and teaches a night course in plant operations at the "
        "American University of Sharjah.",
    ],
    [
        ("Technical Depth", 94),
        ("Capital Discipline", 71),
        ("Regulatory Navigation", 83),
        ("Team Building", 62),
        ("Sustainability", 90),
        ("Commercial Instinct", 58),
    ],
    ["desalination", "brine", "circular economy", "GCC water security", "reverse osmosis"],
    [
        "Khalid al-Qasimi explains why the waste stream of a desalination plant is worth more "
        "than most of its operators think, and how a small company convinced three utilities to "
        "let it bolt a mineral recovery line onto their outfall pipes.",
        "He also talks about serving on a public board while running a supplier to the sector, "
        "and the conflict-of-interest rules he wrote for himself.",
    ],
    [
        "Every waste stream is a product nobody has priced yet",
        "Recuse yourself before anyone has to ask",
        "Run the pilot at the customer's plant, never at your own",
        "Hire operators, then teach them chemistry",
    ],
    [
        q(
            "The sea gives you the water once. The brine is the second harvest.",
            N,
            "On mineral recovery",
        ),
        q(
            "He left the room for every vote on our tender, and then he left the building.",
            "Mariam Al Suwaidi",
            "fellow board member",
        ),
        q("A utility will try anything that worked somewhere else first.", N, None),
    ],
)

# Israeli agritech robotics; a Hebrew ben- surname; short one-paragraph bio
N = "Yael ben-Ami"
add(
    "yael-ben-ami",
    N,
    "Co-Founder & CTO at Tzamid Robotics",
    [
        "Yael ben-Ami co-founded Tzamid Robotics, which builds harvesting arms for greenhouse "
        "peppers and tomatoes, and leads its 40-person engineering team in Be'er Sheva.",
    ],
    [
        ("Engineering Rigor", 92),
        ("Product Intuition", 77),
        ("Hiring", 68),
    ],
    ["computer vision", "greenhouses", "robotics", "Negev", "ROS 2", "labor shortage"],
    [
        "Yael ben-Ami on teaching a robot to tell a ripe pepper from a leaf in changing light, "
        "why Tzamid rents its arms by the kilo picked instead of selling them, and what a "
        "greenhouse in the Negev taught her about dust."
    ],
    [
        "Ship to one greenhouse before you design for a hundred",
        "Price by the outcome the grower counts",
        "Engineers spend their first week picking by hand",
    ],
    [
        q(
            "A pepper does not care about your benchmark. It cares whether you bruise it.",
            N,
            "On field testing",
        ),
        q("Our best sensor upgrade was a cheaper lens and a cloth to wipe it.", N, None),
    ],
)

# Vietnamese cold chain; stacked diacritics, four-part name
N = "Nguyễn Thị Minh Khuê"
add(
    "nguyen-thi-minh-khue",
    N,
    "Vice President, Supply Chain at Mekong Cold Chain JSC",
    [
        "Nguyễn Thị Minh Khuê runs supply chain for Mekong Cold Chain, which operates 14 "
        "refrigerated warehouses between Cần Thơ and Hải Phòng and a fleet of 220 reefer trucks.",
        "She joined in 2017 from a seafood exporter, where she had built its first "
        "temperature-tracking system.",
    ],
    [
        ("Operational Excellence", 96),
        ("Data & Measurement", 84),
        ("Customer Focus", 79),
        ("Crisis Leadership", 88),
        ("Strategic Vision", 65),
        ("Coaching", 72),
        ("Cost Control", 81),
    ],
    ["cold chain", "pangasius", "IoT sensors", "Mekong Delta", "export compliance", "EU-VN FTA"],
    [
        "Minh Khuê describes running cold storage through the 2021 lockdowns, when half the "
        "warehouse staff slept on site, and how sensor data changed arguments with customers "
        "about who spoiled a container.",
    ],
    [
        "A reading every five minutes ends every argument",
        "Keep the drivers' phones charged before the trucks",
        "Audit yourself harder than the importer will",
        "Promote the night shift first",
    ],
    [
        q(
            "Cold is a promise you make to someone you will never meet.",
            N,
            "On export compliance",
        ),
        q(
            "Chị Khuê knew every forklift driver by name by the second week.",
            "Trần Văn Phúc",
            "warehouse manager, Cần Thơ",
        ),
        q(
            "We stopped arguing about blame once both sides could see the same graph.",
            N,
            "On sharing sensor data with customers",
        ),
    ],
)

# Hungarian fintech; family name first; an "ex-" role before the current one
N = "Kovács Eszter"
add(
    "kovacs-eszter",
    N,
    "ex-Head of Credit Risk at OTP Bank, now Chief Risk Officer at Duna Pay Zrt.",
    [
        "Kovács Eszter is Chief Risk Officer of Duna Pay, a Budapest payments company serving "
        "small retailers in Hungary, Slovakia and Romania.",
        "She spent twelve years in credit risk at OTP Bank, the last four as head of the retail "
        "credit risk department.",
    ],
    [
        ("Risk Judgment", 97),
        ("Stakeholder Management", 74),
        ("Analytical Depth", 91),
        ("Change Leadership", 63),
    ],
    ["payments", "fraud", "PSD2", "Basel III", "SME lending"],
    [
        "Kovács Eszter talks about leaving a large bank for a 90-person payments company, what "
        "a risk function looks like when the whole company fits on two floors, and why "
        "she lets sales sit in on every credit committee."
    ],
    [
        "Write the limit down before the deal is on the table",
        "A fraud loss is a product bug",
        "Let sales hear every no, and why",
        "Model the bad year first",
        "Keep the rulebook shorter than the product manual",
    ],
    [
        q(
            "In a bank, risk says no. Here, risk says not like that, try this.",
            N,
            "On moving from a bank to a startup",
        ),
        q(
            "Eszter turned down our biggest merchant and then helped us win them back a year later.",
            "Balogh Péter",
            "head of sales",
        ),
    ],
)

# Nigerian energy storage; hyphenated given name; nine dimensions; a long bio
N = "Jean-Luc Okafor"
add(
    "jean-luc-okafor",
    N,
    "Founder & CEO at Lagos Grid Storage",
    [
        "Jean-Luc Okafor founded Lagos Grid Storage in 2019 to replace diesel generators at "
        "markets and clinics with battery systems charged from the grid at night and from "
        "rooftop solar by day.",
        "Born in Lyon to a Nigerian father and a French mother, he moved to Lagos at 26 to work "
        "for a generator importer, and says he spent three years learning exactly what he wanted "
        "to put out of business.",
        "The company now runs 410 sites in Lagos and Ogun states and employs 160 technicians, "
        "most trained in its own workshop in Ikeja.",
    ],
    [
        ("Vision", 93),
        ("Fundraising", 86),
        ("Field Operations", 78),
        ("Talent Development", 82),
        ("Customer Empathy", 88),
        ("Financial Modeling", 69),
        ("Government Relations", 61),
        ("Resilience", 95),
        ("Communication", 80),
    ],
    [
        "energy access",
        "batteries",
        "diesel replacement",
        "pay-as-you-go",
        "Lagos",
        "solar",
        "tariffs",
        "2030 targets",
    ],
    [
        "Jean-Luc Okafor explains how a battery company sells to market traders who have "
        "never had a bank loan, why it bills weekly through mobile money, and what happened "
        "when the national grid collapsed twice in one month.",
        "He also discusses training technicians in-house and the tariff fight of 2024.",
    ],
    [
        "Sell the hours of quiet, not the kilowatt-hours",
        "Bill on the day your customer gets paid",
        "Train the technician you will promote in three years",
        "Never install a site you cannot reach in an hour",
        "When the grid fails, call the customers before they call you",
    ],
    [
        q(
            "Our competitor is a generator that everybody hates and everybody trusts.",
            N,
            "On selling against diesel",
        ),
        q(
            "He answered his own phone through both grid collapses. All night.",
            "Funmilayo Adeyemi",
            "operations lead",
        ),
        q("A market woman will pay for silence before she pays for carbon.", N, None),
        q(
            "Investors ask about the batteries. The hard part is the motorbikes.",
            N,
            "On field operations",
        ),
    ],
)

# British games studio; initials with spaces; ex- roles in brackets after the current one
N = "J. R. Thistlewood"
add(
    "j-r-thistlewood",
    N,
    "Head of Product at Fernhill Games (ex-Blizzard, ex-Riot)",
    [
        "J. R. Thistlewood leads product at Fernhill Games, a 70-person studio in Leamington Spa "
        "making cooperative survival games for PC and consoles.",
        "He previously designed live-service systems at two large publishers in California.",
    ],
    [
        ("Player Insight", 90),
        ("Systems Thinking", 87),
        ("Roadmap Discipline", 66),
        ("Team Culture", 79),
        ("Monetisation Ethics", 84),
    ],
    ["live service", "co-op", "player retention", "Early Access", "UK games industry"],
    [
        "J. R. Thistlewood on running a game in Early Access for two years, why Fernhill "
        "publishes its roadmap and its missed dates, and the monetisation features the studio "
        "decided never to build.",
    ],
    [
        "Publish the roadmap, including what slipped",
        "Never sell the player an advantage",
        "Read the negative reviews out loud on Fridays",
    ],
    [
        q(
            "Players forgive a late patch. They never forgive a patch that lies.",
            N,
            "On the public roadmap",
        ),
        q(
            "JR killed my favourite feature with a spreadsheet and a very kind email.",
            "Hannah Oduya",
            "lead designer",
        ),
        q("Retention is a side effect of respect.", N, None),
    ],
)

# Irish seaweed co-op; an apostrophe and a fada; a board seat after a middle dot
N = "Siobhán O'Neill"
add(
    "siobhan-oneill",
    N,
    "Chief Operating Officer at Atlantic Seaweed Co-op · Non-Executive Director, Bord na Mara",
    [
        "Siobhán O'Neill runs operations for the Atlantic Seaweed Co-op in Connemara, owned by "
        "the 83 families who harvest and farm kelp along the coast of Galway and Mayo.",
    ],
    [
        ("Community Trust", 95),
        ("Operational Planning", 82),
        ("Market Development", 70),
        ("Sustainability", 91),
    ],
    ["seaweed", "cooperatives", "Connemara", "blue economy"],
    [
        "Siobhán O'Neill talks about running a business whose owners are also its suppliers, "
        "selling kelp to food and cosmetics companies in Japan and Germany, and keeping "
        "harvest quotas that the whole coast agrees to.",
        "She also describes what a non-executive seat on a state board taught her about patience.",
    ],
    [
        "The members own the company; act like you work for them",
        "Never harvest a bed two years running",
        "Say the price out loud at the AGM",
        "Build the drying shed before you sign the export contract",
    ],
    [
        q(
            "The sea sets the calendar. We just write it down.",
            N,
            "On harvest planning",
        ),
        q(
            "Siobhán got eighty families to agree on a quota, which nobody thought possible.",
            "Pádraig Ó Conghaile",
            "co-op chairman",
        ),
    ],
)

# Indonesian rural bank; a mononym; a chair's headline
N = "Suharti"
add(
    "suharti",
    N,
    "Chair of the Board at Bank Tani Lestari",
    [
        "Suharti chairs the board of Bank Tani Lestari, a rural bank in Central Java that lends "
        "to rice and shallot farmers.",
        "She was its president director for fifteen years before becoming chair in 2022, and "
        "before that a loan officer at a government bank in Brebes.",
    ],
    [
        ("Governance", 89),
        ("Financial Inclusion", 96),
        ("Mentorship", 85),
        ("Risk Awareness", 78),
        ("Digital Adoption", 57),
    ],
    [
        "microfinance",
        "agriculture",
        "Central Java",
        "OJK",
        "women borrowers",
        "crop insurance",
        "QRIS",
    ],
    [
        "Suharti reflects on thirty years of lending to smallholder farmers, how the bank "
        "survived the 1998 crisis and the 2019 drought, and why she spends her time as chair "
        "coaching the branch managers rather than the executives.",
    ],
    [
        "Lend after the harvest calendar, not the bank calendar",
        "A farmer who repays late still repays",
        "Visit the field before you read the file",
        "The board asks; management answers",
    ],
    [
        q(
            "We never lost money on a farmer. We lost money on the weather, and then we bought insurance.",
            N,
            "On crop insurance",
        ),
        q(
            "Bu Harti taught me to read a loan file by looking at the boots at the door.",
            "Dewi Kartika",
            "branch manager, Brebes",
        ),
        q("Digital is only useful if the signal reaches the paddy.", N, None),
    ],
)


if __name__ == "__main__":
    (Path(__file__).resolve().parent / "expected.json").write_text(
        json.dumps(P, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(len(P), [p["id"] for p in P])
