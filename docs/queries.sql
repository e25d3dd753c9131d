-- Worked queries for analysts: questions the warehouse answers, one query each.
--
-- Run them against the warehouse (WAREHOUSE_PATH, default warehouse/warehouse.duckdb after
-- `make run`), read-only:
--   .venv/bin/python -m orchestration.queries                       # list them
--   .venv/bin/python -m orchestration.queries conflicting-figures   # run one by name
--   .venv/bin/python -m orchestration.queries --all                 # run them all
-- or paste one into the duckdb CLI (`duckdb -readonly warehouse/warehouse.duckdb`).
-- Each query starts at a `-- name: <slug>` line, and the comment under it says what it asks
-- and what the two seed letters (温科提复〔2024〕98号 and 120号) answer. tests/test_queries.py
-- runs every query on a warehouse built from those letters and checks that answer.
--
-- Spans: char_start/char_end are code-point offsets into raw.letters.text, half-open:
-- substr(text, char_start + 1, char_end - char_start) (DuckDB's substr is 1-based) or
-- text[char_start:char_end] in Python is the evidence.


-- name: targets-2024-by-unit
-- What do the letters aim at for 2024, by unit? A target counts for 2024 when its own
-- period, else its commitment's horizon year, else its letter's year is 2024
-- (targets_vs_actuals resolves that period). Seed answer: every target of the two letters
-- (22), most of them counts of 个 and 家; the four currency targets add up to 1.03万亿元
-- (9500亿 + 500亿 + 200亿 + 100亿).
select
    unit,
    count(*) as n_targets,
    sum(target_value) as total_value,
    list(target_surface order by target_char_start) as surfaces
from (
    select distinct target_metric_id, target_char_start, target_surface, target_value, unit,
        target_period_start, target_period_end
    from marts.targets_vs_actuals
)
where year(target_period_start) <= 2024 and year(target_period_end) >= 2024
group by unit
order by n_targets desc, unit;


-- name: largest-currency-amounts
-- Which are the largest money amounts, of any kind? Seed answer: the target
-- 传统支柱产业总产值突破9500亿元 (120号), then 500亿元 amounts.
select doc_number, surface, value / 1e8 as yi_yuan, kind, qualifier, subject
from marts.metrics
where unit_family = 'currency'
order by value desc, doc_number, char_start
limit 5;


-- name: proposals-per-proposer-kind
-- Who proposes: how many answered proposals come from CPPCC members, NPC deputies and
-- organisations? Seed answer: member 1 (王同伟), organisation 1 (民建市委会).
select proposer_kind, count(*) as n_letters, list(proposer order by proposer) as proposers
from marts.proposals
group by proposer_kind
order by proposer_kind;


-- name: commitments-without-numeric-targets
-- Which promises carry no number to check them against? Commitments with no target metric
-- inside their span. Seed answer: six of the fourteen, e.g. 98号's 进一步加强人才招引 and
-- 120号's 三/（一） 持续推进基金业发展.
select doc_number, suggestion_no, ordinal, heading
from marts.commitments
where n_targets = 0
order by source_file, char_start;


-- name: conflicting-figures
-- Where do two letters give different figures for the same indicator and period?
-- Seed answer: 企业研发机构, 2360家 in 98号 against 2369家 in 120号.
select subject_key, doc_number_a, surface_a, value_a, doc_number_b, surface_b, value_b, difference
from marts.metric_conflicts
order by subject_key, doc_number_a, doc_number_b;


-- name: targets-awaiting-actuals
-- Which targets has no later letter reported on yet? Seed answer: all of them (the seeds
-- are both 2024 letters and only the later one sets targets for 2024; a 2025 letter
-- reporting 2024 figures would fill actual_value and attainment).
select target_doc_number, target_surface, target_subject, unit, target_period_end
from marts.targets_vs_actuals
where actual_metric_id is null
order by target_source_file, target_char_start;


-- name: documents-cited-by-several-letters
-- Which policy documents do several letters cite? Seed answer: 《温州市打造“专精特新之城”
-- 行动方案（2023-2025年）》, cited by both letters.
select reference, reference_kind, n_citing_letters, list(distinct doc_number order by doc_number) as cited_by
from marts.policy_references
where not is_proposal_title and n_citing_letters > 1
group by reference, reference_kind, n_citing_letters
order by n_citing_letters desc, reference;


-- name: letters-per-agency
-- Who answers: letters, commitments and targets per issuing agency. Seed answer:
-- 温州市科学技术局, 2 letters.
select agency, issuer_codes, n_letters, n_commitments, n_metrics, n_targets
from marts.agencies
order by n_letters desc, agency;


-- name: evidence-check
-- Does every metric's surface sit at its span in the letter text? Seed answer: every one
-- of them (mismatches 0).
select
    count(*) as n_metrics,
    count(*) filter (where substr(l.text, m.char_start + 1, m.char_end - m.char_start) <> m.surface) as mismatches
from marts.metrics as m
inner join raw.letters as l using (letter_id);


-- name: best-provincial-rankings
-- Where does the city rank first or second in the province? Seed answer: 第1 for
-- 省级农业企业重点研究院 and for 省级工业互联网平台 (120号).
select doc_number, surface, value as rank, subject
from marts.metrics
where kind = 'rank' and value <= 2
order by value, char_start;


-- name: search-full-text
-- Which letters talk about 专精特新 (specialised, refined, distinctive, innovative firms)?
-- Full-text search with the warehouse macro search_letters (BM25 over character bigrams).
-- Seed answer: both letters.
select source_file, doc_number, round(score, 3) as score, snippet
from search_letters('专精特新')
order by score desc;


-- name: actuals-by-period-year
-- For which years do the letters report achievements? Actuals by the year their period
-- ends (undated ones are "as of the letter"). Seed answer: mostly 2023 and 2024, and many
-- undated.
select year(period_end) as period_year, count(*) as n_actuals
from marts.metrics
where kind = 'actual'
group by period_year
order by period_year nulls last;


-- name: commitment-with-most-targets
-- Which single promise is the most measurable? Seed answer: 120号's 一/（三）
-- 加快产业链创新体系建设 with its targets (80项, 100家以上, 70%, 1-2个, 2.85%).
select doc_number, suggestion_no, ordinal, heading, n_targets
from marts.commitments
order by n_targets desc, source_file, char_start
limit 1;
