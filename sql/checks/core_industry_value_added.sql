-- Check frame for expectations/core_industry_value_added.json: each row with the year's share sum and derived-column checks computed.
WITH share_sums AS (
    -- A 'total' row, if the derived table has one, is not a part of the total.
    SELECT year, sum(share_pct) AS year_share_sum_pct, count(share_pct) AS year_share_count
    FROM core_industry_value_added
    WHERE sector <> 'total'
    GROUP BY year
)

SELECT
    v.year,
    v.sector,
    v.value_added_cny,
    v.share_pct,
    v.implied_value_added_cny,
    v.gap_pct,
    len(v.source_observation_ids) AS source_count,
    coalesce(
        list_has_all((SELECT list(observation_id) FROM observations), v.source_observation_ids),
        false
    ) AS sources_known,
    v.year BETWEEN 1949 AND year(current_date) AS year_plausible,
    -- Only on the first sector row of the year (by name), so a failing year is reported once.
    CASE WHEN row_number() OVER (PARTITION BY v.year ORDER BY v.sector) = 1
        THEN s.year_share_sum_pct END AS year_share_sum_pct,
    CASE WHEN row_number() OVER (PARTITION BY v.year ORDER BY v.sector) = 1
        THEN s.year_share_count END AS year_share_count,
    -- gap_pct follows its formula in sql/schema.sql within 0.01 point (the derived table rounds
    -- it to 0.01); NULL where it cannot be computed.
    CASE WHEN v.gap_pct IS NOT NULL THEN coalesce(
        abs(v.gap_pct
            - (v.value_added_cny - v.implied_value_added_cny) / v.implied_value_added_cny * 100)
            <= 0.01,
        false
    ) END AS gap_matches_values
FROM core_industry_value_added AS v
LEFT JOIN share_sums AS s ON s.year = v.year
