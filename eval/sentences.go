package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/chronicle-news/chronicle"
)

// Sentence is one annotated sentence of a sentence set: a JSONL line
// {"text": …, "events": [{"source": "ISRMIL", "target": "PSE", "code": "190", "plover": "ASSAULT"}]}.
// An empty events list says the sentence reports no event that happened (none at all, or only
// negated or hypothetical ones).
type Sentence struct {
	Text   string          `json:"text"`
	Events []SentenceEvent `json:"events"`
	// Line is the sentence's line in its file.
	Line int `json:"-"`
}

// SentenceEvent is an annotated event of a sentence. Plover is empty for CAMEO 01 and 02.
type SentenceEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
	Plover string `json:"plover"`
}

// ReadSentences reads a sentence set; errors name the file and line.
func ReadSentences(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var s Sentence
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if s.Text == "" {
			return nil, fmt.Errorf("%s:%d: no \"text\"", path, n)
		}
		s.Line = n
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// SentenceScores are the scores of a sentence set.
type SentenceScores struct {
	// Triples matches (source country, target country, CAMEO root) per sentence, by root.
	Triples *Table
	// Plover matches PLOVER event types per sentence, whoever the actors.
	Plover *Table
}

// NewSentenceScores returns empty scores.
func NewSentenceScores() *SentenceScores {
	return &SentenceScores{
		Triples: NewTable("sentence events (source country, target country, root)"),
		Plover:  NewTable("sentence events (PLOVER type)"),
	}
}

// Merge adds o.
func (s *SentenceScores) Merge(o *SentenceScores) {
	s.Triples.Merge(o.Triples)
	s.Plover.Merge(o.Plover)
}

// happened reports whether a predicted event claims that something happened or is planned:
// negated and hypothetical events do not.
func happened(ev chronicle.Event) bool {
	return !ev.Negated && ev.Mode != "hypothetical" && ev.Source != nil && ev.Target != nil
}

// ScoreSentence scores the events of one analysed sentence. Each gold event matches at most one
// predicted event; an event coded twice counts once as found and once as a false positive.
func ScoreSentence(g Sentence, doc *chronicle.Document) *SentenceScores {
	s := NewSentenceScores()
	where := fmt.Sprintf("line %d", g.Line)
	// triples
	used := make([]bool, len(g.Events))
	for _, ev := range doc.Events {
		if !happened(ev) {
			continue
		}
		src, tgt := countryOf(ev.Source.Code), countryOf(ev.Target.Code)
		found := false
		for i, ge := range g.Events {
			if !used[i] && countryOf(ge.Source) == src && countryOf(ge.Target) == tgt && rootOf(ge.Code) == ev.Root {
				used[i], found = true, true
				break
			}
		}
		if found {
			s.Triples.Get(ev.Root).TP++
			continue
		}
		s.Triples.Get(ev.Root).FP++
		s.Triples.Errors = append(s.Triples.Errors, fmt.Sprintf("%s: FP %s→%s %s (%s → %s) by %s: %s", where, src, tgt, ev.Code, ev.Source.Text, ev.Target.Text, ev.Rule, g.Text))
	}
	for i, ge := range g.Events {
		if !used[i] {
			s.Triples.Get(rootOf(ge.Code)).FN++
			s.Triples.Errors = append(s.Triples.Errors, fmt.Sprintf("%s: FN %s→%s %s: %s", where, countryOf(ge.Source), countryOf(ge.Target), ge.Code, g.Text))
		}
	}
	// PLOVER types
	want := map[string]int{}
	for _, ge := range g.Events {
		if ge.Plover != "" {
			want[ge.Plover]++
		}
	}
	for _, ev := range doc.Events {
		if !happened(ev) || ev.Plover == "" {
			continue
		}
		if want[ev.Plover] > 0 {
			want[ev.Plover]--
			s.Plover.Get(ev.Plover).TP++
			continue
		}
		s.Plover.Get(ev.Plover).FP++
		s.Plover.Errors = append(s.Plover.Errors, fmt.Sprintf("%s: FP %s (%s) by %s: %s", where, ev.Plover, ev.Code, ev.Rule, g.Text))
	}
	for p, n := range want {
		if n > 0 {
			s.Plover.Get(p).FN += n
			s.Plover.Errors = append(s.Plover.Errors, fmt.Sprintf("%s: FN %s ×%d: %s", where, p, n, g.Text))
		}
	}
	return s
}
