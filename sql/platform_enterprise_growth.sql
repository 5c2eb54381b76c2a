-- Core digital-industry enterprises (indicator digital_core_enterprises) by sector and date, with the reported growth, the implied base count and the share of the total.
WITH levels AS (
    SELECT
        o.observation_id,
        o.bulletin_id,
        o.period_end AS as_of_date,
        coalesce(o.breakdown, 'total') AS sector,
        o.value AS enterprises,
        o.char_start,
        b.published_date
    FROM latest_observations o
    JOIN bulletins b USING (bulletin_id)
    WHERE o.indicator_code = 'digital_core_enterprises'
      AND o.measure = 'level'
      AND o.qualifier = 'exact'
      AND o.kind = 'actual'
      AND o.period_end IS NOT NULL
),
growths AS (
    SELECT
        observation_id,
        bulletin_id,
        period_end,
        coalesce(breakdown, 'total') AS sector,
        value AS growth_pct,
        base_period_end,
        char_start
    FROM latest_observations
    WHERE indicator_code = 'digital_core_enterprises' AND measure = 'growth' AND kind = 'actual'
),
paired AS (
    -- The growth of the same sector and day in the same bulletin, nearest in the text.
    SELECT
        l.*,
        g.observation_id AS growth_observation_id,
        g.growth_pct,
        g.base_period_end AS base_date,
        row_number() OVER (
            PARTITION BY l.observation_id ORDER BY abs(g.char_start - l.char_start) NULLS LAST
        ) AS growth_rank
    FROM levels l
    LEFT JOIN growths g
        ON g.bulletin_id = l.bulletin_id AND g.sector = l.sector AND g.period_end = l.as_of_date
),
chosen AS (
    -- One row per sector and day: a mention with its growth, from the latest bulletin, first.
    SELECT
        *,
        row_number() OVER (
            PARTITION BY as_of_date, sector
            ORDER BY growth_pct IS NULL, published_date DESC NULLS LAST, char_start
        ) AS mention_rank
    FROM paired
    WHERE growth_rank = 1
),
rows AS (
    SELECT * FROM chosen WHERE mention_rank = 1
)
SELECT
    r.as_of_date,
    r.sector,
    r.enterprises,
    r.growth_pct,
    r.base_date,
    -- Whole enterprises: the implied base is an estimate from a rounded growth rate.
    round(r.enterprises / (1 + r.growth_pct / 100)) AS base_enterprises,
    round(r.enterprises - r.enterprises / (1 + r.growth_pct / 100)) AS net_new_enterprises,
    round(100 * r.enterprises / t.enterprises, 2) AS share_of_total_pct,
    list_filter([r.observation_id, r.growth_observation_id], lambda x: x IS NOT NULL)
        AS source_observation_ids
FROM rows r
LEFT JOIN rows t ON t.as_of_date = r.as_of_date AND t.sector = 'total'
ORDER BY r.as_of_date, r.sector = 'total' DESC, r.enterprises DESC
