"""The ``instrumentengids`` command (also ``flask --app wsgi instrumentengids ...``)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy import select

from portal.extensions import db


def _fail(message: str) -> None:
    click.secho(message, fg="red", err=True)
    sys.exit(1)


def _organisation(code: str):
    from portal.models import Organisation

    organisation = db.session.scalar(select(Organisation).where(Organisation.code == code.strip()))
    if organisation is None:
        code_upper = code.strip().upper()
        organisation = db.session.scalar(select(Organisation).where(Organisation.code == code_upper))
    if organisation is None:
        _fail(f"Onbekende organisatie {code!r}. Zie 'instrumentengids org list'.")
    return organisation


def initialise_database(echo=click.echo) -> None:
    """Upgrade the schema to the newest migration, load code lists and reference data."""
    from flask_migrate import upgrade

    from portal.codelists import sync_code_lists
    from tenants.reference import load_reference

    upgrade(directory=current_app.extensions["migrate"].directory)
    added_codes = sync_code_lists()
    report = load_reference()
    db.session.commit()
    echo(f"Database bijgewerkt; {added_codes} codes toegevoegd; referentiedata: {report.summary()}")


@click.command("init")
@with_appcontext
def init_command() -> None:
    """Maak of werk de database bij en laad de referentiedata (mag vaker)."""
    initialise_database()


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren.")
@click.option("--port", default=8000, show_default=True, type=int, help="Poort.")
@click.option("--no-serve", is_flag=True, help="Alleen de demo-gegevens laden, niet serveren.")
@with_appcontext
def demo_command(host: str, port: int, no_serve: bool) -> None:
    """Init, laad de demo-gegevens (mag vaker) en start de portal met gunicorn."""
    from portal.demo.loader import DEMO_PASSWORD, demo_records, load_demo

    initialise_database()
    records = demo_records()
    with click.progressbar(length=len(records), label="Demo-instrumenten laden") as bar:
        result = load_demo(progress=bar.update, records=records)
    db.session.commit()
    click.echo(result.summary())
    from search.service import indexer_lease, rebuild

    with indexer_lease(), click.progressbar(length=len(records), label="Zoekindex opbouwen") as bar:
        indexed = rebuild(progress=bar.update)
    click.echo(f"Zoekindex opgebouwd: {indexed} instrumenten.")
    from portal.comparisons.candidates import compute_and_store

    candidates = compute_and_store()
    db.session.commit()
    click.echo(f"Kandidaten voor harmonisatie: {candidates} groepen.")
    click.echo("Demo-accounts (wachtwoord voor allemaal: " + DEMO_PASSWORD + "):")
    for email, role, org in result.accounts:
        click.echo(f"  {email:42} {role:22} {org}")
    if not no_serve:
        _serve(host, port, workers=2)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren.")
@click.option("--port", default=8000, show_default=True, type=int, help="Poort.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Aantal gunicorn-workers.")
def serve_command(host: str, port: int, workers: int) -> None:
    """Start de portal met gunicorn."""
    _serve(host, port, workers)


def _serve(host: str, port: int, workers: int) -> None:
    """gunicorn for the pages, plus one indexer process beside it (restarted if it dies).

    The indexer is a process of its own so that whatever happens to it (even SIGKILL)
    never breaks a request; the lease in the database keeps it alone even when several
    servers run one.
    """
    from gunicorn.app.base import BaseApplication

    indexer = IndexerSupervisor()

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("accesslog", "-")
            self.cfg.set("when_ready", lambda _arbiter: indexer.start())
            self.cfg.set("on_exit", lambda _arbiter: indexer.stop())
            self.cfg.set("post_worker_init", _warm_worker)

        def load(self):
            from portal import create_app

            return create_app()

    click.secho(f"De portal draait op http://{host}:{port}/  (stoppen: Ctrl+C)", fg="green")
    Server().run()


def _warm_worker(worker) -> None:
    """gunicorn's hook after a worker loaded the app, before it accepts: see portal.warmup."""
    from portal.warmup import settle_garbage_collector, warm_up

    worker.log.info("Worker %s opgewarmd in %.1f s.", worker.pid, warm_up(worker.wsgi))
    settle_garbage_collector()


class IndexerSupervisor:
    """Runs ``instrumentengids search worker`` and starts it again when it exits."""

    def __init__(self):
        self.process = None
        self.stopping = False
        self.thread = None

    def start(self) -> None:
        import threading

        self.thread = threading.Thread(target=self._watch, name="indexeerder-bewaker", daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        import subprocess
        import time

        while not self.stopping:
            self.process = subprocess.Popen([sys.executable, "-m", "portal.cli", "search", "worker"])  # noqa: S603
            self.process.wait()
            if not self.stopping:
                click.echo("De zoekindexeerder stopte; hij wordt opnieuw gestart.", err=True)
                time.sleep(1)

    def stop(self) -> None:
        self.stopping = True
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--owner",
    help="Code van de eigenaar, bijvoorbeeld GM0281. Zonder: elk instrument naar de eigenaar die erbij staat.",
)
@click.option("--publish", is_flag=True, help="Publiceer de geïmporteerde instrumenten meteen.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "xlsx"]), help="Standaard: volgens de bestandsnaam."
)
@with_appcontext
def import_command(file: Path, owner: str | None, publish: bool, fmt: str | None) -> None:
    """Importeer instrumenten uit FILE (JSON Lines, CSV of XLSX); alles of niets."""
    from portal.actions.errors import NotAllowed
    from portal.actions.interchange import ImportRejected, import_all, import_records
    from portal.interchange.tabular import InterchangeError, format_from_filename, read_file

    organisation = _organisation(owner) if owner else None
    try:
        rows = read_file(file, fmt or format_from_filename(file.name))
    except (InterchangeError, ValueError) as exc:
        problems = getattr(exc, "problems", None) or [(None, None, str(exc))]
        for _row, _key, message in problems:
            click.echo(message, err=True)
        _fail("Er is niets geïmporteerd.")
    try:
        with click.progressbar(length=len(rows), label="Importeren") as bar:
            step = lambda: bar.update(1)  # noqa: E731
            if organisation is None:
                result = import_all(None, rows, publish=publish, progress=step)
            else:
                result = import_records(None, organisation, rows, publish=publish, progress=step)
    except ImportRejected as exc:
        db.session.rollback()
        from portal.schemas.instrument import describe_key

        for row, key, message in exc.problems:
            click.echo(f"Regel {row}: {describe_key(key)}: {message}", err=True)
        records = len({row for row, _key, _message in exc.problems})
        _fail(f"{len(exc.problems)} probleem/problemen in {records} record(s); er is niets geïmporteerd.")
    except NotAllowed as exc:
        db.session.rollback()
        _fail(str(exc))
    db.session.commit()
    target = organisation.name if organisation else "de eigenaren in het bestand"
    click.echo(f"{file.name}: {result.summary()} voor {target}.")


@click.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--owner", help="Alleen de instrumenten van deze organisatie.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "xlsx"]), help="Standaard: volgens de bestandsnaam."
)
@click.option("--include-drafts", is_flag=True, help="Ook concepten en instrumenten ter controle (niet gearchiveerd).")
@with_appcontext
def export_command(file: Path, owner: str | None, fmt: str | None, include_drafts: bool) -> None:
    """Exporteer instrumenten naar FILE (standaard: alle gepubliceerde)."""
    from portal.actions.interchange import export_records
    from portal.interchange.tabular import format_from_filename, write_file

    organisation = _organisation(owner) if owner else None
    try:
        fmt = fmt or format_from_filename(file.name)
    except ValueError as exc:
        _fail(str(exc))
    records = export_records(None, organisation, include_unpublished=include_drafts)
    write_file(records, file, fmt)
    click.echo(f"{len(records)} instrumenten geëxporteerd naar {file} ({fmt}).")


@click.group("org")
def org_group() -> None:
    """Organisaties beheren."""


def parse_gemeenten(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """``GM0281,GM0216:2020-01-01:2025-12-31`` → codes with optional from/to dates."""
    items = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        code, *dates = part.split(":")
        try:
            start = dt.date.fromisoformat(dates[0]) if len(dates) > 0 and dates[0] else None
            end = dt.date.fromisoformat(dates[1]) if len(dates) > 1 and dates[1] else None
        except ValueError:
            raise click.BadParameter(f"{part}: datums als JJJJ-MM-DD, bijvoorbeeld GM1740::2025-12-31") from None
        items.append((code.strip().upper(), start, end))
    return items


@org_group.command("create")
@click.option("--type", "org_type", required=True, type=click.Choice(["samenwerkingsverband", "landelijk"]))
@click.option("--code", required=True, help="Korte code, bijvoorbeeld werkzaak-rivierenland.")
@click.option("--name", required=True, help="Volledige naam.")
@click.option(
    "--gemeenten", default="", help="Gemeenten die het bedient: GM0281,GM1740::2025-12-31 (code[:van[:tot]])."
)
@with_appcontext
def org_create_command(org_type: str, code: str, name: str, gemeenten: str) -> None:
    """Maak een samenwerkingsverband of landelijke organisatie."""
    from portal.actions.accounts import organisation_create
    from portal.actions.errors import Invalid

    try:
        organisation = organisation_create(
            None, type=org_type, code=code, name=name, gemeenten=parse_gemeenten(gemeenten)
        )
    except Invalid as exc:
        db.session.rollback()
        _fail("\n".join(f"{key}: {message}" for key, message in exc.problems))
    db.session.commit()
    click.echo(f"Organisatie {organisation.code} ({organisation.type_label}) aangemaakt.")


@org_group.command("list")
@click.option(
    "--type", "org_type", type=click.Choice(["gemeente", "samenwerkingsverband", "arbeidsmarktregio", "landelijk"])
)
@with_appcontext
def org_list_command(org_type: str | None) -> None:
    """Toon organisaties."""
    from portal.models import Organisation

    query = select(Organisation).order_by(Organisation.type, Organisation.code)
    if org_type:
        query = query.where(Organisation.type == org_type)
    for organisation in db.session.scalars(query):
        click.echo(f"{organisation.code:28} {organisation.type:22} {organisation.name}")


@click.group("user")
def user_group() -> None:
    """Gebruikers beheren."""


@user_group.command("create")
@click.argument("email")
@click.option("--org", "org_code", required=True, help="Code van de organisatie.")
@click.option(
    "--role",
    required=True,
    type=click.Choice(
        ["beheerder", "organisatiebeheerder", "redacteur", "eindredacteur", "professional", "werkgroeplid"]
    ),
)
@click.option("--name", default="", help="Naam van de gebruiker.")
@click.option(
    "--password-stdin", is_flag=True, help="Lees het wachtwoord van standaardinvoer in plaats van een link te maken."
)
@with_appcontext
def user_create_command(email: str, org_code: str, role: str, name: str, password_stdin: bool) -> None:
    """Maak een gebruiker (of geef een bestaande een extra rol)."""
    from portal.actions.accounts import password_link_create, user_create
    from portal.actions.errors import Invalid

    organisation = _organisation(org_code)
    password = sys.stdin.readline().rstrip("\r\n") if password_stdin else None
    try:
        user = user_create(None, email=email, organisation=organisation, role=role, name=name, password=password)
        token = None if password_stdin else password_link_create(user)
    except Invalid as exc:
        db.session.rollback()
        _fail("\n".join(message for _key, message in exc.problems))
    db.session.commit()
    click.echo(f"{user.email} is {role} bij {organisation.name}.")
    if token:
        hours = current_app.config["PASSWORD_LINK_HOURS"]
        click.echo(f"Eenmalige link om een wachtwoord in te stellen (geldig {hours} uur):")
        click.echo(f"  {current_app.config['BASE_URL']}/wachtwoord/{token}")


@user_group.command("reset-2fa")
@click.argument("email")
@with_appcontext
def user_reset_two_factor_command(email: str) -> None:
    """Zet tweestapsverificatie van EMAIL terug (telefoon en herstelcodes kwijt): bij de
    volgende keer inloggen stelt de gebruiker haar opnieuw in."""
    from portal.actions.two_factor import reset_two_factor
    from portal.models import User

    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        _fail(f"Er is geen gebruiker met e-mailadres {email}.")
    reset_two_factor(None, user)
    db.session.commit()
    click.echo(f"Tweestapsverificatie van {user.email} is teruggezet; alle herstelcodes zijn vervallen.")


@click.group("token")
def token_group() -> None:
    """Persoonlijke API-tokens."""


@token_group.command("create")
@click.argument("email")
@click.option("--name", default="opdrachtregel", show_default=True, help="Waarvoor de token is (een systeemnaam).")
@with_appcontext
def token_create_command(email: str, name: str) -> None:
    """Maak een API-token voor een gebruiker; hij wordt één keer getoond."""
    from portal.actions.errors import Invalid
    from portal.actions.tokens import token_create
    from portal.models import User

    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        _fail(f"Er is geen gebruiker met e-mailadres {email}.")
    try:
        token, secret = token_create(None, user, name)
    except Invalid as exc:
        db.session.rollback()
        _fail("\n".join(message for _key, message in exc.problems))
    db.session.commit()
    click.echo(f"API-token {token.id} ({token.name}) voor {user.email}. Bewaar hem nu; hij wordt niet opnieuw getoond:")
    click.echo(secret)


@token_group.command("revoke")
@click.argument("token_id", type=int)
@with_appcontext
def token_revoke_command(token_id: int) -> None:
    """Trek een API-token in; hij werkt meteen niet meer."""
    from portal.actions.errors import NotFound
    from portal.actions.tokens import token_revoke

    try:
        token = token_revoke(None, token_id)
    except NotFound:
        _fail(f"Er is geen API-token {token_id}.")
    db.session.commit()
    click.echo(f"API-token {token.id} ({token.name}) is ingetrokken.")


@click.group("compare")
def compare_group() -> None:
    """Vergelijkingen voor werkgroepen."""


@compare_group.command("candidates")
@with_appcontext
def compare_candidates_command() -> None:
    """Zoek kandidaten voor harmonisatie opnieuw en bewaar ze (vervangt de vorige uitkomst)."""
    import time

    from portal.comparisons.candidates import compute_and_store

    started = time.perf_counter()
    groups = compute_and_store()
    db.session.commit()
    click.echo(f"{groups} groepen kandidaten bewaard ({time.perf_counter() - started:.1f} s).")


@click.group("reference")
def reference_group() -> None:
    """CBS-referentiedata (gemeenten en arbeidsmarktregio's)."""


@reference_group.command("load")
@click.argument("gemeenten_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--regions",
    "regions_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Nieuwe arbeidsmarktregios.csv (standaard: de meegeleverde).",
)
@click.option("--dry-run", is_flag=True, help="Toon alleen wat er zou veranderen.")
@with_appcontext
def reference_load_command(gemeenten_file: Path, regions_file: Path | None, dry_run: bool) -> None:
    """Laad een nieuwere CBS-tabel van gemeenten (zelfde kolommen als de meegeleverde)."""
    from tenants.reference import REGIONS_FILE, ReferenceFileError, load_reference

    try:
        report = load_reference(gemeenten_file, regions_file or REGIONS_FILE)
    except ReferenceFileError as exc:
        db.session.rollback()
        _fail(f"Niets gewijzigd: {exc}")
    for line in report.lines():
        click.echo(line)
    if dry_run:
        db.session.rollback()
        click.echo("Proefrun: " + report.summary() + " (niets opgeslagen)")
    else:
        db.session.commit()
        click.echo(report.summary())


@click.command("reminders")
@click.option("--dry-run", is_flag=True, help="Toon de herinneringen zonder ze te versturen.")
@with_appcontext
def reminders_command(dry_run: bool) -> None:
    """Stuur elke redacteur een overzicht van wat aan controle toe is (SMTP, anders het log)."""
    from portal.actions.reviews import reminder_digests, send_digests
    from portal.timeutil import today

    digests = reminder_digests()
    if dry_run:
        for digest in digests:
            click.echo(f"--- aan {digest.user.email} ({digest.organisation.code})")
            click.echo(digest.text(today()))
        click.echo(f"{len(digests)} herinnering(en); niets verstuurd (proefrun).")
        return
    how = send_digests(digests)
    where = "per e-mail verstuurd" if how == "smtp" else "in het log geschreven (SMTP_HOST is niet ingesteld)"
    click.echo(f"{len(digests)} herinnering(en) {where}. Er is niets offline gehaald.")


@click.group("search")
def search_group() -> None:
    """De zoekindex: opnieuw opbouwen, controleren, bijwerken."""


@search_group.command("rebuild")
@with_appcontext
def search_rebuild_command() -> None:
    """Bouw de zoekindex opnieuw op uit de database."""
    from sqlalchemy import func

    from portal.models import Instrument
    from search.service import indexer_lease, rebuild

    total = db.session.scalar(select(func.count()).select_from(Instrument).where(Instrument.status != "archived"))
    with indexer_lease(), click.progressbar(length=total, label="Zoekindex opbouwen") as bar:
        count = rebuild(progress=bar.update)
    click.echo(f"Zoekindex opnieuw opgebouwd: {count} instrumenten.")


@search_group.command("check")
@click.option("--no-repair", is_flag=True, help="Alleen melden, niets herstellen.")
@with_appcontext
def search_check_command(no_repair: bool) -> None:
    """Vergelijk de zoekindex met de database en herstel verschillen."""
    from search.service import check, indexer_lease

    with indexer_lease():
        report = check(repair=not no_repair)
    for label, ids in (("ontbreekt", report.missing), ("verouderd", report.stale), ("overbodig", report.extra)):
        for instrument_id in ids:
            click.echo(f"{label}: {instrument_id}")
    if report.consistent:
        click.echo("Zoekindex en database komen overeen.")
    else:
        done = "hersteld" if report.repaired else "niet hersteld (--no-repair)"
        click.echo(
            f"{len(report.missing)} ontbrekend, {len(report.stale)} verouderd, {len(report.extra)} overbodig; {done}."
        )
        if not report.repaired:
            sys.exit(1)


@search_group.command("worker")
@click.option(
    "--interval", default=1.0, show_default=True, type=click.FloatRange(0.1, 60), help="Seconden tussen rondes."
)
@with_appcontext
def search_worker_command(interval: float) -> None:
    """Houd de zoekindex bij (draait naast de portal; 'serve' start hem zelf)."""
    import signal

    from search.service import IndexerThread

    worker = IndexerThread(current_app._get_current_object(), interval=interval)
    signal.signal(signal.SIGTERM, lambda *_args: worker.stop())
    click.echo("Zoekindexeerder gestart.")
    worker.run()
    click.echo("Zoekindexeerder gestopt.")


@search_group.command("process")
@with_appcontext
def search_process_command() -> None:
    """Verwerk wat in de wachtrij van de zoekindex staat (de portal doet dit zelf ook)."""
    from search.service import process_outbox, release_lease

    total = 0
    while (done := process_outbox()) > 0:
        total += done
    release_lease()  # hand the lease back to the running indexer at once
    click.echo(f"{total} wijziging(en) verwerkt in de zoekindex.")


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(file: Path) -> None:
    """Maak een backup van de hele database in FILE (de zoekindex hoort er niet bij)."""
    from portal.actions.audit import record_audit
    from portal.backup import BackupError, backup

    try:
        size = backup(file)
    except BackupError as exc:
        _fail(str(exc))
    record_audit(None, "database.backup", details={"file": file.name, "bytes": size})
    db.session.commit()
    click.echo(f"Backup gemaakt: {file} ({size:,} bytes).".replace(",", "."))


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--ja", "confirmed", is_flag=True, help="Zonder te vragen: de huidige gegevens worden vervangen.")
@click.option(
    "--zonder-index", is_flag=True, help="De zoekindex niet opnieuw opbouwen (doe dan zelf 'search rebuild')."
)
@with_appcontext
def restore_command(file: Path, confirmed: bool, zonder_index: bool) -> None:
    """Zet de backup in FILE terug: ALLE huidige gegevens worden vervangen. Daarna wordt de
    zoekindex opnieuw opgebouwd."""
    from portal.actions.audit import record_audit
    from portal.backup import BackupError, restore

    if not confirmed:
        click.confirm(f"Alle gegevens in de database vervangen door {file}?", abort=True)
    try:
        restore(file)
    except BackupError as exc:
        _fail(str(exc))
    record_audit(None, "database.restore", details={"file": file.name})
    db.session.commit()
    click.echo(f"Backup {file} teruggezet.")
    if not zonder_index:
        from search.service import forget_backends, indexer_lease, rebuild

        forget_backends()
        with indexer_lease():
            count = rebuild()
        click.echo(f"Zoekindex opnieuw opgebouwd: {count} instrumenten.")


@click.group("avg")
def avg_group() -> None:
    """Privacy (AVG): persoonsgegevens wissen. Zie PRIVACY.md voor wat de portal bewaart."""


@avg_group.command("wis-contactpersoon")
@click.option("--naam", default=None, help="Naam van de contactpersoon.")
@click.option("--email", default=None, help="E-mailadres van de contactpersoon.")
@click.option("--telefoon", default=None, help="Telefoonnummer van de contactpersoon.")
@click.option("--proef", is_flag=True, help="Alleen tellen wat gewist zou worden.")
@click.option("--ja", "confirmed", is_flag=True, help="Zonder te vragen.")
@with_appcontext
def avg_erase_command(naam: str | None, email: str | None, telefoon: str | None, proef: bool, confirmed: bool) -> None:
    """Wis een contactpersoon overal: uit de instrumenten, hun eerdere versies en (daardoor)
    uit de zoekindex en elke export. Alle opgegeven gegevens moeten kloppen."""
    from portal.actions.avg import ContactPerson, contact_erase
    from portal.actions.errors import Invalid

    try:
        person = ContactPerson(name=naam, email=email, phone=telefoon)
    except Invalid as exc:
        _fail(" ".join(message for _key, message in exc.problems))
    found = contact_erase(None, person, dry_run=True)
    summary = (
        f"{found.contacts} contactpersoon-regel(s) in {found.instruments} instrument(en), "
        f"{found.versions} eerdere versie(s)"
    )
    if proef or found.contacts + found.versions == 0:
        click.echo(f"Gevonden: {summary}. Er is niets gewist.")
        return
    if not confirmed:
        click.confirm(f"Gevonden: {summary}. Wissen?", abort=True)
    contact_erase(None, person)
    db.session.commit()
    click.echo(f"Gewist: {summary}. De zoekindex werkt de instrumenten bij.")


COMMANDS = (
    init_command,
    avg_group,
    backup_command,
    restore_command,
    demo_command,
    serve_command,
    import_command,
    export_command,
    org_group,
    user_group,
    token_group,
    compare_group,
    reference_group,
    reminders_command,
    search_group,
)


def register_commands(app) -> None:
    """Make the commands available as ``flask --app wsgi instrumentengids ...``."""
    group = click.Group("instrumentengids", help="Beheer van de Gedeelde Instrumentengids.")
    for command in COMMANDS:
        group.add_command(command)
    app.cli.add_command(group)


def _create_app():
    from portal import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=False, add_version_option=False)
def main() -> None:
    """Gedeelde Instrumentengids: beheer vanaf de opdrachtregel."""


for _command in COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":
    main()
