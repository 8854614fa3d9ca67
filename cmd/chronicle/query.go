package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
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
			if dbPath == "" {
				return usageError{fmt.Errorf("query: --db PATH is required")}
			}
			if format != "table" && format != "json" && format != "csv" {
				return usageError{fmt.Errorf("--format %q: want table, json or csv", format)}
			}
			if _, err := os.Stat(dbPath); err != nil {
				return fmt.Errorf("query: %v", err)
			}
			store, err := sqlite.Open(dbPath)
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

var eventHeader = []string{"id", "date", "code", "name", "plover", "goldstein", "quad", "source_code", "source_name",
	"target_code", "target_name", "place", "place_country", "lat", "lon", "mode", "num_mentions", "num_sources", "num_articles"}

func eventRecord(e sqlite.EventRow) []string {
	return []string{strconv.FormatInt(e.ID, 10), e.Date, e.Code, e.Name, e.Plover, fmt.Sprint(e.Goldstein), strconv.Itoa(e.Quad),
		e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Place, e.PlaceCountry, fmt.Sprint(e.Lat), fmt.Sprint(e.Lon), e.Mode,
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles)}
}

func writeEvents(store *sqlite.Store, f sqlite.Filter, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		return store.Events(f, func(e sqlite.EventRow) error {
			rec := eventRecord(e)
			m := map[string]any{}
			for i, h := range eventHeader {
				m[h] = rec[i]
			}
			m["id"], m["goldstein"], m["quad"], m["lat"], m["lon"] = e.ID, e.Goldstein, e.Quad, e.Lat, e.Lon
			m["num_mentions"], m["num_sources"], m["num_articles"] = e.NumMentions, e.NumSources, e.NumArticles
			return enc.Encode(m)
		})
	case "csv":
		w := csv.NewWriter(os.Stdout)
		w.Write(eventHeader)
		err := store.Events(f, func(e sqlite.EventRow) error { return w.Write(eventRecord(e)) })
		w.Flush()
		if err != nil {
			return err
		}
		return w.Error()
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tCODE\tEVENT\tSOURCE\tTARGET\tPLACE\tMENTIONS")
	err := store.Events(f, func(e sqlite.EventRow) error {
		_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s (%s)\t%s (%s)\t%s\t%d\n", e.Date, e.Code, clip(e.Name, 32), e.SourceName, e.SourceCode,
			e.TargetName, e.TargetCode, e.Place, e.NumMentions)
		return err
	})
	tw.Flush()
	return err
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
