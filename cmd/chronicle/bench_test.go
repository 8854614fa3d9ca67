package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
	"github.com/chronicle-news/chronicle/sqlite"
)

// benchCorpus writes n distinct articles, each four paragraphs drawn from all the test
// articles, to a JSONL file: distinct enough that ingest stores every one (no near-duplicates
// whose analysis it would skip).
func benchCorpus(b *testing.B, n int) (path string, size int64) {
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			if len(p) > 80 {
				paras = append(paras, strings.TrimSpace(p))
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	path = filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		var text []string
		for j := 0; j < 4; j++ {
			text = append(text, paras[rng.Intn(len(paras))])
		}
		body := strings.Join(text, "\n\n")
		size += int64(len(body))
		enc.Encode(map[string]string{"id": fmt.Sprint(i), "text": body, "published": "2020-01-23"})
	}
	return path, size
}

// newBenchStore opens an empty store, off the clock.
func newBenchStore(b *testing.B) *sqlite.Store {
	b.StopTimer()
	defer b.StartTimer()
	store, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	return store
}

// BenchmarkCommands runs the extract and ingest commands' own code on the same corpus in the
// same run: the ratio of their throughputs is what the store costs. With one analysis worker the
// store writes on another core, as it would beside N workers on a machine with more than N
// cores, so the ratio says whether the store keeps up; with a worker per core, the store's CPU
// is taken from the analysis and the ratio is the share left to it.
func BenchmarkCommands(b *testing.B) {
	corpus, size := benchCorpus(b, 1000)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	opt := source.Options{}
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("extract/workers=%d", workers), func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				if err := extract(io.Discard, p, []string{corpus}, opt, workers); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("ingest/workers=%d", workers), func(b *testing.B) {
			b.SetBytes(size)
			stderr := os.Stderr
			os.Stderr, _ = os.Open(os.DevNull) // the summary line of every run
			defer func() { os.Stderr = stderr }()
			for i := 0; i < b.N; i++ {
				store := newBenchStore(b)
				if err := ingest(store, p, []string{corpus}, opt, workers); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				st, err := store.Stats()
				store.Close()
				if err != nil || st.Articles < 990 || st.NearDuplicates > 50 {
					b.Fatalf("corpus not stored as distinct articles: %+v %v", st, err)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkStoreShare analyses the corpus once, then times analysis and storing separately in
// the same run: store/analysis is the CPU the store adds to each article. On a machine whose
// cores all analyse, ingest runs at analysis/(analysis+store) of extract's throughput.
func BenchmarkStoreShare(b *testing.B) {
	corpus, _ := benchCorpus(b, 1000)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(corpus)
	if err != nil {
		b.Fatal(err)
	}
	var articles []chronicle.Article
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var a chronicle.Article
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			b.Fatal(err)
		}
		articles = append(articles, a)
	}
	docs := make([]*chronicle.Document, len(articles))
	analyse := func() {
		for j, a := range articles {
			if docs[j], err = pipeline.Analyze(p, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	analyse()
	// CPU time, not wall time, is what the store takes from the analysis: the writer's waits
	// for the disk leave the cores to the workers.
	b.Run("analyse", func(b *testing.B) {
		cpu := cpuTime()
		for i := 0; i < b.N; i++ {
			analyse()
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(articles)), "ns/article")
		b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N*len(articles)), "cpu-ns/article")
	})
	b.Run("store", func(b *testing.B) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			store := newBenchStore(b)
			start := cpuTime()
			for j := 0; j < len(docs); j += maxBatch {
				if _, err := store.AddAll(docs[j:min(j+maxBatch, len(docs))]); err != nil {
					b.Fatal(err)
				}
			}
			cpu += cpuTime() - start
			b.StopTimer()
			store.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/article")
		b.ReportMetric(float64(cpu)/float64(b.N*len(docs)), "cpu-ns/article")
	})
}

// cpuTime is the CPU time this process has used, in user and system mode.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
