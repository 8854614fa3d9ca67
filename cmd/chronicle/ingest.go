package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
	"github.com/chronicle-news/chronicle/sqlite"
)

func ingestCmd() *cobra.Command {
	var dbPath, dictDir string
	var workers int
	opt := source.Options{Format: source.Auto}
	cmd := &cobra.Command{
		Use:   "ingest --db PATH [--workers N] SOURCE...",
		Short: "Analyse articles and store them, deduplicated, in an embedded database",
		Long: `Ingest reads each SOURCE — a file, a directory (recursive: text, HTML, JSONL, RSS/Atom,
WARC), an RSS/Atom feed file or http(s) URL, a WARC or WARC.gz archive of HTTP responses — analyses the articles on all cores and stores them in
the SQLite store at --db, in transactions of up to 64 articles (each article whole or not at
all; one that cannot be stored is reported and skipped). An article already stored (same text or
URL) is not added again, so re-running an interrupted ingest finishes the job. Near-duplicate
articles (wire copies) are linked to the original and not counted twice; the same event
reported by several articles becomes one event with mention, source and article counts.

Bad inputs are reported with their path and reason, counted as skipped, and never stop the run;
an error of the store itself (disk full, read-only) does.`,
		Example: `  chronicle ingest --db news.db testdata/
  chronicle ingest --db news.db https://example.org/world/rss.xml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if dbPath == "" {
				return usageError{fmt.Errorf("ingest: --db PATH is required")}
			}
			if len(args) == 0 {
				return usageError{fmt.Errorf("ingest: name at least one SOURCE")}
			}
			if err := checkOptions(opt); err != nil {
				return usageError{err}
			}
			store, err := sqlite.Open(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			p, err := pipeline.New(pipeline.Options{DictDir: dictDir})
			if err != nil {
				return err
			}
			return ingest(store, p, args, opt, workers)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", "", "path of the store (created if missing)")
	f.IntVar(&workers, "workers", 0, "analysis workers (default: one per CPU)")
	f.StringVar(&opt.Published, "published", "", "publication date (YYYY-MM-DD) for articles that carry none")
	f.StringVar(&dictDir, "dict", "", "directory with your own dictionaries")
	return cmd
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	read, added, duplicates, nearDuplicates, skipped, events, newEvents, quotes int
	bytes                                                                       int64
	reasons                                                                     map[string]int
}

func ingest(store *sqlite.Store, p chronicle.Pipeline, sources []string, opt source.Options, workers int) error {
	files, err := expand(sources)
	if err != nil {
		return err
	}
	sum := ingestSummary{reasons: map[string]int{}}
	var mu sync.Mutex // sum and prog: the analysis side counts reads, the store writer the rest
	start := time.Now()
	prog := newProgress(len(files))
	skip := func(where string, reason error) {
		sum.skipped++
		r := reason.Error()
		if i := strings.Index(r, ":"); i > 0 && i < 40 {
			r = r[:i]
		}
		sum.reasons[r]++
		prog.log(fmt.Sprintf("skipped %s: %v", where, reason))
	}
	writer := newStoreWriter(store, func(where []string, added []sqlite.Added) {
		mu.Lock()
		defer mu.Unlock()
		for i, res := range added {
			switch {
			case res.Err != nil:
				skip(where[i], res.Err)
				continue
			case res.Duplicate:
				sum.duplicates++
			case res.NearDuplicateOf != 0:
				sum.nearDuplicates++
				sum.added++
			default:
				sum.added++
			}
			sum.events += res.Events
			sum.newEvents += res.NewEvents
			sum.quotes += res.Quotes
		}
		prog.article(sum.read, sum.bytes)
	})
	emit := func(r pipeline.Result[source.Item]) error {
		mu.Lock()
		for _, w := range r.Meta.Warnings {
			prog.log("warning: " + w)
		}
		if r.Meta.Err == errKnown {
			sum.read++
			sum.duplicates++
			mu.Unlock()
			return nil
		}
		if reason := failure(r); reason != nil {
			skip(r.Meta.Where, reason)
			mu.Unlock()
			return nil
		}
		sum.read++
		sum.bytes += int64(len(r.Doc.Text))
		if ok, share := source.English(r.Doc.Text); !ok {
			skip(r.Meta.Where, fmt.Errorf("not English (%.0f%% English function words)", share*100))
			mu.Unlock()
			return nil
		}
		mu.Unlock() // the writer takes mu to count what it stored
		return writer.Add(r.Doc, r.Meta.Where)
	}
	// An article already stored (a re-run after an interruption, a folder ingested again) is
	// counted as a duplicate without being analysed; a store empty at the start has none.
	var known func(a *chronicle.Article) bool
	if st, err := store.Stats(); err != nil || st.Articles > 0 {
		known = func(a *chronicle.Article) bool {
			ok, err := store.Has(a.Text, a.URL)
			return ok && err == nil // when unsure, analyse: storing finds the duplicate anyway
		}
	}
	err = process(p, files, opt, workers, prog.file, known, emit)
	if werr := writer.Close(); err == nil {
		err = werr
	}
	if err != nil {
		return err
	}
	prog.done()
	el := time.Since(start).Seconds()
	fmt.Fprintf(os.Stderr, "ingested in %.1fs (%.1f articles/s, %.2f MB/s): read %d, new %d (near-duplicates %d), duplicates %d, skipped %d; events %d (new %d), quotes %d\n",
		el, float64(sum.read)/el, float64(sum.bytes)/el/1e6, sum.read, sum.added, sum.nearDuplicates, sum.duplicates, sum.skipped, sum.events, sum.newEvents, sum.quotes)
	if len(sum.reasons) > 0 {
		var rs []string
		for r, n := range sum.reasons {
			rs = append(rs, fmt.Sprintf("%s: %d", r, n))
		}
		sort.Strings(rs)
		fmt.Fprintf(os.Stderr, "skipped because: %s\n", strings.Join(rs, "; "))
	}
	if sum.skipped > 0 {
		return skippedError{sum.skipped}
	}
	return nil
}

// expand turns directories into the files under them (recursive, sorted).
func expand(sources []string) ([]string, error) {
	var out []string
	for _, s := range sources {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || s == "-" {
			out = append(out, s)
			continue
		}
		st, err := os.Stat(s)
		if err != nil || !st.IsDir() {
			out = append(out, s) // missing files are reported by the reader
			continue
		}
		err = filepath.WalkDir(s, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if strings.HasPrefix(d.Name(), ".") && p != s {
					return filepath.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".warc":
				out = append(out, p)
			case ".gz":
				if source.IsWARC(p) {
					out = append(out, p)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func isFeedFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".rss", ".atom":
		return true
	case ".xml":
		f, err := os.Open(path)
		if err != nil {
			return false
		}
		defer f.Close()
		head := make([]byte, 1024)
		n, _ := f.Read(head)
		return source.IsFeed(head[:n])
	}
	return false
}

func readFeedFile(path string, opt source.Options, fn func(source.Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(source.Item{Where: path, Err: fmt.Errorf("cannot open: %v", err)})
	}
	defer f.Close()
	return source.ReadFeed(f, path, opt, fn)
}

// progress shows a bar on a terminal and a log line every few seconds otherwise.
type progress struct {
	bar      *progressbar.ProgressBar
	tty      bool
	last     time.Time
	start    time.Time
	articles int
	bytes    int64
}

func newProgress(files int) *progress {
	p := &progress{tty: term.IsTerminal(int(os.Stderr.Fd())), start: time.Now(), last: time.Now()}
	if p.tty {
		p.bar = progressbar.NewOptions(files, progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
	}
	return p
}

func (p *progress) file() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

func (p *progress) article(n int, b int64) {
	p.articles, p.bytes = n, b
	el := time.Since(p.start).Seconds()
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("ingesting: %d articles, %.1f/s, %.2f MB/s", n, float64(n)/el, float64(b)/el/1e6))
		return
	}
	if time.Since(p.last) > 5*time.Second {
		p.last = time.Now()
		fmt.Fprintf(os.Stderr, "chronicle: %d articles, %.1f/s, %.2f MB/s\n", n, float64(n)/el, float64(b)/el/1e6)
	}
}

func (p *progress) log(msg string) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(os.Stderr, "chronicle:", msg)
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
