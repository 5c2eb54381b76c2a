-- Check frame for expectations/compute_hub_capacity.json: each row with its parts-against-total and provenance checks computed.
SELECT
    c.as_of_date,
    c.scope,
    c.total_compute_eflops,
    c.intelligent_share_pct,
    c.intelligent_compute_eflops,
    c.general_compute_eflops,
    len(c.source_observation_ids) AS source_count,
    coalesce(
        list_has_all((SELECT list(observation_id) FROM observations), c.source_observation_ids),
        false
    ) AS sources_known,
    -- Nothing to compare when no share was reported and nothing was derived (NULL: skipped);
    -- otherwise the parts must add up. Tolerance 1e-6 of the total: the columns are computed
    -- from each other without rounding, so only floating-point noise is allowed.
    CASE
        WHEN c.intelligent_share_pct IS NULL
            AND c.intelligent_compute_eflops IS NULL
            AND c.general_compute_eflops IS NULL THEN NULL
        ELSE coalesce(
            abs(c.intelligent_compute_eflops + c.general_compute_eflops - c.total_compute_eflops)
                <= 1e-6 * greatest(abs(c.total_compute_eflops), 1),
            false
        )
    END AS parts_match_total,
    CASE
        WHEN c.intelligent_share_pct IS NULL AND c.intelligent_compute_eflops IS NULL THEN NULL
        ELSE coalesce(
            abs(c.intelligent_compute_eflops
                - c.total_compute_eflops * c.intelligent_share_pct / 100)
                <= 1e-6 * greatest(abs(c.total_compute_eflops), 1),
            false
        )
    END AS intelligent_matches_share
FROM compute_hub_capacity AS c
