-- Check frame for expectations/platform_enterprise_growth.json: each row with its derived-column and parts-against-total checks computed.
WITH parts AS (
    SELECT as_of_date, sum(enterprises) AS parts_sum_enterprises, count(*) AS part_count
    FROM platform_enterprise_growth
    WHERE sector <> 'total'
    GROUP BY as_of_date
),

totals AS (
    -- max(): a duplicated total row is caught by the uniqueness expectation; here it must not
    -- multiply the rows of the frame.
    SELECT as_of_date, max(enterprises) AS total_enterprises
    FROM platform_enterprise_growth
    WHERE sector = 'total'
    GROUP BY as_of_date
)

SELECT
    g.as_of_date,
    g.sector,
    g.enterprises,
    g.growth_pct,
    g.base_date,
    g.base_enterprises,
    g.net_new_enterprises,
    g.share_of_total_pct,
    len(g.source_observation_ids) AS source_count,
    coalesce(
        list_has_all((SELECT list(observation_id) FROM observations), g.source_observation_ids),
        false
    ) AS sources_known,
    -- Only on the total row, so a failing date is reported once; NULL (skipped) when the date
    -- has no total or no sector rows to compare.
    CASE WHEN g.sector = 'total' THEN p.parts_sum_enterprises END AS parts_sum_enterprises,
    CASE WHEN g.sector = 'total' THEN p.part_count END AS part_count,
    CASE WHEN g.sector = 'total' AND g.enterprises <> 0 THEN
        (p.parts_sum_enterprises - g.enterprises) / g.enterprises * 100
    END AS parts_vs_total_gap_pct,
    -- The derived columns follow the formulas of sql/schema.sql within the rounding the
    -- derived table applies: base and net new to whole enterprises (off by <= 0.5 each, so 1),
    -- the share to 0.01 point (off by <= 0.005, so 0.01). NULL where their inputs are NULL.
    CASE WHEN g.growth_pct IS NOT NULL OR g.base_enterprises IS NOT NULL
        OR g.net_new_enterprises IS NOT NULL THEN coalesce(
            abs(g.base_enterprises - g.enterprises / (1 + g.growth_pct / 100)) <= 1
            AND abs(g.net_new_enterprises - (g.enterprises - g.base_enterprises)) <= 1,
            false
        )
    END AS growth_columns_consistent,
    CASE WHEN g.share_of_total_pct IS NOT NULL THEN coalesce(
        abs(g.share_of_total_pct - g.enterprises / t.total_enterprises * 100) <= 0.01,
        false
    ) END AS share_matches_total
FROM platform_enterprise_growth AS g
LEFT JOIN parts AS p ON p.as_of_date = g.as_of_date
LEFT JOIN totals AS t ON t.as_of_date = g.as_of_date
