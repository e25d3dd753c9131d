-- Every target with the actuals that later letters report for the same subject, unit and
-- period, and the attainment where both are numbers. A target no later letter reports on
-- has one row with empty actual_* columns. Rules in targets_vs_actuals.yml. A view:
-- int_target_actual_pairs holds the pairs (recomputed in part by each refresh) and the
-- columns of both sides come from int_metric_facts as it is read (under a second for a
-- million pairs), instead of being written again by every build. References without the
-- catalog, so that the view also works in a renamed copy of the file or one attached under
-- another name.
{%- set facts = ref('int_metric_facts').include(database=False) %}
select
    matched.target_metric_id || '|' || coalesce(matched.actual_metric_id, '') as pair_id,
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
    matched.target_period_start,
    matched.target_period_end,
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
    matched.load_seq
from {{ ref('int_target_actual_pairs').include(database=False) }} as matched
inner join {{ facts }} as targets on matched.target_metric_id = targets.metric_id
left join {{ facts }} as actuals on matched.actual_metric_id = actuals.metric_id
