"""Errors of the API as ``application/problem+json`` (RFC 9457), with Dutch texts.

Never a stack trace: a 500 says only that something went wrong and gives the request id,
which is in the log next to the trace.
"""

from __future__ import annotations

from flask import Response, g, json

PROBLEM_TYPE = "application/problem+json"
TITLES = {
    400: "Ongeldig verzoek",
    401: "Niet aangemeld",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    409: "Conflict",
    412: "Versie klopt niet",
    413: "Te groot",
    415: "Verkeerd formaat",
    422: "Ongeldige gegevens",
    428: "Versie ontbreekt",
    429: "Te veel verzoeken",
    500: "Er ging iets mis",
}


class ApiProblem(Exception):
    """Raised inside the API; turned into a problem response by the blueprint."""

    def __init__(self, status: int, detail: str, errors: list[dict] | None = None, headers: dict | None = None):
        super().__init__(detail)
        self.status, self.detail, self.errors, self.headers = status, detail, errors, headers or {}


def problem(status: int, detail: str, errors: list[dict] | None = None, headers: dict | None = None) -> Response:
    body = {"type": "about:blank", "title": TITLES.get(status, TITLES[500]), "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    if g.get("request_id"):
        body["request_id"] = g.request_id
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_TYPE)
    response.headers.update(headers or {})
    return response


def field_errors(problems: list[tuple[str, str]]) -> list[dict]:
    return [{"field": key, "message": message} for key, message in problems]
