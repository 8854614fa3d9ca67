package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/sqlite"
)

func quotesCmd() *cobra.Command {
	var dbPath, format string
	var f sqlite.QuoteFilter
	cmd := &cobra.Command{
		Use:   "quotes --db PATH [filters] [--format table|json|csv]",
		Short: "List stored quotes: who said what, where it was reported",
		Example: `  chronicle quotes --db news.db --speaker Sadr
  chronicle quotes --db news.db --actor IRQGOV --from 2020-01-01 --format csv
  chronicle quotes --db news.db --text "sanctions OR embargo" --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openForQuery("quotes", dbPath, format)
			if err != nil {
				return err
			}
			defer store.Close()
			return writeQuotes(store, f, format)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dbPath, "db", "", "path of the store")
	fl.StringVar(&format, "format", "table", "output: table, json (one quote per line) or csv")
	fl.StringVar(&f.Speaker, "speaker", "", "part of the speaker's name, any case")
	fl.StringVar(&f.Actor, "actor", "", "speaker's actor code prefix (IRQ, IRQGOV)")
	fl.StringVar(&f.Text, "text", "", "full-text search (FTS5 syntax) over the quoted words")
	fl.StringVar(&f.From, "from", "", "first publication day (YYYY-MM-DD)")
	fl.StringVar(&f.To, "to", "", "last publication day (YYYY-MM-DD)")
	fl.IntVar(&f.Limit, "limit", 0, "at most this many quotes")
	return cmd
}

var quoteHeader = []string{"id", "published", "article_id", "doc_id", "title", "url", "start", "end", "kind", "speaker", "speaker_actor",
	"cue", "channel", "according_to", "text"}

func quoteRecord(q sqlite.QuoteRow) []string {
	return []string{strconv.FormatInt(q.ID, 10), q.Published, strconv.FormatInt(q.ArticleID, 10), q.DocID, q.Title, q.URL,
		strconv.Itoa(q.Start), strconv.Itoa(q.End), q.Kind, q.Speaker, q.SpeakerActor, q.Cue, q.Channel, q.AccordingTo, q.Text}
}

func writeQuotes(store *sqlite.Store, f sqlite.QuoteFilter, format string) error {
	return rowFormat[sqlite.QuoteRow]{
		header: quoteHeader,
		record: quoteRecord,
		json:   func(q sqlite.QuoteRow) any { return q },
		table:  "PUBLISHED\tSPEAKER\tCUE\tQUOTE\tARTICLE",
		tableRow: func(q sqlite.QuoteRow) []any {
			speaker := q.Speaker
			if q.SpeakerActor != "" {
				speaker += " (" + q.SpeakerActor + ")"
			}
			return []any{q.Published, speaker, q.Cue, clip(q.Text, 60), clip(fmt.Sprintf("%d %s", q.ArticleID, q.Title), 40)}
		},
		each: func(fn func(sqlite.QuoteRow) error) error { return store.Quotes(f, fn) },
	}.write(os.Stdout, format)
}
