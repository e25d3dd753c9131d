{#- Which rows the generic data tests (unique, not_null, accepted_values, relationships)
    read. dbt wraps the tested model in get_where_subquery; this project's version adds one
    condition to the test's own `where`: in a refresh (DBT_SINCE_LOAD_SEQ set, see
    macros/incremental.sql), a model with a load_seq column is tested on the rows with a
    load_seq above it, the rows this build wrote. So a refresh that adds one letter tests
    one letter's rows (and the cross-letter rows that involve it); keys built from letter_id
    (metric_id, commitment_id…) cannot collide across letters. Models without load_seq
    (proposers, agencies, seeds), full refreshes and every plain `dbt build` or `dbt test`
    test every row. -#}
{% macro get_where_subquery(relation) -%}
{%- set conditions = [config.get('where', ''), new_rows_condition(relation)] | select | list -%}
{%- if conditions -%}
{%- set filtered -%}
(select * from {{ relation }} where {{ conditions | join(' and ') }}) dbt_subquery
{%- endset -%}
{{ return(filtered) }}
{%- else -%}
{{ return(relation) }}
{%- endif -%}
{%- endmacro %}


{% macro new_rows_condition(relation) -%}
{%- set since = since_load_seq() -%}
{%- if since is none -%}
{{ return('') }}
{%- endif -%}
{#- The model's documented columns (every model documents load_seq where it has one):
    asking the database would cost a query per test. -#}
{%- for node in graph.nodes.values()
    if node.resource_type == 'model' and node.alias == relation.identifier and node.schema == relation.schema
    and 'load_seq' in node.columns -%}
{{ return('load_seq > ' ~ since) }}
{%- endfor -%}
{{ return('') }}
{%- endmacro %}


{#- The model's columns that must not be NULL, checked in one scan of the model: one
    failing row per column that has NULLs, with how many. One test per model rather than
    dbt's not_null per column: a refresh pays dbt's per-test overhead (and Dagster's three
    events per asset check) once per model, not once per column. -#}
{% test not_null_columns(model, columns) %}
with null_rows as (
    select
    {%- for column in columns %}
        count(*) filter (where {{ adapter.quote(column) }} is null) as {{ adapter.quote(column) }}{{ "," if not loop.last }}
    {%- endfor %}
    from {{ model }}
)
{%- for column in columns %}
select '{{ column }}' as column_name, {{ adapter.quote(column) }} as null_rows from null_rows where {{ adapter.quote(column) }} > 0
{{ "union all" if not loop.last }}
{%- endfor %}
{% endtest %}
