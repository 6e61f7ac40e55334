"""Field-by-field comparison of two instrument versions (portal.diffing; pure)."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal

import pytest

from portal.diffing import Change, diff_instruments, word_diff

LABELS = {
    "name": "Naam",
    "summary": "Samenvatting",
    "aim": "Doel",
    "tiles": "Fase in de dienstverlening",
    "keywords": "Trefwoorden",
    "provider": "Aanbieder",
    "contacts": "Contactpersonen",
    "public": "Voor inwoners",
    "status": "Status",
    "costs_amount": "Kosten (euro)",
    "requires_doelgroepregister": "Alleen voor doelgroepregister",
    "ladder_from": "Participatieladder van",
}

TILE_LABELS = {"EW03": "Maatschappelijk fit", "EW04": "Werk fit", "EW05": "Oriëntatie"}


def code_labels(list_name: str, code: str) -> str:
    tables = {
        "tiles": TILE_LABELS,
        "implementation": {"UV07": "Coaching", "UV03": "Leerwerktraject"},
        "ladder": {"3": "Deelname aan georganiseerde activiteiten", "4": "Onbetaald werk"},
    }
    return tables[list_name][code]


BASE = {
    "id": "6f1c2a9e-3d0b-4a55-9d0e-1b2c3d4e5f60",
    "owner": "GM0281",
    "name": "Werkfit Tiel",
    "summary": "Een traject van twaalf weken om te wennen aan werk.",
    "aim": "Deelnemers wennen aan een vast ritme en leren samenwerken in een team op de werkvloer.",
    "instrument_type": "IT01",
    "tiles": ["EW04"],
    "keywords": ["werkfit", "LKS"],
    "implementation": "UV07",
    "ladder_from": 3,
    "requires_doelgroepregister": False,
    "costs_amount": "1250.00",
    "provider": {"name": "Werkzaak Rivierenland", "website": "https://www.werkzaak.nl"},
    "contacts": [
        {"name": "Anna de Boer", "role": "Jobcoach", "phone": "0344 123 456", "public": True},
    ],
    "public": {"visible": True, "summary": "Je went aan werk.", "how_to_start": "Bel ons."},
    "status": "draft",
    "version": 3,
}


def changed(**updates) -> dict:
    result = copy.deepcopy(BASE)
    result.update(updates)
    return result


def test_no_changes_gives_empty_list():
    assert diff_instruments(BASE, copy.deepcopy(BASE), LABELS) == []


def test_version_is_ignored_but_status_is_compared():
    assert diff_instruments(BASE, changed(version=4)) == []
    (change,) = diff_instruments(BASE, changed(status="published", version=4), LABELS)
    assert change == Change("status", "Status", "changed", "draft", "published", None)


def test_changed_name():
    (change,) = diff_instruments(BASE, changed(name="Werkfit Tiel en Culemborg"), LABELS)
    assert change.key == "name"
    assert change.label == "Naam"
    assert change.kind == "changed"
    assert change.old == "Werkfit Tiel"
    assert change.new == "Werkfit Tiel en Culemborg"
    assert change.word_diff is None  # short text


def test_change_is_frozen():
    (change,) = diff_instruments(BASE, changed(name="Anders"), LABELS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.new = "iets"


def test_field_added_and_removed():
    new = changed(method="We werken in kleine groepen.")
    del new["summary"]
    changes = diff_instruments(BASE, new, LABELS)
    assert [(c.key, c.kind, c.old, c.new) for c in changes] == [
        ("method", "added", "", "We werken in kleine groepen."),
        ("summary", "removed", BASE["summary"], ""),
    ]
    assert changes[0].label == "method"  # no label known: the key itself
    assert changes[1].label == "Samenvatting"


def test_empty_values_are_the_same_as_missing():
    new = changed(method="", target_groups=[], evaluation_summary=None, contacts=BASE["contacts"] + [])
    new["public"] = {**BASE["public"], "for_whom": "   "}
    assert diff_instruments(BASE, new) == []


def test_nested_provider_change():
    new = changed(provider={"name": "Werkzaak Rivierenland", "website": "https://werkzaak.nl", "kvk": "12345678"})
    changes = diff_instruments(BASE, new, LABELS)
    assert [(c.key, c.label, c.kind, c.old, c.new) for c in changes] == [
        ("provider.website", "Aanbieder: Website", "changed", "https://www.werkzaak.nl", "https://werkzaak.nl"),
        ("provider.kvk", "Aanbieder: KvK-nummer", "added", "", "12345678"),
    ]


def test_contact_phone_changed():
    new = changed(contacts=[{**BASE["contacts"][0], "phone": "0344 654 321"}])
    (change,) = diff_instruments(BASE, new, LABELS)
    assert change.key == "contacts.1.phone"
    assert change.label == "Contactpersonen 1: Telefoon"
    assert (change.kind, change.old, change.new) == ("changed", "0344 123 456", "0344 654 321")


def test_contact_added_gives_one_row_per_filled_in_sub_key():
    extra = {"name": "Piet Smit", "email": "p.smit@werkzaak.nl", "role": "", "public": False}
    changes = diff_instruments(BASE, changed(contacts=[*BASE["contacts"], extra]), LABELS)
    assert [(c.key, c.kind, c.old, c.new) for c in changes] == [
        ("contacts.2.name", "added", "", "Piet Smit"),
        ("contacts.2.email", "added", "", "p.smit@werkzaak.nl"),
        ("contacts.2.public", "added", "", "nee"),
    ]


def test_contact_removed_gives_removed_rows():
    changes = diff_instruments(BASE, changed(contacts=[]), LABELS)
    assert [(c.key, c.kind, c.old) for c in changes] == [
        ("contacts.1.name", "removed", "Anna de Boer"),
        ("contacts.1.role", "removed", "Jobcoach"),
        ("contacts.1.phone", "removed", "0344 123 456"),
        ("contacts.1.public", "removed", "ja"),
    ]
    assert all(c.new == "" for c in changes)


def test_code_list_change_uses_code_labels():
    (change,) = diff_instruments(BASE, changed(tiles=["EW04", "EW05"]), LABELS, code_labels)
    assert change.key == "tiles"
    assert change.label == "Fase in de dienstverlening"
    assert change.old == "Werk fit"
    assert change.new == "Werk fit, Oriëntatie"


def test_code_list_without_code_labels_shows_codes():
    (change,) = diff_instruments(BASE, changed(tiles=["EW04", "EW05"]))
    assert (change.old, change.new) == ("EW04", "EW04, EW05")


def test_code_list_order_does_not_matter_but_keyword_order_does():
    base = changed(tiles=["EW04", "EW05"])
    assert diff_instruments(base, changed(tiles=["EW05", "EW04"])) == []
    (change,) = diff_instruments(BASE, changed(keywords=["LKS", "werkfit"]), LABELS, code_labels)
    assert change.key == "keywords"
    assert change.new == "LKS, werkfit"  # keywords are never looked up as codes


def test_unknown_code_falls_back_to_the_code():
    (change,) = diff_instruments(BASE, changed(tiles=["EW04", "EW99"]), LABELS, code_labels)
    assert change.new == "Werk fit, EW99"


def test_single_codes_and_ladder_use_code_labels():
    changes = diff_instruments(BASE, changed(implementation="UV03", ladder_from=4), LABELS, code_labels)
    assert [(c.key, c.old, c.new) for c in changes] == [
        ("implementation", "Coaching", "Leerwerktraject"),
        ("ladder_from", "Deelname aan georganiseerde activiteiten", "Onbetaald werk"),
    ]


def test_booleans_and_decimals_are_rendered_in_dutch():
    changes = diff_instruments(BASE, changed(requires_doelgroepregister=True, costs_amount=Decimal("1300.5")), LABELS)
    assert [(c.key, c.old, c.new) for c in changes] == [
        ("requires_doelgroepregister", "nee", "ja"),
        ("costs_amount", "1250,00", "1300,50"),
    ]


def test_same_decimal_in_another_notation_is_no_change():
    assert diff_instruments(BASE, changed(costs_amount=1250)) == []
    assert diff_instruments(BASE, changed(costs_amount=Decimal("1250.0"))) == []
    assert diff_instruments(BASE, changed(ladder_from="3")) == []


def test_public_part_change():
    new = changed(public={**BASE["public"], "how_to_start": "Bel of mail ons."})
    (change,) = diff_instruments(BASE, new, LABELS)
    assert change.key == "public.how_to_start"
    assert change.label == "Voor inwoners: Hoe begin je"


def test_order_follows_new_then_old_only_keys():
    new = {"status": "published", "name": "Nieuw", "aim": BASE["aim"], "extra": "x"}
    old = {"name": "Oud", "only_old": "weg", "status": "draft", "aim": BASE["aim"]}
    assert [c.key for c in diff_instruments(old, new)] == ["status", "name", "extra", "only_old"]


def test_word_diff_marks_exactly_the_changed_words():
    new_aim = "Deelnemers wennen aan een vast dagritme en leren samenwerken in een groep op de werkvloer."
    (change,) = diff_instruments(BASE, changed(aim=new_aim), LABELS)
    assert change.kind == "changed"
    assert change.word_diff == [
        ("same", "Deelnemers wennen aan een vast"),
        ("del", "ritme"),
        ("ins", "dagritme"),
        ("same", "en leren samenwerken in een"),
        ("del", "team"),
        ("ins", "groep"),
        ("same", "op de werkvloer."),
    ]
    changed_words = [text for op, text in change.word_diff if op != "same"]
    assert changed_words == ["ritme", "dagritme", "team", "groep"]


def test_word_diff_pure_insertion_and_deletion():
    old = "Je krijgt een coach die met je meekijkt tijdens de eerste weken op je nieuwe werk."
    new = "Je krijgt een vaste coach die met je meekijkt tijdens de eerste weken op je werk."
    assert word_diff(old, new) == [
        ("same", "Je krijgt een"),
        ("ins", "vaste"),
        ("same", "coach die met je meekijkt tijdens de eerste weken op je"),
        ("del", "nieuwe"),
        ("same", "werk."),
    ]


def test_no_word_diff_for_added_text_or_code_lists():
    long_text = "Een lange toelichting die zeker meer dan zestig tekens telt, zodat het een lange tekst is."
    (change,) = diff_instruments(BASE, changed(method=long_text))
    assert change.kind == "added"
    assert change.word_diff is None
