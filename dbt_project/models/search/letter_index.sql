{{ config(
    post_hook=[
        "{{ create_text_bigrams_macro() }}",
        "{{ create_search_letters_macro(this) }}",
    ],
) }}
-- The letters search_letters(q) searches: every letter in marts.proposals, with its length
-- for BM25. The text stays in raw.letters and is scanned at query time (macros/search.sql),
-- so a refresh adds rows here instead of rebuilding an index over every letter.
-- Incremental on load_seq (macros/incremental.sql).
select
    letters.letter_id,
    letters.source_file,
    proposals.doc_number,
    letters.n_chars as doc_length,
    letters.load_seq
from {{ ref('stg_letters') }} as letters
inner join {{ ref('proposals') }} as proposals on letters.letter_id = proposals.letter_id
where {{ newly_loaded('letters') }}
