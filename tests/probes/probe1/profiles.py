"""Nine invented leader profiles (expected records) for probe 1 (see ../README.md)."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D = [
    "Strategic Vision",
    "Execution & Craft",
    "Data & Experimentation",
    "Growth & Distribution",
    "Team & Leadership",
    "User Empathy & Research",
]


def dims(*scores):
    return [{"name": n, "score": s} for n, s in zip(D, scores, strict=False) if s is not None]


def q(text, speaker, context):
    return {"text": text, "speaker": speaker, "context": context}


def split(headline):
    if " at " in headline:
        r, c = headline.split(" at ", 1)
        return r, c
    return headline, None


P = []


def add(name, headline, bio, dm, themes, summary, principles, quotes):  # noqa: PLR0917
    role, company = split(headline)
    P.append(
        {
            "id": None,
            "name": name,
            "headline": headline,
            "role": role,
            "company": company,
            "bio": bio,
            "dimensions": dm,
            "themes": themes,
            "summary": summary,
            "principles": principles,
            "quotes": quotes,
        }
    )


add(
    "Jan-Willem van der Berg",
    "Chief Operating Officer at Havenstad Logistiek",
    "Chief Operating Officer at Havenstad Logistiek, the barge and rail operator that moves containers inland from the port of Rotterdam, where he cut empty return trips by a third.",
    dims(60, 90, 70, 50, 75, 40),
    [
        "inland shipping",
        "empty container returns",
        "rail vs. barge",
        "port congestion",
        "planning software nobody used",
    ],
    "Jan-Willem van der Berg describes how Havenstad Logistiek balances barge and rail capacity when the port is congested, and why the planning software the company bought sat unused for a year. He explains the weekly planners' table that replaced it.",
    [
        "Fix the schedule before you buy the system that runs it",
        "A full truck back is worth more than a fast truck out",
    ],
    [
        q(
            "We paid for a planning tool and then planned on a whiteboard next to it for twelve months.",
            "Jan-Willem van der Berg",
            "On the planning software nobody used",
        ),
        q(
            "He is the only COO I know who still rides the barges.",
            "Femke de Jong",
            "on his time on the river",
        ),
    ],
)

add(
    "Siobhán Ní Dhomhnaill",
    "Head of Platform Engineering at Glas Energy",
    "Head of Platform Engineering at Glas Energy, an Irish renewable supplier, leading the teams that run smart-meter ingestion and the customer billing platform.",
    dims(70, 85, 80, 40, 70, 55),
    [
        "smart meters",
        "billing migrations",
        "on-call health",
        "platform teams",
        "Kubernetes",
        "Dublin",
    ],
    "Siobhán Ní Dhomhnaill talks about moving Glas Energy's billing off a mainframe without a single missed invoice, and how she protects on-call engineers from alert fatigue.",
    [
        "Migrate one customer first, then a thousand",
        "Every alert must have an owner and a reason to wake someone",
        "Platform teams serve product teams, not the other way round",
    ],
    [
        q(
            "The mainframe never failed us; we just could not hire anyone who understood it.",
            "Siobhán Ní Dhomhnaill",
            "On retiring the billing mainframe",
        )
    ],
)

add(
    "A. J. Fernández",
    "Founder and CEO, Tallo Health",
    "Founder and CEO of Tallo Health, a clinic-scheduling startup in Madrid that grew from two physiotherapy practices to four hundred clinics.",
    dims(85, 65, 55, 80, None, 70),
    [
        "clinic scheduling",
        "no-show rates",
        "founder-led sales",
        "Spain & Portugal",
        "SMS reminders",
        "pricing per seat",
        "burnout",
    ],
    "A. J. Fernández explains how Tallo Health halved no-show rates with SMS reminders and why founder-led sales lasted longer than planned.",
    [
        "Sell it yourself until you can write down why people buy",
        "Price what the customer counts",
    ],
    [
        q(
            "Our best feature is a text message sent the night before.",
            "A. J. Fernández",
            "On cutting no-show rates",
        ),
        q(
            "I stopped sleeping properly in year two, and the company did not get any better for it.",
            "A. J. Fernández",
            "On founder burnout",
        ),
    ],
)

add(
    "Marie-Claire Dubois-Lefèvre",
    "VP of Product at Éclat Retail",
    "VP of Product at Éclat Retail, a French cosmetics chain, responsible for the loyalty app and the in-store tablets used by beauty advisers.",
    dims(75, 70, 85, 65, 60, 90),
    [
        "loyalty apps",
        "in-store tablets",
        "beauty advisers",
        "A/B testing",
        "personalisation",
    ],
    "Marie-Claire Dubois-Lefèvre shares how Éclat Retail's beauty advisers shaped the in-store tablet app and why the loyalty programme dropped points for personal recommendations.",
    [
        "Watch the adviser, not the dashboard",
        "Test the offer before you test the button",
        "Remove one feature for every two you add",
    ],
    [
        q(
            "Our advisers knew more about our customers than our data warehouse did.",
            "Marie-Claire Dubois-Lefèvre",
            "On designing with store staff",
        ),
        q(
            "She made us spend a week in the shops before writing a line of code.",
            "Hugo Marchand",
            "on the tablet project",
        ),
        q(
            "Points are a tax on attention.",
            "Marie-Claire Dubois-Lefèvre",
            "On ending the points scheme",
        ),
    ],
)

add(
    "Ravi Shankar Iyer",
    "General Manager, Payments",
    "General Manager for payments at a large Indian marketplace, where he runs UPI checkout, refunds and merchant settlements.",
    dims(80, 75, 70, 85, 65, None),
    ["UPI", "refund speed", "merchant settlements", "fraud", "Tier 2 cities"],
    "Ravi Shankar Iyer walks through how UPI changed checkout conversion and why same-day refunds became the marketplace's best retention tool.",
    [
        "Refunds are a product, not a cost centre",
        "Settle merchants before you ask them for anything",
    ],
    [
        q(
            "Nobody remembers a fast payment. Everybody remembers a slow refund.",
            "Ravi Shankar Iyer",
            "On refund speed as retention",
        )
    ],
)

add(
    "Björn Åkesson",
    "CTO at Nordkraft AB",
    "CTO at Nordkraft AB, a Swedish maker of industrial heat pumps, leading firmware, cloud monitoring and the move to remote diagnostics.",
    dims(65, 80, 75, None, 70, None),
    [
        "heat pumps",
        "firmware updates",
        "remote diagnostics",
        "hardware & software teams",
    ],
    "Björn Åkesson explains how Nordkraft AB ships firmware updates safely to heat pumps in the field and what remote diagnostics did to the service business.",
    [
        "Never ship firmware on a Friday",
        "Hardware and software teams share one backlog",
    ],
    [
        q(
            "A heat pump is a computer that happens to be bolted to a house.",
            "Björn Åkesson",
            "On treating products as connected devices",
        )
    ],
)

add(
    "Lucía de la Fuente",
    "Chief People Officer at Grupo Andaluz de Seguros",
    "Chief People Officer at Grupo Andaluz de Seguros, an insurer in Seville with three thousand employees, where she introduced a four-day week for claims handlers.",
    dims(70, 60, 50, 45, 95, 75),
    [
        "four-day week",
        "claims handlers",
        "manager training",
        "hybrid work",
        "pay transparency",
        "Seville",
        "union relations",
        "exit interviews",
    ],
    "Lucía de la Fuente describes the four-day week pilot for claims handlers, what pay transparency did to internal mobility, and how the company works with its unions.",
    [
        "Pilot with the sceptics, not the volunteers",
        "Publish the salary bands before someone leaks them",
        "Train managers before you change the rules they enforce",
        "Read every exit interview yourself",
    ],
    [
        q(
            "The four-day week did not make people work less hard; it made them stop pretending to work.",
            "Lucía de la Fuente",
            "On the claims handlers' pilot",
        ),
        q(
            "She turned up to the union meeting alone and without slides.",
            "Manuel Ortega",
            "on the first negotiation",
        ),
    ],
)

add(
    "Thandiwe Mokoena",
    "Director of Customer Experience at Ubuntu Telecom & Media",
    "Director of Customer Experience at Ubuntu Telecom & Media in Johannesburg, in charge of call centres, the self-service app and store experience.",
    dims(55, 75, 65, 60, 80, 90),
    ["call centres", "self-service app", "load shedding", "prepaid customers", "NPS"],
    "Thandiwe Mokoena explains how load shedding changed customer support at Ubuntu Telecom & Media and why prepaid customers got the self-service app first.",
    [
        "Design for the customer with the least data",
        "Answer the complaint you expect next month",
    ],
    [
        q(
            "When the lights go out, the phones light up.",
            "Thandiwe Mokoena",
            "On load shedding and support volumes",
        ),
        q(
            "Prepaid customers are not our cheapest customers; they are our most careful ones.",
            "Thandiwe Mokoena",
            "On serving prepaid users first",
        ),
    ],
)

add(
    "Nguyễn Thị Lan",
    "Head of Growth at VietPay",
    "Head of Growth at VietPay, a mobile wallet in Ho Chi Minh City, leading acquisition, referrals and the merchant QR programme.",
    dims(60, 70, 90, 95, 55, 65),
    [
        "mobile wallets",
        "referral programmes",
        "merchant QR codes",
        "street vendors",
        "cashback",
    ],
    "Nguyễn Thị Lan talks about how VietPay signed up street vendors for QR payments and why cashback stopped working as a growth channel.",
    ["Pay for the second transaction, not the first", "Go where the cash is"],
    [
        q(
            "Cashback bought us downloads; QR codes at the noodle stall bought us habits.",
            "Nguyễn Thị Lan",
            "On the end of cashback campaigns",
        )
    ],
)

for r in P:
    import re
    import unicodedata

    s = unicodedata.normalize("NFKD", r["name"]).encode("ascii", "ignore").decode().lower()
    r["id"] = re.sub(r"[^a-z0-9]+", "-", s).strip("-")

if __name__ == "__main__":
    (HERE / "expected.json").write_text(
        json.dumps(P, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(len(P), [r["id"] for r in P])
