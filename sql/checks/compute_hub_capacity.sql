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
    -- otherwise the parts must add up. Tolerance 0.1 EFLOPS: the derived table rounds each part
    -- to 0.1 EFLOPS (the precision bulletins state), and two parts rounded apart can miss the
    -- total by up to 0.1; a wrong share or total misses by far more.
    CASE
        WHEN c.intelligent_share_pct IS NULL
            AND c.intelligent_compute_eflops IS NULL
            AND c.general_compute_eflops IS NULL THEN NULL
        ELSE coalesce(
            abs(c.intelligent_compute_eflops + c.general_compute_eflops - c.total_compute_eflops)
                <= 0.1 + 1e-9 * abs(c.total_compute_eflops),
            false
        )
    END AS parts_match_total,
    CASE
        WHEN c.intelligent_share_pct IS NULL AND c.intelligent_compute_eflops IS NULL THEN NULL
        ELSE coalesce(
            abs(c.intelligent_compute_eflops
                - c.total_compute_eflops * c.intelligent_share_pct / 100)
                <= 0.1 + 1e-9 * abs(c.total_compute_eflops),
            false
        )
    END AS intelligent_matches_share
FROM compute_hub_capacity AS c
