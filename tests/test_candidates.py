"""Harmonisation candidates: same kind of thing in different organisations, stored by a command."""

from __future__ import annotations

from sqlalchemy import func, select

from portal.comparisons.candidates import compute, compute_and_store, stored_groups
from portal.extensions import db
from portal.models import CandidateGroup
from tests import factories as f

JOBCOACH = "Een jobcoach begeleidt de nieuwe werknemer op de werkplek en ondersteunt de werkgever bij inwerken."


def jobcoaching(org, name, summary=JOBCOACH, **more):
    return f.instrument(org, name=name, summary=summary, tiles=["EW08"], target_groups=["ED04"], **more)


def test_similar_instruments_of_different_organisations_are_grouped(ctx):
    tiel, culemborg, utrecht = (f.organisation(c) for c in ("GM0281", "GM0216", "GM0344"))
    a = jobcoaching(tiel, "Jobcoaching op de werkvloer")
    b = jobcoaching(culemborg, "Jobcoaching bij de werkgever")
    c = jobcoaching(utrecht, "Jobcoach voor werknemers", summary="Jobcoach begeleidt de werknemer op de werkplek.")
    jobcoaching(tiel, "Jobcoaching op de werkvloer (kopie)")  # same owner: joins only through others
    other_targets = f.instrument(
        utrecht, name="Jobcoaching jongeren", summary=JOBCOACH, tiles=["EW08"], target_groups=["ED01"]
    )
    unrelated = jobcoaching(
        utrecht, "Taalcafé", summary="Praten in het Nederlands met vrijwilligers in de bibliotheek."
    )
    f.instrument(
        tiel, name="Concept jobcoaching", summary=JOBCOACH, tiles=["EW08"], target_groups=["ED04"], publish=False
    )
    db.session.flush()

    groups = compute()
    grouped = [set(ids) for _score, _tiles, _targets, ids in groups]
    together = next(g for g in grouped if a.id in g)
    assert {a.id, b.id, c.id} <= together
    assert other_targets.id not in together and unrelated.id not in together
    score, tiles, targets, _ids = next(x for x in groups if a.id in x[3])
    assert 0.45 <= score <= 1 and tiles == "EW08" and targets == "ED04"


def test_the_command_stores_and_the_page_reads_the_stored_result(ctx):
    tiel, culemborg = f.organisation("GM0281"), f.organisation("GM0216")
    jobcoaching(tiel, "Jobcoaching op de werkvloer")
    jobcoaching(culemborg, "Jobcoaching bij de werkgever")
    db.session.commit()
    result = ctx.test_cli_runner().invoke(args=["instrumentengids", "compare", "candidates"])
    assert result.exit_code == 0 and "1 groepen kandidaten bewaard" in result.output, result.output
    assert db.session.scalar(select(func.count()).select_from(CandidateGroup)) == 1
    assert compute_and_store() == 1  # replaces, does not add
    assert db.session.scalar(select(func.count()).select_from(CandidateGroup)) == 1

    client = ctx.test_client()
    user = f.user(f.organisation("AM10"), "werkgroeplid")
    db.session.commit()
    client.post("/inloggen", data={"email": user.email, "password": "correct horse battery"})
    page = client.get("/vergelijken/kandidaten").get_data(as_text=True)
    group = stored_groups()[0]
    assert f"Kandidaatgroep {group.id}" in page
    assert "Jobcoaching op de werkvloer" in page and "Jobcoaching bij de werkgever" in page
    assert "Naast elkaar zetten" in page
