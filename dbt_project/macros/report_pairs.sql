{#- Cross-letter pairs without comparing every report with every other one.

    `reports` is a relation (CTE name) with columns metric_id, the letter's keys that
    letter_position() orders by, char_start, subject_key and blocks (varchar[]: the keys a pair must share, e.g.
    jurisdiction|unit|year); `probes` the same for the metrics that look for a partner.
    For each probe, each block it is in and each subject_key that names the same indicator
    (equal, or similar through subject_pairs over the distinct keys of the block), the one
    report of that key in that block that is nearest in letter order on the `direction`
    side: 'before' the latest report of an earlier letter, 'after' the first report of a
    later letter (of a letter with several, the last, resp. first, in the text).

    So each metric is compared with the report just before (or after) it, never with the
    whole history of its indicator: the cost grows with the number of metrics, not with
    its square. Columns: probe_id, report_id, same_subject_key, subject_similarity. -#}
{% macro nearest_reports(probes, reports, direction) -%}
{%- set ordered -%}{'letter': {{ letter_position() }}, 'at': coalesce(char_start, 0)::bigint}{%- endset -%}
(
    with probe_blocks as (
        select metric_id, {{ letter_position() }} as letter_position, subject_key, unnest(blocks) as block
        from {{ probes }}
    ),

    report_blocks as (
        select metric_id, {{ ordered }} as position, subject_key, unnest(blocks) as block from {{ reports }}
    ),

    subject_bigrams as (
        -- Bigrams once per distinct subject_key, not once per metric.
        select subject_key, {{ bigram_list('subject_key', distinct=true) }} as subject_bigrams
        from (select subject_key from {{ probes }} union select subject_key from {{ reports }})
    ),

    probe_keys as (
        select distinct block || '#' || subject_key as metric_id, block, subject_key, [block] as blocks
        from probe_blocks
    ),

    report_keys as (
        select distinct block || '#' || subject_key as metric_id, block, subject_key, [block] as blocks
        from report_blocks
    ),

    left_keys as (
        select probe_keys.*, subject_bigrams.subject_bigrams
        from probe_keys inner join subject_bigrams on probe_keys.subject_key = subject_bigrams.subject_key
    ),

    right_keys as (
        select report_keys.*, subject_bigrams.subject_bigrams
        from report_keys inner join subject_bigrams on report_keys.subject_key = subject_bigrams.subject_key
    ),

    key_pairs as (
        select
            l.block,
            l.subject_key as probe_key,
            r.subject_key as report_key,
            pairs.same_subject_key,
            pairs.subject_similarity
        from {{ subject_pairs('left_keys', 'right_keys') }} as pairs
        inner join left_keys as l on pairs.left_id = l.metric_id
        inner join right_keys as r on pairs.right_id = r.metric_id
    ),

    looking as (
        select
            probe_blocks.metric_id as probe_id,
            probe_blocks.block,
            key_pairs.report_key,
            key_pairs.same_subject_key,
            key_pairs.subject_similarity,
            -- Before every report of the probe's letter, resp. after every one of them.
            {'letter': probe_blocks.letter_position, 'at': {{ -1 if direction == 'before' else 9223372036854775807 }}::bigint} as bound
        from probe_blocks
        inner join key_pairs
            on probe_blocks.block = key_pairs.block and probe_blocks.subject_key = key_pairs.probe_key
    )

    select distinct
        looking.probe_id,
        report_blocks.metric_id as report_id,
        looking.same_subject_key,
        looking.subject_similarity
    from looking
    asof inner join report_blocks
        on looking.block = report_blocks.block
        and looking.report_key = report_blocks.subject_key
        and {% if direction == 'before' %}looking.bound > report_blocks.position{% else %}looking.bound <= report_blocks.position{% endif %}
)
{%- endmacro %}


{#- A letter's place in reading order, as one comparable value: letter_year, then 文号 serial,
    then letter_date, then source_file, missing values last (DuckDB orders a struct field by
    field, NULL after any value). -#}
{% macro letter_position() -%}
{'year': letter_year, 'serial': doc_serial, 'date': letter_date, 'file': source_file}
{%- endmacro %}


{#- The metrics that count as reports of a state across letters (the `reports` of
    nearest_reports in both cross-letter pair models): actuals and ranks with a value, a
    subject_key and a known place; in a refresh (`since`, see macros/incremental.sql) only
    those of the places new letters report on. A condition on a row of int_metric_facts. -#}
{% macro is_comparable_report(since) -%}
kind in ('actual', 'rank')
        and value is not null
        and subject_key is not null
        and jurisdiction is not null
        {% if since is not none -%}
        -- Only the places new letters report on change (macros/incremental.sql).
        and (jurisdiction, unit) in ({{ changed_places(since) }})
        {%- endif %}
{%- endmacro %}
