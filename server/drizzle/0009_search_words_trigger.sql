-- Keeps search_words (every distinct word of partners.search_text) up to date on every
-- insert and update, once per statement (bulk imports add their words in one INSERT).
-- Words are inserted in order so that concurrent writers take row locks in the same order.
CREATE FUNCTION amity_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows, regexp_split_to_table(new_rows.search_text, '\s+') AS w
    WHERE length(w) >= 3 ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER partners_search_words_insert AFTER INSERT ON partners
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION amity_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER partners_search_words_update AFTER UPDATE ON partners
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION amity_collect_search_words();
--> statement-breakpoint
INSERT INTO search_words (word)
  SELECT DISTINCT w FROM partners, regexp_split_to_table(partners.search_text, '\s+') AS w
  WHERE length(w) >= 3 ORDER BY w
ON CONFLICT DO NOTHING;
