package eval

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// QuoteScores are the quote tables of one or more documents.
type QuoteScores struct {
	Overlap *Table // span overlap ≥ 50 %, by kind
	Exact   *Table // identical spans, by kind
	// Speakers counts matched quotes (overlap) whose speaker is right.
	SpeakersRight, SpeakersMatched int
}

// NewQuoteScores returns empty tables.
func NewQuoteScores() *QuoteScores {
	return &QuoteScores{Overlap: NewTable("quotes (span overlap ≥ 50%)"), Exact: NewTable("quotes (exact span)")}
}

// Merge adds o.
func (q *QuoteScores) Merge(o *QuoteScores) {
	q.Overlap.Merge(o.Overlap)
	q.Exact.Merge(o.Exact)
	q.SpeakersRight += o.SpeakersRight
	q.SpeakersMatched += o.SpeakersMatched
}

// SpeakerAccuracy is the share of matched quotes with the right speaker.
func (q *QuoteScores) SpeakerAccuracy() float64 { return ratio(q.SpeakersRight, q.SpeakersMatched) }

type goldSpan struct {
	start, end int // code points
	q          GoldQuote
}

func kindLabel(k string) string {
	if k == "direct" {
		return "direct"
	}
	return "indirect" // indirect and mixed
}

// ScoreQuotes matches predicted quotes to gold quotes. Gold texts are located in the article;
// optional gold quotes count when found and are not missed otherwise.
func ScoreQuotes(g *Gold, doc *chronicle.Document) *QuoteScores {
	qs := NewQuoteScores()
	name := filepath.Base(g.TextPath)
	var gold []goldSpan
	from := 0
	for _, q := range g.Quotes {
		if q.Text == "" {
			continue
		}
		b := strings.Index(doc.Text[from:], q.Text)
		if b >= 0 {
			b += from
		} else if b = strings.Index(doc.Text, q.Text); b < 0 {
			qs.Overlap.Errors = append(qs.Overlap.Errors, fmt.Sprintf("%s: gold quote not in text: %q", name, q.Text))
			continue
		}
		from = b
		start := utf8.RuneCountInString(doc.Text[:b])
		gold = append(gold, goldSpan{start, start + utf8.RuneCountInString(q.Text), q})
		qs.Overlap.Get(kindLabel(q.Kind))
		qs.Exact.Get(kindLabel(q.Kind))
	}
	alias := map[string]string{}
	for full, as := range g.Aliases {
		for _, a := range as {
			alias[normName(a)] = normName(full)
		}
	}
	match := func(t *Table, ok func(p chronicle.Quote, gs goldSpan) bool, speakers bool) {
		used := make([]bool, len(gold))
		matched := make([]int, len(doc.Quotes))
		for pi, p := range doc.Quotes {
			matched[pi] = -1
			for i, gs := range gold {
				if !used[i] && ok(p, gs) {
					matched[pi] = i
					used[i] = true
					break
				}
			}
		}
		for pi, p := range doc.Quotes {
			best := matched[pi]
			if best < 0 {
				// A mixed quote and the direct words inside it are one statement: annotators
				// mark either the clause or the quoted words, so the unmatched half is no error.
				if nestedInMatched(doc.Quotes, matched, pi) {
					continue
				}
				t.Get(kindLabel(p.Kind)).FP++
				t.Errors = append(t.Errors, fmt.Sprintf("%s: FP %s %q", name, p.Kind, clip(p.Text)))
				continue
			}
			t.Get(kindLabel(gold[best].q.Kind)).TP++
			if speakers {
				qs.SpeakersMatched++
				if sameSpeaker(p, gold[best].q.Speaker, alias) {
					qs.SpeakersRight++
				} else {
					got := "<none>"
					if p.Speaker != nil {
						got = p.Speaker.Name
					}
					t.Errors = append(t.Errors, fmt.Sprintf("%s: speaker %q, want %q for %q", name, got, gold[best].q.Speaker, clip(p.Text)))
				}
			}
		}
		for i, gs := range gold {
			if !used[i] && !gs.q.Optional {
				t.Get(kindLabel(gs.q.Kind)).FN++
				t.Errors = append(t.Errors, fmt.Sprintf("%s: FN %s %q", name, gs.q.Kind, clip(gs.q.Text)))
			}
		}
	}
	match(qs.Overlap, func(p chronicle.Quote, gs goldSpan) bool { return overlap(p.Start, p.End, gs.start, gs.end) >= 0.5 }, true)
	match(qs.Exact, func(p chronicle.Quote, gs goldSpan) bool { return p.Start == gs.start && p.End == gs.end }, false)
	return qs
}

// nestedInMatched reports whether quote pi contains, or lies inside, a quote that matched gold,
// with one of the two a mixed quote.
func nestedInMatched(qs []chronicle.Quote, matched []int, pi int) bool {
	p := qs[pi]
	for k, q := range qs {
		if k == pi || matched[k] < 0 || (p.Kind != "mixed" && q.Kind != "mixed") {
			continue
		}
		if p.Start <= q.Start && q.End <= p.End || q.Start <= p.Start && p.End <= q.End {
			return true
		}
	}
	return false
}

// overlap is the shared length over the longer of the two spans.
func overlap(a0, a1, b0, b1 int) float64 {
	lo, hi := max(a0, b0), min(a1, b1)
	if hi <= lo {
		return 0
	}
	return float64(hi-lo) / float64(max(a1-a0, b1-b0))
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, d := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, d)
	}
	return strings.NewReplacer("’", "'").Replace(s)
}

func sameSpeaker(p chronicle.Quote, want string, alias map[string]string) bool {
	if p.Speaker == nil {
		return want == ""
	}
	w := normName(want)
	for _, got := range []string{p.Speaker.Name, p.Speaker.Text} {
		g := normName(got)
		if g == w || alias[g] == w || alias[w] == g && g != "" {
			return true
		}
		// a description cut short: "a senior Indian official" for "… familiar with the talks"
		if len(g) >= 12 && strings.HasPrefix(w, g+" ") {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:57] + "…"
	}
	return s
}
