"""Eight invented leader profiles (the expected records) for probe 4: sectors, countries, scripts
and name shapes none of the earlier probes used (a double-barrelled Spanish name, a nickname in
quotation marks, Yoruba tone marks, Greek script, a family name written first in capitals, Han
characters, a lowercase particle with a suffix, an honorific).

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


# Chilean winery; double-barrelled hyphenated surname with a compound first name
N = "María José Ferrer-Quintana"
add(
    "maria-jose-ferrer-quintana",
    N,
    "Chief Executive Officer at Viña Alto Cachapoal",
    [
        "María José Ferrer-Quintana has led Viña Alto Cachapoal since 2018. The estate farms 610 "
        "hectares of dry-farmed vines in the foothills south of Rancagua and exports to 31 markets.",
        "An agronomist by training, she spent nine years running harvest logistics for a cooperative "
        "in Mendoza before returning to Chile.",
    ],
    [
        ("Vision & Terroir", 91),
        ("Commercial Reach", 73),
        ("Water Stewardship", 88),
        ("People & Seasonal Crews", 66),
        ("Financial Discipline", 79),
    ],
    ["dry farming", "DO Cachapoal", "export", "B Corp", "El Niño", "carménère", "water rights"],
    [
        "María José Ferrer-Quintana on keeping a winery profitable through a decade of drought, "
        "why dry farming costs yield but saves the estate, and what B Corp certification changed "
        "in how the company hires seasonal crews.",
        "She also explains how the 2023 El Niño vintage was rescued and why carménère is "
        "Chile's most misunderstood grape.",
    ],
    [
        "Farm for the driest year you can imagine, not the average one",
        "Pay the harvest crew the same week they pick",
        "Sell the story of the place, then the grape, then the price",
        "Water rights are a trust, not an asset to trade",
    ],
    [
        q(
            "We lost eleven percent of our yield and kept every vine alive. I call that a good year.",
            N,
            "On the 2019 drought",
        ),
        q(
            "She walks the rows at five in the morning in February, every February.",
            "Tomás Aravena",
            "head winemaker since 2015",
        ),
        q("Nobody drinks a certificate; they drink what it made us do.", N, None),
    ],
)

# Indian cricket franchise; a nickname in typographic quotation marks inside the name
N = "Siddharth “Sid” Venkataraman"
add(
    "siddharth-sid-venkataraman",
    N,
    "Chief Executive — Coromandel Strikers (T20)",
    [
        "Siddharth Venkataraman runs the Coromandel Strikers, a franchise in a domestic T20 league, "
        "and the club's women's side and under-19 academy in Chennai.",
    ],
    [
        ("Talent Scouting", 87),
        ("Fan Engagement", 93),
        ("Commercial Partnerships", 81),
        ("Player Welfare", 70),
    ],
    [
        "T20",
        "auction strategy",
        "U-19 academy",
        "women's cricket",
        "broadcast rights",
        "Chepauk",
        "data analytics",
        "IPL",
    ],
    [
        "Sid Venkataraman talks about building a T20 franchise on a scouting budget a fifth the "
        "size of the biggest clubs', his auction strategy, and why the women's team sold more "
        "season tickets than anyone predicted."
    ],
    [
        "Scout for temperament; technique can be coached",
        "Every rupee in the auction is a rupee not spent on the academy",
        "The fans in the cheapest stand decide what the club is",
    ],
    [
        q(
            "An auction is two hours of panic that you prepare for over twelve months.",
            N,
            "On auction strategy",
        ),
        q(
            "Sid told me I would open the batting before I believed it myself.",
            "Kavya Ramesh",
            "opening batter, women's squad",
        ),
    ],
)

# Nigerian film studio; Yoruba name with tone marks and a dot below (combining marks)
N = "Olúwaseun Adébáyọ̀"
add(
    "oluwaseun-adebayo",
    N,
    "Head of Studio at Ìràwọ̀ Pictures",
    [
        "Olúwaseun Adébáyọ̀ heads Ìràwọ̀ Pictures in Lagos, a studio that has produced fourteen "
        "feature films and three streaming series since 2017.",
        "She began as a continuity supervisor on Yoruba-language television dramas and produced her "
        "first feature at twenty-six.",
        "She also teaches a producing course at a film school in Yaba.",
    ],
    [
        ("Creative Judgement", 95),
        ("Production Control", 84),
        ("Distribution Deals", 76),
        ("Crew Development", 89),
        ("Cash Flow", 58),
        ("Audience Insight", 90),
    ],
    [
        "Nollywood",
        "streaming deals",
        "co-production",
        "Yoruba-language film",
        "crew training",
        "box office",
        "diaspora audiences",
        "2K",
        "piracy",
    ],
    [
        "Olúwaseun Adébáyọ̀ describes how a Lagos studio negotiates with global streamers without "
        "giving away its library, why Yoruba-language film travels further than executives expect, "
        "and how she trains crews on the job."
    ],
    [
        "Keep the rights; license the windows",
        "A film is finished in the edit, but it is saved in pre-production",
        "Train two people for every job on set",
        "Make it for Lagos first and the diaspora will find it",
        "Never shoot a script you cannot pay for twice",
    ],
    [
        q(
            "Streamers want our stories. Our job is to make sure they rent them, not buy them.",
            N,
            "On negotiating streaming deals",
        ),
        q("Piracy is a distribution problem wearing a crime's clothes.", N, "On piracy"),
        q(
            "Ó máa ń sọ pé: ẹ̀kọ́ ni ohun tí a fi ń kọ́ àwọn tó kàn.",
            "Kúnlé Àjàyí",
            "director of photography",
        ),
    ],
)

# Greek shipping company; a name in Greek script, "S.A." in the company
N = "Ελένη Παπαδοπούλου"
add(
    "eleni-papadopoulou",
    N,
    "Chief Operating Officer at Aegean Bulk Carriers S.A.",
    [
        "Eleni Papadopoulou is Chief Operating Officer at Aegean Bulk Carriers S.A., a Piraeus "
        "shipowner with 38 dry-bulk vessels and crews from six countries.",
        "She started at sea as a deck cadet and holds a master mariner's certificate.",
    ],
    [
        ("Fleet Operations", 92),
        ("Safety at Sea", 100),
        ("Decarbonisation", 61),
        ("Crew Welfare", 86),
        ("Chartering Acumen", 74),
        ("Regulatory Compliance", 81),
        ("Digital Navigation", 55),
    ],
    [
        "dry bulk",
        "IMO 2030",
        "CII ratings",
        "crew welfare",
        "Piraeus",
        "LNG",
        "port state control",
    ],
    [
        "Eleni Papadopoulou explains what IMO 2030 means for a family-owned fleet, how CII ratings "
        "changed voyage planning, and why she keeps a seat for a serving master at every board "
        "meeting.",
        "She also talks about crew welfare after the pandemic years at sea.",
    ],
    [
        "Decide from the bridge, then check it in the office",
        "Slow steaming is the cheapest decarbonisation there is",
        "Every crew change is a safety event",
    ],
    [
        q(
            "The sea does not read our sustainability report. The charterers do.",
            N,
            "On CII ratings and charter rates",
        ),
        q(
            "She is the only COO I know who asks about the galley before the engine room.",
            "Captain Ioannis Margaritis",
            "master of the MV Kalliope",
        ),
        q(
            "Κάθε πλοίο έχει τον χαρακτήρα του πληρώματός του.",
            N,
            "Σε συνέντευξη στον Πειραιά",
        ),
    ],
)

# Kyoto ryokan; family name first in capitals, two commas in the headline
N = "WATANABE Haruki"
add(
    "watanabe-haruki",
    N,
    "Fifth-generation owner, Yamabuki Ryokan, Kyoto",
    [
        "Watanabe Haruki runs Yamabuki Ryokan, a 22-room inn in Higashiyama that his family has "
        "kept since 1891.",
    ],
    [("Hospitality", 97), ("Heritage", 94), ("Revenue Management", 52)],
    ["omotenashi", "overtourism", "succession", "kaiseki", "OTA commissions", "1891"],
    [
        "Watanabe Haruki on running a 130-year-old inn through overtourism and the pandemic, why "
        "he cut OTA commissions by taking bookings by telephone again, and planning succession "
        "when none of his children want the job."
    ],
    [
        "Serve twenty-two rooms perfectly rather than forty adequately",
        "The kitchen decides the season, not the calendar",
    ],
    [
        q(
            "A guest should leave feeling they were expected, not processed.",
            N,
            "On omotenashi",
        ),
        q(
            "If my daughter wants to be an architect, the inn must learn to survive without a Watanabe.",
            N,
            "On succession",
        ),
    ],
)

# Taiwanese coffee roaster; a name in Han characters only, "@" headline
N = "林佳蓉"
add(
    "lin-chia-jung",
    N,
    "Founder & Head Roaster @ Alishan Ridge Coffee",
    [
        "林佳蓉 (Lin Chia-jung) founded Alishan Ridge Coffee in Chiayi in 2014, buying from 40 "
        "smallholder farms on the Alishan slopes and roasting for cafés in Taipei, Tokyo and Seoul.",
        "She is a licensed Q grader and judges regional cupping competitions.",
    ],
    [
        ("Sourcing Relationships", 96),
        ("Roast Craft", 93),
        ("Brand Building", 68),
        ("Team Coaching", 75),
        ("Scaling Operations", 44),
        ("Export Readiness", 62),
        ("Cupping Rigour", 98),
        ("Pricing Power", 57),
    ],
    [
        "specialty coffee",
        "Alishan",
        "Q grading",
        "direct trade",
        "light roast",
        "smallholders",
        "SCA 85+",
        "cafés",
        "Japan",
        "climate risk",
    ],
    [
        "林佳蓉 explains how a Taiwanese roaster built direct trade with smallholders at altitude, "
        "why she prices by cupping score rather than by weight, and how climate risk is moving the "
        "coffee belt uphill."
    ],
    [
        "Cup every lot, including the ones you already bought",
        "Pay for quality before you are asked to",
        "A roast profile is a hypothesis, not a recipe",
        "Visit every farm at harvest, not only at signing",
    ],
    [
        q(
            "Farmers taste their own coffee last. I want them to taste it first.",
            N,
            "On direct trade",
        ),
        q(
            "她的杯測筆記比我們的帳本還要仔細。",
            "陳建宏",
            "farmer, Leye village",
        ),
        q("Light roast is not a style; it is a promise that nothing is hidden.", N, None),
    ],
)

# Brazilian agricultural cooperative; lowercase particle and a suffix, " of " headline
N = "Luiz Fernando de Souza Jr."
add(
    "luiz-fernando-de-souza-jr",
    N,
    "President of Cooperativa Agroindustrial Vale do Ivaí",
    [
        "Luiz Fernando de Souza Jr. is president of Cooperativa Agroindustrial Vale do Ivaí, "
        "owned by 4,300 farming families in Paraná. It runs grain silos, a dairy and a feed "
        "mill.",
        "He grew up on his father's soybean farm and was elected president by the members in 2020.",
    ],
    [
        ("Member Trust", 89),
        ("Capital Allocation", 77),
        ("Agronomy", 84),
        ("Market Access", 71),
        ("Digital Tools", 46),
        ("Succession", 0),
    ],
    [
        "co-op governance",
        "soy",
        "dairy",
        "no-till",
        "Paraná",
        "grain storage",
        "Rabobank",
        "FX hedging",
    ],
    [
        "Luiz Fernando de Souza Jr. talks about governing a cooperative where every farmer has one "
        "vote, financing grain storage with Rabobank, and why FX hedging is the most important "
        "service the co-op sells.",
        "He also discusses no-till farming and the cooperative's new dairy.",
        "Near the end he admits the co-op has no succession plan at all.",
    ],
    [
        "One member, one vote — even when it slows us down",
        "Build storage before you build a brand",
        "Hedge the dollar, not the harvest",
        "Explain the balance sheet at every assembly, in plain Portuguese",
    ],
    [
        q(
            "A cooperative is a bank, a warehouse and a family argument at the same time.",
            N,
            "On co-op governance",
        ),
        q(
            "Luiz answers his phone at harvest. That is why they voted for him.",
            "Ana Paula Rezende",
            "member of the supervisory board",
        ),
        q("O silo cheio não paga conta; o silo vendido na hora certa paga.", N, "Em assembleia"),
        q(
            "We are not going to sell the dairy. We are going to make it worth keeping.",
            N,
            "On the 2024 dairy investment",
        ),
    ],
)

# Somali-Kenyan air cargo; an honorific kept as written, a hyphenated surname, " | " headline
N = "Dr. Amina Warsame-Hassan"
add(
    "dr-amina-warsame-hassan",
    N,
    "Accountable Manager | Horn Air Cargo",
    [
        "Dr. Amina Warsame-Hassan is accountable manager of Horn Air Cargo, which flies fresh "
        "produce and medical supplies between Nairobi, Mogadishu, Hargeisa and Dubai with five "
        "freighters.",
        "She holds a doctorate in transport economics from the University of Nairobi.",
    ],
    [
        ("Safety Management", 94),
        ("Route Economics", 80),
        ("Stakeholder Navigation", 91),
        ("Fleet Planning", 67),
        ("Team Building", 83),
    ],
    [
        "air cargo",
        "perishables",
        "SMS",
        "ICAO",
        "Mogadishu",
        "khat ban",
        "medical logistics",
    ],
    [
        "Dr. Amina Warsame-Hassan explains how a five-aircraft cargo airline runs a safety "
        "management system that regulators in three countries accept, and what flying perishables "
        "teaches about medical logistics."
    ],
    [
        "The safety report nobody wants to file is the one you need most",
        "Price the empty leg home before you sell the full one out",
        "A regulator is a partner until you give them a reason not to be",
    ],
    [
        q(
            "Mangoes and vaccines have the same enemy: an afternoon on a hot apron.",
            N,
            "On perishables and medical logistics",
        ),
        q(
            "Dr. Amina reads every incident report herself, even the ones about a broken pallet.",
            "Abdirahman Yusuf",
            "chief pilot",
        ),
    ],
)


if __name__ == "__main__":
    (Path(__file__).resolve().parent / "expected.json").write_text(
        json.dumps(P, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(len(P), [p["id"] for p in P])
