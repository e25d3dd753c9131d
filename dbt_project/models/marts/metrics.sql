-- One row per quantitative mention, with its letter's keys.
with metrics as (
    select * from {{ ref('stg_metrics') }}
),

proposals as (
    select letter_id, source_file, doc_number from {{ ref('proposals') }}
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
    metrics.period_text
from metrics
left join proposals on metrics.letter_id = proposals.letter_id
order by proposals.source_file, metrics.char_start
