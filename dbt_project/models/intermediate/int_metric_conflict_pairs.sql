-- The pairs of marts.metric_conflicts: the same indicator reported with different values by
-- two letters for overlapping periods, one row per report (metric_id_b) and the latest
-- earlier report it differs from (metric_id_a). Rules in marts/metric_conflicts.yml.
-- Only the ids: the mart, a view, joins the columns of both sides from int_metric_facts
-- when it is read, so a build does not write a million wide rows. Incremental: only the
-- reports new letters can change are paired again (macros/incremental.sql).
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
    where {{ is_comparable_report(since) }}
),

probes as (
    -- The reports whose pairs are (re)computed: all of them, or in a refresh those new
    -- letters can change (macros/incremental.sql).
    select * from facts
    {% if since is not none -%}
    where {{ is_probe_to_recompute(since) }}
    {%- endif %}
),

matched as (
    -- Each report against the latest report of the same indicator in an earlier letter.
    select
        candidates.report_id as metric_id_a,
        candidates.probe_id as metric_id_b,
        candidates.same_subject_key,
        candidates.subject_similarity,
        greatest(a.load_seq, b.load_seq) as load_seq
    from {{ nearest_reports('probes', 'facts', 'before') }} as candidates
    inner join facts as a on candidates.report_id = a.metric_id
    inner join probes as b on candidates.probe_id = b.metric_id
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

select metric_id_a, metric_id_b, same_subject_key, subject_similarity, load_seq from matched
