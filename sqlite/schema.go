package sqlite

// migrations bring a store's schema up to date, one version at a time; PRAGMA user_version
// records how many have run. Never edit a released migration: add a new one.
var migrations = []string{
	// 1: articles, their analysis, deduplicated events, full-text search and summaries
	`
CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	doc_id       TEXT NOT NULL,
	hash         TEXT NOT NULL UNIQUE,      -- SHA-256 of the text: re-ingesting adds nothing
	url          TEXT,
	title        TEXT,
	source       TEXT,
	published    TEXT,
	simhash      INTEGER NOT NULL,          -- 64-bit SimHash of word shingles
	duplicate_of INTEGER REFERENCES articles(id), -- a near-duplicate (wire copy) of that article
	doc          TEXT NOT NULL,             -- the contract Document as JSON
	ingested_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL AND url != '';
CREATE INDEX articles_published ON articles(published);
CREATE TABLE simhash_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, article_id INTEGER NOT NULL);
CREATE INDEX simhash_bands_lookup ON simhash_bands(band, value);
CREATE TABLE entities (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	start INTEGER, "end" INTEGER, type TEXT, text TEXT, canonical TEXT, actor TEXT, country TEXT
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_canonical ON entities(canonical);
CREATE TABLE quotes (
	id INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	start INTEGER, "end" INTEGER, kind TEXT, text TEXT, speaker TEXT, speaker_actor TEXT, cue TEXT, channel TEXT,
	according_to TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE events (
	id INTEGER PRIMARY KEY,
	key TEXT NOT NULL UNIQUE,               -- source|target|code|date|place: the same event reported again
	code TEXT, root TEXT, name TEXT, plover TEXT, goldstein REAL, quad INTEGER,
	source_code TEXT, source_name TEXT, source_country TEXT,
	target_code TEXT, target_name TEXT, target_country TEXT,
	date TEXT, place TEXT, place_country TEXT, lat REAL, lon REAL,
	mode TEXT, negated INTEGER,
	num_mentions INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0, num_articles INTEGER NOT NULL DEFAULT 0,
	first_article INTEGER REFERENCES articles(id), source_url TEXT, added TEXT
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_country ON events(source_country, date);
CREATE INDEX events_target_country ON events(target_country, date);
CREATE INDEX events_code ON events(code);
CREATE TABLE event_mentions (
	event_id INTEGER NOT NULL REFERENCES events(id),
	article_id INTEGER NOT NULL REFERENCES articles(id),
	source TEXT, url TEXT, sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, attributed_to TEXT
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
-- events by day × country × root, kept on ingest so dashboards never scan events
CREATE TABLE event_counts (
	day TEXT NOT NULL, country TEXT NOT NULL, root TEXT NOT NULL, n INTEGER NOT NULL,
	PRIMARY KEY (day, country, root)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='');
`, // 2: a leaner write path: fingerprint bands and entity mentions stored in their key's order
	// (WITHOUT ROWID, no second index to maintain); entity mentions are looked up by article
	`
CREATE TABLE simhash_bands_v2 (
	band INTEGER NOT NULL, value INTEGER NOT NULL, article_id INTEGER NOT NULL, simhash INTEGER NOT NULL,
	PRIMARY KEY (band, value, article_id)
) WITHOUT ROWID; -- originals only: a near-duplicate is linked to its original, never matched
INSERT OR IGNORE INTO simhash_bands_v2
	SELECT s.band, s.value, s.article_id, a.simhash FROM simhash_bands s JOIN articles a ON a.id = s.article_id
	WHERE a.duplicate_of IS NULL;
DROP TABLE simhash_bands;
ALTER TABLE simhash_bands_v2 RENAME TO simhash_bands;
CREATE TABLE entities_v2 (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, text TEXT, canonical TEXT, actor TEXT, country TEXT,
	PRIMARY KEY (article_id, start, "end", type)
) WITHOUT ROWID;
INSERT OR IGNORE INTO entities_v2 SELECT article_id, start, "end", type, text, canonical, actor, country FROM entities;
DROP TABLE entities;
ALTER TABLE entities_v2 RENAME TO entities;
`,
	// 3: an event's mentions by source, so the count of its distinct sources grows as articles
	// come in instead of being recounted over all its mentions
	`
DROP INDEX event_mentions_event;
CREATE INDEX event_mentions_event ON event_mentions(event_id, source);
`,
	// 4: indexes no query reads cost every ingest a B-tree insert per row: quotes by speaker and
	// articles by publication date (add them back with the first query that needs them)
	`
DROP INDEX quotes_speaker;
DROP INDEX articles_published;
`,
	// 5: documents are stored zstd-compressed (plain JSON rows stay readable), so the article's
	// length in characters (GDELT's MentionDocLen) gets a column of its own
	`
ALTER TABLE articles ADD COLUMN length INTEGER;
UPDATE articles SET length = length(json_extract(doc, '$.text')) WHERE json_valid(doc);
`,
}
