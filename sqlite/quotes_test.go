package sqlite

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestQuoteFilters(t *testing.T) {
	s := open(t)
	a := doc("a", story, "https://example.com/a", "A")
	a.Title = "Iraqis to rally"
	a.Quotes = []chronicle.Quote{
		{Start: 0, End: 13, Text: "We will rally", Kind: "direct", Speaker: &chronicle.Speaker{Name: "Muqtada al-Sadr", Actor: "IRQREL"},
			Cue: &chronicle.TextSpan{Text: "said"}, Channel: "Twitter"},
		{Start: 20, End: 40, Text: "foreign troops must leave", Kind: "indirect", Speaker: &chronicle.Speaker{Name: "Barham Salih", Actor: "IRQGOV"}},
	}
	b := doc("b", "Russian forces shelled Ukrainian positions near Kharkiv overnight, the regional governor said on Monday morning.", "", "B")
	b.Published = "2020-02-10"
	b.Quotes = []chronicle.Quote{{Text: "Kharkiv was shelled all night", Kind: "direct", Speaker: &chronicle.Speaker{Name: "Oleh Syniehubov", Actor: "UKRGOV"}}}
	c := doc("c", "An article whose quote has no speaker at all, as happens with unattributed slogans.", "", "C")
	c.Quotes = []chronicle.Quote{{Text: "No to occupation", Kind: "direct"}}
	for _, d := range []*chronicle.Document{a, b, c} {
		if _, err := s.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	find := func(f QuoteFilter) string {
		var got []string
		if err := s.Quotes(f, func(q QuoteRow) error { got = append(got, q.Text); return nil }); err != nil {
			t.Fatal(err)
		}
		return strings.Join(got, "|")
	}
	cases := []struct {
		f    QuoteFilter
		want string
	}{
		{QuoteFilter{}, "We will rally|foreign troops must leave|No to occupation|Kharkiv was shelled all night"},
		{QuoteFilter{Speaker: "sadr"}, "We will rally"},
		{QuoteFilter{Actor: "IRQ"}, "We will rally|foreign troops must leave"},
		{QuoteFilter{Actor: "IRQGOV"}, "foreign troops must leave"},
		{QuoteFilter{Text: "troops"}, "foreign troops must leave"},
		{QuoteFilter{Text: "shell*"}, "Kharkiv was shelled all night"},
		{QuoteFilter{From: "2020-02-01"}, "Kharkiv was shelled all night"},
		{QuoteFilter{To: "2020-01-31", Speaker: "Salih"}, "foreign troops must leave"},
		{QuoteFilter{Limit: 1, Offset: 1}, "foreign troops must leave"},
		{QuoteFilter{Speaker: "Trump"}, ""},
	}
	for _, c := range cases {
		if got := find(c.f); got != c.want {
			t.Errorf("%+v: got %q, want %q", c.f, got, c.want)
		}
	}
	var first QuoteRow
	s.Quotes(QuoteFilter{Limit: 1}, func(q QuoteRow) error { first = q; return nil })
	if first.Title != "Iraqis to rally" || first.URL != "https://example.com/a" || first.Cue != "said" || first.Channel != "Twitter" ||
		first.SpeakerActor != "IRQREL" || first.End != 13 || first.Published != "2020-01-23" {
		t.Errorf("first quote's fields: %+v", first)
	}
	if err := s.Quotes(QuoteFilter{Text: `"unbalanced`}, func(QuoteRow) error { return nil }); err == nil || !strings.Contains(err.Error(), "quotes:") {
		t.Errorf("a malformed full-text query says so: %v", err)
	}
}
