-- Every citation of another document in the letters (int_citations, built incrementally
-- per letter) with how often each document is cited, in its letter and across letters.
-- Rules in policy_references.yml. Incremental: only the citations of the documents new
-- letters cite are counted again (macros/incremental.sql, cross_letter_since).
{{ config(pre_hook="{{ clear_recomputed('(reference_kind, reference_key)', 'references') }}") }}
{% set since = cross_letter_since() -%}
select
    citations.*,
    count(*) over (partition by citations.reference_kind, citations.reference_key, citations.letter_id)::integer
        as n_citations_in_letter,
    count(distinct citations.letter_id) over (partition by citations.reference_kind, citations.reference_key)::integer
        as n_citing_letters
from {{ ref('int_citations') }} as citations
{% if since is not none -%}
where (citations.reference_kind, citations.reference_key) in ({{ references_to_recompute(since) }})
{%- endif %}
-- No ORDER BY: rows are appended as documents are cited (order in the query).
