"""What /work/shared/CONTRACT.md promises, as data the tests compare against."""
from orchestration.extraction import schema

# Columns promised per mart (extra columns are allowed).
CONTRACT_COLUMNS = {
    "proposals": [
        "letter_id", "source_file", "doc_number", "issuer_code", "doc_year", "doc_serial", "title",
        "body_kind", "session", "committee_term", "session_no", "proposal_no", "proposal_title",
        "proposer", "proposer_kind", "issuing_agency", "signed_date", "contact_name", "contact_phone",
        "cc", "printed_by", "printed_date", "n_suggestions", "n_commitments", "n_metrics", "n_targets",
    ],
    "commitments": [
        "letter_id", "source_file", "doc_number", "proposal_no", "suggestion_no", "ordinal", "heading",
        "body", "char_start", "char_end", "horizon_year", "n_targets",
    ],
    "metrics": [
        "metric_id", "letter_id", "source_file", "doc_number", "char_start", "char_end", "surface",
        "value", "value_high", "unit", "unit_family", "kind", "qualifier", "period_start", "period_end",
        "subject", "sentence", "section_path", "commitment_ordinal",
    ],
}
ACCEPTED_VALUES = {
    ("proposals", "body_kind"): schema.BODY_KINDS,
    ("proposals", "proposer_kind"): schema.PROPOSER_KINDS,
    ("metrics", "kind"): schema.KINDS,
    ("metrics", "qualifier"): schema.QUALIFIERS,
    ("metrics", "unit_family"): schema.UNIT_FAMILIES,
}
