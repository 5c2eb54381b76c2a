-- Check frame for expectations/observations.json: each observation with its span, period and reference checks computed against its bulletin.
SELECT
    o.observation_id,
    o.bulletin_id,
    o.indicator_code,
    o.subject,
    o.breakdown,
    o.measure,
    o.value,
    o.unit,
    o.value_text,
    o.qualifier,
    o.period_type,
    o.period_start,
    o.period_end,
    o.kind,
    o.char_start,
    o.char_end,
    o.base_period_end,
    b.published_date,
    length(t.text) AS text_length,
    -- Measure-specific views of value: NULL on other rows, so GE's range expectations (which
    -- skip nulls) only see the rows the range is meant for.
    CASE WHEN o.measure = 'share' THEN o.value END AS share_value,
    CASE WHEN o.measure = 'share' THEN coalesce(o.unit, '<none>') END AS share_unit,
    CASE WHEN o.measure = 'growth' THEN o.value END AS growth_value,
    CASE WHEN o.measure = 'pp_change' THEN o.value END AS pp_change_value,
    -- coalesce(..., false): an observation whose bulletin has no text must fail, not be skipped
    -- as a NULL.
    coalesce(
        0 <= o.char_start AND o.char_start < o.char_end AND o.char_end <= length(t.text),
        false
    ) AS span_inside_text,
    coalesce(
        substring(t.text, o.char_start + 1, o.char_end - o.char_start) = o.value_text,
        false
    ) AS span_matches_value_text,
    b.bulletin_id IS NOT NULL AS bulletin_known,
    o.indicator_code IS NULL OR i.indicator_code IS NOT NULL AS indicator_known,
    -- Upper bound from the publication date (or, without one, the ingestion day, which is
    -- later): targets may reach the end of the year 10 years ahead (a 2025 report's goals for
    -- 2035 end on 2035-12-31); actuals at most 31 days after it (a figure for the month of
    -- publication can be reported; beyond that the period has not happened yet).
    CASE WHEN o.period_end IS NOT NULL THEN coalesce(
        o.period_end BETWEEN DATE '1949-10-01' AND CASE
            WHEN o.kind = 'target' THEN make_date(
                year(coalesce(b.published_date, CAST(b.ingested_at AS DATE))) + 10, 12, 31)
            ELSE coalesce(b.published_date, CAST(b.ingested_at AS DATE)) + INTERVAL 31 DAY
        END,
        false
    ) END AS period_end_plausible,
    -- The schema: an as-of figure is a stock on one day, with an end and no start.
    CASE
        WHEN o.period_type = 'none' THEN o.period_start IS NULL AND o.period_end IS NULL
        WHEN o.period_type = 'as_of' THEN o.period_start IS NULL AND o.period_end IS NOT NULL
        ELSE o.period_start IS NOT NULL AND o.period_end IS NOT NULL
    END AS period_fields_match_type
FROM observations AS o
LEFT JOIN bulletin_texts AS t ON t.bulletin_id = o.bulletin_id
LEFT JOIN bulletins AS b ON b.bulletin_id = o.bulletin_id
LEFT JOIN indicators AS i ON i.indicator_code = o.indicator_code
