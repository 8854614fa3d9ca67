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
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	sqlitedriver "modernc.org/sqlite" // also the database/sql driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/chronicle-news/chronicle"
)

// Store is an open store. Add must be called from one goroutine at a time; reads may run
// concurrently.
type Store struct {
	db    *sql.DB              // the writer: one connection
	read  *sql.DB              // readers: a pool that never waits for the writer (WAL)
	stmts map[string]*sql.Stmt // prepared once; the writer has one connection, so they are reused

	hasOnce sync.Once // Has's statement on the read pool, prepared at its first use
	has     *sql.Stmt
	hasErr  error
}

// Open opens (creating if needed) the store at path and brings its schema up to date.
func Open(path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(ON)"
	// The writer takes the write lock when a transaction begins (a deferred transaction that
	// upgrades later fails at once, without waiting, when another process writes), and keeps a
	// 64 MiB page cache for the indexes an ingest touches.
	db, err := sql.Open("sqlite", dsn+"&_txlock=immediate&_pragma=cache_size(-65536)")
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
	// Queries go through their own connections, so a long ingest never holds up a page.
	if s.read, err = sql.Open("sqlite", dsn+"&_pragma=query_only(1)&_pragma=cache_size(-8192)"); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.read.SetMaxOpenConns(4)
	// Prepare outside any transaction: the store's one connection is busy inside one.
	all := queries
	for _, ri := range []*rowInsert{entityRows, quoteRows, mentionRows} {
		all = append(all[:len(all):len(all)], ri.texts...)
	}
	for _, q := range all {
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
	if s.has != nil {
		s.has.Close()
	}
	if s.read != nil {
		s.read.Close()
	}
	return s.db.Close()
}

// The statements Add runs, prepared once when the store opens.
const (
	sqlFindArticle = `SELECT id FROM articles WHERE hash = ?1 UNION ALL
		SELECT id FROM articles WHERE ?2 != '' AND url = ?2 AND url IS NOT NULL AND url != '' LIMIT 1` // both indexed
	sqlInsertArticle = `INSERT INTO articles (doc_id, hash, url, title, source, published, simhash, duplicate_of, doc, ingested_at, length)
		VALUES (?, ?, NULLIF(?, ''), ?, ?, ?, ?, NULLIF(?, 0), ?, ?, ?)`
	sqlInsertBands      = `INSERT INTO simhash_bands (band, value, article_id, simhash) VALUES (0, ?1, ?5, ?6), (1, ?2, ?5, ?6), (2, ?3, ?5, ?6), (3, ?4, ?5, ?6)`
	sqlInsertArticleFTS = `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`
	sqlLastQuote        = `SELECT COALESCE(MAX(id), 0) FROM quotes`
	sqlIndexQuotes      = `INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id > ?`
	sqlFindEvent        = `SELECT id FROM events WHERE key = ?`
	sqlInsertEvent      = `INSERT INTO events (key, code, root, name, plover, goldstein, quad, source_code, source_name, source_country,
			target_code, target_name, target_country, date, place, place_country, lat, lon, mode, negated, first_article, source_url, added,
			num_mentions, num_sources, num_articles)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, 1, 1, 1)`
	sqlCountEvents = `INSERT INTO event_counts (day, country, root, n) VALUES (?, ?, ?, ?)
				ON CONFLICT(day, country, root) DO UPDATE SET n = n + excluded.n`
	// An event seen before gets a new article's ?2 mentions; its source ?3 counts once (an
	// article without a source stands for a source of its own).
	sqlCountSeenEvent = `UPDATE events SET
		num_mentions = num_mentions + ?2,
		num_articles = num_articles + 1,
		num_sources  = num_sources + (?3 = '' OR NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ?1 AND source = ?3))
		WHERE id = ?1`
	sqlCountMentions  = `UPDATE events SET num_mentions = num_mentions + ?2 WHERE id = ?1`
	sqlNearCandidates = `SELECT article_id, simhash FROM simhash_bands
			WHERE (band = 0 AND value = ?1) OR (band = 1 AND value = ?2) OR (band = 2 AND value = ?3) OR (band = 3 AND value = ?4)
			ORDER BY article_id`
)

var queries = []string{sqlFindArticle, sqlInsertArticle, sqlInsertBands, sqlInsertArticleFTS, sqlLastQuote, sqlIndexQuotes, sqlFindEvent, sqlInsertEvent, sqlCountEvents, sqlCountSeenEvent, sqlCountMentions, sqlNearCandidates}

// Rows of an article's entities, quotes and event mentions go in a few multi-row statements:
// the cost of a statement is mostly per statement, not per row.
var (
	entityRows  = newRowInsert(`INSERT OR IGNORE INTO entities (article_id, start, "end", type, text, canonical, actor, country)`, 8)
	quoteRows   = newRowInsert(`INSERT INTO quotes (article_id, start, "end", kind, text, speaker, speaker_actor, cue, channel, according_to)`, 10)
	mentionRows = newRowInsert(`INSERT INTO event_mentions (event_id, article_id, source, url, sentence, start, "end", rule, attributed_to)`, 9)
)

// rowInsert is an INSERT statement for 1, 2, 4, … 64 rows of width values each: n rows go in
// the statements of n's binary digits, so a few statements prepared when the store opens serve
// any number of rows.
type rowInsert struct {
	width int
	texts []string // texts[k] inserts 1<<k rows
}

func newRowInsert(head string, width int) *rowInsert {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", width), ",") + ")"
	ri := &rowInsert{width: width}
	for n := 1; n <= 64; n *= 2 {
		ri.texts = append(ri.texts, head+" VALUES "+strings.TrimSuffix(strings.Repeat(row+",", n), ","))
	}
	return ri
}

// insertRows inserts the rows whose values are laid end to end in values.
func (w *writeTx) insertRows(ri *rowInsert, values []any) error {
	for k := len(ri.texts) - 1; k >= 0; k-- {
		for size := (1 << k) * ri.width; len(values) >= size; values = values[size:] {
			if _, err := w.exec(ri.texts[k], values[:size]...); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeTx is a write transaction with the store's prepared statements bound to it once, not
// once per row.
type writeTx struct {
	tx      *sql.Tx
	s       *Store
	bound   map[string]*sql.Stmt
	pending []pendingExec
	// lastQuote is the last quote stored before this transaction: the ones after it are
	// indexed for full-text search at its end.
	lastQuote int64
	// counts are the transaction's new events by day × country × root, added to the summary
	// at its end.
	counts map[countKey]int
}

type countKey struct{ day, country, root string }

type pendingExec struct {
	query string
	args  []any
}

// later queues a full-text insert until the end of the transaction. FTS5 keeps a transaction's
// new terms in memory but writes them out as a new segment (and merges segments) whenever
// another statement opens a statement journal, as inserts with foreign keys do; inserting
// all text last writes one segment per transaction instead of one per article.
func (w *writeTx) later(query string, args ...any) {
	w.pending = append(w.pending, pendingExec{query, args})
}

func (w *writeTx) runLater() error {
	for _, p := range w.pending {
		if _, err := w.exec(p.query, p.args...); err != nil {
			return err
		}
	}
	w.pending = nil
	if _, err := w.exec(sqlIndexQuotes, w.lastQuote); err != nil {
		return err
	}
	for k, n := range w.counts {
		if _, err := w.exec(sqlCountEvents, k.day, k.country, k.root, n); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) begin() (*writeTx, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return nil, err
	}
	w := &writeTx{tx: tx, s: s, bound: map[string]*sql.Stmt{}, counts: map[countKey]int{}}
	if err := w.queryRow(sqlLastQuote).Scan(&w.lastQuote); err != nil {
		tx.Rollback()
		return nil, err
	}
	return w, nil
}

func (w *writeTx) stmt(query string) (*sql.Stmt, error) {
	if st, ok := w.bound[query]; ok {
		return st, nil
	}
	st, ok := w.s.stmts[query]
	if ok {
		st = w.tx.Stmt(st)
	} else {
		// not prepared when the store opened: prepare on the transaction, whose connection
		// is the store's only one
		var err error
		if st, err = w.tx.Prepare(query); err != nil {
			return nil, err
		}
	}
	w.bound[query] = st
	return st, nil
}

func (w *writeTx) exec(query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.Exec(args...)
}

func (w *writeTx) queryRow(query string, args ...any) *sql.Row {
	st, err := w.stmt(query)
	if err != nil {
		return w.tx.QueryRow(query, args...) // reports the same error
	}
	return st.QueryRow(args...)
}

func (w *writeTx) query(query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.Query(args...)
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
func (s *Store) DB() *sql.DB { return s.read }

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
	// Err says why the document could not be stored (AddAll); nothing of it was.
	Err error
}

// Hash is the identity of an article's text.
func Hash(text string) string {
	h := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return hex.EncodeToString(h[:])
}

// Add stores a document and its analysis in one transaction.
func (s *Store) Add(doc *chronicle.Document) (Added, error) {
	res, err := s.AddAll([]*chronicle.Document{doc})
	if err != nil {
		return Added{}, err
	}
	return res[0], res[0].Err
}

// Has says whether an article with this text or URL is stored (as Add would find it). It reads
// what is committed, so ingest can skip analysing what an earlier run stored.
func (s *Store) Has(text, url string) (bool, error) {
	var id int64
	s.hasOnce.Do(func() { s.has, s.hasErr = s.read.Prepare(sqlFindArticle) })
	if s.hasErr != nil {
		return false, s.hasErr
	}
	err := s.has.QueryRow(Hash(text), url).Scan(&id)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// Prepared is a document with what storing it needs worked out ahead: its identity, its
// fingerprint, its JSON and its events' keys. Preparing is a sixth of the work of storing and
// needs no database, so ingest does it beside the analysis, off the store's one writer.
type Prepared struct {
	Doc  *chronicle.Document
	hash string
	sim  uint64
	body []byte   // the document's JSON, compressed
	keys []string // EventKey of each event, "" for one not stored (negated, or an actor missing)
	err  error    // why the document cannot be stored
}

// Prepare works out what storing doc needs; an error (a value JSON cannot hold) is reported by
// AddPrepared as the document's Added.Err.
func Prepare(doc *chronicle.Document) *Prepared {
	p := &Prepared{Doc: doc, hash: Hash(doc.Text), sim: SimHash(doc.Text)}
	body, err := json.Marshal(doc)
	if err != nil {
		p.err = fmt.Errorf("encoding the document: %w", err)
		return p
	}
	p.body = compressDoc(body)
	p.keys = make([]string, len(doc.Events))
	for i, ev := range doc.Events {
		if stored(ev) {
			p.keys[i] = EventKey(doc, ev)
		}
	}
	return p
}

// stored says whether an event goes into the events table: only what happened, between actors.
func stored(ev chronicle.Event) bool {
	return !ev.Negated && ev.Source != nil && ev.Target != nil
}

// AddAll stores documents in one transaction; see AddPrepared.
func (s *Store) AddAll(docs []*chronicle.Document) ([]Added, error) {
	prepared := make([]*Prepared, len(docs))
	for i, doc := range docs {
		prepared[i] = Prepare(doc)
	}
	return s.AddPrepared(prepared)
}

// AddPrepared stores documents in one transaction. One commit for many articles is what makes
// ingest fast: SQLite writes each touched page, full-text segment and index page once per
// commit, not once per article. When a document cannot be stored, the batch is rolled back and
// each document is stored in a transaction of its own, so every article is stored whole or not
// at all and the failing one says why in its Added.Err. An error of the store itself (disk
// full, read-only, locked, corrupt) is returned: nothing more can be stored.
func (s *Store) AddPrepared(docs []*Prepared) ([]Added, error) {
	res := make([]Added, len(docs))
	var ok []*Prepared // the documents that can be stored, and where their results go
	var at []int
	for i, p := range docs {
		if p.err != nil {
			res[i].Err = p.err
			continue
		}
		ok, at = append(ok, p), append(at, i)
	}
	if len(ok) == 0 {
		return res, nil
	}
	stored, err := s.addInOne(ok)
	if err == nil {
		for j, r := range stored {
			res[at[j]] = r
		}
		return res, nil
	}
	if storeFailure(err) {
		return nil, err
	}
	if len(ok) == 1 {
		res[at[0]].Err = err
		return res, nil
	}
	for j := range ok {
		one, err := s.addInOne(ok[j : j+1])
		if err != nil {
			if storeFailure(err) {
				return nil, err
			}
			res[at[j]] = Added{Err: err}
			continue
		}
		res[at[j]] = one[0]
	}
	return res, nil
}

// storeFailure tells errors of the store (which every document would meet) from errors of one
// document: a constraint it breaks, a value SQLite or JSON cannot hold.
func storeFailure(err error) bool {
	var e *sqlitedriver.Error
	if !errors.As(err, &e) {
		return false // not from SQLite: encoding the document failed
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_TOOBIG, sqlite3.SQLITE_MISMATCH, sqlite3.SQLITE_RANGE:
		return false
	}
	return true
}

// addInOne stores documents in one transaction, all or none.
func (s *Store) addInOne(docs []*Prepared) ([]Added, error) {
	w, err := s.begin()
	if err != nil {
		return nil, err
	}
	defer w.tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	res := make([]Added, len(docs))
	for i, p := range docs {
		if res[i], err = w.add(p, now); err != nil {
			return nil, err
		}
	}
	if err := w.runLater(); err != nil {
		return nil, err
	}
	return res, w.tx.Commit()
}

func (w *writeTx) add(p *Prepared, now string) (Added, error) {
	var res Added
	doc, sim := p.Doc, p.sim
	var existing int64
	err := w.queryRow(sqlFindArticle, p.hash, doc.URL).Scan(&existing)
	if err == nil {
		return Added{ID: existing, Duplicate: true}, nil
	}
	if err != sql.ErrNoRows {
		return res, err
	}
	near, err := w.nearDuplicate(sim)
	if err != nil {
		return res, err
	}
	r, err := w.exec(sqlInsertArticle,
		doc.ID, p.hash, doc.URL, doc.Title, doc.Source, doc.Published, int64(sim), near, p.body, now, utf8.RuneCountInString(doc.Text))
	if err != nil {
		return res, err
	}
	id, _ := r.LastInsertId()
	res.ID, res.NearDuplicateOf = id, near
	w.later(sqlInsertArticleFTS, id, doc.Title, doc.Text)
	if near == 0 { // an original: index its fingerprint, store its analysis
		if _, err := w.exec(sqlInsertBands, band(sim, 0), band(sim, 1), band(sim, 2), band(sim, 3), id, int64(sim)); err != nil {
			return res, err
		}
		if err := w.addAnalysis(id, p, now, &res); err != nil {
			return res, err
		}
	}
	return res, nil
}

func (w *writeTx) addAnalysis(id int64, p *Prepared, now string, res *Added) error {
	doc := p.Doc
	values := make([]any, 0, len(doc.Entities)*entityRows.width)
	for _, e := range doc.Entities {
		values = append(values, id, e.Start, e.End, e.Type, e.Text, e.Canonical, e.Actor, e.Country)
	}
	if err := w.insertRows(entityRows, values); err != nil {
		return err
	}
	values = values[:0]
	for _, q := range doc.Quotes {
		speaker, actor, cue := "", "", ""
		if q.Speaker != nil {
			speaker, actor = q.Speaker.Name, q.Speaker.Actor
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		values = append(values, id, q.Start, q.End, q.Kind, q.Text, speaker, actor, cue, q.Channel, strings.Join(q.AccordingTo, "; "))
	}
	if err := w.insertRows(quoteRows, values); err != nil {
		return err
	}
	res.Quotes = len(doc.Quotes)
	values = values[:0]
	// Events seen before this article get its mentions, one more article, and one more source
	// unless that source mentioned them before: counted before this article's mentions go in.
	created := map[int64]bool{}
	var seen []int64
	again := map[int64]int{} // mentions of events seen before
	for i, ev := range doc.Events {
		if p.keys[i] == "" {
			continue // not something that happened
		}
		eventID, isNew, err := w.addEvent(id, doc, ev, p.keys[i], now)
		if err != nil {
			return err
		}
		attributed := ""
		if ev.AttributedTo != nil {
			attributed = *ev.AttributedTo
		}
		values = append(values, eventID, id, doc.Source, doc.URL, ev.Sentence, ev.Evidence.Start, ev.Evidence.End, ev.Rule, attributed)
		res.Events++
		switch {
		case isNew:
			res.NewEvents++
			created[eventID] = true
		case created[eventID]: // a second mention in the article that created it
			again[eventID]++
		default:
			if again[eventID] == 0 {
				seen = append(seen, eventID)
			}
			again[eventID]++
		}
	}
	for _, eventID := range seen {
		if _, err := w.exec(sqlCountSeenEvent, eventID, again[eventID], doc.Source); err != nil {
			return err
		}
	}
	for eventID := range created {
		if n := again[eventID]; n > 0 {
			if _, err := w.exec(sqlCountMentions, eventID, n); err != nil {
				return err
			}
		}
	}
	return w.insertRows(mentionRows, values)
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

// addEvent finds an event, creating it the first time it is seen (with one mention, source and
// article), and counts new events in the daily summary.
func (w *writeTx) addEvent(articleID int64, doc *chronicle.Document, ev chronicle.Event, key, now string) (id int64, isNew bool, err error) {
	err = w.queryRow(sqlFindEvent, key).Scan(&id)
	if err != sql.ErrNoRows {
		return id, false, err
	}
	var place, placeCountry string
	var lat, lon float64
	if ev.Place != nil {
		place, placeCountry, lat, lon = ev.Place.Name, ev.Place.Country, ev.Place.Lat, ev.Place.Lon
	}
	day := eventDay(doc, ev)
	r, err := w.exec(sqlInsertEvent,
		key, ev.Code, ev.Root, ev.Name, ev.Plover, ev.Goldstein, ev.Quad, ev.Source.Code, ev.Source.Name, country(ev.Source.Code),
		ev.Target.Code, ev.Target.Name, country(ev.Target.Code), day, place, placeCountry, lat, lon, ev.Mode, ev.Negated,
		articleID, doc.URL, now)
	if err != nil {
		return 0, false, err
	}
	id, _ = r.LastInsertId()
	for _, c := range uniq(country(ev.Source.Code), country(ev.Target.Code)) {
		w.counts[countKey{day, c, ev.Root}]++
	}
	return id, true, nil
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
