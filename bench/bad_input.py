"""Bad input: a corpus of hostile and broken values thrown at every route, parameter and field.

``run(app, ids)`` is used by tests/test_bad_input.py (both databases, in every CI run);
``python -m bench.bad_input`` runs it on a fresh SQLite database and writes the report
(bench/results/bad-input-<date>.md) with the count of requests tried.

For every response it checks:
- no server error (5xx);
- an HTML page never contains a script payload as markup (it must come back escaped), nor
  the secret key (template injection), nor a system file (path traversal);
- no header carries an injected line, no redirect leaves the portal.
Afterwards ``stored_garbage()`` looks through every text column of every table for what
must never be stored: NUL bytes, unpaired surrogates, other control characters.

Routes are taken from the app itself; query parameters and form fields from the views'
``request.args``/``request.form`` and the templates' ``name="..."``, so a new route or field
is attacked without anyone adding it here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent

# (name, value, what must never appear unescaped in an HTML page when it is sent)
XSS = [
    ("script", "<script>alert('xss')</script>", "<script>alert('xss')"),
    ("img-onerror", '"><img src=x onerror=alert(1)>', "<img src=x onerror=alert(1)>"),
    ("svg-onload", "'><svg/onload=alert(1)>", "<svg/onload=alert(1)>"),
    ("javascript-url", "javascript:alert(1)", 'href="javascript:alert(1)'),
    ("a-javascript", '<a href="javascript:alert(1)">klik</a>', '<a href="javascript:alert(1)">'),
    ("textarea-break", "</textarea><script>alert(2)</script>", "</textarea><script>alert(2)"),
    ("title-break", "</title><script>alert(3)</script>", "</title><script>alert(3)"),
    ("iframe", "<iframe src=//evil.example></iframe>", "<iframe src=//evil.example>"),
    ("style", "<style>*{display:none}</style>", "<style>*{display:none}"),
    ("attribute-break", 'x" autofocus onfocus="alert(4)', 'onfocus="alert(4)'),
]
OTHER = [
    ("template", "{{ config.SECRET_KEY }}{{7*7}}"),
    ("sql-or", "' OR '1'='1"),
    ("sql-drop", "'; DROP TABLE instruments; --"),
    ("sql-union", "1 UNION SELECT password_hash FROM users--"),
    ("like-wildcards", "%' OR 1=1 -- _%"),
    ("backslashes", "\\'\\\"\\\\"),
    ("traversal", "../../../../etc/passwd"),
    ("traversal-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("traversal-doubled", "....//....//....//etc/passwd"),
    ("absolute-path", "/etc/passwd"),
    ("windows-path", "C:\\Windows\\win.ini"),
    ("crlf", "x\r\nSet-Cookie: pwned=1\r\nX-Pwned: 1"),
    ("open-redirect", "//evil.example/"),
    ("open-redirect-url", "https://evil.example/"),
    ("nul", "a\x00b"),
    ("control", "\x1b[31m\x07\x08rood"),
    ("long", "A" * 100_000),
    ("unicode", "Zoë ‮ omgekeerd 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 ﷽"),
    ("huge-number", "99999999999999999999999999"),
    ("negative", "-1"),
    ("float-inf", "1e309"),
    ("nan", "NaN"),
    ("percent", "%zz%"),
    ("empty", ""),
    ("spaces", "   "),
    ("json-operator", '{"$gt": ""}'),
    ("formula", '=HYPERLINK("http://evil.example","klik")'),
]
PAYLOADS: list[tuple[str, str]] = [(name, value) for name, value, _ in XSS] + OTHER
FORBIDDEN_MARKUP = [marker for _, _, marker in XSS]
SYSTEM_FILE_SIGNS = ["root:x:0:0", "[fonts]", "[extensions]"]

# Raw bytes that are not UTF-8, sent where text is expected.
BROKEN_UTF8 = [b"\xff\xfe", b"caf\xe9", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"a\x00b"]

SKIP_ENDPOINTS = {"auth.logout"}  # would end the attacking session; tested elsewhere


@functools.cache
def _names_in_code() -> tuple[frozenset[str], frozenset[str]]:
    args, form = set(), set()
    for path in (ROOT / "portal").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        args |= set(re.findall(r"request\.args\.get(?:list)?\(\s*[\"']([^\"']+)", text))
        form |= set(re.findall(r"request\.(?:form|values)\.get(?:list)?\(\s*[\"']([^\"']+)", text))
        form |= set(re.findall(r"\bform\.get(?:list)?\(\s*[\"']([^\"']+)", text))
    for path in (ROOT / "templates").rglob("*.html"):
        names = set(re.findall(r"\bname=\"([A-Za-z0-9_.\[\]-]+)\"", path.read_text(encoding="utf-8")))
        form |= names
        args |= names
    return frozenset(args), frozenset(form)


@dataclass
class Report:
    tried: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    seconds_by_kind: Counter = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.tried.values())

    def fail(self, message: str) -> None:
        if len(self.failures) < 200:
            self.failures.append(message)


@dataclass
class Ids:
    """Real objects for the path parameters that are not under attack."""

    instrument_id: str
    org_code: str
    gemeente_code: str = "GM0281"
    region_code: str = "AM24"
    slug: str = "werk-zoeken"
    shortlist_id: int = 1
    group_id: int = 1
    route_id: int = 1
    user_id: int = 1
    version: int = 1
    token: str = "onbekend"  # noqa: S105 - a shortlist link that does not exist
    fmt: str = "csv"
    what: str = "hernoemen"
    filename: str = "style.css"


def _default_args(rule, ids: Ids) -> dict:
    values = {
        "instrument_id": ids.instrument_id,
        "code": ids.org_code,
        "org_code": ids.org_code,
        "slug": ids.slug,
        "shortlist_id": ids.shortlist_id,
        "group_id": ids.group_id,
        "route_id": ids.route_id,
        "user_id": ids.user_id,
        "version": ids.version,
        "token": ids.token,
        "fmt": ids.fmt,
        "what": ids.what,
        "filename": ids.filename,
    }
    if rule.endpoint.startswith("public.gemeente"):
        values["code"] = ids.gemeente_code
    if rule.endpoint.startswith("public.region"):
        values["code"] = ids.region_code
    return {name: values.get(name, "x") for name in rule.arguments}


def _path(rule, arguments: dict, raw: dict | None = None) -> str:
    """The rule's path with ``arguments`` filled in; ``raw`` values are put in percent-encoded,
    bypassing the converters (an int slot gets text, and so on)."""
    path = rule.rule
    for name in rule.arguments:
        value = (raw or {}).get(name, arguments[name])
        path = re.sub(r"<(?:[a-z]+:)?" + name + r">", quote(str(value), safe=""), path)
    return path


class Attacker:
    def __init__(self, app, ids: Ids, report: Report):
        self.app = app
        self.ids = ids
        self.report = report
        self.secret = app.config["SECRET_KEY"]
        self.args, self.form_fields = _names_in_code()

    def check(self, label: str, response, payload: str | None = None) -> None:
        self.report.statuses[response.status_code // 100 * 100] += 1
        if response.status_code >= 500:
            self.report.fail(f"{label}: {response.status_code}")
            return
        for name, value in response.headers.items():
            injected = name.lower() == "x-pwned" or (name.lower() == "set-cookie" and "pwned" in value)
            if injected or "\r" in value or "\n" in value:
                self.report.fail(f"{label}: kop {name} geïnjecteerd")
        location = response.headers.get("Location", "")
        target = urlsplit(location)
        if (
            target.netloc not in ("", "localhost")
            or location.startswith(("//", "/\\"))
            or target.scheme not in ("", "http")
        ):
            self.report.fail(f"{label}: doorverwezen naar {location[:80]}")
        if response.mimetype not in {"text/html", "application/xhtml+xml"}:
            return
        body = response.get_data(as_text=True)
        for marker in FORBIDDEN_MARKUP:
            if marker in body:
                self.report.fail(f"{label}: ongeescapete opmaak {marker!r}")
        if self.secret in body:
            self.report.fail(f"{label}: geheime sleutel in de pagina")
        for sign in SYSTEM_FILE_SIGNS:
            if sign in body:
                self.report.fail(f"{label}: systeembestand in de pagina")

    def request(self, client, kind: str, label: str, method: str, path: str, **kwargs) -> None:
        self.report.tried[kind] += 1
        started = time.perf_counter()
        try:
            response = client.open(path, method=method, **kwargs)
        except Exception as error:  # noqa: BLE001 - a crash is exactly what is looked for
            self.report.statuses[500] += 1
            self.report.fail(f"{label}: {type(error).__name__}: {str(error)[:120]}")
            return
        finally:
            took = time.perf_counter() - started
            self.report.seconds_by_kind[kind] += took
            self.report.slowest = sorted([*self.report.slowest, (took, label)], reverse=True)[:10]
        self.check(label, response)

    def rules(self):
        for rule in sorted(self.app.url_map.iter_rules(), key=lambda r: r.rule):
            if rule.endpoint in SKIP_ENDPOINTS:
                continue
            methods = sorted(m for m in rule.methods if m not in {"HEAD", "OPTIONS"})
            yield rule, methods

    def attack(self, client, who: str) -> None:
        for rule, methods in self.rules():
            base = _default_args(rule, self.ids)
            path = _path(rule, base)
            for name, value in PAYLOADS:
                # An address longer than 4 kB never reaches the portal (gunicorn answers 414
                # itself); the long payload goes into addresses at that length, whole into bodies.
                in_address = value[:4000]
                if "GET" in methods:
                    query = {arg: in_address for arg in self.args}
                    self.request(client, "query", f"{who} GET {rule.rule} ?{name}", "GET", path, query_string=query)
                for argument in rule.arguments:
                    method = "GET" if "GET" in methods else methods[0]
                    target = _path(rule, base, {argument: in_address})
                    self.request(client, "path", f"{who} {method} {rule.rule} <{argument}>={name}", method, target)
                if "POST" in methods:
                    form = {field_name: value for field_name in self.form_fields}
                    self.request(client, "form", f"{who} POST {rule.rule} form={name}", "POST", path, data=form)
                if rule.endpoint.startswith("api.") and {"POST", "PUT"} & set(methods):
                    method = "POST" if "POST" in methods else "PUT"
                    body = {"name": value, "summary": value, "to": value, "version": value, "organisation": value}
                    self.request(
                        client,
                        "json",
                        f"{who} {method} {rule.rule} json={name}",
                        method,
                        path,
                        json=body,
                        headers=self.api_headers,
                    )
            self.broken(client, who, rule, methods, path)

    api_headers: dict = {}

    def broken(self, client, who: str, rule, methods, path: str) -> None:
        """Bytes that are not UTF-8, in the query string, the form body, the path and JSON."""
        for raw in BROKEN_UTF8:
            encoded = "".join(f"%{b:02X}" for b in raw)
            if "GET" in methods:
                query = "&".join(f"{arg}={encoded}" for arg in sorted(self.args)[:40])
                self.request(client, "utf8", f"{who} GET {rule.rule} ?utf8={raw!r}", "GET", f"{path}?{query}")
            for argument in rule.arguments:
                method = "GET" if "GET" in methods else methods[0]
                target = rule.rule
                for name in rule.arguments:
                    value = encoded if name == argument else quote(str(_default_args(rule, self.ids)[name]), safe="")
                    target = re.sub(r"<(?:[a-z]+:)?" + name + r">", value, target)
                self.request(client, "utf8", f"{who} {method} {rule.rule} <{argument}>={raw!r}", method, target)
            if "POST" in methods:
                body = b"&".join(f.encode() + b"=" + raw for f in sorted(self.form_fields)[:60])
                self.request(
                    client,
                    "utf8",
                    f"{who} POST {rule.rule} body={raw!r}",
                    "POST",
                    path,
                    data=body,
                    content_type="application/x-www-form-urlencoded",
                )
            if rule.endpoint.startswith("api.") and {"POST", "PUT"} & set(methods):
                method = "POST" if "POST" in methods else "PUT"
                self.request(
                    client,
                    "utf8",
                    f"{who} {method} {rule.rule} json={raw!r}",
                    method,
                    path,
                    data=b'{"name": "' + raw + b'"}',
                    content_type="application/json",
                    headers=self.api_headers,
                )


def oversized(app, client, ids: Ids, report: Report, api_headers: dict) -> None:
    """Bodies above the limits: the form limit (20 MB), the API's (1 MB), a big upload."""
    attacker = Attacker(app, ids, report)
    limit = app.config["MAX_CONTENT_LENGTH"]
    big = b"x" * (limit + 1024)
    attacker.request(
        client,
        "oversized",
        "POST /inloggen 20 MB",
        "POST",
        "/inloggen",
        data=b"email=" + big,
        content_type="application/x-www-form-urlencoded",
    )
    attacker.request(
        client,
        "oversized",
        "upload 20 MB",
        "POST",
        f"/beheer/organisatie/{ids.org_code}/uitwisseling",
        **_multipart({"file": (big, "groot.jsonl")}),
    )
    api_big = json.dumps({"name": "x" * (app.config["API_MAX_BODY_BYTES"] + 10)})
    attacker.request(
        client,
        "oversized",
        "API 1 MB",
        "POST",
        "/api/v1/instruments",
        data=api_big,
        content_type="application/json",
        headers=api_headers,
    )
    deep = "[" * 100_000 + "]" * 100_000
    attacker.request(
        client,
        "oversized",
        "API nested 100000",
        "POST",
        "/api/v1/instruments",
        data=deep,
        content_type="application/json",
        headers=api_headers,
    )


def _multipart(fields: dict) -> dict:
    """A multipart body as bytes. (The test client would spool a big one to a temporary file
    it never closes, which Python then reports as a leak of the portal.)"""
    import io

    from werkzeug.datastructures import FileStorage
    from werkzeug.test import encode_multipart

    values = {
        key: FileStorage(io.BytesIO(value[0]), filename=value[1]) if isinstance(value, tuple) else value
        for key, value in fields.items()
    }
    boundary, data = encode_multipart(values)
    return {"data": data, "content_type": f"multipart/form-data; boundary={boundary}"}


def malformed_imports() -> list[tuple[str, str, bytes]]:
    """(label, file name, content) of imports that are broken in every way we could think of."""
    import io
    import zipfile

    files = [
        ("leeg jsonl", "leeg.jsonl", b""),
        ("geen json", "kapot.jsonl", b"{dit is geen json\n"),
        ("json-lijst", "lijst.jsonl", b"[1, 2, 3]\n"),
        ("diep genest", "diep.jsonl", b"[" * 50_000 + b"]" * 50_000 + b"\n"),
        ("nul-byte", "nul.jsonl", b'{"name": "a\x00b"}\n'),
        ("latin-1", "latin.csv", "naam;samenvatting\nCaf\xe9;x\n".encode("latin-1")),
        ("utf-16", "utf16.csv", "name,summary\nA,B\n".encode("utf-16")),
        ("kapotte utf-8", "kapot.csv", b"name,summary\n\xff\xfe\xc3\x28,x\n"),
        ("binair als csv", "binair.csv", bytes(range(256)) * 64),
        ("veel kolommen", "breed.csv", (",".join(f"k{i}" for i in range(20_000)) + "\n").encode()),
        ("lange regel", "lang.csv", b"name,summary\n" + b"x" * 5_000_000 + b",y\n"),
        ("veel regels", "veel.csv", b"name\n" + b"x\n" * 200_000),
        ("formule", "formule.csv", b'name,summary\n=HYPERLINK("http://evil.example"),=1+1\n'),
        ("ongelijke quotes", "quotes.csv", b'name,summary\n"open,x\n'),
        ("geen xlsx", "nep.xlsx", b"PK\x03\x04 dit is geen zip"),
        ("lege zip als xlsx", "leeg.xlsx", _zip({})),
        ("kapotte xml in xlsx", "xml.xlsx", _zip({"[Content_Types].xml": b"<Types", "xl/workbook.xml": b"<<<"})),
        ("onbekende extensie", "iets.exe", b"MZ\x90\x00"),
        ("pad in bestandsnaam", "../../../etc/passwd.jsonl", b'{"name": "x"}\n'),
    ]
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b"0" * 300_000_000 + b"</a>")
    files.append(("zipbom (300 MB uitgepakt)", "bom.xlsx", bomb.getvalue()))
    return files


def _zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def attack_imports(app, client, ids: Ids, report: Report) -> None:
    attacker = Attacker(app, ids, report)
    for label, name, content in malformed_imports():
        for publish in ("false", "true"):
            attacker.request(
                client,
                "import",
                f"import {label} publish={publish}",
                "POST",
                f"/beheer/organisatie/{ids.org_code}/uitwisseling",
                **_multipart({"file": (content, name), "publish": publish}),
            )


def stored_garbage(session) -> list[str]:
    """Text in any table that must never have been stored."""
    from sqlalchemy import String, Text, select

    from portal.extensions import db

    bad = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
    found = []
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, String | Text)]
        if not columns:
            continue
        for row in session.execute(select(*columns)):
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, str) and bad.search(value):
                    found.append(f"{table.name}.{column.name}: {value[:60]!r}")
    return found


def run(app, ids: Ids, credentials: dict[str, tuple[str, str]], api_token: str) -> Report:
    """Attack every route as each of ``credentials`` (role -> (email, password)) and anonymously."""
    report = Report()
    started = time.perf_counter()
    attacker = Attacker(app, ids, report)
    attacker.api_headers = {"Authorization": f"Bearer {api_token}"}
    anonymous = app.test_client()
    attacker.attack(anonymous, "anoniem")
    for role, (email, password) in credentials.items():
        client = app.test_client()
        response = client.post("/inloggen", data={"email": email, "password": password})
        if response.status_code != 302:
            report.fail(f"inloggen als {role} lukte niet ({response.status_code})")
            continue
        attacker.attack(client, role)
        attack_imports(app, client, ids, report)
        oversized(app, client, ids, report, attacker.api_headers)
    report.seconds = time.perf_counter() - started
    return report


def _seed(app) -> tuple[Ids, dict, str]:
    """A beheerder, an organisation with a published instrument, a shortlist and an API token."""
    from portal.actions.instruments import instrument_create, instrument_transition
    from portal.actions.tokens import token_create
    from portal.extensions import db
    from tests import factories as f

    tiel = f.organisation("GM0281")
    passwords = ["lang genoeg wachtwoord 1", "lang genoeg wachtwoord 2"]
    beheerder = f.user(tiel, "beheerder", email="beheer@aanval.example", password=passwords[0])
    editor = f.user(tiel, "eindredacteur", email="redactie@aanval.example", password=passwords[1])
    instrument = instrument_create(None, tiel, f.rich_payload(name="Doelwit"))
    instrument_transition(None, instrument, "published")
    _row, secret = token_create(None, editor, "aanval")
    db.session.commit()
    ids = Ids(instrument_id=str(instrument.id), org_code=tiel.code, user_id=editor.id)
    # The eindredacteur first: the beheerder's round switches that account off on the way.
    credentials = {
        "eindredacteur": (editor.email, passwords[1]),
        "beheerder": (beheerder.email, passwords[0]),
    }
    return ids, credentials, secret


def main() -> None:  # pragma: no cover - the command writes a report
    import argparse
    import os
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / f"bad-input-{dt.date.today():%Y%m%d}.md"))
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="aanval-"))
    os.environ.setdefault("INSTRUMENTENGIDS_INSTANCE", str(folder / "instance"))
    from portal import create_app
    from portal.cli import initialise_database
    from portal.extensions import db

    app = create_app(
        {
            "TESTING": False,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'aanval.sqlite'}",
            "SEARCH_INDEX_DIR": str(folder / "index"),
            "SECRET_KEY": "aanval-" + "k" * 40,
            "WTF_CSRF_ENABLED": False,  # deeper than the CSRF check: that refuses everything with a 400
            "TWO_FACTOR_REQUIRED": False,
            "LOGIN_RATE_LIMIT": 10_000,
            "API_RATE_LIMIT": 1_000_000,
        }
    )
    with app.app_context():
        initialise_database(echo=lambda _m: None)
        ids, credentials, secret = _seed(app)
    report = run(app, ids, credentials, secret)
    with app.app_context():
        garbage = stored_garbage(db.session)
    lines = [
        f"# Bad input — {dt.date.today():%Y-%m-%d}",
        "",
        "`python -m bench.bad_input` (SQLite, in process, CSRF off so every request reaches the view; "
        "anonymous, beheerder and eindredacteur).",
        "",
        f"Requests tried: **{report.total}** in {report.seconds:.0f} s.",
        "",
        "| kind | tried |",
        "|---|---|",
        *[f"| {kind} | {count} |" for kind, count in sorted(report.tried.items())],
        "",
        "| status | responses |",
        "|---|---|",
        *[f"| {status}s | {count} |" for status, count in sorted(report.statuses.items())],
        "",
        f"Failures (5xx, unescaped markup, injected header, redirect away, secret or system file shown): "
        f"**{len(report.failures)}**",
        *[f"- {failure}" for failure in report.failures],
        "",
        f"Garbage stored (NUL, control characters, unpaired surrogates in any text column): **{len(garbage)}**",
        *[f"- {item}" for item in garbage[:50]],
    ]
    Path(options.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
