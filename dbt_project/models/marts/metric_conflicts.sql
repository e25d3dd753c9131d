-- The same indicator reported with different values by two letters for overlapping periods.
-- One row per report and the latest earlier report it differs from; side a is the earlier
-- letter. Rules in metric_conflicts.yml. A view: int_metric_conflict_pairs holds the pairs
-- (recomputed in part by each refresh) and the columns of both sides come from
-- int_metric_facts as it is read (under a second for a million pairs), instead of being
-- written again by every build. References without the catalog, so that the view also
-- works in a renamed copy of the file or one attached under another name.
{%- set facts = ref('int_metric_facts').include(database=False) %}
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
    matched.load_seq
from {{ ref('int_metric_conflict_pairs').include(database=False) }} as matched
inner join {{ facts }} as a on matched.metric_id_a = a.metric_id
inner join {{ facts }} as b on matched.metric_id_b = b.metric_id
