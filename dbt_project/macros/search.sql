{#- Full-text search over the letters, in plain SQL. Chinese has no spaces between words, so
    the terms are character bigrams (see bigram_list): a query is cut into its bigrams by
    the warehouse macro text_bigrams(q), and a letter matches when its text holds every one
    of them. Matches are ranked by BM25 (k1 = 1.2, b = 0.75) with the bigram's occurrences
    in the letter as term frequency and the letter's length as document length.

    The texts are scanned at query time (DuckDB scans raw.letters.text at several hundred
    MB/s), so there is no index to rebuild when letters arrive. The objects are named
    without the database so that they keep working whatever name the warehouse file is
    opened under. -#}

{% macro create_text_bigrams_macro() -%}
create or replace macro main.text_bigrams(t) as {{ bigram_list('t') }}
{%- endmacro %}


{#- search_letters(q): the letters that hold every bigram of q, best BM25 score first,
    with a snippet around the first place q (else its first bigram) occurs; hit_start is
    that place as a code-point offset into the letter text. -#}
{% macro create_search_letters_macro(relation) -%}
create or replace macro main.search_letters(q) as table
with terms as (
    select distinct unnest(text_bigrams(q)) as term
),

documents as (
    select
        documents.letter_id,
        documents.source_file,
        documents.doc_number,
        documents.doc_length,
        lower(letters.text) as lowered,
        letters.text
    from {{ relation.schema }}.{{ relation.identifier }} as documents
    inner join raw.letters as letters on documents.letter_id = letters.letter_id
),

collection as (
    select count(*) as n_documents, avg(doc_length) as average_length from documents
),

occurrences as (
    select
        documents.letter_id,
        terms.term,
        (length(documents.lowered) - length(replace(documents.lowered, terms.term, ''))) // 2 as frequency
    from documents
    inner join terms on contains(documents.lowered, terms.term)
),

document_frequency as (
    select term, count(*) as n_holding from occurrences group by term
),

scored as (
    select
        occurrences.letter_id,
        sum(
            ln((collection.n_documents - document_frequency.n_holding + 0.5) / (document_frequency.n_holding + 0.5) + 1)
            * occurrences.frequency * 2.2
            / (occurrences.frequency + 1.2 * (0.25 + 0.75 * documents.doc_length / collection.average_length))
        ) as score
    from occurrences
    inner join document_frequency on occurrences.term = document_frequency.term
    inner join documents on occurrences.letter_id = documents.letter_id
    cross join collection
    group by occurrences.letter_id
    having count(*) = (select count(*) from terms) and count(*) > 0
),

hits as (
    select
        documents.letter_id,
        documents.source_file,
        documents.doc_number,
        documents.text,
        scored.score,
        coalesce(
            nullif(strpos(documents.lowered, lower(trim(q))), 0),
            list_min(list_filter(
                list_transform(text_bigrams(q), lambda b: strpos(documents.lowered, b)),
                lambda p: p > 0
            ))
        ) as hit_at
    from scored
    inner join documents on scored.letter_id = documents.letter_id
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
