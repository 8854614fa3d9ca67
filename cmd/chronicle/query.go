package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/sqlite"
)

func queryCmd() *cobra.Command {
	var dbPath, format string
	var f sqlite.Filter
	cmd := &cobra.Command{
		Use:   "query --db PATH [filters] [--format table|json|csv]",
		Short: "List stored events that match filters",
		Example: `  chronicle query --db news.db --country IRQ
  chronicle query --db news.db --code 14 --from 2020-01-01 --to 2020-01-31 --format csv
  chronicle query --db news.db --actor USAMIL --text "rally"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openForQuery("query", dbPath, format)
			if err != nil {
				return err
			}
			defer store.Close()
			return writeEvents(store, f, format)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dbPath, "db", "", "path of the store")
	fl.StringVar(&format, "format", "table", "output: table, json (one event per line) or csv")
	fl.StringVar(&f.Actor, "actor", "", "actor code prefix (IRQ, USAMIL) or name, on either side")
	fl.StringVar(&f.Country, "country", "", "ISO 3166 alpha-3 country on either side")
	fl.StringVar(&f.Code, "code", "", "CAMEO code prefix (14, 141)")
	fl.StringVar(&f.Plover, "plover", "", "PLOVER event type (PROTEST, ASSAULT, …)")
	fl.StringVar(&f.From, "from", "", "first day (YYYY-MM-DD)")
	fl.StringVar(&f.To, "to", "", "last day (YYYY-MM-DD)")
	fl.StringVar(&f.Place, "place", "", "place name or its country code")
	fl.StringVar(&f.Text, "text", "", "full-text search (FTS5 syntax) over the reporting articles")
	fl.IntVar(&f.Limit, "limit", 0, "at most this many events")
	return cmd
}

// openForQuery opens an existing store for a listing command after checking its flags.
func openForQuery(command, dbPath, format string) (*sqlite.Store, error) {
	if dbPath == "" {
		return nil, usageError{fmt.Errorf("%s: --db PATH is required", command)}
	}
	if format != "table" && format != "json" && format != "csv" {
		return nil, usageError{fmt.Errorf("--format %q: want table, json or csv", format)}
	}
	if _, err := os.Stat(dbPath); err != nil {
		return nil, fmt.Errorf("%s: %v", command, err)
	}
	return sqlite.Open(dbPath)
}

var eventHeader = []string{"id", "date", "code", "name", "plover", "goldstein", "quad", "source_code", "source_name",
	"target_code", "target_name", "place", "place_country", "lat", "lon", "mode", "num_mentions", "num_sources", "num_articles"}

func eventRecord(e sqlite.EventRow) []string {
	return []string{strconv.FormatInt(e.ID, 10), e.Date, e.Code, e.Name, e.Plover, fmt.Sprint(e.Goldstein), strconv.Itoa(e.Quad),
		e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Place, e.PlaceCountry, fmt.Sprint(e.Lat), fmt.Sprint(e.Lon), e.Mode,
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles)}
}

// rowFormat says how rows of one kind are written in each output format.
type rowFormat[T any] struct {
	header   []string         // csv header, one per record field
	record   func(T) []string // csv record
	json     func(T) any      // json line
	table    string           // tab-separated table header
	tableRow func(T) []any    // table cells, as many as the header's
	each     func(func(T) error) error
}

// write writes every row in format: table, json (one object a line) or csv.
func (rf rowFormat[T]) write(out io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		return rf.each(func(r T) error { return enc.Encode(rf.json(r)) })
	case "csv":
		w := csv.NewWriter(out)
		w.Write(rf.header)
		err := rf.each(func(r T) error { return w.Write(rf.record(r)) })
		w.Flush()
		if err != nil {
			return err
		}
		return w.Error()
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, rf.table)
	err := rf.each(func(r T) error {
		cells := rf.tableRow(r)
		for i, c := range cells {
			sep := "\t"
			if i == len(cells)-1 {
				sep = "\n"
			}
			if _, err := fmt.Fprint(tw, c, sep); err != nil {
				return err
			}
		}
		return nil
	})
	tw.Flush()
	return err
}

func writeEvents(store *sqlite.Store, f sqlite.Filter, format string) error {
	return rowFormat[sqlite.EventRow]{
		header: eventHeader,
		record: eventRecord,
		json: func(e sqlite.EventRow) any {
			rec := eventRecord(e)
			m := map[string]any{}
			for i, h := range eventHeader {
				m[h] = rec[i]
			}
			m["id"], m["goldstein"], m["quad"], m["lat"], m["lon"] = e.ID, e.Goldstein, e.Quad, e.Lat, e.Lon
			m["num_mentions"], m["num_sources"], m["num_articles"] = e.NumMentions, e.NumSources, e.NumArticles
			return m
		},
		table: "DATE\tCODE\tEVENT\tSOURCE\tTARGET\tPLACE\tMENTIONS",
		tableRow: func(e sqlite.EventRow) []any {
			return []any{e.Date, e.Code, clip(e.Name, 32), e.SourceName + " (" + e.SourceCode + ")", e.TargetName + " (" + e.TargetCode + ")",
				e.Place, e.NumMentions}
		},
		each: func(fn func(sqlite.EventRow) error) error { return store.Events(f, fn) },
	}.write(os.Stdout, format)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
