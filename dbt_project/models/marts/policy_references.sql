-- Every citation of another document in the letters (int_citations, built incrementally
-- per letter) with how many letters cite the same document (int_reference_counts, counted
-- again only for the documents new letters cite). A view: the count is joined when the
-- mart is read, so a refresh does not rewrite every citation of a document everyone cites.
-- Rules in policy_references.yml.
select
    citations.*,
    counts.n_citing_letters
from {{ ref('int_citations') }} as citations
left join {{ ref('int_reference_counts') }} as counts
    on citations.reference_kind = counts.reference_kind and citations.reference_key = counts.reference_key
