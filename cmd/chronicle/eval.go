package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/pipeline"
)

func evalCmd() *cobra.Command {
	var verbose bool
	var dictDir string
	cmd := &cobra.Command{
		Use:   "eval [--verbose] PATH...",
		Short: "Score Chronicle against annotated gold data (precision, recall, F1)",
		Long: `Eval runs the pipeline over annotated articles and prints precision, recall and F1 per
layer and type. Each PATH is a gold file (*.gold.json, the seed's format, next to the article
it names), a CoNLL-2003 file (*.conll), a sentence set (*.jsonl: one {"text", "events"} object a
line, each sentence analysed alone and scored on event triples and PLOVER types) or a directory
holding them. Each PATH is scored on its own, and each sentence set within it, so a development
and a held-out set can be compared in one run.`,
		Example: `  chronicle eval testdata/dev testdata/heldout
  chronicle eval --verbose testdata/dev/seed.gold.json
  chronicle eval testdata/conll/news.conll
  chronicle eval testdata/sentences/codebook.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("eval: name at least one gold file or directory")}
			}
			p, err := pipeline.New(pipeline.Options{DictDir: dictDir})
			if err != nil {
				return err
			}
			for _, path := range args {
				tables, err := evaluate(p, path)
				if err != nil {
					return err
				}
				for _, t := range tables {
					t.Write(os.Stdout)
					if verbose {
						t.WriteErrors(os.Stdout)
					}
					fmt.Println()
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every false positive and false negative")
	cmd.Flags().StringVar(&dictDir, "dict", "", "directory with your own dictionaries")
	return cmd
}

// evaluate scores every gold file under path and returns one table per layer.
func evaluate(p chronicle.Pipeline, path string) ([]*eval.Table, error) {
	var golds, conlls, sentences []string
	err := filepath.WalkDir(path, func(f string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case strings.HasSuffix(f, ".gold.json"):
			golds = append(golds, f)
		case strings.HasSuffix(f, ".conll"):
			conlls = append(conlls, f)
		case strings.HasSuffix(f, ".jsonl"):
			sentences = append(sentences, f)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(golds)+len(conlls)+len(sentences) == 0 {
		return nil, usageError{fmt.Errorf("eval: no *.gold.json, *.conll or *.jsonl files in %s", path)}
	}
	sort.Strings(golds)
	var tables []*eval.Table
	if len(golds) > 0 {
		ents := eval.NewTable(fmt.Sprintf("entities — %s (%d articles; distinct names, exact type)", path, len(golds)))
		quotes := eval.NewQuoteScores()
		events := eval.NewEventScores()
		for _, gf := range golds {
			g, err := eval.LoadGold(gf)
			if err != nil {
				return nil, err
			}
			data, err := os.ReadFile(g.TextPath)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", gf, err)
			}
			doc, err := pipeline.Analyze(p, chronicle.Article{ID: g.Document, Text: string(data), Published: g.Metadata.Published})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", gf, err)
			}
			ents.Merge(eval.ScoreEntities(g, doc))
			quotes.Merge(eval.ScoreQuotes(g, doc))
			events.Merge(eval.ScoreEvents(g, doc))
		}
		events.Triples.Title = fmt.Sprintf("events — %s (source country, target country, root; full code right on %d/%d matched, date right on %d/%d dated)",
			path, events.CodeRight, events.Matched, events.DateRight, events.Dated)
		quotes.Overlap.Title = fmt.Sprintf("quotes — %s (span overlap ≥ 50%%; speaker accuracy %.3f on %d matched)", path, quotes.SpeakerAccuracy(), quotes.SpeakersMatched)
		quotes.Exact.Title = fmt.Sprintf("quotes — %s (exact span)", path)
		// the second reading of the same events: its errors are the strict table's, less some
		events.AltTriples.Title = fmt.Sprintf("events, alternatives accepted — %s (as above, a root of the gold's alt codes also matches)", path)
		events.AltTriples.Errors = nil
		tables = append(tables, ents, quotes.Overlap, quotes.Exact, events.Triples, events.AltTriples)
	}
	for _, cf := range conlls {
		docs, err := eval.ReadConll(cf)
		if err != nil {
			return nil, err
		}
		t := eval.NewTable(fmt.Sprintf("entities — %s (CoNLL-2003 mentions, exact span and type)", cf))
		for i, d := range docs {
			doc, err := pipeline.Analyze(p, chronicle.Article{ID: fmt.Sprintf("%s#%d", cf, i+1), Text: d.Text})
			if err != nil {
				return nil, err
			}
			t.Merge(eval.ScoreConll(d, doc))
		}
		tables = append(tables, t)
	}
	for _, sf := range sentences {
		set, err := eval.ReadSentences(sf)
		if err != nil {
			return nil, err
		}
		scores := eval.NewSentenceScores()
		for _, g := range set {
			doc, err := pipeline.Analyze(p, chronicle.Article{ID: fmt.Sprintf("%s:%d", sf, g.Line), Text: g.Text})
			if err != nil {
				return nil, err
			}
			scores.Merge(eval.ScoreSentence(g, doc))
		}
		scores.Triples.Title = fmt.Sprintf("sentence events — %s (%d sentences; source country, target country, root)", sf, len(set))
		scores.Plover.Title = fmt.Sprintf("sentence events — %s (%d sentences; PLOVER type)", sf, len(set))
		tables = append(tables, scores.Triples, scores.Plover)
	}
	return tables, nil
}
