package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

func extractCmd() *cobra.Command {
	var opt source.Options
	var dictDir string
	var workers int
	cmd := &cobra.Command{
		Use:   "extract [--published YYYY-MM-DD] [--format auto|text|html|jsonl] FILE... | -",
		Short: "Analyse articles and print one JSON Document per line",
		Long: `Extract reads each FILE (or standard input for "-") and prints one JSON Document per
article on standard output, in input order. Problems are reported on standard error with the
file (and line) they concern; the other inputs are still processed.

Exit status: 0 when every input was processed, 1 when some were skipped, 2 for usage errors.`,
		Example: `  chronicle extract --published 2020-01-23 testdata/dev/seed.txt
  chronicle extract --format jsonl articles.jsonl > documents.jsonl
  curl -s https://example.org/story | chronicle extract --format html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("extract: name at least one FILE, or - for standard input")}
			}
			if err := checkOptions(opt); err != nil {
				return usageError{err}
			}
			p, err := pipeline.New(pipeline.Options{DictDir: dictDir})
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(os.Stdout, 256<<10)
			defer out.Flush()
			return extract(out, p, args, opt, workers)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opt.Published, "published", "", "publication date (YYYY-MM-DD) for articles that carry none")
	f.StringVar(&opt.Format, "format", source.Auto, "input format: auto, text, html or jsonl")
	f.StringVar(&dictDir, "dict", "", "directory with your own dictionaries (orgs.tsv, given_names.txt)")
	f.IntVar(&workers, "workers", 0, "analysis workers (default: one per CPU)")
	return cmd
}

// extract writes one JSON Document per article read from paths to out, in input order.
func extract(out io.Writer, p chronicle.Pipeline, paths []string, opt source.Options, workers int) error {
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	skipped := 0
	err := process(p, paths, opt, workers, nil, nil, func(r pipeline.Result[source.Item]) error {
		for _, w := range r.Meta.Warnings {
			fmt.Fprintln(os.Stderr, "chronicle: warning:", w)
		}
		if reason := failure(r); reason != nil {
			skipped++
			fmt.Fprintf(os.Stderr, "chronicle: skipped %s: %v\n", r.Meta.Where, reason)
			return nil
		}
		r.Doc.Warnings = append(r.Doc.Warnings, r.Meta.Warnings...)
		return enc.Encode(r.Doc)
	})
	if err != nil {
		return err
	}
	if skipped > 0 {
		return skippedError{skipped}
	}
	return nil
}

// failure says why an input yielded no document: it could not be read, or not analysed.
func failure(r pipeline.Result[source.Item]) error {
	if r.Meta.Err != nil {
		return r.Meta.Err
	}
	return r.Err
}

func checkOptions(opt source.Options) error {
	switch opt.Format {
	case source.Auto, source.Text, source.HTML, source.JSONL:
	default:
		return fmt.Errorf("--format %q: want auto, text, html or jsonl", opt.Format)
	}
	if opt.Published != "" {
		if _, err := time.Parse("2006-01-02", opt.Published); err != nil {
			return fmt.Errorf("--published %q: want a date as YYYY-MM-DD", opt.Published)
		}
	}
	return nil
}

// errKnown marks an input that process was told not to analyse: it is known already.
var errKnown = errors.New("known already")

// process reads every input on one goroutine — files, feeds and feed URLs — and analyses the
// articles on the worker pool, calling emit in input order for documents and for skipped
// inputs alike. done is called after each input; an article known (when known is set) is
// passed to emit unanalysed, with errKnown.
func process(p chronicle.Pipeline, paths []string, opt source.Options, workers int, done func(), known func(*chronicle.Article) bool, emit func(pipeline.Result[source.Item]) error) error {
	items := make(chan source.Item, 2) // few parts in flight: memory stays bounded
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		send := func(it source.Item) error { items <- it; return nil }
		for _, path := range paths {
			var err error
			switch {
			case strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://"):
				err = source.FetchFeed(context.Background(), path, opt, send)
			case isFeedFile(path):
				err = readFeedFile(path, opt, send)
			default:
				err = source.ReadFile(path, opt, send)
			}
			if done != nil {
				done()
			}
			if err != nil {
				readErr <- err
				return
			}
		}
		readErr <- nil
	}()
	next := func() (pipeline.Job[source.Item], bool) {
		it, ok := <-items
		if !ok {
			return pipeline.Job[source.Item]{}, false
		}
		job := pipeline.Job[source.Item]{Meta: it}
		if it.Err == nil && known != nil && known(&it.Article) {
			job.Meta.Err, job.Meta.Article.Text = errKnown, ""
			return job, true // passed through in order, not analysed
		}
		if it.Err == nil {
			a := it.Article
			job.Article = &a
			job.Meta.Article.Text = "" // the document carries the text; don't hold it twice
		}
		return job, true
	}
	if err := pipeline.Run(p, workers, next, emit); err != nil {
		return err
	}
	return <-readErr
}
