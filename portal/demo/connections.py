"""What the demo shows of issue 8: a "Simpel Switchen" route in Rivierenland between
dagbesteding, beschut werk, werken met loonkostensubsidie and regular work; ratings by the
two demo professionals; and an example shortlist of the werkcoach in Tiel. Everything
fictitious, nothing about any inwoner. Added only where missing, like the instruments."""

from __future__ import annotations

from sqlalchemy import select

from portal.actions.feedback import feedback_of, feedback_save
from portal.actions.routes import route_create
from portal.actions.shortlists import shortlist_create, shortlists_of, step_add, step_note
from portal.extensions import db
from portal.models import Instrument, InstrumentRoute, User

DAGBESTEDING = ("GM0281", "Arbeidsmatige dagbesteding kringloopwinkel")
BESCHUT = ("werkzaak-rivierenland", "Beschut werk bij een reguliere werkgever")
LKS = ("werkzaak-rivierenland", "Werken met loonkostensubsidie")
JOBCOACH = ("AM10", "Jobcoaching bij plaatsing")
PARTICIPATIEPLAATS = ("werkzaak-rivierenland", "Participatieplaats")
TAALMAATJE = ("GM0281", "Taalmaatje")
WERKFIT = ("werkzaak-rivierenland", "Werkfit-traject")

ROUTES = [
    (
        DAGBESTEDING,
        BESCHUT,
        "next",
        "De consulent vraagt een indicatie beschut werk aan; UWV adviseert, de gemeente besluit. "
        "Een proefperiode bij de werkgever kan in de dagbesteding beginnen.",
        "Van bijstand naar loon: een dienstverband met cao-loon. Valt het werk weg, dan herleeft "
        "de bijstand zonder nieuwe wachttijd.",
    ),
    (
        BESCHUT,
        LKS,
        "next",
        "Loonwaardemeting op de werkplek; de werkgever vraagt de loonkostensubsidie aan bij Werkzaak.",
        "Het loon blijft; de werkgever krijgt subsidie voor het verschil tussen loonwaarde en loon.",
    ),
    (
        LKS,
        JOBCOACH,
        "next",
        "Jobcoaching aanvragen zodra de plaatsing vaststaat; de jobcoach begint in de eerste week.",
        "Geen verandering in het inkomen.",
    ),
    (
        LKS,
        BESCHUT,
        "back",
        "Als werken zonder aangepaste omgeving (nog) niet lukt: nieuwe indicatie beschut werk.",
        "Het dienstverband en het loon blijven zoveel mogelijk gelijk.",
    ),
    (
        BESCHUT,
        DAGBESTEDING,
        "back",
        "Als werk te zwaar blijkt: terug naar dagbesteding via de Wmo-consulent, zonder nieuwe aanvraag.",
        "Het dienstverband stopt; de bijstand herleeft (Simpel Switchen).",
    ),
    (DAGBESTEDING, PARTICIPATIEPLAATS, "alternative", "Aanmelden via de werkcoach van Werkzaak.", ""),
]

RATINGS = [
    (
        "klantmanager.utrecht@demo.example.nl",
        LKS,
        {"general": 4, "result": 4, "execution": 3},
        "Goede afspraken met werkgevers; de loonwaardemeting duurde bij ons soms zes weken.",
    ),
    (
        "werkcoach.tiel@demo.example.nl",
        LKS,
        {"general": 5, "result": 4, "execution": 4},
        "Korte lijnen met het werkgeversservicepunt; plaatsingen houden langer stand met jobcoaching erbij.",
    ),
    ("werkcoach.tiel@demo.example.nl", DAGBESTEDING, {"general": 3, "result": 3, "execution": 4}, ""),
]

SHORTLIST_OWNER = "werkcoach.tiel@demo.example.nl"
SHORTLIST_NAME = "Voorbeeld: taal, werkritme en dan werk"
SHORTLIST_STEPS = [
    (TAALMAATJE, "Eerst de taal: elke week een uur met een taalmaatje."),
    (WERKFIT, "Daarna werkritme opbouwen, drie dagdelen per week."),
    (LKS, "Als het werkritme er is: samen zoeken naar een werkgever."),
]


def _instrument(key: tuple[str, str]) -> Instrument | None:
    from portal.demo.loader import demo_id

    return db.session.get(Instrument, demo_id({"owner": key[0], "name": key[1]}))


def _user(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email))


def add_connections() -> int:
    """Add the demo's routes, ratings and shortlist where missing; the number added."""
    added = 0
    for source_key, target_key, kind, procedure, income in ROUTES:
        source, target = _instrument(source_key), _instrument(target_key)
        if source is None or target is None:
            continue
        exists = db.session.scalar(
            select(InstrumentRoute.id).where(
                InstrumentRoute.from_id == source.id, InstrumentRoute.to_id == target.id, InstrumentRoute.kind == kind
            )
        )
        if exists is None:
            route_create(None, source, target, kind, procedure, income)
            added += 1
    for email, key, scores, explanation in RATINGS:
        user, instrument = _user(email), _instrument(key)
        if user is not None and instrument is not None and feedback_of(user, instrument) is None:
            feedback_save(user, instrument, scores, explanation)
            added += 1
    owner = _user(SHORTLIST_OWNER)
    if owner is not None and not any(s.name == SHORTLIST_NAME for s in shortlists_of(owner)):
        shortlist = shortlist_create(owner, SHORTLIST_NAME, "GM0281")
        for key, note in SHORTLIST_STEPS:
            instrument = _instrument(key)
            if instrument is not None:
                step = step_add(owner, shortlist, instrument)
                step_note(owner, shortlist, step.id, note)
        added += 1
    return added
