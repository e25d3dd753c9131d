-- The pairs of marts.targets_vs_actuals: every target with the actuals that later letters
-- report for the same subject, unit and period; a target no later letter reports on has one
-- row with an empty actual_metric_id. Rules in marts/targets_vs_actuals.yml. Only the ids and
-- the target's period: the mart, a view, joins the columns of both sides from
-- int_metric_facts when it is read, so a build does not write a million wide rows.
-- Incremental: only the targets new letters can change are paired again
-- (macros/incremental.sql).
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
    where {{ is_comparable_report(since) }}
),

matched as (
    -- Each target against the first report of its indicator in a later letter, when that
    -- report's period (a flow's interval, a stock's as-of date) meets the target's.
    select
        candidates.probe_id as target_metric_id,
        candidates.report_id as actual_metric_id,
        candidates.same_subject_key,
        candidates.subject_similarity,
        r.load_seq
    from {{ nearest_reports('target_blocks', 'actuals', 'after') }} as candidates
    inner join target_blocks as l on candidates.probe_id = l.metric_id
    inner join actuals as r on candidates.report_id = r.metric_id
    where r.effective_start <= l.target_end and r.effective_end >= l.target_start
)

select
    targets.metric_id as target_metric_id,
    matched.actual_metric_id,
    matched.same_subject_key,
    matched.subject_similarity,
    targets.target_start as target_period_start,
    targets.target_end as target_period_end,
    greatest(targets.load_seq, matched.load_seq) as load_seq
from targets
left join matched on targets.metric_id = matched.target_metric_id
