-- Subjects of observations that map to no catalogue indicator, most frequent first, each with one example to review.
SELECT
    o.subject,
    count(*) AS observation_count,
    count(DISTINCT o.bulletin_id) AS bulletin_count,
    arg_min(o.observation_id, (o.bulletin_id, o.char_start)) AS example_observation_id,
    arg_min(o.sentence, (o.bulletin_id, o.char_start)) AS example_sentence
FROM latest_observations o
WHERE o.indicator_code IS NULL
GROUP BY o.subject
ORDER BY observation_count DESC, o.subject
