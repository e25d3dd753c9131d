-- Every target with the actuals that later letters report for the same subject, unit and
-- period, and the attainment where both are numbers. A target no later letter reports on
-- has one row with empty actual_* columns. Rules in targets_vs_actuals.yml. Incremental:
-- only the targets new letters can change are paired again (macros/incremental.sql).
{{ config(pre_hook="{{ clear_recomputed('target_metric_id', 'probes') }}") }}
{% set since = cross_letter_since() -%}
-- Targets and actuals straight from int_metric_facts: a CTE of all facts that both read
-- would be materialised whole, even when a refresh needs a few of them.
with targets as (
    select
        *,
        -- The period a target is for: its own, else the horizon year of the commitment that
        -- holds it, else the year of its letter (a reply's plan is for the year ahead).
        coalesce(period_start, make_date(horizon_year, 1, 1), make_date(letter_year, 1, 1)) as target_start,
        coalesce(period_end, make_date(horizon_year, 12, 31), make_date(letter_year, 12, 31)) as target_end
    from {{ ref('int_metric_facts') }}
    where kind = 'target'
    {% if since is not none -%}
        and {{ is_probe_to_recompute(since) }}
    {%- endif %}
),

target_blocks as (
    -- Blocks: a target and an actual must share the place, the unit and a year.
    select
        *,
        list_transform(
            range(year(target_start), year(target_end) + 1),
            lambda y: concat_ws('|', jurisdiction, unit, y)
        ) as blocks
    from targets
    where subject_key is not null and jurisdiction is not null
),

actuals as (
    select
        *,
        list_transform(
            range(year(effective_start), year(effective_end) + 1),
            lambda y: concat_ws('|', jurisdiction, unit, y)
        ) as blocks
    from {{ ref('int_metric_facts') }}
    where kind in ('actual', 'rank')
        and value is not null
        and subject_key is not null
        and jurisdiction is not null
        {% if since is not none -%}
        and (jurisdiction, unit) in ({{ changed_places(since) }})
        {%- endif %}
),

matched as (
    -- Each target against the first report of its indicator in a later letter, when that
    -- report's period (a flow's interval, a stock's as-of date) meets the target's.
    select
        candidates.probe_id as target_metric_id,
        candidates.report_id as actual_metric_id,
        candidates.same_subject_key,
        candidates.subject_similarity
    from {{ nearest_reports('target_blocks', 'actuals', 'after') }} as candidates
    inner join target_blocks as l on candidates.probe_id = l.metric_id
    inner join actuals as r on candidates.report_id = r.metric_id
    where r.effective_start <= l.target_end and r.effective_end >= l.target_start
)

select
    targets.metric_id || '|' || coalesce(actuals.metric_id, '') as pair_id,
    targets.metric_id as target_metric_id,
    targets.letter_id as target_letter_id,
    targets.source_file as target_source_file,
    targets.doc_number as target_doc_number,
    targets.char_start as target_char_start,
    targets.char_end as target_char_end,
    targets.surface as target_surface,
    targets.subject as target_subject,
    targets.subject_key,
    targets.value as target_value,
    targets.value_high as target_value_high,
    targets.unit,
    targets.unit_family,
    targets.qualifier as target_qualifier,
    targets.target_start as target_period_start,
    targets.target_end as target_period_end,
    actuals.metric_id as actual_metric_id,
    actuals.letter_id as actual_letter_id,
    actuals.source_file as actual_source_file,
    actuals.doc_number as actual_doc_number,
    actuals.char_start as actual_char_start,
    actuals.char_end as actual_char_end,
    actuals.surface as actual_surface,
    actuals.subject as actual_subject,
    actuals.value as actual_value,
    actuals.qualifier as actual_qualifier,
    actuals.period_start as actual_period_start,
    actuals.period_end as actual_period_end,
    case when actuals.metric_id is not null then
        case when matched.same_subject_key then 'same_subject_key' else 'similar_subject' end
    end as match_rule,
    matched.subject_similarity,
    actuals.value / nullif(targets.value, 0) as attainment,
    case
        when actuals.value is null or targets.value is null then null
        -- Ranks and caps are met from below; everything else by reaching the target.
        when targets.unit = 'rank' or targets.qualifier = 'at_most' then actuals.value <= targets.value
        else actuals.value >= targets.value
    end as is_attained,
    greatest(targets.load_seq, actuals.load_seq) as load_seq
from targets
left join matched on targets.metric_id = matched.target_metric_id
left join actuals on matched.actual_metric_id = actuals.metric_id
-- No ORDER BY: a million-row sort per refresh that no query relies on (order in the query).
