-- One row per reply letter: its header facts, the signing agency and counts of its facts.
-- Incremental on load_seq (macros/incremental.sql): only newly loaded letters are read.
with letters as (
    select letter_id, source_file, load_seq from {{ ref('stg_letters') }} as stg_letters
    where {{ newly_loaded('stg_letters') }}
),

headers as (
    select * exclude (load_seq) from {{ ref('stg_letter_headers') }}
    where letter_id in (select letter_id from letters)
),

agency_prefixes as (
    select issuer_code, agency from {{ ref('agency_prefixes') }}
),

signing_agencies as (
    -- How many of the loaded letters of each 文号 prefix each agency signs (without a 代章 note).
    select
        issuer_code,
        regexp_replace(signature_agency, '[（(][^（()）]*[）)]$', '') as agency,
        count(*) as n
    from {{ ref('stg_letter_headers') }}
    where issuer_code is not null and signature_agency is not null
    group by 1, 2
),

signed_prefixes as (
    -- What the loaded letters teach: a prefix's agency is the one that signs at least four in
    -- five of its signed letters.
    select issuer_code, arg_max(agency, n) as agency
    from signing_agencies
    group by issuer_code
    having max(n) >= 0.8 * sum(n)
),

suggestion_counts as (
    select letter_id, count(*) as n_suggestions
    from {{ ref('stg_suggestions') }}
    where letter_id in (select letter_id from letters)
    group by letter_id
),

commitment_counts as (
    select letter_id, count(*) as n_commitments
    from {{ ref('stg_commitments') }}
    where letter_id in (select letter_id from letters)
    group by letter_id
),

metric_counts as (
    select
        letter_id,
        count(*) as n_metrics,
        count(*) filter (where kind = 'target') as n_targets
    from {{ ref('stg_metrics') }}
    where letter_id in (select letter_id from letters)
    group by letter_id
)

select
    headers.letter_id,
    letters.source_file,
    headers.doc_number,
    headers.issuer_code,
    headers.doc_year,
    headers.doc_serial,
    headers.title,
    headers.body_kind,
    headers.session,
    headers.committee_term,
    headers.session_no,
    headers.proposal_no,
    headers.proposal_title,
    headers.proposer,
    headers.proposer_kind,
    -- The signature names the agency as it signed; the 文号 prefix only says whose number it
    -- is, through the reference table or else the letters of that prefix that are signed.
    coalesce(headers.signature_agency, agency_prefixes.agency, signed_prefixes.agency) as issuing_agency,
    case
        when headers.signature_agency is not null then 'signature'
        when agency_prefixes.agency is not null then 'doc_number_prefix'
        when signed_prefixes.agency is not null then 'signed_letters'
    end as agency_from,
    headers.signed_date,
    headers.contact_name,
    headers.contact_phone,
    headers.cc,
    headers.printed_by,
    headers.printed_date,
    coalesce(suggestion_counts.n_suggestions, 0)::integer as n_suggestions,
    coalesce(commitment_counts.n_commitments, 0)::integer as n_commitments,
    coalesce(metric_counts.n_metrics, 0)::integer as n_metrics,
    coalesce(metric_counts.n_targets, 0)::integer as n_targets,
    headers.letter_year,
    headers.salutation,
    headers.signature_agency,
    headers.doc_number_start,
    headers.doc_number_end,
    headers.title_start,
    headers.title_end,
    headers.salutation_start,
    headers.salutation_end,
    headers.signature_start,
    headers.signature_end,
    headers.signed_date_start,
    headers.signed_date_end,
    letters.load_seq
from headers
inner join letters on headers.letter_id = letters.letter_id
left join agency_prefixes on headers.issuer_code = agency_prefixes.issuer_code
left join signed_prefixes on headers.issuer_code = signed_prefixes.issuer_code
left join suggestion_counts on headers.letter_id = suggestion_counts.letter_id
left join commitment_counts on headers.letter_id = commitment_counts.letter_id
left join metric_counts on headers.letter_id = metric_counts.letter_id
order by letters.source_file
