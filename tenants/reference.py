"""Loading the CBS reference tables: gemeenten and arbeidsmarktregio's.

The portal ships the 2025 tables (``portal/data``). A newer CBS table of the same shape can
be loaded at any time; the report names additions, renames, moves between regions and
gemeenten that disappeared. A gemeente that disappears is kept (inactive) with its
organisation and instruments: history is never deleted.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from portal.extensions import db
from portal.models import Arbeidsmarktregio, Gemeente, Organisation

DATA_DIR = Path(__file__).resolve().parent.parent / "portal" / "data"
GEMEENTEN_FILE = DATA_DIR / "gemeenten.csv"
REGIONS_FILE = DATA_DIR / "arbeidsmarktregios.csv"

GEMEENTE_COLUMNS = {"cbs_code", "name", "province", "arbeidsmarktregio_code", "arbeidsmarktregio_name", "source_year"}
REGION_COLUMNS = {"code", "number", "name"}


class ReferenceFileError(ValueError):
    """The file is not a CBS table of the expected shape; nothing was written."""


@dataclass
class ReferenceReport:
    regions_added: list[str] = field(default_factory=list)
    regions_renamed: list[tuple[str, str, str]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)
    moved: list[tuple[str, str, str]] = field(default_factory=list)
    disappeared: list[str] = field(default_factory=list)
    reactivated: list[str] = field(default_factory=list)
    organisations_created: int = 0

    def lines(self) -> list[str]:
        out = [f"Nieuwe regio: {c}" for c in self.regions_added]
        out += [f"Regio hernoemd: {c} {old!r} → {new!r}" for c, old, new in self.regions_renamed]
        out += [f"Nieuwe gemeente: {c}" for c in self.added]
        out += [f"Gemeente hernoemd: {c} {old!r} → {new!r}" for c, old, new in self.renamed]
        out += [f"Gemeente naar andere regio: {c} {old} → {new}" for c, old, new in self.moved]
        out += [
            f"Gemeente verdwenen (blijft bewaard als inactief, instrumenten blijven): {c}" for c in self.disappeared
        ]
        out += [f"Gemeente weer actief: {c}" for c in self.reactivated]
        return out

    def summary(self) -> str:
        return (
            f"{len(self.added)} nieuw, {len(self.renamed)} hernoemd, {len(self.moved)} verhuisd, "
            f"{len(self.disappeared)} verdwenen; {len(self.regions_added)} nieuwe en "
            f"{len(self.regions_renamed)} hernoemde regio's; "
            f"{self.organisations_created} organisaties aangemaakt."
        )


def _read_csv(path: Path, required: set[str]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = required - set(reader.fieldnames or [])
            if missing:
                raise ReferenceFileError(f"{path.name}: kolom(men) ontbreken: {', '.join(sorted(missing))}.")
            return [{k: (v or "").strip() for k, v in row.items()} for row in reader]
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceFileError(f"{path}: kan het bestand niet lezen ({exc}).") from exc


def _check_rows(gemeenten: list[dict], regions: list[dict]) -> None:
    problems = []
    region_codes = set()
    for number, row in enumerate(regions, start=2):
        if not (row["code"].startswith("AM") and len(row["code"]) == 4 and row["code"][2:].isdigit()):
            problems.append(f"regio's regel {number}: ongeldige code {row['code']!r}")
        region_codes.add(row["code"])
    seen = set()
    for number, row in enumerate(gemeenten, start=2):
        code = row["cbs_code"]
        if not (code.startswith("GM") and len(code) == 6 and code[2:].isdigit()):
            problems.append(f"gemeenten regel {number}: ongeldige code {code!r}")
        if code in seen:
            problems.append(f"gemeenten regel {number}: {code} komt twee keer voor")
        seen.add(code)
        if row["arbeidsmarktregio_code"] not in region_codes:
            problems.append(f"gemeenten regel {number}: onbekende regio {row['arbeidsmarktregio_code']!r}")
        if not row["name"]:
            problems.append(f"gemeenten regel {number}: naam ontbreekt")
        if not row["source_year"].isdigit():
            problems.append(f"gemeenten regel {number}: source_year is geen jaartal")
    if problems:
        raise ReferenceFileError("; ".join(problems[:20]) + (" …" if len(problems) > 20 else ""))


def load_reference(gemeenten_file: Path = GEMEENTEN_FILE, regions_file: Path = REGIONS_FILE) -> ReferenceReport:
    """Bring the reference tables in line with the files, and give every gemeente and
    region its organisation. Idempotent: loading the same files twice changes nothing.

    Gemeenten missing from the file become inactive (their history stays). Nothing is
    written when the files are malformed. The caller commits.
    """
    gemeenten = _read_csv(Path(gemeenten_file), GEMEENTE_COLUMNS)
    regions = _read_csv(Path(regions_file), REGION_COLUMNS)
    _check_rows(gemeenten, regions)
    report = ReferenceReport()

    existing_regions = {r.code: r for r in db.session.scalars(select(Arbeidsmarktregio))}
    for row in regions:
        region = existing_regions.get(row["code"])
        if region is None:
            db.session.add(Arbeidsmarktregio(code=row["code"], number=int(row["number"]), name=row["name"]))
            report.regions_added.append(row["code"])
        elif region.name != row["name"]:
            report.regions_renamed.append((row["code"], region.name, row["name"]))
            region.name = row["name"]
    db.session.flush()

    existing = {g.code: g for g in db.session.scalars(select(Gemeente))}
    in_file = set()
    for row in gemeenten:
        code = row["cbs_code"]
        in_file.add(code)
        gemeente = existing.get(code)
        if gemeente is None:
            db.session.add(
                Gemeente(
                    code=code,
                    name=row["name"],
                    province=row["province"],
                    region_code=row["arbeidsmarktregio_code"],
                    source_year=int(row["source_year"]),
                    active=True,
                )
            )
            report.added.append(code)
            continue
        if gemeente.name != row["name"]:
            report.renamed.append((code, gemeente.name, row["name"]))
            former = [n for n in (gemeente.former_names or "").split(";") if n]
            gemeente.former_names = ";".join([*former, gemeente.name])
            gemeente.name = row["name"]
        if gemeente.region_code != row["arbeidsmarktregio_code"]:
            report.moved.append((code, gemeente.region_code, row["arbeidsmarktregio_code"]))
            gemeente.region_code = row["arbeidsmarktregio_code"]
        if not gemeente.active:
            gemeente.active = True
            report.reactivated.append(code)
        gemeente.province = row["province"]
        gemeente.source_year = int(row["source_year"])
    for code, gemeente in existing.items():
        if code not in in_file and gemeente.active:
            gemeente.active = False
            report.disappeared.append(code)
    db.session.flush()
    report.organisations_created = ensure_area_organisations(report.renamed, report.regions_renamed)
    return report


def ensure_area_organisations(renamed=(), regions_renamed=()) -> int:
    """One organisation per gemeente (code GMxxxx) and per region (code AMxx).

    Renamed areas rename their organisation only while it still carries the default name,
    so a name chosen by the organisation itself is kept.
    """
    by_code = {o.code: o for o in db.session.scalars(select(Organisation))}
    created = 0
    for gemeente in db.session.scalars(select(Gemeente)):
        if gemeente.code not in by_code:
            db.session.add(
                Organisation(
                    code=gemeente.code, type="gemeente", name=f"Gemeente {gemeente.name}", gemeente_code=gemeente.code
                )
            )
            created += 1
    for region in db.session.scalars(select(Arbeidsmarktregio)):
        if region.code not in by_code:
            db.session.add(
                Organisation(
                    code=region.code,
                    type="arbeidsmarktregio",
                    name=f"Arbeidsmarktregio {region.name}",
                    region_code=region.code,
                )
            )
            created += 1
    for code, old, new in renamed:
        org = by_code.get(code)
        if org is not None and org.name == f"Gemeente {old}":
            org.name = f"Gemeente {new}"
    for code, old, new in regions_renamed:
        org = by_code.get(code)
        if org is not None and org.name == f"Arbeidsmarktregio {old}":
            org.name = f"Arbeidsmarktregio {new}"
    db.session.flush()
    return created
