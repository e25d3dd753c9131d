-- One row per proposer (a member, a deputy or an organisation, or several who proposed
-- jointly, as written in proposals.proposer) with the letters that answered them.
with proposals as (
    select * from {{ ref('proposals') }}
    where proposer is not null
)

select
    proposer,
    -- The most frequent kind; a name is not expected to change kind.
    mode(proposer_kind) as proposer_kind,
    string_split(proposer, '、') as people,
    len(string_split(proposer, '、'))::integer as n_people,
    count(*)::integer as n_letters,
    count(distinct coalesce(session, '') || ':' || coalesce(proposal_no, letter_id))::integer as n_proposals,
    list_sort(list_distinct(list(session))) as sessions,
    list_sort(list_distinct(list(proposal_no))) as proposal_nos,
    list_sort(list_distinct(list(issuing_agency))) as answering_agencies,
    sum(n_commitments)::integer as n_commitments,
    sum(n_metrics)::integer as n_metrics,
    sum(n_targets)::integer as n_targets,
    min(signed_date) as first_signed_date,
    max(signed_date) as last_signed_date
from proposals
group by proposer
order by n_letters desc, proposer
