"""Held-out leaders: the records a careful editor would extract, written by hand.

Written for this folder only, without reading the development corpus's pages or chip lists
(see README.md). Every person, company and quote is invented. ``build.py`` renders the pages.

Each leader: name, headline, bio paragraphs, six scores (in the site's fixed dimension order),
the editor's theme chips, summary paragraphs, principles, and quotes as
``(text, speaker or None for the leader, context or None)``.
"""

from __future__ import annotations

from typing import Any

DIMENSIONS = (
    "Strategic Vision",
    "Execution & Craft",
    "Data & Experimentation",
    "Growth & Distribution",
    "Team & Leadership",
    "User Empathy & Research",
)

Quote = tuple[str, str | None, str | None]


def leader(  # noqa: PLR0917 (one row of the table, by position)
    name: str,
    headline: str,
    bio: list[str],
    scores: tuple[int, int, int, int, int, int],
    themes: list[str],
    summary: list[str],
    principles: list[str],
    quotes: list[Quote],
) -> dict[str, Any]:
    return {
        "name": name,
        "headline": headline,
        "bio": bio,
        "scores": scores,
        "themes": themes,
        "summary": summary,
        "principles": principles,
        "quotes": quotes,
    }


LEADERS: list[dict[str, Any]] = [
    leader(
        "Nadia Benali",
        "VP Operations at Tariq Express",
        [
            "VP Operations at Tariq Express, a parcel network serving online shops across Morocco,"
            " where she rebuilt the company's sorting hubs after a failed automation project."
        ],
        (70, 90, 65, 60, 80, 55),
        [
            "last mile",
            "cash on delivery",
            "Casablanca",
            "Tier 2 and 3 cities",
            "driver retention",
            "returns",
            "hub automation that failed",
        ],
        [
            "Nadia Benali explains why the last mile is where margins disappear in Moroccan"
            " e-commerce and how cash on delivery still shapes every route plan. She describes"
            " paying drivers weekly to improve driver retention and what the team learned when"
            " a sorting robot slowed the hub down."
        ],
        [
            "Measure the route, not the driver — most late parcels are planning errors",
            "Pay people on the day they expect it",
        ],
        [
            (
                "We bought a machine to sort parcels and it sorted our problems into a bigger pile.",
                None,
                "On the automation project that failed",
            )
        ],
    ),
    leader(
        "Chidi Okonkwo-Hart",
        "Head of Product, Payments at Kobo Rail",
        [
            "Leads payments product at Kobo Rail, a Nairobi fintech that moves money between"
            " mobile wallets and bank accounts in six countries.",
            "Previously an engineer on card issuing systems in London.",
        ],
        (85, 75, 70, 80, 65, 60),
        [
            "USSD",
            "M-Pesa interoperability",
            "agent float",
            "FX risk",
            "KYC for the unbanked",
            "B2B vs. B2C",
            "reliability",
        ],
        [
            "Chidi Okonkwo-Hart walks through building on USSD when most customers have"
            " feature phones, why agent float is the real constraint on growth, and how the"
            " company priced FX risk after a currency shock."
        ],
        [
            "Design for the phone your customer has, not the phone you have",
            "Reliability is the product — a payment that fails once is remembered for a year",
            "Sell to businesses first when consumers cannot yet trust you",
        ],
        [
            (
                "Nobody in a market stall cares about our architecture. They care that the money"
                " arrived.",
                None,
                "On what reliability means to a trader",
            ),
            (
                "He argued for USSD in every meeting until we stopped arguing.",
                "Grace Mutua",
                "on his first year at Kobo Rail",
            ),
        ],
    ),
    leader(
        "Beatriz Tavares Lima",
        "CEO at Fiado",
        [
            "Co-founded Fiado, a São Paulo lender offering working capital to small shopkeepers"
            " through the point-of-sale terminals they already use."
        ],
        (90, 70, 75, 85, 70, 80),
        [
            "São Paulo",
            "Pix",
            "credit for informal merchants",
            "underwriting with transaction data",
            "0 to 1 products",
            "founder-led sales",
        ],
        [
            "Beatriz Tavares Lima describes how Pix changed what a small lender can see about a"
            " merchant, and why underwriting with transaction data beat credit bureau scores for"
            " shops in São Paulo's outer neighbourhoods."
        ],
        [
            "Lend small, learn fast, then lend more",
            "Founders should sell the first hundred deals themselves",
        ],
        [
            (
                "A shopkeeper who sells every day is a better risk than a salary on paper.",
                None,
                "On underwriting informal merchants",
            )
        ],
    ),
    leader(
        "Arjun Mehta",
        "Chief Technology Officer at Kirana Cloud",
        [
            "CTO of Kirana Cloud, which sells inventory software to neighbourhood grocery stores"
            " in India, from Bengaluru."
        ],
        (75, 85, 80, 70, 75, 65),
        [
            "offline-first apps",
            "vernacular interfaces",
            "Tier 2 and 3 cities",
            "UPI",
            "WhatsApp commerce",
            "hiring in Bengaluru",
            "tech debt",
        ],
        [
            "Arjun Mehta explains why offline-first apps are not optional when shop owners lose"
            " connectivity twice a day, and how vernacular interfaces doubled activation outside"
            " the big metros. He also talks about paying down tech debt without stopping feature"
            " work."
        ],
        [
            "Assume the network is gone and be pleasantly surprised when it is not",
            "Speak the customer's language, literally",
            "Tech debt is a loan with a rate you do not know",
        ],
        [],
    ),
    leader(
        "Ingrid Solberg",
        "Director of Digital Services at Statens Vegvesen Digital",
        [
            "Runs digital services for a national roads agency, responsible for licensing, vehicle"
            " registration and the public APIs that insurers and garages use."
        ],
        (70, 80, 60, 40, 85, 90),
        [
            "GOV.UK design principles",
            "plain language",
            "procurement",
            "accessibility",
            "public APIs",
            "service ownership",
        ],
        [
            "Ingrid Solberg discusses borrowing the GOV.UK design principles in a Nordic agency,"
            " why plain language cut call-centre volume by a third, and how she changed"
            " procurement so teams own services instead of projects."
        ],
        [
            "Fund services, not projects",
            "If a form needs a guide, the form is wrong",
        ],
        [
            (
                "Every letter we send is a user interface. Most of ours were terrible.",
                None,
                "On plain language in government",
            ),
            (
                "Procurement is product management with a longer memory.",
                None,
                None,
            ),
        ],
    ),
    leader(
        "Marco Bellandi",
        "COO at Officine Bellandi",
        [
            "Third-generation COO of a family-owned maker of industrial valves near Brescia,"
            " exporting to forty countries."
        ],
        (65, 90, 55, 60, 80, 50),
        [
            "Made in Italy",
            "family business succession",
            "lean manufacturing",
            "OEE",
            "apprenticeships",
            "export to the US",
        ],
        [
            "Marco Bellandi talks about what Made in Italy means to a valve buyer in Texas, how"
            " lean manufacturing changed the night shift, and why the company still trains its"
            " own machinists through apprenticeships."
        ],
        [
            "Walk the floor before you read the dashboard",
            "A successor earns the role in the plant, not at the dinner table",
        ],
        [
            (
                "My grandfather measured quality with his thumb. We measure it with OEE. He was"
                " not always wrong.",
                None,
                "On data and tradition on the shop floor",
            )
        ],
    ),
    leader(
        "Hannah Lindqvist",
        "Editor-in-Chief at Nordlys Media",
        [
            "Leads the newsroom of a regional news group with twelve local titles and a podcast"
            " network, after a career as an investigative reporter."
        ],
        (80, 70, 75, 65, 85, 70),
        [
            "subscriptions",
            "local journalism",
            "paywall experiments",
            "newsroom culture",
            "audio",
            "trust",
            "AI in the newsroom",
        ],
        [
            "Hannah Lindqvist explains how local journalism pays for itself through subscriptions,"
            " what two years of paywall experiments taught the group, and where she allows AI in"
            " the newsroom and where she does not."
        ],
        [
            "Readers pay for what only you can report",
            "Run the paywall like a product, with a hypothesis per change",
            "Editors decide; models assist",
        ],
        [
            (
                "A town without a newspaper does not get quieter. It gets less honest.",
                None,
                "On why local journalism matters",
            ),
            (
                "She read every reader complaint herself for the first six months.",
                "Lars Eide",
                "on her first months as editor",
            ),
        ],
    ),
    leader(
        "Kwame Asante",
        "Director of Research at Volta Institute for Energy",
        [
            "Leads a team of forty researchers studying mini-grids and solar home systems across"
            " West Africa."
        ],
        (85, 60, 90, 50, 70, 75),
        [
            "mini-grids",
            "pay-as-you-go solar",
            "energy access",
            "field trials",
            "open data",
            "Ghana",
            "research to policy",
        ],
        [
            "Kwame Asante describes running field trials of pay-as-you-go solar in rural Ghana,"
            " publishing everything as open data, and the long road from research to policy in"
            " energy ministries."
        ],
        [
            "Publish the data, even when it embarrasses you",
            "A trial without a local partner is a visit, not research",
        ],
        [
            (
                "The grid is coming, people have told villages for forty years. The sun came"
                " first.",
                None,
                "On mini-grids and the national grid",
            )
        ],
    ),
    leader(
        "Lucía Fernández Ruiz",
        "Chief Product Officer at Bancolina",
        [
            "CPO of a Colombian digital bank with four million customers, previously at a"
            " Mexican payments startup."
        ],
        (90, 80, 85, 90, 75, 85),
        [
            "financial inclusion",
            "Bogotá",
            "CX",
            "credit cards for first-time borrowers",
            "experimentation culture",
            "regulatory sandboxes",
            "LatAm expansion",
        ],
        [
            "Lucía Fernández Ruiz shares how Bancolina designs credit cards for first-time"
            " borrowers, how regulatory sandboxes let the bank test products with real customers,"
            " and what LatAm expansion looks like when every country has a different central"
            " bank."
        ],
        [
            "Inclusion without a path to credit is just a cheaper account",
            "Test with regulators in the room, not after launch",
        ],
        [
            (
                "Our best feature was the one that said no kindly.",
                None,
                "On declining applications without losing the customer",
            )
        ],
    ),
    leader(
        "Samuel Adeyemi",
        "Founder and Executive Director at Read Forward",
        [
            "Founded Read Forward, a non-profit that trains volunteer reading tutors in Lagos and"
            " Ibadan primary schools."
        ],
        (75, 70, 65, 60, 90, 85),
        [
            "volunteer management",
            "mentorship",
            "fundraising",
            "impact measurement",
            "board governance",
            "teacher training",
        ],
        [
            "Samuel Adeyemi explains how Read Forward keeps volunteers for years rather than"
            " weeks, why impact measurement changed the charity's fundraising, and what a good"
            " board does when the founder is wrong."
        ],
        [
            "Volunteers stay for people, not for causes",
            "Measure reading, not activities",
            "Ask the board to disagree with you in writing",
        ],
        [
            (
                "We counted sessions for five years. Then we tested the children and learned"
                " what we had really done.",
                None,
                "On impact measurement",
            )
        ],
    ),
    leader(
        "Mei Ling Tan",
        "SVP Merchandising at Orchard Lane",
        [
            "Runs merchandising for a Southeast Asian department store chain with ninety stores"
            " and a fast-growing app."
        ],
        (80, 75, 85, 80, 70, 75),
        [
            "omnichannel retail",
            "private label",
            "Singapore",
            "markdown optimisation",
            "store as fulfilment centre",
            "buying teams",
            "P&L ownership",
        ],
        [
            "Mei Ling Tan talks about building private label ranges that customers trust,"
            " turning each store into a fulfilment centre for app orders in Singapore and"
            " Malaysia, and giving buying teams real P&L ownership."
        ],
        [
            "A buyer who owns the margin buys differently",
            "Clear stock early; hope is not a markdown strategy",
        ],
        [
            (
                "The store is the warehouse our customers can walk into.",
                None,
                "On omnichannel retail",
            ),
            (
                "She made every buyer present their own P&L, which terrified us and fixed us.",
                "Daniel Koh",
                "on the first year of the new buying model",
            ),
        ],
    ),
    leader(
        "Olga Petrenko",
        "Head of Data Science at Silvan Health",
        [
            "Leads data science at a digital clinic network in Central Europe, with a background"
            " in biostatistics."
        ],
        (75, 70, 95, 55, 70, 80),
        [
            "causal inference",
            "clinical validation",
            "GDPR",
            "model monitoring",
            "working with doctors",
            "A/B testing in healthcare",
        ],
        [
            "Olga Petrenko explains when A/B testing in healthcare is ethical, how her team runs"
            " clinical validation before any model reaches patients, and why model monitoring"
            " matters more than the first accuracy number."
        ],
        [
            "A model is not done when it ships; it is done when it is retired",
            "Put a doctor in every modelling review",
        ],
        [],
    ),
    leader(
        "Rafael Quispe",
        "General Manager, Peru at Andes Cargo",
        [
            "Runs the Peruvian business of a regional trucking marketplace that connects"
            " shippers with independent truck owners."
        ],
        (70, 85, 60, 75, 80, 65),
        [
            "freight marketplaces",
            "Lima",
            "trust between strangers",
            "fuel price shocks",
            "trucker onboarding",
            "COD",
        ],
        [
            "Rafael Quispe describes building trust between strangers on a freight marketplace,"
            " onboarding truckers who have never used an app, and surviving fuel price shocks"
            " without losing the supply side."
        ],
        [
            "Pay the supply side first and fastest",
            "Onboarding happens at the truck stop, not in the app store",
        ],
        [
            (
                "A trucker tries you once. If the money is late, you never see him again.",
                None,
                "On supply-side trust",
            )
        ],
    ),
    leader(
        "Yuki Hashimoto",
        "Chief Design Officer at Kumo Mobility",
        [
            "Leads design for an electric scooter and bike-sharing company operating in Tokyo,"
            " Osaka and Seoul."
        ],
        (80, 85, 60, 70, 75, 95),
        [
            "design systems",
            "Tokyo",
            "hardware and software together",
            "safety",
            "ethnographic research",
            "localisation for Korea",
        ],
        [
            "Yuki Hashimoto talks about designing hardware and software together, running"
            " ethnographic research on riders at night, and why safety decisions belong to"
            " designers as much as to engineers."
        ],
        [
            "Ride the product at the worst hour of the day",
            "A design system is a promise to every team that comes later",
        ],
        [
            (
                "We watched a commuter in the rain for an hour. It changed the handlebar.",
                None,
                "On ethnographic research",
            )
        ],
    ),
    leader(
        "Fatima Al-Rashid",
        "Chief Operating Officer at Sahel Water Partners",
        [
            "COO of a non-profit drilling and maintaining boreholes in Niger and Mali,"
            " previously a programme manager at an international aid agency."
        ],
        (70, 85, 70, 50, 85, 80),
        [
            "WASH",
            "community ownership",
            "maintenance over construction",
            "donor reporting",
            "security in the field",
            "local hiring",
        ],
        [
            "Fatima Al-Rashid explains why maintenance over construction is the harder sell to"
            " donors, how community ownership keeps pumps working, and how the charity runs"
            " operations safely in insecure regions."
        ],
        [
            "A well that breaks in a year was a photo opportunity, not a project",
            "Hire locally and promote locally",
        ],
        [
            (
                "Donors like ribbons. Villages like water that still runs in five years.",
                None,
                "On maintenance versus construction",
            ),
            (
                "Fatima never signs off a site she has not visited.",
                "Ousmane Diallo",
                None,
            ),
        ],
    ),
    leader(
        "Pieter van Rensburg",
        "Head of Engineering at Rooibos Pay",
        [
            "Runs engineering at a Cape Town payments company serving informal retailers in"
            " South Africa's townships."
        ],
        (70, 90, 70, 60, 85, 60),
        [
            "load shedding",
            "incident response",
            "on-call",
            "platform teams",
            "Cape Town",
            "blameless postmortems",
        ],
        [
            "Pieter van Rensburg describes engineering for load shedding, when power cuts take"
            " out shops and data centres on a schedule, and how blameless postmortems changed"
            " on-call culture."
        ],
        [
            "Design for the outage you can predict",
            "A postmortem that names a person has already failed",
        ],
        [],
    ),
    leader(
        "Grace Nakamura-Obi",
        "VP People at Lumen Biologics",
        [
            "Leads people and culture at a biotech company that grew from eighty to eight"
            " hundred staff in three years."
        ],
        (75, 70, 60, 55, 95, 80),
        [
            "hypergrowth hiring",
            "scientists as managers",
            "career ladders",
            "remote-first",
            "psychological safety",
            "DEI",
            "onboarding",
        ],
        [
            "Grace Nakamura-Obi talks about hypergrowth hiring in a lab-based company, turning"
            " scientists into managers without losing them as scientists, and building career"
            " ladders that reward both paths."
        ],
        [
            "A promotion should never be the only way to get a raise",
            "Onboarding is the first performance review the company gets",
        ],
        [
            (
                "We hired six hundred people in a year. The hardest part was the hundred and"
                " first, when the culture stopped being automatic.",
                None,
                "On hypergrowth hiring",
            )
        ],
    ),
    leader(
        "Diego Armando Saldaña",
        "Director of Growth at Tiendita",
        [
            "Leads growth at a Mexican social commerce app where neighbourhood resellers sell"
            " groceries to their WhatsApp contacts."
        ],
        (75, 70, 85, 95, 65, 70),
        [
            "social commerce",
            "reseller incentives",
            "Monterrey",
            "referral loops",
            "CAC payback",
            "growth vs. unit economics",
        ],
        [
            "Diego Armando Saldaña explains why reseller incentives beat paid ads in social"
            " commerce, how referral loops stalled after the third city, and why the company"
            " now reviews CAC payback every week."
        ],
        [
            "Growth that loses money on every order is a subsidy, not growth",
            "Pay resellers for customers who come back",
        ],
        [
            (
                "Our resellers are our ad network, our customer service and our market research.",
                None,
                "On the reseller model",
            )
        ],
    ),
    leader(
        "Eleanor Whitcombe",
        "Permanent Secretary at the Department for Rural Affairs",
        [
            "The most senior civil servant in a department of six thousand people, responsible"
            " for farming subsidies, flood defence and rural broadband."
        ],
        (85, 75, 55, 40, 90, 70),
        [
            "digital transformation",
            "civil service reform",
            "flood resilience",
            "working with ministers",
            "legacy IT",
            "rural broadband",
        ],
        [
            "Eleanor Whitcombe discusses digital transformation in a department that still runs"
            " payments on a 1990s mainframe, working with ministers who change every eighteen"
            " months, and planning for flood resilience."
        ],
        [
            "Advise fearlessly, implement faithfully",
            "Replace legacy IT one service at a time",
        ],
        [
            (
                "Ministers set the direction. Our job is to make sure the road exists.",
                None,
                "On working with ministers",
            )
        ],
    ),
    leader(
        "Tariq Hussain",
        "Founder and CEO at Ledgerline",
        [
            "Founded a Karachi software company that sells accounting tools to small exporters"
            " in Pakistan and Bangladesh."
        ],
        (85, 75, 70, 80, 75, 70),
        [
            "SaaS for SMEs",
            "Karachi",
            "pricing in emerging markets",
            "churn",
            "bootstrapping",
            "fundraising from the Gulf",
        ],
        [
            "Tariq Hussain talks about bootstrapping for six years before raising, pricing in"
            " emerging markets where customers compare you to a notebook, and fighting churn"
            " after the first tax season."
        ],
        [
            "Charge from day one; free users teach you the wrong lessons",
            "Your competitor is the notebook on the counter",
        ],
        [
            (
                "We lost half our customers every April until we made April the product.",
                None,
                "On seasonal churn",
            )
        ],
    ),
    leader(
        "Amélie Rousseau",
        "Directrice de l'innovation at Groupe Maréchal",
        [
            "Leads innovation at a French food retailer with two thousand convenience stores,"
            " previously a consultant in Paris and Montréal."
        ],
        (80, 70, 75, 75, 70, 80),
        [
            "corporate venture",
            "Île-de-France",
            "store formats",
            "innovation theatre",
            "partnering with startups",
            "RSE",
        ],
        [
            "Amélie Rousseau explains how to avoid innovation theatre in a large retailer, what"
            " partnering with startups looks like when procurement takes nine months, and how"
            " new store formats are tested in Île-de-France."
        ],
        [
            "Kill pilots on a date set before they start",
            "An innovation team without a budget owner is a museum",
        ],
        [],
    ),
    leader(
        "Sipho Ndlovu",
        "Chief Executive at Ubuntu Health Network",
        [
            "Leads a network of forty private primary care clinics in Johannesburg and Durban"
            " serving patients without medical insurance."
        ],
        (85, 80, 70, 75, 85, 90),
        [
            "primary care",
            "affordable healthcare",
            "nurse-led clinics",
            "Johannesburg",
            "telehealth",
            "chronic disease management",
            "HIV",
        ],
        [
            "Sipho Ndlovu describes nurse-led clinics that see patients for a fixed fee,"
            " telehealth for follow-up visits, and chronic disease management for patients"
            " living with HIV and diabetes."
        ],
        [
            "Price the visit so the patient comes back before they are sick",
            "Let nurses do everything they are trained to do",
        ],
        [
            (
                "Affordable healthcare is not cheap healthcare. It is healthcare designed around"
                " what people can pay.",
                None,
                "On affordable healthcare",
            )
        ],
    ),
    leader(
        "Henrike Vogt",
        "Head of Supply Chain at Brenner Automotive",
        [
            "Runs supply chain for a German automotive supplier making seating systems for"
            " electric vehicles, with plants in Germany, Poland and Mexico."
        ],
        (75, 90, 70, 55, 80, 55),
        [
            "nearshoring",
            "EV transition",
            "supplier risk",
            "just-in-time vs. just-in-case",
            "Tier 1 suppliers",
            "Poland",
        ],
        [
            "Henrike Vogt talks about nearshoring production from Asia to Poland and Mexico, how"
            " the chip shortage changed supplier risk reviews, and the debate between"
            " just-in-time and just-in-case inventory."
        ],
        [
            "Know your supplier's suppliers",
            "Inventory is insurance; price it like insurance",
        ],
        [
            (
                "Just-in-time works until the one part you cannot get stops the whole line.",
                None,
                "On the chip shortage",
            )
        ],
    ),
    leader(
        "Ayşe Demir",
        "Product Director at Pazar Go",
        [
            "Product director at a Turkish quick-commerce app delivering groceries in fifteen"
            " minutes in Istanbul and Ankara."
        ],
        (75, 80, 85, 85, 65, 75),
        [
            "quick commerce",
            "Istanbul",
            "dark stores",
            "basket size",
            "inflation",
            "pricing",
            "retention over acquisition",
        ],
        [
            "Ayşe Demir explains how quick commerce survived high inflation in Turkey, why the"
            " team moved focus to retention over acquisition, and what dark stores taught them"
            " about basket size."
        ],
        [
            "When prices change weekly, trust is your pricing strategy",
            "A second order matters more than a first one",
        ],
        [
            (
                "With inflation at eighty percent, a customer remembers every price you showed"
                " them.",
                None,
                "On pricing during inflation",
            )
        ],
    ),
    leader(
        "Jonas Kiplagat",
        "CTO at Shamba Data",
        [
            "CTO of an agritech company that gives smallholder farmers in Kenya and Uganda"
            " weather-based planting advice by SMS."
        ],
        (80, 80, 85, 65, 70, 85),
        [
            "smallholder farmers",
            "SMS",
            "satellite data",
            "crop insurance",
            "Swahili NLP",
            "agronomists in the loop",
        ],
        [
            "Jonas Kiplagat talks about turning satellite data into advice a farmer can act on,"
            " why SMS still beats apps in rural Kenya, and building crop insurance on top of"
            " weather data."
        ],
        [
            "Advice a farmer cannot act on today is noise",
            "Keep agronomists in the loop of every model",
        ],
        [],
    ),
    leader(
        "Priya Raghunathan",
        "Chief Medical Officer at Sanjeevani Diagnostics",
        [
            "CMO of a diagnostics chain running four hundred collection centres across"
            " India, trained as a pathologist."
        ],
        (80, 75, 85, 70, 80, 85),
        [
            "diagnostics",
            "home sample collection",
            "quality accreditation",
            "AI-assisted pathology",
            "Tier 2 and 3 cities",
            "patient communication",
        ],
        [
            "Priya Raghunathan explains how home sample collection grew after the pandemic,"
            " what AI-assisted pathology can and cannot do, and why quality accreditation is a"
            " growth strategy in Tier 2 and 3 cities."
        ],
        [
            "A report the patient cannot read is half a diagnosis",
            "Accreditation is marketing that auditors check",
        ],
        [
            (
                "The machine is faster than me. It is not yet more careful than me.",
                None,
                "On AI-assisted pathology",
            )
        ],
    ),
    leader(
        "Connor Mac Giolla",
        "Managing Director at Harbour & Finch",
        [
            "Managing director of an independent Dublin publisher of literary fiction and"
            " audiobooks."
        ],
        (75, 80, 55, 65, 80, 70),
        [
            "independent publishing",
            "audiobooks",
            "author relationships",
            "Dublin",
            "backlist",
            "TikTok",
        ],
        [
            "Connor Mac Giolla talks about why the backlist pays for new authors, how audiobooks"
            " reached readers who never entered a bookshop, and what a TikTok video did to a"
            " ten-year-old novel."
        ],
        [
            "Publish fewer books and stay with each one longer",
            "The backlist is the business; the frontlist is the bet",
        ],
        [
            (
                "A reader in Manila found a book we had forgotten, and the whole print run sold"
                " in a week.",
                None,
                "On the backlist",
            )
        ],
    ),
    leader(
        "Valentina Greco",
        "Head of Sustainability at Enerverde",
        [
            "Leads sustainability at an Italian utility that is replacing gas plants with solar"
            " and storage."
        ],
        (85, 70, 75, 60, 75, 65),
        [
            "decarbonisation",
            "Scope 3 emissions",
            "battery storage",
            "just transition",
            "ESG reporting",
            "Sicily",
        ],
        [
            "Valentina Greco explains how Enerverde measures Scope 3 emissions, where battery"
            " storage changes the economics of solar in Sicily, and what a just transition means"
            " for plant workers."
        ],
        [
            "Report what you emit, not what you offset",
            "Retrain the workers before you close the plant",
        ],
        [
            (
                "Sustainability that ignores the plant workers is not sustainable for long.",
                None,
                "On the just transition",
            )
        ],
    ),
    leader(
        "Omar Farouk",
        "Director of Engineering at Souq Logistics",
        [
            "Leads engineering for a Cairo logistics company that runs warehouses and delivery"
            " fleets for e-commerce brands across Egypt."
        ],
        (70, 85, 75, 65, 80, 60),
        [
            "WMS",
            "route optimisation",
            "Cairo",
            "build vs. buy",
            "Arabic-first software",
            "scaling engineering teams",
        ],
        [
            "Omar Farouk talks about building a WMS in-house after two vendors failed, route"
            " optimisation in Cairo traffic, and scaling engineering teams from ten to a"
            " hundred."
        ],
        [
            "Buy the commodity, build the advantage",
            "Every new team needs one engineer who has seen the old code",
        ],
        [],
    ),
    leader(
        "Ruth Abebe",
        "Country Director, Ethiopia at BrightPath Education",
        [
            "Leads a charity that builds and runs community libraries and early reading programmes"
            " in Addis Ababa and the Amhara region."
        ],
        (70, 80, 60, 55, 90, 90),
        [
            "early literacy",
            "mother-tongue instruction",
            "community libraries",
            "working with government",
            "Addis Ababa",
            "girls' education",
        ],
        [
            "Ruth Abebe explains why mother-tongue instruction matters for early literacy, how"
            " community libraries are run by parents, and what working with government looks like"
            " for a small charity."
        ],
        [
            "Children learn to read in the language they dream in",
            "Let the community own the building from the first day",
        ],
        [
            (
                "A library is the only room in the village where a girl is expected to sit and"
                " think.",
                None,
                "On girls' education",
            )
        ],
    ),
    leader(
        "Luis Carvajal",
        "VP Risk at Plata Segura",
        [
            "Leads risk at a Chilean digital lender, previously a quantitative analyst at a"
            " Santiago bank."
        ],
        (80, 75, 90, 60, 70, 65),
        [
            "fraud detection",
            "credit risk models",
            "Santiago",
            "explainability",
            "open banking",
            "collections",
        ],
        [
            "Luis Carvajal talks about fraud detection when fraudsters test your rules faster"
            " than you write them, explainability for credit risk models, and the coming of"
            " open banking in Chile."
        ],
        [
            "A model the regulator cannot understand will be switched off",
            "Collections is customer service for people having a bad month",
        ],
        [
            (
                "Fraud is an adversary that reads your release notes.",
                None,
                "On fraud detection",
            )
        ],
    ),
    leader(
        "Hiroshi Watanabe",
        "Plant Director at Tsubame Precision",
        [
            "Runs a factory making precision parts for medical devices in Niigata, known for"
            " having no defects shipped in four years."
        ],
        (65, 95, 70, 45, 85, 60),
        [
            "kaizen",
            "zero defects",
            "automation and craftsmanship",
            "ageing workforce",
            "Niigata",
            "ISO 13485",
        ],
        [
            "Hiroshi Watanabe talks about kaizen in a plant where the average machinist is sixty,"
            " balancing automation and craftsmanship, and passing on skills before an ageing"
            " workforce retires."
        ],
        [
            "Fix the process, never the person",
            "Film the master before the master retires",
        ],
        [
            (
                "Zero defects is not a target. It is a habit of stopping the line.",
                None,
                "On quality",
            )
        ],
    ),
    leader(
        "Chloé Martin-Diallo",
        "Head of Audience at Onde Podcasts",
        [
            "Leads audience growth at a French-language podcast network with listeners in"
            " France, Belgium, Quebec and West Africa."
        ],
        (75, 70, 80, 90, 70, 80),
        [
            "podcast growth",
            "francophone Africa",
            "newsletters",
            "community",
            "ad-supported vs. paid",
            "YouTube",
        ],
        [
            "Chloé Martin-Diallo explains how newsletters became the network's best growth channel,"
            " why francophone Africa is its fastest growing audience, and how it chose between"
            " ad-supported vs. paid shows."
        ],
        [
            "Own the relationship; rent the platform",
            "A community is people who talk to each other, not only to you",
        ],
        [
            (
                "Half our listeners in Dakar found us through a cousin's voice note.",
                None,
                "On word of mouth",
            )
        ],
    ),
    leader(
        "Bongani Zulu",
        "Chief Financial Officer at Karoo Renewables",
        [
            "CFO of a South African independent power producer building wind farms in the"
            " Northern Cape."
        ],
        (80, 75, 70, 65, 75, 55),
        [
            "project finance",
            "PPAs",
            "currency hedging",
            "wind",
            "Northern Cape",
            "CFO as operator",
        ],
        [
            "Bongani Zulu explains project finance for wind farms, how PPAs with municipalities"
            " differ from those with the national utility, and why currency hedging decides"
            " which projects get built."
        ],
        [
            "A project is financed on its worst year, not its average one",
            "The CFO should know the turbines by name",
        ],
        [],
    ),
    leader(
        "Isabel Ortega Vidal",
        "Head of Customer Experience at Viajes Sol",
        [
            "Leads customer experience at a Spanish online travel agency, after years running"
            " contact centres in Madrid and Lisbon."
        ],
        (70, 80, 75, 70, 80, 95),
        [
            "customer experience",
            "contact centres",
            "NPS",
            "self-service",
            "disruption handling",
            "empathy at scale",
        ],
        [
            "Isabel Ortega Vidal talks about disruption handling when a volcano grounds every"
            " flight, why NPS alone misled the company, and designing self-service that customers"
            " actually prefer."
        ],
        [
            "Design for the worst day of the customer's trip",
            "An agent with the power to refund solves what a script cannot",
        ],
        [
            (
                "When forty thousand people are stranded, your FAQ is your most important"
                " employee.",
                None,
                "On disruption handling",
            ),
            (
                "She gave every agent a refund budget and the complaints halved.",
                "Miguel Sanz",
                "on the contact centre changes",
            ),
        ],
    ),
    leader(
        "Nikolai Petrov",
        "Principal Scientist at Arktika Materials",
        [
            "Leads a materials science group developing low-carbon cement, with a PhD in"
            " chemistry from Uppsala."
        ],
        (85, 70, 90, 45, 65, 55),
        [
            "low-carbon cement",
            "lab to pilot plant",
            "grant funding",
            "industry partnerships",
            "reproducibility",
            "Uppsala",
        ],
        [
            "Nikolai Petrov describes taking low-carbon cement from lab to pilot plant, the"
            " limits of grant funding, and industry partnerships that survive a failed experiment."
        ],
        [
            "An experiment that cannot be repeated is an anecdote",
            "Talk to the plant manager before you publish",
        ],
        [],
    ),
    leader(
        "Adaeze Nwosu",
        "Managing Partner at Savanna Ventures",
        [
            "Managing partner of a Lagos venture fund investing in seed-stage startups across"
            " Nigeria, Ghana and Kenya."
        ],
        (90, 70, 70, 80, 80, 75),
        [
            "seed investing",
            "Lagos",
            "first-time founders",
            "down rounds",
            "LPs",
            "exits in Africa",
            "portfolio support",
        ],
        [
            "Adaeze Nwosu talks about seed investing in first-time founders, what down rounds did"
            " to the ecosystem in 2023, and the hard question of exits in Africa."
        ],
        [
            "Back founders who have lived the problem",
            "Tell LPs the bad news first",
        ],
        [
            (
                "An African exit is not a unicorn story. It is a sale to someone who needs what"
                " you built.",
                None,
                "On exits in Africa",
            )
        ],
    ),
    leader(
        "Gabriel Souza Neto",
        "Head of Platform at Cantina Digital",
        [
            "Leads the platform team at a Brazilian food-ordering company that serves restaurants"
            " in Recife, Salvador and Fortaleza."
        ],
        (70, 90, 75, 65, 80, 60),
        [
            "Kubernetes",
            "developer experience",
            "cost of cloud",
            "Nordeste",
            "SRE",
            "open source",
        ],
        [
            "Gabriel Souza Neto explains how developer experience became the platform team's main"
            " metric, why the cost of cloud forced a move off managed services, and what the team"
            " gives back to open source."
        ],
        [
            "A platform nobody chooses to use is a mandate, not a platform",
            "Make the right way the easy way",
        ],
        [
            (
                "We moved half our services off a managed database and paid for a team of five"
                " with the savings.",
                None,
                "On the cost of cloud",
            )
        ],
    ),
    leader(
        "Karin Lund",
        "Director of Clinical Operations at Fjord Trials",
        [
            "Runs clinical operations for a contract research organisation running trials in the"
            " Nordics and the Baltics."
        ],
        (70, 90, 80, 55, 80, 70),
        [
            "decentralised trials",
            "patient recruitment",
            "eConsent",
            "site monitoring",
            "GCP",
            "rare diseases",
        ],
        [
            "Karin Lund describes running decentralised trials where patients never visit a"
            " hospital, the realities of patient recruitment for rare diseases, and eConsent done"
            " well."
        ],
        [
            "Recruit where patients already are",
            "Every visit you remove is a patient you keep",
        ],
        [],
    ),
    leader(
        "Emeka Obi",
        "Head of Trade Finance at Sahara Commercial Bank",
        [
            "Leads trade finance at a Nigerian bank, financing importers and exporters across West"
            " Africa."
        ],
        (75, 80, 70, 70, 75, 60),
        [
            "trade finance",
            "letters of credit",
            "AfCFTA",
            "digitising paper",
            "FX shortages",
            "SME exporters",
        ],
        [
            "Emeka Obi talks about what AfCFTA has changed so far for SME exporters, why letters"
            " of credit are still on paper, and how FX shortages ripple through supply chains."
        ],
        [
            "Finance the trade you can see",
            "Paper is a risk, not a tradition",
        ],
        [
            (
                "A container waits in the port because one stamp is missing on one document.",
                None,
                "On digitising paper",
            )
        ],
    ),
    leader(
        "Sofía Castillo",
        "Chief Executive Officer at Ruta Verde",
        [
            "CEO of a Guatemalan coffee cooperative exporter that sells directly to roasters in"
            " the US, Japan and Europe."
        ],
        (80, 75, 60, 75, 85, 80),
        [
            "direct trade",
            "coffee",
            "cooperatives",
            "climate adaptation",
            "traceability",
            "Guatemala",
        ],
        [
            "Sofía Castillo explains how direct trade changed prices for cooperatives, how"
            " farmers adapt to climate change at altitude, and what traceability buyers really"
            " ask for."
        ],
        [
            "Pay for quality at the farm gate",
            "Traceability is a story the farmer should be able to tell",
        ],
        [
            (
                "Roasters ask where the coffee came from. We tell them who.",
                None,
                "On traceability",
            )
        ],
    ),
    leader(
        "Thandiwe Mokoena",
        "Chief Product Officer at Lekker Learn",
        [
            "CPO of a South African edtech company whose maths tutor runs inside a chat app,"
            " used by half a million high-school learners."
        ],
        (85, 75, 80, 80, 70, 90),
        [
            "teaching maths over chat instead of video",
            "designing for prepaid data bundles",
            "learners as co-designers",
            "why streaks hurt exam preparation",
            "partnering with provincial education departments",
        ],
        [
            "Thandiwe Mokoena explains the bet on teaching maths over chat instead of video, how"
            " designing for prepaid data bundles shaped every screen, and why the team removed"
            " streaks a month before exams."
        ],
        [
            "Every megabyte is the learner's money — spend it like it is yours",
            "Invite learners into design reviews, and pay them for their time",
        ],
        [
            (
                "A video lesson costs a learner a day of data. A chat lesson costs a sweet.",
                None,
                "On why the product lives in a chat app",
            )
        ],
    ),
    leader(
        "Rohan De Silva",
        "Head of Logistics Innovation at Serendib Freight",
        [
            "Leads innovation at a Colombo freight forwarder handling transhipment cargo for"
            " South Asian exporters."
        ],
        (80, 80, 75, 60, 70, 65),
        [
            "digitising the bill of lading with shipping lines",
            "Colombo as a transhipment hub",
            "forecasting port congestion from vessel data",
            "selling software to freight forwarders",
            "what blockchain pilots actually delivered",
        ],
        [
            "Rohan De Silva talks about digitising the bill of lading, forecasting port congestion"
            " from vessel position data, and what three blockchain pilots actually delivered for"
            " the company."
        ],
        [
            "Pilot with the partner who feels the pain, not the one with the budget",
            "Port data is public; insight is not",
        ],
        [
            (
                "We ran three blockchain pilots. The useful output was a shared spreadsheet.",
                None,
                "On blockchain in shipping",
            )
        ],
    ),
    leader(
        "Marta Kowalczyk",
        "Director of Product at Puls Energia",
        [
            "Leads product at a Polish energy retailer selling dynamic electricity tariffs and home"
            " batteries to households."
        ],
        (80, 80, 85, 75, 70, 80),
        [
            "dynamic tariffs that households understand",
            "heat pumps",
            "smart meter rollout delays",
            "explaining price spikes in the app",
            "EU energy market rules",
            "Warsaw",
        ],
        [
            "Marta Kowalczyk explains how to design dynamic tariffs that households understand,"
            " what smart meter rollout delays mean for product plans, and how the app explains"
            " price spikes before customers see their bill."
        ],
        [
            "Tell customers about a price spike before the bill does",
            "A tariff a customer cannot explain to a neighbour is too complicated",
        ],
        [],
    ),
]
