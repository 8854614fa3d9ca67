// Package server serves a store over HTTP: a JSON API (see docs/openapi.json) and a
// server-rendered web UI to read articles with their entities, quotes and events marked, and to
// browse events. Article text is untrusted: templates escape everything, and a strict
// Content-Security-Policy forbids inline scripts.
package server

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/gzhttp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
	"github.com/chronicle-news/chronicle/sqlite"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure the server.
type Options struct {
	// Token, when set, is required as "Authorization: Bearer <token>" to add articles.
	Token string
	// MaxBody limits request bodies (default 2 MB).
	MaxBody int64
}

// Server is the HTTP handler.
type Server struct {
	store    *sqlite.Store
	pipeline chronicle.Pipeline
	opt      Options
	mux      *http.ServeMux
	handler  http.Handler // mux, compressed for clients that accept gzip
	tmpl     *template.Template
	requests *prometheus.CounterVec
	registry *prometheus.Registry
}

// New returns a server over store, analysing posted texts with p.
func New(store *sqlite.Store, p chronicle.Pipeline, opt Options) (*Server, error) {
	if opt.MaxBody == 0 {
		opt.MaxBody = 2 << 20
	}
	funcs := template.FuncMap{"inc": func(i int) int { return i + 1 }} // 1-based numbers for people
	tmpl, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	s := &Server{store: store, pipeline: p, opt: opt, mux: http.NewServeMux(), tmpl: tmpl, registry: prometheus.NewRegistry()}
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chronicle_http_requests_total", Help: "HTTP requests by route and status."}, []string{"route", "status"})
	s.registry.MustRegister(s.requests, prometheus.NewGoCollector())
	s.route("GET /healthz", s.healthz)
	s.route("GET /api/articles", s.apiArticles)
	s.route("GET /api/articles/{id}", s.apiArticle)
	s.route("POST /api/articles", s.apiAddArticle)
	s.route("GET /api/events", s.apiEvents)
	s.route("GET /api/quotes", s.apiQuotes)
	s.route("GET /api/actors", s.apiActors)
	s.route("GET /api/stats/timeline", s.apiTimeline)
	s.route("GET /api/places", s.apiPlaces)
	s.route("GET /api/graph", s.apiGraph)
	s.route("POST /api/extract", s.apiExtract)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	s.route("GET /{$}", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/dashboard", http.StatusFound) })
	s.mux.Handle("GET /static/", http.FileServerFS(staticFS))
	s.route("GET /articles/{id}", s.pageArticle)
	s.route("GET /events", s.pageEvents)
	s.route("GET /quotes", s.pageQuotes)
	s.route("GET /dashboard", s.pageDashboard)
	// The chart bundle is ~760 KB and JSON pages of events compress as well: gzip them.
	s.handler = gzhttp.GzipHandler(s.mux)
	return s, nil
}

// statusWriter remembers the status for the metrics.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) { w.status = code; w.ResponseWriter.WriteHeader(code) }

func (s *Server) route(pattern string, h http.HandlerFunc) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if p := recover(); p != nil { // a bug in one request never takes the server down
				http.Error(sw, "internal error", http.StatusInternalServerError)
			}
			s.requests.WithLabelValues(pattern, strconv.Itoa(sw.status)).Inc()
		}()
		h(sw, r)
	})
}

// ServeHTTP adds the security headers every response carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	s.handler.ServeHTTP(w, r)
}

// HTTPServer wraps the handler with timeouts for addr.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func fail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.store.DB().PingContext(r.Context()); err != nil {
		fail(w, http.StatusServiceUnavailable, "store unavailable")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func page(r *http.Request) (limit, offset int) {
	limit, _ = strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	offset, _ = strconv.Atoi(r.URL.Query().Get("offset"))
	if offset < 0 {
		offset = 0
	}
	return limit, offset
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	limit, offset := page(r)
	list, err := s.store.Articles(r.URL.Query().Get("q"), limit, offset)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"articles": list, "limit": limit, "offset": offset})
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		fail(w, http.StatusBadRequest, "article ids are numbers")
		return
	}
	doc, err := s.store.Document(id)
	if errors.Is(err, sqlite.ErrNotFound) {
		fail(w, http.StatusNotFound, "no such article")
		return
	}
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(doc)
}

func filterOf(r *http.Request) sqlite.Filter {
	q := r.URL.Query()
	limit, offset := page(r)
	return sqlite.Filter{Actor: q.Get("actor"), Country: q.Get("country"), Code: q.Get("code"), Plover: q.Get("plover"),
		From: q.Get("from"), To: q.Get("to"), Place: q.Get("place"), Text: q.Get("q"), Limit: limit, Offset: offset}
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f := filterOf(r)
	events := []sqlite.EventRow{}
	if err := s.store.Events(f, func(e sqlite.EventRow) error { events = append(events, e); return nil }); err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": events, "limit": f.Limit, "offset": f.Offset})
}

// apiQuotes lists stored quotes by speaker, speaker's actor code, words and publication day.
func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset := page(r)
	f := sqlite.QuoteFilter{Speaker: q.Get("speaker"), Actor: q.Get("actor"), Text: q.Get("q"), From: q.Get("from"), To: q.Get("to"),
		Limit: limit, Offset: offset}
	quotes := []sqlite.QuoteRow{}
	if err := s.store.Quotes(f, func(q sqlite.QuoteRow) error { quotes = append(quotes, q); return nil }); err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"quotes": quotes, "limit": limit, "offset": offset})
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	limit, _ := page(r)
	actors, err := s.store.Actors(limit)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": actors})
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	counts, err := s.store.Timeline(filterOf(r))
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	if counts == nil {
		counts = []sqlite.Count{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"counts": counts})
}

// apiPlaces counts the events matching the filters by place, for the map.
func (s *Server) apiPlaces(w http.ResponseWriter, r *http.Request) {
	f := filterOf(r)
	f.Limit, f.Offset = limitOr(r, 500, 5000), 0
	places, err := s.store.Places(f)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"places": places})
}

// apiGraph answers the actor graph of the events matching the filters.
func (s *Server) apiGraph(w http.ResponseWriter, r *http.Request) {
	f := filterOf(r)
	f.Limit, f.Offset = limitOr(r, 150, 2000), 0
	g, err := s.store.Graph(f)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, g)
}

// limitOr reads the limit parameter: def when missing or out of (0, max].
func limitOr(r *http.Request, def, max int) int {
	n, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || n <= 0 || n > max {
		return def
	}
	return n
}

// readArticle reads a posted article: JSON {"text", …}, HTML or plain text.
func (s *Server) readArticle(w http.ResponseWriter, r *http.Request) (chronicle.Article, bool) {
	body, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		fail(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", s.opt.MaxBody))
		return chronicle.Article{}, false
	}
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return chronicle.Article{}, false
	}
	var a chronicle.Article
	ct := r.Header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ct, "application/json"):
		if err := json.Unmarshal(body, &a); err != nil || strings.TrimSpace(a.Text) == "" {
			fail(w, http.StatusBadRequest, `want a JSON object with a non-empty "text"`)
			return a, false
		}
	case strings.HasPrefix(ct, "text/html"):
		a, err = source.Extract(string(body), r.URL.Query().Get("url"))
		if err != nil {
			fail(w, http.StatusUnprocessableEntity, err.Error())
			return a, false
		}
	default:
		a.Text = strings.ToValidUTF8(string(body), "\uFFFD")
	}
	if strings.TrimSpace(a.Text) == "" {
		fail(w, http.StatusBadRequest, "empty text")
		return a, false
	}
	if p := r.URL.Query().Get("published"); p != "" && a.Published == "" {
		a.Published = p
	}
	return a, true
}

func (s *Server) apiExtract(w http.ResponseWriter, r *http.Request) {
	a, ok := s.readArticle(w, r)
	if !ok {
		return
	}
	doc, err := pipeline.Analyze(s.pipeline, a)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, doc)
}

func (s *Server) apiAddArticle(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token != "" && r.Header.Get("Authorization") != "Bearer "+s.opt.Token {
		fail(w, http.StatusUnauthorized, "a bearer token is required to add articles")
		return
	}
	a, ok := s.readArticle(w, r)
	if !ok {
		return
	}
	if a.ID == "" {
		a.ID = "posted:" + sqlite.Hash(a.Text)[:12]
	}
	doc, err := pipeline.Analyze(s.pipeline, a)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	res, err := s.store.Add(doc)
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	status := http.StatusCreated
	if res.Duplicate {
		status = http.StatusOK
	}
	writeJSON(w, status, map[string]any{"id": res.ID, "duplicate": res.Duplicate, "near_duplicate_of": res.NearDuplicateOf, "events": res.Events, "quotes": res.Quotes})
}
