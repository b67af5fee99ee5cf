"""Eight invented leader profiles (expected records) for probe 2 (see ../README.md)."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def q(text, speaker, context):
    return {"text": text, "speaker": speaker, "context": context}


def dims(pairs):
    return [{"name": n, "score": s} for n, s in pairs]


P = []


def add(  # noqa: PLR0917
    id,
    name,
    headline,
    bio,
    dm,
    themes,
    summary,
    principles,
    quotes,
    role=None,
    company=None,
):
    if role is None:
        r, sep, c = headline.rpartition(" at ")
        role, company = (r.strip(), c.strip()) if sep else (headline, None)
    P.append(
        {
            "id": id,
            "name": name,
            "headline": headline,
            "role": role,
            "company": company,
            "bio": bio,
            "dimensions": dims(dm),
            "themes": themes,
            "summary": summary,
            "principles": principles,
            "quotes": quotes,
        }
    )


add(
    "siobhan",
    "Siobhán O'Brien-Fitzgerald",
    "VP, Product — Lantern Health",
    "Leads product at Lantern Health, a telehealth company for rural clinics in Ireland, after ten years building booking software for GP practices.",
    [("Vision", 80), ("Craft", 65), ("Evidence", 70)],
    ["#product", "B2B/B2C", "rural clinics", "0→1"],
    "Siobhán O'Brien-Fitzgerald talks about taking Lantern Health from 0→1 in rural clinics, and why a B2B/B2C split in the roadmap nearly broke the team.",
    [
        "Ship small. Then ship again before anyone asks for a status update",
        "Talk to a clinic every week",
    ],
    [
        q(
            "We didn't need a platform. We needed the receptionist to stop using the fax.",
            "Siobhán O'Brien-Fitzgerald",
            "On the first rural pilot",
        )
    ],
)

add(
    "wei",
    "Zhang Wei",
    "Head of Growth @ Bamboo Ledger",
    "Runs growth at Bamboo Ledger, an accounting app for small shops in Shenzhen and Singapore; previously at two payments start-ups.",
    [
        ("Strategic Vision", 70),
        ("Execution & Craft", 85),
        ("Data & Experimentation", 95),
        ("Growth & Distribution", 90),
        ("Team & Leadership", 60),
        ("User Empathy & Research", 55),
        ("Commercial Judgement", 75),
    ],
    [
        "referral loops",
        "WeChat mini-programs",
        "pricing tests",
        "retention cohorts",
        "merchant onboarding",
        "Singapore launch",
        "#growth",
        "paid vs. organic",
        "churn",
        "CAC/LTV",
    ],
    "Zhang Wei explains how Bamboo Ledger grew through referral loops inside WeChat mini-programs and why the Singapore launch taught the team more about pricing than any test had.",
    [
        "Every experiment needs a kill date",
        "Measure retention before acquisition",
        "Price for the shop owner's worst month",
    ],
    [
        q(
            "A referral loop is only a loop if the second person also invites someone.",
            "Zhang Wei",
            "On referral loops",
        ),
        q(
            "We ran forty pricing tests and the answer was the price on the napkin.",
            "Zhang Wei",
            "On pricing tests",
        ),
    ],
)

add(
    "madonna",
    "Thandiwe",
    "Acme Studios · Chief of Staff",
    "Chief of Staff at Acme Studios, the animation studio in Cape Town, where she set up the planning rhythm for four productions running at once.",
    [("Strategy", 60), ("Operations", 90), ("People", 85), ("Communication", 80)],
    ["operating rhythm"],
    "Thandiwe describes the operating rhythm she built at Acme Studios and why a chief of staff should own the calendar, not the decisions.",
    ["Own the calendar, not the decisions"],
    [
        q(
            "My job is to make the CEO's second-best idea wait a quarter.",
            "Thandiwe",
            "On saying no",
        )
    ],
)

add(
    "bernardo",
    "Bernardo Álvarez de la Cruz y Montenegro",
    "Former CTO at Ruta Verde; now Partner at Cóndor Ventures",
    "Former CTO at Ruta Verde, a ride-hailing company in Bogotá, and now Partner at Cóndor Ventures, where he backs infrastructure start-ups across the Andes.",
    [
        ("Strategic Vision", 90),
        ("Execution & Craft", 75),
        ("Data & Experimentation", 50),
        ("Growth & Distribution", 65),
        ("Team & Leadership", 80),
    ],
    ["from operator to investor", "platform reliability", "Andean start-ups"],
    "Bernardo Álvarez de la Cruz y Montenegro looks back on platform reliability at Ruta Verde and on what changes when an operator becomes an investor.",
    [
        "Reliability is a product feature",
        "Back founders who have been paged at 3 a.m.",
        "Write the post-mortem before the press release",
    ],
    [
        q(
            "Nobody downloads a ride-hailing app twice after it leaves them in the rain.",
            "Bernardo Álvarez de la Cruz y Montenegro",
            "On platform reliability",
        ),
        q(
            "As an investor I read the incident log before the pitch deck.",
            "Bernardo Álvarez de la Cruz y Montenegro",
            "On due diligence",
        ),
    ],
    role=None,
    company=None,
)

add(
    "kenji",
    "Tanaka Kenji",
    "Chief Design Officer at Hoshi Mobility",
    "Chief Design Officer at Hoshi Mobility in Nagoya, responsible for the interiors and software of the company's electric minibuses.",
    [
        ("Vision & Taste", 90),
        ("Craft", 95),
        ("Research", 80),
        ("Team", 70),
        ("Delivery", 65),
        ("Partnerships", 55),
    ],
    [
        "interiors as software",
        "accessibility",
        "quiet design",
        "bus drivers as users",
        "designing for elderly riders",
        "0→1",
        "hardware/software",
    ],
    "Tanaka Kenji discusses treating bus interiors as software, designing for elderly riders and bus drivers, and why quiet design is harder than loud design.",
    [
        "Design for the driver first; the passenger notices later",
        "Prototype at full scale",
        "Remove one thing from every screen before launch",
        "Listen to complaints literally",
    ],
    [
        q(
            "The best handle is the one nobody photographs.",
            "Tanaka Kenji",
            "On quiet design",
        )
    ],
)

add(
    "marguerite",
    "Marguerite Lefèvre-Dubois",
    "Directrice produit at Atelier Numérique",
    "Directrice produit at Atelier Numérique, a Lyon software agency that builds booking systems for theatres and museums.",
    [
        ("Vision", 75),
        ("Exécution", 85),
        ("Données", 60),
        ("Croissance", 50),
        ("Équipe", 90),
    ],
    ["billetterie", "musées", "accessibilité", "équipes hybrides", "B2B/B2C"],
    "Marguerite Lefèvre-Dubois explique comment Atelier Numérique construit des systèmes de billetterie pour les musées, et pourquoi l'accessibilité passe avant les fonctionnalités.",
    ["L'accessibilité d'abord", "Une équipe, un produit"],
    [
        q(
            "Un musée ne vend pas des billets, il vend un après-midi.",
            "Marguerite Lefèvre-Dubois",
            "Sur la billetterie",
        ),
        q(
            "Wenn die Kasse nicht funktioniert, funktioniert das Museum nicht.",
            "Jürgen Vogel",
            "Museumsdirektor, zitiert im Gespräch",
        ),
    ],
)

add(
    "amaka",
    "Amaka Okonkwo-Nwosu",
    "SVP Engineering at Kora Payments",
    "SVP Engineering at Kora Payments in Lagos, where she leads 300 engineers across card issuing, settlement and fraud.",
    [
        ("Strategic Vision", 85),
        ("Execution & Craft", 90),
        ("Data & Experimentation", 70),
        ("Growth & Distribution", 55),
        ("Team & Leadership", 95),
        ("User Empathy & Research", 60),
    ],
    [
        "settlement",
        "fraud",
        "on-call culture",
        "hiring in Lagos",
        "platform teams",
        "#engineering",
    ],
    "Amaka Okonkwo-Nwosu walks through how Kora Payments rebuilt settlement without downtime and how on-call culture changes when the team triples in a year.",
    [
        "Make on-call boring",
        "Hire for the second job, not the first",
        "Settlement is the product",
    ],
    [
        q(
            "Downtime in payments is not an outage. It is someone's salary not arriving. We built the whole team around that sentence.",
            "Amaka Okonkwo-Nwosu",
            "On settlement",
        ),
        q(
            "If on-call is exciting, something is wrong.",
            "Amaka Okonkwo-Nwosu",
            "On on-call culture",
        ),
    ],
)

add(
    "liam",
    "Liam O'Connor",
    "Head of Platform at Tidewater Bank",
    "Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer platform used by 900 engineers.",
    [
        ("Strategic Vision", 65),
        ("Execution & Craft", 80),
        ("Data & Experimentation", 75),
    ],
    [
        "developer experience",
        "golden paths",
        "cost of Kubernetes",
        "platform as product",
        "internal NPS",
        "migrations",
        "paved roads",
        "build times",
    ],
    "Liam O'Connor describes running an internal developer platform as a product at Tidewater Bank, from golden paths to the real cost of Kubernetes.",
    [
        "Treat the platform as a product with customers",
        "Pave the road people already walk",
    ],
    [
        q(
            "Nobody chooses a golden path; they choose the path that is already open.",
            "Liam O'Connor",
            "On golden paths",
        )
    ],
)

(HERE / "expected.json").write_text(json.dumps(P, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(P))
