"""Properties of identity resolution (extractor.batch.identity), over random folders of inputs:
every input gets a verdict and is counted once, ids are unique, the result does not depend on
the order inputs are listed in, a second resolution over the same inputs changes nothing, and
a published leader keeps its id as other inputs come and go."""

from __future__ import annotations

import random

from hypothesis import given, strategies as st

from extractor.batch.identity import Live, Plan, Published, resolve
from extractor.check.policy import Policy
from extractor.record.folder import Status

ROOT = "/in"
NAMES = ("sarah-chen", "ada-stone", "bo-lind")
COMPANIES = ("", "acme", "globex")
OUTCOMES = (Status.OK, Status.WARNINGS, Status.ERRORS, Status.REFUSED)


@st.composite
def inputs(draw: st.DrawFn) -> list[Live]:
    count = draw(st.integers(min_value=0, max_value=9))
    rows = []
    for i in range(count):
        outcome = draw(st.sampled_from(OUTCOMES))
        name, company = draw(st.sampled_from(NAMES)), draw(st.sampled_from(COMPANIES))
        gives = outcome is not Status.REFUSED
        rows.append(
            Live(
                key=f"p{i}.txt",
                path=f"in/p{i}.txt",
                root=ROOT,
                seen=True,
                outcome=outcome,
                identity=f"{name}\x00{company}" if gives else None,
                content=draw(st.sampled_from("ab")) if gives else None,
            )
        )
    return rows


def run(rows: list[Live], before: list[Published], keep_missing: bool = False) -> Plan:
    return resolve(rows, before, scanned={ROOT}, keep_missing=keep_missing, policy=Policy())


def published_after(plan: Plan, rows: list[Live], before: list[Published]) -> list[Published]:
    """What the database holds after applying ``plan`` (content of the owner, or kept)."""
    content = {r.key: r.content for r in rows}
    kept = {p.identity: p for p in before}
    return [
        kept[identity]
        if identity in plan.kept
        else Published(record_id, identity, key, content[key] or "")
        for identity, (record_id, key) in plan.publish.items()
    ]


@given(inputs())
def test_every_input_has_one_verdict_and_ids_are_unique(rows: list[Live]) -> None:
    plan = run(rows, [])
    assert set(plan.verdicts) == {r.key for r in rows}
    ids = [record_id for record_id, _ in plan.publish.values()]
    assert len(ids) == len(set(ids))
    counted = {Status.OK, Status.WARNINGS, Status.ERRORS, Status.DUPLICATE, Status.REFUSED}
    counted |= {Status.CONFLICT}
    assert all(v.status in counted for v in plan.verdicts.values())
    owners = {key for _, key in plan.publish.values()}
    for key, verdict in plan.verdicts.items():
        if verdict.status in {Status.OK, Status.WARNINGS, Status.ERRORS}:
            assert key in owners


@given(inputs(), st.randoms(use_true_random=False))
def test_order_of_inputs_does_not_matter(rows: list[Live], chance: random.Random) -> None:
    shuffled = list(rows)
    chance.shuffle(shuffled)
    first, second = run(rows, []), run(shuffled, [])
    assert first.publish == second.publish
    assert {k: (v.status, v.record_id) for k, v in first.verdicts.items()} == {
        k: (v.status, v.record_id) for k, v in second.verdicts.items()
    }


@given(inputs())
def test_a_second_resolution_changes_nothing(rows: list[Live]) -> None:
    plan = run(rows, [])
    again = run(rows, published_after(plan, rows, []))
    assert again.publish == plan.publish


@given(inputs(), inputs())
def test_published_ids_stay_with_their_leaders(first: list[Live], extra: list[Live]) -> None:
    plan = run(first, [])
    before = published_after(plan, first, [])
    newcomers = [
        Live(f"n{r.key}", r.path, r.root, True, r.outcome, r.identity, r.content) for r in extra
    ]
    later = run([*first, *newcomers], before)
    for p in before:
        if p.identity in later.publish:
            assert later.publish[p.identity][0] == p.id
