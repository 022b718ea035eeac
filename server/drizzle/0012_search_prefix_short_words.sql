-- The 1- and 2-character pieces of every run of a script written without spaces (Han, kana,
-- Hangul, Thai, Lao, Khmer). A 2-character word such as "北京" has no trigram, so without this the
-- search reads every row; with a GIN index on it the word is found through the index.
-- The ranges match GRAM_SCRIPTS in server/src/modules/partners/search.ts.
CREATE FUNCTION amity_short_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(r.run, i, n)), '{}'::text[])
  FROM (SELECT m[1] AS run FROM regexp_matches(t, '[\u0e00-\u0eff\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+', 'g') AS m) r,
    generate_series(1, length(r.run)) AS i, (VALUES (1), (2)) AS v(n)
  WHERE i + n - 1 <= length(r.run)
$$;
