package eval

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// EventScores are the event scores of one or more documents.
type EventScores struct {
	// Triples matches (source country, target country, CAMEO root) per article.
	Triples *Table
	// AltTriples matches the same triples but also accepts the root of a gold event's
	// alternative codes ("other codes an expert coder could defend", in the seed's words).
	AltTriples *Table
	// CodeRight counts matched events whose full code is the gold code or one of its alternatives.
	CodeRight, Matched int
	// DateRight counts matched events with a gold date (or range) that got it right.
	DateRight, Dated int
}

// NewEventScores returns empty scores.
func NewEventScores() *EventScores {
	return &EventScores{
		Triples:    NewTable("events (source country, target country, root)"),
		AltTriples: NewTable("events (source country, target country, root or a root of the gold's alternatives)"),
	}
}

// Merge adds o.
func (e *EventScores) Merge(o *EventScores) {
	e.Triples.Merge(o.Triples)
	e.AltTriples.Merge(o.AltTriples)
	e.CodeRight += o.CodeRight
	e.Matched += o.Matched
	e.DateRight += o.DateRight
	e.Dated += o.Dated
}

func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// ScoreEvents matches predicted events to gold events by their triple. Negated and hypothetical
// events are not predictions of something that happened and are left out; optional gold events count when
// found and are not missed otherwise. Codes and dates are compared on the strict matching.
func ScoreEvents(g *Gold, doc *chronicle.Document) *EventScores {
	es := NewEventScores()
	strict := func(ge GoldEvent, root string) bool { return rootOf(ge.Code) == root }
	es.Triples = matchEvents(g, doc, strict, es)
	es.AltTriples = matchEvents(g, doc, func(ge GoldEvent, root string) bool {
		if strict(ge, root) {
			return true
		}
		for _, alt := range ge.Alt {
			if rootOf(alt) == root {
				return true
			}
		}
		return false
	}, nil)
	es.AltTriples.Title = "events (source country, target country, root or a root of the gold's alternatives)"
	return es
}

// matchEvents scores the triples of doc against g, a root matching a gold event when sameRoot
// says so; with es given, it also counts the codes and dates of the matched events.
func matchEvents(g *Gold, doc *chronicle.Document, sameRoot func(GoldEvent, string) bool, es *EventScores) *Table {
	t := NewTable("events (source country, target country, root)")
	t.Get("events")
	name := filepath.Base(g.TextPath)
	used := make([]bool, len(g.Events))
	matches := func(ge GoldEvent, ev chronicle.Event) bool {
		return countryOf(ge.Source) == countryOf(ev.Source.Code) && countryOf(ge.Target) == countryOf(ev.Target.Code) && sameRoot(ge, ev.Root)
	}
	// events whose sentence holds the evidence of a gold event with their triple are matched
	// first, so that a headline restating the lede does not take the lede's gold event
	order := make([]chronicle.Event, 0, len(doc.Events))
	var rest []chronicle.Event
	for _, ev := range doc.Events {
		if !happened(ev) {
			continue
		}
		sentence := sentenceText(doc, ev.Sentence)
		local := false
		for _, ge := range g.Events {
			if matches(ge, ev) && ge.Evidence != "" && strings.Contains(sentence, ge.Evidence) {
				local = true
				break
			}
		}
		if local {
			order = append(order, ev)
		} else {
			rest = append(rest, ev)
		}
	}
	for _, ev := range append(order, rest...) {
		triple := fmt.Sprintf("%s→%s %s", countryOf(ev.Source.Code), countryOf(ev.Target.Code), ev.Root)
		// of the gold events with the same triple, prefer the one whose evidence is in the
		// event's sentence, then a required one over an optional one (an optional event is an
		// alternative reading: it must not take the prediction from the required event it
		// doubles), then the one with the same root and full code: dates and codes are then
		// compared with the event the prediction is about
		best, bestScore := -1, -1
		sentence := sentenceText(doc, ev.Sentence)
		for i, ge := range g.Events {
			if used[i] || !matches(ge, ev) {
				continue
			}
			score := 0
			if ge.Evidence != "" && strings.Contains(sentence, ge.Evidence) {
				score += 8
			}
			if !ge.Optional {
				score += 4
			}
			if rootOf(ge.Code) == ev.Root {
				score += 2
			}
			if ge.Code == ev.Code {
				score++
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			t.Get("events").FP++
			t.Errors = append(t.Errors, fmt.Sprintf("%s: FP %s %s (%s → %s) by %s", name, triple, ev.Code, ev.Source.Text, ev.Target.Text, ev.Rule))
			continue
		}
		used[best] = true
		ge := g.Events[best]
		t.Get("events").TP++
		if es == nil {
			continue
		}
		es.Matched++
		if ge.Code == ev.Code || contains(ge.Alt, ev.Code) {
			es.CodeRight++
		}
		if ge.Date != "" || len(ge.DateRange) == 2 {
			es.Dated++
			switch {
			case ge.Date != "" && ev.Date == ge.Date:
				es.DateRight++
			case len(ge.DateRange) == 2 && (ev.Date >= ge.DateRange[0] && ev.Date <= ge.DateRange[1] ||
				len(ev.DateRange) == 2 && ev.DateRange[0] == ge.DateRange[0] && ev.DateRange[1] == ge.DateRange[1]):
				es.DateRight++
			default:
				t.Errors = append(t.Errors, fmt.Sprintf("%s: date %q %v, want %q %v for %s", name, ev.Date, ev.DateRange, ge.Date, ge.DateRange, ge.ID))
			}
		}
	}
	for i, ge := range g.Events {
		if !used[i] && !ge.Optional {
			t.Get("events").FN++
			t.Errors = append(t.Errors, fmt.Sprintf("%s: FN %s→%s %s %s (%s)", name, countryOf(ge.Source), countryOf(ge.Target), rootOf(ge.Code), ge.ID, clip(ge.Evidence)))
		}
	}
	return t
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sentenceText is the text of sentence si of doc ("" when there is none).
func sentenceText(doc *chronicle.Document, si int) string {
	if si < 0 || si >= len(doc.Sentences) {
		return ""
	}
	sp := doc.Sentences[si]
	return chronicle.SpanText(doc.Text, sp.Start, sp.End)
}
