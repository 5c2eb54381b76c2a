-- Check frame for expectations/bulletins.json: each bulletin with its identity, date and length checks computed.
SELECT
    b.bulletin_id,
    b.file_name,
    b.publisher,
    b.published_date,
    b.sha256,
    b.format,
    b.encoding,
    b.char_count,
    b.ingested_at,
    b.bulletin_id = left(b.sha256, 16) AS id_matches_sha256,
    -- A bulletin cannot be published after we ingested it; +1 day because ingested_at is UTC and
    -- publication dates are Beijing dates (UTC+8). NULL published_date is allowed (the sidecar
    -- may not give one) and stays NULL, so the expectation skips it.
    CASE WHEN b.published_date IS NOT NULL THEN
        b.published_date BETWEEN DATE '1949-10-01' AND CAST(b.ingested_at AS DATE) + 1
    END AS published_date_plausible
FROM bulletins AS b
