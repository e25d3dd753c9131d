{#- The marts keyed by letter are incremental on load_seq (orchestration/incremental.py): a
    build takes the letters loaded since the mart's last build, replaces their rows
    (delete+insert on letter_id) and deletes the rows of letters no longer loaded. A full
    build (`dbt build --full-refresh`, which the Dagster asset runs by itself when the dbt
    project changed) rebuilds them from scratch. dbt_project.yml gives these models their
    incremental config (the `by_letter` anchor: delete+insert on letter_id, pre-hook
    delete_unloaded_letters()); each filters its letters with newly_loaded().
-#}

{#- The condition on load_seq (of `relation_alias`) that keeps only newly loaded letters.
    The mart's highest load_seq is read when the model runs and written in as a number: a
    comparison with a subquery is not pushed into the scans, so it read every letter (and
    its text) through the staging joins before filtering (100k letters: about 1 s a model,
    0.1 s with the number). -#}
{% macro newly_loaded(relation_alias) -%}
{%- if is_incremental() -%}
{%- set high = run_query('select coalesce(max(load_seq), 0) from ' ~ this).columns[0].values()[0] if execute else 0 -%}
{{ relation_alias }}.load_seq > {{ high | int }}
{%- else -%}
true
{%- endif -%}
{%- endmacro %}


{% macro delete_unloaded_letters() -%}
{#- Not needed when every letter of the last complete build is still loaded (see
    cross_letter_since below): then the only change is letters added. -#}
{%- if is_incremental() and cross_letter_since() is none -%}
delete from {{ this }} where letter_id not in (select letter_id from {{ ref('stg_letters') }})
{%- else -%}
select 1
{%- endif -%}
{%- endmacro %}


{#- The cross-letter marts (metric_conflicts, targets_vs_actuals) pair each metric (a probe)
    with the nearest report of the same indicator in other letters, always of the same
    jurisdiction and unit. New letters change the pairs of their own metrics and, at most,
    of the metrics of the same jurisdiction, unit and a like subject in other letters: only
    those probes are recomputed, their old rows deleted first (pre-hook clear_recomputed),
    against the reports of the places new letters report on. int_reference_counts (the
    count of policy_references) does the same for the documents new letters cite.

    That takes knowing which letters are new since these marts were last built in full, and
    that none has left since. The Dagster asset knows (ops.dbt_builds records the highest
    load_seq and the number of letters of every complete build; orchestration/defs/assets/
    dbt_models.py) and says so in env var DBT_SINCE_LOAD_SEQ: the letters above that load
    are the new ones and no other letter changed. Without it (a plain `dbt build`, a full
    refresh, letters removed, a build of only some models before) everything is recomputed:
    slower, never wrong. An env var read when the model runs, not a var: a var that changes
    every run would make dbt parse the whole project again. -#}
{% macro since_load_seq() -%}
{%- set since = env_var('DBT_SINCE_LOAD_SEQ', '') if execute else '' -%}
{{ return(since | int if since else none) }}
{%- endmacro %}


{% macro cross_letter_since() -%}
{{ return(since_load_seq() if is_incremental() else none) }}
{%- endmacro %}


{#- The (jurisdiction, unit) of the new letters' metrics: every pair a new metric can take
    part in is within one of them, so only metrics in these are paired again, against
    reports in these. -#}
{% macro changed_places(since) -%}
select distinct jurisdiction, unit from {{ ref('int_metric_facts') }}
where load_seq > {{ since }} and jurisdiction is not null
{%- endmacro %}


{#- The (jurisdiction, unit, subject_key) whose pairs new letters can change: a metric
    pairs only with reports of its place and unit whose subject names the same indicator
    (equal, or bigram Jaccard similarity at least var subject_similarity_threshold, as in
    subject_pairs), so a new report reopens only the subjects of its place that are like its
    own. Compared as distinct keys, a few new ones against those of their places: cheap. -#}
{% macro changed_subjects(since) -%}
{%- set threshold = var('subject_similarity_threshold') -%}
select distinct place.jurisdiction, place.unit, place.subject_key
from (
    select distinct jurisdiction, unit, subject_key, {{ bigram_list('subject_key', distinct=true) }} as bigrams
    from {{ ref('int_metric_facts') }}
    where load_seq > {{ since }} and jurisdiction is not null and subject_key is not null
) as new
inner join (
    select jurisdiction, unit, subject_key, {{ bigram_list('subject_key', distinct=true) }} as bigrams
    from (
        select distinct jurisdiction, unit, subject_key from {{ ref('int_metric_facts') }}
        where (jurisdiction, unit) in ({{ changed_places(since) }}) and subject_key is not null
    )
) as place
    on new.jurisdiction = place.jurisdiction and new.unit = place.unit
where new.subject_key = place.subject_key or {{ set_jaccard('new.bigrams', 'place.bigrams') }} >= {{ threshold }}
{%- endmacro %}


{#- The metric_ids whose pairs a build recomputes: those of new letters and the metrics of
    the changed subjects (see above). -#}
{% macro probes_to_recompute(since) -%}
select metric_id from {{ ref('int_metric_facts') }} where {{ is_probe_to_recompute(since) }}
{%- endmacro %}


{#- The same, as a condition on a row of int_metric_facts. -#}
{% macro is_probe_to_recompute(since) -%}
(load_seq > {{ since }} or (jurisdiction, unit, subject_key) in ({{ changed_subjects(since) }}))
{%- endmacro %}


{#- The (reference_kind, reference_key) of the documents new letters cite: their counts
    across letters change (int_reference_counts). -#}
{% macro references_to_recompute(since) -%}
select distinct reference_kind, reference_key from {{ ref('int_citations') }} where load_seq > {{ since }}
{%- endmacro %}


{#- Pre-hook of the marts recomputed in part: delete the rows about to be recomputed, those
    whose `key` (a column, or a tuple of columns) is among the `scope` ('probes' or
    'references') of the new letters; all rows when not only new letters are recomputed;
    nothing on a full refresh, which creates the table anew. -#}
{% macro clear_recomputed(key, scope) -%}
{%- set since = cross_letter_since() -%}
{%- if since is not none -%}
{{ log(this.identifier ~ ": recomputing what the letters loaded after load " ~ since ~ " change", info=True) }}
delete from {{ this }} where {{ key }} in (
    {{ probes_to_recompute(since) if scope == 'probes' else references_to_recompute(since) }}
)
{%- elif is_incremental() -%}
delete from {{ this }}
{%- else -%}
select 1
{%- endif -%}
{%- endmacro %}
