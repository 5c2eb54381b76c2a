-- Compute capacity (indicator compute_capacity, EFLOPS) by scope and date, paired with the intelligent-compute share (indicator intelligent_compute) reported beside it.
WITH totals AS (
    SELECT
        o.observation_id,
        o.bulletin_id,
        o.period_end AS as_of_date,
        o.value AS total_compute_eflops,
        o.char_start,
        b.published_date,
        -- The scope is what the subject says before the word for compute: 我国 and 全国 mean the
        -- country; 全省 or 全市 in a government's own report mean its province or city.
        trim(regexp_replace(regexp_replace(o.subject, '(总算力|算力).*$', ''), '^(我国|全国)', ''), ' “”"') AS subject_scope,
        regexp_replace(coalesce(b.publisher, ''), '人民政府$', '') AS publisher_region
    FROM latest_observations o
    JOIN bulletins b USING (bulletin_id)
    WHERE o.indicator_code = 'compute_capacity'
      AND o.measure = 'level'
      AND upper(o.unit) = 'EFLOPS'
      -- 突破160EFLOPS is a floor, not a capacity: only figures stated exactly are tabled.
      AND o.qualifier = 'exact'
      AND o.kind = 'actual'
      AND o.period_end IS NOT NULL
),
scoped AS (
    SELECT
        *,
        CASE
            WHEN subject_scope = '' THEN '全国'
            WHEN subject_scope IN ('全省', '全市', '全区') AND publisher_region <> '' THEN publisher_region
            ELSE subject_scope
        END AS scope
    FROM totals
),
shares AS (
    SELECT observation_id, bulletin_id, period_end, value AS share_pct, char_start
    FROM latest_observations
    WHERE indicator_code = 'intelligent_compute' AND measure = 'share' AND kind = 'actual'
),
paired AS (
    -- The share stated after the total in the same bulletin, for the same day (or with no day of
    -- its own), nearest first.
    SELECT
        t.*,
        s.observation_id AS share_observation_id,
        s.share_pct,
        row_number() OVER (
            PARTITION BY t.observation_id ORDER BY s.char_start - t.char_start NULLS LAST
        ) AS share_rank
    FROM scoped t
    LEFT JOIN shares s
        ON s.bulletin_id = t.bulletin_id
        AND s.char_start > t.char_start
        AND (s.period_end = t.as_of_date OR s.period_end IS NULL)
),
chosen AS (
    -- One row per scope and day: the latest bulletin, its first mention.
    SELECT
        *,
        row_number() OVER (
            PARTITION BY as_of_date, scope
            ORDER BY published_date DESC NULLS LAST, share_pct IS NULL, char_start
        ) AS mention_rank
    FROM paired
    WHERE share_rank = 1
)
SELECT
    as_of_date,
    scope,
    total_compute_eflops,
    share_pct AS intelligent_share_pct,
    -- Rounded to the 0.1 EFLOPS the capacities are published in.
    round(total_compute_eflops * share_pct / 100, 1) AS intelligent_compute_eflops,
    round(total_compute_eflops - total_compute_eflops * share_pct / 100, 1) AS general_compute_eflops,
    list_filter([observation_id, share_observation_id], lambda x: x IS NOT NULL) AS source_observation_ids
FROM chosen
WHERE mention_rank = 1
ORDER BY as_of_date, scope
