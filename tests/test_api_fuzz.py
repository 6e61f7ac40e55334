"""schemathesis fuzzes the API against its own OpenAPI document: whatever it sends, as an
anonymous caller or with a token, there is no 5xx and every answer matches the document
(status code, content type, body schema)."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis ontbreekt (pip install -e '.[test]')")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from portal.actions.tokens import token_create  # noqa: E402
from portal.extensions import db  # noqa: E402
from tests import factories as f  # noqa: E402

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 20


@pytest.mark.parametrize("caller", ["anonymous", "token"])
def test_no_server_errors_and_every_answer_as_documented(ctx, caller):
    tiel = f.organisation("GM0281")
    f.instrument(tiel, name="Gefuzzd", public={"visible": True, "summary": "Openbaar.", "how_to_start": "Bel."})
    f.instrument(tiel, name="Concept", publish=False)
    headers = {}
    if caller == "token":
        headers = {"Authorization": "Bearer " + token_create(None, f.user(tiel, "eindredacteur"), "fuzz")[1]}
    db.session.commit()

    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", ctx)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def fuzz(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        fuzz()
