"""Realistic synthetic search documents for the search benchmark, made fast and without a database.

The texts are the demo texts (``portal.demo.content.demo_instruments``) recombined: every
synthetic instrument starts from a demo instrument of a matching kind of owner, gets the
place names and organisation names of its own (synthetic) owner, a varied name, a local
sentence or two, and varied codes, ladder range, cost band, status, publication window,
public part and availability. The owners are ~600 organisations of the four types over the
real 342 gemeenten and 35 arbeidsmarktregio's (``portal/data/gemeenten.csv``).

``generate(n, seed)`` returns dicts of exactly the shape of ``search.documents.build_document``.
The same (n, seed) always gives the same documents; the owners depend on the seed only, so
the 20,000 and 50,000 sets share their organisations.

The synthetic world has its own "today", ``REFERENCE_DATE``: publication windows are drawn
around it, and the benchmark passes it as ``SearchRequest.today`` so visibility does not
drift with the calendar.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

REFERENCE_DATE = dt.date(2026, 11, 1)
GEMEENTEN_CSV = Path(__file__).resolve().parent.parent / "portal" / "data" / "gemeenten.csv"

OWNER_COUNTS = {"gemeente": 342, "arbeidsmarktregio": 35, "samenwerkingsverband": 215, "landelijk": 8}
LANDELIJK = [
    ("uwv", "UWV"),
    ("svb", "Sociale Verzekeringsbank"),
    ("landelijk-werkfonds", "Stichting Landelijk Werkfonds"),
    ("kenniscentrum-werk", "Kenniscentrum Werk en Meedoen"),
    ("taal-landelijk", "Stichting Taal Voor Iedereen"),
    ("schulden-landelijk", "Landelijk Steunpunt Geldzorgen"),
    ("inclusief-nl", "Netwerk Inclusief Ondernemen Nederland"),
    ("sectorfonds-zorg", "Opleidingsfonds Zorg en Welzijn"),
]
SV_PATTERNS = [
    "Werkbedrijf {place}",
    "Sociale Dienst {place}",
    "Werkplein {place}",
    "Participatiebedrijf {place}",
    "Intergemeentelijke Sociale Dienst {place}",
    "Werk en Inkomen {place}",
    "Leerwerkbedrijf {place}",
]
PROVIDER_PATTERNS = [
    "Stichting Welzijn {place}",
    "Taalhuis {place}",
    "Re-integratiebureau De Brug",
    "Leerwerkcentrum {place}",
    "Buurtteam {place}",
    "Stichting Sociaal Werk {place}",
    "Vrijwilligerscentrale {place}",
    "Geldpunt {place}",
    "Jobcoachbureau Op Maat",
    "Werkgeversnetwerk {place}",
]
LOCAL_SENTENCES = [
    "In {place} voeren we dit uit samen met {provider}.",
    "Bijeenkomsten zijn op {day} in het wijkcentrum van {place}.",
    "Het spreekuur is elke {day}ochtend op het stadskantoor.",
    "Deelnemers uit de kleinere kernen krijgen een reiskostenvergoeding.",
    "De uitvoering ligt bij {provider}; de regie blijft bij {org}.",
    "Onderdeel van het programma Meedoen in {place}.",
    "Er is een wachtlijst van ongeveer vier weken.",
    "Ook geschikt voor inwoners die de Nederlandse taal nog niet goed beheersen.",
    "Werkgevers in {place} kunnen kandidaten voordragen.",
    "Gefinancierd uit het budget sociaal domein.",
]
NAME_VARIANTS = [
    "{name}",
    "{name}",
    "{name}",
    "{name} {place}",
    "{name} in {place}",
    "{name} (pilot)",
    "{name} voor jongeren",
    "{name} in de wijk",
    "{name} 2027",
    "{name} plus",
    "{name} met extra begeleiding",
    "{name} regio {place}",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
STATUSES = ["published", "draft", "in_review", "archived"]
STATUS_WEIGHTS = [85, 9, 3, 3]

_OWNER_NAME, _PLACE, _SHORT = 0, 1, 2


@dataclass(frozen=True)
class Owner:
    id: int
    code: str
    name: str
    short: str
    type: str
    place: str
    region_code: str | None
    gemeenten: tuple[str, ...]  # its area; () for a national organisation (the whole country)
    weight: float  # how many instruments it has, relatively


@cache
def gemeenten() -> tuple[tuple[str, str, str], ...]:
    """(code, name, region code) of every gemeente, from the reference data."""
    with GEMEENTEN_CSV.open(encoding="utf-8") as handle:
        return tuple((r["cbs_code"], r["name"], r["arbeidsmarktregio_code"]) for r in csv.DictReader(handle))


@cache
def region_of() -> dict[str, str]:
    return {code: region for code, _name, region in gemeenten()}


@cache
def all_regions() -> tuple[str, ...]:
    return tuple(sorted(set(region_of().values())))


@cache
def region_names() -> dict[str, str]:
    path = GEMEENTEN_CSV.parent / "arbeidsmarktregios.csv"
    with path.open(encoding="utf-8") as handle:
        return {r["code"]: r["name"] for r in csv.DictReader(handle)}


@cache
def owners(seed: int) -> tuple[Owner, ...]:
    """About 600 organisations: every gemeente, every region, samenwerkingsverbanden, national ones."""
    rng = random.Random(f"owners-{seed}")  # noqa: S311 - benchmark data, not security
    found: list[Owner] = []
    by_region: dict[str, list[tuple[str, str]]] = {}
    for code, name, region in gemeenten():
        by_region.setdefault(region, []).append((code, name))
        # Big cities write far more instruments than small villages: a long-tailed weight.
        found.append(
            Owner(
                len(found) + 1,
                code,
                f"Gemeente {name}",
                f"gemeente {name}",
                "gemeente",
                name,
                region,
                (code,),
                rng.lognormvariate(0, 0.9),
            )
        )
    for region, name in sorted(region_names().items()):
        members = tuple(code for code, _ in by_region.get(region, []))
        found.append(
            Owner(
                len(found) + 1,
                region,
                f"Werkgeversservicepunt {name}",
                f"WSP {name}",
                "arbeidsmarktregio",
                name,
                region,
                members,
                rng.lognormvariate(0.3, 0.5),
            )
        )
    regions = sorted(r for r in by_region if len(by_region[r]) >= 2)
    for i in range(OWNER_COUNTS["samenwerkingsverband"]):
        region = rng.choice(regions)
        members = rng.sample(by_region[region], rng.randint(2, min(8, len(by_region[region]))))
        anchor = members[0][1]
        name = rng.choice(SV_PATTERNS).format(place=anchor)
        found.append(
            Owner(
                len(found) + 1,
                f"sv-{i + 1:03d}",
                name,
                name.split()[0],
                "samenwerkingsverband",
                anchor,
                region,
                tuple(sorted(code for code, _ in members)),
                rng.lognormvariate(0.2, 0.8),
            )
        )
    for i, (code, name) in enumerate(LANDELIJK):
        weight = 40.0 if i == 0 else rng.uniform(2, 8)
        found.append(Owner(len(found) + 1, code, name, name, "landelijk", "Nederland", None, (), weight))
    return tuple(found)


def serving_owner_ids(gemeente_code: str, seed: int) -> frozenset[int]:
    """The synthetic organisations whose area includes the gemeente (as tenants.areas does)."""
    region = region_of()[gemeente_code]
    ids = set()
    for owner in owners(seed):
        if owner.type == "landelijk":
            ids.add(owner.id)
        elif owner.type == "arbeidsmarktregio" and owner.region_code == region:
            ids.add(owner.id)
        elif owner.type in {"gemeente", "samenwerkingsverband"} and gemeente_code in owner.gemeenten:
            ids.add(owner.id)
    return frozenset(ids)


def gemeente_filter(gemeente_code: str, seed: int):
    from search.backend import GemeenteFilter

    return GemeenteFilter(gemeente_code, region_of()[gemeente_code], serving_owner_ids(gemeente_code, seed))


# ---------------------------------------------------------------------------
# Templates: demo instruments with their place and organisation names cut out once
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Template:
    owner_kind: str
    name: tuple
    summary: tuple
    body: tuple
    keywords: tuple[str, ...]
    public_visible: bool
    public_title: tuple
    public_summary: tuple
    public_body: tuple
    codes: dict
    ladder: tuple[int, int] | None
    costs_amount: Decimal | None
    implementation: str
    instrument_type: str
    evidence_level: str


def _splitter():
    from portal.demo.content import GEMEENTE_NAMES, OWNERS

    kinds: dict[str, int] = {}
    for owner in OWNERS:
        kinds[owner["label"]] = _OWNER_NAME
        kinds[owner["wsp"]] = _OWNER_NAME
        kinds[owner["kort"]] = _SHORT
        if owner["plaats"] != "Nederland":
            kinds[owner["plaats"]] = _PLACE
    for name in GEMEENTE_NAMES.values():
        kinds.setdefault(name, _PLACE)
    for extra in ("Bommelerwaard", "Tielerwaard", "Geldermalsen", "Kesteren", "Kerkdriel", "Maurik", "Lienden"):
        kinds.setdefault(extra, _PLACE)
    kinds.pop("UWV", None)  # UWV stays UWV wherever it is mentioned
    alternation = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), kinds


def _parts(text: str, pattern, kinds) -> tuple:
    """Text as alternating literal strings and markers (ints) where a name must go."""
    out: list = []
    last = 0
    for match in pattern.finditer(text or ""):
        out.append(text[last : match.start()])
        out.append(kinds[match.group(0)])
        last = match.end()
    out.append((text or "")[last:])
    return tuple(out)


def _fill(parts: tuple, names: tuple[str, str, str]) -> str:
    return "".join(p if isinstance(p, str) else names[p] for p in parts)


@cache
def templates() -> dict[str, tuple[_Template, ...]]:
    """Demo instruments as templates, grouped by the kind of owner they fit."""
    from portal.demo.content import OWNER_BY_CODE, demo_instruments
    from search.documents import INTERNAL_TEXT_KEYS, PUBLIC_BODY_KEYS

    pattern, kinds = _splitter()
    grouped: dict[str, list[_Template]] = {}
    for record in demo_instruments():
        kind = OWNER_BY_CODE[record["owner"]]["kind"]
        public = record.get("public", {})
        body = "\n\n".join(record[k] for k in INTERNAL_TEXT_KEYS if record.get(k))
        public_body = "\n\n".join(public[k] for k in PUBLIC_BODY_KEYS if public.get(k))
        ladder = None
        if record.get("ladder_from") is not None and record.get("ladder_to") is not None:
            ladder = (record["ladder_from"], record["ladder_to"])
        template = _Template(
            owner_kind=kind,
            name=_parts(record["name"], pattern, kinds),
            summary=_parts(record["summary"], pattern, kinds),
            body=_parts(body, pattern, kinds),
            keywords=tuple(k for k in record.get("keywords", []) if k not in kinds),
            public_visible=bool(public.get("visible")),
            public_title=_parts(public.get("title", ""), pattern, kinds),
            public_summary=_parts(public.get("summary", ""), pattern, kinds),
            public_body=_parts(public_body, pattern, kinds),
            codes={
                key: tuple(record.get(key, []))
                for key in ("tiles", "client_characteristics", "target_groups", "legal_basis")
            },
            ladder=ladder,
            costs_amount=Decimal(record["costs_amount"]) if record.get("costs_amount") else None,
            implementation=record["implementation"],
            instrument_type=record["instrument_type"],
            evidence_level=record["evidence_level"],
        )
        grouped.setdefault(kind, []).append(template)
    local = grouped.get("gemeente", []) + grouped.get("samenwerkingsverband", [])
    return {
        "gemeente": tuple(local),
        "samenwerkingsverband": tuple(local),
        "arbeidsmarktregio": tuple(grouped.get("arbeidsmarktregio", [])),
        "landelijk": tuple(grouped.get("landelijk", [])),
    }


@cache
def _code_lists() -> dict[str, tuple[str, ...]]:
    from portal.codelists import seed

    return {name: tuple(code for code, _ in items) for name, items in seed().items()}


# ---------------------------------------------------------------------------
# Generating
# ---------------------------------------------------------------------------


def _vary_codes(rng: random.Random, codes: tuple[str, ...], pool: tuple[str, ...], p_add: float, p_drop: float):
    out = list(codes)
    if out and rng.random() < p_drop:
        out.pop(rng.randrange(len(out)))
    if rng.random() < p_add:
        extra = rng.choice(pool)
        if extra not in out:
            out.append(extra)
    return out


def _window(rng: random.Random, status: str) -> tuple[str | None, str | None]:
    """Publication window: most have none; some started, some end, a few not yet or expired."""
    if status != "published" or rng.random() > 0.12:
        return None, None
    kind = rng.choices(["started", "ends", "both", "future", "expired"], weights=[35, 20, 25, 10, 10])[0]
    ref = REFERENCE_DATE
    days = dt.timedelta
    if kind == "started":
        return (ref - days(rng.randint(1, 400))).isoformat(), None
    if kind == "ends":
        return None, (ref + days(rng.randint(1, 400))).isoformat()
    if kind == "both":
        return (ref - days(rng.randint(1, 200))).isoformat(), (ref + days(rng.randint(1, 300))).isoformat()
    if kind == "future":
        start = ref + days(rng.randint(1, 90))
        return start.isoformat(), (start + days(rng.randint(30, 300))).isoformat()
    end = ref - days(rng.randint(1, 200))
    return (end - days(rng.randint(30, 300))).isoformat(), end.isoformat()


def _availability(rng: random.Random, owner: Owner) -> tuple[list[str], list[str]]:
    """(narrowed region codes, narrowed gemeente codes): about one in six instruments of an
    organisation with a larger area is only available in part of it."""
    if owner.type == "gemeente" or rng.random() > 0.16:
        return [], []
    if owner.type == "landelijk":
        if rng.random() < 0.6:
            return sorted(rng.sample(all_regions(), rng.randint(1, 8))), []
        codes = [code for code, _name, _region in gemeenten()]
        return [], sorted(rng.sample(codes, rng.randint(1, 6)))
    if len(owner.gemeenten) < 2:
        return [], []
    return [], sorted(rng.sample(owner.gemeenten, rng.randint(1, len(owner.gemeenten) - 1)))


def _regions(owner: Owner, narrow_regions: list[str], narrow_gemeenten: list[str]) -> list[str]:
    """As ``search.documents.document_regions``."""
    regions_of = region_of()
    if narrow_regions or narrow_gemeenten:
        return sorted(set(narrow_regions) | {regions_of[g] for g in narrow_gemeenten})
    if owner.type == "landelijk":
        return list(all_regions())
    if owner.type == "arbeidsmarktregio":
        return [owner.region_code]
    return sorted({regions_of[g] for g in owner.gemeenten})


def generate(n: int, seed: int) -> list[dict]:
    """``n`` synthetic search documents, identical for the same (n, seed)."""
    from search.documents import cost_band

    rng = random.Random(f"documents-{seed}-{n}")  # noqa: S311 - benchmark data, not security
    all_owners = owners(seed)
    weights = [o.weight for o in all_owners]
    pools = templates()
    lists = _code_lists()
    tiles_it01 = tuple(c for c in lists["tiles"] if c.startswith("EW"))
    tiles_it02 = tuple(c for c in lists["tiles"] if c.startswith("DW"))
    versions_start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    chosen_owners = rng.choices(all_owners, weights=weights, k=n)
    documents = []
    for owner in chosen_owners:
        template = rng.choice(pools[owner.type])
        place = owner.place if owner.type != "samenwerkingsverband" else rng.choice(owner.gemeenten)
        if owner.type == "samenwerkingsverband":
            place = next(name for code, name, _ in gemeenten() if code == place) if rng.random() < 0.5 else owner.place
        names = (owner.name, place, owner.short)
        provider = rng.choice(PROVIDER_PATTERNS).format(place=place)

        base_name = _fill(template.name, names)
        name = rng.choice(NAME_VARIANTS).format(name=base_name, place=place)
        if place in base_name:
            name = base_name if rng.random() < 0.7 else f"{base_name} (pilot)"
        local = [
            s.format(place=place, provider=provider, org=owner.name, day=rng.choice(WEEKDAYS))
            for s in rng.sample(LOCAL_SENTENCES, rng.randint(0, 2))
        ]
        body = _fill(template.body, names)
        if local:
            body = f"{body}\n\n{' '.join(local)}"

        status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
        publish_from, publish_to = _window(rng, status)
        public_visible = template.public_visible if rng.random() < 0.9 else not template.public_visible

        tile_pool = tiles_it02 if template.instrument_type == "IT02" else tiles_it01
        ladder: list[str] = []
        if template.ladder is not None:
            low, high = template.ladder
            if rng.random() < 0.3:
                low = max(1, low - 1)
            ladder = [str(step) for step in range(low, high + 1)]
        elif rng.random() < 0.3:
            low = rng.randint(1, 5)
            ladder = [str(step) for step in range(low, rng.randint(low, 6) + 1)]

        amount = template.costs_amount
        if amount is not None and rng.random() < 0.7:
            amount = (amount * Decimal(str(round(rng.uniform(0.5, 1.8), 2)))).quantize(Decimal("1"))
        elif amount is None and rng.random() < 0.3:
            amount = Decimal(rng.choice([0, 150, 450, 900, 1800, 3500, 7500, 12500]))

        narrow_regions, narrow_gemeenten = _availability(rng, owner)
        evidence = template.evidence_level if rng.random() < 0.8 else rng.choice(lists["evidence_level"])
        implementation = template.implementation if rng.random() < 0.85 else rng.choice(lists["implementation"])
        updated = versions_start + dt.timedelta(seconds=rng.randint(0, 86400 * 700))

        documents.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "version": rng.randint(1, 12),
                "owner_id": owner.id,
                "owner_code": owner.code,
                "owner_name": owner.name,
                "owner_type": [owner.type],
                "status": status,
                "public_visible": public_visible,
                "publish_from": publish_from,
                "publish_to": publish_to,
                "updated_at": updated.isoformat(),
                "name": name,
                "keywords": list(template.keywords) + ([place] if rng.random() < 0.3 else []),
                "summary": _fill(template.summary, names),
                "body": body,
                "provider_name": provider if rng.random() < 0.7 else owner.name,
                "public_title": _fill(template.public_title, names),
                "public_summary": _fill(template.public_summary, names),
                "public_body": _fill(template.public_body, names),
                "tiles": _vary_codes(rng, template.codes["tiles"], tile_pool, 0.2, 0.1) or [tile_pool[0]],
                "ladder": ladder,
                "client_characteristics": _vary_codes(
                    rng, template.codes["client_characteristics"], lists["client_characteristics"], 0.3, 0.2
                ),
                "target_groups": _vary_codes(rng, template.codes["target_groups"], lists["target_groups"], 0.25, 0.2),
                "implementation": [implementation],
                "instrument_type": [template.instrument_type],
                "evidence_level": [evidence],
                "legal_basis": list(template.codes["legal_basis"]),
                "regions": _regions(owner, narrow_regions, narrow_gemeenten),
                "cost_band": [cost_band(amount)],
                "narrowed": bool(narrow_regions or narrow_gemeenten),
                "narrow_areas": narrow_regions + narrow_gemeenten,
            }
        )
    return documents


def visible_on(document: dict, on: dt.date, viewer_kind: str) -> bool:
    """The visibility rules of ``search.backend`` for a document (no editor rights)."""
    if document["status"] != "published":
        return False
    if viewer_kind == "public" and not document["public_visible"]:
        return False
    day = on.isoformat()
    if document["publish_from"] and document["publish_from"] > day:
        return False
    return not (document["publish_to"] and document["publish_to"] < day)


def available_in(document: dict, gemeente) -> bool:
    """The availability rule of ``search.backend`` for a ``GemeenteFilter``."""
    if document["owner_id"] not in gemeente.serving_owner_ids:
        return False
    if not document["narrowed"]:
        return True
    return gemeente.code in document["narrow_areas"] or gemeente.region_code in document["narrow_areas"]


def main() -> None:  # a quick look: python -m bench.synthetic
    import collections
    import json
    import time

    start = time.perf_counter()
    docs = generate(20000, 1)
    took = time.perf_counter() - start
    print(f"20,000 documents in {took:.1f} s")
    print(collections.Counter(d["status"] for d in docs))
    print(collections.Counter(d["owner_type"][0] for d in docs))
    print("narrowed", sum(d["narrowed"] for d in docs), "owners used", len({d["owner_id"] for d in docs}))
    print("mean body chars", sum(len(d["body"]) for d in docs) // len(docs))
    print(json.dumps(docs[0], ensure_ascii=False, indent=1)[:3000])


if __name__ == "__main__":
    main()
