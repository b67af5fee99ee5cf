"""Eight invented leader profiles (the expected records) for probe 11: name shapes none of the
earlier probes used (a Hausa name with the hooked ``ɗ`` and ``ƙ`` and the ``ɗan`` particle, a
Khmer name in Latin letters family-name first, a Faroese name with ``ð`` and ``ø`` and the
``-dóttir`` ending, a Slovak name with ``ľ`` and ``ŕ``, a Hmong name with the clan name first,
a Samoan name with a matai title and an ʻokina-free macron, a Quechua name with an apostrophe
ejective ``k'``, an Albanian name with ``ë`` and ``ç``), headlines of varied shapes ("Chair and
Chief Executive", a role with "for", a company in quotation marks, "Co-founder / CTO", a role
with no company, a company ending "sh.p.k."), 2 to 10 dimensions (scores from 4 to 100), 2 to 9
themes (with a colon, a question mark, an apostrophe, a plus sign, a number), 0 to 6 quotes,
one leader with no quotes and one with no principles (then the section is missing from every
design).

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


# Hausa name with ɗ and ƙ; "Chair and Chief Executive"; six dimensions; five themes; four quotes
N = "Hauwa'u Ɗan-Ƙasa Abubakar"
add(
    "hauwau-dan-kasa-abubakar",
    N,
    "Chair and Chief Executive at Ƙarfe Gona Holdings",
    [
        "Hauwa'u Ɗan-Ƙasa Abubakar chairs and runs Ƙarfe Gona Holdings, a Kano maker of "
        "irrigation pumps and grain dryers sold through 2,400 village dealers in the Sahel.",
        "Trained as a mechanical engineer in Zaria, she rebuilt her father's welding shop into "
        "a listed company and still signs off every new pump design herself.",
    ],
    [
        ("Dealer Network Building", 94),
        ("Product Engineering", 89),
        ("Capital Allocation", 77),
        ("Succession Planning", 52),
        ("Government Relations", 71),
        ("Public Speaking", 33),
    ],
    [
        "irrigation",
        "Sahel agriculture",
        "dealer networks",
        "family firms: the second act",
        "solar pumps",
    ],
    [
        "Hauwa'u Ɗan-Ƙasa Abubakar explains why a pump is sold by a dealer the farmer already "
        "trusts, how a welding shop became a listed company, and what a bad harvest does to "
        "the order book eighteen months later.",
    ],
    [
        "Sell through the person the farmer already trusts",
        "Every design goes to a field before it goes to a factory",
        "Pay dealers before you pay yourself",
    ],
    [
        q("A pump that needs a city mechanic is a broken pump.", N, "Kano Business Forum, 2024"),
        q(
            "Hauwa'u drives to the dealers herself, every dry season.",
            "Ibrahim Ƙwairanga",
            "Ƙarfe Gona's head of sales",
        ),
        q("The harvest is our quarterly report.", N, None),
        q("We build for the field, not for the brochure.", N, "annual general meeting, 2023"),
    ],
)

# Khmer name family-name first; a role with "for" and no " at "; three dimensions; two themes;
# no quotes
N = "Sok Sreymom"
add(
    "sok-sreymom",
    N,
    "Special Envoy for Rural Credit",
    [
        "Sok Sreymom advises the Cambodian microfinance association on lending to rice farmers "
        "after a decade of over-indebtedness in the Tonlé Sap provinces.",
    ],
    [("Policy Design", 86), ("Field Research", 91), ("Coalition Building", 64)],
    ["microfinance", "over-indebtedness"],
    [
        "Sok Sreymom talks about what happens when a village has more loans than farms, and "
        "how lenders agreed on a shared credit ceiling.",
    ],
    [
        "Count the loans in the village, not on the form",
        "A ceiling everyone keeps beats a rule nobody checks",
    ],
    [],
)

# Faroese name with ð and ø; a company in quotation marks; eight dimensions; seven themes;
# two quotes
N = "Guðrun Høgnadóttir Joensen"
add(
    "gudrun-hognadottir-joensen",
    N,
    'Managing Director at "Sjóvarfall" Tidal Power Sp/F',
    [
        "Guðrun Høgnadóttir Joensen leads Sjóvarfall, a tidal-power developer testing turbines "
        "in the sounds between the Faroe Islands.",
        "She spent twelve years as a ferry captain before taking an engineering degree in "
        "Trondheim, and says the currents she once fought now pay her wages.",
        "Sjóvarfall's first array feeds a fifth of Streymoy's winter demand.",
    ],
    [
        ("Marine Operations", 98),
        ("Technical Risk", 84),
        ("Stakeholder Trust", 80),
        ("Fundraising", 61),
        ("Grid Integration", 73),
        ("Team Development", 69),
        ("Safety Culture", 100),
        ("Media Handling", 4),
    ],
    [
        "tidal energy",
        "Faroe Islands",
        "seafarers turned engineers",
        "grid storage",
        "island grids: small but stubborn",
        "subsea cables",
        "fisheries co-existence",
    ],
    [
        "Guðrun Høgnadóttir Joensen describes testing a turbine in a sound that sinks boats, "
        "why fishermen sit on the company's safety board, and what an island grid teaches "
        "about storage.",
    ],
    [
        "The sea sets the schedule",
        "Put the fishermen on the safety board",
        "Nothing goes in the water that the crew has not touched",
        "Report the bad tide first",
    ],
    [
        q("The current does not read our press releases.", N, "Tórshavn energy week, 2025"),
        q(
            "She is the only director I know who checks the knots herself.",
            "Jóannes Dahl",
            "harbour master, Vestmanna",
        ),
    ],
)

# Slovak name with ľ and ŕ; "Co-founder / CTO"; ten dimensions; nine themes; six quotes
N = "Ľubomíra Kŕčová"
add(
    "lubomira-krcova",
    N,
    "Co-founder / CTO at Vŕba Robotics s.r.o.",
    [
        "Ľubomíra Kŕčová is co-founder and chief technology officer of Vŕba Robotics, a Košice "
        "company whose pruning robots work in vineyards from Tokaj to the Rhine.",
        "She wrote the first machine-vision code in her parents' cellar and now leads "
        "ninety engineers across two countries.",
    ],
    [
        ("Machine Vision", 99),
        ("Systems Architecture", 92),
        ("Hiring", 85),
        ("Product Strategy", 76),
        ("Field Testing", 88),
        ("Budgeting", 58),
        ("Investor Relations", 47),
        ("Mentoring", 81),
        ("Documentation", 66),
        ("Negotiation", 39),
    ],
    [
        "agricultural robotics",
        "machine vision",
        "vineyards",
        "can robots prune?",
        "Central European startups",
        "R+D tax credits",
        "hardware margins",
        "seasonal testing",
        "women in engineering",
    ],
    [
        "Ľubomíra Kŕčová talks about teaching a robot to see a vine bud, why Vŕba tests only "
        "in the weeks before spring, and how a cellar project became a company.",
        "She also explains the economics of selling robots to farmers who rent them for six "
        "weeks a year.",
    ],
    [
        "Test in the season or not at all",
        "The farmer's knife is the benchmark",
        "Ship the boring version first",
        "Write it down before you forget why",
        "Hire people who have pruned",
    ],
    [
        q("A vine does not care about our accuracy metric.", N, "Bratislava AI meetup, 2024"),
        q("We have six weeks a year to be right.", N, None),
        q(
            "Ľubomíra debugged the gripper in the rain, in March, at midnight.",
            "Marek Hudák",
            "co-founder and CEO of Vŕba Robotics",
        ),
        q(
            "Robots should prune like a grandmother: slowly and without regret.",
            N,
            "podcast interview, 2023",
        ),
        q("A demo is a promise you have to keep in the mud.", N, None),
        q(
            "She made us all go to the vineyard before we wrote a line.",
            "Zuzana Ďurišová",
            "Vŕba's first engineer",
        ),
    ],
)

# Hmong name, clan name first; a role with no company; two dimensions; three themes; one quote;
# no principles
N = "Vang Pa Nyiaj Xiong"
add(
    "vang-pa-nyiaj-xiong",
    N,
    "Community Organizer",
    [
        "Vang Pa Nyiaj Xiong organizes Hmong farmers who sell at the St Paul and Minneapolis "
        "markets into a buying co-operative for seed, packaging and cold storage.",
    ],
    [("Community Trust", 95), ("Logistics", 62)],
    ["farmers' markets", "Hmong American farmers", "cold storage"],
    [
        "Vang Pa Nyiaj Xiong explains how forty families bought a walk-in cooler together and "
        "what they argued about first.",
    ],
    [],
    [q("The cooler was the easy part; the keys took a year.", N, "Twin Cities farm forum, 2025")],
)

# Samoan matai title before the given name; a headline with "Founder" only and " at "; five
# dimensions; four themes; three quotes
N = "Tuilagi Mele Fa'asavalu"
add(
    "tuilagi-mele-faasavalu",
    N,
    "Founder at Niu Coconut Exports Ltd",
    [
        "Tuilagi Mele Fa'asavalu founded Niu Coconut Exports, which buys virgin coconut oil from "
        "village presses across Upolu and Savai'i and sells it to cosmetic makers in Auckland "
        "and Sydney.",
        "She holds a matai title from her village and chairs its women's committee.",
    ],
    [
        ("Supplier Relationships", 96),
        ("Quality Control", 87),
        ("Export Logistics", 71),
        ("Pricing", 63),
        ("Digital Marketing", 28),
    ],
    ["coconut oil", "village enterprise", "Pacific exports", "fa'a Samoa in business"],
    [
        "Tuilagi Mele Fa'asavalu talks about paying village presses on the day of delivery, "
        "how a cyclone emptied the warehouse, and why the company never buys from a village "
        "it has not visited.",
    ],
    [
        "Pay on the day",
        "Visit before you buy",
        "The village council is the board that matters",
    ],
    [
        q(
            "A coconut is worth more when the village keeps the press.",
            N,
            "Pacific Islands Forum trade day",
        ),
        q("Trust is the only thing we export twice.", N, None),
        q(
            "Mele answers the phone at five in the morning because the presses start at six.",
            "Lemalu Iosefa",
            "head of a village press in Savai'i",
        ),
    ],
)

# Quechua name with the ejective k'; a long headline with a comma; four dimensions; six themes;
# five quotes
N = "Wayta K'allpa Mamani"
add(
    "wayta-kallpa-mamani",
    N,
    "Director of Seed Banks, Potato Park at Asociación Andes",
    [
        "Wayta K'allpa Mamani runs the seed banks of the Potato Park near Pisaq, where six "
        "Quechua communities keep more than 1,300 native potato varieties.",
        "She grew up herding alpacas above 4,000 metres and now negotiates seed-sharing "
        "agreements with gene banks on three continents.",
    ],
    [
        ("Biodiversity Stewardship", 100),
        ("Negotiation", 83),
        ("Community Governance", 92),
        ("Fundraising", 45),
    ],
    [
        "native potatoes",
        "seed sovereignty",
        "climate adaptation",
        "gene banks: who owns a seed?",
        "Andean agriculture",
        "1,300 varieties",
    ],
    [
        "Wayta K'allpa Mamani describes moving potatoes uphill as the climate warms, how six "
        "communities share one seed bank, and why a gene bank signs a contract with a village.",
    ],
    [
        "The seed belongs to the people who planted it",
        "Climb with the potato",
        "Decide in the assembly, not in the office",
    ],
    [
        q("Every variety is a grandmother's decision.", N, "Lima climate summit, 2024"),
        q("We move the potatoes a hundred metres up every decade.", N, None),
        q(
            "Wayta reads a gene bank contract the way she reads the sky.",
            "Alejandro Quispe",
            "president of the Potato Park assembly",
        ),
        q("A seed bank without farmers is a museum.", N, "interview with Radio Inti"),
        q("Ask the field first.", N, None),
    ],
)

# Albanian name with ë and ç; a company ending "sh.p.k."; seven dimensions; eight themes; two
# quotes
N = "Ermira Çela-Dervishi"
add(
    "ermira-cela-dervishi",
    N,
    "Chief Operating Officer at Lumë Digital sh.p.k.",
    [
        "Ermira Çela-Dervishi is chief operating officer of Lumë Digital, a Tirana software "
        "outsourcer with 600 engineers that builds banking apps for clients in Italy and "
        "Germany.",
        "She started as a translator for the company's first Italian client and ran delivery "
        "for eight years before moving into operations.",
    ],
    [
        ("Delivery Management", 93),
        ("Client Relationships", 90),
        ("Talent Retention", 79),
        ("Process Design", 84),
        ("Cost Control", 72),
        ("Strategic Planning", 67),
        ("Public Advocacy", 21),
    ],
    [
        "software outsourcing",
        "Western Balkans tech",
        "nearshoring",
        "brain drain",
        "banking apps",
        "engineers' careers",
        "what's a fair rate?",
        "Italian clients",
    ],
    [
        "Ermira Çela-Dervishi talks about keeping engineers in Tirana when Munich is two hours "
        "away, what an Italian bank expects from a Balkan supplier, and how she priced the "
        "company's first contract.",
    ],
    [
        "Pay for the career, not just the job",
        "Show the client the bad week",
        "Every engineer meets the client once a year",
        "A contract is read by the people who will deliver it",
    ],
    [
        q("Our competition is a one-way ticket to Munich.", N, "Tirana Tech Days, 2025"),
        q(
            "Ermira told us the project was late before we asked.",
            "Giulia Ferraresi",
            "head of digital at a Milan bank",
        ),
    ],
)
