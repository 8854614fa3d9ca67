package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
)

// An ingest commits after maxBatch articles, maxBatchBytes of their text or maxBatchWait,
// whichever comes first, so a killed run loses at most that much work (re-running redoes it).
// Large batches are cheap batches: a commit writes every page it touched once, and the
// indexes' and full-text segments' hot pages are touched by every article (1,024 articles a
// commit take ≈ 20 % less store CPU than 64, BenchmarkStoreShare).
const (
	maxBatch      = 1024
	maxBatchBytes = 8 << 20
	maxBatchWait  = time.Second
)

// storeWriter stores analysed articles in batches, one transaction each (every article whole or
// not at all): one commit per article would cost as much as analysing it. It writes on its own
// goroutine, in input order, so that analysis goes on meanwhile; a batch also goes out when its
// first article has waited maxBatchWait, so a slow feed still commits as it goes.
type storeWriter struct {
	store   *sqlite.Store
	stored  func(where []string, added []sqlite.Added) // called on the writer goroutine
	batches chan storeBatch
	err     atomic.Pointer[error] // the store's own failure: the run stops

	mu      sync.Mutex // cur and started
	cur     storeBatch
	started time.Time
	sendMu  sync.Mutex // keeps batches in order between Add and the timer

	stopTimer, timerDone, writerDone chan struct{}
}

type storeBatch struct {
	docs  []*sqlite.Prepared
	where []string
	bytes int // of the documents' text
}

func newStoreWriter(store *sqlite.Store, stored func(where []string, added []sqlite.Added)) *storeWriter {
	w := &storeWriter{store: store, stored: stored, batches: make(chan storeBatch, 2),
		stopTimer: make(chan struct{}), timerDone: make(chan struct{}), writerDone: make(chan struct{})}
	go w.write()
	go w.tick()
	return w
}

func (w *storeWriter) write() {
	defer close(w.writerDone)
	for b := range w.batches {
		if w.err.Load() != nil {
			continue // drain; the run is stopping
		}
		added, err := w.store.AddPrepared(b.docs)
		if err != nil {
			err = fmt.Errorf("store: %w", err)
			w.err.Store(&err)
			continue
		}
		w.stored(b.where, added)
	}
}

func (w *storeWriter) tick() {
	defer close(w.timerDone)
	t := time.NewTicker(maxBatchWait / 4)
	defer t.Stop()
	for {
		select {
		case <-w.stopTimer:
			return
		case <-t.C:
			w.flush(false)
		}
	}
}

// Add queues a document; it returns the store's failure once there is one. The document is
// prepared for the store here, on the caller's goroutine, not on the writer's.
func (w *storeWriter) Add(doc *chronicle.Document, where string) error {
	if err := w.err.Load(); err != nil {
		return *err
	}
	p := sqlite.Prepare(doc)
	w.mu.Lock()
	w.cur.docs = append(w.cur.docs, p)
	w.cur.where = append(w.cur.where, where)
	w.cur.bytes += len(doc.Text)
	if len(w.cur.docs) == 1 {
		w.started = time.Now()
	}
	full := w.cur.full()
	w.mu.Unlock()
	if full {
		w.flush(false)
	}
	return nil
}

func (b storeBatch) full() bool { return len(b.docs) >= maxBatch || b.bytes >= maxBatchBytes }

// flush sends the current batch to the store when it is full, has waited long enough, or force.
func (w *storeWriter) flush(force bool) {
	w.sendMu.Lock()
	defer w.sendMu.Unlock()
	w.mu.Lock()
	b := w.cur
	ready := len(b.docs) > 0 && (force || b.full() || time.Since(w.started) >= maxBatchWait)
	if ready {
		w.cur = storeBatch{}
	}
	w.mu.Unlock()
	if ready {
		w.batches <- b
	}
}

// Close stores what is queued, waits for the store, and returns its failure if any.
func (w *storeWriter) Close() error {
	close(w.stopTimer)
	<-w.timerDone
	w.flush(true)
	close(w.batches)
	<-w.writerDone
	if err := w.err.Load(); err != nil {
		return *err
	}
	return nil
}
