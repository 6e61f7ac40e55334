"""Harmonisation candidates: instruments of different organisations that are probably the
same kind of thing.

1. Published instruments are put in buckets by what they are: type, fase (tiles) and
   doelgroepen, exactly. Only instruments in one bucket can be candidates.
2. Within a bucket, every pair of different organisations is compared on the words of name
   and summary (folded, Dutch stems, without stopwords): weighted Jaccard, where a word
   weighs by how rare it is in the whole portal (a shared "loonkostensubsidie" says more
   than a shared "werk").
3. Pairs at or above ``THRESHOLD`` are joined (union-find) into groups; a group's score is
   the mean similarity of the pairs that joined it.

``compute_and_store()`` replaces the stored result; pages read the stored groups.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from sqlalchemy import delete, select

from portal.extensions import db
from portal.models import CandidateGroup, CandidateMember, Instrument, InstrumentCode
from portal.timeutil import today, utcnow
from search.analysis import STOPWORDS, stem, tokens
from tenants.areas import published_clause

THRESHOLD = 0.45
MAX_BUCKET = 2000  # larger buckets (very generic instruments) are compared in slices of this size


def _words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in tokens(text) if w not in STOPWORDS and len(w) > 2 and not w.isdigit())


class _Groups:
    """Union-find over instrument ids."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, item):
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def compute() -> list[tuple[float, str, str, list]]:
    """[(score, tiles, target groups, [instrument ids])], best first."""
    on = today()
    rows = (
        db.session.connection()
        .execute(
            select(
                Instrument.id, Instrument.owner_id, Instrument.instrument_type, Instrument.name, Instrument.summary
            ).where(published_clause(on))
        )
        .all()
    )
    codes: dict = defaultdict(lambda: {"tiles": set(), "target_groups": set()})
    code_rows = db.session.connection().execute(
        select(InstrumentCode.instrument_id, InstrumentCode.list_name, InstrumentCode.code).where(
            InstrumentCode.list_name.in_(("tiles", "target_groups"))
        )
    )
    for instrument_id, list_name, code in code_rows:
        codes[instrument_id][list_name].add(code)

    words = {row.id: _words(f"{row.name} {row.summary}") for row in rows}
    frequency = Counter(word for found in words.values() for word in found)
    total = max(len(rows), 1)
    weight = {word: math.log(total / count) + 1.0 for word, count in frequency.items()}

    buckets: dict[tuple, list] = defaultdict(list)
    for row in rows:
        tiles, targets = codes[row.id]["tiles"], codes[row.id]["target_groups"]
        buckets[(row.instrument_type, frozenset(tiles), frozenset(targets))].append(row)

    groups = _Groups()
    pair_scores: dict = defaultdict(list)
    for members in buckets.values():
        if len({m.owner_id for m in members}) < 2:
            continue
        for start in range(0, len(members), MAX_BUCKET):
            part = members[start : start + MAX_BUCKET]
            weighted = [(m, words[m.id], sum(weight[w] for w in words[m.id])) for m in part]
            for i, (a, words_a, mass_a) in enumerate(weighted):
                if not mass_a:
                    continue
                for b, words_b, mass_b in weighted[i + 1 :]:
                    if a.owner_id == b.owner_id or not mass_b:
                        continue
                    shared = words_a & words_b
                    if not shared:
                        continue
                    common = sum(weight[w] for w in shared)
                    similarity = common / (mass_a + mass_b - common)
                    if similarity >= THRESHOLD:
                        groups.join(a.id, b.id)
                        pair_scores[(a.id, b.id)].append(similarity)

    members_of: dict = defaultdict(set)
    for a, b in pair_scores:
        root = groups.find(a)
        members_of[root].update((a, b))
    scores_of: dict = defaultdict(list)
    for (a, _b), values in pair_scores.items():
        scores_of[groups.find(a)].extend(values)
    signature = {row.id: (codes[row.id]["tiles"], codes[row.id]["target_groups"]) for row in rows}
    result = []
    for root, ids in members_of.items():
        tiles, targets = signature[next(iter(ids))]
        score = sum(scores_of[root]) / len(scores_of[root])
        result.append((round(score, 3), ";".join(sorted(tiles)), ";".join(sorted(targets)), sorted(ids, key=str)))
    result.sort(key=lambda item: (-item[0], -len(item[3]), item[1]))
    return result


def compute_and_store() -> int:
    """Replace the stored candidate groups; returns how many groups there are now."""
    found = compute()
    db.session.execute(delete(CandidateMember))
    db.session.execute(delete(CandidateGroup))
    now = utcnow()
    for score, tiles, targets, ids in found:
        group = CandidateGroup(
            computed_at=now, score=score, size=len(ids), tiles=tiles[:200], target_groups=targets[:200]
        )
        group.members = [CandidateMember(instrument_id=i) for i in ids]
        db.session.add(group)
    db.session.flush()
    return len(found)


def stored_groups(limit: int = 100, offset: int = 0) -> list[CandidateGroup]:
    query = select(CandidateGroup).order_by(CandidateGroup.score.desc(), CandidateGroup.size.desc(), CandidateGroup.id)
    return list(db.session.scalars(query.limit(limit).offset(offset)))
