{#- The marts keyed by letter are incremental on load_seq (orchestration/incremental.py): a
    build takes the letters loaded since the mart's last build, replaces their rows
    (delete+insert on letter_id) and deletes the rows of letters no longer loaded. A full
    build (`dbt build --full-refresh`, which the Dagster asset runs by itself when the dbt
    project changed) rebuilds them from scratch. dbt_project.yml gives these models their
    incremental config (the `by_letter` anchor: delete+insert on letter_id, pre-hook
    delete_unloaded_letters()); each filters its letters with newly_loaded().
-#}

{#- The condition on load_seq (of `relation_alias`) that keeps only newly loaded letters. -#}
{% macro newly_loaded(relation_alias) -%}
{%- if is_incremental() -%}
{{ relation_alias }}.load_seq > (select coalesce(max(load_seq), 0) from {{ this }})
{%- else -%}
true
{%- endif -%}
{%- endmacro %}


{% macro delete_unloaded_letters() -%}
{%- if is_incremental() -%}
delete from {{ this }} where letter_id not in (select letter_id from {{ ref('stg_letters') }})
{%- else -%}
select 1
{%- endif -%}
{%- endmacro %}
