-- One row per issuing agency that signs letters in the warehouse, with what it answered.
with proposals as (
    select * from {{ ref('proposals') }}
    where issuing_agency is not null
)

select
    proposals.issuing_agency as agency,
    list_sort(list_distinct(list(proposals.issuer_code))) as issuer_codes,
    list_sort(list_distinct(list(proposals.agency_from))) as agency_from,
    count(*)::integer as n_letters,
    count(*) filter (where proposals.body_kind = 'proposal')::integer as n_proposal_replies,
    count(*) filter (where proposals.body_kind = 'suggestion')::integer as n_suggestion_replies,
    count(distinct proposals.proposer)::integer as n_proposers,
    sum(proposals.n_suggestions)::integer as n_suggestions,
    sum(proposals.n_commitments)::integer as n_commitments,
    sum(proposals.n_metrics)::integer as n_metrics,
    sum(proposals.n_targets)::integer as n_targets,
    list_sort(list_distinct(list(proposals.session))) as sessions,
    min(proposals.signed_date) as first_signed_date,
    max(proposals.signed_date) as last_signed_date
from proposals
group by proposals.issuing_agency
order by n_letters desc, agency
