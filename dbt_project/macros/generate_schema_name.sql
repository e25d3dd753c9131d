{#- Use a model's custom schema verbatim (`marts`, not `main_marts`): the schema names
    are part of the warehouse contract. Models without one go to the target schema. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ (custom_schema_name or target.schema) | trim }}
{%- endmacro %}
