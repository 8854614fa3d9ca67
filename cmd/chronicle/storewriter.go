package main

import (
	"fmt"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
)

// The store commits in groups: whenever the writer is free it takes every analysed article
// queued (waiting up to minBatchWait for minBatch of them), at most maxBatch articles or
// maxBatchBytes of text. When the store keeps up, groups stay small and storing overlaps the
// analysis; when it falls behind, groups grow and each commit — which writes every page it
// touched once, the indexes' and full-text segments' hot pages among them — serves more
// articles. A killed run loses at most the group in flight (re-running redoes it).
const (
	minBatch      = 64
	minBatchWait  = 50 * time.Millisecond
	maxBatch      = 1024
	maxBatchBytes = 8 << 20
)

// storeWriter stores analysed articles in groups, one transaction each (every article whole or
// not at all), in input order, on its own goroutine. Add blocks while two full groups wait, so
// memory stays bounded when the store is slower than the analysis.
type storeWriter struct {
	store  *sqlite.Store
	stored func(where []string, added []sqlite.Added) // called on the writer goroutine

	mu      sync.Mutex
	changed *sync.Cond // the queue grew or shrank, or the writer stopped
	queue   storeBatch
	closed  bool
	err     error // the store's own failure: the run stops
	done    chan struct{}
}

type storeBatch struct {
	docs  []*sqlite.Prepared
	where []string
	bytes int // of the documents' text
	since time.Time
}

func newStoreWriter(store *sqlite.Store, stored func(where []string, added []sqlite.Added)) *storeWriter {
	w := &storeWriter{store: store, stored: stored, done: make(chan struct{})}
	w.changed = sync.NewCond(&w.mu)
	go w.write()
	return w
}

// next waits for a group to store; ok is false when the writer is closed and nothing is left.
func (w *storeWriter) next() (b storeBatch, ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for len(w.queue.docs) == 0 && !w.closed {
		w.changed.Wait()
	}
	if len(w.queue.docs) == 0 {
		return b, false
	}
	if len(w.queue.docs) < minBatch && !w.closed {
		// a moment for a group to gather: fewer, larger commits cost less
		wait := minBatchWait - time.Since(w.queue.since)
		w.mu.Unlock()
		time.Sleep(wait)
		w.mu.Lock()
	}
	n, bytes := 0, 0
	for n < len(w.queue.docs) && n < maxBatch && (n == 0 || bytes < maxBatchBytes) {
		bytes += len(w.queue.docs[n].Doc.Text)
		n++
	}
	b = storeBatch{docs: w.queue.docs[:n:n], where: w.queue.where[:n:n], bytes: bytes}
	w.queue.docs, w.queue.where, w.queue.bytes = w.queue.docs[n:], w.queue.where[n:], w.queue.bytes-bytes
	w.queue.since = time.Now()
	w.changed.Broadcast()
	return b, true
}

func (w *storeWriter) write() {
	defer close(w.done)
	for {
		b, ok := w.next()
		if !ok {
			return
		}
		added, err := w.store.AddPrepared(b.docs)
		if err != nil {
			w.mu.Lock()
			w.err = fmt.Errorf("store: %w", err)
			w.closed = true
			w.queue = storeBatch{}
			w.changed.Broadcast()
			w.mu.Unlock()
			return
		}
		w.stored(b.where, added)
	}
}

// Add queues a document; it returns the store's failure once there is one. The document is
// prepared for the store here, on the caller's goroutine, not on the writer's.
func (w *storeWriter) Add(doc *chronicle.Document, where string) error {
	p := sqlite.Prepare(doc)
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.err == nil && (len(w.queue.docs) >= 2*maxBatch || w.queue.bytes >= 2*maxBatchBytes) {
		w.changed.Wait()
	}
	if w.err != nil {
		return w.err
	}
	if len(w.queue.docs) == 0 {
		w.queue.since = time.Now()
	}
	w.queue.docs = append(w.queue.docs, p)
	w.queue.where = append(w.queue.where, where)
	w.queue.bytes += len(doc.Text)
	w.changed.Broadcast()
	return nil
}

// Close stores what is queued, waits for the store, and returns its failure if any.
func (w *storeWriter) Close() error {
	w.mu.Lock()
	w.closed = true
	w.changed.Broadcast()
	w.mu.Unlock()
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}
