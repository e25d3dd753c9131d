-- Every citation of another document in the letters (int_citations, built incrementally
-- per letter) with how often each document is cited, in its letter and across letters.
-- Rules in policy_references.yml.
select
    citations.* exclude (load_seq),
    count(*) over (partition by citations.reference_kind, citations.reference_key, citations.letter_id)::integer
        as n_citations_in_letter,
    count(distinct citations.letter_id) over (partition by citations.reference_kind, citations.reference_key)::integer
        as n_citing_letters
from {{ ref('int_citations') }} as citations
order by citations.source_file, citations.char_start
