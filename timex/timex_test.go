package timex

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

func find(t *testing.T, s, published string, future bool) []Expr {
	d := chronicle.NewDocument(chronicle.Article{Text: s})
	text.Segment(d)
	return Find(d.Tokens, 0, len(d.Tokens), published, func(int) bool { return future })
}

func TestWeekdays(t *testing.T) {
	// Published Thursday 2020-01-23.
	cases := []struct {
		text   string
		future bool
		want   string
	}{
		{"Salih met Trump on Wednesday.", false, "2020-01-22"},
		{"Millions will rally on Friday.", true, "2020-01-24"},
		{"He spoke on Thursday.", false, "2020-01-23"},
		{"He will speak on Thursday.", true, "2020-01-23"},
		{"Police said on Friday the road was closed.", false, "2020-01-17"},
		{"The vote is next Monday.", false, "2020-01-27"},
		{"They met yesterday.", false, "2020-01-22"},
		{"The deal was signed on January 9.", false, "2020-01-09"},
		{"The deal was signed on 9 January 2019.", false, "2019-01-09"},
		{"Talks resumed on Dec. 30.", false, "2019-12-30"},
	}
	for _, c := range cases {
		es := find(t, c.text, "2020-01-23", c.future)
		if len(es) != 1 || es[0].Date != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, es, c.want)
		}
	}
}

func TestRanges(t *testing.T) {
	es := find(t, "Last week, Sadr called for a march.", "2020-01-23", false)
	if len(es) != 1 || strings.Join(es[0].Range, "/") != "2020-01-13/2020-01-19" {
		t.Errorf("last week: %+v", es)
	}
	es = find(t, "Earlier this month, prices rose.", "2020-01-23", false)
	if len(es) != 1 || strings.Join(es[0].Range, "/") != "2020-01-01/2020-01-22" {
		t.Errorf("earlier this month: %+v", es)
	}
}

func TestNotDates(t *testing.T) {
	for _, s := range []string{"They may march in protest.", "The march in the capital."} {
		if es := find(t, s, "2020-01-23", false); len(es) != 0 {
			t.Errorf("%q: got %+v", s, es)
		}
	}
	if es := find(t, "On Friday.", "", false); es != nil {
		t.Error("nothing resolves without a publication date")
	}
}
