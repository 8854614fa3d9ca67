// Package pipeline wires the analysis stages into Chronicle's default pipeline and runs it
// over many articles on a pool of workers, keeping input order.
package pipeline

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/actor"
	"github.com/chronicle-news/chronicle/entity"
	"github.com/chronicle-news/chronicle/event"
	"github.com/chronicle-news/chronicle/quote"
	"github.com/chronicle-news/chronicle/text"
	"github.com/chronicle-news/chronicle/text/tag"
)

// Options configure the default pipeline.
type Options struct {
	// DictDir holds the user's dictionaries (orgs.tsv, given_names.txt, people.tsv); empty for none.
	DictDir string
}

// New builds the default pipeline: segment → tag → entities → actors → quotes → events. Build it
// once and share it.
func New(opt Options) (chronicle.Pipeline, error) {
	tagger, err := tag.NewTagger()
	if err != nil {
		return nil, err
	}
	rec, err := entity.New(opt.DictDir)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	actors, err := actor.New(rec.Roles(), opt.DictDir)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	quotes, err := quote.New()
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	events, err := event.New()
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return chronicle.Pipeline{text.Segmenter{}, tagger, rec, actors, quotes, events}, nil
}

var (
	defaultOnce sync.Once
	defaultP    chronicle.Pipeline
	defaultErr  error
)

// Default returns the default pipeline with no user dictionaries, built on first use and shared.
func Default() (chronicle.Pipeline, error) {
	defaultOnce.Do(func() { defaultP, defaultErr = New(Options{}) })
	return defaultP, defaultErr
}

// Analyze runs p over one article. A panic in a stage becomes an error naming the article, so
// one bad text never takes a run down.
func Analyze(p chronicle.Pipeline, a chronicle.Article) (doc *chronicle.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("internal error analysing %q: %v", a.ID, r)
		}
	}()
	doc = chronicle.NewDocument(a)
	if err := p.Process(doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// Job is one unit of work for Run: an article to analyse, or something to pass through in
// order (an input that was skipped).
type Job[T any] struct {
	Article *chronicle.Article
	Meta    T
}

// Result is a finished Job.
type Result[T any] struct {
	Doc  *chronicle.Document
	Err  error
	Meta T
}

// Run analyses the jobs that next returns (until it returns false) on workers goroutines and
// calls emit with the results in input order. workers <= 0 means one per CPU. Documents reach
// emit without their Tokens, which are the largest layer and not part of the contract.
func Run[T any](p chronicle.Pipeline, workers int, next func() (Job[T], bool), emit func(Result[T]) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type slot struct {
		seq int
		res Result[T]
	}
	jobs := make(chan struct {
		seq int
		job Job[T]
	}, workers)
	results := make(chan slot, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := Result[T]{Meta: j.job.Meta}
				if j.job.Article != nil {
					res.Doc, res.Err = Analyze(p, *j.job.Article)
					if res.Doc != nil {
						res.Doc.Tokens = nil // not in the contract; the largest layer by far
					}
				}
				results <- slot{j.seq, res}
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			job, ok := next()
			if !ok {
				return
			}
			select {
			case jobs <- struct {
				seq int
				job Job[T]
			}{seq, job}:
			case <-stop:
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	pending := map[int]Result[T]{}
	want := 0
	var firstErr error
	for s := range results {
		if firstErr != nil {
			continue // drain
		}
		pending[s.seq] = s.res
		for {
			r, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if err := emit(r); err != nil {
				firstErr = err
				close(stop)
				break
			}
		}
	}
	return firstErr
}
