-- The same indicator reported with different values by two letters for overlapping periods.
-- One row per report and the latest earlier report it differs from; side a is the earlier
-- letter. Rules in metric_conflicts.yml. Incremental: only the reports new letters can
-- change are paired again (macros/incremental.sql, cross_letter_since).
{{ config(pre_hook="{{ clear_recomputed('metric_id_b', 'probes') }}") }}
{% set since = cross_letter_since() -%}
with facts as (
    select
        *,
        -- Blocks: a pair must share the place, unit, kind, period type and a year.
        list_transform(
            case
                when period_type = 'flow' then range(year(effective_start), year(effective_end) + 1)
                else [as_of_year]
            end,
            lambda y: concat_ws('|', jurisdiction, unit, kind, period_type, y)
        ) as blocks
    from {{ ref('int_metric_facts') }}
    where kind in ('actual', 'rank')
        and subject_key is not null
        and value is not null
        and jurisdiction is not null
        {% if since is not none -%}
        -- Only the places new letters report on change (macros/incremental.sql).
        and (jurisdiction, unit) in ({{ changed_places(since) }})
        {%- endif %}
),

matched as (
    -- Each report against the latest report of the same indicator in an earlier letter.
    select
        candidates.report_id as metric_id_a,
        candidates.probe_id as metric_id_b,
        candidates.same_subject_key,
        candidates.subject_similarity
    from {{ nearest_reports('facts', 'facts', 'before') }} as candidates
    inner join facts as a on candidates.report_id = a.metric_id
    inner join facts as b on candidates.probe_id = b.metric_id
    where
        -- Overlapping periods: flows whose intervals intersect; stocks as of the same date
        -- when both are dated, else as of the same year (an undated stock is as of its letter).
        case
            when a.period_type = 'flow'
                then a.effective_start <= b.effective_end and b.effective_start <= a.effective_end
            when a.period_end is not null and b.period_end is not null
                then a.period_end = b.period_end
            else a.as_of_year = b.as_of_year
        end
        and (a.value <> b.value or a.value_high is distinct from b.value_high)
)

select
    matched.metric_id_a || '|' || matched.metric_id_b as conflict_id,
    a.subject_key,
    a.unit,
    a.unit_family,
    a.kind,
    a.period_type,
    case when matched.same_subject_key then 'same_subject_key' else 'similar_subject' end as match_rule,
    matched.subject_similarity,
    a.letter_id as letter_id_a,
    a.source_file as source_file_a,
    a.doc_number as doc_number_a,
    a.metric_id as metric_id_a,
    a.char_start as char_start_a,
    a.char_end as char_end_a,
    a.surface as surface_a,
    a.subject as subject_a,
    a.value as value_a,
    a.value_high as value_high_a,
    a.qualifier as qualifier_a,
    a.period_start as period_start_a,
    a.period_end as period_end_a,
    a.period_text as period_text_a,
    b.letter_id as letter_id_b,
    b.source_file as source_file_b,
    b.doc_number as doc_number_b,
    b.metric_id as metric_id_b,
    b.char_start as char_start_b,
    b.char_end as char_end_b,
    b.surface as surface_b,
    b.subject as subject_b,
    b.value as value_b,
    b.value_high as value_high_b,
    b.qualifier as qualifier_b,
    b.period_start as period_start_b,
    b.period_end as period_end_b,
    b.period_text as period_text_b,
    b.value - a.value as difference,
    (b.value - a.value) / nullif(abs(a.value), 0) as relative_difference,
    greatest(a.load_seq, b.load_seq) as load_seq
from matched
inner join facts as a on matched.metric_id_a = a.metric_id
inner join facts as b on matched.metric_id_b = b.metric_id
-- No ORDER BY: a million-row sort per refresh that no query relies on (order in the query).
