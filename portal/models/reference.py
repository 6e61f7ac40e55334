"""Reference data: gemeenten, arbeidsmarktregio's and the code lists of the format."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db


class Arbeidsmarktregio(db.Model):
    __tablename__ = "arbeidsmarktregios"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(100))

    gemeenten: Mapped[list[Gemeente]] = relationship(back_populates="region")

    def __repr__(self) -> str:
        return f"<Arbeidsmarktregio {self.code} {self.name}>"


class Gemeente(db.Model):
    """A CBS gemeente. One that merges away stays, with ``active`` false, for its history."""

    __tablename__ = "gemeenten"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    province: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str] = mapped_column(ForeignKey("arbeidsmarktregios.code"), index=True)
    source_year: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    former_names: Mapped[str | None] = mapped_column(String(300))

    region: Mapped[Arbeidsmarktregio] = relationship(back_populates="gemeenten")

    def __repr__(self) -> str:
        return f"<Gemeente {self.code} {self.name}>"


class CodeListEntry(db.Model):
    """One code of one code list. Codes are stable and never reused; labels may change."""

    __tablename__ = "code_list_entries"

    list_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
