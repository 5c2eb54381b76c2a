-- Check frame for expectations/bulletin_texts.json: text lengths instead of the texts themselves (the texts are large and no expectation needs them).
SELECT
    t.bulletin_id,
    length(t.text) AS text_length,
    b.bulletin_id IS NOT NULL AS bulletin_known,
    b.char_count,
    -- bulletins.char_count is written together with the text.
    coalesce(b.char_count = length(t.text), false) AS char_count_matches_text
FROM bulletin_texts AS t
LEFT JOIN bulletins AS b ON b.bulletin_id = t.bulletin_id
