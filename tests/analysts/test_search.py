"""search_letters(q): the search table macro the build leaves in the warehouse."""
import duckdb
import pytest

from tests.analysts.conftest import records
from tests.conftest import SEED_LETTERS

pytestmark = pytest.mark.slow


def search(con, query):
    return records(con, "select * from search_letters(?)", [query])


def test_a_term_in_both_letters_finds_both_with_scores_and_snippets(con, texts):
    hits = search(con, "专精特新")
    assert sorted(hit["source_file"] for hit in hits) == SEED_LETTERS
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)
    for hit in hits:
        assert hit["score"] > 0
        assert "专精特新" in hit["snippet"]
        assert texts[hit["letter_id"]][hit["hit_start"]:hit["hit_start"] + 4] == "专精特新"
    assert list(hits[0])[:4] == ["letter_id", "source_file", "score", "snippet"]


@pytest.mark.parametrize(("query", "source_file"), [
    ("鲲鹏计划", "wenke-tifu-2024-098.txt"),
    ("大罗山基金村", "wenke-tifu-2024-120.txt"),
])
def test_a_term_in_one_letter_finds_only_that_letter(con, query, source_file):
    assert [hit["source_file"] for hit in search(con, query)] == [source_file]


@pytest.mark.parametrize("query", ["量子猫咪", "区块链元宇宙", ""])
def test_nonsense_finds_nothing(con, query):
    assert search(con, query) == []


def test_text_bigrams_macro_cuts_like_the_index(con):
    assert con.execute("select text_bigrams('专精特新，企业')").fetchone()[0] == ["专精", "精特", "特新", "企业"]


def test_search_needs_no_setup_in_a_new_connection(seed_warehouse):
    # Plain SQL over tables in the file: no extension to install or load.
    with duckdb.connect(str(seed_warehouse), read_only=True) as plain:
        hits = plain.execute("select source_file from search_letters('专精特新')").fetchall()
    assert len(hits) == 2
