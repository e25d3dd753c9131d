-- The metrics of the letters in stg_letters, with their letter's load_seq.
select
    facts.*,
    letters.load_seq
from {{ source('raw', 'metrics') }} as facts
inner join {{ ref('stg_letters') }} as letters on facts.letter_id = letters.letter_id
