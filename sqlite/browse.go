package sqlite

import (
	"database/sql"
	"errors"
)

// ErrNotFound is returned for an id the store does not hold.
var ErrNotFound = errors.New("not found")

// ArticleRow is an article in a list.
type ArticleRow struct {
	ID          int64  `json:"id"`
	DocID       string `json:"doc_id"`
	Title       string `json:"title"`
	Source      string `json:"source"`
	Published   string `json:"published"`
	URL         string `json:"url"`
	DuplicateOf int64  `json:"duplicate_of,omitempty"`
}

// Articles lists stored articles, newest first, optionally those matching a full-text query.
func (s *Store) Articles(q string, limit, offset int) ([]ArticleRow, error) {
	query := `SELECT id, doc_id, COALESCE(title, ''), COALESCE(source, ''), COALESCE(published, ''), COALESCE(url, ''), COALESCE(duplicate_of, 0) FROM articles`
	var args []any
	if q != "" {
		query += ` WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`
		args = append(args, q)
	}
	query += ` ORDER BY id DESC LIMIT ? OFFSET ?`
	args = append(args, limit, offset)
	rows, err := s.read.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ArticleRow{}
	for rows.Next() {
		var a ArticleRow
		if err := rows.Scan(&a.ID, &a.DocID, &a.Title, &a.Source, &a.Published, &a.URL, &a.DuplicateOf); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Document returns the contract Document (JSON) of an article.
func (s *Store) Document(id int64) ([]byte, error) {
	var doc []byte
	err := s.read.QueryRow(`SELECT doc FROM articles WHERE id = ?`, id).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return decodeDoc(doc)
}

// ActorCount is how often an actor code appears in events, on either side.
type ActorCount struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Events int    `json:"events"`
}

// Actors lists the most frequent actor codes with a name seen for them.
func (s *Store) Actors(limit int) ([]ActorCount, error) {
	rows, err := s.read.Query(`SELECT code, MAX(name), COUNT(*) AS n FROM (
		SELECT source_code AS code, source_name AS name FROM events UNION ALL SELECT target_code, target_name FROM events)
		GROUP BY code ORDER BY n DESC, code LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ActorCount{}
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Events); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
