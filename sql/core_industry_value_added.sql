-- Core digital-industry value added (indicator digital_core_value_added) by sector and year: reported values against the values implied by the reported shares of the year's total.
WITH va AS (
    SELECT
        o.observation_id,
        o.breakdown,
        o.measure,
        o.value,
        year(o.period_end) AS year,
        o.char_start,
        b.published_date
    FROM latest_observations o
    JOIN bulletins b USING (bulletin_id)
    WHERE o.indicator_code = 'digital_core_value_added'
      AND o.kind = 'actual'
      AND o.qualifier = 'exact'
      AND o.period_type = 'year'
      AND o.period_end IS NOT NULL
      AND (o.measure = 'share' OR (o.measure = 'level' AND o.unit = '元'))
),
ranked AS (
    -- One figure per year, sector and measure: the latest bulletin, its first mention.
    SELECT
        *,
        row_number() OVER (
            PARTITION BY year, breakdown, measure
            ORDER BY published_date DESC NULLS LAST, char_start
        ) AS mention_rank
    FROM va
),
firsts AS (
    SELECT * FROM ranked WHERE mention_rank = 1
),
totals AS (
    SELECT year, value AS total_cny, observation_id
    FROM firsts
    WHERE breakdown IS NULL AND measure = 'level'
),
sectors AS (
    SELECT
        year,
        breakdown AS sector,
        max(value) FILTER (WHERE measure = 'level') AS value_added_cny,
        max(value) FILTER (WHERE measure = 'share') AS share_pct,
        list(observation_id ORDER BY measure) AS sector_ids
    FROM firsts
    WHERE breakdown IS NOT NULL
    GROUP BY year, breakdown
)
SELECT
    s.year,
    s.sector,
    s.value_added_cny,
    s.share_pct,
    -- Whole yuan: the inputs are given to 0.01 亿元 at best.
    round(s.share_pct / 100 * t.total_cny) AS implied_value_added_cny,
    round(100 * (s.value_added_cny - s.share_pct / 100 * t.total_cny)
        / (s.share_pct / 100 * t.total_cny), 2) AS gap_pct,
    list_filter(list_concat(s.sector_ids, [t.observation_id]), lambda x: x IS NOT NULL)
        AS source_observation_ids
FROM sectors s
LEFT JOIN totals t USING (year)
ORDER BY s.year, s.share_pct DESC NULLS LAST
