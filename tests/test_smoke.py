from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Arbeidsmarktregio, Gemeente, Organisation


def test_reference_data_is_loaded(ctx):
    assert db.session.scalar(select(func.count()).select_from(Gemeente)) == 342
    assert db.session.scalar(select(func.count()).select_from(Arbeidsmarktregio)) == 35
    assert (
        db.session.scalar(select(func.count()).select_from(Organisation).where(Organisation.type == "gemeente")) == 342
    )
