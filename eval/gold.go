// Package eval scores Chronicle's output against hand-annotated gold data and reports
// precision, recall and F1 per layer and type.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Gold is a hand annotation of one article in the seed's format.
type Gold struct {
	Document string              `json:"document"`
	About    string              `json:"about"`
	Metadata GoldMeta            `json:"metadata"`
	Entities map[string][]string `json:"entities"`
	Aliases  map[string][]string `json:"aliases"`
	Quotes   []GoldQuote         `json:"quotes"`
	Events   []GoldEvent         `json:"events"`

	// Path is the gold file; TextPath the article it annotates.
	Path     string `json:"-"`
	TextPath string `json:"-"`
}

// GoldMeta is the article's metadata.
type GoldMeta struct {
	Source     string `json:"source"`
	ReportedBy string `json:"reported_by"`
	Published  string `json:"published"`
	Language   string `json:"language"`
}

// GoldQuote is an annotated quote.
type GoldQuote struct {
	Text        string          `json:"text"`
	Speaker     string          `json:"speaker"`
	Kind        string          `json:"kind"`
	Cue         *string         `json:"cue"`
	Channel     string          `json:"channel"`
	AccordingTo json.RawMessage `json:"according_to"`
	Optional    bool            `json:"optional"`
}

// GoldEvent is an annotated event.
type GoldEvent struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	SourceName string   `json:"source_name"`
	Target     string   `json:"target"`
	TargetName string   `json:"target_name"`
	Code       string   `json:"code"`
	Alt        []string `json:"alt"`
	Location   string   `json:"location"`
	Country    string   `json:"country"`
	Date       string   `json:"date"`
	DateRange  []string `json:"date_range"`
	Evidence   string   `json:"evidence"`
	Optional   bool     `json:"optional"`
}

// LoadGold reads a gold file; the article is the "document" beside it.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if g.Document == "" {
		return nil, fmt.Errorf("%s: no \"document\" field", path)
	}
	g.Path = path
	g.TextPath = filepath.Join(filepath.Dir(path), g.Document)
	return &g, nil
}
