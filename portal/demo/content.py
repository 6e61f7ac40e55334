"""Demo-inhoud voor de Gedeelde Instrumentengids.

This module produces a fixed, fictitious set of labour-market instruments in the
instrument format of ``shared/FORMAT.md`` (versie 1), so that a fresh portal has
something realistic to search, filter, compare and show to inwoners.

``demo_instruments()`` returns a list of plain dicts:

* keys are exactly the instrument keys of FORMAT.md (English snake_case), plus
  ``owner`` (an organisation code) and ``status`` (``published`` or ``draft``);
  ``id``, ``version`` and ``adopted_from`` are left to the portal;
* dates are ``YYYY-MM-DD`` strings, decimals are strings with two decimals, codes
  are the codes of the FORMAT.md code lists;
* optional keys are omitted instead of being ``None`` or empty;
* every record says in ``additional_information`` that it is demo content.

The records are built from hand-written building blocks per theme (about sixty
themes such as loonkostensubsidie, taalcafé, werkervaringsplek, beschut werk,
schuldhulp, no-riskpolis) combined with owner-specific details (local names,
providers, addresses, contact persons).  Everything comes from one
``random.Random`` with a fixed seed, so the output is identical on every run.

All people, e-mail addresses, phone numbers, KvK numbers, addresses and
providers are fictitious.  Web addresses use example.nl / example.org, except the
public UWV home page.

The module uses the standard library only and imports nothing from the project,
so it can be loaded by a seed command, a test or a one-off script alike.  Run it
directly (``python3 portal/demo/content.py``) for counts and a self-check of the
rules the validator applies.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
import zlib

from portal.schemas.layout import FORMAT_ORDER

SEED = 20250611
DEMO_NOTICE = "Demo-inhoud: dit is een fictief voorbeeld."

# ---------------------------------------------------------------------------
# Areas (CBS codes, see shared/reference/gemeenten.csv)
# ---------------------------------------------------------------------------

GEMEENTE_NAMES = {
    "GM0214": "Buren",
    "GM0216": "Culemborg",
    "GM0263": "Maasdriel",
    "GM0281": "Tiel",
    "GM0297": "Zaltbommel",
    "GM0668": "West Maas en Waal",
    "GM1740": "Neder-Betuwe",
    "GM1960": "West Betuwe",
    "GM0310": "De Bilt",
    "GM0312": "Bunnik",
    "GM0321": "Houten",
    "GM0331": "Lopik",
    "GM0335": "Montfoort",
    "GM0344": "Utrecht",
    "GM0352": "Wijk bij Duurstede",
    "GM0353": "IJsselstein",
    "GM0355": "Zeist",
    "GM0356": "Nieuwegein",
    "GM0589": "Oudewater",
    "GM0632": "Woerden",
    "GM1581": "Utrechtse Heuvelrug",
    "GM1904": "Stichtse Vecht",
}

WERKZAAK_GEMEENTEN = ["GM0216", "GM0263", "GM1740", "GM0281", "GM1960", "GM0668", "GM0297"]
AM10_GEMEENTEN = ["GM0214", "GM0216", "GM0263", "GM0281", "GM0297", "GM0668", "GM1740", "GM1960"]
AM13_GEMEENTEN = [
    "GM0310",
    "GM0312",
    "GM0321",
    "GM0331",
    "GM0335",
    "GM0344",
    "GM0352",
    "GM0353",
    "GM0355",
    "GM0356",
    "GM0589",
    "GM0632",
    "GM1581",
    "GM1904",
]

# ---------------------------------------------------------------------------
# Fictitious people
# ---------------------------------------------------------------------------

FIRST_NAMES = [
    "Anouk",
    "Bram",
    "Fatima",
    "Mehmet",
    "Sanne",
    "Joost",
    "Eline",
    "Youssef",
    "Priya",
    "Kees",
    "Marloes",
    "Ruben",
    "Nadia",
    "Sven",
    "Ingrid",
    "Tarik",
    "Lotte",
    "Wim",
    "Esra",
    "Daan",
    "Ilse",
    "Hamid",
    "Mirjam",
    "Gerrit",
    "Samira",
    "Thijs",
    "Noor",
    "Jeroen",
    "Aylin",
    "Bas",
    "Henk",
    "Fenna",
    "Rachida",
    "Koen",
    "Petra",
    "Dewi",
]
LAST_NAMES = [
    "Voorbeeld",
    "van Voorbeeldstad",
    "de Proef",
    "Proefstra",
    "Testerink",
    "van Demo",
    "Fictiefsma",
    "Oefenaar",
    "van Exempel",
    "Schetsema",
    "Modelberg",
    "Nepkamp",
    "Proefhuis",
    "van Denkbeeld",
    "Bedachtsma",
    "Verzinga",
    "de Fictie",
    "Probeerman",
]

STAFF_ROLES_IT01 = [
    "consulent werk",
    "klantmanager",
    "trajectbegeleider",
    "jobcoach",
    "coördinator",
    "teamleider werk",
    "casemanager",
    "werkconsulent jongeren",
    "participatiecoach",
]
STAFF_ROLES_IT02 = [
    "accountmanager werkgevers",
    "adviseur werkgeversdienstverlening",
    "jobhunter",
    "coördinator werkgeversservicepunt",
    "adviseur inclusief werkgeven",
]
EXTERNAL_ROLES = [
    "projectleider",
    "coördinator",
    "trainer",
    "begeleider",
    "contactpersoon aanbieder",
    "programmamanager",
    "docent",
]

# ---------------------------------------------------------------------------
# Owners: who publishes, with their local details
# ---------------------------------------------------------------------------
# Provider roles used by the themes below.  A role maps to (name, web slug, tld);
# "self" is the owner itself.

_RIVIERENLAND_PROVIDERS = {
    "welzijn": ("Welzijn Waal en Linge", "welzijnwaalenlinge", "example.nl"),
    "taal": ("Taalpunt Rivierenland", "taalpunt-rivierenland", "example.nl"),
    "leerwerk": ("Leerwerkbedrijf De Uiterwaard", "uiterwaard-leerwerk", "example.nl"),
    "sw": ("Werkbedrijf Betuwse Poort", "betuwsepoort", "example.nl"),
    "geld": ("Geldwijzer Rivierenland", "geldwijzer-rivierenland", "example.org"),
    "vrijwilligers": ("Vrijwilligerspunt Rivierenland", "vrijwilligerspunt-rivierenland", "example.nl"),
    "sport": ("Sportief Rivierenland", "sportief-rivierenland", "example.org"),
    "reintegratie": ("Re-integratiebureau Opstap Betuwe", "opstap-betuwe", "example.nl"),
    "onderwijs": ("Vakcollege Waal en Linge", "vakcollege-waalenlinge", "example.nl"),
    "zorg": ("GGZ-team Betuwe en Maas", "ggz-betuwemaas", "example.org"),
    "kinderopvang": ("Kinderopvang De Notenboom", "notenboom-kinderopvang", "example.nl"),
    "ondernemers": ("Ondernemerspunt Rivierenland", "ondernemerspunt-rivierenland", "example.nl"),
    "mobiliteit": ("Fietsschool Rivierenland", "fietsschool-rivierenland", "example.org"),
    "jongeren": ("Jongerenwerk Rivierenland", "jongerenwerk-rivierenland", "example.nl"),
    "inburgering": ("Taalschool Linge en Waal", "taalschool-lingeenwaal", "example.nl"),
    "opvang": ("Stichting Onderdak Rivierenland", "onderdak-rivierenland", "example.org"),
}

_UTRECHT_PROVIDERS = {
    "welzijn": ("Welzijn Stad Utrecht", "welzijn-stadutrecht", "example.nl"),
    "taal": ("Taalpunt Domstad", "taalpunt-domstad", "example.nl"),
    "leerwerk": ("Leerwerkbedrijf Merwedekanaal", "leerwerk-merwedekanaal", "example.nl"),
    "sw": ("Werkplaats Cartesius", "werkplaats-cartesius", "example.nl"),
    "geld": ("Geldpunt Utrecht", "geldpunt-utrecht", "example.org"),
    "vrijwilligers": ("Vrijwilligerscentrale Domstad", "vrijwilligers-domstad", "example.nl"),
    "sport": ("Sportpunt Utrecht-West", "sportpunt-utrechtwest", "example.org"),
    "reintegratie": ("Re-integratiebureau Stadswerk", "stadswerk-reintegratie", "example.nl"),
    "onderwijs": ("Vakschool Midden-Utrecht", "vakschool-middenutrecht", "example.nl"),
    "zorg": ("GGZ-team Utrecht Stad", "ggz-utrechtstad", "example.org"),
    "kinderopvang": ("Kinderopvang De Singel", "kinderopvang-desingel", "example.nl"),
    "ondernemers": ("Ondernemershuis Utrecht", "ondernemershuis-utrecht", "example.nl"),
    "mobiliteit": ("Fietsschool Utrecht", "fietsschool-utrecht", "example.org"),
    "jongeren": ("Jongerenpunt Utrecht", "jongerenpunt-utrecht", "example.nl"),
    "inburgering": ("Taalinstituut Vecht en Rijn", "taalinstituut-vechtenrijn", "example.nl"),
    "opvang": ("Stichting Dak en Werk Utrecht", "dakenwerk-utrecht", "example.org"),
}

OWNERS = [
    {
        "code": "werkzaak-rivierenland",
        "kind": "samenwerkingsverband",
        "label": "Werkzaak Rivierenland",
        "kort": "Werkzaak",
        "plaats": "Rivierenland",
        "slug": "werkzaak-rivierenland",
        "email": "info.werkzaak@example.nl",
        "phone_prefix": "0344 000 1",
        "wsp": "Werkgeversservicepunt Rivierenland",
        "reg": "WZR",
        "keywords": ["Werkzaak", "Rivierenland"],
        # Neder-Betuwe (GM1740) leaves the samenwerkingsverband at the end of 2025 in the demo
        # organisation data, so Werkzaak instruments never narrow to it.
        "narrow": {"gemeenten": [code for code in WERKZAAK_GEMEENTEN if code != "GM1740"]},
        "narrow_p": 0.25,
        "providers": dict(_RIVIERENLAND_PROVIDERS),
        "sites": [
            ("Werkzaak, vestiging Tiel", "Havenweg", "12", "4004 JL", "Tiel", "GM0281"),
            ("Werkzaak, vestiging Culemborg", "Industrieweg", "7", "4104 AR", "Culemborg", "GM0216"),
            ("Werkzaak, vestiging Zaltbommel", "Oliemolenweg", "3", "5301 KB", "Zaltbommel", "GM0297"),
            ("Leerwerkbedrijf De Uiterwaard", "Uiterwaardweg", "21", "4005 LK", "Tiel", "GM0281"),
            ("Werkpunt Geldermalsen", "Stationsweg", "40", "4191 KL", "Geldermalsen", "GM1960"),
            ("Werkpunt Kesteren", "Dorpsstraat", "18", "4041 CK", "Kesteren", "GM1740"),
            ("Werkpunt Kerkdriel", "Kerkstraat", "5", "5331 CA", "Kerkdriel", "GM0263"),
            ("Werkpunt Beneden-Leeuwen", "Molenstraat", "9", "6658 AB", "Beneden-Leeuwen", "GM0668"),
        ],
    },
    {
        "code": "GM0281",
        "kind": "gemeente",
        "label": "Gemeente Tiel",
        "kort": "gemeente Tiel",
        "plaats": "Tiel",
        "slug": "tiel",
        "email": "werk.tiel@example.nl",
        "phone_prefix": "0344 000 2",
        "wsp": "Werkgeversservicepunt Rivierenland",
        "reg": "TIEL",
        "keywords": ["Tiel"],
        "narrow": None,
        "narrow_p": 0.0,
        "providers": dict(
            _RIVIERENLAND_PROVIDERS,
            **{
                "welzijn": ("Stichting Welzijn Tielerwaard", "welzijn-tielerwaard", "example.nl"),
                "geld": ("Geldpunt Tiel", "geldpunt-tiel", "example.nl"),
                "vrijwilligers": ("Vrijwilligerspunt Tiel", "vrijwilligerspunt-tiel", "example.nl"),
            },
        ),
        "sites": [
            ("Stadhuis Tiel", "Stadhuisplein", "1", "4001 AA", "Tiel", "GM0281"),
            ("Buurthuis De Rivierwijk", "Rivierstraat", "88", "4003 BC", "Tiel", "GM0281"),
            ("Bibliotheek Tiel", "Boterbrug", "4", "4001 LR", "Tiel", "GM0281"),
            ("Wijkcentrum Tiel-Oost", "Oostpoortweg", "15", "4006 KM", "Tiel", "GM0281"),
        ],
    },
    {
        "code": "GM0216",
        "kind": "gemeente",
        "label": "Gemeente Culemborg",
        "kort": "gemeente Culemborg",
        "plaats": "Culemborg",
        "slug": "culemborg",
        "email": "sociaalteam.culemborg@example.nl",
        "phone_prefix": "0345 000 1",
        "wsp": "Werkgeversservicepunt Rivierenland",
        "reg": "CUL",
        "keywords": ["Culemborg"],
        "narrow": None,
        "narrow_p": 0.0,
        "providers": dict(
            _RIVIERENLAND_PROVIDERS,
            **{
                "welzijn": ("Welzijn Culemborg Samen", "culemborgsamen", "example.nl"),
                "geld": ("Geldhulp Culemborg", "geldhulp-culemborg", "example.nl"),
                "vrijwilligers": ("Vrijwilligerscentrale Culemborg", "vrijwilligers-culemborg", "example.nl"),
            },
        ),
        "sites": [
            ("Stadskantoor Culemborg", "Ridderstraat", "250", "4101 BS", "Culemborg", "GM0216"),
            ("Buurtcentrum Terweijde", "Lanxmeer", "30", "4105 CZ", "Culemborg", "GM0216"),
            ("Bibliotheek Culemborg", "Markt", "17", "4101 BW", "Culemborg", "GM0216"),
        ],
    },
    {
        "code": "GM0297",
        "kind": "gemeente",
        "label": "Gemeente Zaltbommel",
        "kort": "gemeente Zaltbommel",
        "plaats": "Zaltbommel",
        "slug": "zaltbommel",
        "email": "meedoen.zaltbommel@example.nl",
        "phone_prefix": "0418 000 1",
        "wsp": "Werkgeversservicepunt Rivierenland",
        "reg": "ZBL",
        "keywords": ["Zaltbommel", "Bommelerwaard"],
        "narrow": None,
        "narrow_p": 0.0,
        "providers": dict(
            _RIVIERENLAND_PROVIDERS,
            **{
                "welzijn": ("Welzijn Bommelerwaard", "welzijn-bommelerwaard", "example.nl"),
                "geld": ("Geldwijzer Bommelerwaard", "geldwijzer-bommelerwaard", "example.nl"),
            },
        ),
        "sites": [
            ("Gemeentehuis Zaltbommel", "Gamersestraat", "2", "5301 AR", "Zaltbommel", "GM0297"),
            ("Ontmoetingscentrum De Bommelhof", "Waalkade", "6", "5301 DE", "Zaltbommel", "GM0297"),
        ],
    },
    {
        "code": "GM0214",
        "kind": "gemeente",
        "label": "Gemeente Buren",
        "kort": "gemeente Buren",
        "plaats": "Buren",
        "slug": "buren",
        "email": "werkeninkomen.buren@example.nl",
        "phone_prefix": "0344 000 3",
        "wsp": "Werkgeversservicepunt Rivierenland",
        "reg": "BUR",
        "keywords": ["Buren", "Werkplein Buren"],
        "narrow": None,
        "narrow_p": 0.0,
        "providers": dict(
            _RIVIERENLAND_PROVIDERS,
            **{
                "welzijn": ("Welzijn Buren Dichtbij", "burendichtbij", "example.nl"),
                "taal": ("Taalhuis Buren", "taalhuis-buren", "example.nl"),
                "leerwerk": ("Werkplaats Lingebuurt", "werkplaats-lingebuurt", "example.nl"),
                "geld": ("Geldzaken Buren", "geldzaken-buren", "example.org"),
                "vrijwilligers": ("Vrijwilligerspunt Buren", "vrijwilligerspunt-buren", "example.nl"),
                "sport": ("Buren Beweegt", "burenbeweegt", "example.nl"),
                "reintegratie": ("Re-integratiebureau Kromme Rijn", "kromme-rijn-reintegratie", "example.nl"),
            },
        ),
        "sites": [
            ("Werkplein Buren", "Rijnbandijk", "3", "4021 GH", "Maurik", "GM0214"),
            ("Dorpshuis Lienden", "Dorpsstraat", "45", "4033 EA", "Lienden", "GM0214"),
            ("Kulturhus Beusichem", "Kerkstraat", "8", "4112 JE", "Beusichem", "GM0214"),
            ("Werkplaats Lingebuurt", "Industrieweg", "14", "4116 GZ", "Buren", "GM0214"),
        ],
    },
    {
        "code": "AM10",
        "kind": "arbeidsmarktregio",
        "label": "Werkgeversservicepunt Rivierenland",
        "kort": "WSP Rivierenland",
        "plaats": "Rivierenland",
        "slug": "wsp-rivierenland",
        "email": "werkgevers.rivierenland@example.nl",
        "phone_prefix": "0344 000 4",
        "wsp": "Werkgeversservicepunt Rivierenland",
        "reg": "WSPR",
        "keywords": ["WSP", "Werkgeversservicepunt Rivierenland"],
        "narrow": {"gemeenten": AM10_GEMEENTEN},
        "narrow_p": 0.25,
        "providers": dict(_RIVIERENLAND_PROVIDERS),
        "sites": [
            ("Werkgeversservicepunt Rivierenland", "Havenweg", "12", "4004 JL", "Tiel", "GM0281"),
            ("Leerwerkloket Rivierenland", "Stationsplein", "2", "4001 AK", "Tiel", "GM0281"),
        ],
    },
    {
        "code": "GM0344",
        "kind": "gemeente",
        "label": "Gemeente Utrecht",
        "kort": "gemeente Utrecht",
        "plaats": "Utrecht",
        "slug": "utrecht",
        "email": "werkeninkomen.utrecht@example.nl",
        "phone_prefix": "030 000 01",
        "wsp": "Werkgeversservicepunt Midden-Utrecht",
        "reg": "UTR",
        "keywords": ["Utrecht", "Werk en Inkomen Utrecht"],
        "narrow": None,
        "narrow_p": 0.0,
        "providers": dict(_UTRECHT_PROVIDERS),
        "sites": [
            ("Stadskantoor Utrecht", "Stadsplateau", "1", "3521 AZ", "Utrecht", "GM0344"),
            ("Wijkcentrum Overvecht", "Zamenhofdreef", "20", "3562 JW", "Utrecht", "GM0344"),
            ("Buurtcentrum Kanaleneiland", "Marshallaan", "2", "3527 TK", "Utrecht", "GM0344"),
            ("Werkpunt Zuilen", "Amsterdamsestraatweg", "510", "3553 EL", "Utrecht", "GM0344"),
            ("Wijkpunt Leidsche Rijn", "Brennerbaan", "130", "3524 BN", "Utrecht", "GM0344"),
            ("Leerwerkbedrijf Merwedekanaal", "Europalaan", "90", "3526 KS", "Utrecht", "GM0344"),
            ("Buurthuis Hoograven", "Van Bijnkershoeklaan", "8", "3527 XL", "Utrecht", "GM0344"),
        ],
    },
    {
        "code": "AM13",
        "kind": "arbeidsmarktregio",
        "label": "Werkgeversservicepunt Midden-Utrecht",
        "kort": "WSP Midden-Utrecht",
        "plaats": "Midden-Utrecht",
        "slug": "wsp-middenutrecht",
        "email": "werkgevers.middenutrecht@example.nl",
        "phone_prefix": "030 000 02",
        "wsp": "Werkgeversservicepunt Midden-Utrecht",
        "reg": "WSPMU",
        "keywords": ["WSP", "Werkgeversservicepunt Midden-Utrecht"],
        "narrow": {"gemeenten": AM13_GEMEENTEN},
        "narrow_p": 0.25,
        "providers": dict(
            _UTRECHT_PROVIDERS,
            **{
                "onderwijs": ("Opleidingscentrum Lek en Vecht", "opleiding-lekenvecht", "example.nl"),
                "reintegratie": ("Jobcoachorganisatie Kromme Rijn", "jobcoach-krommerijn", "example.nl"),
            },
        ),
        "sites": [
            ("Werkgeversservicepunt Midden-Utrecht", "Stadsplateau", "1", "3521 AZ", "Utrecht", "GM0344"),
            ("WSP-steunpunt Nieuwegein", "Stadsplein", "1", "3431 LZ", "Nieuwegein", "GM0356"),
            ("WSP-steunpunt Zeist", "Slotlaan", "1", "3701 GK", "Zeist", "GM0355"),
            ("WSP-steunpunt Woerden", "Blekerijlaan", "14", "3447 GR", "Woerden", "GM0632"),
        ],
    },
    {
        "code": "uwv",
        "kind": "landelijk",
        "label": "UWV",
        "kort": "UWV",
        "plaats": "Nederland",
        "slug": "uwv",
        "email": "werkgeversservicepunt.demo@example.nl",
        "phone_prefix": "088 000 00",
        "wsp": "het regionale Werkgeversservicepunt",
        "reg": "UWV",
        "keywords": ["UWV", "WERKbedrijf"],
        "narrow": {"regions": ["AM01", "AM05", "AM07", "AM10", "AM13", "AM18", "AM21", "AM22", "AM28", "AM30"]},
        "narrow_p": 0.25,
        "providers": {role: ("UWV", "uwv", "nl") for role in _RIVIERENLAND_PROVIDERS}
        | {
            "reintegratie": ("Re-integratiebureau Landelijk Perspectief", "landelijk-perspectief", "example.org"),
            "onderwijs": ("Erkend opleider naar keuze", "opleidersregister", "example.org"),
        },
        "sites": [
            ("UWV-kantoor Utrecht", "Daalseplein", "1", "3511 SX", "Utrecht", "GM0344"),
            ("UWV-kantoor Tiel", "Stationsplein", "20", "4001 AK", "Tiel", "GM0281"),
            ("UWV-kantoor Arnhem", "Eusebiusbinnensingel", "5", "6811 BS", "Arnhem", "GM0202"),
            ("UWV-kantoor Rotterdam", "Schiedamse Vest", "160", "3011 BH", "Rotterdam", "GM0599"),
        ],
    },
]
OWNER_BY_CODE = {owner["code"]: owner for owner in OWNERS}

# ---------------------------------------------------------------------------
# Themes: hand-written building blocks
# ---------------------------------------------------------------------------
# A theme is one kind of instrument.  Text values that are lists are
# alternatives (one is chosen per record); code values are lists of codes.
# Placeholders: {plaats} {org} {kort} {provider} {wsp} {stad} {phone} {email} {dag}.

THEMES: dict[str, dict] = {}


def _theme(key: str, **spec) -> None:
    spec["key"] = key
    THEMES[key] = spec


def V(names, focus=None, **extra) -> dict:  # noqa: N802 - short on purpose
    """One variant of a theme: name templates (one per owner style) and a focus."""
    return dict(names=list(names), focus=focus, **extra)


# ----- Werkzoekende-dienstverlening (IT01) ---------------------------------

_theme(
    "intake",
    it="IT01",
    variants=[
        V(
            [
                "Intake werk en inkomen",
                "Startgesprek Werkplein {plaats}",
                "Kennismakingsgesprek werk",
                "Eerste gesprek werk en inkomen",
            ]
        ),
        V(
            ["Snelle start: meedoen vanaf dag één", "Direct aan de slag na aanvraag", "Poortaanpak werk eerst"],
            focus="Binnen de eerste week na de aanvraag krijgt iedereen al een concrete activiteit aangeboden.",
            kw=["poortaanpak", "werk eerst"],
        ),
    ],
    summary=[
        "Iedereen die zich meldt voor werk of een bijstandsuitkering krijgt binnen twee weken een intakegesprek. "
        "Samen brengen we in beeld wat iemand al kan, wat nodig is en welke eerste stap past.",
        "Een eerste gesprek met een consulent voor inwoners die werk zoeken of een uitkering aanvragen. "
        "Het gesprek levert een eerste afspraak over de vervolgstap op.",
    ],
    aim="Snel en zorgvuldig in beeld brengen waar iemand staat, zodat passende ondersteuning direct kan starten "
    "en niemand onnodig lang wacht.",
    method=[
        "De consulent voert een gesprek van ongeveer een uur aan de hand van een vaste gespreksleidraad. "
        "Onderwerpen zijn onder meer:\n- werkervaring en opleiding\n- gezondheid en belastbaarheid\n"
        "- taal en digitale vaardigheden\n- geldzaken, wonen en de zorg voor kinderen\n\n"
        "Binnen vijf werkdagen volgt een afspraak over de vervolgstap. Spelen er vragen op meerdere "
        "leefgebieden, dan sluit het sociaal (wijk)team aan.",
        "Na de melding volgt een gesprek op kantoor of, als dat beter past, bij de inwoner thuis. "
        "De consulent gebruikt een korte vragenlijst naar werkwensen en belemmeringen.\n\n"
        "De uitkomst wordt vastgelegd in een startplan. Dat plan bespreken we na zes weken opnieuw.",
    ],
    approach="We vragen eerst naar wat iemand wil en kan, pas daarna naar wat niet lukt.",
    target="Inwoners van 18 jaar tot de AOW-leeftijd die zich melden voor een uitkering of ondersteuning bij werk.",
    apply="Aanmelden gaat via het digitale meldformulier op de website of telefonisch via {phone}.",
    kw=["intake", "melding", "startgesprek"],
    tiles=["EW01"],
    tiles_opt=["EW02"],
    kk=["KK03", "KK13"],
    kk_opt=["KK12", "KK14"],
    ed=[],
    ed_opt=["ED13", "ED01"],
    uv=["UV06", "UV10"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"], ["buig"]],
    income=["keeps_benefit", "not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD01", "DD02"],
    loc=["gemeente", "home"],
    group=["GV01"],
    ladder=None,
    duration=[(2, "week"), (1, "day"), (6, "week")],
    costs=["unknown", "free"],
    provider="self",
    scale=(150, 900),
    rates=(0.15, 0.03, 0.4),
    public=dict(
        title=["Je meldt je voor werk of een uitkering", "Een eerste gesprek over werk"],
        summary="Heb je geen werk en zoek je hulp? Dan heb je eerst een gesprek met een consulent. "
        "Samen kijken jullie wat je nodig hebt.",
        for_whom="Voor inwoners van {plaats} die een uitkering aanvragen of hulp willen bij het vinden van werk.",
        what_you_get="Een gesprek van ongeveer een uur. Daarna weet je wat de volgende stap is.",
        how_to_start="Vul het formulier op de website in of bel {phone}. Neem je identiteitsbewijs mee naar het gesprek.",
        costs_for_you="Het gesprek is gratis.",
    ),
)

_theme(
    "diagnose",
    it="IT01",
    variants=[
        V(["Diagnose en trajectplan", "Werkdiagnose {plaats}", "Brede diagnose werk", "Werkscan"]),
        V(
            ["Praktijkdiagnose in het leerwerkbedrijf", "Kijken in de praktijk", "Werkplaats-assessment"],
            focus="De diagnose gebeurt niet aan tafel maar in vier weken praktijk in een werkplaats.",
            kw=["praktijkdiagnose"],
            uv=["UV06"],
            loc=["provider"],
        ),
    ],
    summary=[
        "Een gestructureerde diagnose van arbeidsmogelijkheden, belemmeringen en motivatie. De uitkomst is "
        "een trajectplan met concrete doelen en passende instrumenten.",
        "Met gesprekken, een vragenlijst en zo nodig een praktijkopdracht brengen we de afstand tot werk in beeld. "
        "Het resultaat is een gedragen plan van aanpak.",
    ],
    aim="Een betrouwbaar beeld krijgen van wat iemand kan en wil, zodat het vervolgtraject aansluit en er niet "
    "onnodig wordt geschoven tussen instrumenten.",
    method=[
        "De diagnose bestaat uit drie onderdelen:\n- een verdiepend gesprek over werkverleden, wensen en leefsituatie\n"
        "- een digitale vragenlijst naar competenties en werkhouding\n- een terugkoppelgesprek waarin het "
        "trajectplan samen wordt opgesteld\n\nBij twijfel over belastbaarheid vraagt de consulent een "
        "arbeidsdeskundig of medisch advies aan.",
        "In twee tot vier gesprekken werken consulent en kandidaat samen aan een persoonsprofiel. "
        "Waar nodig wordt informatie opgehaald bij hulpverleners (met toestemming).\n\n"
        "Het trajectplan noemt de doelen, de instrumenten en het moment van evaluatie.",
    ],
    approach="De kandidaat schrijft zelf mee aan het trajectplan; het plan staat in zijn of haar eigen woorden.",
    target="Werkzoekenden van wie nog onduidelijk is welke ondersteuning nodig is, vaak na de intake.",
    conditions="Inschrijving als werkzoekende en een uitkering of ondersteuningsvraag bij {kort}.",
    apply="De consulent zet de diagnose in via het klantvolgsysteem; de kandidaat krijgt binnen tien werkdagen een uitnodiging.",
    kw=["diagnose", "trajectplan", "assessment", "werkscan"],
    tiles=["EW02"],
    tiles_opt=["EW01", "EW05"],
    kk=["KK11", "KK12"],
    kk_opt=["KK01", "KK02", "KK06", "KK13"],
    ed=[],
    ed_opt=["ED04", "ED13", "ED02"],
    uv=["UV06", "UV05"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["gemeente", "provider", "online"],
    group=["GV01"],
    ladder=(1, 3),
    duration=[(4, "week"), (6, "week"), (2, "month")],
    intensity=(1, 4),
    costs=[(350, 950, "trajectory"), "unknown"],
    provider=["self", "reintegratie"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.15,
    scale=(40, 400),
    rates=(0.1, 0.02, 0.3),
    public=dict(
        title=["Samen uitzoeken wat bij je past", "Een plan voor werk"],
        summary="Je praat een paar keer met een consulent. Je vult ook een vragenlijst in. Samen maken jullie een plan.",
        for_whom="Voor jou als je een uitkering hebt en nog niet goed weet welk werk of welke hulp bij je past.",
        what_you_get="Een plan met stappen naar werk of naar meedoen. In het plan staat ook welke hulp je krijgt.",
        how_to_start="Je consulent meldt je aan. Je krijgt daarna een brief of mail met een afspraak.",
        costs_for_you="Dit kost jou niets.",
    ),
)

_theme(
    "arbeidsonderzoek",
    it="IT01",
    variants=[
        V(
            ["Arbeidsdeskundig onderzoek", "Onderzoek naar belastbaarheid", "Arbeidskundig advies"],
            focus="Een arbeidsdeskundige geeft advies over belastbaarheid en passend werk.",
        ),
        V(
            [
                "Psychologisch onderzoek bij vermoeden van een beperking",
                "IQ- en capaciteitenonderzoek",
                "Onderzoek leerbaarheid en capaciteiten",
            ],
            focus="Een GZ-psycholoog onderzoekt leerbaarheid en capaciteiten, bijvoorbeeld bij een vermoeden van een verstandelijke beperking.",
            ed=["ED03"],
            kw=["IQ-onderzoek", "LVB"],
        ),
    ],
    summary=[
        "Een onafhankelijk onderzoek naar wat iemand (nog) kan in werk, met een schriftelijk advies aan de consulent. "
        "Wordt ingezet bij twijfel over belastbaarheid of leerbaarheid.",
    ],
    aim="Onderbouwd vaststellen welk werk en welke ondersteuning haalbaar zijn, als basis voor bijvoorbeeld beschut werk, "
    "loonkostensubsidie of een aangepast traject.",
    method=[
        "Het onderzoek bestaat uit dossierstudie, een gesprek van ongeveer twee uur en zo nodig testen. "
        "De onderzoeker rapporteert binnen vier weken. Het advies wordt met de kandidaat besproken voordat het wordt vastgelegd.",
        "Na een intake volgt een onderzoeksdag met gesprekken en tests. Het rapport bevat een duidelijke conclusie "
        "over mogelijkheden, beperkingen en passende functies.",
    ],
    target="Werkzoekenden bij wie de belastbaarheid of leerbaarheid onduidelijk is, bijvoorbeeld door gezondheid of een vermoede beperking.",
    conditions="Alleen op verzoek van de consulent, na bespreking in het casuïstiekoverleg.",
    uwv=dict(
        conditions="Op verzoek van de arbeidsdeskundige van UWV, bijvoorbeeld bij een aanvraag Wajong, WIA of doelgroepregister.",
        target="Werkzoekenden met een UWV-uitkering of een aanvraag bij UWV van wie de mogelijkheden onduidelijk zijn.",
    ),
    kw=["arbeidsdeskundige", "belastbaarheid", "onderzoek"],
    tiles=["EW02"],
    kk=["KK01", "KK02"],
    kk_opt=["KK05", "KK11"],
    ed=["ED04"],
    ed_opt=["ED03", "ED12"],
    uv=["UV06"],
    legal=["participatiewet"],
    legal_opt=["wet_banenafspraak"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit", "not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["provider"],
    group=["GV01"],
    ladder=None,
    duration=[(4, "week"), (6, "week")],
    costs=[(650, 1450, "trajectory")],
    provider=["reintegratie"],
    scale=(15, 80),
    rates=(0.05, 0.0, 0.2),
    public=dict(
        title=["Onderzoek naar wat je kunt"],
        summary="Een deskundige onderzoekt welk werk goed bij je past. Dat gebeurt met gesprekken en soms met testen.",
        what_you_get="Een gesprek, soms testen, en een verslag. Je consulent bespreekt het verslag met jou.",
        how_to_start="Je consulent vraagt het onderzoek voor je aan.",
        costs_for_you="Dit kost jou niets.",
    ),
)

_theme(
    "werkfit",
    it="IT01",
    variants=[
        V(["Werkfit-traject", "Werkfit {plaats}", "Op weg naar werk: werkfit", "Fit voor werk"]),
        V(
            ["Werkfit in de groen", "Werkfit buiten: groen en onderhoud", "Groene werkfit"],
            focus="Deelnemers werken in een groenploeg aan ritme, samenwerken en conditie.",
            kw=["groen"],
            loc=["provider", "address"],
        ),
        V(
            ["Werkfit met zorgcomponent", "Werkfit plus", "Werkfit op maat bij psychische klachten"],
            focus="Een coach met GGZ-achtergrond begeleidt deelnemers met psychische klachten.",
            ed=["ED04"],
            kk=["KK01"],
        ),
        V(
            ["Werkfit in de horeca", "Leerkeuken werkfit", "Werkfit in het buurtrestaurant"],
            focus="Deelnemers draaien mee in een leerkeuken en bediening.",
            kw=["horeca", "leerkeuken"],
        ),
    ],
    summary=[
        "Een traject van drie tot zes maanden waarin deelnemers werken aan werknemersvaardigheden, ritme en zelfvertrouwen, "
        "als opstap naar een werkervaringsplek of betaald werk.",
        "Intensieve begeleiding in een praktijkomgeving om werkfit te worden: op tijd komen, samenwerken, instructies opvolgen "
        "en omgaan met feedback.",
    ],
    aim="Deelnemers zijn aan het eind van het traject werkfit: ze kunnen minimaal twaalf uur per week werken in een "
    "werkomgeving en weten welk werk bij hen past.",
    method=[
        "Deelnemers werken drie dagdelen per week in een praktijkomgeving onder begeleiding van een werkmeester. "
        "Daarnaast is er een wekelijkse groepstraining over onder meer:\n- werkhouding en communicatie\n"
        "- omgaan met stress en spanning\n- plannen en afspraken nakomen\n\n"
        "Elke zes weken is er een voortgangsgesprek met de consulent.",
        "Het traject start met een praktijkperiode van vier weken om te kijken wat goed gaat. Daarna stelt de begeleider "
        "met de deelnemer leerdoelen op. Deelnemers bouwen de uren stap voor stap op.\n\nAan het eind volgt een "
        "overdracht naar de vervolgstap, bijvoorbeeld een werkervaringsplek.",
    ],
    approach=[
        "Leren in de praktijk staat centraal: geen klaslokaal, maar echt werk met echte collega's.",
        "De uren worden in overleg opgebouwd; terugval is geen reden om te stoppen.",
    ],
    target="Werkzoekenden met een uitkering die al langer niet hebben gewerkt of nog weinig werkervaring hebben.",
    conditions="Deelnemer kan minimaal zes uur per week aanwezig zijn. Er is geen acute verslavings- of schuldenproblematiek "
    "die deelname in de weg staat.",
    partners="{provider}, het sociaal wijkteam en lokale werkgevers voor de vervolgstap.",
    apply="De consulent meldt aan met het aanmeldformulier werkfit. Binnen twee weken volgt een kennismaking bij {provider}.",
    kw=["werkfit", "werknemersvaardigheden", "ritme"],
    tiles=["EW04"],
    tiles_opt=["EW03"],
    kk=["KK06", "KK12"],
    kk_opt=["KK01", "KK04", "KK13", "KK10"],
    ed=[],
    ed_opt=["ED04", "ED02", "ED05", "ED06"],
    uv=["UV03", "UV07"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "esf"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02"],
    loc=["provider"],
    group=["GV01", "GV02"],
    ladder=(2, 4),
    duration=[(3, "month"), (6, "month"), (26, "week")],
    intensity=(8, 16),
    intensity_desc="Start met twee dagdelen per week, opbouw naar vier dagdelen.",
    costs=[(1800, 4200, "trajectory"), (450, 750, "month")],
    provider=["leerwerk", "reintegratie", "self"],
    evidence=[("goed_beschreven", "movisie"), ("goed_onderbouwd", "movisie")],
    evidence_p=0.3,
    scale=(25, 160),
    rates=(0.25, 0.05, 0.45),
    public=dict(
        title=["Werkfit worden", "Stap voor stap klaar voor werk"],
        summary="Je werkt een paar dagdelen per week op een werkplek met begeleiding. Zo wen je weer aan werken.",
        for_whom="Voor jou als je al een tijd niet hebt gewerkt en weer wilt beginnen.",
        what_you_get="Een plek om te oefenen, een vaste begeleider en een training in een groep.",
        how_to_start="Vraag je consulent of werkfit iets voor jou is. De consulent meldt je aan.",
        costs_for_you="Het kost jou niets. Je reiskosten krijg je vergoed.",
    ),
)

_theme(
    "wep",
    it="IT01",
    variants=[
        V(["Werkervaringsplek (WEP)", "Werkervaringsplaats bij een werkgever", "WEP {plaats}"]),
        V(
            ["Werkervaringsplek logistiek", "WEP magazijn en logistiek", "Werkervaringsplaats logistiek"],
            focus="Plaatsing in een magazijn of distributiecentrum, met de mogelijkheid een heftruckcertificaat te halen.",
            kw=["logistiek", "heftruck", "orderpicken"],
            kk=["KK09"],
        ),
        V(
            ["Werkervaringsplek zorg en welzijn", "WEP in de zorg", "Meewerken in de zorg"],
            focus="Plaatsing als gastvrouw, activiteitenbegeleider of facilitair medewerker bij een zorgorganisatie.",
            kw=["zorg"],
        ),
        V(
            ["Werkervaringsplek facilitair en schoonmaak", "WEP facilitaire dienst", "Werkervaringsplek schoonmaak"],
            focus="Plaatsing in schoonmaak, catering of receptie, vaak binnen de eigen organisatie van de gemeente.",
            kw=["schoonmaak", "facilitair"],
        ),
    ],
    summary=[
        "Een werkervaringsplek van maximaal zes maanden bij een reguliere werkgever, met behoud van uitkering. "
        "De kandidaat doet werkervaring op en bouwt aan een cv en een netwerk.",
        "Tijdelijk meewerken bij een werkgever om werkritme, vakvaardigheden en referenties op te bouwen, met begeleiding "
        "van een consulent en een vaste begeleider op de werkvloer.",
    ],
    aim="Werkervaring opdoen en vaardigheden laten zien aan een werkgever, zodat de kans op een betaalde baan toeneemt.",
    method=[
        "Consulent, kandidaat en werkgever maken vooraf afspraken over leerdoelen, uren en begeleiding. "
        "Die worden vastgelegd in een plaatsingsovereenkomst.\n\nHalverwege en aan het eind is er een "
        "evaluatie op de werkplek. Is de kandidaat klaar voor betaald werk, dan bespreken we direct de "
        "mogelijkheden voor een contract, eventueel met loonkostensubsidie.",
        "De plek duurt drie maanden en kan eenmaal met drie maanden worden verlengd. De kandidaat werkt tussen de "
        "16 en 32 uur per week.\n\nDe werkgever levert een begeleider; de consulent bezoekt de werkplek minstens eens per maand.",
    ],
    approach="Een werkervaringsplek moet leiden tot een leerdoel en een vervolg; verdringing van betaald werk wordt vooraf getoetst.",
    target="Werkzoekenden met een bijstandsuitkering die (vrijwel) klaar zijn voor werk maar recente werkervaring missen.",
    conditions="- ingeschreven als werkzoekende\n- minimaal 16 uur per week beschikbaar\n- geen verdringing: de plek is aanvullend op bestaande formatie",
    partners="Lokale werkgevers, {wsp} en de eigen organisatie als leerwerkplek.",
    apply="De consulent zoekt samen met de jobhunter een passende plek. Werkgevers kunnen een plek aanmelden bij {wsp}.",
    kw=["WEP", "werkervaringsplaats", "werkervaring"],
    tiles=["EW04"],
    tiles_opt=["EW08", "EW07"],
    kk=["KK10", "KK06"],
    kk_opt=["KK07", "KK12", "KK04"],
    ed=[],
    ed_opt=["ED01", "ED02", "ED05", "ED06"],
    uv=["UV04", "UV03"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"], ["buig"]],
    income=["keeps_benefit"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02"],
    loc=["employer"],
    group=["GV01"],
    ladder=(3, 5),
    duration=[(3, "month"), (6, "month")],
    intensity=(16, 32),
    costs=["free", (0, 250, "month"), "unknown"],
    costs_desc="De werkgever ontvangt geen vergoeding; de kosten zitten in begeleiding door de consulent.",
    provider="self",
    scale=(20, 140),
    rates=(0.45, 0.05, 0.2),
    public=dict(
        title=["Werkervaring opdoen bij een werkgever", "Een werkervaringsplek"],
        summary="Je werkt een paar maanden bij een bedrijf. Zo leer je het werk kennen. Je houdt je uitkering.",
        for_whom="Voor jou als je bijna klaar bent voor werk, maar nog geen recente werkervaring hebt.",
        what_you_get="Een werkplek voor drie tot zes maanden. Iemand op het werk helpt je. Je krijgt een referentie voor je cv.",
        how_to_start="Bespreek het met je consulent. Samen zoeken jullie een werkgever.",
        costs_for_you="Het kost jou niets. Je houdt je uitkering.",
    ),
)

_theme(
    "participatieplaats",
    it="IT01",
    variants=[
        V(["Participatieplaats", "Meedoen met een participatieplaats", "Participatieplek {plaats}"]),
        V(
            ["Maatschappelijke participatie met premie", "Meedoen en waardering", "Participatieplaats met premie"],
            focus="Na zes maanden inzet is een participatiepremie mogelijk.",
            kw=["participatiepremie"],
            income=["keeps_benefit", "volunteer_allowance"],
        ),
    ],
    summary=[
        "Onbetaalde werkzaamheden met behoud van uitkering voor wie (nog) niet aan betaald werk toekomt. "
        "Gericht op meedoen, structuur en sociale contacten.",
    ],
    aim="Meedoen in de samenleving, een dagritme opbouwen en zicht krijgen op een volgende stap richting vrijwilligerswerk of werk.",
    method="Samen met de participatiecoach kiest de deelnemer een plek bij een maatschappelijke organisatie: een buurthuis, "
    "kringloopwinkel, kinderboerderij of sportvereniging. De deelnemer begint met een paar uur per week.\n\n"
    "De coach heeft elke maand contact en bekijkt na een halfjaar of een vervolgstap mogelijk is.",
    approach="De plek wordt gekozen vanuit interesse en talent, niet alleen vanuit wat er beschikbaar is.",
    target="Inwoners met een bijstandsuitkering voor wie betaald werk op korte termijn niet haalbaar is.",
    conditions="Deelname is vrijwillig of maakt deel uit van de afspraken over de tegenprestatie.",
    partners="Maatschappelijke organisaties, {provider} en de sociale wijkteams.",
    kw=["participatieplaats", "tegenprestatie", "meedoen"],
    tiles=["EW03", "EW04"],
    kk=["KK14", "KK12"],
    kk_opt=["KK04", "KK06", "KK13"],
    ed=[],
    ed_opt=["ED02", "ED04", "ED05"],
    uv=["UV04"],
    legal=["participatiewet"],
    legal_opt=["lokaal_beleid"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit"],
    age=["LG04", "LG05"],
    benefit=["DD02"],
    loc=["address", "provider"],
    group=["GV01"],
    ladder=(2, 4),
    duration=[(6, "month"), (12, "month")],
    intensity=(4, 16),
    costs=["free", (100, 300, "participant")],
    provider=["welzijn", "self"],
    scale=(20, 120),
    rates=(0.05, 0.02, 0.5),
    public=dict(
        title=["Meedoen met een participatieplaats", "Iets nuttigs doen in je buurt"],
        summary="Je doet een paar uur per week nuttig werk in je buurt. Je houdt je uitkering. Je krijgt een coach.",
        what_you_get="Een plek bij een organisatie in de buurt en een coach die met je meedenkt.",
        how_to_start="Vertel je consulent dat je mee wilt doen. De coach neemt contact met je op.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "beschut",
    it="IT01",
    variants=[
        V(["Beschut werk", "Beschut werk {plaats}", "Beschutte werkplek"]),
        V(
            ["Beschut werk bij een reguliere werkgever", "Beschut werk buiten de muren", "Beschut werk op locatie"],
            focus="De beschutte plek is bij een reguliere werkgever, met begeleiding vanuit het werkbedrijf.",
            loc=["employer"],
            kw=["beschut detacheren"],
        ),
    ],
    summary=[
        "Een dienstbetrekking onder aangepaste omstandigheden voor mensen die door een beperking zoveel begeleiding of "
        "aanpassing nodig hebben dat een gewone werkgever dat niet kan bieden.",
    ],
    aim="Mensen met een grote afstand tot de arbeidsmarkt een duurzame, betaalde baan met begeleiding bieden.",
    method=[
        "Na een positief advies van UWV over beschut werk bieden we een dienstverband aan bij {provider}. "
        "De medewerker krijgt een vaste werkleider, een aangepaste werkplek en een persoonlijk ontwikkelplan.\n\n"
        "Werkzaamheden zijn onder meer inpakwerk, montage, groenonderhoud en fietsreparatie.",
        "Beschut werk start met een proefperiode van drie maanden. Daarna volgt een contract voor een jaar, met "
        "uitzicht op een vast dienstverband. Elk jaar is er een gesprek over ontwikkeling en eventuele doorstroom.",
    ],
    approach="Elke medewerker heeft een werkleider die ook aandacht heeft voor wat er buiten het werk speelt.",
    target="Inwoners met een advies beschut werk van UWV.",
    conditions="Positief advies beschut werk van UWV. De gemeente heeft een indicatie beschut werk afgegeven.",
    partners="UWV (advies beschut werk), {provider}, jobcoaches en zorgaanbieders.",
    apply="De consulent vraagt het advies beschut werk aan bij UWV. Na een positief advies volgt een kennismaking bij {provider}.",
    kw=["beschut werk", "beschutte werkplek", "SW", "indicatie beschut"],
    tiles=["EW08"],
    tiles_opt=["EW09"],
    kk=["KK01", "KK02", "KK06"],
    kk_opt=["KK05", "KK10"],
    ed=["ED04"],
    ed_opt=["ED03", "ED12"],
    uv=["UV04"],
    legal=["participatiewet"],
    legal_opt=["wsw"],
    funding=[["rijksbijdrage_beschut_werk"], ["rijksbijdrage_beschut_werk", "re_integratiebudget"]],
    income=["wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD01"],
    loc=["provider"],
    group=["GV01", "GV02"],
    ladder=(4, 5),
    duration=[(12, "month")],
    duration_desc="Het dienstverband is in principe voor onbepaalde tijd; het eerste contract is voor een jaar.",
    intensity=(16, 32),
    costs=[(9000, 16000, "year")],
    costs_desc="Loonkosten minus opbrengsten; een deel wordt gedekt door de rijksbijdrage beschut werk.",
    provider=["sw"],
    scale=(8, 45),
    rates=(0.95, 0.0, 0.0),
    public=dict(
        title=["Werken op een beschutte werkplek", "Beschut werk"],
        summary="Je krijgt een baan met een loon. Je werkt op een plek met veel begeleiding en een aangepaste werkplek.",
        for_whom="Voor jou als je door een beperking niet bij een gewone werkgever kunt werken. UWV moet een advies geven.",
        what_you_get="Een contract met loon, een vaste werkleider en werk dat past bij wat je kunt.",
        how_to_start="Praat met je consulent. Die vraagt het advies voor beschut werk voor je aan bij UWV.",
        costs_for_you="Het kost jou niets. Je krijgt loon.",
    ),
)

_theme(
    "dagbesteding",
    it="IT01",
    variants=[
        V(["Arbeidsmatige dagbesteding", "Dagbesteding met een werkkarakter", "Werkplaats dagbesteding {plaats}"]),
        V(
            ["Dagbesteding in de kringloop", "Arbeidsmatige dagbesteding kringloopwinkel", "Meedoen in de kringloop"],
            focus="Deelnemers sorteren, prijzen en repareren spullen in een kringloopwinkel.",
            kw=["kringloop"],
        ),
    ],
    summary=[
        "Zinvolle dagbesteding met een werkkarakter voor mensen voor wie (beschut) werk nog niet haalbaar is, met "
        "aandacht voor structuur, vaardigheden en doorstroom.",
    ],
    aim="Dagstructuur bieden, vaardigheden behouden of ontwikkelen en waar mogelijk doorstromen naar vrijwilligerswerk of beschut werk.",
    method="Deelnemers werken in kleine groepen in een werkplaats, kwekerij of kringloopwinkel onder begeleiding van "
    "een zorgprofessional. Het ondersteuningsplan wordt elk halfjaar besproken.\n\nWie meer kan, krijgt de "
    "kans om op een werkplek buiten de dagbesteding te oefenen.",
    approach="Dagbesteding en re-integratie werken met één plan, zodat doorstroom naar werk niet stopt bij een loket.",
    target="Volwassenen met een beperking, psychische kwetsbaarheid of niet-aangeboren hersenletsel.",
    conditions="Een Wmo-indicatie voor dagbesteding.",
    partners="Zorgaanbieders, het sociaal wijkteam en {provider}.",
    apply="Aanvragen via het sociaal wijkteam (Wmo-melding). Voor doorstroom naar werk schakelt het wijkteam de consulent werk in.",
    kw=["dagbesteding", "Wmo", "zorgboerderij"],
    tiles=["EW03"],
    kk=["KK01", "KK14"],
    kk_opt=["KK02", "KK06", "KK13"],
    ed=["ED04"],
    ed_opt=["ED03"],
    uv=["UV04", "UV07"],
    legal=["wmo2015"],
    funding=[["wmo"]],
    income=["unpaid", "unpaid", "keeps_benefit"],
    age=["LG03", "LG04", "LG05", "LG06"],
    benefit=["DD02", "DD03", "DD04", "DD01"],
    loc=["provider"],
    group=["GV02"],
    ladder=(1, 3),
    duration=[(12, "month")],
    intensity=(6, 20),
    costs=[(45, 75, "day")],
    contrib=["0.00"],
    provider=["zorg", "sw"],
    evidence=[("goed_beschreven", "vilans")],
    evidence_p=0.2,
    scale=(15, 70),
    rates=(0.02, 0.0, 0.2),
    public=dict(
        title=["Dagbesteding met echt werk", "Overdag iets nuttigs doen"],
        summary="Je werkt in een groep in een werkplaats. Er is altijd begeleiding. Je bepaalt samen wat je leert.",
        for_whom="Voor volwassenen die door een beperking of ziekte niet kunnen werken, maar wel iets willen doen.",
        how_to_start="Neem contact op met het sociaal wijkteam. Zij kijken of je een indicatie kunt krijgen.",
        costs_for_you="Voor dagbesteding betaal je meestal geen eigen bijdrage.",
    ),
)

_theme(
    "jobcoach",
    it="IT01",
    variants=[
        V(["Jobcoaching", "Jobcoaching {plaats}", "Begeleiding op de werkplek", "Jobcoaching via UWV"]),
        V(
            ["Jobcoaching voor jongeren", "Jobcoach jongeren tot 27", "Jongerencoach op de werkplek"],
            focus="Speciaal voor jongeren uit het praktijk- en voortgezet speciaal onderwijs.",
            ed=["ED01"],
            age=["LG01", "LG02", "LG03"],
        ),
    ],
    summary=[
        "Begeleiding op de werkvloer door een jobcoach, zodat een nieuwe werknemer met een arbeidsbeperking het werk "
        "leert en kan behouden. De begeleiding wordt in de tijd afgebouwd.",
        "Een jobcoach helpt werknemer en werkgever bij de start en in de eerste jaren van het dienstverband: "
        "takenstructuur, instructie, communicatie met collega's.",
    ],
    aim="Duurzame plaatsing: de werknemer blijft aan het werk en wordt steeds zelfstandiger.",
    method="De jobcoach stelt samen met werknemer en werkgever een begeleidingsplan op. In de eerste maanden is de "
    "jobcoach wekelijks op de werkplek, daarna minder vaak.\n\nDe jobcoach leert ook een collega hoe die "
    "de begeleiding kan overnemen (interne coach).",
    approach="De jobcoach werkt zowel met de werknemer als met het team; begeleiding wordt bewust afgebouwd.",
    target="Werknemers met loonkostensubsidie, uit het doelgroepregister of met een beschut-werkindicatie.",
    conditions="Er is sprake van een dienstverband van minimaal zes maanden en minimaal twaalf uur per week.",
    uwv=dict(
        target="Werknemers met een Wajong-, WIA- of WW-uitkering of uit het doelgroepregister die (weer) aan het werk gaan.",
        apply="De werkgever of werknemer vraagt jobcoaching aan bij UWV; de arbeidsdeskundige beoordeelt de aanvraag.",
    ),
    apply="De consulent of accountmanager vraagt jobcoaching aan bij plaatsing; de werkgever tekent mee voor het begeleidingsplan.",
    kw=["jobcoach", "jobcoaching", "interne jobcoach", "begeleiding werkplek"],
    tiles=["EW09", "EW08"],
    kk=["KK06", "KK04"],
    kk_opt=["KK01", "KK13", "KK12"],
    ed=["ED04"],
    ed_opt=["ED12", "ED03"],
    uv=["UV07"],
    legal=["participatiewet"],
    legal_opt=["wet_banenafspraak"],
    funding=[["re_integratiebudget"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD01"],
    loc=["employer"],
    group=["GV01"],
    ladder=(5, 6),
    duration=[(6, "month"), (12, "month"), (24, "month")],
    intensity=(1, 4),
    costs=[(55, 85, "hour"), (1800, 3600, "year")],
    provider=["self", "reintegratie"],
    evidence=[("effectief_eerste", "movisie"), ("goed_onderbouwd", "movisie"), ("effectief_goede", "movisie")],
    evidence_p=0.3,
    scale=(10, 90),
    rates=(0.9, 0.0, 0.0),
    public=dict(
        title=["Een jobcoach die je helpt op je werk", "Hulp van een jobcoach"],
        summary="Een jobcoach helpt je als je net een baan hebt. De jobcoach komt naar je werk en legt dingen uit.",
        what_you_get="Hulp op je werk, zolang je dat nodig hebt. Later helpt een collega je verder.",
        how_to_start="Vraag het aan je consulent of aan je werkgever.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "lks",
    it="IT01",
    variants=[
        V(
            [
                "Werken met loonkostensubsidie",
                "Aan het werk met loonkostensubsidie (LKS)",
                "Loonkostensubsidie voor werkzoekenden",
            ]
        ),
        V(
            ["Loonwaardemeting op de werkplek", "Loonwaardebepaling", "Loonwaarde-onderzoek"],
            focus="Een gecertificeerde loonwaardedeskundige stelt op de werkplek de loonwaarde vast.",
            kw=["loonwaardemeting"],
            uv=["UV06"],
        ),
    ],
    summary=[
        "Werkzoekenden die niet het wettelijk minimumloon kunnen verdienen, kunnen toch in loondienst bij een "
        "reguliere werkgever. De werkgever betaalt het volledige loon en ontvangt loonkostensubsidie voor het verschil.",
    ],
    aim="Mensen met een arbeidsbeperking aan betaald werk helpen tegen ten minste het minimumloon.",
    method="Eerst wordt op de werkplek de loonwaarde vastgesteld. De werkgever ontvangt subsidie ter hoogte van het "
    "verschil tussen de loonwaarde en het wettelijk minimumloon, plus een vergoeding voor werkgeverslasten.\n\n"
    "De loonwaarde wordt periodiek opnieuw bepaald, meestal na een jaar.",
    target="Werkzoekenden met een arbeidsbeperking uit de Participatiewet die niet zelfstandig het minimumloon kunnen verdienen.",
    conditions="- de werkgever biedt een arbeidsovereenkomst van minimaal zes maanden\n- de loonwaarde is lager dan 100%\n"
    "- de werknemer woont in het werkgebied",
    kw=["LKS", "loonkostensubsidie", "loonwaarde", "banenafspraak"],
    tiles=["EW08"],
    tiles_opt=["EW07"],
    kk=["KK10", "KK02"],
    kk_opt=["KK01", "KK06"],
    ed=["ED04"],
    ed_opt=["ED12", "ED03"],
    uv=["UV08"],
    legal=["participatiewet"],
    legal_opt=["wet_banenafspraak"],
    funding=[["buig"]],
    income=["wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["employer"],
    group=["GV01"],
    ladder=(4, 6),
    duration=[(12, "month"), (24, "month")],
    costs=[(7500, 14500, "year")],
    provider="self",
    scale=(20, 160),
    rates=(0.92, 0.0, 0.0),
    public=dict(
        title=["Werken met loonkostensubsidie"],
        summary="Kun je door een beperking minder snel werken? Dan kun je toch een baan krijgen met loon. "
        "Je werkgever krijgt dan geld van ons.",
        what_you_get="Een baan met ten minste het minimumloon. Soms krijg je ook een jobcoach.",
        how_to_start="Praat met je consulent. Die kijkt of loonkostensubsidie voor jou kan.",
        costs_for_you="Het kost jou niets. Je krijgt gewoon loon.",
    ),
)

_theme(
    "nt2",
    it="IT01",
    variants=[
        V(["NT2-traject", "Taaltraject Nederlands als tweede taal", "NT2 {plaats}"]),
        V(
            ["Beroepsgerichte taal (NT2 op de werkvloer)", "Werktaal Nederlands", "Vaktaal NT2"],
            focus="Taalles gekoppeld aan een werkplek: de vaktaal van zorg, logistiek of techniek staat centraal.",
            tiles=["EW06", "EW04"],
            kw=["vaktaal", "taal op de werkvloer"],
        ),
        V(
            ["Taal en werk combinatietraject", "Taal-werktraject", "Taal + werk"],
            focus="Twee dagen taalles en twee dagen werkervaring per week.",
            kw=["taal-werk"],
            uv=["UV03"],
        ),
    ],
    summary=[
        "Taalonderwijs Nederlands als tweede taal voor werkzoekenden die de taal onvoldoende beheersen voor werk. "
        "Het traject werkt toe naar niveau A2 of B1.",
        "Een taaltraject gericht op spreken, luisteren, lezen en schrijven in werksituaties, met examen op A2- of B1-niveau.",
    ],
    aim="Deelnemers spreken en begrijpen voldoende Nederlands om te kunnen werken of een beroepsopleiding te volgen.",
    method=[
        "Deelnemers volgen twee of drie lesdagdelen per week in een groep van maximaal twaalf personen. "
        "Er wordt een niveautoets gedaan bij de start en elke drie maanden.\n\n"
        "Naast de lessen oefenen deelnemers met een taalmaatje en online oefenprogramma's.",
        "Na een instaptoets volgt een lesprogramma op maat. De docent werkt met thema's uit het dagelijks leven en "
        "werk: een sollicitatiegesprek, een werkinstructie, een gesprek met een collega.",
    ],
    target="Werkzoekenden met een migratieachtergrond die buiten de inburgeringsplicht vallen of al zijn ingeburgerd "
    "maar meer taalvaardigheid nodig hebben voor werk.",
    conditions="Niveau bij de start is ten minste A1 en er is geen lopende inburgeringsplicht met een eigen leerroute.",
    kw=["NT2", "taal", "Nederlands", "B1", "A2"],
    tiles=["EW03", "EW06"],
    kk=["KK05"],
    kk_opt=["KK04", "KK07"],
    ed=["ED06"],
    ed_opt=["ED05", "ED09"],
    uv=["UV01"],
    legal=["participatiewet"],
    legal_opt=["lokaal_beleid"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "esf"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["provider", "online"],
    group=["GV02"],
    ladder=(2, 4),
    duration=[(6, "month"), (9, "month"), (12, "month")],
    intensity=(4, 9),
    costs=[(1100, 2900, "participant")],
    provider=["taal", "inburgering"],
    scale=(20, 120),
    rates=(0.15, 0.15, 0.3),
    public=dict(
        title=["Beter Nederlands leren voor werk", "Taalles Nederlands"],
        summary="Je leert beter Nederlands praten, lezen en schrijven. Zo kun je makkelijker werk vinden.",
        for_whom="Voor jou als Nederlands niet je eerste taal is en je beter Nederlands wilt leren voor je werk.",
        what_you_get="Les in een kleine groep, twee of drie keer per week. Je kunt ook oefenen met een taalmaatje.",
        how_to_start="Vraag je consulent om je aan te melden. Je doet eerst een korte toets.",
        costs_for_you="De les is gratis voor jou.",
    ),
)

_theme(
    "taalcafe",
    it="IT01",
    variants=[
        V(["Taalcafé {plaats}", "Taalcafé in de bibliotheek", "Praatcafé Nederlands"]),
        V(
            ["Taalmaatjes {plaats}", "Taalmaatje", "Koppeling met een taalmaatje"],
            focus="Een vrijwillig taalmaatje oefent een jaar lang wekelijks met de deelnemer.",
            group=["GV01"],
            loc=["home", "address"],
            kw=["taalmaatje"],
            summary="Een vrijwillig taalmaatje oefent een jaar lang wekelijks Nederlands met een anderstalige inwoner, "
            "thuis of op een plek in de buurt.",
            method="Na een intakegesprek koppelt de coördinator deelnemer en vrijwilliger op basis van interesses en "
            "beschikbaarheid. Ze spreken wekelijks een uur af. De coördinator belt na zes weken en na een halfjaar.\n\n"
            "Vrijwilligers volgen vooraf een basistraining en kunnen terecht op intervisie-avonden.",
            public=dict(
                title=["Oefenen met een taalmaatje"],
                summary="Een vrijwilliger komt een jaar lang elke week bij je langs. Samen oefenen jullie Nederlands.",
                what_you_get="Een vast taalmaatje. Jullie spreken samen af wanneer en waar jullie oefenen.",
                how_to_start="Meld je aan bij {provider} of vraag je consulent. Je krijgt eerst een kennismakingsgesprek.",
            ),
        ),
    ],
    summary=[
        "Een laagdrempelige plek waar inwoners wekelijks Nederlands oefenen met vrijwilligers, in een informele sfeer.",
        "Wekelijkse oefenmomenten voor iedereen die Nederlands wil oefenen. Geen les, wel gesprek en ontmoeting.",
    ],
    aim="Meer durven spreken in het Nederlands, mensen ontmoeten en de stap naar taalles of werk kleiner maken.",
    method=[
        "Elke {dag}ochtend is het taalcafé open. Vrijwilligers praten in kleine tafels met deelnemers over "
        "dagelijkse onderwerpen. Iedereen kan binnenlopen; aanmelden is niet nodig.\n\n"
        "De coördinator verwijst door naar taalles, het Taalhuis of een taalmaatje als iemand meer wil.",
        "Het taalcafé draait op vrijwilligers die een korte training hebben gehad. Er zijn vaste thema's per week, "
        "zoals boodschappen, de dokter en werk zoeken.",
    ],
    approach="Volledig vrijwillig en zonder toets; ontmoeting staat even centraal als taal.",
    target="Anderstalige inwoners, zowel nieuwkomers als mensen die al langer in Nederland wonen.",
    partners="{provider}, de bibliotheek en vrijwilligers uit de buurt.",
    kw=["taalcafé", "taalmaatje", "Nederlands oefenen", "NT2"],
    tiles=["EW03"],
    kk=["KK05", "KK14"],
    kk_opt=["KK04", "KK12"],
    ed=["ED06"],
    ed_opt=["ED05", "ED09", "ED13"],
    uv=["UV04", "UV01"],
    legal=["lokaal_beleid"],
    legal_opt=["wmo2015"],
    funding=[["wmo"], ["overig"]],
    income=["not_applicable"],
    age=["LG03", "LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02"],
    loc=["address"],
    group=["GV02"],
    ladder=(1, 3),
    duration=[(2, "hour")],
    duration_desc="Doorlopend; deelnemers komen zo vaak als ze willen.",
    intensity=(2, 2),
    costs=["free", (2500, 9000, "year")],
    costs_desc="Subsidie aan de uitvoerder voor coördinatie en trainingen van vrijwilligers.",
    provider=["welzijn", "taal"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.25,
    scale=(30, 180),
    rates=(0.03, 0.05, 0.2),
    public=dict(
        title=["Nederlands oefenen in het taalcafé", "Praten in het taalcafé"],
        summary="In het taalcafé oefen je Nederlands met vrijwilligers. Je drinkt koffie en praat over gewone dingen.",
        for_whom="Voor iedereen die Nederlands wil oefenen.",
        what_you_get="Een gezellige plek om te praten. Je ontmoet andere mensen.",
        how_to_start="Kom gewoon langs op {dag}ochtend. Je hoeft je niet aan te melden.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "taalhuis",
    it="IT01",
    variants=[
        V(["Taalhuis {plaats}", "Taalhuis: hulp bij lezen, schrijven en rekenen", "Taalpunt laaggeletterdheid"]),
        V(
            ["Taal voor het leven", "Basisvaardigheden voor volwassenen", "Lezen en schrijven voor volwassenen"],
            focus="Kleine groepen oefenen met lezen, schrijven en rekenen aan de hand van eigen doelen.",
            kw=["Taal voor het Leven"],
        ),
    ],
    summary=[
        "Hulp bij lezen, schrijven, rekenen en digitale vaardigheden voor volwassenen die dat lastig vinden, zowel "
        "Nederlandstalig als anderstalig.",
    ],
    aim="Laaggeletterde volwassenen versterken in basisvaardigheden, zodat zij zelfstandiger worden in werk en dagelijks leven.",
    method="Na een intakegesprek kiest de deelnemer een leervorm: een cursus in een groep, een vrijwillige taalmaatje of "
    "zelfstudie met begeleiding. Professionals herkennen laaggeletterdheid en verwijzen warm door.\n\n"
    "Het Taalhuis traint consulenten in het herkennen van signalen.",
    approach="Een warme overdracht: de consulent loopt het eerste gesprek mee, zodat de drempel laag blijft.",
    target="Volwassenen die moeite hebben met lezen, schrijven, rekenen of de computer.",
    partners="De bibliotheek, {provider}, het sociaal wijkteam en werkgevers.",
    kw=["Taalhuis", "laaggeletterdheid", "basisvaardigheden"],
    tiles=["EW03"],
    tiles_opt=["EW06"],
    kk=["KK05"],
    kk_opt=["KK12", "KK13"],
    ed=["ED09"],
    ed_opt=["ED06", "ED14"],
    uv=["UV01", "UV10"],
    legal=["lokaal_beleid"],
    funding=[["overig"], ["wmo", "overig"]],
    income=["not_applicable"],
    age=["LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02", "DD05"],
    loc=["address"],
    group=["GV01", "GV02"],
    ladder=(2, 4),
    duration=[(3, "month"), (6, "month")],
    intensity=(2, 4),
    costs=["free", (8000, 25000, "year")],
    provider=["taal"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.2,
    scale=(20, 150),
    rates=(0.02, 0.1, 0.2),
    public=dict(
        title=["Hulp bij lezen, schrijven en rekenen", "Het Taalhuis helpt je"],
        summary="Vind je lezen, schrijven of rekenen moeilijk? In het Taalhuis kun je oefenen. Niemand hoeft het te weten.",
        what_you_get="Een gesprek over wat je wilt leren. Daarna oefen je in een groep of met een vrijwilliger.",
        how_to_start="Loop binnen bij de bibliotheek of bel {phone}.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "digitaal",
    it="IT01",
    variants=[
        V(["Digitale vaardigheden", "Klik en tik: digitaal meedoen", "Digicafé {plaats}", "Digitaal werk zoeken"]),
        V(
            ["Werken met de computer voor werkzoekenden", "Digitaal solliciteren", "Computervaardigheden voor werk"],
            focus="Gericht op digitaal solliciteren: vacaturesites, e-mail, online formulieren en DigiD.",
            kk=["KK08"],
            kw=["DigiD", "solliciteren"],
        ),
    ],
    summary=[
        "Korte cursus voor inwoners die moeite hebben met computer, smartphone en online diensten, zoals DigiD, "
        "e-mail en werk.nl.",
    ],
    aim="Inwoners kunnen zelfstandig basishandelingen op computer en smartphone doen die nodig zijn voor werk en zaken met de overheid.",
    method="Zes bijeenkomsten van twee uur in een kleine groep, met eigen laptop of een leenlaptop. Onderwerpen:\n"
    "- e-mail en bijlagen\n- DigiD en online formulieren\n- veilig internetten\n- een cv maken en versturen\n\n"
    "Na de cursus kunnen deelnemers terecht bij het wekelijkse inloopuur.",
    target="Inwoners met weinig digitale ervaring, vaak 50-plussers of mensen met beperkte taalvaardigheid.",
    kw=["digitale vaardigheden", "Klik & Tik", "computercursus", "digicafé"],
    tiles=["EW03"],
    tiles_opt=["EW06"],
    kk=["KK05"],
    kk_opt=["KK07", "KK08"],
    ed=["ED09"],
    ed_opt=["ED02", "ED06"],
    uv=["UV01"],
    legal=["lokaal_beleid"],
    legal_opt=["participatiewet"],
    funding=[["overig"], ["re_integratiebudget"]],
    income=["not_applicable", "keeps_benefit"],
    age=["LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02", "DD05"],
    loc=["address", "provider"],
    group=["GV02"],
    ladder=(2, 4),
    duration=[(6, "week"), (8, "week")],
    intensity=(2, 2),
    costs=["free", (90, 240, "participant")],
    provider=["taal", "welzijn"],
    scale=(15, 90),
    rates=(0.05, 0.05, 0.2),
    public=dict(
        title=["Leren werken met computer en telefoon", "Digitaal meedoen"],
        summary="Je leert werken met de computer en je telefoon. Bijvoorbeeld mailen, DigiD gebruiken en een cv maken.",
        what_you_get="Zes lessen in een kleine groep. Heb je geen laptop? Dan kun je er een lenen.",
        how_to_start="Meld je aan bij de bibliotheek of bel {phone}.",
        costs_for_you="De cursus is gratis.",
    ),
)

_theme(
    "schuldhulp",
    it="IT01",
    variants=[
        V(["Schuldhulpverlening", "Schuldhulp {plaats}", "Hulp bij schulden", "Schuldhulpverlening en schuldregeling"]),
        V(
            ["Schuldhulp voor werkenden", "Schulden en werk: vroeg erbij", "Schuldhulp via de werkgever"],
            focus="Werkgevers kunnen medewerkers met geldzorgen direct en vertrouwelijk doorverwijzen.",
            ed=["ED14"],
            kw=["werkgeversaanpak schulden"],
        ),
    ],
    summary=[
        "Integrale schuldhulpverlening: stabilisatie van de financiële situatie, een schuldregeling of saneringskrediet, "
        "en nazorg. Wettelijke taak van de gemeente.",
        "Inwoners met problematische schulden krijgen binnen drie werkdagen een eerste gesprek. Daarna volgen stabilisatie, "
        "een minnelijke regeling en zo nodig begeleiding naar de Wsnp.",
    ],
    aim="Schulden oplossen of beheersbaar maken, zodat inwoners weer rust hebben en ruimte om te werken aan werk en meedoen.",
    method=[
        "Na aanmelding volgt binnen drie werkdagen een eerste gesprek. Bij dreigende huisuitzetting of afsluiting "
        "van energie handelen we binnen drie dagen.\n\nDe schuldhulpverlener brengt alle schulden in kaart, "
        "stabiliseert het inkomen (beslagvrije voet, toeslagen) en doet een voorstel aan schuldeisers. "
        "Tijdens een regeling van achttien maanden is er begeleiding en budgetcoaching.",
        "Schuldhulpverlening kent drie fasen:\n- stabiliseren: inkomsten en vaste lasten op orde\n"
        "- regelen: een schuldregeling of saneringskrediet\n- nazorg: begeleiding om nieuwe schulden te voorkomen\n\n"
        "De inwoner houdt zoveel mogelijk zelf de regie; we nemen taken over waar dat nodig is.",
    ],
    approach="Vroegsignalering: bij betalingsachterstanden van woningcorporaties en energieleveranciers nemen we zelf contact op.",
    target="Inwoners van {plaats} met (dreigende) problematische schulden, ook ondernemers en werkenden.",
    conditions="Inwoner van {plaats}, 18 jaar of ouder. Bij een eerdere regeling geldt soms een wachttermijn.",
    partners="Woningcorporaties, energieleveranciers, zorgverzekeraars (vroegsignalering), {provider} en vrijwillige thuisadministratie.",
    apply="Aanmelden via het formulier op de website, telefonisch via {phone} of via een professional met toestemming van de inwoner.",
    kw=["schuldhulp", "schuldhulpverlening", "schuldregeling", "vroegsignalering", "Wsnp"],
    tiles=["EW03"],
    kk=["KK03"],
    kk_opt=["KK01", "KK13"],
    ed=[],
    ed_opt=["ED14", "ED07", "ED13"],
    uv=["UV07", "UV11"],
    legal=["wet_gemeentelijke_schuldhulpverlening"],
    funding=[["overig"], ["wmo"]],
    income=["not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02", "DD05", "DD07"],
    loc=["gemeente", "home"],
    group=["GV01"],
    ladder=None,
    duration=[(18, "month"), (36, "month")],
    costs=[(1400, 2800, "trajectory"), "unknown"],
    provider=["self", "geld"],
    evidence=[("goed_onderbouwd", "movisie"), ("goed_beschreven", "movisie")],
    evidence_p=0.3,
    scale=(60, 400),
    rates=(0.05, 0.0, 0.1),
    public=dict(
        title=["Hulp bij schulden", "Heb je schulden? Wij helpen je"],
        summary="Heb je schulden en kom je er niet meer uit? Wij helpen je. Samen zoeken we een oplossing.",
        for_whom="Voor alle inwoners van {plaats} van 18 jaar en ouder. Ook als je werkt.",
        what_you_get="Binnen drie werkdagen een gesprek. Daarna maken we samen een plan voor je schulden.",
        how_to_start="Bel {phone} of vul het formulier in op de website. Je kunt ook langskomen.",
        costs_for_you="Hulp bij schulden is gratis.",
    ),
)

_theme(
    "budgetcoach",
    it="IT01",
    variants=[
        V(["Budgetcoaching", "Budgetcoach {plaats}", "Grip op geld: budgetcoaching"]),
        V(
            ["Thuisadministratie-maatje", "Hulp bij je thuisadministratie", "Papierwinkelhulp"],
            focus="Getrainde vrijwilligers helpen thuis met post, rekeningen en toeslagen.",
            uv=["UV04"],
            kw=["thuisadministratie", "vrijwilligers"],
            public=dict(
                title=["Hulp bij je post en papieren"],
                summary="Een vrijwilliger komt bij je thuis. Samen maken jullie je post open en ruimen jullie je papieren op.",
                what_you_get="Hulp bij brieven, rekeningen en toeslagen. De vrijwilliger komt een paar maanden lang.",
            ),
        ),
        V(
            ["Training Omgaan met geld", "Cursus Rondkomen", "Geldcursus voor jongeren"],
            focus="Een groepscursus van vier avonden over inkomsten, uitgaven en sparen.",
            group=["GV02"],
            uv=["UV01"],
            kw=["cursus"],
            method="Vier avonden van twee uur in een groep van acht tot twaalf deelnemers. Onderwerpen:\n"
            "- inkomsten en vaste lasten op een rij\n- slim besparen en toeslagen\n- sparen voor onverwachte kosten\n"
            "- omgaan met verleidingen en kopen op afbetaling\n\nNa de cursus kunnen deelnemers een gesprek met een budgetcoach aanvragen.",
            public=dict(
                title=["Cursus: rondkomen met je geld"],
                summary="In vier avonden leer je hoe je overzicht houdt over je geld. Je leert ook hoe je kunt sparen.",
                what_you_get="Vier avonden in een kleine groep. Je krijgt een handig overzicht mee naar huis.",
                how_to_start="Meld je aan via {email} of bel {phone}.",
            ),
        ),
    ],
    summary=[
        "Praktische begeleiding bij het op orde brengen en houden van de huishoudfinanciën, zodat geldzorgen niet "
        "in de weg staan bij werk en meedoen.",
    ],
    aim="Inwoners houden zelf overzicht over inkomsten en uitgaven en voorkomen nieuwe betalingsachterstanden.",
    method="De budgetcoach maakt samen met de inwoner een overzicht van inkomsten, vaste lasten en huishoudgeld, en "
    "helpt bij het aanvragen van toeslagen en regelingen. Na drie maanden wordt de begeleiding afgebouwd.\n\n"
    "De coach werkt met concrete hulpmiddelen: een ordner, een budgetplan en de bank-app.",
    target="Inwoners die moeite hebben met rondkomen of hun administratie, met of zonder schulden.",
    partners="{provider}, schuldhulpverlening en het sociaal wijkteam.",
    kw=["budgetcoaching", "thuisadministratie", "geldzorgen", "rondkomen"],
    tiles=["EW03"],
    kk=["KK03", "KK13"],
    kk_opt=["KK05"],
    ed=[],
    ed_opt=["ED01", "ED13", "ED14"],
    uv=["UV07"],
    legal=["wet_gemeentelijke_schuldhulpverlening"],
    legal_opt=["wmo2015"],
    funding=[["wmo"], ["overig"]],
    income=["not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02", "DD05"],
    loc=["home", "address"],
    group=["GV01"],
    ladder=None,
    duration=[(3, "month"), (6, "month")],
    intensity=(1, 2),
    costs=["free", (300, 900, "trajectory")],
    provider=["geld", "welzijn"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.3,
    scale=(20, 150),
    rates=(0.02, 0.0, 0.1),
    public=dict(
        title=["Hulp bij je geldzaken", "Grip op je geld"],
        summary="Een coach helpt je om overzicht te krijgen over je geld. Zo weet je wat er binnenkomt en wat eruit gaat.",
        what_you_get="Een coach die bij je thuis komt. Samen maak je een plan voor je geld.",
        how_to_start="Bel {phone} of vraag het aan je consulent of het wijkteam.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "geldzorgen",
    it="IT01",
    variants=[
        V(["Geldzorgen-spreekuur", "Spreekuur Geldvragen {plaats}", "Inloop Geld en Post"]),
        V(
            ["Geldzorgen-spreekuur voor ondernemers", "Ondernemersspreekuur geldzorgen"],
            focus="Speciaal voor zelfstandig ondernemers en zzp'ers met betalingsproblemen.",
            ed=["ED07", "ED10"],
            benefit=["DD06", "DD07"],
            kw=["ondernemers", "zzp"],
            public=dict(
                title=["Spreekuur voor ondernemers met geldzorgen"],
                summary="Heb je een eigen bedrijf en maak je je zorgen over geld? Kom langs op het spreekuur. Je hoeft geen afspraak te maken.",
                for_whom="Voor zelfstandigen en zzp'ers die in {plaats} wonen.",
            ),
        ),
    ],
    summary=[
        "Een vrij toegankelijk inloopspreekuur voor vragen over geld, post en regelingen. Zonder afspraak en zonder wachtlijst.",
    ],
    aim="Geldzorgen vroeg signaleren en snel de juiste hulp bieden, voordat schulden problematisch worden.",
    method="Elke {dag}middag zitten een schuldhulpverlener en vrijwilligers klaar in het wijkcentrum. Bezoekers "
    "kunnen brieven meenemen, vragen stellen en direct geholpen worden met formulieren of een betalingsregeling.\n\n"
    "Is er meer nodig, dan maakt de medewerker meteen een afspraak voor schuldhulp of budgetcoaching.",
    approach="Geen intake en geen dossier: eerst helpen, pas daarna registreren als de inwoner verdere hulp wil.",
    kw=["geldzorgen", "spreekuur", "vroegsignalering", "formulierenhulp"],
    tiles=["EW01", "EW03"],
    kk=["KK03"],
    kk_opt=["KK05", "KK13"],
    ed=[],
    ed_opt=["ED13", "ED14", "ED02"],
    uv=["UV10", "UV07"],
    legal=["wet_gemeentelijke_schuldhulpverlening"],
    funding=[["overig"], ["wmo"]],
    income=["not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02", "DD05", "DD08"],
    loc=["address"],
    group=["GV01"],
    ladder=None,
    duration=[(1, "hour")],
    costs=["free"],
    provider=["geld", "self"],
    scale=(50, 300),
    rates=(0.0, 0.0, 0.05),
    public=dict(
        title=["Spreekuur voor vragen over geld", "Geldzorgen? Kom langs"],
        summary="Heb je vragen over geld of brieven? Kom langs op het spreekuur. Je hoeft geen afspraak te maken.",
        what_you_get="Hulp bij brieven, formulieren en rekeningen. Als het nodig is, helpen we je verder.",
        how_to_start="Kom op {dag}middag naar het wijkcentrum. Neem je brieven mee.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "inburgering",
    it="IT01",
    variants=[
        V(["Inburgering B1-route", "Inburgeren in {plaats}: B1-route", "B1-route inburgering"]),
        V(
            [
                "Onderwijsroute voor jonge nieuwkomers",
                "Onderwijsroute inburgering",
                "Schakeltraject jonge statushouders",
            ],
            focus="Voor nieuwkomers tot ongeveer 28 jaar die willen doorstromen naar mbo, hbo of universiteit.",
            ed=["ED05", "ED01"],
            age=["LG02", "LG03"],
            tiles=["EW06"],
            kw=["onderwijsroute", "schakeljaar"],
            public=dict(
                title=["Inburgeren en doorleren"],
                summary="Ben je jong en wil je verder leren? In de onderwijsroute leer je Nederlands en bereid je je voor op een opleiding.",
                for_whom="Voor jonge nieuwkomers die naar het mbo, hbo of de universiteit willen.",
            ),
        ),
        V(
            ["Module Arbeidsmarkt en Participatie (MAP)", "MAP-traject", "Participatieverklaringstraject en MAP"],
            focus="Het verplichte onderdeel MAP en het participatieverklaringstraject (PVT) voor alle inburgeraars.",
            tiles=["EW05"],
            kw=["MAP", "PVT"],
            uv=["UV01"],
            public=dict(
                title=["Leren over werk en meedoen in Nederland"],
                summary="Je leert hoe werken in Nederland gaat. Je leert ook over de regels en gewoontes. Dit hoort bij je inburgering.",
            ),
        ),
    ],
    summary=[
        "Inburgering onder de Wet inburgering 2021: een persoonlijk plan inburgering en participatie (PIP), taalonderwijs "
        "op B1-niveau en een stevige koppeling met werk en vrijwilligerswerk.",
    ],
    aim="Inburgeraars leren de taal, kennen de samenleving en doen zo snel mogelijk mee, bij voorkeur via betaald werk.",
    method="Na de brede intake stelt de consulent inburgering met de inburgeraar het PIP op. De inburgeraar volgt taalles "
    "bij {provider}, gecombineerd met een werk- of participatiecomponent vanaf het eerste halfjaar.\n\n"
    "De consulent voert voortgangsgesprekken elke drie maanden en betrekt de werkconsulent zodra werk in beeld komt.",
    target="Inburgeringsplichtige statushouders en gezinsmigranten in {plaats}.",
    conditions="Inburgeringsplichtig onder de Wet inburgering 2021.",
    partners="{provider}, COA, VluchtelingenWerk, {wsp} en lokale werkgevers.",
    kw=["inburgering", "statushouders", "PIP", "B1-route", "Wi2021"],
    tiles=["EW03", "EW06"],
    tiles_opt=["EW02"],
    kk=["KK05", "KK04"],
    kk_opt=["KK11", "KK14"],
    ed=["ED05"],
    ed_opt=["ED06"],
    uv=["UV02", "UV01"],
    legal=["wet_inburgering_2021"],
    legal_opt=["participatiewet"],
    funding=[["inburgering"]],
    income=["keeps_benefit"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["provider", "gemeente"],
    group=["GV02"],
    ladder=(2, 4),
    duration=[(36, "month"), (24, "month")],
    intensity=(12, 20),
    costs=[(10000, 12500, "participant")],
    provider=["inburgering"],
    scale=(25, 160),
    rates=(0.12, 0.1, 0.4),
    public=dict(
        title=["Inburgeren in {plaats}"],
        summary="Je leert Nederlands tot niveau B1. Je leert ook hoe het werk in Nederland gaat. We maken samen een plan.",
        for_whom="Voor statushouders en gezinsmigranten die moeten inburgeren.",
        what_you_get="Taalles, een persoonlijk plan en hulp bij het vinden van werk of vrijwilligerswerk.",
        how_to_start="Je krijgt een brief van de gemeente voor een eerste gesprek.",
        costs_for_you="Voor statushouders is inburgeren gratis.",
    ),
)

_theme(
    "duaal",
    it="IT01",
    variants=[
        V(
            [
                "Duaal traject statushouders",
                "Dualistisch traject: taal en werk tegelijk",
                "Werken en leren voor nieuwkomers",
            ]
        ),
        V(
            ["Duale route techniek voor nieuwkomers", "Vakschool nieuwkomers techniek", "Techniek en taal duaal"],
            focus="Gericht op de technieksector, met een vakcertificaat (VCA, basis installatietechniek).",
            kk=["KK09"],
            kw=["VCA", "techniek"],
        ),
        V(
            ["Duale route zorg voor nieuwkomers", "Zorg en taal duaal", "Nieuwkomers in de zorg"],
            focus="Gericht op de zorg, met een opleiding tot helpende zorg en welzijn op niveau 2.",
            kk=["KK09"],
            kw=["helpende zorg", "zorg"],
        ),
    ],
    summary=[
        "Statushouders werken en leren tegelijk: taalles en vakopleiding gecombineerd met een werkplek, zodat taal in "
        "de praktijk wordt geleerd en werk niet hoeft te wachten op het taaldiploma.",
    ],
    aim="Nieuwkomers zo snel mogelijk aan het werk, met taal en vakkennis die zich in de praktijk ontwikkelen.",
    method="Het traject combineert per week:\n- twee dagen taalles met vaktaal\n- twee of drie dagen werkervaring bij een werkgever\n"
    "- wekelijkse begeleiding door een jobcoach met kennis van nieuwkomers\n\n"
    "Na twaalf maanden is het doel een arbeidsovereenkomst, eventueel met een BBL-opleiding.",
    approach="Taal wordt geleerd op de werkvloer; de docent komt ook op de werkplek kijken.",
    target="Statushouders met een inburgeringsplicht of recent ingeburgerd, met A1- tot A2-niveau.",
    partners="{provider}, werkgevers in de sector, {wsp} en COA.",
    kw=["duaal traject", "dualistisch", "statushouders", "taal en werk"],
    tiles=["EW04", "EW06"],
    tiles_opt=["EW08"],
    kk=["KK05", "KK10"],
    kk_opt=["KK04", "KK07", "KK09"],
    ed=["ED05"],
    ed_opt=["ED06"],
    uv=["UV03"],
    legal=["wet_inburgering_2021", "participatiewet"],
    funding=[["inburgering", "re_integratiebudget"], ["inburgering", "esf"]],
    income=["keeps_benefit", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD02"],
    loc=["employer", "provider"],
    group=["GV01", "GV02"],
    ladder=(3, 5),
    duration=[(12, "month"), (18, "month")],
    intensity=(24, 32),
    costs=[(4500, 8500, "participant")],
    provider=["inburgering", "onderwijs"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.2,
    scale=(10, 60),
    rates=(0.45, 0.1, 0.15),
    public=dict(
        title=["Werken en Nederlands leren tegelijk"],
        summary="Je werkt een paar dagen per week bij een bedrijf. De andere dagen krijg je taalles. Zo leer je snel.",
        for_whom="Voor statushouders die snel willen werken.",
        what_you_get="Een werkplek, taalles en een coach. Na een jaar is het doel een baan.",
        how_to_start="Vraag je consulent inburgering naar dit traject.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "zroute",
    it="IT01",
    variants=[
        V(["Z-route inburgering", "Zelfredzaamheidsroute", "Z-route: zelfredzaam in {plaats}"]),
    ],
    summary=[
        "De zelfredzaamheidsroute (Z-route) voor inburgeraars voor wie de B1-route of onderwijsroute niet haalbaar is. "
        "Praktisch Nederlands en meedoen in de buurt staan centraal.",
    ],
    aim="Inburgeraars worden zo zelfredzaam mogelijk: boodschappen doen, de weg vinden, contact met school en huisarts.",
    method="Deelnemers volgen 800 uur programma, met taalles op praktisch niveau en activiteiten zoals excursies, "
    "vrijwilligerswerk en ontmoetingen in de wijk. Een vaste begeleider houdt contact met de consulent.",
    target="Inburgeraars met een beperkte leerbaarheid, vaak ouderen of mensen die niet naar school zijn geweest.",
    kw=["Z-route", "zelfredzaamheid", "inburgering", "statushouders"],
    tiles=["EW03"],
    kk=["KK05", "KK13"],
    kk_opt=["KK04", "KK14"],
    ed=["ED05"],
    ed_opt=["ED09"],
    uv=["UV01", "UV04"],
    legal=["wet_inburgering_2021"],
    funding=[["inburgering"]],
    income=["keeps_benefit"],
    age=["LG04", "LG05"],
    benefit=["DD02"],
    loc=["provider", "address"],
    group=["GV02"],
    ladder=(1, 3),
    duration=[(24, "month"), (36, "month")],
    intensity=(8, 12),
    costs=[(6000, 9000, "participant")],
    provider=["inburgering", "welzijn"],
    scale=(6, 40),
    rates=(0.0, 0.0, 0.4),
    public=dict(
        title=["Zelfredzaam worden in {plaats}"],
        summary="Je leert Nederlands dat je nodig hebt in je dagelijks leven. Je doet ook mee aan activiteiten in de buurt.",
        how_to_start="Je consulent inburgering vertelt je of de Z-route bij je past.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "vrijwilligers",
    it="IT01",
    variants=[
        V(
            [
                "Vrijwilligerswerk-matching",
                "Vrijwilligerswerk vinden via het vrijwilligerspunt",
                "Match op vrijwilligerswerk",
            ]
        ),
        V(
            [
                "Vrijwilligerswerk als opstap naar werk",
                "Opstap via vrijwilligerswerk",
                "Vrijwilligerswerk met begeleiding",
            ],
            focus="Met begeleiding van een coach, zodat vrijwilligerswerk leidt tot werkervaring en referenties.",
            kk=["KK10"],
            kw=["opstap"],
        ),
    ],
    summary=[
        "Het vrijwilligerspunt koppelt inwoners aan passend vrijwilligerswerk, met aandacht voor talenten, wensen en "
        "eventuele beperkingen.",
    ],
    aim="Meedoen via vrijwilligerswerk, sociale contacten opbouwen en ervaring opdoen die kan helpen bij de weg naar werk.",
    method="In een matchgesprek bespreekt de consulent van het vrijwilligerspunt wat iemand wil en kan. Daarna volgt "
    "een kennismaking bij één of twee organisaties. Na zes weken is er een evaluatie.\n\n"
    "Vrijwilligers kunnen gratis trainingen volgen en krijgen een vrijwilligersverklaring voor hun cv.",
    target="Inwoners die vrijwilligerswerk zoeken, in het bijzonder mensen met een uitkering of een kleine sociale kring.",
    partners="{provider} en ruim honderd aangesloten vrijwilligersorganisaties.",
    kw=["vrijwilligerswerk", "vrijwilligerspunt", "vrijwilligersvacatures"],
    tiles=["EW03"],
    tiles_opt=["EW04"],
    kk=["KK14", "KK12"],
    kk_opt=["KK04", "KK10"],
    ed=[],
    ed_opt=["ED02", "ED05", "ED13", "ED04"],
    uv=["UV04", "UV10"],
    legal=["wmo2015"],
    legal_opt=["lokaal_beleid"],
    funding=[["wmo"], ["overig"]],
    income=["volunteer_allowance", "keeps_benefit", "unpaid"],
    age=["LG02", "LG03", "LG04", "LG05", "LG06"],
    benefit=["DD01", "DD02", "DD03", "DD04", "DD05"],
    loc=["address", "provider"],
    group=["GV01"],
    ladder=(2, 4),
    duration=[(6, "week")],
    duration_desc="Begeleiding bij de match; het vrijwilligerswerk zelf loopt door.",
    costs=["free", (15000, 40000, "year")],
    provider=["vrijwilligers"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.2,
    scale=(40, 250),
    rates=(0.03, 0.02, 0.6),
    public=dict(
        title=["Vrijwilligerswerk vinden", "Iets doen voor een ander"],
        summary="Wil je vrijwilligerswerk doen? Wij helpen je een plek te vinden die bij je past.",
        what_you_get="Een gesprek over wat je leuk vindt. Daarna ga je kennismaken bij een organisatie.",
        how_to_start="Maak een afspraak bij {provider} of kijk op de website.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "sollicitatie",
    it="IT01",
    variants=[
        V(["Sollicitatietraining", "Training Solliciteren met succes", "Sollicitatiewerkplaats {plaats}"]),
        V(
            ["Netwerkcoaching en LinkedIn", "Training Netwerken en LinkedIn", "Zichtbaar op LinkedIn"],
            focus="Deelnemers leren hun netwerk en LinkedIn gebruiken om de verborgen arbeidsmarkt te bereiken.",
            kw=["LinkedIn", "netwerken"],
            kk=["KK14"],
            method="Vier bijeenkomsten van drie uur:\n- je netwerk in kaart brengen\n- een sterk LinkedIn-profiel\n"
            "- contact leggen en een netwerkgesprek voeren\n- volhouden en opvolgen\n\n"
            "Tussen de bijeenkomsten voert elke deelnemer minstens twee netwerkgesprekken.",
            public=dict(
                title=["Werk vinden via je netwerk en LinkedIn"],
                summary="Veel banen komen nooit in een advertentie. Je leert hoe je via mensen die je kent en via LinkedIn werk vindt.",
                what_you_get="Vier bijeenkomsten in een groep. Je maakt een goed LinkedIn-profiel.",
            ),
        ),
        V(
            ["Cv-spreekuur", "Cv-check en sollicitatiebrief", "Inloop cv en brief"],
            focus="Een inloopspreekuur om cv en brief te laten nakijken en verbeteren.",
            group=["GV01"],
            duration=[(1, "hour")],
            kw=["cv", "motivatiebrief"],
            method="Elke {dag}ochtend kunnen werkzoekenden zonder afspraak binnenlopen. Een consulent of vrijwilliger met "
            "HR-ervaring kijkt cv en brief na en helpt ze direct te verbeteren. Wie meer hulp nodig heeft, wordt "
            "doorverwezen naar de sollicitatietraining.",
            public=dict(
                title=["Hulp bij je cv en sollicitatiebrief"],
                summary="Neem je cv of brief mee naar het spreekuur. Iemand kijkt er samen met jou naar en geeft tips.",
                what_you_get="Een gesprek van ongeveer een half uur. Je gaat naar huis met een betere cv of brief.",
                how_to_start="Kom op {dag}ochtend langs. Neem je cv mee op papier of op je telefoon.",
            ),
        ),
        V(
            ["Werkzoekendentraining in de groep", "Banenclub", "Sollicitatieclub"],
            focus="Een wekelijkse groep werkzoekenden die elkaar helpt met vacatures, brieven en tips.",
            kw=["banenclub", "jobclub"],
            method="De banenclub komt elke week een ochtend bij elkaar onder leiding van een coach. Deelnemers delen "
            "vacatures, oefenen gesprekken en spreken af wat ze die week gaan doen. Succesverhalen worden gedeeld "
            "en oud-deelnemers komen soms vertellen hoe zij werk vonden.",
            public=dict(
                title=["Samen zoeken naar werk in de banenclub"],
                summary="Elke week kom je samen met andere werkzoekenden. Jullie helpen elkaar met vacatures, brieven en tips.",
            ),
        ),
    ],
    summary=[
        "Een training van zes bijeenkomsten over cv, motivatiebrief, sollicitatiegesprek en presenteren, met veel oefenen "
        "en een sollicitatiegesprek met een echte werkgever.",
        "Praktische ondersteuning bij solliciteren: van vacatures vinden tot een gesprek voeren, in een groep met oefening en feedback.",
    ],
    aim="Deelnemers solliciteren zelfstandig, gericht en met vertrouwen, en krijgen vaker een uitnodiging voor een gesprek.",
    method=[
        "De training bestaat uit zes bijeenkomsten van drie uur:\n- je talenten en wat je zoekt\n- cv en motivatiebrief\n"
        "- vacatures vinden en netwerken\n- het sollicitatiegesprek (met video-opname)\n- omgaan met afwijzing\n"
        "- een oefengesprek met een werkgever\n\nTussen de bijeenkomsten werken deelnemers aan eigen sollicitaties.",
        "Deelnemers werken in een vaste groep van acht tot twaalf personen. De trainer wisselt korte uitleg af met oefenen "
        "in tweetallen. Elke deelnemer verstuurt tijdens de training minstens drie sollicitaties.",
    ],
    approach="Oefengesprekken worden gevoerd met echte werkgevers uit de regio, die ook direct feedback geven.",
    target="Werkzoekenden die klaar zijn voor werk maar weinig succes hebben met solliciteren.",
    uwv=dict(target="Werkzoekenden met een WW-uitkering die al enkele maanden zonder succes solliciteren."),
    kw=["sollicitatietraining", "cv", "sollicitatiegesprek", "JOBS"],
    tiles=["EW07"],
    tiles_opt=["EW05"],
    kk=["KK08"],
    kk_opt=["KK12", "KK07"],
    ed=[],
    ed_opt=["ED01", "ED02", "ED11"],
    uv=["UV01", "UV07"],
    legal=["participatiewet"],
    legal_opt=["ww"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02", "DD05", "DD01"],
    loc=["provider", "gemeente", "online"],
    group=["GV02"],
    ladder=(4, 6),
    duration=[(6, "week"), (8, "week")],
    intensity=(3, 6),
    costs=[(250, 850, "participant"), "free"],
    provider=["reintegratie", "self"],
    evidence=[("effectief_eerste", "other"), ("goed_onderbouwd", "movisie")],
    evidence_p=0.25,
    scale=(20, 160),
    rates=(0.4, 0.05, 0.1),
    public=dict(
        title=["Beter leren solliciteren", "Training solliciteren"],
        summary="In een groep leer je een goede cv en brief maken. Je oefent ook een sollicitatiegesprek.",
        what_you_get="Zes bijeenkomsten met een trainer. Je oefent met een echte werkgever.",
        how_to_start="Vraag je consulent om je aan te melden.",
        costs_for_you="De training is gratis.",
    ),
)

_theme(
    "jongerenloket",
    it="IT01",
    variants=[
        V(["Jongerenloket", "Jongerenloket {plaats}", "Jongerenpunt werk en school", "Jong {plaats} aan de slag"]),
        V(
            ["Jongerencoach tot 27 jaar", "Coaching jongeren 18-27", "Jongerenteam werk"],
            focus="Een vaste jongerencoach begeleidt jongeren tot 27 jaar naar school of werk, ook bij problemen thuis of met geld.",
            uv=["UV07"],
            legal=["jeugdwet"],
        ),
    ],
    summary=[
        "Eén loket voor jongeren tot 27 jaar zonder school of werk. Jongerencoaches helpen naar opleiding, werk of een "
        "passende plek, ook als er meer speelt.",
    ],
    aim="Geen jongere tussen wal en schip: jongeren hebben een startkwalificatie of werk, of zijn op weg daarnaartoe.",
    method="De jongerencoach heeft binnen een week een eerste gesprek, bij voorkeur op een plek die de jongere kiest. "
    "Samen maken ze een plan: terug naar school, aan het werk of eerst werken aan wat in de weg zit.\n\n"
    "Jongeren die een uitkering aanvragen krijgen eerst vier weken zoektijd, met begeleiding.",
    approach="Coaches zijn ook buiten kantoortijd bereikbaar via WhatsApp en gaan mee naar afspraken bij school of werkgever.",
    target="Jongeren van 16 tot 27 jaar zonder werk of opleiding, met of zonder uitkering.",
    partners="Het Regionaal Meld- en Coördinatiepunt (RMC), scholen, jongerenwerk en {wsp}.",
    kw=["jongerenloket", "jongeren tot 27", "RMC", "zoektijd", "startkwalificatie"],
    tiles=["EW01", "EW05"],
    tiles_opt=["EW07"],
    kk=["KK11", "KK13"],
    kk_opt=["KK01", "KK03", "KK12"],
    ed=["ED01"],
    ed_opt=["ED13"],
    uv=["UV07", "UV10"],
    legal=["participatiewet"],
    legal_opt=["jeugdwet", "lokaal_beleid"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "esf"]],
    income=["not_applicable", "keeps_benefit"],
    age=["LG01", "LG02", "LG03"],
    benefit=["DD01", "DD02"],
    loc=["gemeente", "address", "online"],
    group=["GV01"],
    ladder=(2, 6),
    duration=[(6, "month"), (12, "month")],
    costs=["unknown", (600, 1500, "trajectory")],
    provider=["self", "jongeren"],
    evidence=[("goed_beschreven", "nji")],
    evidence_p=0.2,
    scale=(40, 300),
    rates=(0.35, 0.3, 0.1),
    public=dict(
        title=["Hulp bij school of werk voor jongeren", "Ben je jonger dan 27 en zoek je werk of een opleiding?"],
        summary="Ben je tussen 16 en 27 jaar en heb je geen werk of school? Een jongerencoach helpt je verder.",
        for_whom="Voor jongeren van 16 tot 27 jaar in {plaats}.",
        what_you_get="Een eigen coach die met je meedenkt. Over school, werk, geld of wat er verder speelt.",
        how_to_start="Stuur een WhatsApp of bel {phone}. Je kunt ook langskomen.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "schoolverlaters",
    it="IT01",
    variants=[
        V(
            [
                "Schoolverlaters praktijkonderwijs en vso naar werk",
                "Van school naar werk (PrO/VSO)",
                "Overstap school-werk",
            ]
        ),
        V(
            ["Entree-opleiding met werkplek", "Entree plus werk", "Entreetraject jongeren"],
            focus="Jongeren volgen de mbo Entree-opleiding gecombineerd met een werkplek.",
            tiles=["EW06"],
            uv=["UV03"],
            kk=["KK09"],
            kw=["Entree", "mbo 1"],
        ),
    ],
    summary=[
        "Warme overdracht van leerlingen uit praktijkonderwijs en voortgezet speciaal onderwijs naar werk of vervolgonderwijs, "
        "zodat niemand na school thuis komt te zitten.",
    ],
    aim="Schoolverlaters uit PrO en VSO stromen door naar werk, beschut werk of een passende opleiding.",
    method="Vanaf het laatste schooljaar sluit een consulent aan bij het overleg op school. Samen met school, ouders en "
    "leerling wordt een plan gemaakt. Stages worden waar mogelijk omgezet in een baan, eventueel met "
    "loonkostensubsidie of jobcoaching.\n\nTot een jaar na school is er nazorg.",
    target="Leerlingen en oud-leerlingen (tot één jaar na uitstroom) van praktijkonderwijs en voortgezet speciaal onderwijs.",
    partners="Scholen voor PrO en VSO, RMC, UWV (Wajong, banenafspraak) en {wsp}.",
    kw=["PrO", "VSO", "schoolverlaters", "overstap", "banenafspraak"],
    tiles=["EW05", "EW07"],
    tiles_opt=["EW08"],
    kk=["KK11", "KK10"],
    kk_opt=["KK06", "KK13"],
    ed=["ED01"],
    ed_opt=["ED03", "ED04", "ED12"],
    uv=["UV10", "UV07"],
    legal=["participatiewet"],
    legal_opt=["wet_banenafspraak", "jeugdwet"],
    funding=[["re_integratiebudget"]],
    income=["not_applicable", "wage_with_subsidy"],
    age=["LG01", "LG02"],
    benefit=["DD01", "DD03"],
    loc=["address", "employer"],
    group=["GV01"],
    ladder=(3, 6),
    duration=[(12, "month"), (18, "month")],
    costs=["unknown"],
    provider=["self"],
    scale=(10, 70),
    rates=(0.5, 0.3, 0.1),
    public=dict(
        title=["Van school naar werk"],
        summary="Zit je op het praktijkonderwijs of het vso? Wij helpen je na school aan werk of een opleiding.",
        how_to_start="Vraag je mentor op school. De mentor neemt contact met ons op.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "vijftigplus",
    it="IT01",
    variants=[
        V(["50-plus netwerk", "Netwerkgroep 50+ {plaats}", "Ervaren werkzoekenden netwerk"]),
        V(
            ["Loopbaantraject 55-plus", "Werk na je 55e", "Nieuwe kansen voor 55-plussers"],
            focus="Gericht op werkzoekenden van 55 jaar tot de AOW-leeftijd, met aandacht voor vooroordelen bij werkgevers.",
            age=["LG05"],
            kw=["55-plus"],
        ),
    ],
    summary=[
        "Een netwerk van en voor werkzoekenden van 50 jaar en ouder, met workshops, netwerkbijeenkomsten en contact met werkgevers.",
    ],
    aim="Ervaren werkzoekenden benutten hun ervaring en netwerk, vergroten hun zichtbaarheid en vinden sneller werk.",
    method="Deelnemers komen tweewekelijks bij elkaar. Er zijn workshops over onder meer LinkedIn, je verhaal vertellen "
    "en omgaan met leeftijdsvooroordelen. Eens per kwartaal is er een bijeenkomst met werkgevers.\n\n"
    "Deelnemers helpen elkaar met vacaturetips en introducties.",
    approach="Het netwerk wordt mede gerund door deelnemers zelf; oud-deelnemers die werk vonden blijven vaak als ambassadeur.",
    target="Werkzoekenden van 50 jaar en ouder, met of zonder uitkering.",
    kw=["50-plus", "50+", "ervaren werkzoekenden", "netwerk"],
    tiles=["EW07"],
    tiles_opt=["EW05"],
    kk=["KK08", "KK14"],
    kk_opt=["KK12", "KK07"],
    ed=["ED02"],
    ed_opt=["ED11", "ED13"],
    uv=["UV07", "UV01"],
    legal=["participatiewet"],
    legal_opt=["ww", "lokaal_beleid"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit", "not_applicable"],
    age=["LG04", "LG05"],
    benefit=["DD01", "DD02", "DD05"],
    loc=["address", "online"],
    group=["GV02"],
    ladder=(5, 6),
    duration=[(3, "month"), (6, "month")],
    intensity=(2, 4),
    costs=["free", (200, 600, "participant")],
    provider=["self", "reintegratie"],
    scale=(15, 90),
    rates=(0.4, 0.05, 0.1),
    public=dict(
        title=["Netwerk voor werkzoekenden van 50 jaar en ouder"],
        summary="Ben je 50 jaar of ouder en zoek je werk? Doe mee met ons netwerk. Je leert van elkaar en ontmoet werkgevers.",
        what_you_get="Bijeenkomsten om de twee weken, workshops en gesprekken met werkgevers.",
        how_to_start="Meld je aan via {email} of bij je consulent.",
        costs_for_you="Meedoen is gratis.",
    ),
)

_theme(
    "praktijkverklaring",
    it="IT01",
    variants=[
        V(["Praktijkverklaring mbo", "Leren met een praktijkverklaring", "Praktijkleren met erkenning"]),
        V(
            [
                "Praktijkverklaring logistiek en productie",
                "Praktijkverklaring orderpicker",
                "Erkend leren in de productie",
            ],
            focus="Werkprocessen uit de mbo-opleidingen logistiek en productie, geleerd in het leerwerkbedrijf.",
            kw=["logistiek", "productie"],
        ),
    ],
    summary=[
        "Deelnemers leren een deel van een mbo-beroep in de praktijk en krijgen daarvoor een officiële mbo-praktijkverklaring, "
        "die laat zien welke werkprocessen zij beheersen.",
    ],
    aim="Vakmanschap zichtbaar maken voor werkgevers, juist voor mensen voor wie een volledig diploma (nog) te hoog gegrepen is.",
    method="De deelnemer werkt op een leerwerkplek en leert per werkproces onder begeleiding van een praktijkopleider. "
    "Het mbo beoordeelt in de praktijk en geeft de praktijkverklaring af.\n\n"
    "Werkprocessen kunnen later worden gestapeld tot een mbo-certificaat of diploma.",
    target="Werkzoekenden en werknemers met een afstand tot de arbeidsmarkt die praktisch zijn ingesteld.",
    partners="{provider}, het mbo-college en werkgevers met een erkend leerbedrijf.",
    kw=["praktijkverklaring", "praktijkleren", "mbo", "erkenning"],
    tiles=["EW06"],
    tiles_opt=["EW04"],
    kk=["KK09"],
    kk_opt=["KK10", "KK06", "KK12"],
    ed=[],
    ed_opt=["ED04", "ED05", "ED01", "ED12"],
    uv=["UV03"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "esf"]],
    income=["keeps_benefit", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD01"],
    loc=["provider", "employer"],
    group=["GV01"],
    ladder=(4, 5),
    duration=[(3, "month"), (6, "month")],
    intensity=(16, 24),
    costs=[(650, 1500, "participant")],
    provider=["leerwerk", "onderwijs"],
    scale=(10, 80),
    rates=(0.35, 0.15, 0.15),
    public=dict(
        title=["Een praktijkverklaring halen", "Leren op het werk met een mbo-bewijs"],
        summary="Je leert een vak in de praktijk. Wat je kunt, staat op een officieel bewijs van het mbo.",
        what_you_get="Een werkplek waar je leert en een praktijkverklaring van het mbo.",
        how_to_start="Vraag je consulent ernaar.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "bbl",
    it="IT01",
    variants=[
        V(["BBL-traject voor werkzoekenden", "Leerwerkbaan met BBL", "Werken en leren (BBL)"]),
        V(
            ["BBL zorg: helpende en verzorgende IG", "Zorgacademie BBL", "Leerwerkbaan in de zorg"],
            focus="Een BBL-opleiding in de zorg, met een leerwerkbaan bij een zorgorganisatie.",
            kw=["zorg", "VIG", "helpende"],
        ),
        V(
            ["BBL techniek en installatie", "Leerwerkbaan techniek", "Vakkracht techniek BBL"],
            focus="Een BBL-opleiding in de techniek met een leerwerkbaan bij een installatie- of bouwbedrijf.",
            kw=["techniek", "installatie", "bouw"],
        ),
    ],
    summary=[
        "Werkzoekenden starten met een arbeidsovereenkomst en een mbo-opleiding in de beroepsbegeleidende leerweg (BBL). "
        "Ze verdienen loon en halen een diploma.",
    ],
    aim="Duurzaam werk en een diploma in een sector waar veel vraag is naar personeel.",
    method="Na een oriëntatie en een proefperiode van vier weken start de deelnemer met een BBL-contract: vier dagen werken, "
    "één dag school. De werkgever kan gebruikmaken van de subsidie praktijkleren en zo nodig loonkostensubsidie.\n\n"
    "Een trajectbegeleider houdt contact met school, werkgever en deelnemer.",
    target="Werkzoekenden zonder startkwalificatie of met een diploma in een richting zonder werk, die kunnen leren op mbo 2- of 3-niveau.",
    conditions="Geschikt voor het mbo-niveau (blijkt uit een intake- en capaciteitentoets). Er is een erkend leerbedrijf.",
    partners="{provider}, werkgevers in de sector, opleidingsfondsen en {wsp}.",
    kw=["BBL", "leerwerkbaan", "mbo", "diploma"],
    tiles=["EW06", "EW08"],
    kk=["KK09", "KK07"],
    kk_opt=["KK10", "KK11"],
    ed=[],
    ed_opt=["ED01", "ED05", "ED11"],
    uv=["UV02", "UV03"],
    legal=["participatiewet"],
    legal_opt=["ww"],
    funding=[["re_integratiebudget", "werkgever"], ["werkgever", "esf"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD02", "DD05", "DD01"],
    loc=["employer", "provider"],
    group=["GV01"],
    ladder=(4, 6),
    duration=[(24, "month"), (36, "month")],
    intensity=(32, 36),
    costs=[(1500, 4500, "participant")],
    provider=["onderwijs"],
    evidence=[("effectief_eerste", "other")],
    evidence_p=0.15,
    scale=(8, 60),
    rates=(0.75, 0.1, 0.0),
    public=dict(
        title=["Werken en leren tegelijk", "Een diploma halen terwijl je werkt"],
        summary="Je krijgt een baan met loon en je gaat één dag per week naar school. Zo haal je een mbo-diploma.",
        what_you_get="Een contract, loon en een opleiding. Een begeleider helpt je.",
        how_to_start="Vertel je consulent dat je interesse hebt. Je doet eerst een korte toets.",
        costs_for_you="De opleiding kost jou niets.",
    ),
)

_theme(
    "bbz",
    it="IT01",
    variants=[
        V(["Bbz: ondersteuning zelfstandigen", "Ondersteuning ondernemers (Bbz)", "Bbz-loket"]),
        V(
            [
                "Ondernemerscoach bij tegenvallende inkomsten",
                "Coaching voor ondernemers in zwaar weer",
                "Ondernemer in zwaar weer",
            ],
            focus="Een ervaren ondernemerscoach kijkt samen met de ondernemer of het bedrijf levensvatbaar is.",
            uv=["UV07"],
            kw=["ondernemers in zwaar weer"],
        ),
    ],
    summary=[
        "Ondersteuning van zelfstandig ondernemers en zzp'ers met te weinig inkomen, op grond van het Besluit bijstandverlening "
        "zelfstandigen (Bbz): tijdelijke inkomensondersteuning, bedrijfskapitaal en advies.",
    ],
    aim="Levensvatbare bedrijven helpen voortbestaan en ondernemers zonder perspectief helpen bij een goede afbouw en overstap.",
    method="Na de aanvraag beoordeelt een Bbz-adviseur de levensvatbaarheid van het bedrijf, zo nodig met een extern "
    "onderzoek. Ondernemers kunnen maximaal twaalf maanden inkomensondersteuning krijgen, een lening voor "
    "bedrijfskapitaal of begeleiding bij beëindiging.\n\n"
    "Ondernemers die stoppen krijgen hulp bij de overstap naar loondienst.",
    target="Zelfstandig ondernemers en zzp'ers in {plaats}, ook oudere ondernemers (IOAZ).",
    kw=["Bbz", "zzp", "ondernemers", "IOAZ", "bedrijfskapitaal"],
    tiles=["EW01", "EW02"],
    tiles_opt=["EW03"],
    kk=["KK03", "KK13"],
    kk_opt=["KK11"],
    ed=["ED07", "ED10"],
    uv=["UV08", "UV07"],
    legal=["participatiewet"],
    funding=[["buig"], ["buig", "overig"]],
    income=["keeps_benefit", "not_applicable"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD06", "DD07"],
    loc=["gemeente", "address"],
    group=["GV01"],
    ladder=(5, 6),
    duration=[(12, "month")],
    costs=["unknown"],
    provider=["ondernemers", "self"],
    scale=(8, 60),
    rates=(0.2, 0.0, 0.0),
    public=dict(
        title=["Hulp voor ondernemers met te weinig inkomen", "Ondernemer en te weinig inkomen?"],
        summary="Heb je een eigen bedrijf en verdien je te weinig om van te leven? Misschien kun je tijdelijk geld of een lening krijgen.",
        for_whom="Voor zelfstandigen en zzp'ers die in {plaats} wonen.",
        what_you_get="Een gesprek met een adviseur. Soms tijdelijk geld om van te leven, een lening of hulp bij stoppen.",
        how_to_start="Vraag Bbz aan via de website of bel {phone}.",
        costs_for_you="Het advies is gratis. Een lening moet je terugbetalen.",
    ),
)

_theme(
    "starters",
    it="IT01",
    variants=[
        V(
            [
                "Starten als ondernemer vanuit de bijstand",
                "Startersbegeleiding uitkeringsgerechtigden",
                "Van uitkering naar eigen bedrijf",
            ]
        ),
    ],
    summary=[
        "Werkzoekenden met een uitkering en een goed ondernemingsidee krijgen een voorbereidingsperiode met behoud van uitkering, "
        "training en een beoordeling van het ondernemingsplan.",
    ],
    aim="Kansrijke startende ondernemers helpen een levensvatbaar bedrijf op te zetten en zo uit te stromen uit de uitkering.",
    method="De kandidaat volgt een starterstraining van acht weken en schrijft een ondernemingsplan. Een onafhankelijke "
    "adviseur beoordeelt het plan. Bij een positief oordeel is een startkrediet en inkomensaanvulling via het Bbz mogelijk.\n\n"
    "Een vrijwillige ondernemerscoach begeleidt het eerste jaar.",
    target="Bijstandsgerechtigden met ondernemerservaring of een concreet ondernemingsidee.",
    kw=["starters", "ondernemingsplan", "Bbz", "startkrediet"],
    tiles=["EW05", "EW06"],
    kk=["KK07", "KK13"],
    kk_opt=["KK11", "KK12"],
    ed=["ED07"],
    ed_opt=["ED10"],
    uv=["UV01", "UV07"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget", "buig"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02"],
    loc=["provider"],
    group=["GV01", "GV02"],
    ladder=(5, 6),
    duration=[(3, "month"), (6, "month")],
    costs=[(900, 1800, "participant")],
    provider=["ondernemers"],
    scale=(4, 25),
    rates=(0.6, 0.0, 0.0),
    public=dict(
        title=["Een eigen bedrijf beginnen vanuit de bijstand"],
        summary="Heb je een goed idee voor een eigen bedrijf? Je kunt je voorbereiden terwijl je je uitkering houdt.",
        what_you_get="Een training, hulp bij je ondernemingsplan en een coach in het eerste jaar.",
        how_to_start="Bespreek je idee met je consulent.",
        costs_for_you="De training is gratis.",
    ),
)

_theme(
    "nuggers",
    it="IT01",
    variants=[
        V(
            [
                "Werkzoekenden zonder uitkering (nuggers)",
                "Ondersteuning niet-uitkeringsgerechtigden",
                "Ook zonder uitkering aan het werk",
            ]
        ),
        V(
            ["Herintreders: terug naar werk", "Herintredersprogramma", "Weer aan het werk na zorgtaken"],
            focus="Voor herintreders die na jaren zorg voor kinderen of familie weer willen werken.",
            kw=["herintreders"],
            kk=["KK12", "KK11"],
        ),
    ],
    summary=[
        "Werkzoekenden zonder uitkering, zoals partners van werkenden en herintreders, kunnen gebruikmaken van "
        "re-integratieondersteuning: advies, training en bemiddeling.",
    ],
    aim="Ook inwoners zonder uitkering krijgen een eerlijke kans op werk en dragen bij aan het vervullen van vacatures.",
    method="Na aanmelding volgt een oriënterend gesprek. Daarna kan de werkzoekende meedoen aan trainingen, een "
    "werkervaringsplek of bemiddeling via de jobhunters, op dezelfde manier als werkzoekenden met een uitkering.",
    target="Inwoners zonder uitkering die willen werken, zoals partners van werkenden, jongeren en herintreders.",
    kw=["nuggers", "niet-uitkeringsgerechtigden", "herintreders"],
    tiles=["EW01", "EW05", "EW07"],
    kk=["KK11", "KK12"],
    kk_opt=["KK08", "KK14"],
    ed=["ED13"],
    ed_opt=["ED02", "ED06"],
    uv=["UV07", "UV10"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["not_applicable"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD01"],
    loc=["gemeente", "online"],
    group=["GV01"],
    ladder=(3, 6),
    duration=[(6, "month")],
    costs=["unknown", "free"],
    provider="self",
    scale=(10, 70),
    rates=(0.4, 0.05, 0.1),
    public=dict(
        title=["Hulp bij werk, ook zonder uitkering"],
        summary="Heb je geen uitkering en wil je werken? Je kunt toch hulp krijgen van ons.",
        for_whom="Voor inwoners zonder uitkering die werk zoeken. Bijvoorbeeld als je lang voor je kinderen hebt gezorgd.",
        how_to_start="Meld je aan via {email} of bel {phone}.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "fietsles",
    it="IT01",
    variants=[
        V(["Fietsles voor volwassenen", "Fietsschool {plaats}", "Leren fietsen"]),
        V(
            ["Fiets naar werk", "Fiets voor werk: fiets en les", "Fietsplan werkzoekenden"],
            focus="Deelnemers die werk vinden krijgen na de lessen een opgeknapte fiets in bruikleen.",
            uv=["UV11", "UV01"],
            kw=["fiets in bruikleen"],
        ),
    ],
    summary=[
        "Fietslessen voor volwassenen die niet of onzeker fietsen, zodat ze zelfstandig naar werk, school of taalles kunnen.",
    ],
    aim="Zelfstandig en veilig kunnen reizen naar werk en activiteiten, zonder afhankelijk te zijn van anderen of van het ov.",
    method="Tien lessen van een uur op een afgesloten terrein, daarna oefenen in het verkeer. Les wordt gegeven door "
    "vrijwillige instructeurs. Aan het eind is er een fietsvaardigheidstoets.",
    target="Volwassenen die niet kunnen fietsen, vooral nieuwkomers.",
    kw=["fietsles", "mobiliteit", "fietsen"],
    tiles=["EW03"],
    kk=["KK03"],
    kk_opt=["KK12", "KK13"],
    ed=["ED05", "ED06"],
    uv=["UV01"],
    legal=["lokaal_beleid"],
    legal_opt=["wet_inburgering_2021"],
    funding=[["overig"], ["inburgering"]],
    income=["not_applicable"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD01", "DD02"],
    loc=["address"],
    group=["GV02"],
    ladder=(2, 3),
    duration=[(10, "week")],
    intensity=(1, 2),
    costs=[(120, 280, "participant")],
    contrib=["0.00", "10.00", "25.00"],
    provider=["mobiliteit", "welzijn"],
    scale=(8, 40),
    rates=(0.0, 0.0, 0.1),
    public=dict(
        title=["Leren fietsen", "Fietsles voor volwassenen"],
        summary="Wil je leren fietsen? Je krijgt les van een vrijwilliger. Eerst op een plein, daarna op straat.",
        what_you_get="Tien lessen. Je mag een fiets lenen.",
        how_to_start="Meld je aan bij {provider} of vraag je consulent.",
        costs_for_you="Soms betaal je een kleine borg voor de fiets.",
    ),
)

_theme(
    "ov",
    it="IT01",
    variants=[
        V(["Reistraining openbaar vervoer", "OV-maatje", "Zelfstandig reizen met het ov"]),
        V(
            ["Vervoersregeling naar werk", "Tegemoetkoming reiskosten naar werk", "Reiskostenregeling werkstart"],
            focus="Een tegemoetkoming in de reiskosten in de eerste maanden van een nieuwe baan.",
            uv=["UV08", "UV11"],
            kw=["reiskosten"],
            public=dict(
                title=["Geld voor je reiskosten als je net werkt"],
                summary="Heb je net een baan en zijn je reiskosten hoog? Dan krijg je de eerste drie maanden soms een vergoeding.",
                how_to_start="Vraag het aan je consulent voordat je begint met werken.",
            ),
        ),
    ],
    summary=[
        "Ondersteuning om zelfstandig naar werk of een traject te reizen: reistraining met een maatje en, waar nodig, "
        "een tijdelijke tegemoetkoming in de reiskosten.",
    ],
    aim="Vervoer mag geen reden zijn om werk of een traject te laten lopen.",
    method="Een getrainde vrijwilliger reist eerst samen met de deelnemer de route, daarna op afstand, tot de deelnemer "
    "het zelfstandig kan. Voor wie net werk heeft kan een reiskostenvergoeding voor drie maanden worden toegekend.",
    target="Werkzoekenden en nieuwe werknemers die moeite hebben met reizen, bijvoorbeeld door een beperking of onbekendheid met het ov.",
    kw=["OV", "reistraining", "mobiliteit", "reiskosten"],
    tiles=["EW03", "EW09"],
    kk=["KK03"],
    kk_opt=["KK13", "KK12"],
    ed=[],
    ed_opt=["ED03", "ED04", "ED05"],
    uv=["UV07", "UV11"],
    legal=["participatiewet"],
    legal_opt=["wmo2015"],
    funding=[["re_integratiebudget"], ["wmo"]],
    income=["not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD01"],
    loc=["address"],
    group=["GV01"],
    ladder=(2, 5),
    duration=[(6, "week"), (3, "month")],
    costs=[(75, 400, "participant"), "free"],
    provider=["mobiliteit", "welzijn", "self"],
    scale=(5, 40),
    rates=(0.3, 0.0, 0.3),
    public=dict(
        title=["Leren reizen met bus en trein", "Hulp bij reizen naar je werk"],
        summary="Een vrijwilliger reist een paar keer met je mee. Zo leer je zelf met de bus of trein naar je werk te gaan.",
        how_to_start="Vraag je consulent om je aan te melden.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "kinderopvang",
    it="IT01",
    variants=[
        V(
            [
                "Kinderopvang bij re-integratie",
                "Kinderopvang tijdens traject",
                "Opvang voor je kind als je aan het werk gaat",
            ]
        ),
        V(
            [
                "Overbruggingsregeling kinderopvang",
                "Tijdelijke vergoeding kinderopvang bij werkstart",
                "Startregeling kinderopvang",
            ],
            focus="Een tijdelijke vergoeding van de eigen bijdrage kinderopvang in de eerste drie maanden van een nieuwe baan.",
            uv=["UV08"],
            kw=["werkstart"],
        ),
    ],
    summary=[
        "Ouders met een uitkering die een traject volgen of gaan werken, krijgen hulp bij het regelen en betalen van "
        "kinderopvang, zodat de zorg voor kinderen geen belemmering is.",
    ],
    aim="Kinderopvang mag geen reden zijn om niet aan een traject of werk te beginnen.",
    method="De consulent helpt bij het vinden van een opvangplek en bij de aanvraag van kinderopvangtoeslag. Voor "
    "ouders met een uitkering die een traject volgen, vergoedt de gemeente het deel dat niet door de toeslag wordt gedekt.",
    target="Ouders en alleenstaande ouders met een uitkering of nieuwe baan, met kinderen tot 12 jaar.",
    kw=["kinderopvang", "kinderopvangtoeslag", "alleenstaande ouders"],
    tiles=["EW03"],
    tiles_opt=["EW08"],
    kk=["KK03"],
    ed=[],
    ed_opt=["ED05", "ED06"],
    uv=["UV08", "UV11"],
    legal=["participatiewet"],
    legal_opt=["lokaal_beleid"],
    funding=[["re_integratiebudget"]],
    income=["not_applicable"],
    age=["LG03", "LG04"],
    benefit=["DD02", "DD01"],
    loc=["address"],
    group=["GV01"],
    ladder=None,
    duration=[(3, "month"), (6, "month")],
    costs=[(150, 450, "month")],
    provider=["self", "kinderopvang"],
    scale=(5, 60),
    rates=(0.5, 0.1, 0.1),
    public=dict(
        title=["Hulp bij kinderopvang", "Kinderopvang als je gaat werken"],
        summary="Ga je werken of een traject volgen? Wij helpen je met kinderopvang. Soms betalen wij een deel.",
        how_to_start="Vraag je consulent naar de mogelijkheden.",
        costs_for_you="Je betaalt soms een klein deel zelf. Je consulent rekent het met je uit.",
    ),
)

_theme(
    "sport",
    it="IT01",
    variants=[
        V(["Sport en bewegen naar werk", "Sportief aan de slag", "Werkfit door bewegen", "Bewegen naar werk"]),
        V(
            ["Buurtsportcoach voor werkzoekenden", "Beweegcoach {plaats}", "Samen sporten in de wijk"],
            focus="Een buurtsportcoach helpt deelnemers een passende sport of beweegactiviteit in de buurt te vinden.",
            kw=["buurtsportcoach"],
        ),
    ],
    summary=[
        "Een beweegprogramma voor werkzoekenden waarin sport wordt ingezet om conditie, ritme, zelfvertrouwen en samenwerken "
        "te verbeteren als opstap naar werk.",
    ],
    aim="Deelnemers voelen zich fitter, hebben meer zelfvertrouwen en zetten de volgende stap richting werk of vrijwilligerswerk.",
    method="Twee keer per week sporten in een groep onder leiding van een sportcoach, gecombineerd met een korte "
    "workshop over werknemersvaardigheden. Na twaalf weken volgt een eindgesprek met de consulent.\n\n"
    "Deelnemers kiezen daarna een sport bij een vereniging, vaak met een tijdelijke korting.",
    approach="Sport is het middel: op het veld worden dezelfde vaardigheden geoefend als op de werkvloer.",
    target="Werkzoekenden met een uitkering die weinig bewegen of door stress of gezondheid niet toekomen aan werk.",
    kw=["sport", "bewegen", "buurtsportcoach", "gezondheid"],
    tiles=["EW03", "EW04"],
    kk=["KK02", "KK12"],
    kk_opt=["KK01", "KK04", "KK14"],
    ed=[],
    ed_opt=["ED02", "ED04", "ED05"],
    uv=["UV07"],
    legal=["participatiewet"],
    legal_opt=["lokaal_beleid"],
    funding=[["re_integratiebudget"], ["overig"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02"],
    loc=["address", "provider"],
    group=["GV02"],
    ladder=(2, 4),
    duration=[(12, "week"), (16, "week")],
    intensity=(3, 5),
    costs=[(250, 600, "participant")],
    provider=["sport"],
    evidence=[("effectief_eerste", "kenniscentrum_sport"), ("goed_beschreven", "kenniscentrum_sport")],
    evidence_p=0.4,
    scale=(10, 80),
    rates=(0.15, 0.02, 0.4),
    public=dict(
        title=["Sporten en werken aan je toekomst", "Fitter worden en stappen zetten"],
        summary="Je sport twee keer per week in een groep. Je wordt fitter en je krijgt meer zelfvertrouwen.",
        what_you_get="Sporten met een coach en korte workshops. Twaalf weken lang.",
        how_to_start="Vraag je consulent of je mee mag doen.",
        costs_for_you="Meedoen is gratis. Sportkleding hoef je niet te kopen.",
    ),
)

_theme(
    "leefstijl",
    it="IT01",
    variants=[
        V(["Gezond aan het werk", "Leefstijlcoaching voor werkzoekenden", "Gezond en fit naar werk"]),
    ],
    summary=[
        "Leefstijlcoaching voor werkzoekenden waarbij gezondheid, slaap, voeding en stress in de weg staan bij werk.",
    ],
    aim="Gezondheid verbeteren als voorwaarde voor (meer) werk; deelnemers ervaren meer energie en minder klachten.",
    method="Een leefstijlcoach voert individuele gesprekken en begeleidt een groepsprogramma van tien bijeenkomsten over "
    "voeding, bewegen, slaap en ontspanning. Waar nodig wordt verwezen naar de huisarts of de praktijkondersteuner.",
    target="Werkzoekenden met overgewicht, chronische vermoeidheid of stressklachten.",
    kw=["leefstijl", "gezondheid", "GLI", "stress"],
    tiles=["EW03"],
    kk=["KK02", "KK01"],
    kk_opt=["KK12", "KK13"],
    ed=[],
    ed_opt=["ED02", "ED04"],
    uv=["UV07"],
    legal=["participatiewet"],
    legal_opt=["wmo2015"],
    funding=[["re_integratiebudget"], ["overig"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["provider", "address"],
    group=["GV01", "GV02"],
    ladder=(2, 4),
    duration=[(4, "month"), (6, "month")],
    intensity=(1, 3),
    costs=[(300, 750, "participant")],
    provider=["sport", "zorg"],
    evidence=[("goed_onderbouwd", "cgl"), ("effectief_eerste", "cgl")],
    evidence_p=0.45,
    scale=(8, 50),
    rates=(0.1, 0.0, 0.4),
    public=dict(
        title=["Gezonder leven, makkelijker werken"],
        summary="Een coach helpt je gezonder te leven. Je leert over eten, bewegen, slapen en ontspannen.",
        how_to_start="Vraag je consulent of je huisarts naar dit programma.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "ips",
    it="IT01",
    variants=[
        V(["IPS: Individuele Plaatsing en Steun", "IPS-traject", "Werk als medicijn (IPS)"]),
        V(
            ["IPS voor jongeren met psychische klachten", "IPS jongeren", "IPS jong"],
            focus="Speciaal voor jongeren tot 27 jaar met psychische klachten, in samenwerking met de jeugd-GGZ.",
            ed=["ED01", "ED04"],
            age=["LG02", "LG03"],
            evidence=[("effectief_goede", "trimbos")],
        ),
    ],
    summary=[
        "Individuele Plaatsing en Steun (IPS): mensen met psychische aandoeningen worden snel en zonder voortraject begeleid "
        "naar betaald werk, met ondersteuning door een trajectbegeleider in het behandelteam.",
    ],
    aim="Duurzaam betaald werk voor mensen met (ernstige) psychische aandoeningen die graag willen werken.",
    method="IPS werkt volgens acht vaste principes, waaronder:\n- iedereen die wil werken doet mee\n- snel zoeken naar "
    "betaald werk, zonder lange voorbereiding\n- de voorkeuren van de deelnemer zijn leidend\n- begeleiding "
    "blijft zolang als nodig\n\nDe IPS-trajectbegeleider maakt deel uit van het GGZ-behandelteam en werkt "
    "samen met de consulent.",
    approach="Eerst plaatsen, dan trainen: ondersteuning vindt plaats op de werkplek, niet ervoor.",
    target="Mensen met psychische aandoeningen in behandeling bij de GGZ die betaald werk willen.",
    partners="{provider}, UWV en de gemeentelijke consulenten.",
    kw=["IPS", "GGZ", "psychische aandoeningen", "place-then-train"],
    tiles=["EW07", "EW08", "EW09"],
    kk=["KK01", "KK12"],
    kk_opt=["KK06", "KK08"],
    ed=["ED04"],
    ed_opt=["ED01"],
    uv=["UV07"],
    legal=["participatiewet"],
    legal_opt=["wia", "wajong"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "uwv"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD04", "DD01"],
    loc=["employer", "provider"],
    group=["GV01"],
    ladder=(3, 6),
    duration=[(12, "month"), (18, "month")],
    costs=[(3500, 5500, "trajectory")],
    provider=["zorg"],
    evidence=[("effectief_sterke", "trimbos")],
    evidence_p=0.85,
    scale=(8, 45),
    rates=(0.55, 0.05, 0.1),
    public=dict(
        title=["Aan het werk met psychische klachten", "Werk vinden met steun van je behandelteam"],
        summary="Heb je psychische klachten en wil je werken? Een begeleider uit je behandelteam helpt je snel aan een baan.",
        what_you_get="Hulp bij het zoeken naar werk dat jij wilt. Ook als je werkt, blijft de begeleider je helpen.",
        how_to_start="Vraag het aan je behandelaar of je consulent.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "jobhunting",
    it="IT01",
    variants=[
        V(["Jobhunting en bemiddeling", "Bemiddeling naar werk", "Matchen op vacatures", "Jobhunters {plaats}"]),
        V(
            ["Matchdagen met werkgevers", "Speeddaten met werkgevers", "Banenmarkt voor werkzoekenden"],
            focus="Werkzoekenden ontmoeten werkgevers op matchdagen rond een sector.",
            group=["GV02"],
            kw=["speeddate", "banenmarkt"],
        ),
    ],
    summary=[
        "Jobhunters zoeken gericht naar passende vacatures en werkgevers voor werkzoekenden die klaar zijn voor werk, "
        "en begeleiden het sollicitatieproces tot en met de plaatsing.",
    ],
    aim="Zoveel mogelijk werkzoekenden die klaar zijn voor werk duurzaam plaatsen bij werkgevers in de regio.",
    method="De jobhunter maakt een kandidaatprofiel en zoekt actief in het netwerk van {wsp}. Kandidaten worden "
    "voorgesteld aan werkgevers; de jobhunter bereidt het gesprek voor en bespreekt de mogelijkheden zoals proefplaatsing, "
    "no-riskpolis en loonkostensubsidie.\n\nNa plaatsing volgt nazorg.",
    target="Werkzoekenden met een uitkering die direct bemiddelbaar zijn.",
    kw=["jobhunter", "bemiddeling", "matching", "vacatures"],
    tiles=["EW07", "EW08"],
    kk=["KK08", "KK10"],
    kk_opt=["KK12", "KK07"],
    ed=[],
    ed_opt=["ED01", "ED02", "ED05", "ED12"],
    uv=["UV10", "UV07"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["gemeente", "employer"],
    group=["GV01"],
    ladder=(5, 6),
    duration=[(3, "month"), (6, "month")],
    costs=["unknown", (400, 1200, "trajectory")],
    provider="self",
    scale=(40, 300),
    rates=(0.6, 0.02, 0.05),
    public=dict(
        title=["Hulp bij het vinden van een baan", "Een jobhunter zoekt werk voor jou"],
        summary="Ben je klaar om te werken? Een jobhunter zoekt samen met jou een baan en stelt je voor aan werkgevers.",
        how_to_start="Je consulent meldt je aan bij de jobhunters.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "banenafspraak",
    it="IT01",
    variants=[
        V(
            [
                "Banenafspraak en doelgroepregister",
                "Aan de slag via de banenafspraak",
                "Banenafspraakkandidaten bemiddelen",
            ]
        ),
    ],
    summary=[
        "Ondersteuning van mensen in het doelgroepregister van de banenafspraak bij het vinden en houden van een baan bij een "
        "reguliere werkgever, met de inzet van jobcoaching, loonkostensubsidie en no-riskpolis.",
    ],
    aim="Meer mensen met een arbeidsbeperking aan het werk in de extra banen van de banenafspraak.",
    method="De consulent controleert of de kandidaat in het doelgroepregister staat of vraagt een beoordeling aan bij UWV. "
    "Daarna bemiddelt de accountmanager naar werkgevers die banenafspraakbanen aanbieden. "
    "Functies worden waar nodig aangepast via job carving.",
    target="Mensen die zijn opgenomen in het doelgroepregister banenafspraak.",
    conditions="Opname in het doelgroepregister (of een lopende aanvraag bij UWV).",
    kw=["banenafspraak", "doelgroepregister", "garantiebaan"],
    tiles=["EW07", "EW08"],
    kk=["KK10", "KK06"],
    kk_opt=["KK02", "KK01"],
    ed=["ED12", "ED04"],
    ed_opt=["ED03"],
    uv=["UV10"],
    legal=["wet_banenafspraak", "participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["wage_with_subsidy"],
    age=["LG01", "LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD01"],
    loc=["employer"],
    group=["GV01"],
    ladder=(4, 6),
    duration=[(6, "month")],
    costs=["unknown"],
    provider="self",
    dgr=True,
    scale=(10, 90),
    rates=(0.7, 0.0, 0.05),
    public=dict(
        title=["Werken via de banenafspraak"],
        summary="Sta je in het doelgroepregister? Dan helpen wij je aan een baan bij een gewone werkgever.",
        how_to_start="Vraag je consulent of je in het doelgroepregister staat.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "nazorg",
    it="IT01",
    variants=[
        V(["Nazorg na werkaanvaarding", "Aan het werk en blijven werken", "Nazorg nieuwe werknemers"]),
    ],
    summary=[
        "Na het vinden van werk houdt een consulent nog zes maanden contact met de nieuwe werknemer (en desgewenst de "
        "werkgever), om terugval te voorkomen.",
    ],
    aim="Uitval in de eerste maanden na werkaanvaarding voorkomen.",
    method="De consulent belt in de eerste week, na een maand en daarna elke twee maanden. Bij signalen van problemen "
    "(bijvoorbeeld met geld, vervoer of opvang) wordt snel geschakeld. Ook helpen we bij de overgang van uitkering "
    "naar loon, zodat er geen gat in het inkomen valt.",
    kw=["nazorg", "uitstroom", "duurzame plaatsing"],
    tiles=["EW09"],
    kk=["KK13", "KK03"],
    kk_opt=["KK06"],
    ed=[],
    ed_opt=["ED14"],
    uv=["UV07"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD01"],
    loc=["online", "employer"],
    group=["GV01"],
    ladder=(6, 6),
    duration=[(6, "month")],
    costs=["free", "unknown"],
    provider="self",
    scale=(40, 250),
    rates=(0.9, 0.0, 0.0),
    public=dict(
        title=["Hulp als je net aan het werk bent"],
        summary="Heb je net een baan? We houden nog een half jaar contact. Zo kun je ons bellen als er iets is.",
        how_to_start="Je krijgt vanzelf een belletje van je consulent.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "leerwerkbedrijf",
    it="IT01",
    variants=[
        V(
            ["Leerwerkbedrijf productie en montage", "Leerwerkplaats montage", "Werkplaats productie"],
            focus="Montage, inpakwerk en productie voor opdrachtgevers uit de regio.",
        ),
        V(
            ["Leerwerkbedrijf groenonderhoud", "Groenploeg leerwerk", "Leerwerkbedrijf groen en recreatie"],
            focus="Onderhoud van parken, bermen en recreatiegebieden.",
            kw=["groen", "hoveniers"],
        ),
        V(
            ["Leerwerkbedrijf fietsenwerkplaats", "Fietsenwerkplaats", "Leerwerkplaats fietstechniek"],
            focus="Reparatie en opknappen van fietsen, met een praktijkverklaring fietstechniek.",
            kw=["fietsenmaker"],
        ),
        V(
            ["Leerwerkbedrijf schoonmaak", "Schoonmaakacademie", "Leerwerkplaats schoonmaak en facilitair"],
            focus="Schoonmaakwerk in gemeentelijke gebouwen, met een vakdiploma schoonmaak.",
            kw=["schoonmaak", "SVS"],
        ),
    ],
    summary=[
        "Een leerwerkbedrijf waar werkzoekenden in een echte werkomgeving werkervaring opdoen, vakvaardigheden leren en zich "
        "voorbereiden op een baan bij een reguliere werkgever.",
    ],
    aim="Doorstroom naar regulier werk, met werkervaring, een referentie en waar mogelijk een certificaat of praktijkverklaring.",
    method="Deelnemers werken vier dagen per week in een team onder leiding van een werkmeester. Elke deelnemer heeft een "
    "leerplan met vakvaardigheden en werknemersvaardigheden. Na drie maanden bekijken we de mogelijkheden voor "
    "een detachering of proefplaatsing bij een werkgever.",
    approach="Productiewerk voor echte opdrachtgevers: deelnemers werken onder de normale eisen van tijd en kwaliteit.",
    target="Werkzoekenden met een uitkering die werkervaring en vakvaardigheden nodig hebben.",
    kw=["leerwerkbedrijf", "leerwerkplek", "werkervaring", "detachering"],
    tiles=["EW04", "EW06"],
    kk=["KK10", "KK06"],
    kk_opt=["KK09", "KK07", "KK04"],
    ed=[],
    ed_opt=["ED04", "ED05", "ED12"],
    uv=["UV03"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "esf"]],
    income=["keeps_benefit"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02"],
    loc=["provider"],
    group=["GV02"],
    ladder=(3, 5),
    duration=[(6, "month"), (9, "month"), (12, "month")],
    intensity=(20, 32),
    costs=[(350, 900, "month")],
    provider=["leerwerk", "sw"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.15,
    scale=(15, 120),
    rates=(0.4, 0.05, 0.15),
    public=dict(
        title=["Werkervaring opdoen in ons leerwerkbedrijf"],
        summary="Je werkt in een team en leert een vak. Daarna helpen we je aan werk bij een bedrijf.",
        what_you_get="Echt werk, een werkmeester die je helpt en soms een certificaat.",
        how_to_start="Vraag je consulent om je aan te melden.",
        costs_for_you="Het kost jou niets. Je houdt je uitkering.",
    ),
)

_theme(
    "buurtbaan",
    it="IT01",
    variants=[
        V(["Buurtbaan", "Buurtbanen {plaats}", "Werken in je eigen wijk"]),
        V(
            ["Buurtconciërge", "Wijkconciërge", "Buurtbeheer met bewoners"],
            focus="Deelnemers houden als buurtconciërge de wijk schoon, heel en veilig.",
            kw=["buurtconciërge"],
        ),
    ],
    summary=[
        "Een baan of participatieplek in de eigen wijk, bijvoorbeeld als buurtconciërge, gastvrouw in het buurthuis of "
        "helper bij een sportclub. Dichtbij huis, met begeleiding.",
    ],
    aim="Meedoen in de eigen buurt, werkritme opbouwen en bijdragen aan een leefbare wijk; waar mogelijk doorstromen naar betaald werk.",
    method="Deelnemers werken in een team van buurtbanen onder leiding van een buurtcoördinator. De werkzaamheden worden "
    "samen met bewoners en de woningcorporatie bepaald. Wie klaar is voor een volgende stap, stroomt door naar "
    "een werkervaringsplek of betaald werk.",
    approach="Bewoners bepalen mee wat er in hun wijk moet gebeuren; deelnemers worden gezien als buurtgenoot, niet als cliënt.",
    target="Werkzoekenden met een uitkering die dichtbij huis willen beginnen.",
    partners="Woningcorporaties, {provider}, buurtteams en bewonersorganisaties.",
    kw=["buurtbaan", "wijk", "buurtconciërge", "leefbaarheid"],
    tiles=["EW03", "EW04"],
    kk=["KK14", "KK06"],
    kk_opt=["KK10", "KK12"],
    ed=[],
    ed_opt=["ED02", "ED04", "ED05", "ED06"],
    uv=["UV04"],
    legal=["participatiewet"],
    legal_opt=["lokaal_beleid"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "overig"]],
    income=["keeps_benefit", "volunteer_allowance"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02"],
    loc=["address"],
    group=["GV02"],
    ladder=(2, 4),
    duration=[(6, "month"), (12, "month")],
    intensity=(8, 20),
    costs=[(2000, 5000, "participant")],
    provider=["welzijn", "self"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.2,
    scale=(10, 80),
    rates=(0.15, 0.0, 0.4),
    public=dict(
        title=["Werken in je eigen buurt"],
        summary="Je werkt een paar dagen per week in je eigen buurt. Bijvoorbeeld in het buurthuis of als buurtconciërge.",
        how_to_start="Vraag je consulent naar de buurtbanen in jouw wijk.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "orientatie",
    it="IT01",
    variants=[
        V(["Beroepenoriëntatie", "Ontdek je talent", "Wat wil ik worden? Oriëntatietraject", "Talentenwerkplaats"]),
        V(
            ["Snuffelstages", "Meeloopdagen bij werkgevers", "Proeven aan een beroep"],
            focus="Deelnemers lopen een of meer dagen mee bij werkgevers in verschillende sectoren.",
            loc=["employer"],
            kw=["snuffelstage", "meeloopdag"],
            method="De consulent regelt samen met de deelnemer twee tot vier meeloopdagen bij werkgevers in verschillende "
            "sectoren. Na elke dag volgt een kort gesprek: wat sprak aan, wat niet? Daarna kiest de deelnemer een "
            "richting en maakt een actieplan.",
        ),
    ],
    summary=[
        "Een oriëntatietraject voor werkzoekenden die niet weten welk werk bij hen past: talenten ontdekken, beroepen leren "
        "kennen en een realistisch beroepsdoel kiezen.",
    ],
    aim="Deelnemers kiezen een haalbaar en gemotiveerd beroepsdoel en weten welke stappen daarvoor nodig zijn.",
    method="In acht bijeenkomsten werken deelnemers met beroepeninteressetests, gesprekken met mensen uit het vak en "
    "bedrijfsbezoeken. Elke deelnemer sluit af met een persoonlijk actieplan dat met de consulent wordt besproken.",
    target="Werkzoekenden die geen duidelijk beroepsdoel hebben, ook jongeren en mensen die van beroep willen veranderen.",
    kw=["beroepsoriëntatie", "talent", "beroepskeuze", "interessetest"],
    tiles=["EW05"],
    tiles_opt=["EW02"],
    kk=["KK11"],
    kk_opt=["KK12", "KK07"],
    ed=[],
    ed_opt=["ED01", "ED05", "ED11", "ED13"],
    uv=["UV01", "UV05"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD02", "DD01"],
    loc=["provider", "employer"],
    group=["GV02", "GV01"],
    ladder=(3, 5),
    duration=[(6, "week"), (8, "week")],
    intensity=(3, 6),
    costs=[(300, 900, "participant")],
    provider=["reintegratie", "self"],
    scale=(12, 80),
    rates=(0.2, 0.2, 0.2),
    public=dict(
        title=["Ontdek welk werk bij je past"],
        summary="Weet je niet goed welk werk je wilt doen? In deze training ontdek je je talenten en ga je kijken bij bedrijven.",
        how_to_start="Vraag je consulent om je aan te melden.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "omscholing",
    it="IT01",
    variants=[
        V(
            ["Omscholing naar de zorg", "Zorgpool: omscholen naar zorg en welzijn", "Overstap naar de zorg"],
            focus="Korte opleidingen tot helpende, woonbegeleider of medewerker maaltijdservice.",
            kw=["zorg"],
        ),
        V(
            ["Omscholing naar techniek", "Techniektalent: omscholen naar techniek", "Overstap naar de techniek"],
            focus="Korte opleidingen in installatietechniek, elektrotechniek en onderhoud.",
            kw=["techniek"],
        ),
        V(
            ["Omscholing kinderopvang en onderwijs", "Overstap naar het onderwijs", "Onderwijsassistent in opleiding"],
            focus="Opleidingen tot pedagogisch medewerker of onderwijsassistent.",
            kw=["onderwijs", "kinderopvang"],
        ),
    ],
    summary=[
        "Werkzoekenden worden omgeschoold naar een beroep in een sector met personeelstekorten, met een baangarantie of "
        "sollicitatiegarantie bij deelnemende werkgevers.",
    ],
    aim="Werkzoekenden aan duurzaam werk helpen in tekortsectoren, en werkgevers helpen aan gemotiveerd personeel.",
    method="Na een selectiedag met werkgevers volgen deelnemers een kort opleidingsprogramma (drie tot negen maanden), "
    "gecombineerd met stage bij een van de werkgevers. Wie de opleiding afrondt, krijgt een arbeidsovereenkomst "
    "of een gegarandeerd sollicitatiegesprek.",
    target="Werkzoekenden met werk- en denkniveau passend bij mbo 2 of 3 en interesse in de sector.",
    kw=["omscholing", "tekortsector", "baangarantie", "leven lang ontwikkelen"],
    tiles=["EW06"],
    tiles_opt=["EW05", "EW08"],
    kk=["KK09", "KK07"],
    kk_opt=["KK11"],
    ed=[],
    ed_opt=["ED11", "ED02", "ED13", "ED14"],
    uv=["UV02", "UV01"],
    legal=["participatiewet"],
    legal_opt=["ww"],
    funding=[["re_integratiebudget", "werkgever"], ["esf", "werkgever"]],
    income=["keeps_benefit", "wage"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02", "DD05", "DD01"],
    loc=["provider", "employer"],
    group=["GV02"],
    ladder=(4, 6),
    duration=[(3, "month"), (6, "month"), (9, "month")],
    intensity=(16, 32),
    costs=[(1500, 4800, "participant")],
    provider=["onderwijs"],
    scale=(8, 50),
    rates=(0.7, 0.05, 0.0),
    public=dict(
        title=["Een nieuw vak leren met uitzicht op een baan"],
        summary="Je volgt een korte opleiding voor een beroep waar veel werk is. Als je slaagt, kun je meteen aan de slag.",
        what_you_get="Een opleiding, een stage en een baan of sollicitatiegesprek bij een werkgever.",
        how_to_start="Kom naar een informatiebijeenkomst of vraag je consulent.",
        costs_for_you="De opleiding is gratis voor jou.",
    ),
)

_theme(
    "empowerment",
    it="IT01",
    variants=[
        V(["Training Ik kan het!", "Krachtgerichte training", "Empowermenttraining {plaats}"]),
        V(
            ["Training Eigen regie", "Zelf aan het roer", "Regie op je eigen leven"],
            focus="Gericht op zelfregie: doelen stellen, plannen en volhouden.",
            kk=["KK13"],
        ),
    ],
    summary=[
        "Een groepstraining voor werkzoekenden die door tegenslag het vertrouwen in eigen kunnen zijn kwijtgeraakt. Deelnemers "
        "werken aan zelfvertrouwen, eigen regie en toekomstdoelen.",
    ],
    aim="Deelnemers geloven weer in eigen kunnen, stellen zelf doelen en zetten een eerste concrete stap.",
    method="Tien wekelijkse bijeenkomsten van 2,5 uur, met oefeningen, rollenspel en huiswerk. Onderwerpen zijn onder meer "
    "kwaliteiten, grenzen stellen, omgaan met tegenslag en hulp vragen. Een ervaringsdeskundige is medetrainer.",
    approach="Een ervaringsdeskundige traint mee; deelnemers leren van iemand die zelf ook langs dit pad is gekomen.",
    target="Werkzoekenden die al lang thuis zitten, weinig zelfvertrouwen hebben of veel tegenslag hebben gehad.",
    kw=["empowerment", "zelfvertrouwen", "eigen regie", "ervaringsdeskundige"],
    tiles=["EW03"],
    kk=["KK12", "KK13"],
    kk_opt=["KK01", "KK14"],
    ed=[],
    ed_opt=["ED02", "ED06", "ED13"],
    uv=["UV01", "UV07"],
    legal=["participatiewet"],
    legal_opt=["wmo2015"],
    funding=[["re_integratiebudget"], ["wmo"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["provider", "address"],
    group=["GV02"],
    ladder=(1, 3),
    duration=[(10, "week"), (12, "week")],
    intensity=(2, 3),
    costs=[(350, 850, "participant")],
    provider=["welzijn", "reintegratie"],
    evidence=[("goed_onderbouwd", "movisie"), ("effectief_eerste", "movisie"), ("effectief_goede", "movisie")],
    evidence_p=0.4,
    scale=(10, 60),
    rates=(0.08, 0.05, 0.45),
    public=dict(
        title=["Weer vertrouwen in jezelf", "Training: geloven in jezelf"],
        summary="Heb je veel tegenslag gehad? In deze training leer je weer te vertrouwen op jezelf. Je doet het samen met anderen.",
        how_to_start="Vraag je consulent of bel {phone}.",
        costs_for_you="De training is gratis.",
    ),
)

_theme(
    "ouders",
    it="IT01",
    variants=[
        V(["Perspectief voor alleenstaande ouders", "Alleenstaande ouders aan het werk", "Moeders aan de slag"]),
    ],
    summary=[
        "Een programma voor alleenstaande ouders in de bijstand: werk, opleiding en zorg voor kinderen in balans, met "
        "aandacht voor opvang, geld en netwerk.",
    ],
    aim="Alleenstaande ouders vinden een haalbare combinatie van werk of opleiding en zorg, en verbeteren hun inkomenspositie.",
    method="Deelnemers volgen een groepsprogramma van twaalf bijeenkomsten, tijdens schooltijd. Er is kinderopvang "
    "tijdens de bijeenkomsten. Een persoonlijke coach helpt bij de regelingen rond kinderopvang, toeslagen en "
    "het combineren van werk en zorg.",
    target="Alleenstaande ouders met een bijstandsuitkering en kinderen tot 18 jaar.",
    kw=["alleenstaande ouders", "kinderopvang", "werk en zorg"],
    tiles=["EW03", "EW05"],
    kk=["KK03", "KK12"],
    kk_opt=["KK14", "KK11"],
    ed=[],
    ed_opt=["ED06"],
    uv=["UV07", "UV01"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04"],
    benefit=["DD02"],
    loc=["address"],
    group=["GV02", "GV01"],
    ladder=(2, 5),
    duration=[(3, "month"), (6, "month")],
    costs=[(600, 1400, "participant")],
    provider=["welzijn", "self"],
    evidence=[("goed_beschreven", "movisie")],
    evidence_p=0.3,
    scale=(8, 40),
    rates=(0.2, 0.15, 0.2),
    public=dict(
        title=["Werk en kinderen: hoe doe je dat?"],
        summary="Ben je alleenstaande ouder? Samen met andere ouders zoek je uit hoe je werk of studie combineert met je kinderen.",
        how_to_start="Vraag je consulent om je aan te melden.",
        costs_for_you="Het is gratis. Er is opvang voor je kinderen tijdens de bijeenkomsten.",
    ),
)

_theme(
    "dakloos",
    it="IT01",
    variants=[
        V(["Werk en wonen voor dak- en thuislozen", "Onderdak en werk", "Van opvang naar werk"]),
    ],
    summary=[
        "Een aanpak voor dak- en thuislozen waarin een woonplek, dagbesteding en begeleiding naar werk samen worden "
        "georganiseerd, met een vaste begeleider.",
    ],
    aim="Een stabiele woonsituatie en een dagbesteding of baan, als basis voor herstel.",
    method="Deelnemers krijgen een plek in een begeleide woonvorm en werken vanaf de eerste week in een werkproject "
    "(fietsenwerkplaats, schoonmaak, horeca). Een vaste begeleider helpt met schulden, uitkering en zorg.\n\n"
    "Bij voldoende stabiliteit volgt doorstroom naar een eigen woning en een werkplek buiten het project.",
    target="Dak- en thuislozen in de maatschappelijke opvang die willen werken aan werk en wonen.",
    kw=["dak- en thuislozen", "maatschappelijke opvang", "housing first"],
    tiles=["EW03", "EW04"],
    kk=["KK03", "KK01"],
    kk_opt=["KK06", "KK14"],
    ed=["ED08"],
    uv=["UV04", "UV07", "UV11"],
    legal=["wmo2015"],
    legal_opt=["participatiewet"],
    funding=[["wmo", "re_integratiebudget"]],
    income=["keeps_benefit", "volunteer_allowance"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["provider"],
    group=["GV01", "GV02"],
    ladder=(1, 4),
    duration=[(12, "month")],
    costs=[(8000, 18000, "year")],
    provider=["opvang"],
    evidence=[("goed_onderbouwd", "trimbos"), ("goed_beschreven", "movisie")],
    evidence_p=0.3,
    scale=(5, 30),
    rates=(0.1, 0.0, 0.4),
    public=dict(
        title=["Een plek om te wonen en te werken"],
        summary="Heb je geen huis? Je krijgt een woonplek en begeleiding. Je kunt ook meteen aan het werk in een project.",
        how_to_start="Ga naar de centrale toegang van de maatschappelijke opvang of bel {phone}.",
        costs_for_you="Je betaalt een eigen bijdrage voor je woonplek. Je begeleider rekent dit met je uit.",
    ),
)

_theme(
    "loopbaan",
    it="IT01",
    variants=[
        V(["Loopbaancheck voor werkenden", "Ontwikkeladvies voor werkenden", "Werkcheck: klaar voor de toekomst?"]),
        V(
            ["Van werk naar werk", "Werkbehoud bij reorganisatie", "Mobiliteitscentrum van werk naar werk"],
            focus="Voor werknemers die door reorganisatie of faillissement hun baan dreigen te verliezen.",
            ed=["ED11"],
            benefit=["DD08"],
            kw=["van werk naar werk", "reorganisatie"],
        ),
    ],
    summary=[
        "Werkenden met vragen over hun loopbaan of een onzekere baan krijgen een gratis loopbaangesprek en advies over "
        "scholing, regelingen en kansrijk werk in de regio.",
    ],
    aim="Werkloosheid voorkomen door werkenden tijdig te laten bijscholen of overstappen naar kansrijk werk.",
    method="Een loopbaanadviseur voert twee of drie gesprekken, eventueel met een loopbaantest. Het resultaat is een "
    "ontwikkeladvies met concrete stappen en informatie over subsidies voor scholing.",
    target="Werkenden en zzp'ers met vragen over hun toekomst op de arbeidsmarkt, in het bijzonder in krimpende beroepen.",
    kw=["loopbaan", "ontwikkeladvies", "leven lang ontwikkelen", "van werk naar werk"],
    tiles=["EW05"],
    tiles_opt=["EW06"],
    kk=["KK11", "KK07"],
    kk_opt=["KK09"],
    ed=["ED14"],
    ed_opt=["ED11", "ED10", "ED02"],
    uv=["UV07"],
    legal=["lokaal_beleid"],
    funding=[["esf"], ["overig"]],
    income=["not_applicable"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD01", "DD07", "DD08"],
    loc=["provider", "online"],
    group=["GV01"],
    ladder=(6, 6),
    duration=[(1, "month"), (6, "week")],
    costs=["free", (450, 900, "participant")],
    provider=["reintegratie", "self"],
    scale=(15, 120),
    rates=(0.8, 0.1, 0.0),
    public=dict(
        title=["Gratis advies over je werk en loopbaan"],
        summary="Twijfel je over je werk of je toekomst? Je krijgt gratis gesprekken met een loopbaanadviseur.",
        how_to_start="Maak een afspraak via de website of bel {phone}.",
        costs_for_you="Het is gratis.",
    ),
)

# ----- UWV-specific werkzoekende-dienstverlening ---------------------------

_theme(
    "ww_orientatie",
    it="IT01",
    variants=[
        V(["Werkoriëntatie bij WW", "Webinars en workshops voor WW'ers", "Werkverkenning voor werkzoekenden met WW"]),
        V(
            ["Werkcoach bij WW", "Persoonlijke dienstverlening WW", "Intensieve dienstverlening WW"],
            focus="Werkzoekenden met een grotere kans op langdurige werkloosheid krijgen gesprekken met een werkcoach.",
            group=["GV01"],
            kw=["werkcoach"],
        ),
    ],
    summary=[
        "UWV biedt werkzoekenden met een WW-uitkering online workshops en gesprekken om hun kansen op de arbeidsmarkt te "
        "verkennen en gericht te solliciteren.",
    ],
    aim="WW-gerechtigden vinden zo snel mogelijk passend werk, desnoods in een ander beroep.",
    method="Na de aanvraag vullen werkzoekenden een digitale vragenlijst in. Afhankelijk van de uitkomst krijgen ze "
    "online dienstverlening (webinars, werkmap) of gesprekken met een werkcoach. Workshops gaan over onder meer "
    "netwerken, solliciteren en werk in kansrijke beroepen.",
    target="Werkzoekenden met een WW-uitkering.",
    kw=["WW", "werkoriëntatie", "webinar", "werk.nl"],
    tiles=["EW02", "EW05", "EW07"],
    kk=["KK08", "KK11"],
    kk_opt=["KK12"],
    ed=["ED11"],
    ed_opt=["ED02", "ED14"],
    uv=["UV01", "UV05", "UV07"],
    legal=["ww"],
    funding=[["uwv"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD05"],
    loc=["online", "gemeente"],
    group=["GV02", "GV01"],
    ladder=(5, 6),
    duration=[(3, "month")],
    costs=["unknown"],
    provider="self",
    scale=(500, 4000),
    rates=(0.5, 0.03, 0.0),
    public=dict(
        title=["Hulp bij werk zoeken als je WW hebt"],
        summary="Heb je WW? UWV helpt je met online workshops en soms met gesprekken met een werkcoach.",
        how_to_start="Log in op werk.nl en vul de vragenlijst in.",
        costs_for_you="Het is gratis.",
    ),
)

_theme(
    "wajong",
    it="IT01",
    variants=[
        V(["Begeleiding naar werk bij Wajong", "Wajong: ondersteuning bij werk", "Wajong-werkcoaching"]),
    ],
    summary=[
        "Jongeren en volwassenen met een Wajong-uitkering krijgen van UWV ondersteuning bij het vinden en houden van werk, "
        "zoals een re-integratietraject, jobcoaching en loondispensatie.",
    ],
    aim="Wajongers met arbeidsvermogen aan het werk helpen en aan het werk houden.",
    method="Een arbeidsdeskundige of werkcoach van UWV maakt met de Wajonger een plan. UWV kan een re-integratiebedrijf "
    "inschakelen, jobcoaching vergoeden en werkgevers ondersteunen met loondispensatie en de no-riskpolis.",
    target="Mensen met een Wajong-uitkering die (kunnen) werken.",
    kw=["Wajong", "jobcoaching", "loondispensatie"],
    tiles=["EW02", "EW07", "EW09"],
    kk=["KK06", "KK10"],
    kk_opt=["KK01", "KK02"],
    ed=["ED04", "ED12"],
    ed_opt=["ED01", "ED03"],
    uv=["UV07", "UV10"],
    legal=["wajong"],
    legal_opt=["wet_banenafspraak"],
    funding=[["uwv"]],
    income=["keeps_benefit", "wage"],
    age=["LG01", "LG02", "LG03", "LG04"],
    benefit=["DD03"],
    loc=["gemeente", "employer"],
    group=["GV01"],
    ladder=(3, 6),
    duration=[(12, "month")],
    costs=["unknown"],
    provider=["self", "reintegratie"],
    scale=(200, 1500),
    rates=(0.35, 0.05, 0.05),
    public=dict(
        title=["Hulp bij werk als je Wajong hebt"],
        summary="Heb je Wajong en wil je werken? UWV helpt je. Je kunt bijvoorbeeld een jobcoach krijgen.",
        how_to_start="Neem contact op met je contactpersoon bij UWV of bel {phone}.",
        costs_for_you="Het kost jou niets.",
    ),
)

_theme(
    "scholing_uwv",
    it="IT01",
    variants=[
        V(["Scholingsbudget voor werkzoekenden", "Scholing naar kansrijk beroep", "Opleiden met een WW-uitkering"]),
    ],
    summary=[
        "Werkzoekenden met een WW-uitkering of met een arbeidsbeperking kunnen in aanmerking komen voor een korte opleiding "
        "naar een beroep met goede kansen, betaald door UWV.",
    ],
    aim="De kans op werk vergroten met scholing die aansluit bij de vraag van werkgevers.",
    method="De werkzoekende vraagt de scholing aan met een onderbouwing. UWV toetst of de opleiding de kans op werk "
    "vergroot en kort genoeg is. Tijdens de opleiding blijft de uitkering doorlopen.",
    target="Werkzoekenden met een WW-, WIA- of Wajong-uitkering.",
    conditions="De opleiding duurt in principe maximaal een jaar en leidt tot een beroep met goede kansen.",
    kw=["scholing", "scholingsbudget", "kansrijk beroep"],
    tiles=["EW06"],
    kk=["KK09", "KK07"],
    ed=["ED11"],
    ed_opt=["ED04", "ED02"],
    uv=["UV02", "UV08"],
    legal=["ww"],
    legal_opt=["wia", "wajong"],
    funding=[["uwv"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD05", "DD04", "DD03"],
    loc=["provider", "online"],
    group=["GV01"],
    ladder=(5, 6),
    duration=[(6, "month"), (12, "month")],
    costs=[(1000, 5000, "participant")],
    provider=["onderwijs"],
    scale=(100, 800),
    rates=(0.6, 0.1, 0.0),
    public=dict(
        title=["Een opleiding met je WW-uitkering"],
        summary="Met een korte opleiding vind je misschien sneller werk. Soms betaalt UWV die opleiding.",
        how_to_start="Vraag de scholing aan via werk.nl.",
        costs_for_you="Als UWV akkoord geeft, betaal je niets.",
    ),
)

_theme(
    "uwv_wia",
    it="IT01",
    variants=[
        V(["Werkfit maken (WIA)", "Re-integratie bij WIA: werkfit", "Werkfit-traject UWV"]),
        V(
            ["Naar werk begeleiden (WIA/WGA)", "Begeleiding naar werk voor WGA'ers", "Werkbegeleiding WGA"],
            focus="Het re-integratiebedrijf zoekt samen met de deelnemer een werkgever en begeleidt de start.",
            tiles=["EW07", "EW08"],
        ),
    ],
    summary=[
        "UWV koopt voor mensen met een WIA-uitkering re-integratiedienstverlening in bij een re-integratiebedrijf naar keuze: "
        "werkfit maken of begeleiden naar werk.",
    ],
    aim="Mensen met een arbeidsbeperking in de WIA weer aan het werk, passend bij hun mogelijkheden.",
    method="De deelnemer kiest met de arbeidsdeskundige een re-integratiebedrijf. Dat maakt een plan van aanpak dat door UWV "
    "wordt goedgekeurd. Het traject duurt meestal een jaar; bij plaatsing volgt nazorg.",
    target="Mensen met een WIA- (WGA) of WAO-uitkering die arbeidsvermogen hebben.",
    kw=["WIA", "WGA", "werkfit", "re-integratiebedrijf"],
    tiles=["EW04"],
    tiles_opt=["EW02"],
    kk=["KK01", "KK02", "KK06"],
    kk_opt=["KK12"],
    ed=["ED04"],
    ed_opt=["ED02"],
    uv=["UV07"],
    legal=["wia"],
    funding=[["uwv"]],
    income=["keeps_benefit"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD04"],
    loc=["provider"],
    group=["GV01"],
    ladder=(3, 5),
    duration=[(12, "month")],
    costs=[(3000, 6500, "trajectory")],
    provider=["reintegratie"],
    scale=(100, 900),
    rates=(0.35, 0.02, 0.1),
    public=dict(
        title=["Weer aan het werk met een WIA-uitkering"],
        summary="Heb je een WIA-uitkering en kun je een beetje werken? Een re-integratiebedrijf helpt je weer aan werk.",
        how_to_start="Bespreek het met je arbeidsdeskundige bij UWV.",
        costs_for_you="UWV betaalt het traject.",
    ),
)

# ----- Werkgeversdienstverlening (IT02) ------------------------------------

_ALL_SECTORS_COMMON = ["C", "F", "G", "H", "I", "N", "Q"]

_theme(
    "lks_wg",
    it="IT02",
    variants=[
        V(["Loonkostensubsidie voor werkgevers", "Loonkostensubsidie (LKS)", "LKS: personeel met loonwaarde"]),
        V(
            ["Loonkostensubsidie bij BBL", "Leren en werken met loonkostensubsidie"],
            focus="Combinatie van loonkostensubsidie met een BBL-opleiding.",
            emp=["DV02"],
            kw=["BBL"],
        ),
    ],
    summary=[
        "Werkgevers die iemand in dienst nemen die door een beperking niet het volle minimumloon kan verdienen, ontvangen "
        "loonkostensubsidie voor het verschil tussen loonwaarde en minimumloon.",
    ],
    aim="Drempels voor werkgevers wegnemen om mensen met een arbeidsbeperking in dienst te nemen.",
    method="De accountmanager bespreekt met de werkgever de functie en de kandidaat. Na een korte inwerkperiode stelt een "
    "loonwaardedeskundige de loonwaarde vast op de werkplek. De subsidie wordt maandelijks uitbetaald en jaarlijks "
    "herzien.\n\nDe werkgever kan daarnaast jobcoaching, de no-riskpolis en het lage-inkomensvoordeel benutten.",
    approach="Eén aanvraagformulier en één contactpersoon, ook als de werknemer in een andere gemeente van de regio woont.",
    target="Werkgevers in de regio die een werknemer uit de Participatiewet met een loonwaarde onder 100% in dienst nemen.",
    conditions="- arbeidsovereenkomst van minimaal zes maanden\n- werknemer heeft een uitkering op grond van de Participatiewet "
    "of staat in het doelgroepregister\n- loonwaarde vastgesteld door een erkende methode",
    apply="Neem contact op met de accountmanager van {wsp}; het aanvraagformulier wordt samen ingevuld.",
    kw=["LKS", "loonkostensubsidie", "loonwaarde", "werkgevers"],
    tiles=["DW08", "DW09"],
    tiles_opt=["DW02"],
    kk=["KK10"],
    kk_opt=["KK02", "KK06"],
    ed=["ED04"],
    ed_opt=["ED12"],
    uv=["UV08"],
    legal=["participatiewet"],
    legal_opt=["wet_banenafspraak"],
    funding=[["buig"]],
    income=["wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD01"],
    loc=["employer"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON,
    emp=["DV01"],
    ladder=None,
    duration=[(12, "month"), (24, "month")],
    costs=[(7500, 14500, "year")],
    provider="self",
    scale=(20, 180),
    rates=(0.95, 0.0, 0.0),
    public=dict(
        title=["Loonkostensubsidie voor werkgevers"],
        summary="Neemt u iemand in dienst die minder productief is door een beperking? Dan kunt u loonkostensubsidie krijgen.",
        what_you_get="Een bijdrage in de loonkosten, zolang de werknemer bij u werkt. De loonwaarde wordt op de werkplek bepaald.",
        how_to_start="Bel de accountmanager werkgevers op {phone} of mail naar {email}.",
        costs_for_you="Aan de aanvraag zijn geen kosten verbonden.",
    ),
)

_theme(
    "noriskpolis",
    it="IT02",
    variants=[
        V(["No-riskpolis: informatie en aanvraag", "Ziektewetvangnet (no-riskpolis)", "No-riskpolis voor werkgevers"]),
    ],
    summary=[
        "Werkgevers die iemand met een arbeidsbeperking in dienst nemen, lopen minder risico bij ziekte: de no-riskpolis "
        "vergoedt de loonkosten tijdens ziekte via een Ziektewetuitkering.",
    ],
    aim="Het financiële risico van ziekteverzuim wegnemen, zodat werkgevers eerder iemand met een beperking aannemen.",
    method="De accountmanager informeert de werkgever en controleert of de werknemer onder de no-riskpolis valt "
    "(doelgroepregister, Wajong, WIA of beschut werk). Bij ziekte meldt de werkgever dit bij UWV en ontvangt een "
    "Ziektewetuitkering voor de werknemer.",
    target="Werkgevers die iemand uit het doelgroepregister of met een WIA- of Wajong-uitkering in dienst nemen.",
    kw=["no-riskpolis", "Ziektewet", "verzuim", "banenafspraak"],
    tiles=["DW01", "DW09"],
    tiles_opt=["DW10"],
    kk=["KK02", "KK01"],
    ed=["ED04", "ED12"],
    uv=["UV08", "UV10"],
    legal=["wet_banenafspraak"],
    legal_opt=["wajong", "wia", "participatiewet"],
    funding=[["uwv"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD04"],
    loc=["employer", "online"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON + ["O", "P"],
    emp=["DV01", "DV02"],
    ladder=None,
    duration=[(60, "month")],
    duration_desc="De no-riskpolis geldt vijf jaar na indiensttreding.",
    costs=["free", "unknown"],
    provider="self",
    scale=(10, 90),
    rates=(1.0, 0.0, 0.0),
    public=dict(
        title=["No-riskpolis: minder risico bij ziekte"],
        summary="Neemt u iemand met een beperking aan? Wordt die medewerker ziek, dan krijgt u een vergoeding voor het loon.",
        how_to_start="Vraag de accountmanager om uitleg of kijk op de website van UWV.",
        costs_for_you="De no-riskpolis is gratis.",
    ),
)

_theme(
    "proefplaatsing",
    it="IT02",
    variants=[
        V(["Proefplaatsing", "Proefplaatsing met behoud van uitkering", "Eerst proberen: proefplaatsing"]),
    ],
    summary=[
        "Een kandidaat werkt maximaal twee maanden onbetaald bij de werkgever, met behoud van uitkering, zodat werkgever en "
        "kandidaat zonder risico kunnen kijken of het werk past. Daarna volgt een contract.",
    ],
    aim="Werkgevers de ruimte geven om een kandidaat in de praktijk te leren kennen, met als doel een arbeidsovereenkomst.",
    method="Voorafgaand aan de proefplaatsing spreekt de werkgever de intentie uit om bij geschiktheid een contract van "
    "minimaal zes maanden aan te bieden. De accountmanager maakt afspraken over begeleiding en evaluatie. De "
    "kandidaat is verzekerd via de uitkeringsinstantie.",
    target="Werkgevers met een vacature die twijfelen of een kandidaat met een uitkering het werk aankan.",
    conditions="Intentie tot een arbeidsovereenkomst van minimaal zes maanden; duur maximaal twee (bij UWV soms drie) maanden.",
    kw=["proefplaatsing", "proefperiode", "behoud van uitkering"],
    tiles=["DW08", "DW09"],
    kk=["KK10", "KK06"],
    ed=[],
    ed_opt=["ED04", "ED12", "ED02"],
    uv=["UV04"],
    legal=["participatiewet"],
    legal_opt=["ww", "wia"],
    funding=[["re_integratiebudget"]],
    income=["keeps_benefit"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD05", "DD04"],
    loc=["employer"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON + ["E", "S"],
    emp=["DV01", "DV04"],
    ladder=(4, 6),
    duration=[(2, "month"), (1, "month")],
    costs=["free"],
    provider="self",
    scale=(15, 120),
    rates=(0.75, 0.0, 0.05),
    public=dict(
        title=["Proefplaatsing: eerst kennismaken in de praktijk"],
        summary="Twijfelt u over een kandidaat? Laat hem of haar eerst een tijdje meewerken. De kandidaat houdt de uitkering.",
        how_to_start="Neem contact op met de accountmanager via {phone}.",
        costs_for_you="Er zijn geen kosten aan verbonden.",
    ),
)

_theme(
    "jobcoach_wg",
    it="IT02",
    variants=[
        V(["Jobcoaching voor werkgevers", "Externe jobcoach op de werkvloer", "Jobcoaching bij plaatsing"]),
        V(
            ["Opleiding interne jobcoach", "Training interne begeleider", "Leergang werkbegeleider"],
            focus="Werkgevers laten een eigen medewerker opleiden tot interne jobcoach.",
            uv=["UV01"],
            tiles=["DW04", "DW10"],
            kw=["interne jobcoach", "werkbegeleider"],
            method="De leergang bestaat uit vijf dagdelen over onder meer instructie geven, signaleren van overbelasting "
            "en samenwerken met de externe jobcoach. Tussen de dagdelen past de deelnemer het geleerde toe op de eigen "
            "werkvloer. Na afronding volgt een certificaat.",
            public=dict(
                title=["Een eigen medewerker opleiden tot jobcoach"],
                summary="Laat een van uw medewerkers opleiden tot interne jobcoach. Zo begeleidt u nieuwe collega's met een beperking zelf.",
                how_to_start="Meld een medewerker aan via {email}.",
            ),
        ),
    ],
    summary=[
        "Werkgevers die iemand met een arbeidsbeperking in dienst nemen, kunnen kosteloos een jobcoach inzetten die de "
        "werknemer en het team begeleidt.",
    ],
    aim="Werknemers met een beperking blijven duurzaam aan het werk en werkgevers hebben er vertrouwen in.",
    method="De jobcoach maakt met werkgever en werknemer een begeleidingsplan, is in het begin wekelijks aanwezig en bouwt "
    "de begeleiding daarna af. Waar mogelijk wordt een collega opgeleid tot interne begeleider.",
    target="Werkgevers met een werknemer uit het doelgroepregister, met loonkostensubsidie of met een indicatie beschut werk.",
    uwv=dict(target="Werkgevers met een werknemer met een Wajong- of WIA-uitkering of uit het doelgroepregister."),
    kw=["jobcoach", "jobcoaching", "begeleiding", "werkgevers"],
    tiles=["DW09", "DW10"],
    kk=["KK06", "KK04"],
    kk_opt=["KK01"],
    ed=["ED04"],
    ed_opt=["ED12", "ED03"],
    uv=["UV07"],
    legal=["participatiewet"],
    legal_opt=["wet_banenafspraak", "wajong"],
    funding=[["re_integratiebudget"], ["uwv"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03"],
    loc=["employer"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON,
    emp=["DV01", "DV02"],
    ladder=None,
    duration=[(12, "month"), (36, "month")],
    intensity=(1, 4),
    costs=[(55, 85, "hour"), (1800, 4200, "year")],
    provider=["reintegratie", "self"],
    evidence=[("effectief_eerste", "movisie")],
    evidence_p=0.2,
    scale=(10, 90),
    rates=(0.95, 0.0, 0.0),
    public=dict(
        title=["Een jobcoach voor uw nieuwe medewerker"],
        summary="Neemt u iemand met een beperking aan? Een jobcoach helpt uw nieuwe medewerker en uw team. Gratis.",
        how_to_start="Vraag jobcoaching aan via de accountmanager: {email}.",
        costs_for_you="Jobcoaching is gratis voor werkgevers.",
    ),
)

_theme(
    "werkplek",
    it="IT02",
    variants=[
        V(["Werkplekaanpassing", "Vergoeding werkplekaanpassing", "Aangepaste werkplek"]),
        V(
            ["Vervoersvoorziening naar het werk", "Vergoeding vervoer woon-werk", "Aangepast vervoer naar werk"],
            focus="Vergoeding van aangepast vervoer voor werknemers die niet zelfstandig kunnen reizen.",
            kk=["KK03"],
            kw=["vervoersvoorziening"],
            method="De werkgever of werknemer vraagt de vervoersvoorziening aan. Er wordt beoordeeld of reizen met het "
            "openbaar vervoer of eigen vervoer echt niet lukt. De vergoeding is bijvoorbeeld een taxivergoeding of "
            "een tegemoetkoming in een aangepaste auto.",
            public=dict(
                title=["Vergoeding voor vervoer naar het werk"],
                summary="Kan uw medewerker door een beperking niet zelf naar het werk reizen? Dan is er vaak een vergoeding voor aangepast vervoer.",
            ),
        ),
    ],
    summary=[
        "Vergoeding van aanpassingen aan de werkplek of hulpmiddelen voor werknemers met een beperking, zoals een aangepast "
        "bureau, software of een tolk.",
    ],
    aim="Praktische belemmeringen wegnemen zodat een werknemer met een beperking kan werken.",
    method="De werkgever of werknemer vraagt de voorziening aan. Een ergonoom of arbeidsdeskundige beoordeelt wat nodig "
    "is. De vergoeding gaat naar de werkgever of leverancier.\n\nVoorbeelden:\n- aangepaste stoel of bureau\n"
    "- spraaksoftware of beeldschermloep\n- gebarentolk bij overleggen",
    target="Werkgevers met een werknemer met een lichamelijke, zintuiglijke of andere beperking.",
    kw=["werkplekaanpassing", "hulpmiddelen", "voorzieningen"],
    tiles=["DW06", "DW09"],
    kk=["KK02"],
    kk_opt=["KK03"],
    ed=["ED04"],
    ed_opt=["ED12"],
    uv=["UV11", "UV08", "UV09"],
    legal=["participatiewet"],
    legal_opt=["wia", "wajong"],
    funding=[["re_integratiebudget"], ["uwv"]],
    income=["not_applicable"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03", "DD04"],
    loc=["employer"],
    group=["GV01"],
    sectors=["C", "G", "J", "K", "M", "O", "Q"],
    emp=["DV01"],
    ladder=None,
    costs=[(500, 6000, "once")],
    provider="self",
    scale=(5, 60),
    rates=(1.0, 0.0, 0.0),
    public=dict(
        title=["Vergoeding voor een aangepaste werkplek"],
        summary="Heeft uw medewerker een aangepaste werkplek of hulpmiddel nodig? Vaak kunt u een vergoeding krijgen.",
        how_to_start="Bespreek de aanvraag met de accountmanager of vraag het aan via het formulier op de website.",
        costs_for_you="De vergoeding dekt meestal de volledige kosten.",
    ),
)

_theme(
    "scholingsvoucher",
    it="IT02",
    variants=[
        V(
            [
                "Scholingsvoucher nieuwe medewerker",
                "Opleidingsbudget bij indiensttreding",
                "Scholingsvoucher werkgevers",
            ]
        ),
        V(
            ["Scholingsbudget zittend personeel", "Opscholen van laaggeschoolde werknemers", "Leerbudget werkenden"],
            focus="Voor werkgevers die laaggeschoolde werknemers willen bijscholen om uitval te voorkomen.",
            ed=["ED14"],
            kw=["leven lang ontwikkelen"],
            summary="Werkgevers die laaggeschoolde werknemers willen bijscholen, kunnen een bijdrage krijgen in de "
            "opleidingskosten om uitval en werkloosheid te voorkomen.",
            method="De werkgever vraagt de bijdrage aan met een kort opleidingsplan per werknemer. Erkende opleidingen en "
            "certificaten komen in aanmerking, zoals VCA, een vakcertificaat of taal- en rekenles. De bijdrage "
            "wordt na afronding uitbetaald.",
            conditions="De werknemer heeft maximaal een mbo 2-diploma en werkt bij een werkgever in de regio.",
        ),
    ],
    summary=[
        "Werkgevers die een werkzoekende aannemen, kunnen een voucher krijgen voor de opleiding of certificering die "
        "nodig is voor de functie, zoals VCA, heftruck of een vakcursus.",
    ],
    aim="Vacatures vervullen met werkzoekenden die nog een korte opleiding nodig hebben.",
    method="De werkgever vraagt de voucher aan bij indiensttreding of vlak ervoor. De opleiding moet binnen zes maanden "
    "starten. Na afronding betaalt {kort} de opleider rechtstreeks, tot het maximum van de voucher.",
    target="Werkgevers die iemand met een uitkering aannemen voor minimaal zes maanden.",
    conditions="Arbeidsovereenkomst van minimaal zes maanden; opleiding is direct nodig voor de functie.",
    kw=["scholingsvoucher", "VCA", "heftruck", "opleiding"],
    tiles=["DW04"],
    tiles_opt=["DW09"],
    kk=["KK09"],
    kk_opt=["KK07"],
    ed=[],
    ed_opt=["ED11", "ED05", "ED14"],
    uv=["UV08", "UV01"],
    legal=["participatiewet"],
    legal_opt=["lokaal_beleid"],
    funding=[["re_integratiebudget"], ["esf"]],
    income=["wage"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD05", "DD01"],
    loc=["provider", "employer"],
    group=["GV01"],
    sectors=["C", "F", "H", "N", "Q"],
    emp=["DV01", "DV02"],
    ladder=None,
    costs=[(500, 2500, "participant")],
    provider="self",
    scale=(10, 80),
    rates=(1.0, 0.0, 0.0),
    public=dict(
        title=["Een opleiding voor uw nieuwe medewerker"],
        summary="Neemt u iemand aan die nog een cursus nodig heeft? Dan betalen wij de opleiding, tot een vast bedrag.",
        how_to_start="Vraag de voucher aan bij uw accountmanager.",
        costs_for_you="Geen kosten tot het maximale bedrag van de voucher.",
    ),
)

_theme(
    "praktijkleren",
    it="IT02",
    variants=[
        V(["Praktijkleren en leerwerkplekken", "Erkend leerbedrijf worden", "Leerwerkloket: praktijkleren"]),
        V(
            [
                "Praktijkverklaring op de werkvloer",
                "Praktijkroute met praktijkverklaring",
                "Werkend leren met praktijkverklaring",
            ],
            focus="Werknemers leren bij de werkgever en krijgen een mbo-praktijkverklaring.",
            kk=["KK09"],
            kw=["praktijkverklaring"],
        ),
    ],
    summary=[
        "Advies en ondersteuning voor werkgevers die werkzoekenden of werknemers willen laten leren in de praktijk: "
        "BBL, praktijkverklaring en de subsidie praktijkleren.",
    ],
    aim="Meer leerwerkplekken bij werkgevers, zodat mensen leren waar het werk is.",
    method="Het leerwerkloket helpt werkgevers met:\n- erkenning als leerbedrijf\n- het vinden van kandidaten\n"
    "- de aanvraag van de subsidie praktijkleren\n- begeleiding van de praktijkopleider\n\n"
    "Kandidaten krijgen een trajectbegeleider die school en werkgever verbindt.",
    target="Werkgevers die leerplekken willen aanbieden.",
    kw=["praktijkleren", "BBL", "leerwerkloket", "subsidie praktijkleren", "erkend leerbedrijf"],
    tiles=["DW04", "DW03"],
    kk=["KK09", "KK10"],
    ed=[],
    ed_opt=["ED01", "ED11", "ED14"],
    uv=["UV03", "UV02"],
    legal=["lokaal_beleid"],
    legal_opt=["participatiewet"],
    funding=[["esf", "werkgever"], ["re_integratiebudget", "werkgever"]],
    income=["wage"],
    age=["LG01", "LG02", "LG03", "LG04"],
    benefit=["DD01", "DD02", "DD05"],
    loc=["employer"],
    group=["GV01"],
    sectors=["C", "F", "H", "I", "Q", "P"],
    emp=["DV02", "DV03"],
    ladder=None,
    duration=[(12, "month"), (24, "month")],
    costs=["unknown", "free"],
    provider=["self", "onderwijs"],
    scale=(10, 100),
    rates=(0.8, 0.15, 0.0),
    public=dict(
        title=["Leren op de werkvloer: praktijkleren"],
        summary="Wilt u mensen opleiden in uw bedrijf? Wij helpen met de erkenning, de kandidaten en de subsidie.",
        how_to_start="Neem contact op met het leerwerkloket: {email}.",
        costs_for_you="Advies is gratis.",
    ),
)

_theme(
    "matching_banenafspraak",
    it="IT02",
    variants=[
        V(["Banenafspraak: matching en advies", "Kandidaten voor de banenafspraak", "Banenafspraakmatching"]),
    ],
    summary=[
        "Werkgevers die banen willen creëren in het kader van de banenafspraak krijgen advies en kandidaten uit het "
        "doelgroepregister, met de regelingen die daarbij horen.",
    ],
    aim="Werkgevers helpen hun bijdrage aan de banenafspraak waar te maken, met passende kandidaten.",
    method="De accountmanager brengt met de werkgever geschikte taken in kaart, stelt een werkprofiel op en zoekt in de "
    "regionale kandidatenpool. Kandidaten kunnen eerst een proefplaatsing doen. Regelingen als loonkostensubsidie, "
    "no-riskpolis en jobcoaching worden in één keer geregeld.",
    target="Werkgevers die iemand uit het doelgroepregister willen aannemen.",
    kw=["banenafspraak", "doelgroepregister", "inclusief werkgeven"],
    tiles=["DW06", "DW07", "DW08"],
    kk=["KK10"],
    kk_opt=["KK06", "KK02"],
    ed=["ED12"],
    ed_opt=["ED04", "ED03"],
    uv=["UV10"],
    legal=["wet_banenafspraak"],
    legal_opt=["participatiewet", "wajong"],
    funding=[["re_integratiebudget"], ["uwv"]],
    income=["wage_with_subsidy", "wage"],
    age=["LG01", "LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD03"],
    loc=["employer"],
    group=["GV01"],
    sectors=["C", "G", "I", "N", "O", "Q"],
    emp=["DV01"],
    ladder=None,
    costs=["unknown"],
    provider="self",
    dgr=True,
    scale=(10, 120),
    rates=(0.8, 0.0, 0.0),
    public=dict(
        title=["Werkgevers en de banenafspraak"],
        summary="Wilt u iemand met een arbeidsbeperking een baan geven? Wij zoeken geschikte kandidaten en regelen de ondersteuning.",
        how_to_start="Bel {phone} of mail naar {email}.",
        costs_for_you="Onze dienstverlening is gratis.",
    ),
)

_theme(
    "jobcarving",
    it="IT02",
    variants=[
        V(["Job carving", "Functiecreatie en job carving", "Werkprofiel op maat (job carving)"]),
        V(
            ["Inclusief herontwerp van werk", "Inclusieve functies ontwerpen", "Werkanalyse inclusief werk"],
            focus="Een uitgebreide werkanalyse van een afdeling, volgens de methode inclusief herontwerp werk.",
            kw=["inclusief herontwerp werk"],
        ),
    ],
    summary=[
        "Samen met de werkgever wordt gekeken welke eenvoudige taken uit bestaande functies kunnen worden gehaald om er een "
        "nieuwe functie van te maken voor iemand met een arbeidsbeperking.",
    ],
    aim="Nieuwe, passende functies creëren en tegelijk vakkrachten ontlasten.",
    method="Een adviseur loopt een dagdeel mee op de afdeling, interviewt medewerkers en brengt taken in kaart. Het "
    "resultaat is een werkprofiel dat direct kan worden gebruikt bij de werving.",
    target="Werkgevers met personeelskrapte of vakkrachten die te veel tijd kwijt zijn aan bijkomende taken.",
    kw=["job carving", "functiecreatie", "werkprofiel", "inclusief werkgeven"],
    tiles=["DW06"],
    tiles_opt=["DW02"],
    kk=["KK10", "KK06"],
    ed=["ED12"],
    ed_opt=["ED04"],
    uv=["UV06"],
    legal=["wet_banenafspraak"],
    legal_opt=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["not_applicable"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD02", "DD03"],
    loc=["employer"],
    group=["GV01"],
    sectors=["C", "G", "H", "O", "P", "Q"],
    emp=["DV01"],
    ladder=None,
    duration=[(2, "week"), (4, "week")],
    costs=["free", (600, 1600, "trajectory")],
    provider=["self", "reintegratie"],
    evidence=[("goed_beschreven", "other")],
    evidence_p=0.2,
    scale=(5, 40),
    rates=(0.6, 0.0, 0.0),
    public=dict(
        title=["Nieuwe functies maken in uw bedrijf"],
        summary="We kijken samen welke taken uw vakmensen kunnen overdragen. Zo ontstaat een nieuwe baan voor iemand met een beperking.",
        how_to_start="Maak een afspraak met een adviseur via {email}.",
        costs_for_you="Het advies is gratis.",
    ),
)

_theme(
    "vacatureservice",
    it="IT02",
    variants=[
        V(["Vacatureservice en voorselectie", "Werving en selectie voor werkgevers", "Gratis vacatureservice"]),
        V(
            ["Recruitmentdagen per sector", "Wervingsdag", "Open sollicitatiedag"],
            focus="Een wervingsdag waarop de werkgever in één dag meerdere voorgeselecteerde kandidaten spreekt.",
            kw=["wervingsdag", "recruitment"],
        ),
    ],
    summary=[
        "Werkgevers melden een vacature aan; het werkgeversservicepunt zoekt en selecteert geschikte kandidaten uit de "
        "regionale kandidatenpool en stelt ze voor.",
    ],
    aim="Vacatures snel vervullen met gemotiveerde kandidaten uit de regio.",
    method="De accountmanager neemt de vacature door met de werkgever. Binnen vijf werkdagen ontvangt de werkgever "
    "een eerste voorstel van kandidaten, met korte profielen. De accountmanager plant de gesprekken en "
    "regelt eventuele ondersteuning.",
    target="Werkgevers in de regio met vacatures op mbo-niveau of lager.",
    kw=["vacatureservice", "werving", "selectie", "kandidatenpool"],
    tiles=["DW07", "DW08"],
    tiles_opt=["DW02"],
    kk=["KK08", "KK10"],
    ed=[],
    ed_opt=["ED02", "ED05", "ED11"],
    uv=["UV10"],
    legal=["participatiewet"],
    legal_opt=["ww"],
    funding=[["re_integratiebudget"], ["re_integratiebudget", "uwv"]],
    income=["wage"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD02", "DD05", "DD01"],
    loc=["employer", "gemeente"],
    group=["GV01", "GV02"],
    sectors=["C", "F", "G", "H", "I", "N", "Q", "S"],
    emp=["DV01"],
    ladder=None,
    costs=["free"],
    provider="self",
    scale=(50, 400),
    rates=(0.6, 0.0, 0.0),
    public=dict(
        title=["Hulp bij het vinden van personeel", "Gratis hulp bij uw vacature"],
        summary="Heeft u een vacature? Wij zoeken gratis geschikte kandidaten uit de regio voor u.",
        how_to_start="Meld uw vacature aan via {email} of bel {phone}.",
        costs_for_you="Deze service is gratis.",
    ),
)

_theme(
    "sroi",
    it="IT02",
    variants=[
        V(["Social return (SROI)", "Social return bij aanbestedingen", "SROI-advies en invulling"]),
    ],
    summary=[
        "Opdrachtnemers van overheidsopdrachten met een social-returnverplichting krijgen advies over de invulling: "
        "kandidaten, leerwerkplekken en inkoop bij sociale ondernemingen.",
    ],
    aim="Social-returnverplichtingen leiden tot echte kansen voor werkzoekenden in de regio.",
    method="De SROI-adviseur maakt met de opdrachtnemer een plan voor de invulling en registreert de prestaties. "
    "Mogelijkheden zijn onder meer het aannemen van werkzoekenden, leerwerkplekken, BBL-plaatsen en inkoop bij "
    "sociale ondernemingen.",
    target="Werkgevers met een overheidsopdracht waaraan een social-returnverplichting is verbonden.",
    kw=["SROI", "social return", "aanbesteding", "Buyong Social"],
    tiles=["DW02", "DW03"],
    tiles_opt=["DW07"],
    kk=["KK10"],
    ed=[],
    ed_opt=["ED01", "ED04", "ED12"],
    uv=["UV10"],
    legal=["lokaal_beleid"],
    funding=[["overig"]],
    income=["wage", "not_applicable"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD02", "DD01"],
    loc=["employer"],
    group=["GV01"],
    sectors=["F", "E", "H", "N", "M"],
    emp=["DV01", "DV02", "DV04"],
    ladder=None,
    costs=["unknown"],
    provider="self",
    scale=(5, 60),
    rates=(0.7, 0.0, 0.0),
    public=dict(
        title=["Social return: wij helpen u"],
        summary="Moet u social return doen voor een opdracht? Wij helpen u met een plan en met kandidaten.",
        how_to_start="Neem contact op met de SROI-adviseur via {email}.",
        costs_for_you="Advies is gratis.",
    ),
)

_theme(
    "leerwerkpool",
    it="IT02",
    variants=[
        V(
            ["Sectorale leerwerkpool zorg", "Zorgpool voor werkgevers", "Regionale zorgleerpool"],
            focus="Zorgwerkgevers werven samen, leiden samen op en delen kandidaten.",
            sectors=["Q"],
        ),
        V(
            ["Sectorale leerwerkpool techniek", "Technologiepact: gezamenlijke instroom", "Regionale techniekpool"],
            focus="Technische bedrijven werven samen kandidaten en leiden ze op in een gezamenlijk leerwerktraject.",
            sectors=["C", "F", "D"],
        ),
        V(
            ["Sectorale leerwerkpool logistiek", "Logistieke leerwerkpool", "Instroompool logistiek"],
            focus="Logistieke werkgevers delen een instroomprogramma met orderpickers en chauffeurs in opleiding.",
            sectors=["H", "G"],
        ),
    ],
    summary=[
        "Werkgevers uit één sector werven en leiden samen nieuwe medewerkers op uit de groep werkzoekenden, met een "
        "gezamenlijke opleiding en begeleiding.",
    ],
    aim="Structureel personeel voor tekortsectoren, door werkgevers samen te laten investeren in nieuwe instroom.",
    method="Deelnemende werkgevers bepalen samen het profiel en de opleiding. Kandidaten volgen een gezamenlijke start "
    "van enkele weken en stromen daarna door naar een BBL-plek of baan bij een van de werkgevers.",
    target="Werkgevers in een tekortsector die samen willen optrekken.",
    kw=["leerwerkpool", "sectorplan", "tekortsector", "BBL"],
    tiles=["DW03", "DW04", "DW07"],
    kk=["KK09", "KK07"],
    ed=[],
    ed_opt=["ED11", "ED13", "ED05"],
    uv=["UV03"],
    legal=["lokaal_beleid"],
    funding=[["werkgever", "esf"], ["werkgever", "re_integratiebudget"]],
    income=["wage"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD01", "DD02", "DD05"],
    loc=["employer", "provider"],
    group=["GV02"],
    sectors=["Q"],
    emp=["DV01", "DV02"],
    ladder=None,
    duration=[(12, "month"), (24, "month")],
    costs=[(2000, 6000, "participant")],
    provider=["self", "onderwijs"],
    scale=(10, 60),
    rates=(0.75, 0.1, 0.0),
    public=dict(
        title=["Samen met andere werkgevers nieuw personeel opleiden"],
        summary="Werkt u in een sector met weinig personeel? Werf en leid samen met andere werkgevers nieuwe mensen op.",
        how_to_start="Meld u aan voor een informatiebijeenkomst via {email}.",
        costs_for_you="U betaalt mee aan de opleiding; een deel wordt gesubsidieerd.",
    ),
)

_theme(
    "inclusief_advies",
    it="IT02",
    variants=[
        V(
            [
                "Adviesgesprek inclusief werkgeverschap",
                "Inclusief ondernemen: scan en advies",
                "Werkgeversadvies inclusief werken",
            ]
        ),
        V(
            ["Werkgeversnetwerk inclusief ondernemen", "Netwerk Inclusief Werkgeven", "Werkgeverskring {plaats}"],
            focus="Een netwerk waarin werkgevers ervaringen delen over het in dienst hebben van mensen met een afstand tot werk.",
            group=["GV02"],
            uv=["UV01"],
            kw=["werkgeversnetwerk"],
            method="Het netwerk komt vier keer per jaar bij een van de deelnemende werkgevers bijeen. Elke bijeenkomst heeft "
            "een thema, zoals begeleiding op de werkvloer of regelingen, en een rondleiding. Nieuwe werkgevers worden "
            "gekoppeld aan een ervaren werkgever als maatje.",
            public=dict(
                title=["Netwerk van inclusieve werkgevers"],
                summary="Praat met andere werkgevers over hun ervaringen met medewerkers met een afstand tot werk. We komen vier keer per jaar samen.",
                how_to_start="Meld u aan voor de volgende bijeenkomst via {email}.",
            ),
        ),
    ],
    summary=[
        "Een gratis adviesgesprek en scan voor werkgevers die willen ontdekken hoe zij mensen met een afstand tot de "
        "arbeidsmarkt een plek kunnen bieden.",
    ],
    aim="Meer werkgevers die inclusief werken, met een concreet plan en de juiste ondersteuning.",
    method="De adviseur voert een gesprek met directie en HR, bekijkt de organisatie en geeft een advies met concrete "
    "kansen: functies, begeleiding, regelingen en goede voorbeelden van andere werkgevers uit de regio.",
    target="Werkgevers die (nog) geen ervaring hebben met inclusief werkgeverschap.",
    kw=["inclusief werkgeven", "werkgeversadvies", "scan"],
    tiles=["DW02", "DW03"],
    tiles_opt=["DW01"],
    kk=["KK10"],
    ed=[],
    ed_opt=["ED04", "ED12", "ED02", "ED05"],
    uv=["UV06", "UV10"],
    legal=["lokaal_beleid"],
    legal_opt=["wet_banenafspraak"],
    funding=[["re_integratiebudget"]],
    income=["not_applicable"],
    age=["LG03", "LG04"],
    benefit=["DD02", "DD06"],
    loc=["employer"],
    group=["GV01"],
    sectors=["C", "G", "I", "J", "K", "M", "N", "Q", "R"],
    emp=["DV01"],
    ladder=None,
    duration=[(1, "month")],
    costs=["free"],
    provider="self",
    scale=(10, 80),
    rates=(0.3, 0.0, 0.0),
    public=dict(
        title=["Gratis advies over inclusief werkgeven"],
        summary="Wilt u mensen met een afstand tot werk een kans geven, maar weet u niet hoe? Vraag een gratis adviesgesprek aan.",
        how_to_start="Vraag het adviesgesprek aan via {email}.",
        costs_for_you="Het adviesgesprek is gratis.",
    ),
)

_theme(
    "nieuwkomers_wg",
    it="IT02",
    variants=[
        V(
            [
                "Werkgeversaanpak nieuwkomers",
                "Statushouders in dienst: werkgeversondersteuning",
                "Nieuwkomers aan het werk bij u",
            ]
        ),
        V(
            ["Taal op de werkvloer", "Nederlands op het werk", "Werkvloertaal voor medewerkers"],
            focus="Taallessen op de werkvloer voor anderstalige medewerkers, afgestemd op de eigen werkprocessen.",
            uv=["UV01"],
            kk=["KK05"],
            ed=["ED06"],
            kw=["taal op de werkvloer", "NT2"],
            method="Een taaldocent brengt de werkprocessen en de woorden die daarbij horen in kaart. Medewerkers krijgen "
            "wekelijks twee uur les op het bedrijf, in werktijd. Leidinggevenden krijgen tips om eenvoudig te "
            "communiceren en taal op de werkvloer te stimuleren.",
            public=dict(
                title=["Taalles voor uw medewerkers op het werk"],
                summary="Spreken uw medewerkers nog niet goed Nederlands? Een docent geeft les op uw bedrijf, met de woorden uit het eigen werk.",
            ),
        ),
    ],
    summary=[
        "Ondersteuning voor werkgevers die statushouders of andere nieuwkomers in dienst nemen: kandidaten, taalondersteuning, "
        "een jobcoach met kennis van nieuwkomers en cultuursensitieve begeleiding.",
    ],
    aim="Werkgevers helpen nieuwkomers succesvol in te werken, zodat taal geen drempel blijft.",
    method="De accountmanager bemiddelt kandidaten uit het inburgeringstraject. Werkgevers krijgen een training voor "
    "leidinggevenden en collega's en kunnen taalles op de werkvloer inzetten. Een jobcoach begeleidt het eerste jaar.",
    target="Werkgevers die nieuwkomers willen aannemen of al in dienst hebben.",
    kw=["statushouders", "nieuwkomers", "taal op de werkvloer", "werkgevers"],
    tiles=["DW05", "DW08", "DW10"],
    kk=["KK05", "KK04"],
    ed=["ED05"],
    ed_opt=["ED06"],
    uv=["UV07", "UV01"],
    legal=["wet_inburgering_2021"],
    legal_opt=["participatiewet"],
    funding=[["inburgering", "re_integratiebudget"], ["inburgering"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD02"],
    loc=["employer"],
    group=["GV01", "GV02"],
    sectors=["A", "C", "H", "I", "N", "Q"],
    emp=["DV01", "DV02", "DV04"],
    ladder=(3, 6),
    duration=[(12, "month")],
    costs=[(800, 2400, "participant")],
    provider=["self", "inburgering"],
    scale=(8, 60),
    rates=(0.7, 0.05, 0.0),
    public=dict(
        title=["Nieuwkomers in uw bedrijf"],
        summary="Wilt u een statushouder in dienst nemen? Wij helpen met kandidaten, taalles op de werkvloer en een jobcoach.",
        how_to_start="Bel {phone} of mail naar {email}.",
        costs_for_you="De ondersteuning is gratis. Voor taalles op de werkvloer vragen we soms een kleine bijdrage.",
    ),
)

_theme(
    "nazorg_wg",
    it="IT02",
    variants=[
        V(["Nazorg voor werkgevers na plaatsing", "Werkgeversnazorg", "Blijvend contact na plaatsing"]),
    ],
    summary=[
        "Na plaatsing van een kandidaat houdt de accountmanager contact met de werkgever, om problemen vroeg te signaleren "
        "en het dienstverband duurzaam te maken.",
    ],
    aim="Duurzame plaatsingen en tevreden werkgevers.",
    method="De accountmanager neemt na een week, een maand en drie maanden contact op, en daarna op afspraak. Bij "
    "signalen wordt snel een jobcoach of andere ondersteuning ingezet.",
    kw=["nazorg", "werkgevers", "duurzaam"],
    tiles=["DW10"],
    kk=["KK06"],
    ed=[],
    ed_opt=["ED04", "ED12"],
    uv=["UV07"],
    legal=["participatiewet"],
    funding=[["re_integratiebudget"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG02", "LG03", "LG04", "LG05"],
    benefit=["DD01"],
    loc=["employer"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON,
    emp=["DV01"],
    ladder=None,
    duration=[(6, "month"), (12, "month")],
    costs=["free"],
    provider="self",
    scale=(30, 200),
    rates=(0.9, 0.0, 0.0),
    public=dict(
        title=["Wij blijven bereikbaar na de start"],
        summary="Heeft u via ons iemand aangenomen? Wij blijven contact houden. Zo lossen we samen snel eventuele problemen op.",
        how_to_start="U hoeft niets te doen. De accountmanager neemt contact met u op.",
        costs_for_you="Gratis.",
    ),
)

_theme(
    "detachering",
    it="IT02",
    variants=[
        V(
            ["Detachering vanuit het werkbedrijf", "Groepsdetachering", "Proefdetachering met begeleiding"],
            legal=["wsw"],
        ),
    ],
    summary=[
        "Medewerkers van het werkbedrijf worden individueel of als groep gedetacheerd bij een werkgever. De werkgever betaalt "
        "een vast uurtarief; het werkbedrijf blijft werkgever en regelt begeleiding.",
    ],
    aim="Werkgevers flexibel laten kennismaken met medewerkers met een beperking, met zicht op rechtstreekse indiensttreding.",
    method="Na een intake bij de werkgever wordt een passende medewerker of groep voorgesteld. Een werkleider of jobcoach "
    "begeleidt op locatie. Na twaalf maanden bekijken we of rechtstreekse indiensttreding mogelijk is.",
    target="Werkgevers met structureel werk in productie, groen, schoonmaak of logistiek.",
    kw=["detachering", "groepsdetachering", "SW", "beschut werk"],
    tiles=["DW08", "DW09"],
    tiles_opt=["DW10"],
    kk=["KK10", "KK06"],
    ed=["ED04"],
    ed_opt=["ED12"],
    uv=["UV04"],
    legal=["participatiewet"],
    funding=[["werkgever"], ["werkgever", "rijksbijdrage_beschut_werk"]],
    income=["wage", "wage_with_subsidy"],
    age=["LG03", "LG04", "LG05"],
    benefit=["DD01", "DD02"],
    loc=["employer"],
    group=["GV01", "GV02"],
    sectors=["A", "C", "E", "H", "N"],
    emp=["DV01"],
    ladder=(4, 5),
    duration=[(12, "month")],
    costs=[(18, 32, "hour")],
    costs_desc="Uurtarief dat de werkgever betaalt aan het werkbedrijf.",
    provider=["sw"],
    scale=(10, 80),
    rates=(0.95, 0.0, 0.0),
    public=dict(
        title=["Medewerkers inhuren via het werkbedrijf"],
        summary="Heeft u vast werk liggen? Huur medewerkers in van het werkbedrijf. Wij zorgen voor de begeleiding.",
        how_to_start="Neem contact op met {provider} of met de accountmanager.",
        costs_for_you="U betaalt een vast uurtarief.",
    ),
)

_theme(
    "loondispensatie",
    it="IT02",
    variants=[
        V(["Loondispensatie voor werkgevers", "Loondispensatie bij Wajong", "Minder loon betalen met loondispensatie"]),
    ],
    summary=[
        "Werkgevers die iemand met een Wajong-uitkering in dienst nemen die minder productief is, kunnen loondispensatie "
        "aanvragen: zij betalen alleen het loon naar loonwaarde, UWV vult het inkomen aan.",
    ],
    aim="Wajongers aan het werk helpen bij reguliere werkgevers zonder dat de werkgever de verminderde productiviteit betaalt.",
    method="De werkgever vraagt loondispensatie aan bij UWV. Een arbeidsdeskundige stelt de loonwaarde vast op de werkplek. "
    "De werkgever betaalt loon naar loonwaarde; de werknemer houdt een deel van de Wajong-uitkering als aanvulling.",
    target="Werkgevers met een werknemer met een Wajong-uitkering.",
    kw=["loondispensatie", "Wajong", "loonwaarde"],
    tiles=["DW09"],
    kk=["KK10", "KK02"],
    ed=["ED04", "ED12"],
    uv=["UV08"],
    legal=["wajong"],
    funding=[["uwv"]],
    income=["wage_with_subsidy"],
    age=["LG02", "LG03", "LG04"],
    benefit=["DD03"],
    loc=["employer"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON,
    emp=["DV01"],
    ladder=None,
    duration=[(12, "month")],
    costs=["unknown"],
    provider="self",
    scale=(100, 900),
    rates=(1.0, 0.0, 0.0),
    public=dict(
        title=["Loondispensatie: loon naar wat iemand kan"],
        summary="Neemt u iemand met Wajong aan die minder productief is? Dan betaalt u minder loon. UWV vult het inkomen aan.",
        how_to_start="Vraag loondispensatie aan via het werkgeversportaal van UWV.",
        costs_for_you="Aanvragen is gratis.",
    ),
)

_theme(
    "premiekorting",
    it="IT02",
    variants=[
        V(
            [
                "Loonkostenvoordelen en premiekorting",
                "Lage-inkomensvoordeel en LKV",
                "Financiële voordelen bij aannemen",
            ]
        ),
    ],
    summary=[
        "Informatie en advies over loonkostenvoordelen (LKV) en premiekortingen voor werkgevers die oudere werkzoekenden, "
        "mensen met een arbeidsbeperking of mensen uit het doelgroepregister aannemen.",
    ],
    aim="Werkgevers benutten de financiële regelingen die het aannemen van kwetsbare groepen aantrekkelijker maken.",
    method="De werkgeversadviseur legt uit welke regelingen van toepassing zijn, helpt bij het aanvragen van de "
    "doelgroepverklaring en controleert de voorwaarden. Het voordeel wordt verrekend via de loonaangifte.",
    target="Werkgevers die iemand van 56 jaar of ouder met een uitkering, of iemand met een arbeidsbeperking, aannemen.",
    kw=["LKV", "loonkostenvoordeel", "doelgroepverklaring", "premiekorting"],
    tiles=["DW01", "DW09"],
    kk=["KK10"],
    ed=["ED02", "ED04"],
    ed_opt=["ED12"],
    uv=["UV08"],
    legal=["ww"],
    legal_opt=["wia", "wet_banenafspraak"],
    funding=[["uwv"]],
    income=["wage"],
    age=["LG05"],
    benefit=["DD05", "DD04", "DD03"],
    loc=["online"],
    group=["GV01"],
    sectors=_ALL_SECTORS_COMMON + ["K", "M"],
    emp=["DV01"],
    ladder=None,
    costs=["free"],
    provider="self",
    scale=(300, 2500),
    rates=(1.0, 0.0, 0.0),
    public=dict(
        title=["Korting op loonkosten als u iemand aanneemt"],
        summary="Neemt u iemand van 56 jaar of ouder aan, of iemand met een beperking? Dan krijgt u soms korting op de loonkosten.",
        how_to_start="Vraag binnen drie maanden na de start een doelgroepverklaring aan bij UWV.",
        costs_for_you="Gratis.",
    ),
)

# ---------------------------------------------------------------------------
# Which owner publishes which themes (a repeated theme uses its next variant)
# ---------------------------------------------------------------------------

ALLOCATION: dict[str, list[str]] = {
    "werkzaak-rivierenland": [
        "intake",
        "intake",
        "diagnose",
        "diagnose",
        "arbeidsonderzoek",
        "werkfit",
        "werkfit",
        "werkfit",
        "wep",
        "wep",
        "wep",
        "wep",
        "participatieplaats",
        "participatieplaats",
        "beschut",
        "beschut",
        "jobcoach",
        "jobcoach",
        "lks",
        "lks",
        "nt2",
        "nt2",
        ("taalcafe", {"gemeenten": ["GM1960"]}),
        "digitaal",
        "duaal",
        "duaal",
        "duaal",
        "vrijwilligers",
        "sollicitatie",
        "sollicitatie",
        "sollicitatie",
        "jongerenloket",
        "jongerenloket",
        "schoolverlaters",
        "schoolverlaters",
        "vijftigplus",
        "vijftigplus",
        "praktijkverklaring",
        "praktijkverklaring",
        "bbl",
        "bbl",
        "bbl",
        "bbz",
        "starters",
        "nuggers",
        "nuggers",
        ("ov", {"gemeenten": ["GM0263", "GM0668"]}),
        "sport",
        "sport",
        "leefstijl",
        "ips",
        "ips",
        "jobhunting",
        "jobhunting",
        "banenafspraak",
        "nazorg",
        "leerwerkbedrijf",
        "leerwerkbedrijf",
        "leerwerkbedrijf",
        "leerwerkbedrijf",
        "buurtbaan",
        "orientatie",
        "orientatie",
        "omscholing",
        "omscholing",
        "empowerment",
        "empowerment",
        "ouders",
        "lks_wg",
        "detachering",
        "jobcoach_wg",
        "jobcoach_wg",
        "proefplaatsing",
        "praktijkleren",
        "nazorg_wg",
    ],
    "GM0281": [
        "schuldhulp",
        "schuldhulp",
        "budgetcoach",
        "budgetcoach",
        "geldzorgen",
        "geldzorgen",
        "inburgering",
        "inburgering",
        "zroute",
        "taalcafe",
        "taalcafe",
        "taalhuis",
        "digitaal",
        "vrijwilligers",
        "dagbesteding",
        "fietsles",
        "kinderopvang",
        "buurtbaan",
        "sport",
        "leefstijl",
        "dakloos",
        "empowerment",
    ],
    "GM0216": [
        "schuldhulp",
        "budgetcoach",
        "geldzorgen",
        "inburgering",
        "inburgering",
        "taalcafe",
        "taalcafe",
        "vrijwilligers",
        "fietsles",
        "sport",
        "kinderopvang",
        "ouders",
        "digitaal",
    ],
    "GM0297": [
        "schuldhulp",
        "budgetcoach",
        "inburgering",
        "taalcafe",
        "vrijwilligers",
        "taalhuis",
        "buurtbaan",
        "geldzorgen",
        "ov",
    ],
    "GM0214": [
        "intake",
        "diagnose",
        "werkfit",
        "wep",
        "wep",
        "participatieplaats",
        "jobcoach",
        "lks",
        "schuldhulp",
        "budgetcoach",
        "inburgering",
        "duaal",
        "taalcafe",
        "vrijwilligers",
        "sollicitatie",
        "jongerenloket",
        "bbz",
        "nuggers",
        "jobhunting",
        "buurtbaan",
        "beschut",
    ],
    "AM10": [
        "lks_wg",
        "lks_wg",
        "noriskpolis",
        "proefplaatsing",
        "jobcoach_wg",
        "jobcoach_wg",
        "werkplek",
        "werkplek",
        "scholingsvoucher",
        "scholingsvoucher",
        "praktijkleren",
        "praktijkleren",
        "matching_banenafspraak",
        "jobcarving",
        "jobcarving",
        "vacatureservice",
        "vacatureservice",
        "sroi",
        "leerwerkpool",
        "leerwerkpool",
        "leerwerkpool",
        "inclusief_advies",
        "inclusief_advies",
        "nieuwkomers_wg",
        "nieuwkomers_wg",
        "nazorg_wg",
        "jobhunting",
        ("omscholing", {"gemeenten": ["GM0214", "GM0281"]}),
    ],
    "GM0344": [
        "intake",
        "diagnose",
        "arbeidsonderzoek",
        "werkfit",
        "werkfit",
        "werkfit",
        "wep",
        "wep",
        "participatieplaats",
        "beschut",
        "dagbesteding",
        "jobcoach",
        "lks",
        "nt2",
        "nt2",
        "taalcafe",
        "taalhuis",
        "digitaal",
        "schuldhulp",
        "schuldhulp",
        "budgetcoach",
        "geldzorgen",
        "inburgering",
        "inburgering",
        "duaal",
        "duaal",
        "zroute",
        "vrijwilligers",
        "sollicitatie",
        "sollicitatie",
        "jongerenloket",
        "jongerenloket",
        "schoolverlaters",
        "vijftigplus",
        "bbl",
        "bbl",
        "bbz",
        "starters",
        "nuggers",
        "sport",
        "ips",
        "jobhunting",
        "leerwerkbedrijf",
        "leerwerkbedrijf",
        "buurtbaan",
        "buurtbaan",
        "omscholing",
        "omscholing",
        "empowerment",
        "dakloos",
        "loopbaan",
    ],
    "AM13": [
        "lks_wg",
        "noriskpolis",
        "proefplaatsing",
        "jobcoach_wg",
        "jobcoach_wg",
        "werkplek",
        "scholingsvoucher",
        "scholingsvoucher",
        "praktijkleren",
        "praktijkleren",
        "matching_banenafspraak",
        "jobcarving",
        "jobcarving",
        "vacatureservice",
        "vacatureservice",
        "sroi",
        "leerwerkpool",
        ("leerwerkpool", {"gemeenten": ["GM0321", "GM0356", "GM0353"]}),
        "inclusief_advies",
        "inclusief_advies",
        "nieuwkomers_wg",
        "nieuwkomers_wg",
    ],
    "uwv": [
        "ww_orientatie",
        ("ww_orientatie", {"regions": ["AM10", "AM13"]}),
        "wajong",
        "scholing_uwv",
        "uwv_wia",
        "uwv_wia",
        "arbeidsonderzoek",
        "jobcoach",
        "sollicitatie",
        "vijftigplus",
        "loopbaan",
        "proefplaatsing",
        "noriskpolis",
        "jobcoach_wg",
        "werkplek",
        "werkplek",
        "loondispensatie",
        "premiekorting",
        ("vacatureservice", {"regions": ["AM21", "AM22"]}),
        "matching_banenafspraak",
        "inclusief_advies",
        "jobcarving",
    ],
}

LOCAL_NOTES = {
    "werkzaak-rivierenland": [
        "Werkzaak voert dit uit voor de zeven gemeenten in het werkgebied; deelnemers gaan naar de vestiging of het werkpunt dat het dichtst bij huis ligt.",
        "De afspraken over dit instrument staan in het regionale uitvoeringsplan van Werkzaak.",
    ],
    "GM0281": [
        "Onderdeel van het Tielse programma Meedoen in Tiel.",
        "Gefinancierd uit het budget sociaal domein van de gemeente Tiel.",
    ],
    "GM0216": ["Uitgevoerd in samenwerking met het sociaal team Culemborg."],
    "GM0297": ["Ook voor inwoners van de dorpen in de gemeente Zaltbommel, zoals Brakel, Kerkwijk en Nederhemert."],
    "GM0214": [
        "Buren voert de re-integratie zelf uit, niet via Werkzaak.",
        "Bijeenkomsten vinden afwisselend plaats in Maurik, Lienden en Beusichem.",
    ],
    "AM10": ["Onderdeel van de regionale werkgeversdienstverlening van de gemeenten en UWV in Rivierenland."],
    "GM0344": [
        "Beschikbaar in alle Utrechtse wijken; in Overvecht, Kanaleneiland en Zuilen zijn extra spreekuren.",
        "Onderdeel van de Utrechtse aanpak Werk en Inkomen.",
    ],
    "AM13": ["Werkgevers hebben één aanspreekpunt voor alle gemeenten in Midden-Utrecht en UWV."],
    "uwv": ["Landelijke regeling; de uitvoering kan per regio iets verschillen."],
}

ENDED_REASONS = [
    "Gestopt na afloop van de ESF-subsidie; onderdelen zijn opgenomen in het reguliere aanbod.",
    "Beëindigd omdat het bereik te laag bleef; deelnemers worden doorverwezen naar vergelijkbaar regionaal aanbod.",
    "De pilot is afgerond en geëvalueerd; besloten is het instrument niet structureel voort te zetten.",
    "Opgegaan in het regionale aanbod van {wsp}.",
    "Het contract met de aanbieder is afgelopen en na de aanbesteding niet verlengd.",
]

EVALUATION_PROCESS = [
    "De procesevaluatie laat zien dat deelnemers en uitvoerders tevreden zijn over de begeleiding. Verbeterpunt is de overdracht naar de vervolgstap.",
    "Uit interviews met deelnemers en werkgevers blijkt dat vooral de vaste contactpersoon wordt gewaardeerd. De wachttijd bij de start is te lang.",
    "Het bereik was lager dan verwacht. De evaluatie beveelt aan consulenten beter te informeren, zodat zij vaker doorverwijzen.",
    "Uitvoerders ervaren de administratieve last als hoog. De registratie is inmiddels vereenvoudigd.",
]
EVALUATION_EFFECT = [
    "Deelnemers stromen vaker uit naar werk dan een vergelijkbare groep zonder deze ondersteuning; het verschil is klein maar consistent.",
    "De effectmeting wijst op een hogere uitstroom naar werk na twaalf maanden, vooral bij deelnemers jonger dan 40 jaar.",
    "Er is geen significant effect op uitstroom naar werk gevonden, wel op ervaren gezondheid en zelfvertrouwen.",
    "Na achttien maanden werkt een groter deel van de deelnemers dan van de vergelijkingsgroep; de duurzaamheid van het werk wordt nog gevolgd.",
]

COSTS_UNKNOWN = [
    "De kosten zitten in de reguliere formatie en zijn niet per deelnemer te berekenen.",
    "Onderdeel van een raamcontract; een bedrag per deelnemer is niet beschikbaar.",
    "Kosten worden per situatie bepaald.",
]
APPLY_GENERIC_IT01 = [
    "De consulent meldt de kandidaat aan via het klantvolgsysteem. De aanbieder neemt binnen tien werkdagen contact op.",
    "Aanmelden via het digitale verwijsformulier. Stem de aanmelding vooraf kort af met de contactpersoon.",
    "Verwijzen kan door consulenten, het sociaal (wijk)team en ketenpartners, met toestemming van de inwoner.",
]
APPLY_GENERIC_IT02 = [
    "Werkgevers nemen contact op met hun vaste accountmanager of met {wsp}.",
    "Accountmanagers leggen de afspraken vast in het werkgeversdossier en zetten de aanvraag door naar de backoffice.",
]
PARTNERS_GENERIC = {
    "external": [
        "{provider}, de sociale wijkteams en {wsp}.",
        "{provider}, UWV en werkgevers uit de regio.",
        "{provider} en de consulenten van {kort}.",
    ],
    "self": [
        "De sociale wijkteams, UWV en {wsp}.",
        "Werkgevers uit de regio, het mbo en de sociale wijkteams.",
        "Zorg- en welzijnsorganisaties, schuldhulpverlening en {wsp}.",
    ],
    "employer": [
        "De gemeenten in {plaats}, UWV en brancheorganisaties.",
        "UWV, opleiders in de regio en de ondernemersverenigingen.",
        "Gemeenten, UWV, het mbo en sectorfondsen.",
    ],
    "uwv": [
        "Gemeenten, de regionale werkgeversservicepunten en re-integratiebedrijven.",
        "{provider}, gemeenten en werkgevers.",
    ],
}
REG_LABELS = [
    "Administratiecode re-integratievoorziening",
    "Activiteitcode in het klantvolgsysteem",
    "Productcode inkoopcontract",
    "Code Suwinet re-integratieactiviteit",
]
LINK_KINDS = [
    ("Meer informatie", ""),
    ("Folder (pdf)", "/folder.pdf"),
    ("Aanmeldformulier", "/aanmelden"),
    ("Werkinstructie voor consulenten", "/werkinstructie"),
]

KEY_ORDER = ["owner", "status", *(key for key in FORMAT_ORDER if key not in {"owner", "status"})]

# Themes that are local by nature; only these are narrowed at random (statutory
# instruments such as loonkostensubsidie or the no-riskpolis are never narrowed).
NARROWABLE = {
    "taalcafe",
    "digitaal",
    "sollicitatie",
    "vijftigplus",
    "ov",
    "fietsles",
    "sport",
    "buurtbaan",
    "orientatie",
    "leerwerkbedrijf",
    "omscholing",
    "leerwerkpool",
    "inclusief_advies",
    "vacatureservice",
    "nieuwkomers_wg",
    "ww_orientatie",
    "jobhunting",
    "empowerment",
    "werkfit",
    "duaal",
    "praktijkleren",
}

_WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
_MERGE_KEYS = ("kw", "kk", "ed", "tiles", "legal")

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def _kvk(text: str) -> str:
    return f"{90000000 + zlib.crc32(text.encode('utf-8')) % 9999999:08d}"


def _money(value: float) -> str:
    return f"{value:.2f}"


def _day(rng: random.Random, start: _dt.date, end: _dt.date) -> str:
    return (start + _dt.timedelta(days=rng.randint(0, (end - start).days))).isoformat()


def _pick(rng: random.Random, value):
    return rng.choice(value) if isinstance(value, list) else value


def _unique(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _site_url(owner: dict) -> str:
    return "https://uwv.example.nl" if owner["code"] == "uwv" else f"https://www.{owner['slug']}.example.nl"


def _person(rng: random.Random, domain: str, used: set) -> tuple[str, str]:
    for _ in range(50):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if (first, last) not in used:
            break
    used.add((first, last))
    email = f"{first.lower()}.{_slug(last).replace('-', '')}@{domain}"
    return f"{first} {last}", email


class _Counter:
    """Hands out fictitious phone extensions per owner (00 is the general number)."""

    def __init__(self):
        self.next = {}

    def phone(self, owner: dict) -> str:
        n = self.next.get(owner["code"], 1)
        self.next[owner["code"]] = n % 99 + 1
        return f"{owner['phone_prefix']}{n:02d}"


def _provider_info(owner: dict, role: str) -> tuple[str, str, str]:
    if role == "self" or role not in owner["providers"]:
        return owner["label"], owner["slug"], "example.nl"
    return owner["providers"][role]


# ---------------------------------------------------------------------------
# Building one record
# ---------------------------------------------------------------------------


def _build(
    owner: dict,
    oi: int,
    theme: dict,
    vi: int,
    rng: random.Random,
    phones: _Counter,
    people: set,
    draft: bool,
    forced: dict | None = None,
) -> dict:
    it = theme["it"]
    variant = theme["variants"][vi]
    if owner["code"] == "uwv" and theme.get("uwv"):
        theme = dict(theme, **theme["uwv"])

    def tv(key, default=None):
        if key in _MERGE_KEYS:
            return _unique(list(theme.get(key, [])) + list(variant.get(key, [])))
        return variant.get(key, theme.get(key, default))

    richness = rng.choices(["minimal", "normal", "rich"], weights=[15, 60, 25])[0]

    def inc(p: float) -> bool:
        if richness == "minimal":
            p *= 0.2
        elif richness == "rich":
            p = min(1.0, p + 0.35)
        return rng.random() < p

    status = "draft" if draft else "published"
    is_uwv = owner["code"] == "uwv"

    # Where: narrowing inside the owner's area, sometimes.
    availability = None
    plaats = owner["plaats"]
    local_gemeente = None
    if forced:
        availability = {key: list(value) for key, value in forced.items()}
        if len(forced.get("gemeenten", [])) == 1:
            local_gemeente = forced["gemeenten"][0]
            plaats = GEMEENTE_NAMES[local_gemeente]
    elif owner["narrow"] and theme["key"] in NARROWABLE and rng.random() < owner["narrow_p"]:
        if "gemeenten" in owner["narrow"]:
            pool = owner["narrow"]["gemeenten"]
            chosen = sorted(rng.sample(pool, rng.choice([1, 1, 2, 3])))
            availability = {"gemeenten": chosen}
            if len(chosen) == 1:
                local_gemeente = chosen[0]
                plaats = GEMEENTE_NAMES[local_gemeente]
        else:
            availability = {"regions": sorted(rng.sample(owner["narrow"]["regions"], rng.choice([1, 2, 3])))}

    role = _pick(rng, theme.get("provider", "self"))
    if is_uwv and role not in ("reintegratie", "onderwijs"):
        role = "self"
    prov_name, prov_slug, prov_tld = _provider_info(owner, role)

    sites = owner["sites"]
    if local_gemeente:
        sites = [s for s in sites if s[5] == local_gemeente] or sites
    site = rng.choice(sites)

    ctx = {
        "plaats": plaats,
        "org": owner["label"],
        "kort": owner["kort"],
        "provider": prov_name,
        "wsp": owner["wsp"],
        "stad": site[4],
        "phone": f"{owner['phone_prefix']}00",
        "email": owner["email"],
        "dag": rng.choice(_WEEKDAYS),
    }

    def fmt(text: str) -> str:
        return text.format(**ctx)

    rec: dict = {"owner": owner["code"], "status": status}

    # Name: one template per owner style; national owners avoid place names.
    names = variant["names"]
    if owner["kind"] == "landelijk":
        names = [n for n in names if "{plaats}" not in n] or names
    if local_gemeente and any("{plaats}" in n for n in names):
        names = [n for n in names if "{plaats}" in n]
    rec["name"] = fmt(names[oi % len(names)])

    focus = variant.get("focus")
    summary = fmt(_pick(rng, tv("summary")))
    if focus:
        summary = f"{summary} {fmt(focus)}"
    rec["summary"] = summary
    rec["aim"] = fmt(_pick(rng, tv("aim")))
    method = fmt(_pick(rng, tv("method")))
    if focus and rng.random() < 0.5:
        method = f"{method}\n\n{fmt(focus)}"
    rec["method"] = method

    if tv("approach") and inc(0.6):
        rec["distinctive_approach"] = fmt(_pick(rng, tv("approach")))
    if tv("target") and inc(0.75):
        rec["target_group_description"] = fmt(_pick(rng, tv("target")))
    if tv("conditions") and inc(0.6):
        rec["participation_conditions"] = fmt(_pick(rng, tv("conditions")))
    if inc(0.5):
        if theme.get("partners"):
            partners = theme["partners"]
        elif is_uwv:
            partners = PARTNERS_GENERIC["uwv"]
        elif it == "IT02":
            partners = PARTNERS_GENERIC["employer"]
        else:
            partners = PARTNERS_GENERIC["self" if role == "self" else "external"]
        rec["cooperation_partners"] = fmt(_pick(rng, partners))

    info = DEMO_NOTICE
    if inc(0.45):
        info = f"{info}\n\n{fmt(rng.choice(LOCAL_NOTES[owner['code']]))}"
    rec["additional_information"] = info

    if inc(0.8):
        generic = APPLY_GENERIC_IT01 if it == "IT01" else APPLY_GENERIC_IT02
        rec["application_instructions"] = fmt(_pick(rng, theme.get("apply") or generic))

    if inc(0.85):
        base = tv("kw")
        words = rng.sample(base, min(len(base), rng.randint(2, 5)))
        if rng.random() < 0.5:
            words.append(rng.choice(owner["keywords"]))
        rec["keywords"] = _unique(words)

    rec["instrument_type"] = it

    legal = tv("legal")
    legal += [code for code in theme.get("legal_opt", []) if rng.random() < 0.4]
    if is_uwv:
        legal = [code for code in legal if code != "participatiewet"] or ["wia"]
        if theme["key"] in (
            "jobcoach",
            "arbeidsonderzoek",
            "sollicitatie",
            "vijftigplus",
            "proefplaatsing",
            "jobcoach_wg",
            "werkplek",
            "matching_banenafspraak",
            "inclusief_advies",
            "jobcarving",
        ):
            legal = _unique(legal + rng.sample(["wia", "wajong", "ww"], rng.randint(1, 2)))
        if theme["key"] in ("loopbaan",):
            legal = ["ww"]
    if legal and (variant.get("legal") or inc(0.85)):
        rec["legal_basis"] = _unique(legal)

    tiles = tv("tiles") + [code for code in theme.get("tiles_opt", []) if rng.random() < 0.35]
    rec["tiles"] = sorted(_unique(tiles))

    if theme.get("ladder") and inc(0.7 if it == "IT01" else 0.3):
        low, high = theme["ladder"]
        lf = low + (1 if high > low and rng.random() < 0.25 else 0)
        lt = high - (1 if high - 1 >= lf and rng.random() < 0.25 else 0)
        rec["ladder_from"], rec["ladder_to"] = lf, lt

    kk = tv("kk") + [code for code in theme.get("kk_opt", []) if rng.random() < 0.35]
    rec["client_characteristics"] = sorted(_unique(kk))

    ed = tv("ed") + [code for code in theme.get("ed_opt", []) if rng.random() < 0.3]
    if ed and inc(0.95 if tv("ed") else 0.75):
        rec["target_groups"] = sorted(_unique(ed))

    rec["implementation"] = rng.choice(tv("uv"))
    if inc(0.8):
        rec["group_forms"] = list(tv("group"))
    if inc(0.85):
        locs = list(tv("loc"))
        if "online" not in locs and rng.random() < 0.08:
            locs.append("online")
        rec["location_types"] = locs

    if it == "IT02":
        sectors = list(tv("sectors", []))
        if sectors and inc(0.8):
            if len(sectors) > 3:
                sectors = sorted(rng.sample(sectors, rng.randint(3, len(sectors))))
            rec["sectors"] = sectors
        if tv("emp") and inc(0.8):
            rec["employment_types"] = list(tv("emp"))

    if inc(0.7):
        rec["age_groups"] = list(tv("age"))
    if inc(0.7):
        benefit = list(tv("benefit"))
        if is_uwv:
            benefit = _unique([code for code in benefit if code != "DD02"] or ["DD05"])
        rec["benefit_situations"] = benefit

    if theme.get("dgr"):
        rec["requires_doelgroepregister"] = True
    elif inc(0.3):
        rec["requires_doelgroepregister"] = False

    # Provider
    provider = {"name": prov_name}
    if inc(0.8):
        provider["website"] = "https://www.uwv.nl" if prov_slug == "uwv" else f"https://www.{prov_slug}.{prov_tld}"
    if inc(0.5):
        provider["email"] = owner["email"] if role == "self" or prov_slug == "uwv" else f"info.{prov_slug}@example.nl"
    if inc(0.5):
        provider["phone"] = (
            f"{owner['phone_prefix']}00" if role == "self" or prov_slug == "uwv" else phones.phone(owner)
        )
    if prov_slug != "uwv" and inc(0.5):
        provider["kvk"] = _kvk(prov_slug)
    rec["provider"] = provider

    # Locations: only where people actually go to an address.
    loc_types = rec.get("location_types", tv("loc"))
    if any(t in loc_types for t in ("address", "provider", "gemeente")) and inc(0.6):
        chosen_sites = rng.sample(sites, min(len(sites), rng.choice([1, 1, 2])))
        locations = []
        for s in chosen_sites:
            label = prov_name if role != "self" and rng.random() < 0.5 else s[0]
            locations.append({"name": label, "street": s[1], "house_number": s[2], "postcode": s[3], "city": s[4]})
        rec["locations"] = locations

    # Contacts
    if inc(0.8):
        contacts = []
        for i in range(rng.choices([1, 2, 3], weights=[5, 4, 1])[0]):
            external = role != "self" and i == 1
            name, email = _person(rng, "example.org" if external else "example.nl", people)
            roles = EXTERNAL_ROLES if external else (STAFF_ROLES_IT01 if it == "IT01" else STAFF_ROLES_IT02)
            contact = {"name": name, "role": rng.choice(roles)}
            pattern = rng.choices(["both", "email", "phone"], weights=[6, 3, 2])[0]
            if pattern in ("both", "email"):
                contact["email"] = email
            if pattern in ("both", "phone"):
                contact["phone"] = phones.phone(owner)
            contact["kind"] = "extern" if external else "intern"
            contact["public"] = rng.random() < (0.5 if external else 0.2)
            contacts.append(contact)
        rec["contacts"] = contacts

    if theme.get("intensity") and inc(0.6):
        low, high = theme["intensity"]
        value = rng.randint(low * 2, high * 2) / 2
        rec["intensity_hours_per_week"] = _money(value)
        if theme.get("intensity_desc") and inc(0.5):
            rec["intensity_description"] = theme["intensity_desc"]

    if tv("duration") and inc(0.7):
        value, unit = rng.choice(tv("duration"))
        rec["duration_value"], rec["duration_unit"] = value, unit
        if theme.get("duration_desc") and inc(0.5):
            rec["duration_description"] = theme["duration_desc"]

    if inc(0.75):
        option = rng.choice(theme.get("costs", ["unknown"]))
        if option == "free":
            rec["costs_amount"], rec["costs_unit"] = "0.00", "participant"
            if inc(0.4):
                rec["costs_description"] = (
                    "Geen kosten per deelnemer; de uitvoering valt binnen de bestaande formatie of wordt door vrijwilligers gedaan."
                )
        elif option == "unknown":
            if inc(0.5):
                rec["costs_description"] = rng.choice(COSTS_UNKNOWN)
        else:
            low, high, unit = option
            amount = rng.uniform(low, high)
            step = 50 if high >= 1000 else (5 if high >= 100 else 0.5)
            rec["costs_amount"] = _money(round(amount / step) * step)
            rec["costs_unit"] = unit
            if theme.get("costs_desc") and inc(0.6):
                rec["costs_description"] = fmt(theme["costs_desc"])

    if inc(0.8):
        funding = list(rng.choice(theme["funding"]))
        if is_uwv:
            funding = _unique(["uwv" if code in ("re_integratiebudget", "buig", "esf") else code for code in funding])
        rec["funding"] = funding
    if theme.get("contrib") and inc(0.7):
        rec["participant_contribution"] = rng.choice(theme["contrib"])
    if inc(0.85):
        rec["income_effect"] = rng.choice(tv("income"))

    # Evidence
    level = "niet_beoordeeld"
    if tv("evidence") and rng.random() < min(1.0, 1.5 * theme.get("evidence_p", 0.3)):
        level, databank = rng.choice(tv("evidence"))
        rec["evidence_level"] = level
        if inc(0.8):
            rec["evidence_databank"] = databank
        if inc(0.6):
            rec["evidence_url"] = f"https://interventies.example.org/{databank}/{_slug(rec['name'])}"
        if inc(0.7):
            rec["evidence_assessed_on"] = _day(rng, _dt.date(2019, 3, 1), _dt.date(2024, 12, 15))
    rec["evidence_level"] = level

    if inc(0.22):
        etype = rng.choices(["process", "effect", "process_and_effect", "none"], weights=[5, 2, 2, 1])[0]
        rec["evaluation_type"] = etype
        if etype != "none":
            year = rng.randint(2021, 2025)
            rec["evaluation_comparison_group"] = etype != "process" and rng.random() < 0.5
            rec["evaluation_year"] = year
            if inc(0.6):
                rec["evaluation_url"] = f"{_site_url(owner)}/evaluaties/{_slug(rec['name'])}-{year}.pdf"
            texts = EVALUATION_PROCESS if etype == "process" else EVALUATION_EFFECT
            rec["evaluation_summary"] = rng.choice(texts)

    # Lifecycle
    lifecycle = None
    if inc(0.85):
        lifecycle = rng.choices(["structural", "pilot", "ended"], weights=[78, 16, 6])[0]
        if lifecycle == "ended" and status == "draft":
            lifecycle = "pilot"
        rec["lifecycle"] = lifecycle
        if lifecycle == "ended":
            rec["ended_reason"] = fmt(rng.choice(ENDED_REASONS))

    if inc(0.45):
        end = rng.choice([2023, 2024]) if lifecycle == "ended" else rng.choice([2024, 2025, 2025])
        span = rng.randint(1, 2) if lifecycle == "pilot" else rng.randint(1, 4)
        low, high = theme.get("scale", (10, 100))
        if lifecycle == "pilot":
            low, high = max(1, low // 3), max(2, high // 3)
        r_paid, r_edu, r_other = theme.get("rates", (0.3, 0.05, 0.2))
        outcomes = []
        for year in range(max(2021, end - span + 1), end + 1):
            participants = rng.randint(1, 4) if rng.random() < 0.12 else rng.randint(low, high)
            paid = min(participants, int(round(participants * r_paid * rng.uniform(0.5, 1.0))))
            edu = min(participants - paid, int(round(participants * r_edu * rng.uniform(0.3, 1.0))))
            other = min(participants - paid - edu, int(round(participants * r_other * rng.uniform(0.3, 1.0))))
            outcomes.append(
                {
                    "year": year,
                    "participants": participants,
                    "to_paid_work": paid,
                    "to_education": edu,
                    "to_other_participation": other,
                }
            )
        rec["outcomes"] = outcomes

    if availability:
        rec["availability"] = availability

    if inc(0.4):
        base = f"{_site_url(owner)}/{'werkgevers' if it == 'IT02' else 'werk'}/{_slug(rec['name'])}"
        links = []
        for label, suffix in rng.sample(LINK_KINDS, rng.choice([1, 1, 2])):
            links.append({"label": label, "url": base + suffix})
        rec["links"] = links

    if inc(0.3):
        codes = [{"code": f"{owner['reg']}-{rng.randint(100, 999)}", "label": rng.choice(REG_LABELS)}]
        if rng.random() < 0.25:
            codes.append({"code": f"{owner['reg']}-{rng.randint(100, 999)}B"})
        rec["registration_codes"] = codes

    # Public part
    pub = theme.get("public")
    if pub and variant.get("public"):
        pub = dict(pub, **variant["public"])
    if pub:
        if it == "IT01":
            want = status == "published" and rng.random() < 0.88
            present = want or inc(0.4)
        else:
            present = rng.random() < 0.45
            want = present and status == "published" and rng.random() < 0.85
        if present:
            public = {"visible": want, "title": fmt(_pick(rng, pub["title"]))}
            public["summary"] = fmt(_pick(rng, pub["summary"]))
            for key in ("for_whom", "what_you_get"):
                if pub.get(key) and (richness == "rich" or rng.random() < 0.8):
                    public[key] = fmt(_pick(rng, pub[key]))
            public["how_to_start"] = fmt(_pick(rng, pub["how_to_start"]))
            if pub.get("costs_for_you") and (richness == "rich" or rng.random() < 0.8):
                public["costs_for_you"] = fmt(_pick(rng, pub["costs_for_you"]))
            rec["public"] = public

    if status == "published" and lifecycle != "ended" and rng.random() < 0.06:
        rec["publish_from"] = _day(rng, _dt.date(2026, 1, 1), _dt.date(2026, 3, 31))
        if rng.random() < 0.7:
            rec["publish_to"] = _day(rng, _dt.date(2026, 6, 1), _dt.date(2026, 12, 31))

    if inc(0.5):
        rec["review_interval_months"] = rng.choice([1, 3, 6, 6, 12, 12, 18, 24])
    if inc(0.6):
        rec["last_reviewed_on"] = _day(rng, _dt.date(2025, 1, 6), _dt.date(2026, 3, 31))

    return {key: rec[key] for key in KEY_ORDER if key in rec}


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------


def demo_instruments() -> list[dict]:
    """All demo instruments, always the same list (fixed seed, no clock)."""
    rng = random.Random(SEED)
    phones = _Counter()
    records: list[dict] = []
    total = sum(len(keys) for keys in ALLOCATION.values())
    drafts = set(random.Random(SEED + 1).sample(range(total), round(total * 0.1)))
    for oi, owner in enumerate(OWNERS):
        people: set = set()
        uses: dict[str, int] = {}
        names_seen: set = set()
        for item in ALLOCATION[owner["code"]]:
            theme_key, forced = item if isinstance(item, tuple) else (item, None)
            theme = THEMES[theme_key]
            k = uses.get(theme_key, 0)
            uses[theme_key] = k + 1
            vi = (oi + k) % len(theme["variants"])
            rec = _build(owner, oi, theme, vi, rng, phones, people, len(records) in drafts, forced)
            if rec["name"] in names_seen:  # keep names unique within one owner
                rec["name"] = f"{rec['name']} ({rec.get('locations', [{}])[0].get('city', owner['plaats'])})"
            n = 2
            while rec["name"] in names_seen:
                rec["name"] = f"{rec['name']} {n}"
                n += 1
            names_seen.add(rec["name"])
            records.append(rec)
    return records


# ---------------------------------------------------------------------------
# Self-check (python3 portal/demo/content.py)
# ---------------------------------------------------------------------------

_CODES = {
    "instrument_type": {"IT01", "IT02"},
    "tiles_IT01": {f"EW{i:02d}" for i in range(1, 10)},
    "tiles_IT02": {f"DW{i:02d}" for i in range(1, 11)},
    "sectors": set("ABCDEFGHIJKLMNOPQRSTU"),
    "employment_types": {f"DV{i:02d}" for i in range(1, 5)},
    "age_groups": {f"LG{i:02d}" for i in range(1, 7)},
    "benefit_situations": {f"DD{i:02d}" for i in range(1, 9)},
    "client_characteristics": {f"KK{i:02d}" for i in range(1, 15)},
    "target_groups": {f"ED{i:02d}" for i in range(1, 15)},
    "implementation": {f"UV{i:02d}" for i in range(1, 12)},
    "group_forms": {"GV01", "GV02"},
    "location_types": {"address", "provider", "employer", "gemeente", "home", "online"},
    "legal_basis": {
        "participatiewet",
        "wmo2015",
        "wet_inburgering_2021",
        "wet_banenafspraak",
        "wajong",
        "ww",
        "wia",
        "wsw",
        "wet_gemeentelijke_schuldhulpverlening",
        "jeugdwet",
        "lokaal_beleid",
    },
    "funding": {
        "re_integratiebudget",
        "buig",
        "wmo",
        "uwv",
        "werkgever",
        "esf",
        "rijksbijdrage_beschut_werk",
        "inburgering",
        "overig",
    },
    "income_effect": {"keeps_benefit", "wage", "wage_with_subsidy", "volunteer_allowance", "unpaid", "not_applicable"},
    "evidence_level": {
        "niet_beoordeeld",
        "goed_beschreven",
        "goed_onderbouwd",
        "effectief_eerste",
        "effectief_goede",
        "effectief_sterke",
    },
    "evidence_databank": {"movisie", "nji", "cgl", "trimbos", "vilans", "ncj", "kenniscentrum_sport", "other"},
    "duration_unit": {"hour", "day", "week", "month"},
    "costs_unit": {"once", "hour", "day", "week", "month", "year", "session", "trajectory", "participant"},
    "evaluation_type": {"none", "process", "effect", "process_and_effect"},
    "lifecycle": {"pilot", "structural", "ended"},
}
_ALL_REGIONS = {
    "AM01",
    "AM02",
    "AM03",
    "AM05",
    "AM06",
    "AM07",
    "AM08",
    "AM09",
    "AM10",
    "AM11",
    "AM12",
    "AM13",
    "AM14",
    "AM15",
    "AM17",
    "AM18",
    "AM19",
    "AM20",
    "AM21",
    "AM22",
    "AM23",
    "AM24",
    "AM25",
    "AM26",
    "AM27",
    "AM28",
    "AM29",
    "AM30",
    "AM32",
    "AM33",
    "AM34",
    "AM35",
    "AM36",
    "AM37",
    "AM38",
}
_OWNER_AREA = {
    "werkzaak-rivierenland": (set(WERKZAAK_GEMEENTEN) - {"GM1740"}, set()),
    "GM0281": ({"GM0281"}, set()),
    "GM0216": ({"GM0216"}, set()),
    "GM0297": ({"GM0297"}, set()),
    "GM0214": ({"GM0214"}, set()),
    "GM0344": ({"GM0344"}, set()),
    "AM10": (set(AM10_GEMEENTEN), {"AM10"}),
    "AM13": (set(AM13_GEMEENTEN), {"AM13"}),
    "uwv": (None, _ALL_REGIONS),
}
_ALLOWED_KEYS = set(KEY_ORDER) - {"id", "version", "adopted_from"}
_TEXT_KEYS = (
    "aim",
    "method",
    "distinctive_approach",
    "target_group_description",
    "participation_conditions",
    "cooperation_partners",
    "additional_information",
    "application_instructions",
    "intensity_description",
    "duration_description",
    "costs_description",
    "evaluation_summary",
    "ended_reason",
)
_DECIMAL = re.compile(r"^\d+\.\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_POSTCODE = re.compile(r"^[1-9]\d{3} [A-Z]{2}$")
_PHONE = re.compile(r"^0\d{2,3} 000 \d{3,4}$")
_EMAIL = re.compile(r"^[a-z0-9.\-]+@example\.(nl|org)$")
_URL = re.compile(r"^https://([a-z0-9\-]+\.)*example\.(nl|org)(/\S*)?$")
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z]")


def _check_record(rec: dict) -> list[str]:  # noqa: C901 - a flat list of rules reads best
    errors: list[str] = []

    def err(message: str) -> None:
        errors.append(f"{rec.get('owner')} / {rec.get('name')}: {message}")

    def codes(key: str, allowed: set, required: bool = False) -> None:
        value = rec.get(key)
        if value is None:
            if required:
                err(f"{key} ontbreekt")
            return
        if not isinstance(value, list) or not value:
            err(f"{key} moet een niet-lege lijst zijn")
            return
        if len(set(value)) != len(value):
            err(f"{key} bevat dubbele codes")
        for code in value:
            if code not in allowed:
                err(f"{key}: onbekende code {code!r}")

    for key, value in rec.items():
        if key not in _ALLOWED_KEYS:
            err(f"onbekende sleutel {key}")
        if value is None or value == "" or value == [] or value == {}:
            err(f"{key} is leeg; weglaten in plaats van leeg")
    for key in ("id", "version", "adopted_from"):
        if key in rec:
            err(f"{key} hoort niet in de demo-inhoud")

    if rec.get("owner") not in OWNER_BY_CODE:
        err("onbekende eigenaar")
    if rec.get("status") not in ("published", "draft"):
        err("status moet published of draft zijn")
    for key, limit in (("name", 150), ("summary", 500)):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            err(f"{key} ontbreekt")
        elif len(rec[key]) > limit:
            err(f"{key} langer dan {limit}")
    for key in ("aim", "method"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            err(f"{key} ontbreekt")
    for key in _TEXT_KEYS + ("name", "summary"):
        if key in rec:
            if not isinstance(rec[key], str):
                err(f"{key} moet tekst zijn")
            elif _HTML.search(rec[key]):
                err(f"{key} bevat HTML")
    if not str(rec.get("additional_information", "")).startswith(DEMO_NOTICE):
        err("additional_information begint niet met de demo-melding")

    it = rec.get("instrument_type")
    if it not in _CODES["instrument_type"]:
        err("instrument_type ongeldig")
    codes("tiles", _CODES["tiles_IT01"] if it == "IT01" else _CODES["tiles_IT02"], required=True)
    codes("client_characteristics", _CODES["client_characteristics"], required=True)
    for key in (
        "target_groups",
        "group_forms",
        "location_types",
        "age_groups",
        "benefit_situations",
        "legal_basis",
        "funding",
    ):
        codes(key, _CODES[key])
    if it == "IT02":
        codes("sectors", _CODES["sectors"])
        codes("employment_types", _CODES["employment_types"])
    else:
        for key in ("sectors", "employment_types"):
            if key in rec:
                err(f"{key} alleen bij IT02")
    for key in (
        "implementation",
        "income_effect",
        "evidence_level",
        "evidence_databank",
        "duration_unit",
        "costs_unit",
        "evaluation_type",
        "lifecycle",
    ):
        if key in rec and rec[key] not in _CODES[key]:
            err(f"{key}: ongeldige code {rec[key]!r}")
    if "implementation" not in rec:
        err("implementation ontbreekt")
    if "evidence_level" not in rec:
        err("evidence_level ontbreekt")

    if "keywords" in rec:
        if not all(isinstance(k, str) and k and ";" not in k for k in rec["keywords"]):
            err("keywords: alleen tekst zonder ';'")

    has_from, has_to = "ladder_from" in rec, "ladder_to" in rec
    if has_from != has_to:
        err("ladder_from en ladder_to horen samen")
    if has_from and has_to:
        lf, lt = rec["ladder_from"], rec["ladder_to"]
        if not (isinstance(lf, int) and isinstance(lt, int) and 1 <= lf <= 6 and 1 <= lt <= 6 and lt >= lf):
            err("ladder ongeldig")

    if "requires_doelgroepregister" in rec and not isinstance(rec["requires_doelgroepregister"], bool):
        err("requires_doelgroepregister moet bool zijn")

    provider = rec.get("provider")
    if not isinstance(provider, dict) or not provider.get("name"):
        err("provider.name ontbreekt")
    else:
        if set(provider) - {"name", "website", "email", "phone", "kvk"}:
            err("provider: onbekende sleutel")
        if "kvk" in provider and not re.fullmatch(r"\d{8}", provider["kvk"]):
            err("provider.kvk moet 8 cijfers zijn")
        if "website" in provider and not (
            _URL.match(provider["website"]) or provider["website"] == "https://www.uwv.nl"
        ):
            err(f"provider.website {provider['website']!r}")
        if "email" in provider and not _EMAIL.match(provider["email"]):
            err("provider.email")
        if "phone" in provider and not _PHONE.match(provider["phone"]):
            err("provider.phone")

    for loc in rec.get("locations", []):
        if set(loc) - {"name", "street", "house_number", "postcode", "city"}:
            err("locations: onbekende sleutel")
        if "postcode" in loc and not _POSTCODE.match(loc["postcode"]):
            err(f"postcode {loc['postcode']!r}")

    for contact in rec.get("contacts", []):
        if set(contact) - {"name", "role", "email", "phone", "kind", "public"}:
            err("contacts: onbekende sleutel")
        if not contact.get("name"):
            err("contact zonder naam")
        if not contact.get("email") and not contact.get("phone"):
            err("contact zonder e-mail en telefoon")
        if "email" in contact and not _EMAIL.match(contact["email"]):
            err(f"contact e-mail {contact['email']!r}")
        if "phone" in contact and not _PHONE.match(contact["phone"]):
            err(f"contact telefoon {contact['phone']!r}")
        if contact.get("kind") not in ("intern", "extern"):
            err("contact.kind")
        if not isinstance(contact.get("public"), bool):
            err("contact.public moet bool zijn")

    for key in ("intensity_hours_per_week", "costs_amount", "participant_contribution"):
        if key in rec and not (isinstance(rec[key], str) and _DECIMAL.match(rec[key])):
            err(f"{key} moet een decimaal met 2 cijfers achter de punt zijn")
    if ("duration_value" in rec) != ("duration_unit" in rec):
        err("duration_value en duration_unit horen samen")
    if "duration_value" in rec and not (isinstance(rec["duration_value"], int) and rec["duration_value"] >= 0):
        err("duration_value")
    if ("costs_amount" in rec) != ("costs_unit" in rec):
        err("costs_amount en costs_unit horen samen")

    if rec.get("evidence_level") == "niet_beoordeeld":
        for key in ("evidence_databank", "evidence_url", "evidence_assessed_on"):
            if key in rec:
                err(f"{key} zonder beoordeling")
    for key in ("evidence_url", "evaluation_url"):
        if key in rec and not _URL.match(rec[key]):
            err(f"{key} {rec[key]!r}")
    for key in ("evidence_assessed_on", "publish_from", "publish_to", "last_reviewed_on"):
        if key in rec and not _DATE.match(rec[key]):
            err(f"{key} geen datum")
    if "publish_from" in rec and "publish_to" in rec and rec["publish_to"] < rec["publish_from"]:
        err("publish_to voor publish_from")
    if "last_reviewed_on" in rec and not ("2025-01-01" <= rec["last_reviewed_on"] <= "2026-12-31"):
        err("last_reviewed_on buiten 2025-2026")
    if "review_interval_months" in rec and not (1 <= rec["review_interval_months"] <= 24):
        err("review_interval_months")
    if "evaluation_comparison_group" in rec and not isinstance(rec["evaluation_comparison_group"], bool):
        err("evaluation_comparison_group moet bool zijn")

    years = []
    for row in rec.get("outcomes", []):
        if set(row) != {"year", "participants", "to_paid_work", "to_education", "to_other_participation"}:
            err("outcomes: sleutels")
            continue
        years.append(row["year"])
        if not 2021 <= row["year"] <= 2025:
            err("outcomes: jaar buiten 2021-2025")
        if any(not isinstance(row[k], int) or row[k] < 0 for k in row):
            err("outcomes: geen gehele getallen >= 0")
        elif row["to_paid_work"] + row["to_education"] + row["to_other_participation"] > row["participants"]:
            err("outcomes: uitstroom groter dan deelnemers")
    if len(years) != len(set(years)):
        err("outcomes: dubbele jaren")

    if rec.get("lifecycle") == "ended" and not rec.get("ended_reason"):
        err("ended zonder ended_reason")
    if "ended_reason" in rec and rec.get("lifecycle") != "ended":
        err("ended_reason zonder ended")

    availability = rec.get("availability")
    if availability:
        area_gemeenten, area_regions = _OWNER_AREA[rec["owner"]]
        for code in availability.get("gemeenten", []):
            if area_gemeenten is not None and code not in area_gemeenten:
                err(f"availability: {code} ligt buiten het gebied van de eigenaar")
        for code in availability.get("regions", []):
            if code not in area_regions:
                err(f"availability: regio {code} ligt buiten het gebied van de eigenaar")

    for link in rec.get("links", []):
        if not link.get("label") or not _URL.match(link.get("url", "")) or len(link["url"]) > 500:
            err("links: label en https-url (example-domein) verplicht")
    for code in rec.get("registration_codes", []):
        if not code.get("code"):
            err("registration_codes: code ontbreekt")

    public = rec.get("public")
    if public is not None:
        if set(public) - {"visible", "title", "summary", "for_whom", "what_you_get", "how_to_start", "costs_for_you"}:
            err("public: onbekende sleutel")
        if not isinstance(public.get("visible"), bool):
            err("public.visible moet bool zijn")
        if len(public.get("title", "")) > 120:
            err("public.title langer dan 120")
        if public.get("visible") and not (public.get("summary") and public.get("how_to_start")):
            err("public: summary en how_to_start verplicht als zichtbaar")

    def walk(value, path):
        if isinstance(value, str):
            if "{" in value or "}" in value:
                err(f"{path}: niet ingevulde placeholder")
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]")

    walk(rec, "record")
    return errors


def _self_check(records: list[dict]) -> None:
    from collections import Counter

    errors = [e for rec in records for e in _check_record(rec)]
    assert len(records) >= 260, f"te weinig records: {len(records)}"
    names = Counter((r["owner"], r["name"]) for r in records)
    errors += [f"dubbele naam bij {owner}: {name}" for (owner, name), n in names.items() if n > 1]
    published = sum(r["status"] == "published" for r in records) / len(records)
    if not 0.85 <= published <= 0.95:
        errors.append(f"aandeel published {published:.2f} wijkt af van ongeveer 90%")
    if not any(row["participants"] < 5 for r in records for row in r.get("outcomes", [])):
        errors.append("geen kleine aantallen (<5) in outcomes")
    if records != demo_instruments():
        errors.append("niet deterministisch")
    for facet in (
        "tiles",
        "client_characteristics",
        "target_groups",
        "age_groups",
        "benefit_situations",
        "location_types",
        "legal_basis",
        "funding",
        "group_forms",
        "sectors",
        "employment_types",
    ):
        seen = {c for r in records for c in r.get(facet, [])}
        allowed = (_CODES["tiles_IT01"] | _CODES["tiles_IT02"]) if facet == "tiles" else _CODES[facet]
        missing = sorted(allowed - seen)
        if missing and facet not in ("sectors",):
            errors.append(f"{facet}: codes zonder voorbeeld: {missing}")
    for facet in ("implementation", "income_effect", "evidence_level", "lifecycle"):
        missing = sorted(_CODES[facet] - {r[facet] for r in records if facet in r})
        if missing:
            errors.append(f"{facet}: codes zonder voorbeeld: {missing}")
    if errors:
        print("\n".join(errors[:60]))
        raise SystemExit(f"{len(errors)} fout(en)")


if __name__ == "__main__":
    from collections import Counter

    _records = demo_instruments()

    def _show(title: str, counter: Counter) -> None:
        print(f"\n{title}:")
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {key:<28} {n}")

    print(f"{len(_records)} demo-instrumenten")
    _show("per eigenaar", Counter(r["owner"] for r in _records))
    _show("per status", Counter(r["status"] for r in _records))
    _show("per instrument_type", Counter(r["instrument_type"] for r in _records))
    _show("per evidence_level", Counter(r["evidence_level"] for r in _records))
    _show("per lifecycle", Counter(r.get("lifecycle", "(niet ingevuld)") for r in _records))
    _show(
        "public",
        Counter(
            "zichtbaar" if r.get("public", {}).get("visible") else ("verborgen" if "public" in r else "geen")
            for r in _records
        ),
    )
    _show(
        "availability",
        Counter(
            ("gemeenten" if "gemeenten" in r["availability"] else "regions") if "availability" in r else "heel gebied"
            for r in _records
        ),
    )
    _show(
        "kosten",
        Counter(
            "gratis" if r.get("costs_amount") == "0.00" else ("bedrag" if "costs_amount" in r else "onbekend")
            for r in _records
        ),
    )
    _show(
        "outcomes",
        Counter(
            "met kleine aantallen"
            if any(o["participants"] < 5 for o in r.get("outcomes", []))
            else ("ja" if "outcomes" in r else "nee")
            for r in _records
        ),
    )
    _self_check(_records)
    print("\nZelfcontrole geslaagd.")
