// Package export writes a store's contents in the formats analysts take elsewhere: JSON Lines
// (contract Documents), CSV, GDELT 2.0 event and mention tables (tab-separated, so existing GDELT
// tooling reads them) and Parquet (for DuckDB, pandas, R and Spark).
package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/chronicle-news/chronicle/sqlite"
)

// JSONL writes one contract Document per stored article.
func JSONL(w io.Writer, s *sqlite.Store) error {
	bw := bufio.NewWriter(w)
	err := s.Documents(func(_ int64, doc []byte) error {
		bw.Write(doc)
		return bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// CSVHeader is the column list of the CSV export.
var CSVHeader = []string{"id", "date", "code", "root", "name", "plover", "goldstein", "quad", "source_code", "source_name",
	"source_country", "target_code", "target_name", "target_country", "place", "place_country", "lat", "lon", "mode",
	"num_mentions", "num_sources", "num_articles", "source_url"}

// CSV writes one row per event.
func CSV(w io.Writer, s *sqlite.Store) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	err := s.Events(sqlite.Filter{}, func(e sqlite.EventRow) error {
		return cw.Write([]string{strconv.FormatInt(e.ID, 10), e.Date, e.Code, e.Root, e.Name, e.Plover, ftoa(e.Goldstein), strconv.Itoa(e.Quad),
			e.SourceCode, e.SourceName, e.SourceCountry, e.TargetCode, e.TargetName, e.TargetCountry, e.Place, e.PlaceCountry,
			ftoa(e.Lat), ftoa(e.Lon), e.Mode, strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), e.SourceURL})
	})
	cw.Flush()
	if err != nil {
		return err
	}
	return cw.Error()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// GDELTColumns is the number of columns of a GDELT 2.0 event row.
const GDELTColumns = 61

// GDELT writes the GDELT 2.0 event table: 61 tab-separated columns, no header.
func GDELT(w io.Writer, s *sqlite.Store) error {
	bw := bufio.NewWriter(w)
	err := s.Events(sqlite.Filter{}, func(e sqlite.EventRow) error {
		row := GDELTRow(e)
		if len(row) != GDELTColumns {
			return fmt.Errorf("event %d: %d columns", e.ID, len(row))
		}
		_, err := bw.WriteString(tsvLine(row))
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// tsvLine joins fields with tabs; tabs and line breaks inside a field become spaces so every
// row keeps its column count.
func tsvLine(fields []string) string {
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for i, f := range fields {
		fields[i] = clean.Replace(f)
	}
	return strings.Join(fields, "\t") + "\n"
}

// GDELTRow maps an event to GDELT's columns. Actor type codes are the role blocks of the CAMEO
// actor code; geography is the event's place (actors share it, as Chronicle geocodes actions).
func GDELTRow(e sqlite.EventRow) []string {
	day := strings.ReplaceAll(e.Date, "-", "")
	year, month := "", ""
	fraction := ""
	if t, err := time.Parse("2006-01-02", e.Date); err == nil {
		year, month = t.Format("2006"), t.Format("200601")
		fraction = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	actor := func(code, name, country string) []string {
		roles := make([]string, 3)
		for i := 0; i < 3 && 3+3*i+3 <= len(code); i++ {
			roles[i] = code[3+3*i : 6+3*i]
		}
		return []string{code, strings.ToUpper(name), country, "", "", "", "", roles[0], roles[1], roles[2]}
	}
	geo := func() []string {
		if e.Place == "" {
			return []string{"0", "", "", "", "", "", "", ""}
		}
		return []string{"4", e.Place, e.PlaceCountry, "", "", ftoa(e.Lat), ftoa(e.Lon), ""}
	}
	added := strings.NewReplacer("-", "", "T", "", ":", "", "Z", "").Replace(e.Added)
	row := []string{strconv.FormatInt(e.ID, 10), day, month, year, fraction}
	row = append(row, actor(e.SourceCode, e.SourceName, e.SourceCountry)...)
	row = append(row, actor(e.TargetCode, e.TargetName, e.TargetCountry)...)
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	row = append(row, "1", e.Code, base, e.Root, strconv.Itoa(e.Quad), ftoa(e.Goldstein),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), "0")
	row = append(row, geo()...)
	row = append(row, geo()...)
	row = append(row, geo()...)
	row = append(row, added, e.SourceURL)
	return row
}

// Mentions writes GDELT 2.0's mention table: one row per article reporting an event, 16 columns.
func Mentions(w io.Writer, s *sqlite.Store) error {
	bw := bufio.NewWriter(w)
	err := s.Mentions(func(m sqlite.Mention) error {
		added := strings.NewReplacer("-", "", "T", "", ":", "", "Z", "").Replace(m.Added)
		row := []string{strconv.FormatInt(m.EventID, 10), strings.ReplaceAll(m.EventDate, "-", "") + "000000", added, "1", m.Source, m.URL,
			strconv.Itoa(m.Sentence), "-1", "-1", strconv.Itoa(m.Start), "1", "100", strconv.Itoa(m.DocLen), "0", "", "rule=" + m.Rule}
		_, err := bw.WriteString(tsvLine(row))
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// ParquetEvent is the typed Parquet schema of an event.
type ParquetEvent struct {
	ID            int64   `parquet:"id"`
	Date          string  `parquet:"date"`
	Code          string  `parquet:"code"`
	Root          string  `parquet:"root"`
	Name          string  `parquet:"name"`
	Plover        string  `parquet:"plover"`
	Goldstein     float64 `parquet:"goldstein"`
	Quad          int32   `parquet:"quad"`
	SourceCode    string  `parquet:"source_code"`
	SourceName    string  `parquet:"source_name"`
	SourceCountry string  `parquet:"source_country"`
	TargetCode    string  `parquet:"target_code"`
	TargetName    string  `parquet:"target_name"`
	TargetCountry string  `parquet:"target_country"`
	Place         string  `parquet:"place"`
	PlaceCountry  string  `parquet:"place_country"`
	Lat           float64 `parquet:"lat"`
	Lon           float64 `parquet:"lon"`
	Mode          string  `parquet:"mode"`
	NumMentions   int32   `parquet:"num_mentions"`
	NumSources    int32   `parquet:"num_sources"`
	NumArticles   int32   `parquet:"num_articles"`
	SourceURL     string  `parquet:"source_url"`
}

// Parquet writes the events as a Parquet file.
func Parquet(w io.Writer, s *sqlite.Store) error {
	pw := parquet.NewGenericWriter[ParquetEvent](w)
	batch := make([]ParquetEvent, 0, 1024)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		_, err := pw.Write(batch)
		batch = batch[:0]
		return err
	}
	err := s.Events(sqlite.Filter{}, func(e sqlite.EventRow) error {
		batch = append(batch, ParquetEvent{ID: e.ID, Date: e.Date, Code: e.Code, Root: e.Root, Name: e.Name, Plover: e.Plover,
			Goldstein: e.Goldstein, Quad: int32(e.Quad), SourceCode: e.SourceCode, SourceName: e.SourceName, SourceCountry: e.SourceCountry,
			TargetCode: e.TargetCode, TargetName: e.TargetName, TargetCountry: e.TargetCountry, Place: e.Place, PlaceCountry: e.PlaceCountry,
			Lat: e.Lat, Lon: e.Lon, Mode: e.Mode, NumMentions: int32(e.NumMentions), NumSources: int32(e.NumSources),
			NumArticles: int32(e.NumArticles), SourceURL: e.SourceURL})
		if len(batch) == cap(batch) {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return pw.Close()
}
