{#- Character bigrams: the unit of similarity and search for Chinese text, which has no
    spaces between words. Every pair of adjacent code points that are both letters or
    digits (`专精特新` → 专精 精特 特新), lower-cased; pairs that straddle punctuation or
    white space are dropped. The same expression is compiled into models and into the
    warehouse's scalar macro `text_bigrams(t)` (macros/search.sql), so a query is cut into
    bigrams exactly like the indexed text. -#}
{% macro bigram_list(expr, distinct=false) -%}
{%- set bigrams -%}
coalesce(list_filter(
    list_transform(range(1, length({{ expr }})), lambda i: lower(substr({{ expr }}, i::bigint, 2))),
    lambda b: regexp_full_match(b, '[\p{L}\p{N}]{2}')
), []::varchar[])
{%- endset -%}
{{ 'list_distinct(' ~ bigrams ~ ')' if distinct else bigrams }}
{%- endmacro %}


{#- Jaccard similarity of two bigram sets (varchar[] without duplicates): shared bigrams
    over all bigrams; NULL when both are empty. -#}
{% macro set_jaccard(a, b) -%}
(len(list_intersect({{ a }}, {{ b }}))::double
    / nullif(len(list_distinct(list_concat({{ a }}, {{ b }}))), 0))
{%- endmacro %}


{#- Every match of `pattern` (RE2, no single quotes) in `text_column` of `relation`, with
    its half-open span in code points: columns letter_id, match, char_start, char_end.
    regexp_extract_all has no positions, so the text is also split on the pattern: the
    pieces before each match and the matches alternate, and the running sum of their
    lengths is each match's end (its own length gives its start). Both are single fast
    passes (a lazy `(?s)(.*?)` prefix pattern would be ten times slower). DuckDB's length()
    counts code points, as the warehouse contract wants. -#}
{% macro regexp_spans(relation, text_column, pattern) -%}
select
    letter_id,
    match,
    (sum(length(piece) + length(match)) over (partition by letter_id order by n) - length(match))::bigint as char_start,
    (sum(length(piece) + length(match)) over (partition by letter_id order by n))::bigint as char_end
from (
    select letter_id, unnest(matches) as match, unnest(pieces[1:len(matches)]) as piece, unnest(range(1, len(matches) + 1)) as n
    from (
        select
            letter_id,
            regexp_extract_all({{ text_column }}, '{{ pattern }}') as matches,
            regexp_split_to_array({{ text_column }}, '{{ pattern }}') as pieces
        from {{ relation }}
    )
)
{%- endmacro %}
