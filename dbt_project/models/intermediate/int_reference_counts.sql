-- How many letters cite each document (reference_kind, reference_key) of int_citations:
-- the count across letters of marts.policy_references, kept apart so that a letter citing a
-- document everyone cites rewrites one row here, not every citation of it. Incremental:
-- only the documents new letters cite are counted again (macros/incremental.sql).
{{ config(pre_hook="{{ clear_recomputed('(reference_kind, reference_key)', 'references') }}") }}
{% set since = cross_letter_since() -%}
select
    reference_kind,
    reference_key,
    count(distinct letter_id)::integer as n_citing_letters
from {{ ref('int_citations') }}
{% if since is not none -%}
where (reference_kind, reference_key) in ({{ references_to_recompute(since) }})
{%- endif %}
group by reference_kind, reference_key
