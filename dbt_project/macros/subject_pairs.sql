{#- Pairs of metrics that name the same indicator, without comparing every metric with
    every other one.

    `left` and `right` are relations (CTE names) with columns metric_id, subject_key,
    subject_bigrams (the distinct character bigrams of subject_key) and blocks (varchar[]:
    the keys a pair must share, e.g. jurisdiction|unit|kind|year). A pair qualifies when it
    shares a block, satisfies `condition` (SQL over aliases l and r) and has equal
    subject_keys or a bigram Jaccard similarity of at least var subject_similarity_threshold.

    Candidates come from equal subject_keys within a block, and from prefix filtering: with
    the bigrams of each subject ordered rarest first, two sets with Jaccard >= t must share
    one of the first n - ceil(t * n) + 1 bigrams of each (n = the set's size), so only pairs
    sharing such a bigram within a block are scored. Columns: left_id, right_id,
    same_subject_key, subject_similarity. -#}
{% macro subject_pairs(left, right, condition='true') -%}
{%- set threshold = var('subject_similarity_threshold') -%}
(
    with left_blocks as (
        select metric_id, subject_key, subject_bigrams, unnest(blocks) as block from {{ left }}
    ),

    right_blocks as (
        select metric_id, subject_key, subject_bigrams, unnest(blocks) as block from {{ right }}
    ),

    token_frequency as (
        select token, count(*) as frequency
        from (
            select unnest(subject_bigrams) as token from {{ left }}
            union all
            select unnest(subject_bigrams) as token from {{ right }}
        )
        group by token
    ),

    left_prefix as (
        select metric_id, block, token
        from (
            select
                tokens.metric_id, tokens.block, tokens.token, tokens.n_tokens,
                row_number() over (
                    partition by tokens.metric_id, tokens.block order by token_frequency.frequency, tokens.token
                ) as token_rank
            from (
                select metric_id, block, unnest(subject_bigrams) as token, len(subject_bigrams) as n_tokens
                from left_blocks
            ) as tokens
            inner join token_frequency on tokens.token = token_frequency.token
        )
        where token_rank <= n_tokens - ceil({{ threshold }} * n_tokens) + 1
    ),

    right_prefix as (
        select metric_id, block, token
        from (
            select
                tokens.metric_id, tokens.block, tokens.token, tokens.n_tokens,
                row_number() over (
                    partition by tokens.metric_id, tokens.block order by token_frequency.frequency, tokens.token
                ) as token_rank
            from (
                select metric_id, block, unnest(subject_bigrams) as token, len(subject_bigrams) as n_tokens
                from right_blocks
            ) as tokens
            inner join token_frequency on tokens.token = token_frequency.token
        )
        where token_rank <= n_tokens - ceil({{ threshold }} * n_tokens) + 1
    ),

    candidates as (
        select left_blocks.metric_id as left_id, right_blocks.metric_id as right_id
        from left_blocks
        inner join right_blocks
            on left_blocks.block = right_blocks.block
            and left_blocks.subject_key = right_blocks.subject_key
        union
        select left_prefix.metric_id as left_id, right_prefix.metric_id as right_id
        from left_prefix
        inner join right_prefix
            on left_prefix.block = right_prefix.block
            and left_prefix.token = right_prefix.token
    ),

    scored as (
        select
            candidates.left_id,
            candidates.right_id,
            l.subject_key = r.subject_key as same_subject_key,
            {{ set_jaccard('l.subject_bigrams', 'r.subject_bigrams') }} as subject_similarity
        from candidates
        inner join {{ left }} as l on candidates.left_id = l.metric_id
        inner join {{ right }} as r on candidates.right_id = r.metric_id
        where {{ condition }}
    )

    select * from scored
    where same_subject_key or subject_similarity >= {{ threshold }}
)
{%- endmacro %}
