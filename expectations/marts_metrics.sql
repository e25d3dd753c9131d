-- Frame for the marts_metrics suite: marts.metrics joined to the letter text. `surface`
-- must be text[char_start:char_end] (DuckDB's substr is 1-based, hence + 1).
-- <family>_value is value where unit_family is that family, else NULL (which the range
-- expectations skip): one column per family costs GX far less than a row_condition, which
-- filters the whole frame once per expectation (10 s of 20 for the metrics of 100k letters).
select
    m.metric_id,
    m.letter_id,
    m.source_file,
    m.char_start,
    m.char_end,
    m.surface,
    m.value,
    m.value_high,
    case when m.unit_family = 'count' then m.value end as count_value,
    case when m.unit_family = 'currency' then m.value end as currency_value,
    case when m.unit_family = 'percent' then m.value end as percent_value,
    case when m.unit_family = 'ratio' then m.value end as ratio_value,
    case when m.unit_family = 'rank' then m.value end as rank_value,
    case when m.unit_family = 'area' then m.value end as area_value,
    case when m.unit_family = 'length' then m.value end as length_value,
    case when m.unit_family = 'mass' then m.value end as mass_value,
    case when m.unit_family = 'volume' then m.value end as volume_value,
    case when m.unit_family = 'power' then m.value end as power_value,
    case when m.unit_family = 'energy' then m.value end as energy_value,
    case when m.unit_family = 'duration' then m.value end as duration_value,
    case when m.unit_family = 'concentration' then m.value end as concentration_value,
    case when m.unit_family = 'score' then m.value end as score_value,
    case when m.unit_family = 'temperature' then m.value end as temperature_value,
    case when m.unit_family = 'sound' then m.value end as sound_value,
    case when m.unit_family = 'pressure' then m.value end as pressure_value,
    case when m.unit_family = 'data' then m.value end as data_value,
    case when m.unit_family = 'compute' then m.value end as compute_value,
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
