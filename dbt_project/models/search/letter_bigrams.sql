-- The text of every letter in marts.proposals with its character bigrams, the column the
-- full-text index is built on. Its post-hooks (macros/search.sql) rebuild that index and
-- (re)create the warehouse macros text_bigrams(t) and search_letters(q) after every build.
{{ config(post_hook=[
    "{{ create_letter_fts_index(this) }}",
    "{{ create_text_bigrams_macro() }}",
    "{{ create_search_letters_macro(this) }}",
]) }}

select
    letters.letter_id,
    letters.source_file,
    proposals.doc_number,
    letters.text,
    array_to_string({{ bigram_list('letters.text') }}, ' ') as bigrams
from {{ ref('stg_letters') }} as letters
inner join {{ ref('proposals') }} as proposals on letters.letter_id = proposals.letter_id
order by letters.source_file
