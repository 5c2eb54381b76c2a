-- The warehouse contract: every table people query, with a comment on each table and column.
-- Idempotent: run at the start of every write session.

CREATE TABLE IF NOT EXISTS bulletins (
    bulletin_id    VARCHAR PRIMARY KEY,
    file_name      VARCHAR NOT NULL,
    title          VARCHAR,
    publisher      VARCHAR,
    published_date DATE,
    source_url     VARCHAR,
    sha256         VARCHAR NOT NULL UNIQUE,
    format         VARCHAR NOT NULL,
    encoding       VARCHAR,
    char_count     INTEGER NOT NULL,
    ingested_at    TIMESTAMP NOT NULL
);
COMMENT ON TABLE bulletins IS 'One row per bulletin file ingested, identified by the sha256 of its bytes; provenance from the file and its .meta.json sidecar.';
COMMENT ON COLUMN bulletins.bulletin_id IS 'Identity of the bulletin: the first 16 hex digits of sha256. The same bytes always get the same id.';
COMMENT ON COLUMN bulletins.file_name IS 'File name in the inbox when it was ingested.';
COMMENT ON COLUMN bulletins.title IS 'Title from the sidecar (title), else the first line of the text.';
COMMENT ON COLUMN bulletins.publisher IS 'Publishing body from the sidecar (publisher).';
COMMENT ON COLUMN bulletins.published_date IS 'Publication date from the sidecar (published); relative periods such as 今年 are resolved against it.';
COMMENT ON COLUMN bulletins.source_url IS 'Where the bulletin was published, from the sidecar (source_url); NULL when unknown.';
COMMENT ON COLUMN bulletins.sha256 IS 'SHA-256 of the file bytes, hex.';
COMMENT ON COLUMN bulletins.format IS 'File format read: txt, md, html, pdf, docx.';
COMMENT ON COLUMN bulletins.encoding IS 'Text encoding the bytes were decoded with (utf-8, gb18030, ...); NULL for binary formats.';
COMMENT ON COLUMN bulletins.char_count IS 'Number of characters of the normalised text (bulletin_texts.text).';
COMMENT ON COLUMN bulletins.ingested_at IS 'UTC time this content was first ingested; unchanged by re-runs.';
-- Added after the first release; warehouses made before it get the column (NULL: re-processed).
ALTER TABLE bulletins ADD COLUMN IF NOT EXISTS processed_with VARCHAR;
COMMENT ON COLUMN bulletins.processed_with IS 'Version of the gongbao code and indicator catalogue that made this bulletin''s text and observations (16 hex digits); a run re-processes bulletins made by another version, so rows never lag behind the installed grammar and catalogue.';

CREATE TABLE IF NOT EXISTS bulletin_files (
    bulletin_id VARCHAR PRIMARY KEY,
    content     BLOB NOT NULL
);
COMMENT ON TABLE bulletin_files IS 'The raw bytes of each bulletin, untouched, so every figure can be traced to the file it came from.';
COMMENT ON COLUMN bulletin_files.bulletin_id IS 'The bulletin (bulletins.bulletin_id).';
COMMENT ON COLUMN bulletin_files.content IS 'The file bytes exactly as they arrived.';

CREATE TABLE IF NOT EXISTS bulletin_texts (
    bulletin_id VARCHAR PRIMARY KEY,
    text        VARCHAR NOT NULL
);
COMMENT ON TABLE bulletin_texts IS 'Normalised text of each bulletin: line-wrap debris joined, spaces between CJK characters removed, full-width digits and punctuation folded. Observation spans point into this text.';
COMMENT ON COLUMN bulletin_texts.bulletin_id IS 'The bulletin (bulletins.bulletin_id).';
COMMENT ON COLUMN bulletin_texts.text IS 'The normalised text; substring(text, char_start + 1, char_end - char_start) of an observation equals its value_text.';

CREATE TABLE IF NOT EXISTS rejected_bulletins (
    file_name   VARCHAR NOT NULL,
    sha256      VARCHAR,
    reason      VARCHAR NOT NULL,
    detail      VARCHAR,
    rejected_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE rejected_bulletins IS 'Files of the inbox that cannot be read, with the reason; the rest of the run went on without them. A file that reads later leaves this table.';
COMMENT ON COLUMN rejected_bulletins.file_name IS 'File name in the inbox.';
COMMENT ON COLUMN rejected_bulletins.sha256 IS 'SHA-256 of the file bytes when they could be read.';
COMMENT ON COLUMN rejected_bulletins.reason IS 'Reason code: empty, binary, undecodable, mojibake, unsupported_format, unreadable_sidecar, no_text, no_text_layer, read_error, oversized, truncated, encrypted, extraction_error.';
COMMENT ON COLUMN rejected_bulletins.detail IS 'What went wrong, in words a person understands.';
COMMENT ON COLUMN rejected_bulletins.rejected_at IS 'UTC time of the run that rejected the file.';

CREATE TABLE IF NOT EXISTS indicators (
    indicator_code VARCHAR PRIMARY KEY,
    name_zh        VARCHAR NOT NULL,
    name_en        VARCHAR NOT NULL,
    unit           VARCHAR,
    description    VARCHAR,
    synonyms       VARCHAR[],
    is_family      BOOLEAN
);
-- Warehouses created before families existed get the column too.
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS is_family BOOLEAN;
COMMENT ON TABLE indicators IS 'The indicator catalogue (catalogue/indicators.toml): canonical indicators that observation subjects are mapped to.';
COMMENT ON COLUMN indicators.indicator_code IS 'Stable code of the indicator, snake_case English.';
COMMENT ON COLUMN indicators.name_zh IS 'Chinese name of the indicator.';
COMMENT ON COLUMN indicators.name_en IS 'English name of the indicator.';
COMMENT ON COLUMN indicators.unit IS 'Base unit of the level of the indicator (元, 家, EFLOPS, ...).';
COMMENT ON COLUMN indicators.description IS 'What the indicator measures and where its definition comes from.';
COMMENT ON COLUMN indicators.synonyms IS 'Subject wordings that map to this indicator.';
COMMENT ON COLUMN indicators.is_family IS 'True for a generic family (code family_…, e.g. family_projects): it takes the observations no specific indicator matched whose subject ends with one of its head nouns and whose unit it accepts (catalogue rule 7); the subject says which kind. False for a specific indicator.';

CREATE TABLE IF NOT EXISTS observations (
    observation_id  VARCHAR PRIMARY KEY,
    bulletin_id     VARCHAR NOT NULL,
    indicator_code  VARCHAR,
    subject         VARCHAR NOT NULL,
    breakdown       VARCHAR,
    measure         VARCHAR NOT NULL,
    value           DOUBLE NOT NULL,
    unit            VARCHAR,
    value_text      VARCHAR NOT NULL,
    qualifier       VARCHAR NOT NULL,
    period_type     VARCHAR NOT NULL,
    period_start    DATE,
    period_end      DATE,
    kind            VARCHAR NOT NULL,
    sentence        VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    unit_written    VARCHAR,
    base_period_end DATE,
    range_bound     VARCHAR,
    decided_by      VARCHAR
);
COMMENT ON TABLE observations IS 'Every statistic extracted from the bulletins, one row per mention, with the exact span of text it came from.';
COMMENT ON COLUMN observations.observation_id IS 'Stable id: first 12 hex digits of the bulletin id, then char_start and char_end of the value.';
COMMENT ON COLUMN observations.bulletin_id IS 'The bulletin it was read from (bulletins.bulletin_id).';
COMMENT ON COLUMN observations.indicator_code IS 'Catalogue indicator the subject maps to (indicators.indicator_code); NULL when none matches.';
COMMENT ON COLUMN observations.subject IS 'What the number is about, completed from its clause when the text elides it (金额 -> 移动支付业务金额).';
COMMENT ON COLUMN observations.breakdown IS 'Member of an enumeration or category the number belongs to (数字技术应用业, 东部地区); NULL when none.';
COMMENT ON COLUMN observations.measure IS 'level, share, growth (percent), change (absolute, in unit) or pp_change (percentage points).';
COMMENT ON COLUMN observations.value IS 'The number in the base unit: magnitude words (万, 亿) applied, sign applied.';
COMMENT ON COLUMN observations.unit IS 'Base unit without magnitude (亿元 -> 元); %, 个百分点, ‰, EFLOPS, 元/人 as written; NULL for a pure number.';
COMMENT ON COLUMN observations.value_text IS 'The exact text of the number with its unit, as it stands in bulletin_texts.text.';
COMMENT ON COLUMN observations.qualifier IS 'exact, about (约, 左右), over (超, 突破, 多, 余) or under (近, 不到).';
COMMENT ON COLUMN observations.period_type IS 'year, half_year, quarter, month, year_to_date, as_of, multi_year, days (a span of days such as a holiday) or none.';
COMMENT ON COLUMN observations.period_start IS 'First day of the period the number refers to; NULL for as_of and none.';
COMMENT ON COLUMN observations.period_end IS 'Last day of the period, or the as-of day; NULL when the text gives no time.';
COMMENT ON COLUMN observations.kind IS 'actual, or target for goals, plans and expected values.';
COMMENT ON COLUMN observations.sentence IS 'The sentence the number stands in.';
COMMENT ON COLUMN observations.char_start IS 'Offset (0-based, in characters) of value_text in bulletin_texts.text.';
COMMENT ON COLUMN observations.char_end IS 'Offset one past the end of value_text in bulletin_texts.text.';
COMMENT ON COLUMN observations.unit_written IS 'The unit as the text writes it, magnitude included (亿元).';
COMMENT ON COLUMN observations.decided_by IS 'JSON object: for each field (value, measure, subject, period, kind, ...), the extraction rule that decided it, and under "indicator" the catalogue route (wording, member, context, parent, family) and the catalogue text that mapped it. gongbao explain prints it.';
COMMENT ON COLUMN observations.range_bound IS 'For one end of a range (5%—6%, 3至5个): lower or upper; each bound is its own row. NULL for a single number.';
COMMENT ON COLUMN observations.base_period_end IS 'For a growth or change: the end of the base period it is measured against (比上年 -> end of the previous year).';

CREATE TABLE IF NOT EXISTS compute_hub_capacity (
    as_of_date                 DATE NOT NULL,
    scope                      VARCHAR NOT NULL,
    total_compute_eflops       DOUBLE NOT NULL,
    intelligent_share_pct      DOUBLE,
    intelligent_compute_eflops DOUBLE,
    general_compute_eflops     DOUBLE,
    source_observation_ids     VARCHAR[] NOT NULL
);
COMMENT ON TABLE compute_hub_capacity IS 'Compute capacity (算力规模) by scope and date, with the intelligent-compute share and the implied intelligent and general compute. Derived by sql/compute_hub_capacity.sql.';
COMMENT ON COLUMN compute_hub_capacity.as_of_date IS 'The day the capacity refers to.';
COMMENT ON COLUMN compute_hub_capacity.scope IS 'What the capacity covers, from the subject (e.g. the eight 东数西算 hub nodes).';
COMMENT ON COLUMN compute_hub_capacity.total_compute_eflops IS 'Total compute capacity as reported exactly (floors such as 突破160EFLOPS are left out), EFLOPS.';
COMMENT ON COLUMN compute_hub_capacity.intelligent_share_pct IS 'Reported share of intelligent compute in the total, percent; NULL when not reported.';
COMMENT ON COLUMN compute_hub_capacity.intelligent_compute_eflops IS 'total_compute_eflops x intelligent_share_pct / 100.';
COMMENT ON COLUMN compute_hub_capacity.general_compute_eflops IS 'total_compute_eflops - intelligent_compute_eflops.';
COMMENT ON COLUMN compute_hub_capacity.source_observation_ids IS 'The observations the row was computed from.';

CREATE TABLE IF NOT EXISTS platform_enterprise_growth (
    as_of_date             DATE NOT NULL,
    sector                 VARCHAR NOT NULL,
    enterprises            DOUBLE NOT NULL,
    growth_pct             DOUBLE,
    base_date              DATE,
    base_enterprises       DOUBLE,
    net_new_enterprises    DOUBLE,
    share_of_total_pct     DOUBLE,
    source_observation_ids VARCHAR[] NOT NULL
);
COMMENT ON TABLE platform_enterprise_growth IS 'Enterprise counts of the core digital industries by sector, with growth and the implied base. Derived by sql/platform_enterprise_growth.sql.';
COMMENT ON COLUMN platform_enterprise_growth.as_of_date IS 'The day the count refers to.';
COMMENT ON COLUMN platform_enterprise_growth.sector IS 'Sector (breakdown member), or total for all sectors together.';
COMMENT ON COLUMN platform_enterprise_growth.enterprises IS 'Number of enterprises reported.';
COMMENT ON COLUMN platform_enterprise_growth.growth_pct IS 'Reported growth against base_date, percent.';
COMMENT ON COLUMN platform_enterprise_growth.base_date IS 'The day the growth is measured from.';
COMMENT ON COLUMN platform_enterprise_growth.base_enterprises IS 'Implied count at base_date: enterprises / (1 + growth_pct / 100).';
COMMENT ON COLUMN platform_enterprise_growth.net_new_enterprises IS 'enterprises - base_enterprises.';
COMMENT ON COLUMN platform_enterprise_growth.share_of_total_pct IS 'enterprises as a percent of the total row of the same date.';
COMMENT ON COLUMN platform_enterprise_growth.source_observation_ids IS 'The observations the row was computed from.';

CREATE TABLE IF NOT EXISTS core_industry_value_added (
    year                    INTEGER NOT NULL,
    sector                  VARCHAR NOT NULL,
    value_added_cny         DOUBLE,
    share_pct               DOUBLE,
    implied_value_added_cny DOUBLE,
    gap_pct                 DOUBLE,
    source_observation_ids  VARCHAR[] NOT NULL
);
COMMENT ON TABLE core_industry_value_added IS 'Value added of the core digital industries by sector: reported values against those implied by reported shares of the total. Derived by sql/core_industry_value_added.sql.';
COMMENT ON COLUMN core_industry_value_added.year IS 'Calendar year.';
COMMENT ON COLUMN core_industry_value_added.sector IS 'Sector of the core digital industries.';
COMMENT ON COLUMN core_industry_value_added.value_added_cny IS 'Value added reported for the sector, yuan; NULL when not reported.';
COMMENT ON COLUMN core_industry_value_added.share_pct IS 'Reported share of the sector in the core-industry total, percent.';
COMMENT ON COLUMN core_industry_value_added.implied_value_added_cny IS 'share_pct / 100 x the reported core-industry total of the year, yuan.';
COMMENT ON COLUMN core_industry_value_added.gap_pct IS '(value_added_cny - implied_value_added_cny) / implied_value_added_cny x 100: how far the reported value and share disagree.';
COMMENT ON COLUMN core_industry_value_added.source_observation_ids IS 'The observations the row was computed from.';

CREATE TABLE IF NOT EXISTS unmapped_subjects (
    subject                VARCHAR NOT NULL,
    observation_count      INTEGER NOT NULL,
    bulletin_count         INTEGER NOT NULL,
    example_observation_id VARCHAR NOT NULL,
    example_sentence       VARCHAR NOT NULL
);
COMMENT ON TABLE unmapped_subjects IS 'Subjects of observations that map to no catalogue indicator, for review: add a synonym or an indicator to catalogue/indicators.toml. Derived by sql/unmapped_subjects.sql.';
COMMENT ON COLUMN unmapped_subjects.subject IS 'The observation subject as extracted.';
COMMENT ON COLUMN unmapped_subjects.observation_count IS 'Observations with this subject and no indicator_code.';
COMMENT ON COLUMN unmapped_subjects.bulletin_count IS 'Bulletins these observations come from.';
COMMENT ON COLUMN unmapped_subjects.example_observation_id IS 'One such observation (the first in text order).';
COMMENT ON COLUMN unmapped_subjects.example_sentence IS 'The sentence of that observation.';

CREATE TABLE IF NOT EXISTS validation_results (
    run_id           VARCHAR,
    checked_at       TIMESTAMP NOT NULL,
    table_name       VARCHAR NOT NULL,
    suite_name       VARCHAR NOT NULL,
    expectation_type VARCHAR NOT NULL,
    column_name      VARCHAR,
    success          BOOLEAN NOT NULL,
    element_count    BIGINT,
    unexpected_count BIGINT,
    failing_examples VARCHAR
);
COMMENT ON TABLE validation_results IS 'Result of every Great Expectations expectation of every check run, with failing examples.';
COMMENT ON COLUMN validation_results.run_id IS 'Dagster run that ran the check; NULL outside Dagster.';
COMMENT ON COLUMN validation_results.checked_at IS 'UTC time of the check.';
COMMENT ON COLUMN validation_results.table_name IS 'Warehouse table checked.';
COMMENT ON COLUMN validation_results.suite_name IS 'Expectation suite (expectations/<suite>.json).';
COMMENT ON COLUMN validation_results.expectation_type IS 'Great Expectations expectation type.';
COMMENT ON COLUMN validation_results.column_name IS 'Column the expectation is about; NULL for table-level ones.';
COMMENT ON COLUMN validation_results.success IS 'Whether the expectation held.';
COMMENT ON COLUMN validation_results.element_count IS 'Rows checked.';
COMMENT ON COLUMN validation_results.unexpected_count IS 'Rows that broke the expectation.';
COMMENT ON COLUMN validation_results.failing_examples IS 'JSON list of up to 20 failing values or rows.';

-- Versions: a corrected re-issue (same source URL, or same title and publisher, new bytes) is a
-- new bulletin; these views say which bulletin is the latest version of its series.
CREATE OR REPLACE VIEW bulletin_versions AS
WITH keyed AS (
    SELECT
        bulletin_id,
        ingested_at,
        coalesce(source_url, title || ' | ' || coalesce(publisher, ''), bulletin_id) AS series_key
    FROM bulletins
)
SELECT
    bulletin_id,
    series_key,
    row_number() OVER (PARTITION BY series_key ORDER BY ingested_at, bulletin_id) AS version,
    count(*) OVER (PARTITION BY series_key) AS version_count,
    row_number() OVER (PARTITION BY series_key ORDER BY ingested_at DESC, bulletin_id DESC) = 1
        AS is_latest
FROM keyed;
COMMENT ON VIEW bulletin_versions IS 'Each bulletin with its series (source_url, else title | publisher) and its version number in that series by time of ingestion; is_latest marks the current version.';

CREATE OR REPLACE VIEW latest_observations AS
SELECT o.*
FROM observations o
JOIN bulletin_versions v USING (bulletin_id)
WHERE v.is_latest;
COMMENT ON VIEW latest_observations IS 'Observations of the latest version of each bulletin only: what to query unless you study corrections. The derived tables are computed from it.';
COMMENT ON COLUMN bulletin_versions.bulletin_id IS 'The bulletin (bulletins.bulletin_id).';
COMMENT ON COLUMN bulletin_versions.series_key IS 'What makes bulletins versions of one another: source_url, else title | publisher.';
COMMENT ON COLUMN bulletin_versions.version IS '1 for the first version ingested, then 2, 3, ...';
COMMENT ON COLUMN bulletin_versions.version_count IS 'How many versions of the series the warehouse holds.';
COMMENT ON COLUMN bulletin_versions.is_latest IS 'True for the version ingested last.';
COMMENT ON COLUMN latest_observations.observation_id IS 'Stable id: first 12 hex digits of the bulletin id, then char_start and char_end of the value.';
COMMENT ON COLUMN latest_observations.bulletin_id IS 'The bulletin it was read from (bulletins.bulletin_id).';
COMMENT ON COLUMN latest_observations.indicator_code IS 'Catalogue indicator the subject maps to (indicators.indicator_code); NULL when none matches.';
COMMENT ON COLUMN latest_observations.subject IS 'What the number is about, completed from its clause when the text elides it (金额 -> 移动支付业务金额).';
COMMENT ON COLUMN latest_observations.breakdown IS 'Member of an enumeration or category the number belongs to (数字技术应用业, 东部地区); NULL when none.';
COMMENT ON COLUMN latest_observations.measure IS 'level, share, growth (percent), change (absolute, in unit) or pp_change (percentage points).';
COMMENT ON COLUMN latest_observations.value IS 'The number in the base unit: magnitude words (万, 亿) applied, sign applied.';
COMMENT ON COLUMN latest_observations.unit IS 'Base unit without magnitude (亿元 -> 元); %, 个百分点, ‰, EFLOPS, 元/人 as written; NULL for a pure number.';
COMMENT ON COLUMN latest_observations.value_text IS 'The exact text of the number with its unit, as it stands in bulletin_texts.text.';
COMMENT ON COLUMN latest_observations.qualifier IS 'exact, about (约, 左右), over (超, 突破, 多, 余) or under (近, 不到).';
COMMENT ON COLUMN latest_observations.period_type IS 'year, half_year, quarter, month, year_to_date, as_of, multi_year, days (a span of days such as a holiday) or none.';
COMMENT ON COLUMN latest_observations.period_start IS 'First day of the period the number refers to; NULL for as_of and none.';
COMMENT ON COLUMN latest_observations.period_end IS 'Last day of the period, or the as-of day; NULL when the text gives no time.';
COMMENT ON COLUMN latest_observations.kind IS 'actual, or target for goals, plans and expected values.';
COMMENT ON COLUMN latest_observations.sentence IS 'The sentence the number stands in.';
COMMENT ON COLUMN latest_observations.char_start IS 'Offset (0-based, in characters) of value_text in bulletin_texts.text.';
COMMENT ON COLUMN latest_observations.char_end IS 'Offset one past the end of value_text in bulletin_texts.text.';
COMMENT ON COLUMN latest_observations.unit_written IS 'The unit as the text writes it, magnitude included (亿元).';
COMMENT ON COLUMN latest_observations.decided_by IS 'JSON object: for each field (value, measure, subject, period, kind, ...), the extraction rule that decided it, and under "indicator" the catalogue route (wording, member, context, parent, family) and the catalogue text that mapped it. gongbao explain prints it.';
COMMENT ON COLUMN latest_observations.range_bound IS 'For one end of a range (5%—6%, 3至5个): lower or upper; each bound is its own row. NULL for a single number.';
COMMENT ON COLUMN latest_observations.base_period_end IS 'For a growth or change: the end of the base period it is measured against (比上年 -> end of the previous year).';
