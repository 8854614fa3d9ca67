package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/export"
	"github.com/chronicle-news/chronicle/sqlite"
)

func exportCmd() *cobra.Command {
	var dbPath, format, out string
	writers := map[string]func(io.Writer, *sqlite.Store) error{
		"jsonl": export.JSONL, "csv": export.CSV, "gdelt": export.GDELT, "gdelt-mentions": export.Mentions, "parquet": export.Parquet,
	}
	cmd := &cobra.Command{
		Use:   "export --db PATH --format jsonl|csv|gdelt|gdelt-mentions|parquet [--out FILE]",
		Short: "Write the store's documents or events for other tools",
		Long: `Export writes the store: jsonl — one contract Document per article; csv — one row per event;
gdelt — the 61-column GDELT 2.0 event table; gdelt-mentions — GDELT's 16-column mention table;
parquet — the events with a typed schema, for DuckDB, pandas, R and Spark. The output goes to
--out (written to a temporary file and renamed when complete) or standard output.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			write, ok := writers[format]
			if !ok || dbPath == "" {
				return usageError{fmt.Errorf("export: --db PATH and --format jsonl|csv|gdelt|gdelt-mentions|parquet are required")}
			}
			if _, err := os.Stat(dbPath); err != nil {
				return fmt.Errorf("export: %v", err)
			}
			store, err := sqlite.Open(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			if out == "" || out == "-" {
				bw := bufio.NewWriter(os.Stdout)
				if err := write(bw, store); err != nil {
					return err
				}
				return bw.Flush()
			}
			tmp := out + ".partial"
			f, err := os.Create(tmp)
			if err != nil {
				return err
			}
			if err := write(f, store); err != nil {
				f.Close()
				os.Remove(tmp)
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			return os.Rename(tmp, out)
		},
	}
	cmd.Flags().StringVar(&dbPath, "db", "", "path of the store")
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, csv, gdelt, gdelt-mentions or parquet")
	cmd.Flags().StringVar(&out, "out", "", "output file (default: standard output)")
	return cmd
}
