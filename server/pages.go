package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
)

// segment is a run of text with the marks that cover it.
type segment struct {
	Text      string
	Entity    *chronicle.Entity
	Quote     int // 1-based quote number, 0 for none
	Evidence  bool
	Paragraph bool     // a paragraph break precedes this segment
	Anchors   []string // targets of the quote list's links that start here: q1 (a quote), s1 (its speaker)
}

// segments cuts the text at every span boundary so that each piece can be marked.
func segments(doc *chronicle.Document) []segment {
	runes := []rune(doc.Text)
	cuts := map[int]bool{0: true, len(runes): true}
	for _, e := range doc.Entities {
		cuts[e.Start], cuts[e.End] = true, true
	}
	anchors := map[int][]string{}
	for i, q := range doc.Quotes {
		cuts[q.Start], cuts[q.End] = true, true
		anchors[q.Start] = append(anchors[q.Start], "q"+strconv.Itoa(i+1))
		if sp := q.Speaker; sp != nil && sp.Start < sp.End {
			cuts[sp.Start], cuts[sp.End] = true, true
			anchors[sp.Start] = append(anchors[sp.Start], "s"+strconv.Itoa(i+1))
		}
	}
	for _, ev := range doc.Events {
		cuts[ev.Evidence.Start], cuts[ev.Evidence.End] = true, true
	}
	paraStarts := map[int]bool{}
	for i, s := range doc.Sentences {
		if i > 0 && s.Paragraph != doc.Sentences[i-1].Paragraph {
			paraStarts[s.Start] = true
			cuts[s.Start] = true
		}
	}
	var points []int
	for c := range cuts {
		if c >= 0 && c <= len(runes) {
			points = append(points, c)
		}
	}
	sort.Ints(points)
	var out []segment
	for k := 0; k+1 < len(points); k++ {
		a, b := points[k], points[k+1]
		seg := segment{Text: string(runes[a:b]), Paragraph: paraStarts[a], Anchors: anchors[a]}
		for i := range doc.Entities {
			if e := &doc.Entities[i]; e.Start <= a && b <= e.End {
				seg.Entity = e
			}
		}
		for i, q := range doc.Quotes {
			if q.Start <= a && b <= q.End {
				seg.Quote = i + 1
			}
		}
		for _, ev := range doc.Events {
			if ev.Evidence.Start <= a && b <= ev.Evidence.End {
				seg.Evidence = true
			}
		}
		out = append(out, seg)
	}
	return out
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "article ids are numbers", http.StatusBadRequest)
		return
	}
	raw, err := s.store.Document(id)
	if errors.Is(err, sqlite.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "store error", http.StatusInternalServerError)
		return
	}
	var doc chronicle.Document
	if err := json.Unmarshal(raw, &doc); err != nil {
		http.Error(w, "stored document is unreadable", http.StatusInternalServerError)
		return
	}
	s.render(w, "article.html", map[string]any{"ID": id, "Doc": &doc, "Segments": segments(&doc)})
}

func (s *Server) pageEvents(w http.ResponseWriter, r *http.Request) {
	f := filterOf(r)
	var events []sqlite.EventRow
	if err := s.store.Events(f, func(e sqlite.EventRow) error { events = append(events, e); return nil }); err != nil {
		http.Error(w, "bad filter: "+err.Error(), http.StatusBadRequest)
		return
	}
	q := r.URL.Query()
	s.renderList(w, r, "events", len(events), f.Offset, f.Limit, map[string]any{"Events": events, "Q": q, "Filters": filterNames,
		"Dashboard": withQuery("/dashboard", filterQuery(q))})
}

// quoteFilterNames are the quote page's filters, named as /api/quotes names them.
var quoteFilterNames = []string{"speaker", "actor", "q", "from", "to"}

// pageQuotes lists stored quotes: who said what, in which article.
func (s *Server) pageQuotes(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset := page(r)
	f := sqlite.QuoteFilter{Speaker: q.Get("speaker"), Actor: q.Get("actor"), Text: q.Get("q"), From: q.Get("from"), To: q.Get("to"),
		Limit: limit, Offset: offset}
	var quotes []sqlite.QuoteRow
	if err := s.store.Quotes(f, func(q sqlite.QuoteRow) error { quotes = append(quotes, q); return nil }); err != nil {
		http.Error(w, "bad filter: "+err.Error(), http.StatusBadRequest)
		return
	}
	s.renderList(w, r, "quotes", len(quotes), offset, limit, map[string]any{"Quotes": quotes, "Q": q, "Filters": quoteFilterNames})
}

// renderList renders a paged listing (page /NAME, template NAME.html): the whole page, or only
// its results when htmx asks for them. n rows were found from offset, at most limit.
func (s *Server) renderList(w http.ResponseWriter, r *http.Request, name string, n, offset, limit int, data map[string]any) {
	pageURL := func(offset int) string {
		v := r.URL.Query()
		v.Del("offset")
		if offset > 0 {
			v.Set("offset", strconv.Itoa(offset))
		}
		return withQuery("/"+name, v.Encode())
	}
	data["Prev"], data["Next"], data["From"], data["To"] = "", "", offset+1, offset+n
	if offset > 0 {
		data["Prev"] = pageURL(max(0, offset-limit))
	}
	if n == limit {
		data["Next"] = pageURL(offset + limit)
	}
	// htmx asks for the results alone; a history restore wants the whole page
	w.Header().Add("Vary", "HX-Request")
	if r.Header.Get("HX-Request") == "true" && r.Header.Get("HX-History-Restore-Request") != "true" {
		s.render(w, name+"-results", data)
		return
	}
	s.render(w, name+".html", data)
}

// pageDashboard shows the timeline, map and actor graph of the events matching the filters; the
// chart bundle reads the filters from the page and asks the API.
func (s *Server) pageDashboard(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.render(w, "dashboard.html", map[string]any{"Q": q, "Query": filterQuery(q), "Filters": filterNames,
		"Table": withQuery("/events", filterQuery(q))})
}

func withQuery(path, query string) string {
	if query == "" {
		return path
	}
	return path + "?" + query
}

// filterQuery is the query string of the filters set in q.
func filterQuery(q url.Values) string {
	v := url.Values{}
	for _, name := range filterNames {
		if x := q.Get(name); x != "" {
			v.Set(name, x)
		}
	}
	return v.Encode()
}

var filterNames = []string{"actor", "country", "code", "plover", "from", "to", "place", "q"}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.tmpl.ExecuteTemplate(w, name, data); err != nil {
		http.Error(w, "template error", http.StatusInternalServerError)
	}
}
