-- One row per forward commitment (下一步 item), with its letter's keys and the number of
-- target metrics whose span lies inside the commitment's span.
-- Incremental on load_seq (macros/incremental.sql): only newly loaded letters are read.
-- depends_on: {{ ref('stg_letters') }}
with commitments as (
    select * from {{ ref('stg_commitments') }} as stg_commitments
    where {{ newly_loaded('stg_commitments') }}
),

proposals as (
    select letter_id, source_file, doc_number, proposal_no from {{ ref('proposals') }}
    where letter_id in (select letter_id from commitments)
),

targets as (
    select letter_id, char_start, char_end
    from {{ ref('stg_metrics') }}
    where kind = 'target' and letter_id in (select letter_id from commitments)
),

target_counts as (
    select commitments.commitment_id, count(*) as n_targets
    from commitments
    inner join targets
        on targets.letter_id = commitments.letter_id
        and targets.char_start >= commitments.char_start
        and targets.char_end <= commitments.char_end
    group by commitments.commitment_id
)

select
    commitments.letter_id,
    proposals.source_file,
    proposals.doc_number,
    proposals.proposal_no,
    commitments.commitment_id,
    commitments.suggestion_no,
    commitments.ordinal,
    commitments.heading,
    commitments.body,
    commitments.char_start,
    commitments.char_end,
    commitments.horizon_year,
    coalesce(target_counts.n_targets, 0)::integer as n_targets,
    commitments.load_seq
from commitments
left join proposals on commitments.letter_id = proposals.letter_id
left join target_counts on commitments.commitment_id = target_counts.commitment_id
