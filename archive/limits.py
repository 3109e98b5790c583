"""The largest integers the databases hold, so that a number a user types is checked before it reaches SQL.

An id or a LIMIT past what a column or the SQL engine holds does not simply find nothing: SQLite raises
``OverflowError`` and PostgreSQL a ``DataError`` that prints the statement. Callers compare against these
bounds and answer "not found" (ids) or "bad input" (counts) themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Column

SQL_INT_MAX = 2**63 - 1  # SQLite's INTEGER and PostgreSQL's bigint: also the bound of LIMIT and OFFSET
INT32_MAX = 2**31 - 1  # PostgreSQL's integer


def column_max(column: Column, dialect: str) -> int:
    """The largest value an integer column can hold on ``dialect`` ('sqlite', 'postgresql')."""
    from sqlalchemy import BigInteger  # here, so the CLI can import the constants without SQLAlchemy

    if dialect == "postgresql" and not isinstance(column.type, BigInteger):
        return INT32_MAX
    return SQL_INT_MAX


def can_be_id(value: int, column: Column, dialect: str) -> bool:
    """Whether ``value`` could be a row id in ``column``: ids start at 1 and end where the type does."""
    return 1 <= value <= column_max(column, dialect)
