package sqlite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/sqlite"
)

// BenchmarkIngestVsExtract analyses the test corpus and either encodes it (extract) or stores it
// in a fresh store (ingest), in the same run, so the ratio shows what the store costs.
func BenchmarkIngestVsExtract(b *testing.B) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	var arts []chronicle.Article
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		arts = append(arts, chronicle.Article{ID: f, Text: string(data), Published: "2020-01-23"})
		size += len(data)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(int64(size))
		for i := 0; i < b.N; i++ {
			for _, a := range arts {
				if _, err := pipeline.Analyze(p, a); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("ingest", func(b *testing.B) {
		b.SetBytes(int64(size))
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			s, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			for _, a := range arts {
				doc, err := pipeline.Analyze(p, a)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := s.Add(doc); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
	})
}
