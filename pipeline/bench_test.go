package pipeline

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/chronicle-news/chronicle"
)

func benchCorpus(b *testing.B) ([]chronicle.Article, int) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	if len(files) == 0 {
		b.Fatal("no test articles")
	}
	var arts []chronicle.Article
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, chronicle.Article{ID: f, Text: string(data), Published: "2020-01-23"})
		n += len(data)
	}
	return arts, n
}

// BenchmarkExtract measures the whole extract pipeline (segment, tag, entities, quotes, JSON
// encoding) over the test corpus on one goroutine.
func BenchmarkExtract(b *testing.B) {
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p)
}

// BenchmarkExtractWithoutQuotes is BenchmarkExtract less the quote stage, so the ratio of the
// two shows what quotes cost.
func BenchmarkExtractWithoutQuotes(b *testing.B) {
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var stages chronicle.Pipeline
	for _, s := range p {
		if s.Name() != "quotes" {
			stages = append(stages, s)
		}
	}
	benchPipeline(b, stages)
}

func benchPipeline(b *testing.B, p chronicle.Pipeline) {
	arts, size := benchCorpus(b)
	enc := json.NewEncoder(io.Discard)
	tokens := 0
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			doc, err := Analyze(p, a)
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(doc.Tokens)
			if err := enc.Encode(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProse measures prose's own full pipeline (tokenise, segment, tag, NER) on the same
// corpus, as the baseline for BenchmarkExtract. The model is loaded once, outside the timing
// (prose would otherwise decode it for every document).
func BenchmarkProse(b *testing.B) { benchProse(b) }

// BenchmarkProseTagOnly is prose without its slow NER (tokenise, segment, tag): a second,
// stricter baseline.
func BenchmarkProseTagOnly(b *testing.B) { benchProse(b, prose.WithExtraction(false)) }

func benchProse(b *testing.B, opts ...prose.DocOpt) {
	arts, size := benchCorpus(b)
	opts = append(opts, prose.UsingModel(prose.ModelFromData("baseline")))
	tokens := 0
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			doc, err := prose.NewDocument(a.Text, opts...)
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(doc.Tokens())
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtractEvents measures the event stage alone over the test corpus, on documents the
// earlier stages have already analysed.
func BenchmarkExtractEvents(b *testing.B) {
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	arts, size := benchCorpus(b)
	var before chronicle.Pipeline
	var events chronicle.Stage
	for _, s := range p {
		if s.Name() == "events" {
			events = s
		} else {
			before = append(before, s)
		}
	}
	docs := make([]*chronicle.Document, len(arts))
	for i, a := range arts {
		if docs[i], err = Analyze(before, a); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := events.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
