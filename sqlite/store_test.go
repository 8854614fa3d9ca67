package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
)

func open(t testing.TB) *Store {
	s, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func doc(id, text, url, source string, events ...chronicle.Event) *chronicle.Document {
	d := chronicle.NewDocument(chronicle.Article{ID: id, Text: text, URL: url, Source: source, Published: "2020-01-23"})
	d.Events = events
	d.Quotes = []chronicle.Quote{{Text: "We will rally", Kind: "direct", Speaker: &chronicle.Speaker{Name: "Muqtada al-Sadr"}}}
	return d
}

func rally(date string) chronicle.Event {
	return chronicle.Event{Code: "141", Root: "14", Name: "Demonstrate or rally", Plover: "PROTEST", Goldstein: -6.5, Quad: 3,
		Source: &chronicle.EventActor{Name: "Iraqi people", Code: "IRQCVL"}, Target: &chronicle.EventActor{Name: "US military", Code: "USAMIL"},
		Date: date, Place: &chronicle.Place{Name: "Baghdad", Country: "IRQ", Lat: 33.3, Lon: 44.4}, Rule: "lexicon:rally/141"}
}

const story = "Millions of Iraqis are set to rally in Baghdad on Friday against the US military presence, organisers said, as anger grows over the meeting in Davos between the two presidents."

func TestAddIsIdempotentAndMergesEvents(t *testing.T) {
	s := open(t)
	a, err := s.Add(doc("a", story, "https://a.example/1", "Agency A", rally("2020-01-24")))
	if err != nil || a.Duplicate || a.NewEvents != 1 {
		t.Fatalf("first add: %+v %v", a, err)
	}
	again, err := s.Add(doc("a-again", story, "", "Agency A", rally("2020-01-24")))
	if err != nil || !again.Duplicate {
		t.Fatalf("same text again must add nothing: %+v %v", again, err)
	}
	sameURL, _ := s.Add(doc("a-new-text", "Entirely different words about a football match in Madrid that ended in a draw after extra time.", "https://a.example/1", "Agency A"))
	if !sameURL.Duplicate {
		t.Error("same URL must add nothing")
	}
	// Another outlet reports the same event in other words: one event, two mentions.
	other := "Iraqi protesters plan a mass rally against American troops in the capital Baghdad this Friday, a cleric announced after weeks of tension in the country."
	b, err := s.Add(doc("b", other, "https://b.example/2", "Agency B", rally("2020-01-24")))
	if err != nil || b.NewEvents != 0 || b.Events != 1 {
		t.Fatalf("second report: %+v %v", b, err)
	}
	var n, mentions, sources, articles int
	s.Events(Filter{}, func(e EventRow) error {
		n++
		mentions, sources, articles = e.NumMentions, e.NumSources, e.NumArticles
		return nil
	})
	if n != 1 || mentions != 2 || sources != 2 || articles != 2 {
		t.Errorf("want 1 event with 2 mentions, sources, articles; got %d events, %d/%d/%d", n, mentions, sources, articles)
	}
	// Counts grow as articles come in; they must equal a recount over the mentions, whatever
	// the mix: a source seen before, an event mentioned twice in one article, a new event
	// mentioned twice in the article that brings it.
	third := "Agency A returns to the rally: organisers repeat that the march in Baghdad on Friday will be huge, and that the rally will be peaceful."
	twice := rally("2020-01-25")
	if _, err := s.Add(doc("c", third, "", "Agency A", rally("2020-01-24"), rally("2020-01-24"), twice, twice)); err != nil {
		t.Fatal(err)
	}
	rows, err := s.DB().Query(`SELECT e.num_mentions, e.num_sources, e.num_articles, COUNT(*),
		COUNT(DISTINCT COALESCE(NULLIF(m.source, ''), m.article_id)), COUNT(DISTINCT m.article_id)
		FROM events e JOIN event_mentions m ON m.event_id = e.id GROUP BY e.id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m, src, art, wantM, wantSrc, wantArt int
		rows.Scan(&m, &src, &art, &wantM, &wantSrc, &wantArt)
		if m != wantM || src != wantSrc || art != wantArt {
			t.Errorf("counts kept %d/%d/%d, recounted %d/%d/%d", m, src, art, wantM, wantSrc, wantArt)
		}
	}
	rows.Close()
	counts, err := s.Counts("IRQ", "2020-01-24", "2020-01-24")
	if err != nil || len(counts) != 1 || counts[0].N != 1 || counts[0].Day != "2020-01-24" || counts[0].Root != "14" {
		t.Errorf("summary counts: %+v %v", counts, err)
	}
	st, _ := s.Stats()
	if st.Articles != 3 || st.Quotes != 3 || st.Mentions != 6 {
		t.Errorf("stats %+v", st)
	}
}

func TestNearDuplicatesAreLinkedNotCounted(t *testing.T) {
	s := open(t)
	body := strings.Repeat(story+" ", 4)
	if _, err := s.Add(doc("orig", "BAGHDAD (Reuters) - "+body, "", "Reuters", rally("2020-01-24"))); err != nil {
		t.Fatal(err)
	}
	copyRes, err := s.Add(doc("copy", "Baghdad, Jan 23 (AFP) - "+body, "", "AFP", rally("2020-01-24")))
	if err != nil {
		t.Fatal(err)
	}
	if copyRes.Duplicate || copyRes.NearDuplicateOf == 0 || copyRes.Events != 0 {
		t.Fatalf("a wire copy must be linked, not counted: %+v", copyRes)
	}
	st, _ := s.Stats()
	if st.Articles != 2 || st.NearDuplicates != 1 || st.Mentions != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestQueryFilters(t *testing.T) {
	s := open(t)
	s.Add(doc("a", story, "", "A", rally("2020-01-24")))
	ev := rally("2020-02-10")
	ev.Code, ev.Root, ev.Plover = "190", "19", "ASSAULT"
	ev.Source = &chronicle.EventActor{Name: "Russian forces", Code: "RUSMIL"}
	ev.Target = &chronicle.EventActor{Name: "Ukraine", Code: "UKR"}
	s.Add(doc("b", "Russian forces shelled Ukrainian positions near Kharkiv overnight, the regional governor said on Monday morning.", "", "B", ev))
	count := func(f Filter) int {
		n := 0
		if err := s.Events(f, func(EventRow) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	cases := map[string]struct {
		f    Filter
		want int
	}{
		"all":          {Filter{}, 2},
		"country IRQ":  {Filter{Country: "IRQ"}, 1},
		"country usa":  {Filter{Country: "usa"}, 1},
		"actor RUS":    {Filter{Actor: "RUS"}, 1},
		"code 14":      {Filter{Code: "14"}, 1},
		"code 1":       {Filter{Code: "1"}, 2},
		"code 190":     {Filter{Code: "190"}, 1},
		"code 2":       {Filter{Code: "2"}, 0},
		"plover":       {Filter{Plover: "assault"}, 1},
		"from":         {Filter{From: "2020-02-01"}, 1},
		"to":           {Filter{To: "2020-01-31"}, 1},
		"place":        {Filter{Place: "Baghdad"}, 2},
		"text":         {Filter{Text: "Kharkiv"}, 1},
		"text no hits": {Filter{Text: "Antarctica"}, 0},
	}
	for name, c := range cases {
		if got := count(c.f); got != c.want {
			t.Errorf("%s: %d events, want %d", name, got, c.want)
		}
	}
	// The timeline follows every filter: from the summary when it can, else from the events,
	// counted the same way (once per country on either side).
	timeline := func(f Filter) string {
		counts, err := s.Timeline(f)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(counts)
	}
	for _, c := range []struct{ summary, events Filter }{
		{Filter{}, Filter{Place: "Baghdad"}},
		{Filter{Country: "irq"}, Filter{Country: "irq", Actor: "IRQ"}},
		{Filter{Code: "1"}, Filter{Code: "1", Text: "Baghdad OR Kharkiv"}},
		{Filter{Code: "19", From: "2020-02-01"}, Filter{Code: "190", Plover: "ASSAULT"}},
	} {
		want, got := timeline(c.summary), timeline(c.events)
		if want != got || want == "[]" {
			t.Errorf("timeline of %+v: %s; of %+v: %s", c.events, got, c.summary, want)
		}
	}
	if got := timeline(Filter{Actor: "RUS", Country: "IRQ"}); got != "[]" {
		t.Errorf("no event of RUS involves IRQ, timeline %s", got)
	}
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "re.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Add(doc("a", story, "", "A", rally("2020-01-24")))
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, _ := s.Stats()
	if st.Articles != 1 || st.Events != 1 {
		t.Errorf("after reopening: %+v", st)
	}
}

func TestSimHash(t *testing.T) {
	a := SimHash(strings.Repeat(story, 3))
	b := SimHash("LONDON - " + strings.Repeat(story, 3))
	c := SimHash("A different story about the central bank raising interest rates to fight inflation across the euro zone economies.")
	if d := popcount(a ^ b); d > nearThreshold {
		t.Errorf("near-identical texts differ in %d bits", d)
	}
	if d := popcount(a ^ c); d <= nearThreshold {
		t.Errorf("different texts differ in only %d bits", d)
	}
}

func popcount(x uint64) int { return len(strings.ReplaceAll(fmt.Sprintf("%b", x), "0", "")) }

// BenchmarkCountsOneMillionEvents measures the dashboard query — counts by day × country — over
// a store holding a million events, through the summary table.
func BenchmarkCountsOneMillionEvents(b *testing.B) {
	s := open(b)
	tx, _ := s.db.Begin()
	countries := []string{"IRQ", "USA", "SYR", "UKR", "RUS", "SDN", "MLI", "KEN", "BRA", "CHL"}
	for i := 0; i < 1_000_000; i++ {
		day := fmt.Sprintf("2020-%02d-%02d", i%12+1, i%28+1)
		tx.Exec(`INSERT INTO events (key, code, root, source_country, target_country, date) VALUES (?, '141', '14', ?, ?, ?)`,
			fmt.Sprint(i), countries[i%10], countries[(i+3)%10], day)
		tx.Exec(`INSERT INTO event_counts (day, country, root, n) VALUES (?, ?, '14', 1) ON CONFLICT(day, country, root) DO UPDATE SET n = n + 1`, day, countries[i%10])
	}
	tx.Commit()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		counts, err := s.Counts("IRQ", "2020-01-01", "2020-12-31")
		if err != nil || len(counts) == 0 {
			b.Fatal(err)
		}
	}
}

// TestAddAllStoresEachArticleWholeOrNotAtAll: a batch with a document that cannot be stored
// (a NaN coordinate cannot be encoded) stores the others, and the failing one says why.
func TestAddAllStoresEachArticleWholeOrNotAtAll(t *testing.T) {
	s := open(t)
	bad := rally("2020-01-24")
	bad.Place = &chronicle.Place{Name: "Nowhere", Lat: math.NaN()}
	other := "Iraqi protesters plan a mass rally against American troops in the capital Baghdad this Friday, a cleric announced after weeks of tension in the country."
	docs := []*chronicle.Document{
		doc("a", story, "", "Agency A", rally("2020-01-24")),
		doc("bad", "A report that cannot be stored because one of its places has no coordinates at all.", "", "Agency C", bad),
		doc("b", other, "", "Agency B", rally("2020-01-24")),
		doc("a-again", story, "", "Agency A", rally("2020-01-24")), // a duplicate within the batch
	}
	res, err := s.AddAll(docs)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || res[2].Err != nil || res[1].Err == nil || !strings.Contains(res[1].Err.Error(), "NaN") {
		t.Fatalf("want only the bad document to fail, saying why: %+v", res)
	}
	if !res[3].Duplicate || res[3].ID != res[0].ID {
		t.Errorf("a copy later in the same batch is a duplicate of the first: %+v", res[3])
	}
	st, _ := s.Stats()
	if st.Articles != 2 || st.Events != 1 || st.Mentions != 2 || st.Quotes != 2 {
		t.Errorf("stats %+v", st)
	}
	// the batch's text and quotes are searchable once it has committed
	arts, err := s.Articles("cleric", 10, 0)
	if err != nil || len(arts) != 1 || arts[0].DocID != "b" {
		t.Errorf("full-text search over the batch: %+v %v", arts, err)
	}
	var n int
	s.DB().QueryRow(`SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'rally'`).Scan(&n)
	if n != 2 {
		t.Errorf("%d quotes found by full text, want 2", n)
	}
	counts, _ := s.Counts("IRQ", "", "")
	if len(counts) != 1 || counts[0].N != 1 {
		t.Errorf("summary counts: %+v", counts)
	}
}

// TestMigrationFromVersion1 opens a store written with the first schema and finds its data,
// and its near-duplicate index, after the upgrade.
func TestMigrationFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat(story+" ", 4)
	sim := SimHash(body)
	stmts := []string{migrations[0], "PRAGMA user_version = 1",
		fmt.Sprintf(`INSERT INTO articles (id, doc_id, hash, simhash, doc, ingested_at) VALUES (1, 'orig', 'h1', %d, '{"text":"Bagdad é"}', 'now')`, int64(sim)),
		`INSERT INTO entities (article_id, start, "end", type, text) VALUES (1, 0, 7, 'GPE', 'Baghdad'), (1, 0, 7, 'GPE', 'Baghdad')`,
	}
	for b := 0; b < 4; b++ {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO simhash_bands (band, value, article_id) VALUES (%d, %d, 1)`, b, band(sim, b)))
	}
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var version, entities int
	s.DB().QueryRow("PRAGMA user_version").Scan(&version)
	s.DB().QueryRow("SELECT COUNT(*) FROM entities").Scan(&entities)
	if version != len(migrations) || entities != 1 {
		t.Errorf("version %d, %d entity rows (want %d, 1)", version, entities, len(migrations))
	}
	res, err := s.Add(doc("copy", "Baghdad, Jan 23 (AFP) - "+body, "", "AFP"))
	if err != nil || res.NearDuplicateOf != 1 {
		t.Errorf("a copy of the migrated article: %+v %v", res, err)
	}
	// a document stored as plain JSON before compression reads back, and its length is filled in
	if got, err := s.Document(1); err != nil || string(got) != `{"text":"Bagdad é"}` {
		t.Errorf("pre-compression document: %q %v", got, err)
	}
	var length int
	if err := s.DB().QueryRow("SELECT length FROM articles WHERE id = 1").Scan(&length); err != nil || length != 8 {
		t.Errorf("migrated article length %d (%v), want 8 characters", length, err)
	}
}

// TestDocumentsAreStoredCompressed: the stored document is a fraction of its JSON and reads
// back as that JSON, through Document and Documents alike.
func TestDocumentsAreStoredCompressed(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "z.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := doc("a", strings.Repeat(story+"\n\n", 3), "", "AFP", rally("2020-01-24"))
	want, _ := json.Marshal(d)
	res, err := s.Add(d)
	if err != nil {
		t.Fatal(err)
	}
	var stored int
	s.DB().QueryRow("SELECT length(doc) FROM articles WHERE id = ?", res.ID).Scan(&stored)
	if stored == 0 || stored*2 > len(want) {
		t.Errorf("stored document is %d bytes for %d of JSON: not compressed", stored, len(want))
	}
	got, err := s.Document(res.ID)
	if err != nil || string(got) != string(want) {
		t.Errorf("Document: %v\n got %.200s\nwant %.200s", err, got, want)
	}
	var all []string
	s.Documents(func(id int64, doc []byte) error { all = append(all, string(doc)); return nil })
	if len(all) != 1 || all[0] != string(want) {
		t.Errorf("Documents gave %d documents, first %.200q", len(all), all)
	}
}

// TestReadsDoNotWaitForTheWriter: while a write transaction is open, queries answer at once
// with what was committed before it.
func TestReadsDoNotWaitForTheWriter(t *testing.T) {
	s := open(t)
	if _, err := s.Add(doc("a", story, "", "Agency A", rally("2020-01-24"))); err != nil {
		t.Fatal(err)
	}
	w, err := s.begin()
	if err != nil {
		t.Fatal(err)
	}
	defer w.tx.Rollback()
	if _, err := w.add(Prepare(doc("b", "Another report on the rally in Baghdad, with new words about the crowd and the weather there.", "", "Agency B")), "now"); err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() {
		arts, _ := s.Articles("", 10, 0)
		done <- len(arts)
	}()
	select {
	case n := <-done:
		if n != 1 {
			t.Errorf("%d articles seen during the write, want the 1 committed", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a query waited for the open write transaction")
	}
}

// TestAddAllStopsWhenTheStoreFails: an error every document would meet (here a store that
// cannot be written) is the batch's error, not a reason to skip each article.
func TestAddAllStopsWhenTheStoreFails(t *testing.T) {
	s := open(t)
	if _, err := s.db.Exec("PRAGMA query_only = 1"); err != nil { // the writer's only connection
		t.Fatal(err)
	}
	res, err := s.AddAll([]*chronicle.Document{doc("a", story, "", "A"), doc("b", "Another story about the weather in Baghdad, with rain expected all week long.", "", "B")})
	if err == nil {
		t.Fatalf("want the store's error, got per-document results %+v", res)
	}
}
