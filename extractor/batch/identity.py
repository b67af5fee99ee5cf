"""Which record each leader is published as, and what became of each input: a pure function.

Given every live input (what its page gave when it was last read) and what is published now,
decide the published set and each input's verdict. Rules, in order:

* Inputs about the same leader (same name slug and company slug: the *identity*) with the same
  content are one record; the others are ``duplicate``. The input that already publishes it
  keeps it (so a new copy never takes a record over); otherwise the first key does.
* Same identity, different content, two inputs: a ``conflict`` (an error for the editor), and
  the last published version stays published until the cause is gone.
* An input that no longer gives a record (refused, or it failed) keeps its last good record
  published; an input whose leader changed name publishes the new one and unpublishes the old.
* A key gone from a folder this run walked whole is ``removed`` and its record unpublished,
  unless another input now gives the same leader (a rename): then the record moves to it.
* Different people who share a name get distinct ids: an id once published stays with its
  leader; new namesakes are told apart by company (``sarah-chen-acme``), with a warning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from extractor.base.findings import Finding
from extractor.check.policy import Policy
from extractor.record.folder import Status, status_of

_GIVES_RECORD = (Status.OK, Status.WARNINGS, Status.ERRORS)


@dataclass(frozen=True, slots=True)
class Live:
    """An input as resolution needs it."""

    key: str
    path: str  # as it was read: findings about the input name it, like the page's own findings
    root: str
    seen: bool  # read (or found unchanged) in this run
    outcome: Status
    identity: str | None
    content: str | None


@dataclass(frozen=True, slots=True)
class Published:
    id: str
    identity: str
    input_key: str
    content: str


@dataclass(slots=True)
class Verdict:
    status: Status
    record_id: str | None = None
    change: str | None = None
    other: str | None = None
    notes: list[Finding] = field(default_factory=list)


@dataclass
class Plan:
    """identity → (id, owner key) for every record published after the run, and verdicts.
    ``kept`` are identities whose published version stands as it is, whatever their input
    gives now (it is in conflict, or failed)."""

    publish: dict[str, tuple[str, str]]
    verdicts: dict[str, Verdict]
    kept: set[str]


def resolve(
    inputs: Iterable[Live],
    published: Iterable[Published],
    *,
    scanned: set[str],
    keep_missing: bool,
    policy: Policy,
    retired: Callable[[], dict[str, str]] | None = None,
    same_bytes: Callable[[list[str]], dict[str, str]] | None = None,
) -> Plan:
    """``retired``: identity → id of every record unpublished since (asked only when a leader
    is new): a returning leader gets its id back, and no other leader takes it.
    ``same_bytes``: for keys gone, the key each one's very bytes were read under this run
    (asked only for gone inputs that published nothing: a duplicate renamed)."""
    rows = {row.key: row for row in inputs}
    before = {p.identity: p for p in published}
    removed = {
        k for k, row in rows.items() if not row.seen and row.root in scanned and not keep_missing
    }
    live = {k: row for k, row in rows.items() if k not in removed}
    verdicts: dict[str, Verdict] = {}
    owners, conflicts = _owners(live, before, verdicts, policy)
    kept = _kept(live, before, owners)
    owners.update(kept)
    reserved: dict[str, str] = {}
    ids = _allocate(owners, before, retired, reserved)
    publish = {identity: (ids[identity], key) for identity, key in owners.items()}
    for members in conflicts:
        _conflict(members, publish.get(members[0].identity or ""), verdicts, policy)
    _finish(live, before, publish, verdicts, policy, reserved)
    _duplicates_unpublishing(live, before, publish, verdicts, policy)
    if keep_missing:
        missing = [k for k, row in live.items() if not row.seen and row.root in scanned]
        _kept_missing(missing, live, verdicts, policy)
    _not_named(
        [k for k, row in live.items() if not row.seen and row.root not in scanned],
        live,
        verdicts,
        policy,
        scanned,
    )
    _removed({k: rows[k].path for k in removed}, before, publish, verdicts, policy, same_bytes)
    return Plan(publish, verdicts, set(kept))


def _owners(
    live: dict[str, Live],
    before: dict[str, Published],
    verdicts: dict[str, Verdict],
    policy: Policy,
) -> tuple[dict[str, str], list[list[Live]]]:
    """identity → the input that publishes it, duplicates' verdicts, and groups in conflict."""
    groups: dict[str, list[Live]] = defaultdict(list)
    for row in live.values():
        if row.outcome in _GIVES_RECORD and row.identity:
            groups[row.identity].append(row)
    owners: dict[str, str] = {}
    conflicts = []
    publishing = {p.input_key for p in before.values()}
    for identity, members in sorted(groups.items()):
        members.sort(key=lambda r: r.key)
        if len({r.content for r in members}) > 1:
            conflicts.append(members)
            continue
        previous = before.get(identity)
        keys = [r.key for r in members]
        # A new identity (an editor corrected the company) stays with the input that published
        # the leader, not a copy of it whose key sorts first: its id goes on with it.
        owner = (
            previous.input_key
            if previous and previous.input_key in keys
            else next((k for k in keys if k in publishing), keys[0])
        )
        owners[identity] = owner
        for key in keys:
            if key != owner:
                message = f"same leader and content as {owner}; that input's record is kept"
                if live[key].path == live[owner].path:  # one file, keyed from two folders
                    message = (
                        f"the same file as {owner}, its key since a run that named "
                        f"{live[owner].root}; that input's record is kept (name the same "
                        "folder in each run)"
                    )
                verdicts[key] = Verdict(
                    Status.DUPLICATE,
                    other=owner,
                    notes=_note(policy, "input-duplicate", message, live[key].path),
                )
    return owners, conflicts


def _duplicates_unpublishing(
    live: dict[str, Live],
    before: dict[str, Published],
    publish: dict[str, tuple[str, str]],
    verdicts: dict[str, Verdict],
    policy: Policy,
) -> None:
    """A page that published a leader and is now a copy of another's (overwritten with it):
    its leader is unpublished, which its duplicate note says (it said only that the other
    input's record is kept, and the leader went with no word of it)."""
    for previous in before.values():
        verdict = verdicts.get(previous.input_key)
        if (
            previous.identity in publish
            or previous.input_key not in live
            or verdict is None
            or verdict.status is not Status.DUPLICATE
        ):
            continue
        gone = f"; its own record {previous.id} is unpublished (kept in the folder's history)"
        verdict.notes = [
            _note(policy, f.code, f.message + gone, f.file or "")[0]
            if f.code == "input-duplicate"
            else f
            for f in verdict.notes
        ]


def _conflict(
    members: list[Live], kept: tuple[str, str] | None, verdicts: dict[str, Verdict], policy: Policy
) -> None:
    """Same leader, other content: an error on each input; the last good version stands."""
    outcome = (
        f"the last good version ({kept[0]}, from {kept[1]}) stays published"
        if kept
        else "nothing is published for this leader until it is resolved"
    )
    for row in members:
        others = ", ".join(r.key for r in members if r.key != row.key)
        message = (
            f"same leader (name and company) as {others}, but other content; make them agree "
            f"or remove one: {outcome}"
        )
        verdicts[row.key] = Verdict(
            Status.CONFLICT,
            record_id=kept[0] if kept else None,
            notes=_note(policy, "id-duplicate", message, row.path, "id"),
        )


def _kept(
    live: dict[str, Live], before: dict[str, Published], owners: dict[str, str]
) -> dict[str, str]:
    """Published records that stay as they are: their input is in conflict, failed this time,
    or was not read this run (another folder, or ``--keep-missing``). A record is unpublished
    only when its input is removed or now gives another leader."""
    kept = {}
    for identity, previous in before.items():
        row = live.get(previous.input_key)
        if identity in owners or row is None:
            continue
        if row.identity == identity or row.outcome not in _GIVES_RECORD:
            kept[identity] = previous.input_key
    return kept


def _allocate(
    owners: dict[str, str],
    before: dict[str, Published],
    retired: Callable[[], dict[str, str]] | None = None,
    reserved: dict[str, str] | None = None,
) -> dict[str, str]:
    """Ids: a published leader keeps its id, and one published before gets it back; a new one
    gets its name's slug when no one else published bears that name (nor bore it: an id once
    published stays with its leader), else the slug plus its company's (or a number).
    ``reserved`` gets each new leader told apart only because its name's slug is kept for a
    leader published before (identity → that slug): said in its verdict, as a namesake's is."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    kept_for_others: set[str] = set()  # slugs of leaders gone, kept for their return
    for identity in sorted(owners):
        previous = before.get(identity)
        if previous is not None:
            ids[identity] = previous.id
            taken.add(previous.id)
    if len(ids) < len(owners):
        gone = {**(retired() if retired else {}), **_leaving(owners, before, ids, taken)}
        gone = {identity: rid for identity, rid in gone.items() if rid not in taken}
        for identity in sorted(owners):
            if identity not in ids and identity in gone:
                ids[identity] = gone[identity]
        taken.update(gone.values())
        kept_for_others = set(gone.values()) - set(ids.values())
    namesakes: dict[str, int] = defaultdict(int)
    for identity in owners:
        namesakes[_base(identity)] += 1
    for identity in sorted(owners):
        if identity in ids:
            continue
        base, company = _base(identity), _company(identity)
        if namesakes[base] == 1 and base not in taken:
            chosen = base
        else:
            if namesakes[base] == 1 and base in kept_for_others and reserved is not None:
                reserved[identity] = base
            stem = f"{base}-{company}" if company else base
            chosen = stem if stem not in taken else _numbered(stem, taken)
        ids[identity] = chosen
        taken.add(chosen)
    return ids


def _leaving(
    owners: dict[str, str], before: dict[str, Published], ids: dict[str, str], taken: set[str]
) -> dict[str, str]:
    """Identity → id of the published leaders this run unpublishes: kept for them. Except
    where their page now gives the same name at another company (an editor corrected it): the
    same leader, whose id it keeps (added to ``ids`` and ``taken``)."""
    page_of = {key: identity for identity, key in owners.items()}
    leaving: dict[str, str] = {}
    for identity, published in sorted(before.items()):
        if identity in owners:
            continue
        now = page_of.get(published.input_key)
        if now is not None and now not in ids and _base(now) == _base(identity):
            ids[now] = published.id
            taken.add(published.id)
        else:
            leaving[identity] = published.id
    return leaving


def _numbered(stem: str, taken: set[str]) -> str:
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


def _base(identity: str) -> str:
    return identity.split("\x00", 1)[0]


def _company(identity: str) -> str:
    return identity.split("\x00", 1)[1] if "\x00" in identity else ""


def _finish(  # noqa: PLR0917 - one call
    live: dict[str, Live],
    before: dict[str, Published],
    publish: dict[str, tuple[str, str]],
    verdicts: dict[str, Verdict],
    policy: Policy,
    reserved: dict[str, str],
) -> None:
    """Verdicts for owners (new, changed, unchanged, moved), refusals and namesakes: live ones,
    and (``reserved``, see ``_allocate``) one published before whose id is kept for her."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for identity, (record_id, _) in publish.items():
        by_base[_base(identity)].append(record_id)
    owned = {key: identity for identity, (_, key) in publish.items()}
    was = {p.input_key: p for p in before.values()}
    for key, row in sorted(live.items()):
        if key in verdicts:
            continue
        owned_identity = owned.get(key)
        if owned_identity is None or row.outcome not in _GIVES_RECORD:
            kept = publish[owned_identity][0] if owned_identity else None
            verdicts[key] = Verdict(row.outcome, record_id=kept)
            continue
        identity = owned_identity
        record_id = publish[identity][0]
        verdict = Verdict(row.outcome, record_id=record_id)
        _change(verdict, before.get(identity) or _same_id(was.get(key), record_id), key, row)
        others = sorted(i for i in by_base[_base(identity)] if i != record_id)
        namesake = _namesake(others, reserved.get(identity), record_id)
        if namesake:
            verdict.notes = _note(policy, "id-namesake", namesake, row.path, "id")
            verdict.status = _worst(verdict.status, status_of(verdict.notes))
        verdicts[key] = verdict
    for verdict in verdicts.values():
        if verdict.status is Status.DUPLICATE and verdict.other in owned:
            verdict.record_id = publish[owned[verdict.other]][0]


def _namesake(others: list[str], kept: str | None, record_id: str) -> str:
    """Why ``record_id`` is told apart by company ("" where it is not): the ids of the other
    leaders of its name published now, else the id ``kept`` for one published before."""
    if others:
        return (
            f"another leader has the same name ({', '.join(others)}); this one is "
            f"published as {record_id}, told apart by its company"
        )
    if kept:
        return (
            f"the id {kept} is kept for another leader of the same name, published before "
            f"and unpublished since; this one is published as {record_id}, told apart by its "
            "company"
        )
    return ""


def _same_id(previous: Published | None, record_id: str) -> Published | None:
    """The record this input published before under the same id, though its leader's identity
    changed (a company edited): an update of that record, not a new one."""
    return previous if previous is not None and previous.id == record_id else None


def _worst(a: Status, b: Status) -> Status:
    order = (Status.OK, Status.WARNINGS, Status.ERRORS)
    return max(a, b, key=order.index)


def _change(verdict: Verdict, previous: Published | None, key: str, row: Live) -> None:
    if previous is None:
        verdict.change = "new"
    elif previous.content != row.content:
        verdict.change = "changed"
    else:
        verdict.change = "unchanged"
    if previous is not None and previous.input_key != key:
        verdict.other = previous.input_key  # the record moved here (a rename, or a twin)


def _removed(  # noqa: PLR0917 - one call
    removed: dict[str, str],
    before: dict[str, Published],
    publish: dict[str, tuple[str, str]],
    verdicts: dict[str, Verdict],
    policy: Policy,
    same_bytes: Callable[[list[str]], dict[str, str]] | None = None,
) -> None:
    """Verdicts for the keys gone: ``other`` names where their page went, when it went on: the
    input its record is now published from (a rename, or a twin took over), or, for a page
    that published nothing itself (a duplicate), the input now read with its very bytes."""
    owned_before = {p.input_key: p for p in before.values()}
    bare = [key for key in sorted(removed) if key not in owned_before]
    renamed = same_bytes(bare) if bare and same_bytes is not None else {}
    for key in sorted(removed):
        previous = owned_before.get(key)
        message = "no longer in its folder"
        verdict = Verdict(Status.REMOVED)
        if previous is not None:
            verdict.record_id = previous.id
            now = publish.get(previous.identity)
            message += (
                f"; {previous.id} is now published from {now[1]}"
                if now
                else f"; {previous.id} is unpublished (kept in the folder's history)"
            )
            if now:
                verdict.other = now[1]  # renamed (or a twin took over): its record goes on
        elif key in renamed:
            verdict.other = renamed[key]
            message += f"; the same page (same bytes) is now {verdict.other}: renamed"
        verdict.notes = _note(policy, "input-removed", message, removed[key])
        verdicts[key] = verdict


def _kept_missing(
    missing: list[str], live: dict[str, Live], verdicts: dict[str, Verdict], policy: Policy
) -> None:
    """Inputs ``--keep-missing`` kept though their folder was walked without them: said in
    the report, which would otherwise list them as read and unchanged."""
    for key in sorted(missing):
        verdict = verdicts.get(key)
        if verdict is None:
            continue
        message = "no longer in its folder; kept as it was (--keep-missing)"
        verdict.notes = [*verdict.notes, *_note(policy, "input-kept", message, live[key].path)]


def _not_named(
    keys: list[str],
    live: dict[str, Live],
    verdicts: dict[str, Verdict],
    policy: Policy,
    scanned: set[str],
) -> None:
    """Inputs of an earlier run that this run did not meet, in folders it did not walk whole
    (not given, given as a file or glob that did not reach them, or not all readable): kept
    as they were, said in the report, which would otherwise list them as if read this run.
    The note goes once a run meets them again. A key's folder may lie inside one this run
    walked (``ingest in/sub``, then ``ingest in``): its pages were read, under keys of the
    outer folder, so the note says that rather than that the folder was not walked."""
    for key in sorted(keys):
        verdict = verdicts.get(key)
        if verdict is None:
            continue
        root = live[key].root
        kept = f"; its record {verdict.record_id} stays published" if verdict.record_id else ""
        outer = _holding(root, scanned)
        why = (
            f"keyed from {root}, which this run walked as part of {outer} (its pages there "
            "have keys of that folder)"
            if outer
            else f"its folder {root} was not walked whole (not named, named by a file or "
            "glob, or not all readable)"
        )
        message = (
            f"not among this run's inputs: {why}; kept as it was last read{kept}: name "
            f"{root} again to update it"
        )
        verdict.notes = [*verdict.notes, *_note(policy, "input-not-named", message, live[key].path)]


def _holding(root: str, scanned: set[str]) -> str | None:
    """The folder walked whole this run that holds ``root`` (both resolved paths), if any."""
    inner = PurePath(root)
    return next((s for s in sorted(scanned) if inner.is_relative_to(PurePath(s))), None)


def _note(
    policy: Policy, code: str, message: str, path: str, field_name: str | None = None
) -> list[Finding]:
    """A finding of the run about one input, through the config's policy (possibly dropped)."""
    return policy.apply([Finding(policy.severity(code), code, message, None, field_name, path)])
