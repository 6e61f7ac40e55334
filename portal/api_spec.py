"""The OpenAPI 3 document of the API, generated from the one marshmallow schema of the format
(apispec's marshmallow plugin) plus a description of each operation written here.

``/api/v1/openapi.json`` serves it; ``/api/v1/docs`` renders the same document as a page
of the portal (no third-party scripts). Tests fuzz the API against this document.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from portal.schemas.instrument import InstrumentSchema

PROBLEM = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "request_id": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def _problem(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def _json(description: str, schema: dict, headers: dict | None = None) -> dict:
    response = {"description": description, "content": {"application/json": {"schema": schema}}}
    if headers:
        response["headers"] = headers
    return response


INSTRUMENT = {"$ref": "#/components/schemas/Instrument"}
INSTRUMENT_OUT = {"$ref": "#/components/schemas/InstrumentRead"}
ETAG_HEADER = {"ETag": {"description": "De versie van het instrument, voor If-Match.", "schema": {"type": "string"}}}
ID_PARAMETER = {"name": "instrument_id", "in": "path", "required": True, "schema": {"type": "string"}}
IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "description": 'De ETag die u las, bijvoorbeeld "3".',
    "schema": {"type": "string"},
}
COMMON_ERRORS = {
    "400": _problem("Ongeldig verzoek"),
    "401": _problem("Token ontbreekt, onbekend of ingetrokken"),
    "413": _problem("Het verzoek is te groot"),
    "429": _problem("Te veel verzoeken; zie Retry-After"),
}
WRITE_ERRORS = {
    **COMMON_ERRORS,
    "403": _problem("Geen recht voor deze organisatie"),
    "404": _problem("Onbekend (of niet zichtbaar voor u)"),
    "412": _problem("De versie in If-Match is niet de huidige"),
    "415": _problem("Geen JSON"),
    "422": _problem("Ongeldige gegevens, per veld"),
}


def _list_of(item: dict) -> dict:
    return {"type": "array", "items": item}


def _operations() -> dict[str, dict]:
    page = {
        "type": "object",
        "required": ["total", "page", "per_page", "items"],
        "properties": {
            "total": {"type": "integer"},
            "page": {"type": "integer"},
            "per_page": {"type": "integer"},
            "next": {"type": "string"},
            "items": _list_of(INSTRUMENT_OUT),
        },
    }
    code_label = {"type": "object", "properties": {"code": {"type": "string"}, "label": {"type": "string"}}}
    query = lambda name, description, schema=None: {  # noqa: E731 - a table of parameters reads better
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }
    return {
        "/instruments": {
            "get": {
                "summary": "Instrumenten (gepubliceerd; met token ook concepten van uw organisaties)",
                "parameters": [
                    query("owner", "Code van de eigenaar"),
                    query("gemeente", "Beschikbaar in gemeente (GMxxxx)"),
                    query("status", "Status (draft, in_review, published)"),
                    query("page", "Pagina, vanaf 1", {"type": "integer", "minimum": 1, "maximum": 10000}),
                    query("per_page", "Aantal per pagina (1-100)", {"type": "integer", "minimum": 1, "maximum": 100}),
                ],
                "responses": {"200": _json("Een pagina instrumenten", page), **COMMON_ERRORS},
            },
            "post": {
                "summary": "Nieuw instrument (concept); token nodig",
                "security": [{"token": []}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": INSTRUMENT}}},
                "responses": {"201": _json("Gemaakt", INSTRUMENT_OUT, ETAG_HEADER), **WRITE_ERRORS},
            },
        },
        "/instruments/{instrument_id}": {
            "parameters": [ID_PARAMETER],
            "get": {
                "summary": "Eén instrument (anoniem: alleen het openbare deel)",
                "responses": {
                    "200": _json("Het instrument", INSTRUMENT_OUT, ETAG_HEADER),
                    "404": _problem("Onbekend of niet zichtbaar"),
                    **COMMON_ERRORS,
                },
            },
            "put": {
                "summary": "Instrument vervangen; If-Match verplicht",
                "security": [{"token": []}],
                "parameters": [{**IF_MATCH, "required": True}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": INSTRUMENT}}},
                "responses": {
                    "200": _json("Opgeslagen", INSTRUMENT_OUT, ETAG_HEADER),
                    "428": _problem("If-Match ontbreekt"),
                    **WRITE_ERRORS,
                },
            },
            "delete": {
                "summary": "Instrument archiveren",
                "security": [{"token": []}],
                "parameters": [IF_MATCH],
                "responses": {"204": {"description": "Gearchiveerd"}, **WRITE_ERRORS},
            },
        },
        "/instruments/{instrument_id}/transitions": {
            "parameters": [ID_PARAMETER],
            "post": {
                "summary": 'Stap in de workflow, bijvoorbeeld {"to": "published"}',
                "security": [{"token": []}],
                "parameters": [IF_MATCH],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["to"],
                                "properties": {
                                    "to": {"type": "string", "enum": ["draft", "in_review", "published", "archived"]}
                                },
                            }
                        }
                    },
                },
                "responses": {"200": _json("De nieuwe status", INSTRUMENT_OUT, ETAG_HEADER), **WRITE_ERRORS},
            },
        },
        "/coverage": {
            "get": {
                "summary": "Dekking: beschikbare instrumenten per gebied en waarde van een indeling",
                "parameters": [
                    query(
                        "dimension",
                        "Indeling",
                        {
                            "type": "string",
                            "enum": [
                                "tiles",
                                "target_groups",
                                "client_characteristics",
                                "ladder",
                                "implementation",
                                "legal_basis",
                            ],
                        },
                    ),
                    query("scope", "Gebieden", {"type": "string", "enum": ["region", "regions", "gemeenten"]}),
                    query("region", "Arbeidsmarktregio (AMxx) bij scope=region"),
                ],
                "responses": {
                    "200": _json(
                        "De matrix",
                        {
                            "type": "object",
                            "required": ["dimension", "area_kind", "values", "areas"],
                            "properties": {
                                "dimension": {"type": "string"},
                                "area_kind": {"type": "string"},
                                "values": _list_of(code_label),
                                "areas": _list_of({"type": "object"}),
                            },
                        },
                    ),
                    **COMMON_ERRORS,
                },
            }
        },
        "/compare": {
            "get": {
                "summary": "2 tot 5 instrumenten naast elkaar (token van een werkgroeplid)",
                "security": [{"token": []}],
                "parameters": [
                    {
                        "name": "id",
                        "in": "query",
                        "required": True,
                        "description": "Id van een instrument, 2 tot 5 keer",
                        "schema": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 5},
                        "style": "form",
                        "explode": True,
                    }
                ],
                "responses": {
                    "200": _json("De vergelijking", {"type": "object", "required": ["instruments", "rows"]}),
                    "403": _problem("Geen werkgroeplid"),
                    "404": _problem("Onbekend of niet zichtbaar"),
                    **COMMON_ERRORS,
                },
            }
        },
        "/gemeenten": {
            "get": {
                "summary": "De gemeenten (CBS), ook opgeheven",
                "responses": {"200": _json("Gemeenten", _list_of({"type": "object"})), **COMMON_ERRORS},
            }
        },
        "/regions": {
            "get": {
                "summary": "De 35 arbeidsmarktregio's",
                "responses": {"200": _json("Regio's", _list_of({"type": "object"})), **COMMON_ERRORS},
            }
        },
        "/codelists": {
            "get": {
                "summary": "De codelijsten van het formaat",
                "responses": {
                    "200": _json("Codelijsten", {"type": "object", "additionalProperties": _list_of(code_label)}),
                    **COMMON_ERRORS,
                },
            }
        },
        "/organisations": {
            "get": {
                "summary": "Organisaties met hun openbare contactgegevens",
                "responses": {"200": _json("Organisaties", _list_of({"type": "object"})), **COMMON_ERRORS},
            }
        },
    }


@cache
def openapi_document(server_url: str = "/api/v1") -> dict:
    spec = APISpec(
        title="Gedeelde Instrumentengids API",
        version="1.0.0",
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={
            "description": "Instrumenten in het vaste formaat (FORMAT.md), workflow en referentiegegevens. "
            "Lezen van gepubliceerde instrumenten is openbaar; schrijven vraagt een persoonlijke API-token."
        },
        servers=[{"url": server_url}],
    )
    spec.components.security_scheme("token", {"type": "http", "scheme": "bearer"})
    spec.components.schema("Problem", PROBLEM)
    spec.components.schema("Instrument", schema=InstrumentSchema)
    # What comes back: the format, plus the address of the page; the fields present depend
    # on who asks (anonymous callers get the public part only), so nothing more is required.
    spec.components.schema(
        "InstrumentRead",
        {
            "type": "object",
            "required": ["id", "owner", "url"],
            "properties": {
                "id": {"type": "string"},
                "owner": {"type": "string"},
                "url": {"type": "string"},
                "version": {"type": "integer"},
                "status": {"type": "string"},
            },
            "additionalProperties": True,
        },
    )
    for path, operations in _operations().items():
        shared = operations.pop("parameters", None)
        spec.path(path=path, operations=operations, parameters=shared)
    return _plain(spec.to_dict())


MONEY = {
    "anyOf": [{"type": "string", "pattern": "^[0-9]+([.,][0-9]{1,2})?$"}, {"type": "number", "minimum": 0}],
    "nullable": True,
}


def _plain(value):
    """JSON Schema wants numbers where marshmallow's validators hold Decimals. Amounts are
    written as strings ("1250.00", exact) and read as a string or a number (FORMAT.md)."""
    if isinstance(value, dict):
        if value.get("type") == "number" and isinstance(value.get("minimum"), str):
            return dict(MONEY)
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
