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

// TestPeriods: expressions that name a span of days, or a day counted back from publication.
func TestPeriods(t *testing.T) {
	// Published Thursday 2020-01-23.
	cases := []struct {
		text   string
		future bool
		want   string // a day, or first/last
	}{
		{"Protests began in May.", false, "2019-05-01/2019-05-31"},
		{"Protests began in January.", false, "2020-01-01/2020-01-31"},
		{"Elections will be held in May.", true, "2020-05-01/2020-05-31"},
		{"Elections were held last January.", false, "2019-01-01/2019-01-31"},
		{"The unrest began in early October.", false, "2019-10-01/2019-10-10"},
		{"The unrest began in late October.", false, "2019-10-21/2019-10-31"},
		{"The talks stalled in mid-December.", false, "2019-12-11/2019-12-20"},
		{"The deal was first proposed in 2018.", false, "2018-01-01/2018-12-31"},
		{"It revives memories of 2013, when the EU imposed duties.", false, "2013-01-01/2013-12-31"},
		{"Clashes erupted three days ago.", false, "2020-01-20"},
		{"The ministry said a week ago that it would act.", false, "2020-01-16"},
		{"He was arrested two months ago.", false, "2019-11-01/2019-11-30"},
		{"Earlier this week, the envoy arrived.", false, "2020-01-20/2020-01-22"},
		{"Earlier this year, the envoy arrived.", false, "2020-01-01/2020-01-22"},
		{"Gunmen attacked a checkpoint last night.", false, "2020-01-22"},
		{"Police clashed with protesters over the weekend.", false, "2020-01-18/2020-01-19"},
		{"Protesters plan to march this weekend.", true, "2020-01-25/2020-01-26"},
	}
	for _, c := range cases {
		es := find(t, c.text, "2020-01-23", c.future)
		got := ""
		if len(es) == 1 {
			got = es[0].Date + strings.Join(es[0].Range, "/")
		}
		if got != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, es, c.want)
		}
	}
	for _, s := range []string{"May God protect us, he said.", "The man, 2018 winner, spoke.", "The figures of 2013 were lower.", "They may meet in Geneva.", "Earlier this week"} {
		pub := "2020-01-20" // a Monday: nothing of this week is earlier
		if es := find(t, s, pub, false); len(es) != 0 {
			t.Errorf("%q: got %+v", s, es)
		}
	}
}
