package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
)

func store(t *testing.T) *sqlite.Store {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i, text := range []string{
		"Millions of Iraqis rallied in Baghdad on Friday against the US military presence, organisers said on the day.",
		"Russian forces shelled Ukrainian positions near Kharkiv overnight, the regional governor said early on Monday.",
	} {
		d := chronicle.NewDocument(chronicle.Article{ID: string(rune('a' + i)), Text: text, URL: "https://example.org/" + string(rune('a'+i)), Source: "Example", Published: "2020-01-24"})
		d.Events = []chronicle.Event{{Code: "141", Root: "14", Name: "Demonstrate or rally", Quad: 3, Goldstein: -6.5,
			Source: &chronicle.EventActor{Name: "Iraqis", Code: "IRQCVL"}, Target: &chronicle.EventActor{Name: "US military", Code: "USAMIL"},
			Place: &chronicle.Place{Name: "Baghdad", Country: "IRQ", Lat: 33.34, Lon: 44.4}, Rule: "lexicon:rally/141"}}
		if i == 1 {
			d.Events[0].Code, d.Events[0].Root = "194", "19"
		}
		if _, err := s.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestGDELTHas61Columns(t *testing.T) {
	var b bytes.Buffer
	if err := GDELT(&b, store(t)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d rows", len(lines))
	}
	for _, l := range lines {
		cols := strings.Split(l, "\t")
		if len(cols) != 61 {
			t.Fatalf("%d columns: %q", len(cols), l)
		}
		if cols[1] != "20200124" || cols[5] != "IRQCVL" || cols[7] != "IRQ" || cols[12] != "CVL" || cols[15] != "USAMIL" || cols[52] != "Baghdad" || cols[26] != cols[27] {
			t.Errorf("columns: %q", cols)
		}
	}
}

func TestMentionsHave16Columns(t *testing.T) {
	var b bytes.Buffer
	if err := Mentions(&b, store(t)); err != nil {
		t.Fatal(err)
	}
	lengths := map[string]bool{"109": true, "110": true} // the two articles' lengths in characters
	for _, l := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		cols := strings.Split(l, "\t")
		if len(cols) != 16 {
			t.Errorf("%d columns", len(cols))
			continue
		}
		if !lengths[cols[12]] { // MentionDocLen: the article's text, not its stored analysis
			t.Errorf("MentionDocLen %s, want an article's length", cols[12])
		}
	}
}

func TestParquetReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := Parquet(&b, store(t)); err != nil {
		t.Fatal(err)
	}
	rows, err := parquet.Read[ParquetEvent](bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Code != "141" || rows[1].Code != "194" || rows[0].Lat != 33.34 || rows[0].NumMentions != 1 {
		t.Errorf("rows %+v", rows)
	}
}

func TestJSONLAndCSV(t *testing.T) {
	s := store(t)
	var j, c bytes.Buffer
	if err := JSONL(&j, s); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(j.String(), "\n"); n != 2 || !strings.Contains(j.String(), `"text":"Millions of Iraqis`) {
		t.Errorf("jsonl: %d lines", n)
	}
	if err := CSV(&c, s); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(c.String()), "\n"); len(lines) != 3 || !strings.HasPrefix(lines[0], "id,date,code") {
		t.Errorf("csv: %q", lines)
	}
}
