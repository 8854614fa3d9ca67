// Package sqlite is Chronicle's embedded store: articles, their entities and quotes, events
// deduplicated across articles (with GDELT's NumMentions, NumSources, NumArticles), full-text
// search (FTS5) and summary tables, in one SQLite file (modernc.org/sqlite: pure Go, no cgo).
//
// Every article is added in one transaction, so a killed process leaves a consistent store and
// re-running the same ingest finishes the job: an article already stored (same text hash or
// URL) adds nothing.
package sqlite

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/chronicle-news/chronicle"
)

// Store is an open store. Add must be called from one goroutine at a time; reads may run
// concurrently.
type Store struct {
	db    *sql.DB
	stmts map[string]*sql.Stmt // prepared once; the store has one connection, so they are reused
}

// Open opens (creating if needed) the store at path and brings its schema up to date.
func Open(path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(ON)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// One connection: SQLite has one writer anyway, and statements prepared on it are reused by
	// every transaction instead of being prepared again for each row.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// Prepare outside any transaction: the store's one connection is busy inside one.
	for _, q := range queries {
		if _, err := s.stmt(q); err != nil {
			s.Close()
			return nil, fmt.Errorf("%s: preparing %q: %w", path, q, err)
		}
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error {
	for _, st := range s.stmts {
		st.Close()
	}
	return s.db.Close()
}

// The statements Add runs, prepared once when the store opens.
const (
	sqlFindArticle   = `SELECT id FROM articles WHERE hash = ? OR (url = ? AND ? != '')`
	sqlInsertArticle = `INSERT INTO articles (doc_id, hash, url, title, source, published, simhash, duplicate_of, doc, ingested_at)
		VALUES (?, ?, NULLIF(?, ''), ?, ?, ?, ?, NULLIF(?, 0), ?, ?)`
	sqlInsertBand       = `INSERT INTO simhash_bands (band, value, article_id) VALUES (?, ?, ?)`
	sqlInsertArticleFTS = `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`
	sqlInsertEntity     = `INSERT INTO entities (article_id, start, "end", type, text, canonical, actor, country) VALUES (?,?,?,?,?,?,?,?)`
	sqlInsertQuote      = `INSERT INTO quotes (article_id, start, "end", kind, text, speaker, speaker_actor, cue, channel, according_to) VALUES (?,?,?,?,?,?,?,?,?,?)`
	sqlInsertQuoteFTS   = `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`
	sqlFindEvent        = `SELECT id FROM events WHERE key = ?`
	sqlInsertEvent      = `INSERT INTO events (key, code, root, name, plover, goldstein, quad, source_code, source_name, source_country,
			target_code, target_name, target_country, date, place, place_country, lat, lon, mode, negated, first_article, source_url, added)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
	sqlCountEvent = `INSERT INTO event_counts (day, country, root, n) VALUES (?, ?, ?, 1)
				ON CONFLICT(day, country, root) DO UPDATE SET n = n + 1`
	sqlInsertMention     = `INSERT INTO event_mentions (event_id, article_id, source, url, sentence, start, "end", rule, attributed_to) VALUES (?,?,?,?,?,?,?,?,?)`
	sqlUpdateEventCounts = `UPDATE events SET
		num_mentions = num_mentions + 1,
		num_articles = (SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id = ?1),
		num_sources  = (SELECT COUNT(DISTINCT COALESCE(NULLIF(source, ''), article_id)) FROM event_mentions WHERE event_id = ?1)
		WHERE id = ?1`
	sqlNearCandidates = `SELECT a.id, a.simhash FROM simhash_bands s JOIN articles a ON a.id = s.article_id
			WHERE s.band = ? AND s.value = ? AND a.duplicate_of IS NULL`
)

var queries = []string{sqlFindArticle, sqlInsertArticle, sqlInsertBand, sqlInsertArticleFTS, sqlInsertEntity, sqlInsertQuote, sqlInsertQuoteFTS, sqlFindEvent, sqlInsertEvent, sqlCountEvent, sqlInsertMention, sqlUpdateEventCounts, sqlNearCandidates}

// exec runs a prepared statement in tx.
func (s *Store) exec(tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.stmt(query)
	if err != nil {
		return nil, err
	}
	return tx.Stmt(st).Exec(args...)
}

func (s *Store) queryRow(tx *sql.Tx, query string, args ...any) *sql.Row {
	st, err := s.stmt(query)
	if err != nil {
		return tx.QueryRow(query, args...) // reports the same error
	}
	return tx.Stmt(st).QueryRow(args...)
}

func (s *Store) stmt(query string) (*sql.Stmt, error) {
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	st, err := s.db.Prepare(query)
	if err != nil {
		return nil, err
	}
	s.stmts[query] = st
	return st, nil
}

// DB exposes the database for read-only queries by other packages (the server).
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) migrate() error {
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("reading schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("store schema version %d is newer than this chronicle (%d)", version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Added says what Add did with a document.
type Added struct {
	ID int64
	// Duplicate: the same text (or URL) was stored before; nothing was added.
	Duplicate bool
	// NearDuplicateOf is the article this one copies (a wire copy with another dateline); its
	// analysis is not counted twice.
	NearDuplicateOf           int64
	Events, NewEvents, Quotes int
}

// Hash is the identity of an article's text.
func Hash(text string) string {
	h := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return hex.EncodeToString(h[:])
}

// Add stores a document and its analysis in one transaction.
func (s *Store) Add(doc *chronicle.Document) (Added, error) {
	var res Added
	hash := Hash(doc.Text)
	tx, err := s.db.Begin()
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	var existing int64
	err = s.queryRow(tx, sqlFindArticle, hash, doc.URL, doc.URL).Scan(&existing)
	if err == nil {
		return Added{ID: existing, Duplicate: true}, nil
	}
	if err != sql.ErrNoRows {
		return res, err
	}
	sim := SimHash(doc.Text)
	near, err := s.nearDuplicate(tx, sim)
	if err != nil {
		return res, err
	}
	body, err := json.Marshal(doc)
	if err != nil {
		return res, err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	r, err := s.exec(tx, sqlInsertArticle,
		doc.ID, hash, doc.URL, doc.Title, doc.Source, doc.Published, int64(sim), near, string(body), now)
	if err != nil {
		return res, fmt.Errorf("storing %s: %w", doc.ID, err)
	}
	id, _ := r.LastInsertId()
	res.ID, res.NearDuplicateOf = id, near
	for b := 0; b < 4; b++ {
		if _, err := s.exec(tx, sqlInsertBand, b, band(sim, b), id); err != nil {
			return res, err
		}
	}
	if _, err := s.exec(tx, sqlInsertArticleFTS, id, doc.Title, doc.Text); err != nil {
		return res, err
	}
	if near == 0 {
		if err := s.addAnalysis(tx, id, doc, now, &res); err != nil {
			return res, err
		}
	}
	return res, tx.Commit()
}

func (s *Store) addAnalysis(tx *sql.Tx, id int64, doc *chronicle.Document, now string, res *Added) error {
	// statements used row by row are prepared once per article: preparing is most of the cost
	for _, e := range doc.Entities {
		if _, err := s.exec(tx, sqlInsertEntity,
			id, e.Start, e.End, e.Type, e.Text, e.Canonical, e.Actor, e.Country); err != nil {
			return err
		}
	}
	for _, q := range doc.Quotes {
		speaker, actor, cue := "", "", ""
		if q.Speaker != nil {
			speaker, actor = q.Speaker.Name, q.Speaker.Actor
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		r, err := s.exec(tx, sqlInsertQuote,
			id, q.Start, q.End, q.Kind, q.Text, speaker, actor, cue, q.Channel, strings.Join(q.AccordingTo, "; "))
		if err != nil {
			return err
		}
		qid, _ := r.LastInsertId()
		if _, err := s.exec(tx, sqlInsertQuoteFTS, qid, q.Text); err != nil {
			return err
		}
		res.Quotes++
	}
	for _, ev := range doc.Events {
		if ev.Negated || ev.Source == nil || ev.Target == nil {
			continue // not something that happened
		}
		isNew, err := s.addEvent(tx, id, doc, ev, now)
		if err != nil {
			return err
		}
		res.Events++
		if isNew {
			res.NewEvents++
		}
	}
	return nil
}

// EventKey identifies an event across articles: the same actors, code, day and place.
func EventKey(doc *chronicle.Document, ev chronicle.Event) string {
	place := ""
	if ev.Place != nil {
		place = ev.Place.Name
	}
	return strings.Join([]string{ev.Source.Code, ev.Target.Code, ev.Code, eventDay(doc, ev), place}, "|")
}

// eventDay is the event's date, else the article's publication date (as GDELT does).
func eventDay(doc *chronicle.Document, ev chronicle.Event) string {
	if ev.Date != "" {
		return ev.Date
	}
	return doc.Published
}

func country(code string) string {
	if len(code) < 3 || code[:3] == "---" {
		return ""
	}
	return code[:3]
}

// addEvent adds a mention of an event, creating the event the first time it is seen, and keeps
// its counts and the daily summary up to date.
func (s *Store) addEvent(tx *sql.Tx, articleID int64, doc *chronicle.Document, ev chronicle.Event, now string) (bool, error) {
	key := EventKey(doc, ev)
	var eventID int64
	isNew := false
	err := s.queryRow(tx, sqlFindEvent, key).Scan(&eventID)
	if err == sql.ErrNoRows {
		var place, placeCountry string
		var lat, lon float64
		if ev.Place != nil {
			place, placeCountry, lat, lon = ev.Place.Name, ev.Place.Country, ev.Place.Lat, ev.Place.Lon
		}
		r, err := s.exec(tx, sqlInsertEvent,
			key, ev.Code, ev.Root, ev.Name, ev.Plover, ev.Goldstein, ev.Quad, ev.Source.Code, ev.Source.Name, country(ev.Source.Code),
			ev.Target.Code, ev.Target.Name, country(ev.Target.Code), eventDay(doc, ev), place, placeCountry, lat, lon, ev.Mode, ev.Negated,
			articleID, doc.URL, now)
		if err != nil {
			return false, err
		}
		eventID, _ = r.LastInsertId()
		isNew = true
		day := eventDay(doc, ev)
		for _, c := range uniq(country(ev.Source.Code), country(ev.Target.Code)) {
			if _, err := s.exec(tx, sqlCountEvent, day, c, ev.Root); err != nil {
				return false, err
			}
		}
	} else if err != nil {
		return false, err
	}
	attributed := ""
	if ev.AttributedTo != nil {
		attributed = *ev.AttributedTo
	}
	if _, err := s.exec(tx, sqlInsertMention,
		eventID, articleID, doc.Source, doc.URL, ev.Sentence, ev.Evidence.Start, ev.Evidence.End, ev.Rule, attributed); err != nil {
		return false, err
	}
	// GDELT's counts: mentions, distinct sources, distinct articles
	_, err = s.exec(tx, sqlUpdateEventCounts, eventID)
	return isNew, err
}

func uniq(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x == "" {
			continue
		}
		dup := false
		for _, y := range out {
			dup = dup || y == x
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}
