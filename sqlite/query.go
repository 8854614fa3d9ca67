package sqlite

import (
	"database/sql"
	"fmt"
	"strings"
)

// Filter selects events. Empty fields match everything.
type Filter struct {
	Actor   string // actor code prefix on either side ("IRQ", "USAMIL") or a name
	Country string // ISO3 on either side
	Code    string // CAMEO code prefix ("14", "141")
	Plover  string
	From    string // YYYY-MM-DD, inclusive
	To      string
	Place   string
	Text    string // full-text search over the articles that mention the event
	Limit   int
	Offset  int
}

// EventRow is a stored event with its GDELT-style counts.
type EventRow struct {
	ID            int64   `json:"id"`
	Code          string  `json:"code"`
	Root          string  `json:"root"`
	Name          string  `json:"name"`
	Plover        string  `json:"plover"`
	Goldstein     float64 `json:"goldstein"`
	Quad          int     `json:"quad"`
	SourceCode    string  `json:"source_code"`
	SourceName    string  `json:"source_name"`
	SourceCountry string  `json:"source_country"`
	TargetCode    string  `json:"target_code"`
	TargetName    string  `json:"target_name"`
	TargetCountry string  `json:"target_country"`
	Date          string  `json:"date"`
	Place         string  `json:"place"`
	PlaceCountry  string  `json:"place_country"`
	Lat           float64 `json:"lat"`
	Lon           float64 `json:"lon"`
	Mode          string  `json:"mode,omitempty"`
	NumMentions   int     `json:"num_mentions"`
	NumSources    int     `json:"num_sources"`
	NumArticles   int     `json:"num_articles"`
	FirstArticle  int64   `json:"first_article"`
	SourceURL     string  `json:"source_url,omitempty"`
	Added         string  `json:"added"`
}

const eventColumns = `e.id, e.code, e.root, e.name, e.plover, e.goldstein, e.quad, e.source_code, e.source_name, e.source_country,
	e.target_code, e.target_name, e.target_country, e.date, e.place, e.place_country, e.lat, e.lon, COALESCE(e.mode, ''),
	e.num_mentions, e.num_sources, e.num_articles, COALESCE(e.first_article, 0), COALESCE(e.source_url, ''), e.added`

func scanEvent(rows *sql.Rows) (EventRow, error) {
	var r EventRow
	err := rows.Scan(&r.ID, &r.Code, &r.Root, &r.Name, &r.Plover, &r.Goldstein, &r.Quad, &r.SourceCode, &r.SourceName, &r.SourceCountry,
		&r.TargetCode, &r.TargetName, &r.TargetCountry, &r.Date, &r.Place, &r.PlaceCountry, &r.Lat, &r.Lon, &r.Mode,
		&r.NumMentions, &r.NumSources, &r.NumArticles, &r.FirstArticle, &r.SourceURL, &r.Added)
	return r, err
}

// where turns f into an SQL condition over the events table (aliased e) and its arguments.
func (f Filter) where() (string, []any) {
	var where []string
	var args []any
	// add appends a condition whose every "?" is the same new argument
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", fmt.Sprintf("?%d", len(args))))
	}
	if f.Actor != "" {
		add(`(e.source_code LIKE ? || '%' OR e.target_code LIKE ? || '%' OR e.source_name = ? OR e.target_name = ?)`, f.Actor)
	}
	if f.Country != "" {
		add(`(e.source_country = ? OR e.target_country = ?)`, strings.ToUpper(f.Country))
	}
	if f.Code != "" {
		// a range, which the code index serves (LIKE cannot: it ignores case); codes are digits
		add(`e.code >= ? AND e.code < ? || ':'`, f.Code)
	}
	if f.Plover != "" {
		add(`e.plover = ?`, strings.ToUpper(f.Plover))
	}
	if f.From != "" {
		add(`e.date >= ?`, f.From)
	}
	if f.To != "" {
		add(`e.date <= ?`, f.To)
	}
	if f.Place != "" {
		add(`(e.place = ? OR e.place_country = ?)`, f.Place)
	}
	if f.Text != "" {
		add(`e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, f.Text)
	}
	if len(where) == 0 {
		return "1=1", nil
	}
	return strings.Join(where, " AND "), args
}

// Events calls fn for each event that matches f, by date then id.
func (s *Store) Events(f Filter, fn func(EventRow) error) error {
	cond, args := f.where()
	q := `SELECT ` + eventColumns + ` FROM events e WHERE ` + cond
	q += ` ORDER BY e.date, e.id`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.read.Query(q, args...)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Count is a number of events on a day for a country and root.
type Count struct {
	Day     string `json:"day"`
	Country string `json:"country"`
	Root    string `json:"root"`
	N       int    `json:"n"`
}

// Counts reads the daily summary (events by day × country × root) between from and to.
func (s *Store) Counts(country, from, to string) ([]Count, error) {
	return s.counts(country, "", from, to)
}

// counts reads the daily summary for a country, a root code (or its first digit), from and to;
// each may be empty.
func (s *Store) counts(country, root, from, to string) ([]Count, error) {
	q := `SELECT day, country, root, n FROM event_counts WHERE 1=1`
	var args []any
	for _, c := range []struct{ cond, v string }{{` AND country = ?`, country}, {` AND root LIKE ? || '%'`, root},
		{` AND day >= ?`, from}, {` AND day <= ?`, to}} {
		if c.v != "" {
			q += c.cond
			args = append(args, c.v)
		}
	}
	return s.scanCounts(q+` ORDER BY day, country, root`, args...)
}

func (s *Store) scanCounts(q string, args ...any) ([]Count, error) {
	rows, err := s.read.Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Day, &c.Country, &c.Root, &c.N); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Documents calls fn with each stored article's contract Document (JSON), in ingest order.
func (s *Store) Documents(fn func(id int64, doc []byte) error) error {
	rows, err := s.read.Query(`SELECT id, doc FROM articles ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var doc []byte
		if err := rows.Scan(&id, &doc); err != nil {
			return err
		}
		if doc, err = decodeDoc(doc); err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		if err := fn(id, doc); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Mention is one article's report of an event.
type Mention struct {
	EventID, ArticleID              int64
	EventDate, Added                string
	Source, URL, Rule, AttributedTo string
	Sentence, Start, End, DocLen    int
}

// Mentions calls fn for every event mention.
func (s *Store) Mentions(fn func(Mention) error) error {
	rows, err := s.read.Query(`SELECT m.event_id, m.article_id, e.date, a.ingested_at, COALESCE(m.source, ''), COALESCE(m.url, ''),
		m.rule, COALESCE(m.attributed_to, ''), m.sentence, m.start, m."end", a.length
		FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id ORDER BY m.event_id, m.article_id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.EventDate, &m.Added, &m.Source, &m.URL, &m.Rule, &m.AttributedTo, &m.Sentence, &m.Start, &m.End, &m.DocLen); err != nil {
			return err
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Stats are the store's totals.
type Stats struct{ Articles, NearDuplicates, Events, Mentions, Quotes int }

// Stats counts what the store holds.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	err := s.read.QueryRow(`SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM quotes)`).
		Scan(&st.Articles, &st.NearDuplicates, &st.Events, &st.Mentions, &st.Quotes)
	return st, err
}
