"""Eight invented leader profiles (expected records) for trial4 — new sectors, countries and name shapes.

Record rules follow shared/corpora/leader-pages-dev/README.md: role/company split on the LAST ' at ',
bio/summary paragraphs joined by a blank line, quote context null when there is no attribution line,
speaker = the other person when the attribution names one ("— Person, context").
"""

import json
from pathlib import Path


def q(text, speaker, context):
    return {"text": text, "speaker": speaker, "context": context}


def dims(pairs):
    return [{"name": n, "score": s} for n, s in pairs]


P = []


def add(id, name, headline, bio, dm, themes, summary, principles, quotes):  # noqa: PLR0917
    r, sep, c = headline.rpartition(" at ")
    role, company = (r.strip(), c.strip()) if sep else (headline, None)
    P.append(
        {
            "id": id,
            "name": name,
            "headline": headline,
            "role": role,
            "company": company,
            "bio": "\n\n".join(bio),
            "dimensions": dims(dm),
            "themes": themes,
            "summary": "\n\n".join(summary),
            "principles": principles,
            "quotes": quotes,
        }
    )


# public sector, Dutch particle, comma headline (no company by the rule)
N = "Ingrid van der Meulen"
add(
    "ingrid-van-der-meulen",
    N,
    "Director-General, Zeeland Waterways Authority",
    [
        "Ingrid van der Meulen has run the Zeeland Waterways Authority since 2019, overseeing 480 km of dikes, "
        "three storm-surge barriers and a staff of 1,100 civil servants.",
        "Before that she spent twelve years as a hydraulic engineer on the Oosterschelde works and two as a "
        "policy adviser in The Hague.",
    ],
    [("Public Value", 88), ("Delivery", 74), ("Stakeholder Trust", 81), ("Resilience", 93)],
    [
        "flood defence",
        "PPP",
        "climate adaptation",
        "2050 delta plan",
        "procurement",
        "sea-level rise",
    ],
    [
        "Ingrid van der Meulen explains how a public agency plans dike reinforcements for a sea that will be "
        "a metre higher by 2100, and why public-private partnerships only work when the state keeps the engineers."
    ],
    [
        "Keep the engineering knowledge in-house — you cannot buy back judgement once it has left",
        "Publish the risk maps, even when they frighten people",
        "Plan in fifty-year steps and budget in four-year ones",
    ],
    [
        q(
            "A dike is a promise the state makes to people who will never read the contract.",
            N,
            "On public trust in flood defence",
        ),
        q(
            "She told the minister the barrier would close twice a year by 2040. He asked for it in writing.",
            "Pieter Hoekstra",
            "former deputy minister, recalling a 2021 briefing",
        ),
    ],
)

# NGO, Māori name with particle-like "Te", macron in company
N = "Aroha Te Whata"
add(
    "aroha-te-whata",
    N,
    "Executive Director at Kōwhai Community Trust",
    [
        "Executive Director at Kōwhai Community Trust in Rotorua, a charity running food banks, youth mentoring "
        "and emergency housing across the Bay of Plenty."
    ],
    [
        ("Mission Focus", 95),
        ("Fundraising", 68),
        ("Volunteer Leadership", 90),
        ("Governance", 72),
        ("Partnerships", 84),
        ("Impact Measurement", 57),
        ("Advocacy", 79),
    ],
    [
        "kaupapa Māori",
        "food security",
        "volunteers",
        "grant writing",
        "youth mentoring",
        "board governance",
        "emergency housing",
        "iwi partnerships",
    ],
    [
        "Aroha Te Whata describes how a small trust grew to feed 3,000 families a week without losing its "
        "kaupapa Māori roots, and why the hardest grant to win is the second one.",
        "She also talks about board governance in volunteer organisations and about partnering with iwi on "
        "emergency housing.",
    ],
    [
        "Ask the whānau what they need before you write the grant",
        "Volunteers stay for the people, not the cause",
        "Report failures to funders first — they always find out anyway",
        "Never let the board meet without someone who uses the service",
    ],
    [
        q("Food parcels are the easy part. Dignity is the hard part.", N, "On food security"),
        q("The first grant funds the idea; the second one funds the truth.", N, None),
        q(
            "Aroha never asks for money in the first meeting. She asks what keeps you up at night.",
            "Hemi Walker",
            "chair of the Kōwhai board",
        ),
    ],
)

# manufacturing, Côte d'Ivoire, hyphenated + apostrophe name, accented company
N = "Jean-Baptiste N'Guessan"
add(
    "jean-baptiste-nguessan",
    N,
    "VP Manufacturing at Ébène Composites",
    [
        "Jean-Baptiste N'Guessan leads manufacturing at Ébène Composites, which makes fibreglass boat hulls and "
        "wind-turbine blade parts in a 40,000 m² plant outside Abidjan.",
        "He trained as a mechanical engineer in Grenoble and ran two assembly lines for a French carmaker "
        "before coming home in 2016.",
    ],
    [
        ("Operational Excellence", 92),
        ("Safety Culture", 100),
        ("Quality", 86),
        ("Cost Discipline", 71),
        ("People Development", 64),
    ],
    [
        "OEE",
        "5S",
        "lean",
        "Six Sigma",
        "line 4 retrofit",
        "ISO 9001",
        "zero harm",
        "local suppliers",
        "apprenticeships",
    ],
    [
        "Jean-Baptiste N'Guessan talks through the line 4 retrofit, how Ébène Composites reached zero harm for "
        "two years running, and why an apprenticeship programme did more for OEE than any new machine."
    ],
    [
        "Safety is the first agenda item, every meeting, no exceptions",
        "Go to the gemba before you open the spreadsheet",
        "Train the supervisor and the line trains itself",
        "Buy local where the quality allows; help suppliers where it does not yet",
        "A machine that stops is telling you something — listen before you restart it",
    ],
    [
        q(
            "We did not buy our way to 85 percent OEE. We taught our way there.",
            N,
            "On the apprenticeship programme",
        ),
        q("If the floor is dirty, the data is dirty.", N, "On 5S"),
        q(
            "Il ne faut jamais redémarrer une machine avant de savoir pourquoi elle s'est arrêtée.",
            N,
            "En atelier, à Abidjan",
        ),
        q(
            "He spends more time on the night shift than anyone in management.",
            "Awa Koné",
            "shift supervisor, line 2",
        ),
    ],
)

# hospital, middle initial, comma headline
N = "Priyanka S. Raghunathan"
add(
    "priyanka-s-raghunathan",
    N,
    "Chief Medical Officer, St Brigid's University Hospital",
    [
        "Chief Medical Officer at St Brigid's University Hospital in Leeds, a 1,200-bed teaching hospital, and a "
        "practising consultant anaesthetist.",
        "She chairs the hospital's patient safety committee and led its response during the 2022 winter "
        "pressures.",
        "Outside the hospital she sits on the national board for critical care training.",
    ],
    [
        ("Clinical Leadership", 94),
        ("Patient Safety", 97),
        ("Operational Flow", 62),
        ("Digital Adoption", 48),
        ("Staff Wellbeing", 83),
        ("Research & Teaching", 76),
        ("Financial Stewardship", 55),
        ("Equity of Access", 70),
        ("Crisis Management", 89),
    ],
    [
        "patient safety",
        "EHR rollout",
        "winter pressures",
        "A&E waiting times",
        "burnout",
        "NHS",
        "ICU capacity",
        "clinical audit",
        "24/7 consultant cover",
        "equity",
    ],
    [
        "Priyanka S. Raghunathan reflects on running a teaching hospital through winter pressures, the messy "
        "EHR rollout of 2023, and how a CMO protects staff from burnout while A&E waiting times keep rising."
    ],
    [
        "Name the harm before you name the cause",
        "Every audit ends with one change, owned by one person",
        "Protect the rota before you protect the budget",
        "Digital tools must save a clinician's time on day one, or they will not be used",
    ],
    [
        q(
            "Nobody comes to work to harm a patient. Our job is to make the safe thing the easy thing.",
            N,
            "On patient safety culture",
        ),
        q(
            "We went live with the new record system on a Tuesday in February. I would not choose February again.",
            N,
            "On the EHR rollout",
        ),
    ],
)

# university, Turkish name, "X of Y" headline
N = "Mehmet Ali Öztürk"
add(
    "mehmet-ali-ozturk",
    N,
    "Rector of the Karadeniz Institute of Technology",
    [
        "Professor of materials science and, since 2020, Rector of the Karadeniz Institute of Technology in "
        "Trabzon, which has 22,000 students across four campuses."
    ],
    [("Academic Vision", 87), ("Research Funding", 79), ("Student Experience", 66)],
    ["Horizon Europe", "tenure reform", "brain drain", "STEM", "campus 3"],
    [
        "Mehmet Ali Öztürk describes winning Horizon Europe grants from a regional university, reforming tenure "
        "so young researchers stay, and what a rector can do about brain drain."
    ],
    [
        "Hire young researchers before they are famous",
        "A grant office is worth more than a new building",
    ],
    [q("Every professor we lose to Munich costs us ten years.", N, "On brain drain")],
)

# family business, mononym, "Founder & CEO of Z"
N = "Suharti"
add(
    "suharti",
    N,
    "Founder & CEO of Batik Suharti",
    [
        "Suharti started Batik Suharti in her mother's kitchen in Yogyakarta in 1998 with two wax pots. The "
        "family business now employs 140 artisans and sells to shops in Jakarta, Tokyo and Amsterdam.",
        "Her two daughters run export and design; her brother still mixes the dyes.",
    ],
    [
        ("Craft", 98),
        ("Family Governance", 74),
        ("Export Growth", 61),
        ("Digital Sales", 39),
        ("Artisan Welfare", 91),
        ("Brand", 77),
    ],
    [
        "batik tulis",
        "succession",
        "UNESCO heritage",
        "export",
        "Instagram",
        "artisan wages",
        "natural dyes",
    ],
    [
        "Suharti explains how a family batik workshop grew into an exporter without giving up hand-drawn batik "
        "tulis, how she is planning succession between two daughters, and why artisan wages are the first line "
        "of the budget.",
        "She also discusses selling on Instagram, UNESCO heritage status, and the return to natural dyes.",
    ],
    [
        "Pay the artisans first",
        "Family meetings have minutes, like board meetings",
        "Never sell a stamped cloth as a drawn one",
    ],
    [
        q(
            "A machine can print a pattern. Only a hand can make a mistake worth keeping.",
            N,
            "On batik tulis",
        ),
        q(
            "Ibu taught me that the cloth remembers who made it.",
            "Sari Wulandari",
            "her elder daughter",
        ),
        q("I will choose the next leader when both of them stop asking me to.", N, None),
    ],
)

# logistics, Vietnamese name, diacritics in company
N = "Đặng Thị Hoa"
add(
    "dang-thi-hoa",
    N,
    "Head of Supply Chain at Sông Hồng Logistics",
    [
        "Đặng Thị Hoa runs the supply chain at Sông Hồng Logistics in Hanoi: 60 trucks, 3 river barges and "
        "cold-chain warehouses for seafood and vaccines."
    ],
    [
        ("Network Design", 82),
        ("Cold Chain", 96),
        ("Cost Control", 73),
        ("Vendor Relations", 67),
        ("Technology", 58),
        ("Team Leadership", 80),
        ("Sustainability", 7),
        ("Risk", 85),
    ],
    [
        "cold chain",
        "river freight",
        "last mile",
        "WMS",
        "typhoon season",
        "EV trucks",
        "3PL",
        "Mekong",
    ],
    [
        "Đặng Thị Hoa talks about keeping a cold chain intact through typhoon season, why river freight is "
        "coming back, and how a mid-sized 3PL chose a WMS without a consultant."
    ],
    [
        "Map every handover — that is where the cold chain breaks",
        "Plan for typhoon season in March",
        "Pay drivers for waiting time; they will stop speeding",
    ],
    [
        q("A vaccine does not care how cheap the truck was.", N, "On the cold chain"),
        q(
            "Chị Hoa knows every driver by name and every warehouse by temperature.",
            "Nguyễn Văn Long",
            "operations manager",
        ),
    ],
)

# German family manufacturing, lowercase particle company, hyphenated first name, two ' at '
N = "Karl-Heinz von Arnim"
add(
    "karl-heinz-von-arnim",
    N,
    "Managing Director at von Arnim Werkzeugbau",
    [
        "Karl-Heinz von Arnim is the third generation to run von Arnim Werkzeugbau, a toolmaker in Bielefeld "
        "with 260 employees that builds injection moulds for the car industry.",
        "He took over from his father in 2011 and moved a third of the business into medical-device moulds.",
    ],
    [
        ("Engineering Depth", 90),
        ("Diversification", 76),
        ("Apprenticeship", 95),
        ("Export", 83),
        ("Digitalisation", 52),
        ("Succession Planning", 34),
    ],
    [
        "Mittelstand",
        "dual apprenticeship",
        "medical moulds",
        "Industrie 4.0",
        "EV transition",
        "Germany",
    ],
    [
        "Karl-Heinz von Arnim discusses steering a Mittelstand toolmaker through the EV transition, why medical "
        "moulds saved the company, and the dual apprenticeship system as a competitive advantage."
    ],
    [
        "Never depend on one industry for more than half your revenue",
        "Apprentices are an investment, not a cost",
        "A family firm must plan succession ten years early",
        "Digitalise the measurement before you digitalise the machine",
        "Visit the customer's factory, not only their purchasing office",
        "Keep a mould from every decade on the shop floor",
    ],
    [
        q(
            "My grandfather built moulds for typewriters. Nobody here thinks the car will last forever either.",
            N,
            "On the EV transition",
        ),
        q(
            "Half our master toolmakers started here at sixteen.",
            N,
            "On the dual apprenticeship system",
        ),
        q(
            "Er hört zuerst dem Meister zu und erst dann dem Berater.",
            "Ulrike Brandt",
            "Betriebsratsvorsitzende",
        ),
        q(
            "We moved into medical moulds because a customer asked, not because a strategy said so.",
            N,
            "On diversification",
        ),
        q("Succession is the one project I keep postponing.", N, None),
    ],
)

if __name__ == "__main__":
    (Path(__file__).resolve().parent / "expected.json").write_text(
        json.dumps(P, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(len(P), [p["id"] for p in P])
