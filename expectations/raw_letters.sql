-- Frame for the raw_letters suite: one row per decoded letter in raw.letters. The text
-- itself stays in DuckDB; only what the expectations need of it comes along.
select
    letter_id,
    source_file,
    sha256,
    size_bytes,
    encoding,
    n_chars,
    length(text) as text_length,
    n_chars = length(text) as n_chars_matches_text,
    letter_id = 'L' || left(sha256, 16) as letter_id_from_sha256
from raw.letters
