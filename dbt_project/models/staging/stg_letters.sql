-- The letters that go into the marts: decoded, extracted, and not rejected after extraction
-- (superseded versions and texts that are not reply letters keep their raw rows only).
-- load_seq is the refresh that last (re)loaded the letter: the incremental marts key on it.
select
    letters.*,
    extractions.load_seq
from {{ source('raw', 'letters') }} as letters
inner join {{ source('raw', 'extractions') }} as extractions on letters.letter_id = extractions.letter_id
where not exists (
    select 1 from {{ source('ops', 'rejects') }} as rejects where rejects.source_file = letters.source_file
)
