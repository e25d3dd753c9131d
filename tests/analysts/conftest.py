"""Fixtures for the analysts' features, on the warehouse the session's `runs` fixture builds
from the two seed letters (tests/conftest.py)."""
import duckdb
import pytest


@pytest.fixture(scope="session")
def seed_warehouse(runs):
    """The seed warehouse's path (built twice by the CLI; read it, do not write it)."""
    database, _ = runs
    return database


@pytest.fixture(scope="module")
def con(seed_warehouse):
    """A read-only connection to the seed warehouse, closed after the module."""
    connection = duckdb.connect(str(seed_warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def texts(con):
    """letter_id -> the letter text every span indexes."""
    return dict(con.execute("select letter_id, text from raw.letters").fetchall())


def records(con, sql, params=()):
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
