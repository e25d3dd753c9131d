-- One row per quantitative mention, with its letter's keys: the columns of int_metric_facts
-- that the contract names. A view: that table holds every metric once (incremental on
-- load_seq), and a second copy of its 1.7 million rows of 100k letters cost a build 11 s.
-- References without the catalog, so that the view also works in a renamed copy of the file
-- or one attached under another name.
select
    metric_id,
    letter_id,
    source_file,
    doc_number,
    char_start,
    char_end,
    surface,
    value,
    value_high,
    unit,
    unit_family,
    kind,
    qualifier,
    period_start,
    period_end,
    subject,
    sentence,
    section_path,
    commitment_ordinal,
    suggestion_no,
    period_text,
    load_seq
from {{ ref('int_metric_facts').include(database=False) }}
