"""Eight invented leader profiles (the expected records) for probe 10: name shapes none of the
earlier probes used (a Welsh patronymic with ``ap`` and a company with ``ŵ``, a Basque name with
two surnames, a Finnish name with double vowels, a Romanian name with the comma-below ``ș`` and
``ț``, a Tamil name with an initial before the given name, a Maltese name with ``ħ`` and ``ż``, a
Lithuanian name with ``ė`` and ``ū``, a Zulu name with the patronymic prefix ``ka``), headlines of
varied shapes (a role with a comma and no " at ", "Founder & Managing Partner", a role in
parentheses, a company ending in "(Pty) Ltd", "Editor-in-Chief of" with no " at ", a "VP, …"
role), 2 to 10 dimensions (scores from 3 to 100), 2 to 9 themes (with a colon, an ampersand,
parentheses, a slash, an acronym), 0 to 6 quotes with and without attribution contexts, one
leader with no quotes and one with no principles (then the section is missing from every
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


# Welsh patronymic "ap"; a company with ŵ; five dimensions; four themes; three quotes
N = "Rhodri ap Gwilym"
add(
    "rhodri-ap-gwilym",
    N,
    "Chief Executive at Dŵr Dyffryn Cyf",
    [
        "Rhodri ap Gwilym runs Dŵr Dyffryn Cyf, a community-owned hydro company that sells "
        "power from eleven small run-of-river schemes in the Conwy and Dee valleys.",
        "A former hill farmer and county councillor, he raised the first scheme's money from "
        "four hundred local shareholders in 2011 and has since put every surplus back into "
        "village halls, a bus route and a Welsh-language nursery.",
    ],
    [
        ("Community Trust", 97),
        ("Financial Prudence", 88),
        ("Regulatory Navigation", 74),
        ("Technical Judgement", 69),
        ("Delegation", 42),
    ],
    ["community energy", "run-of-river hydro", "rural Wales", "co-operative ownership"],
    [
        "Rhodri ap Gwilym explains how a village raises money for a turbine, why the company "
        "pays its shareholders less than it could, and what a dry summer does to a business "
        "that sells rain.",
    ],
    [
        "Ask the valley before the bank",
        "Pay the dividend in bus routes",
        "Build small, build eleven times",
    ],
    [
        q("We sell the rain twice: once as power, once as pride.", N, "Eisteddfod talk, 2023"),
        q(
            "Rhodri knows every landowner on the river by their dog's name.",
            "Catrin Puw",
            "chair of Dŵr Dyffryn's board",
        ),
        q("A dry August is our only competitor.", N, None),
    ],
)

# Basque name with two surnames; a role with a comma and no " at "; seven dimensions; six
# themes; two quotes
N = "Itziar Etxeberria Goikoetxea"
add(
    "itziar-etxeberria-goikoetxea",
    N,
    "Director General, Bidasoa Kooperatiba",
    [
        "Itziar Etxeberria Goikoetxea is director general of Bidasoa Kooperatiba, a "
        "worker-owned maker of railway brakes in Irun with 1,900 member-owners.",
        "She joined the co-operative as a metallurgist in 1998, was elected to its governing "
        "council twice, and led it through the 2020 closure of its French plant without a "
        "single compulsory redundancy.",
    ],
    [
        ("Consensus Building", 93),
        ("Industrial Strategy", 86),
        ("Financial Literacy", 78),
        ("Export Development", 81),
        ("Labour Relations", 95),
        ("Innovation Management", 64),
        ("Media Handling", 37),
    ],
    [
        "worker co-operatives",
        "railway components",
        "Basque industry",
        "pay ratios (1:6)",
        "cross-border manufacturing",
        "R&D partnerships",
    ],
    [
        "Itziar Etxeberria Goikoetxea talks about running a company whose owners elect the "
        "board every four years, why Bidasoa caps its top salary at six times the lowest, and "
        "how the co-operative moved three hundred workers across a border in one winter.",
    ],
    [
        "Every owner gets one vote and the same canteen",
        "Cut the pay ratio before you cut jobs",
        "Export the product, keep the decisions at home",
    ],
    [
        q("A co-operative is a company that cannot fire its shareholders.", N, "Mondragon Forum"),
        q(
            "Itziar counts votes the way other engineers count tolerances.",
            "Mikel Arrieta",
            "president of the governing council",
        ),
    ],
)

# Finnish name with double vowels; "VP, ..." role; ten dimensions; two themes; six quotes, one
# without attribution
N = "Aapo Kääriäinen"
add(
    "aapo-kaariainen",
    N,
    "VP, Digital Operations at Saimaa Kuitu Oy",
    [
        "Aapo Kääriäinen is vice president for digital operations at Saimaa Kuitu Oy, a pulp "
        "and packaging-board producer with three mills on the Finnish lake district's shores.",
        "He started on the night shift of a paper machine in Imatra, wrote the mill's first "
        "predictive-maintenance model in his spare time, and now leads a team of ninety "
        "engineers who run the company's process data.",
    ],
    [
        ("Process Knowledge", 98),
        ("Data Literacy", 94),
        ("Team Building", 83),
        ("Change Management", 79),
        ("Vendor Negotiation", 61),
        ("Safety Culture", 91),
        ("Budget Control", 72),
        ("Stakeholder Communication", 68),
        ("Strategic Planning", 76),
        ("Public Speaking", 3),
    ],
    ["predictive maintenance", "pulp & paper"],
    [
        "Aapo Kääriäinen describes how a night-shift operator ended up running a data team, "
        "why the best sensor in a mill is still a person who has worked there for thirty "
        "years, and what a paper machine sounds like a week before it breaks.",
        "He also talks about the winter the mill ran for forty days without an unplanned stop.",
    ],
    [
        "Start with the operator's notebook",
        "A model nobody on the floor trusts is a cost",
        "Measure twice, stop the machine once",
        "Sauna is a meeting room",
    ],
    [
        q("The machine tells you everything, a week too early to believe it.", N, "Pulp Days 2024"),
        q("Data is the night shift's memory.", N, None),
        q(
            "Aapo trained the model on our logbooks before he trained it on the sensors.",
            "Leena Hyvönen",
            "production manager at the Imatra mill",
        ),
        q("A dashboard no one opens at 3 a.m. is decoration.", N, "On control rooms"),
        q(
            "He still walks the machine hall every Monday.",
            "Juha Rantanen",
            "chief executive of Saimaa Kuitu",
        ),
        q("Quiet is the sound of a good week.", N, "Kauppalehti interview"),
    ],
)

# Romanian name with comma-below ș and ț; "Founder & Managing Partner"; three dimensions; nine
# themes; no quotes
N = "Ștefania Bălțătescu"
add(
    "stefania-baltatescu",
    N,
    "Founder & Managing Partner at Țara Verde Capital",
    [
        "Ștefania Bălțătescu founded Țara Verde Capital in Cluj-Napoca in 2017 to invest in "
        "small food and farming companies in Transylvania and the Banat.",
        "A former auditor, she has backed twenty-three companies, from a sheep's-cheese dairy "
        "to a software house that plans harvests, and sits on the board of nine of them.",
    ],
    [("Due Diligence", 96), ("Founder Support", 89), ("Portfolio Reporting", 58)],
    [
        "agri-food investing",
        "Transylvanian dairies",
        "family businesses",
        "EU/CAP subsidies",
        "impact measurement",
        "regional venture capital",
        "farm software",
        "succession: second generation",
        "women in finance",
    ],
    [
        "Ștefania Bălțătescu explains how a fund invests in a dairy whose owner keeps the "
        "accounts in a school exercise book, why she spends more days on farms than in "
        "meetings, and what EU subsidies do to a company's valuation.",
    ],
    [
        "Read the books, then read the barn",
        "Back the second generation before the first retires",
        "A subsidy is not a business model",
    ],
    [],
)

# Tamil name with an initial before the given name; a role in parentheses; eight dimensions;
# five themes; four quotes
N = "R. Senthil Kumaran"
add(
    "r-senthil-kumaran",
    N,
    "Senior Vice President (Operations) at Kaveri Looms",
    [
        "R. Senthil Kumaran runs operations at Kaveri Looms, a Coimbatore maker of cotton "
        "shirting with four spinning mills and twelve thousand workers.",
        "He joined the company as a trainee supervisor in 1996, moved its dyeing to a "
        "zero-liquid-discharge plant in 2015, and now oversees a rooftop solar fleet that "
        "covers a third of the group's power.",
    ],
    [
        ("Operational Excellence", 95),
        ("Worker Welfare", 88),
        ("Environmental Compliance", 92),
        ("Cost Control", 85),
        ("Supplier Development", 77),
        ("Technology Adoption", 70),
        ("Customer Focus", 66),
        ("Board Communication", 55),
    ],
    ["textile manufacturing", "zero liquid discharge", "solar power", "Tamil Nadu", "cotton"],
    [
        "R. Senthil Kumaran talks about running a textile group from the shop floor up, how a "
        "court order on river pollution became the company's best investment, and why the "
        "mills' canteens serve breakfast before the first shift.",
    ],
    [
        "Walk the dye house before the board meeting",
        "Clean water is a licence, not a cost",
        "Feed the shift before you measure it",
    ],
    [
        q("The river is our oldest supplier.", N, "Textile Summit Coimbatore 2022"),
        q(
            "Senthil sir knows which loom is noisy from the gate.",
            "M. Valli",
            "weaving supervisor at the Tiruppur mill",
        ),
        q("Solar panels do not go on strike.", N, None),
        q("We did not choose zero discharge; the river chose it for us.", N, "On the 2015 order"),
    ],
)

# Maltese name with ħ and ż; two dimensions; seven themes (a colon, a hyphen); one quote; no
# principles
N = "Marthese Ħili Żammit"
add(
    "marthese-hili-zammit",
    N,
    "Chief Risk Officer at Xlokk Air Maintenance",
    [
        "Marthese Ħili Żammit is chief risk officer of Xlokk Air Maintenance, which services "
        "narrow-body jets for eleven airlines in two hangars at Malta's international airport.",
        "An aircraft engineer by training, she spent nine years with the civil aviation "
        "authority before joining the company in 2018 to build its safety-management system.",
    ],
    [("Safety Assurance", 99), ("Commercial Awareness", 48)],
    [
        "aviation safety",
        "EASA Part-145",
        "aircraft maintenance",
        "human factors",
        "risk: fatigue management",
        "Mediterranean aviation",
        "audit culture",
    ],
    [
        "Marthese Ħili Żammit explains how a hangar learns from a mistake nobody was hurt by, "
        "why the company pays engineers to report their own errors, and what an island airport "
        "does when the only spare part is in Frankfurt.",
    ],
    [],
    [
        q(
            "The most expensive sentence in a hangar is 'it was fine last time'.",
            N,
            "Malta Aviation Conference 2024",
        ),
    ],
)

# Lithuanian name with ė and ū; "Editor-in-Chief of ..." with no " at "; six dimensions; eight
# themes; five quotes
N = "Eglė Vaitkevičiūtė"
add(
    "egle-vaitkeviciute",
    N,
    "Editor-in-Chief of Šiaurės Žinios",
    [
        "Eglė Vaitkevičiūtė edits Šiaurės Žinios, a reader-funded daily news site in Vilnius "
        "with 41,000 paying members and newsrooms in Kaunas and Klaipėda.",
        "She was an investigative reporter for twelve years, broke the 2016 story on "
        "municipal heating contracts, and became editor in 2020, when the site dropped its "
        "advertising and asked readers to pay instead.",
        "She teaches a course on data journalism at Vilnius University.",
    ],
    [
        ("Editorial Judgement", 97),
        ("Audience Development", 84),
        ("Investigative Rigour", 100),
        ("Newsroom Management", 75),
        ("Revenue Strategy", 63),
        ("Digital Product", 57),
    ],
    [
        "reader revenue",
        "investigative journalism",
        "press freedom",
        "Baltic media",
        "membership models",
        "data journalism",
        "disinformation",
        "local news",
    ],
    [
        "Eglė Vaitkevičiūtė talks about turning off the advertising on a news site that lived "
        "on it, why the newsroom publishes its budget every January, and how a small country's "
        "press covers a large neighbour.",
    ],
    [
        "Publish the budget before the scoop",
        "A reader who pays can also complain",
        "Check the document, then check who sent it",
    ],
    [
        q("Our readers are our only shareholders, and they read the accounts.", N, None),
        q(
            "Eglė made the newsroom read the spreadsheet before the press release.",
            "Tomas Jankauskas",
            "data editor at Šiaurės Žinios",
        ),
        q("Disinformation is cheap. Correction is expensive.", N, "Baltic Media Forum 2023"),
        q("We switched off the ads and the phone did not stop ringing.", N, "On the 2020 paywall"),
        q(
            "She edits with a red pen and a calculator.",
            "Rūta Petrauskienė",
            "former deputy editor",
        ),
    ],
)

# Zulu name with the patronymic prefix "ka"; a company ending "(Pty) Ltd"; four dimensions;
# three themes (an acronym with hyphens and an ampersand); two quotes
N = "Sibusiso kaMpungose"
add(
    "sibusiso-kampungose",
    N,
    "Chief Operating Officer at uMngeni Fresh Produce (Pty) Ltd",
    [
        "Sibusiso kaMpungose is chief operating officer of uMngeni Fresh Produce, which packs "
        "and ships avocados and macadamias from 140 farms in KwaZulu-Natal.",
        "He grew up on a sugar-cane farm near Eshowe, studied agricultural economics in "
        "Pietermaritzburg, and brought forty emerging growers into the company's export "
        "programme.",
    ],
    [
        ("Supply-Chain Management", 91),
        ("Grower Relations", 96),
        ("Export Compliance", 82),
        ("Cold-Chain Engineering", 67),
    ],
    ["avocado exports", "emerging farmers & land reform", "B-BBEE"],
    [
        "Sibusiso kaMpungose describes how a packhouse decides which farmer's fruit ships "
        "first, what it takes for a grower with ten hectares to pass an export audit, and why "
        "the company pays for its growers' soil tests.",
    ],
    [
        "Pay the grower before the shipping line",
        "The audit starts in the orchard, not the packhouse",
        "Ten hectares can meet a European standard",
    ],
    [
        q("An avocado does not wait for a meeting.", N, "Subtrop Congress 2024"),
        q(
            "Sibusiso drove to every new grower's farm before he signed them.",
            "Nomvula Zungu",
            "avocado grower in Ixopo",
        ),
    ],
)
