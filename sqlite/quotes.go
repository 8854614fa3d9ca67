package sqlite

import (
	"fmt"
	"strings"
)

// QuoteFilter selects stored quotes. Empty fields match everything.
type QuoteFilter struct {
	Speaker string // part of the speaker's name, any case ("Sadr")
	Actor   string // speaker's actor code prefix ("IRQ", "IRQGOV")
	Text    string // full-text search (FTS5 syntax) over the quoted words
	From    string // the reporting article's publication day, YYYY-MM-DD, inclusive
	To      string
	Limit   int
	Offset  int
}

// QuoteRow is a stored quote with the article that reported it.
type QuoteRow struct {
	ID           int64  `json:"id"`
	ArticleID    int64  `json:"article_id"`
	DocID        string `json:"doc_id"`
	Title        string `json:"title"`
	URL          string `json:"url,omitempty"`
	Published    string `json:"published"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Kind         string `json:"kind"`
	Text         string `json:"text"`
	Speaker      string `json:"speaker"`
	SpeakerActor string `json:"speaker_actor"`
	Cue          string `json:"cue"`
	Channel      string `json:"channel"`
	AccordingTo  string `json:"according_to"`
}

func (f QuoteFilter) where() (string, []any) {
	var where []string
	var args []any
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", fmt.Sprintf("?%d", len(args))))
	}
	if f.Speaker != "" {
		add(`q.speaker LIKE '%' || ? || '%'`, f.Speaker)
	}
	if f.Actor != "" {
		add(`q.speaker_actor LIKE ? || '%'`, f.Actor)
	}
	if f.Text != "" {
		add(`q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`, f.Text)
	}
	if f.From != "" {
		add(`a.published >= ?`, f.From)
	}
	if f.To != "" {
		add(`a.published <= ?`, f.To)
	}
	if len(where) == 0 {
		return "1=1", nil
	}
	return strings.Join(where, " AND "), args
}

// Quotes calls fn for each stored quote that matches f, by publication day, article and
// position. Near-duplicate articles add none: only originals are analysed.
func (s *Store) Quotes(f QuoteFilter, fn func(QuoteRow) error) error {
	cond, args := f.where()
	q := `SELECT q.id, q.article_id, a.doc_id, COALESCE(a.title, ''), COALESCE(a.url, ''), COALESCE(a.published, ''),
		q.start, q."end", q.kind, q.text, COALESCE(q.speaker, ''), COALESCE(q.speaker_actor, ''), COALESCE(q.cue, ''),
		COALESCE(q.channel, ''), COALESCE(q.according_to, '')
		FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ` + cond + `
		ORDER BY a.published, q.article_id, q.start`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.read.Query(q, args...)
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r QuoteRow
		if err := rows.Scan(&r.ID, &r.ArticleID, &r.DocID, &r.Title, &r.URL, &r.Published, &r.Start, &r.End, &r.Kind, &r.Text,
			&r.Speaker, &r.SpeakerActor, &r.Cue, &r.Channel, &r.AccordingTo); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	return nil
}
