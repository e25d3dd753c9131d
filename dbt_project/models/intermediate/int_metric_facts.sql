-- Every metric with what comparing metrics across letters needs: its letter's keys and
-- date (their order is letter_position()), a normalised subject (subject_key), and how its
-- period reads (a flow over an interval, or a stock as of a date). See the YAML for the rules.
-- The one table of metrics: marts.metrics is a view of its columns, so a build writes the
-- 1.7 million rows of 100k letters once, not twice.
-- Incremental on load_seq (macros/incremental.sql): nothing here depends on other letters.
-- depends_on: {{ ref('stg_letters') }}
with metrics as (
    select * from {{ ref('stg_metrics') }} as stg_metrics
    where {{ newly_loaded('stg_metrics') }}
),

letters as (
    select
        letter_id,
        source_file,
        doc_number,
        issuer_code,
        doc_serial,
        letter_year,
        coalesce(signed_date, printed_date) as letter_date,
        issuing_agency,
        -- The place the letter speaks for: its agency's name up to the first administrative
        -- unit (温州市科学技术局 → 温州市), else the whole name. (Not a bare 州: 温州, 杭州.)
        coalesce(
            nullif(regexp_extract(issuing_agency, '^(.+?(自治区|自治州|特别行政区|省|市|盟|县|区|旗))', 1), ''),
            issuing_agency
        ) as jurisdiction
    from {{ ref('proposals') }}
    where letter_id in (select letter_id from metrics)
),

commitments as (
    select letter_id, char_start, char_end, horizon_year from {{ ref('stg_commitments') }}
    where letter_id in (select letter_id from metrics)
),

rules as (
    select
        coalesce(
            list(term || chr(9) || coalesce(replacement, '') order by length(term) desc, term)
                filter (where rule = 'replace'),
            []::varchar[]
        ) as replacements,
        '^(' || string_agg(regexp_escape(term), '|' order by length(term) desc, term)
            filter (where rule = 'strip_prefix') || ')+' as prefix_pattern
    from {{ ref('subject_normalisation') }}
),

-- The subject normalisation, once per distinct subject (subjects repeat across letters).
subjects as (
    select
        cleaned.subject,
        list_reduce(
            rules.replacements,
            lambda acc, rule: replace(acc, split_part(rule, chr(9), 1), split_part(rule, chr(9), 2)),
            coalesce(nullif(regexp_replace(cleaned.subject_clean, rules.prefix_pattern, ''), ''), cleaned.subject_clean)
        ) as subject_key
    from (
        select
            subject,
            nullif(regexp_replace(subject, '[\s“”"‘’''《》〈〉「」『』【】、·•（）()]', '', 'g'), '') as subject_clean
        from (select distinct subject from metrics where subject is not null)
    ) as cleaned
    cross join rules
),

keyed as (
    select metrics.*, subjects.subject_key
    from metrics
    left join subjects on metrics.subject = subjects.subject
),

horizons as (
    -- The horizon year of the commitment that holds a metric, if any.
    select keyed.metric_id, max(commitments.horizon_year) as horizon_year
    from keyed
    inner join commitments
        on commitments.letter_id = keyed.letter_id
        and keyed.char_start >= commitments.char_start
        and keyed.char_end <= commitments.char_end
    group by keyed.metric_id
)

select
    keyed.metric_id,
    keyed.letter_id,
    keyed.load_seq,
    letters.source_file,
    letters.doc_number,
    letters.issuer_code,
    letters.doc_serial,
    letters.letter_year,
    letters.letter_date,
    letters.issuing_agency,
    letters.jurisdiction,
    keyed.char_start,
    keyed.char_end,
    keyed.surface,
    keyed.value,
    keyed.value_high,
    keyed.unit,
    keyed.unit_family,
    keyed.kind,
    keyed.qualifier,
    keyed.period_start,
    keyed.period_end,
    keyed.period_text,
    keyed.subject,
    keyed.sentence,
    keyed.section_path,
    keyed.commitment_ordinal,
    keyed.suggestion_no,
    keyed.subject_key,
    case when keyed.period_start is not null then 'flow' else 'stock' end as period_type,
    -- A flow covers [period_start, period_end] (open end: to the end of the letter's year).
    -- A stock is as of period_end (截至4月末), else as of the letter (its date, else its year).
    case
        when keyed.period_start is not null then keyed.period_start
        else coalesce(keyed.period_end, letters.letter_date, make_date(letters.letter_year, 12, 31))
    end as effective_start,
    case
        when keyed.period_start is not null
            then coalesce(keyed.period_end, make_date(letters.letter_year, 12, 31))
        else coalesce(keyed.period_end, letters.letter_date, make_date(letters.letter_year, 12, 31))
    end as effective_end,
    case when keyed.period_start is null
        then coalesce(year(keyed.period_end), year(letters.letter_date), letters.letter_year)
    end as as_of_year,
    horizons.horizon_year
from keyed
left join letters on keyed.letter_id = letters.letter_id
left join horizons on keyed.metric_id = horizons.metric_id
