-- Frame for the marts_commitments suite: marts.commitments joined to the letter text. A
-- commitment's body is the text of its span, exactly.
select
    c.commitment_id,
    c.letter_id,
    c.source_file,
    c.suggestion_no,
    c.ordinal,
    c.heading,
    c.char_start,
    c.char_end,
    c.horizon_year,
    c.n_targets,
    l.letter_id is not null as letter_in_raw_letters,
    coalesce(c.char_start >= 0 and c.char_start < c.char_end and c.char_end <= l.n_chars, false) as span_inside_text,
    coalesce(substr(l.text, c.char_start + 1, c.char_end - c.char_start) = c.body, false) as body_matches_text
from marts.commitments as c
left join raw.letters as l on l.letter_id = c.letter_id
