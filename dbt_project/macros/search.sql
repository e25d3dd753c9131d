{#- Full-text search over the letters with DuckDB's fts extension (loaded offline by
    orchestration.dbt_fts_plugin). fts has no Chinese word segmentation, so the index is
    built on search.letter_bigrams.bigrams (space-separated character bigrams, see
    bigram_list) with no stemmer, no stop words and no lower-casing of its own, and a query
    is cut into bigrams the same way by the warehouse macro text_bigrams(q).

    The objects are named without the database so that they keep working whatever name
    the warehouse file is opened under. -#}

{% macro fts_schema(relation) -%}
fts_{{ relation.schema }}_{{ relation.identifier }}
{%- endmacro %}


{% macro create_letter_fts_index(relation) -%}
pragma create_fts_index(
    '{{ relation.schema }}.{{ relation.identifier }}', 'letter_id', 'bigrams',
    stemmer = 'none', stopwords = 'none', ignore = '\s+', strip_accents = 0, lower = 0, overwrite = 1
)
{%- endmacro %}


{% macro create_text_bigrams_macro() -%}
create or replace macro main.text_bigrams(t) as {{ bigram_list('t') }}
{%- endmacro %}


{#- search_letters(q): the letters that hold every bigram of q, best BM25 score first,
    with a snippet around the first place q (else its first bigram) occurs; hit_start is
    that place as a code-point offset into the letter text. -#}
{% macro create_search_letters_macro(relation) -%}
create or replace macro main.search_letters(q) as table
with scored as (
    select
        documents.letter_id,
        documents.source_file,
        documents.doc_number,
        documents.text,
        {{ fts_schema(relation) }}.match_bm25(
            documents.letter_id, array_to_string(text_bigrams(q), ' '), conjunctive := 1
        ) as score
    from {{ relation.schema }}.{{ relation.identifier }} as documents
),

hits as (
    select
        *,
        coalesce(
            nullif(strpos(lower(text), lower(trim(q))), 0),
            list_min(list_filter(
                list_transform(text_bigrams(q), lambda b: strpos(lower(text), b)),
                lambda p: p > 0
            ))
        ) as hit_at
    from scored
    where score is not null
)

select
    letter_id,
    source_file,
    score,
    (case when hit_at > 31 then '…' else '' end)
        || regexp_replace(substr(text, greatest(hit_at - 30, 1), least(hit_at - 1, 30) + length(trim(q)) + 40), '\s+', ' ', 'g')
        || (case when hit_at + length(trim(q)) + 40 <= length(text) then '…' else '' end) as snippet,
    doc_number,
    hit_at - 1 as hit_start
from hits
order by score desc, source_file
{%- endmacro %}
