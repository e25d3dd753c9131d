-- Frame for the marts_proposals suite: marts.proposals joined to the letter text, so that
-- header spans can be checked against it. Dates come as ISO text, so that their format can
-- be checked; a *_matches_text or *_inside_text column is true when the span is sound (or
-- when there is no such fact).
select
    p.letter_id,
    p.source_file,
    p.doc_number,
    p.doc_year,
    p.title,
    p.body_kind,
    p.proposal_no,
    p.proposer,
    p.proposer_kind,
    p.issuing_agency,
    p.n_commitments,
    strftime(p.signed_date, '%Y-%m-%d') as signed_date,
    strftime(p.printed_date, '%Y-%m-%d') as printed_date,
    year(p.signed_date) as signed_year,
    l.letter_id is not null as letter_in_raw_letters,
    case when p.doc_number is null then true else coalesce(
        p.doc_number_start >= 0 and p.doc_number_start < p.doc_number_end and p.doc_number_end <= l.n_chars,
        false) end as doc_number_inside_text,
    -- (the 文号 is reported as cleaned, 承醫保函〔２０２４〕42號 → 承医保函〔2024〕42号, without spaces:
    -- its span holds the same digits)
    case when p.doc_number is null then true else coalesce(
        regexp_replace(translate(substr(l.text, p.doc_number_start + 1, p.doc_number_end - p.doc_number_start),
                                 '０１２３４５６７８９', '0123456789'), '[^0-9]', '', 'g')
        = regexp_replace(p.doc_number, '[^0-9]', '', 'g'),
        false) end as doc_number_matches_text,
    case when p.title_start is null then true else coalesce(
        p.title_start >= 0 and p.title_start < p.title_end and p.title_end <= l.n_chars, false
    ) end as title_inside_text,
    case when p.signed_date_start is null then true else coalesce(
        p.signed_date_start >= 0 and p.signed_date_start < p.signed_date_end and p.signed_date_end <= l.n_chars, false
    ) end as signed_date_inside_text
from marts.proposals as p
left join raw.letters as l on l.letter_id = p.letter_id
