-- One row per quantitative mention, with its letter's keys.
-- Incremental on load_seq (macros/incremental.sql): only newly loaded letters are read.
-- depends_on: {{ ref('stg_letters') }}
with metrics as (
    select * from {{ ref('stg_metrics') }} as stg_metrics
    where {{ newly_loaded('stg_metrics') }}
),

proposals as (
    select letter_id, source_file, doc_number from {{ ref('proposals') }}
    where letter_id in (select letter_id from metrics)
)

select
    metrics.metric_id,
    metrics.letter_id,
    proposals.source_file,
    proposals.doc_number,
    metrics.char_start,
    metrics.char_end,
    metrics.surface,
    metrics.value,
    metrics.value_high,
    metrics.unit,
    metrics.unit_family,
    metrics.kind,
    metrics.qualifier,
    metrics.period_start,
    metrics.period_end,
    metrics.subject,
    metrics.sentence,
    metrics.section_path,
    metrics.commitment_ordinal,
    metrics.suggestion_no,
    metrics.period_text,
    metrics.load_seq
from metrics
left join proposals on metrics.letter_id = proposals.letter_id
