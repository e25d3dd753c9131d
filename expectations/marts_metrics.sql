-- Frame for the marts_metrics suite: marts.metrics joined to the letter text. `surface`
-- must be text[char_start:char_end] (DuckDB's substr is 1-based, hence + 1).
select
    m.metric_id,
    m.letter_id,
    m.source_file,
    m.char_start,
    m.char_end,
    m.surface,
    m.value,
    m.value_high,
    m.unit,
    m.unit_family,
    m.kind,
    m.qualifier,
    strftime(m.period_start, '%Y-%m-%d') as period_start,
    strftime(m.period_end, '%Y-%m-%d') as period_end,
    coalesce(m.period_start <= m.period_end, true) as period_ordered,
    coalesce(m.value_high >= m.value, true) as range_ordered,
    l.letter_id is not null as letter_in_raw_letters,
    coalesce(m.char_start >= 0 and m.char_start < m.char_end and m.char_end <= l.n_chars, false) as span_inside_text,
    coalesce(substr(l.text, m.char_start + 1, m.char_end - m.char_start) = m.surface, false) as surface_matches_text
from marts.metrics as m
left join raw.letters as l on l.letter_id = m.letter_id
order by m.source_file, m.char_start
