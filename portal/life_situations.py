"""Life situations: how an inwoner enters the public pages ("Ik zoek werk", "Ik heb geldzorgen").

Each situation is defined by the code lists of the format only, so it needs no upkeep per
gemeente: an instrument for job seekers (IT01) belongs to a situation when any of the
situation's codes is on it. One instrument may fit several situations. Employer services
(IT02) have their own public section and are never listed here.

The texts are for inwoners (taalniveau B1): "je", short sentences, no "klant".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _

from portal.models import Instrument


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per situation
class LifeSituation:
    slug: str
    title: str  # as the inwoner says it (translatable: a lazy string)
    intro: str  # one plain sentence under the heading
    codes: dict[str, frozenset[str]] = field(default_factory=dict)  # list field → any of these codes
    implementation: frozenset[str] = frozenset()  # single-valued field: any of these
    ladder_to_at_most: int | None = None  # aims at a rung at or below this (meedoen, not a job)

    def fits(self, instrument: Instrument) -> bool:
        if instrument.instrument_type != "IT01":
            return False
        if instrument.implementation in self.implementation:
            return True
        if self.ladder_to_at_most is not None and instrument.ladder_to is not None:
            if instrument.ladder_to <= self.ladder_to_at_most:
                return True
        return any(set(instrument.codes_of(list_name)) & codes for list_name, codes in self.codes.items())


def _codes(**lists: str) -> dict[str, frozenset[str]]:
    return {name: frozenset(value.split()) for name, value in lists.items()}


SITUATIONS: tuple[LifeSituation, ...] = (
    LifeSituation(
        "werk",
        _("Ik zoek werk"),
        _("Hulp bij het vinden van een baan: solliciteren, een werkplek, begeleiding op je werk."),
        _codes(tiles="EW05 EW07 EW08 EW09", client_characteristics="KK06 KK08 KK10 KK11"),
    ),
    LifeSituation(
        "nederlands",
        _("Ik wil Nederlands leren"),
        _("Taallessen, oefenen met praten en hulp bij lezen en schrijven."),
        _codes(target_groups="ED05 ED06 ED09", legal_basis="wet_inburgering_2021"),
        implementation=frozenset({"UV09"}),
    ),
    LifeSituation(
        "geldzorgen",
        _("Ik heb geldzorgen"),
        _("Hulp als je schulden hebt of moeilijk rondkomt."),
        _codes(legal_basis="wet_gemeentelijke_schuldhulpverlening"),
    ),
    LifeSituation(
        "meedoen",
        _("Ik wil meedoen"),
        _("Vrijwilligerswerk, mensen ontmoeten en iets doen dat bij je past."),
        _codes(tiles="EW03", client_characteristics="KK14"),
        implementation=frozenset({"UV04"}),
        ladder_to_at_most=4,
    ),
    LifeSituation(
        "leren",
        _("Ik wil iets leren of een diploma halen"),
        _("Een cursus, een opleiding of leren terwijl je werkt."),
        _codes(tiles="EW06", client_characteristics="KK09"),
        implementation=frozenset({"UV01", "UV02", "UV03"}),
    ),
    LifeSituation(
        "beperking",
        _("Ik heb een beperking of ziekte"),
        _("Werk en begeleiding die rekening houden met wat je kunt."),
        _codes(target_groups="ED03 ED04 ED12", client_characteristics="KK01 KK02", legal_basis="wajong wia wsw"),
    ),
    LifeSituation(
        "jongeren",
        _("Ik ben jonger dan 27"),
        _("Hulp bij school, werk en een plan voor later."),
        _codes(target_groups="ED01", age_groups="LG01 LG02 LG03"),
    ),
    LifeSituation(
        "vijftigplus",
        _("Ik ben 50 jaar of ouder"),
        _("Hulp bij werk vinden als je wat ouder bent."),
        _codes(target_groups="ED02", age_groups="LG05"),
    ),
    LifeSituation(
        "ondernemer",
        _("Ik heb een eigen bedrijf"),
        _("Hulp als je zelfstandig ondernemer bent en het moeilijk hebt."),
        _codes(target_groups="ED07 ED10", benefit_situations="DD06 DD07"),
    ),
)
BY_SLUG = {situation.slug: situation for situation in SITUATIONS}


def grouped(instruments: list[Instrument]) -> list[tuple[LifeSituation | None, list[Instrument]]]:
    """The instruments per situation (in the order above), then the ones that fit none
    (``None``). Situations without instruments are left out; employer services too."""
    groups: list[tuple[LifeSituation | None, list[Instrument]]] = []
    placed: set = set()
    for situation in SITUATIONS:
        fitting = [i for i in instruments if situation.fits(i)]
        placed.update(i.id for i in fitting)
        if fitting:
            groups.append((situation, fitting))
    rest = [i for i in instruments if i.id not in placed and i.instrument_type == "IT01"]
    if rest:
        groups.append((None, rest))
    return groups
