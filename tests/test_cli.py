"""The instrumentengids command: organisations, users, password links, help."""

import re

import pytest
from sqlalchemy import select

from portal.actions.accounts import verify_password
from portal.cli import main
from portal.extensions import db
from portal.models import Organisation, User


def run(app, *args, input=None):
    return app.test_cli_runner().invoke(args=["instrumentengids", *args], input=input)


def test_init_is_idempotent(ctx):
    result = run(ctx, "init")
    assert result.exit_code == 0, result.output
    assert "0 codes toegevoegd" in result.output and "0 nieuw" in result.output


def test_org_create_samenwerkingsverband_with_end_date(ctx):
    result = run(
        ctx,
        "org",
        "create",
        "--type",
        "samenwerkingsverband",
        "--code",
        "werkbedrijf-test",
        "--name",
        "Werkbedrijf Test",
        "--gemeenten",
        "GM0281,GM1740::2025-12-31",
    )
    assert result.exit_code == 0, result.output
    org = db.session.scalar(select(Organisation).where(Organisation.code == "werkbedrijf-test"))
    assert [(a.gemeente_code, a.valid_to and a.valid_to.isoformat()) for a in org.service_areas] == [
        ("GM0281", None),
        ("GM1740", "2025-12-31"),
    ]


@pytest.mark.parametrize(
    "args,message",
    [
        (["--type", "samenwerkingsverband", "--code", "x-verband", "--name", "X"], "minstens één gemeente"),
        (
            ["--type", "samenwerkingsverband", "--code", "y", "--name", "Y", "--gemeenten", "GM9999"],
            "Onbekende gemeente GM9999",
        ),
        (["--type", "landelijk", "--code", "Hoofd Letters!", "--name", "Z"], "kleine letters"),
        (["--type", "landelijk", "--code", "gm0281", "--name", "Dubbel"], "voor gemeenten en arbeidsmarktregio's"),
    ],
)
def test_org_create_refuses_bad_input_in_dutch(ctx, args, message):
    result = run(ctx, "org", "create", *args)
    assert result.exit_code == 1
    assert message in result.output


def test_org_codes_are_unique_whatever_their_case(ctx):
    assert run(ctx, "org", "create", "--type", "landelijk", "--code", "uwv-test", "--name", "Eerste").exit_code == 0
    result = run(ctx, "org", "create", "--type", "landelijk", "--code", "UWV-Test", "--name", "Tweede")
    assert result.exit_code == 1 and "al een organisatie met code uwv-test" in result.output


def test_user_create_prints_a_one_time_link_that_sets_the_password(ctx):
    result = run(ctx, "user", "create", "Nieuw@Example.nl", "--org", "GM0281", "--role", "redacteur")
    assert result.exit_code == 0, result.output
    link = re.search(r"/wachtwoord/(\S+)", result.output)
    assert link, result.output
    user = db.session.scalar(select(User).where(User.email == "nieuw@example.nl"))
    assert user.password_hash is None

    client = ctx.test_client()
    path = f"/wachtwoord/{link.group(1)}"
    assert client.get(path).status_code == 200
    too_short = client.post(path, data={"password": "kort", "password_again": "kort"})
    assert too_short.status_code == 422 and "minstens 12 tekens" in too_short.get_data(as_text=True)
    done = client.post(
        path, data={"password": "een lange zin als wachtwoord", "password_again": "een lange zin als wachtwoord"}
    )
    assert done.status_code == 302
    db.session.refresh(user)
    assert verify_password(user, "een lange zin als wachtwoord")
    assert user.password_hash.startswith("$argon2id$")
    assert client.get(path).status_code == 404  # one time only


def test_user_create_with_password_from_stdin(ctx):
    result = run(
        ctx,
        "user",
        "create",
        "coach@example.nl",
        "--org",
        "GM0344",
        "--role",
        "professional",
        "--password-stdin",
        input="nog een lang wachtwoord\n",
    )
    assert result.exit_code == 0, result.output
    assert "/wachtwoord/" not in result.output
    user = db.session.scalar(select(User).where(User.email == "coach@example.nl"))
    assert verify_password(user, "nog een lang wachtwoord")
    assert user.roles_in(db.session.scalar(select(Organisation).where(Organisation.code == "GM0344"))) == {
        "professional"
    }


def test_user_create_refuses_a_short_password(ctx):
    result = run(
        ctx,
        "user",
        "create",
        "kort@example.nl",
        "--org",
        "GM0344",
        "--role",
        "redacteur",
        "--password-stdin",
        input="kort\n",
    )
    assert result.exit_code == 1 and "minstens 12 tekens" in result.output
    assert db.session.scalar(select(User).where(User.email == "kort@example.nl")) is None


def test_every_command_has_help():
    from click.testing import CliRunner

    runner = CliRunner()
    for path in (
        ["--help"],
        ["init", "--help"],
        ["demo", "--help"],
        ["serve", "--help"],
        ["import", "--help"],
        ["export", "--help"],
        ["org", "create", "--help"],
        ["user", "create", "--help"],
        ["reference", "load", "--help"],
    ):
        result = runner.invoke(main, path)
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output
