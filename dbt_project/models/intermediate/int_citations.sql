-- Every citation of another document in a letter's text: titles in 《》 and document
-- numbers (文号) such as 温政办〔2023〕15号, with where they are (span, section, commitment,
-- sentence). Rules in marts/policy_references.yml, which adds the counts across letters
-- (int_reference_counts).
-- Incremental on load_seq (macros/incremental.sql): only newly loaded letters are read.
with letters as (
    select stg_letters.letter_id, stg_letters.text, stg_letters.load_seq
    from {{ ref('stg_letters') }} as stg_letters
    inner join {{ ref('proposals') }} as proposals on stg_letters.letter_id = proposals.letter_id
    where {{ newly_loaded('stg_letters') }}
),

proposals as (
    select letter_id, source_file, doc_number, proposal_title from {{ ref('proposals') }}
    where letter_id in (select letter_id from letters)
),

title_matches as (
    {{ regexp_spans('letters', 'text', '《[^《》\n]{1,200}》') }}
),

number_matches as (
    {{ regexp_spans('letters', 'text', '\p{Han}{2,10}[〔［\[（(【]\d{4}[〕］\]）)】]第?\d+号') }}
),

titles as (
    select
        letter_id,
        'title' as reference_kind,
        substr(match, 2, length(match) - 2) as reference,
        char_start,
        char_end
    from title_matches
),

numbers as (
    -- The Han characters before the bracket are the issuer's code, but the pattern takes up to
    -- ten of them: drop everything up to the last word that introduces a citation.
    select
        letter_id,
        'doc_number' as reference_kind,
        trimmed as reference,
        char_end - length(trimmed) as char_start,
        char_end
    from (
        select
            *,
            regexp_replace(match, '^.*(根据|按照|依据|印发|出台|转发|详见|参照|落实|执行|贯彻|对照|的|了|和|及|与)', '') as trimmed
        from number_matches
    )
),

citations as (
    select * from titles
    union all
    select * from numbers
),

keyed as (
    select
        citations.*,
        case
            when citations.reference_kind = 'title'
                then regexp_replace(citations.reference, '[\s“”"‘’''「」『』]', '', 'g')
            else translate(citations.reference, '［[（(【］]）)】', '〔〔〔〔〔〕〕〕〕〕')
        end as reference_key
    from citations
),

sections as (
    select keyed.letter_id, keyed.char_start, arg_max(sections.path, sections.level) as section_path,
        max(sections.suggestion_no) as suggestion_no
    from keyed
    inner join (
        select * from {{ ref('stg_sections') }} where letter_id in (select letter_id from letters)
    ) as sections
        on sections.letter_id = keyed.letter_id
        and keyed.char_start >= sections.char_start
        and keyed.char_end <= sections.char_end
    group by keyed.letter_id, keyed.char_start
),

commitments as (
    select keyed.letter_id, keyed.char_start, min(commitments.commitment_id) as commitment_id
    from keyed
    inner join (
        select * from {{ ref('stg_commitments') }} where letter_id in (select letter_id from letters)
    ) as commitments
        on commitments.letter_id = keyed.letter_id
        and keyed.char_start >= commitments.char_start
        and keyed.char_end <= commitments.char_end
    group by keyed.letter_id, keyed.char_start
),

located as (
    select
        keyed.*,
        proposals.source_file,
        proposals.doc_number,
        substr(letters.text, keyed.char_start + 1, keyed.char_end - keyed.char_start) as surface,
        -- The sentence: back to the previous 。！？； or line break, on to the next one.
        regexp_extract(substr(letters.text, 1, keyed.char_start), '[^。！？；\n]*$')
            || substr(letters.text, keyed.char_start + 1, keyed.char_end - keyed.char_start)
            || regexp_extract(substr(letters.text, keyed.char_end + 1), '^[^。！？；\n]*[。！？；]?') as sentence,
        substr(letters.text, keyed.char_end + 1, 1) in ('（', '(') as followed_by_bracket,
        letters.load_seq,
        keyed.reference_kind = 'title'
            and keyed.reference_key = regexp_replace(coalesce(proposals.proposal_title, ''), '[\s“”"‘’''「」『』]', '', 'g')
            as is_proposal_title
    from keyed
    inner join letters on keyed.letter_id = letters.letter_id
    inner join proposals on keyed.letter_id = proposals.letter_id
    -- The letter's own 文号 is not a citation.
    where not (keyed.reference_kind = 'doc_number' and keyed.reference_key is not distinct from
        translate(proposals.doc_number, '［[（(【］]）)】', '〔〔〔〔〔〕〕〕〕〕'))
)

select
    located.letter_id || ':' || located.char_start as citation_id,
    located.letter_id,
    located.source_file,
    located.doc_number,
    located.reference_kind,
    located.reference,
    located.reference_key,
    located.surface,
    located.char_start,
    located.char_end,
    located.is_proposal_title,
    -- A title directly followed by its 文号 in brackets: 《…》（温政办〔2023〕15号）.
    case when located.reference_kind = 'title' and located.followed_by_bracket
        then cited_numbers.reference end as cited_doc_number,
    sections.section_path,
    sections.suggestion_no,
    commitments.commitment_id,
    located.sentence,
    located.load_seq,
    -- Within the letter, so that a build of new letters counts it.
    count(*) over (partition by located.letter_id, located.reference_kind, located.reference_key)::integer
        as n_citations_in_letter
from located
left join sections on located.letter_id = sections.letter_id and located.char_start = sections.char_start
left join commitments on located.letter_id = commitments.letter_id and located.char_start = commitments.char_start
-- Equality conditions only, so that this is a hash join (conditions on one side alone
-- made DuckDB compare every citation with every other one).
left join (
    select letter_id, char_start, reference from located where reference_kind = 'doc_number'
) as cited_numbers
    on cited_numbers.letter_id = located.letter_id
    and cited_numbers.char_start = located.char_end + 1
