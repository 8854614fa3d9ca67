package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

func defaultPipeline(t testing.TB) chronicle.Pipeline {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunKeepsOrderAndReportsErrors(t *testing.T) {
	p := defaultPipeline(t)
	n := 0
	next := func() (Job[int], bool) {
		if n == 50 {
			return Job[int]{}, false
		}
		n++
		job := Job[int]{Meta: n}
		if n%7 != 0 { // every 7th job is a pass-through, as a skipped input would be
			a := chronicle.Article{ID: fmt.Sprint(n), Text: strings.Repeat("Salih met Trump in Davos. ", n%5+1)}
			job.Article = &a
		}
		return job, true
	}
	want := 1
	err := Run(p, 4, next, func(r Result[int]) error {
		if r.Meta != want {
			t.Fatalf("result %d out of order, want %d", r.Meta, want)
		}
		if (r.Meta%7 == 0) != (r.Doc == nil) {
			t.Errorf("job %d: doc %v", r.Meta, r.Doc != nil)
		}
		if r.Doc != nil && len(r.Doc.Entities) == 0 {
			t.Errorf("job %d: no entities", r.Meta)
		}
		want++
		return nil
	})
	if err != nil || want != 51 {
		t.Fatalf("err %v, emitted %d", err, want-1)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	p := defaultPipeline(t)
	n := 0
	next := func() (Job[int], bool) {
		n++
		a := chronicle.Article{Text: "Paris is calm."}
		return Job[int]{Article: &a, Meta: n}, n <= 1000
	}
	calls := 0
	err := Run(p, 2, next, func(Result[int]) error {
		calls++
		if calls == 3 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	if err == nil || err.Error() != "disk full" || calls != 3 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"BAGHDAD (Reuters) - Lt. Gen. X al-Y said “no” to the U.S.-led forces.",
		"\"\"\" ''' ((( ]]] ... --- al- al-- -al Al-Qaeda-linked",
		"The The The A An Mr. Mr. Mr.",
		"President\n\nPresident of\n\nthe cleric the cleric",
	} {
		f.Add(s)
	}
	p := defaultPipeline(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		doc, err := Analyze(p, chronicle.Article{Text: s})
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(s)
		for _, e := range doc.Entities {
			if e.Start < 0 || e.End > len(runes) || e.Start >= e.End || string(runes[e.Start:e.End]) != e.Text {
				t.Fatalf("entity %+v does not match text[start:end]", e)
			}
			if e.Type == "" || e.Canonical == "" || e.Rule == "" {
				t.Fatalf("incomplete entity %+v", e)
			}
		}
	})
}
