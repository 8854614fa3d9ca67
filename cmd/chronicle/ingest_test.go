package main

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
	"github.com/chronicle-news/chronicle/sqlite"
)

func count(t *testing.T, db, q string) int {
	t.Helper()
	d, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var n int
	if err := d.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// stored counts a store's articles, 0 while it does not exist yet or is being created.
func stored(db string) int {
	d, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		return 0
	}
	defer d.Close()
	var n int
	if d.QueryRow("SELECT COUNT(*) FROM articles").Scan(&n) != nil {
		return 0
	}
	return n
}

func TestIngestTwiceAddsNothingAndSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"seed.txt", "kenya-election.txt"} {
		data, _ := os.ReadFile(filepath.Join("../../testdata/dev", f))
		os.WriteFile(filepath.Join(dir, f), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02\x89PNG"), 0o644)
	os.WriteFile(filepath.Join(dir, "french.txt"), []byte(strings.Repeat("Les manifestants se sont rassemblés dans la capitale pour protester contre le gouvernement et la réforme des retraites. ", 5)), 0o644)
	db := filepath.Join(t.TempDir(), "news.db")
	r := run(t, "", "ingest", "--db", db, dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (some inputs skipped): %s", r.code, r.stderr)
	}
	for _, want := range []string{"empty.txt: empty file", "binary.txt: binary", "french.txt: not English"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 2 {
		t.Fatalf("%d articles, want 2", n)
	}
	events := count(t, db, "SELECT COUNT(*) FROM events")
	run(t, "", "ingest", "--db", db, dir)
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 2 {
		t.Errorf("after a second ingest: %d articles, want 2", n)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM events"); n != events {
		t.Errorf("after a second ingest: %d events, want %d", n, events)
	}
	q := run(t, "", "query", "--db", db, "--country", "IRQ", "--format", "json")
	if q.code != 0 || strings.Count(q.stdout, "\n") < 5 {
		t.Errorf("query --country IRQ: exit %d, %d events", q.code, strings.Count(q.stdout, "\n"))
	}
	qs := run(t, "", "quotes", "--db", db, "--speaker", "sadr", "--format", "json")
	sadr := docs(t, qs.stdout)
	if qs.code != 0 || len(sadr) == 0 {
		t.Errorf("quotes --speaker sadr: exit %d, %d quotes: %s", qs.code, len(sadr), qs.stderr)
	}
	for _, q := range sadr {
		if !strings.Contains(q["speaker"].(string), "Sadr") || q["text"] == "" || !strings.HasSuffix(q["doc_id"].(string), "seed.txt") {
			t.Errorf("quote of another speaker, or without its text or article: %v", q)
		}
	}
	if all := run(t, "", "quotes", "--db", db, "--format", "csv"); strings.Count(all.stdout, "\n") <= len(sadr)+1 ||
		!strings.HasPrefix(all.stdout, "id,published,") {
		t.Errorf("quotes as csv: a header and every stored quote, more than Sadr's:\n%s", all.stdout)
	}
	e := run(t, "", "export", "--db", db, "--format", "gdelt")
	for _, line := range strings.Split(strings.TrimRight(e.stdout, "\n"), "\n") {
		if n := len(strings.Split(line, "\t")); n != 61 {
			t.Fatalf("gdelt row with %d columns", n)
		}
	}
	out := filepath.Join(t.TempDir(), "events.parquet")
	if p := run(t, "", "export", "--db", db, "--format", "parquet", "--out", out); p.code != 0 {
		t.Fatalf("parquet export: %s", p.stderr)
	}
	if data, _ := os.ReadFile(out); len(data) < 8 || string(data[:4]) != "PAR1" || string(data[len(data)-4:]) != "PAR1" {
		t.Error("not a Parquet file")
	}
}

func TestIngestFeedFromURL(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Rally in Nairobi</title><link>https://wire.example/1</link><guid>w1</guid><pubDate>Tue, 16 Aug 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Kenyan opposition supporters rallied against the electoral commission in Nairobi on Tuesday, police said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/2</link></item>
</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/dead" {
			http.Error(w, "gone", http.StatusGone)
			return
		}
		w.Write([]byte(feed))
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "feed.db")
	r := run(t, "", "ingest", "--db", db, srv.URL+"/rss", srv.URL+"/dead")
	if !strings.Contains(r.stderr, "feed answered 410") || !strings.Contains(r.stderr, "item has no text") {
		t.Errorf("dead feed and empty item must be reported:\n%s", r.stderr)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles WHERE url = 'https://wire.example/1' AND published = '2022-08-16'"); n != 1 {
		t.Errorf("feed item not stored with its URL and date")
	}
}

// TestKillDuringIngest kills an ingest of ~1,400 articles with SIGKILL, runs it again, and checks
// that every article is in the store exactly once and the store is intact.
func TestKillDuringIngest(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "many.jsonl")
	f, _ := os.Create(src)
	w := bufio.NewWriter(f)
	seed, _ := os.ReadFile("../../testdata/dev/seed.txt")
	paras := strings.Split(string(seed), "\n\n")
	const n = 1400
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Report %d. %s\n\n%s\n\nOfficials counted %d people at checkpoint %d.", i, paras[i%len(paras)], paras[(i*7+3)%len(paras)], i*37%1000, i)
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text, "published": "2020-01-23", "url": fmt.Sprintf("https://x.example/%d", i)})
		w.Write(b)
		w.WriteByte('\n')
	}
	w.Flush()
	f.Close()
	db := filepath.Join(dir, "kill.db")
	cmd := exec.Command(bin, "ingest", "--db", db, src)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill as soon as the first batch has committed: the run is then surely in the middle.
	deadline := time.Now().Add(time.Minute)
	for stored(db) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	partial := count(t, db, "SELECT COUNT(*) FROM articles")
	t.Logf("%d of %d articles stored before the kill", partial, n)
	if partial == 0 || partial >= n {
		t.Fatalf("killed with %d of %d articles stored: not in the middle of the run", partial, n)
	}
	if r := run(t, "", "ingest", "--db", db, src); r.code != 0 {
		t.Fatalf("re-run: exit %d: %s", r.code, r.stderr)
	}
	if got := count(t, db, "SELECT COUNT(*) FROM articles"); got != n {
		t.Errorf("%d articles after the re-run, want %d", got, n)
	}
	if got := count(t, db, "SELECT COUNT(DISTINCT hash) FROM articles"); got != n {
		t.Errorf("%d distinct articles, want %d", got, n)
	}
	d, _ := sql.Open("sqlite", "file:"+db)
	defer d.Close()
	var ok string
	if err := d.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity check: %q %v", ok, err)
	}
}

// TestIngestCommitsWhileASourceStalls: an article read before a source that makes the run wait
// (here a named pipe nobody writes to yet) is committed within about a second, not at the end.
func TestIngestCommitsWhileASourceStalls(t *testing.T) {
	dir := t.TempDir()
	seed, _ := os.ReadFile("../../testdata/dev/seed.txt")
	os.WriteFile(filepath.Join(dir, "a.txt"), seed, 0o644)
	fifo := filepath.Join(dir, "slow.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--published", "2020-01-23", filepath.Join(dir, "a.txt"), fifo)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for stored(db) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	n := stored(db)
	// let the run finish: the pipe gets an article and closes
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString("Kenyan police arrested twelve opposition supporters in Nairobi on Monday after clashes in the city centre, officials said.")
	w.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if n != 1 {
		t.Errorf("%d articles committed while the second source stalled, want 1", n)
	}
	if got := stored(db); got != 2 {
		t.Errorf("%d articles at the end, want 2", got)
	}
}

// analysed counts the documents a pipeline saw.
type analysed struct{ n atomic.Int64 }

func (a *analysed) Name() string                      { return "count" }
func (a *analysed) Process(*chronicle.Document) error { a.n.Add(1); return nil }

// TestIngestAgainAnalysesOnlyWhatIsNew: articles stored by an earlier run (an interrupted one,
// or the same folder again) are counted as duplicates without being analysed.
func TestIngestAgainAnalysesOnlyWhatIsNew(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"seed.txt", "kenya-election.txt", "mali-clash.txt"} {
		data, _ := os.ReadFile(filepath.Join("../../testdata/dev", f))
		os.WriteFile(filepath.Join(dir, f), data, 0o644)
	}
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "news.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	first := &analysed{}
	if err := ingest(store, append(chronicle.Pipeline{first}, p...), []string{filepath.Join(dir, "seed.txt")}, source.Options{}, 2); err != nil {
		t.Fatal(err)
	}
	again := &analysed{}
	if err := ingest(store, append(chronicle.Pipeline{again}, p...), []string{dir}, source.Options{}, 2); err != nil {
		t.Fatal(err)
	}
	st, _ := store.Stats()
	if first.n.Load() != 1 || again.n.Load() != 2 || st.Articles != 3 {
		t.Errorf("analysed %d then %d articles, stored %d; want 1, then the 2 new ones, 3 stored", first.n.Load(), again.n.Load(), st.Articles)
	}
}
