package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/sqlite"
)

// newServer serves a store holding the seed article, another article, and one whose text
// contains a script.
func newServer(t *testing.T, opt Options) (*httptest.Server, map[string]int64) {
	t.Helper()
	pl, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ids := map[string]int64{}
	add := func(name, text string) {
		doc, err := pipeline.Analyze(pl, chronicle.Article{ID: name, Text: text, Published: "2020-01-23"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := store.Add(doc)
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = res.ID
	}
	seed, _ := os.ReadFile("../testdata/dev/seed.txt")
	kenya, _ := os.ReadFile("../testdata/dev/kenya-election.txt")
	add("seed", string(seed))
	add("kenya", string(kenya))
	add("xss", `Protesters in Lagos carried signs reading <script>alert(1)</script> and "<img src=x onerror=alert(2)>", police said on Monday.`)
	s, err := New(store, pl, opt)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, ids
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp.StatusCode, b.String(), resp.Header
}

func TestAPI(t *testing.T) {
	srv, ids := newServer(t, Options{})
	if code, body, _ := get(t, srv.URL+"/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("healthz: %d %s", code, body)
	}
	var list struct{ Articles []sqlite.ArticleRow }
	_, body, _ := get(t, srv.URL+"/api/articles")
	json.Unmarshal([]byte(body), &list)
	if len(list.Articles) != 3 {
		t.Errorf("articles: %s", body)
	}
	var evs struct{ Events []sqlite.EventRow }
	_, body, _ = get(t, srv.URL+"/api/events?country=IRQ")
	json.Unmarshal([]byte(body), &evs)
	if len(evs.Events) == 0 {
		t.Errorf("events?country=IRQ is empty: %s", body)
	}
	var quotes struct{ Quotes []sqlite.QuoteRow }
	_, body, _ = get(t, srv.URL+"/api/quotes?speaker=sadr&limit=2")
	json.Unmarshal([]byte(body), &quotes)
	if len(quotes.Quotes) != 2 || !strings.Contains(quotes.Quotes[1].Speaker, "Sadr") || quotes.Quotes[1].ArticleID != ids["seed"] {
		t.Errorf("quotes?speaker=sadr&limit=2: %s", body)
	}
	if code, body, _ := get(t, srv.URL+"/api/quotes?q=%22unbalanced"); code != 400 || !strings.Contains(body, "quotes:") {
		t.Errorf("a malformed full-text query is the client's error: %d %s", code, body)
	}
	code, body, _ := get(t, srv.URL+"/api/articles/"+itoa(ids["seed"]))
	var doc chronicle.Document
	if code != 200 || json.Unmarshal([]byte(body), &doc) != nil || len(doc.Quotes) == 0 {
		t.Errorf("article: %d", code)
	}
	if code, _, _ := get(t, srv.URL+"/api/articles/999"); code != 404 {
		t.Errorf("missing article: %d", code)
	}
	for _, path := range []string{"/api/actors", "/api/stats/timeline?country=IRQ", "/metrics"} {
		if code, _, _ := get(t, srv.URL+path); code != 200 {
			t.Errorf("%s: %d", path, code)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestExtractEndpoint(t *testing.T) {
	srv, _ := newServer(t, Options{MaxBody: 64 << 10})
	seed, _ := os.ReadFile("../testdata/dev/seed.txt")
	resp, err := http.Post(srv.URL+"/api/extract?published=2020-01-23", "text/plain", strings.NewReader(string(seed)))
	if err != nil {
		t.Fatal(err)
	}
	var doc chronicle.Document
	json.NewDecoder(resp.Body).Decode(&doc)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(doc.Events) == 0 || doc.Published != "2020-01-23" {
		t.Errorf("extract: %d, %d events", resp.StatusCode, len(doc.Events))
	}
	big := strings.Repeat("All quiet in Paris today. ", 5000)
	resp, err = http.Post(srv.URL+"/api/extract", "text/plain", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d, want 413", resp.StatusCode)
	}
}

func TestAddNeedsTokenWhenSet(t *testing.T) {
	srv, _ := newServer(t, Options{Token: "s3cret"})
	body := `{"text": "Kenyan police arrested opposition supporters in Nairobi on Tuesday, officials said."}`
	resp, _ := http.Post(srv.URL+"/api/articles", "application/json", strings.NewReader(body))
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("without token: %d, want 401", resp.StatusCode)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/api/articles", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("with token: %d, want 201", resp.StatusCode)
	}
}

func TestArticlePageMarksAndEscapes(t *testing.T) {
	srv, ids := newServer(t, Options{})
	code, body, h := get(t, srv.URL+"/articles/"+itoa(ids["seed"]))
	if code != 200 || !strings.Contains(body, `<mark class="PERSON" title="PERSON · Muqtada al-Sadr`) {
		t.Errorf("seed page does not mark Muqtada al-Sadr (%d)", code)
	}
	if !strings.Contains(body, "class=\"quotes\"") || !strings.Contains(body, "Legend") {
		t.Error("quote list or legend missing")
	}
	// every quote and speaker the list links to is a place in the text
	links := regexp.MustCompile(`href="#([qs][0-9]+)"`).FindAllStringSubmatch(body, -1)
	if len(links) < 20 {
		t.Errorf("%d quote and speaker links, want one per quote and attributed speaker", len(links))
	}
	for _, l := range links {
		if !strings.Contains(body, `<a id="`+l[1]+`"></a>`) {
			t.Errorf("the quote list links to #%s, which is not in the text", l[1])
		}
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	_, body, _ = get(t, srv.URL+"/articles/"+itoa(ids["xss"]))
	if strings.Contains(body, "<script>alert(1)</script>") || strings.Contains(body, "<img src=x") {
		t.Error("article text is not escaped")
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("escaped script text missing")
	}
	if code, body, _ := get(t, srv.URL+"/events?country=IRQ"); code != 200 || !strings.Contains(body, "<table>") || !strings.Contains(body, "/articles/") {
		t.Errorf("events page: %d", code)
	}
	code, body, _ = get(t, srv.URL+"/quotes?speaker=sadr&limit=2")
	if code != 200 || strings.Count(body, `<a href="/articles/`+itoa(ids["seed"])+`">`) != 2 || !strings.Contains(body, "Muqtada al-Sadr") ||
		!strings.Contains(body, `href="/quotes?limit=2&amp;offset=2&amp;speaker=sadr"`) || !strings.Contains(body, `value="sadr"`) {
		t.Errorf("quotes page: %d\n%s", code, body)
	}
	if code, _, _ := get(t, srv.URL+"/quotes?q=%22unbalanced"); code != 400 {
		t.Errorf("quotes page with a malformed full-text query: %d, want 400", code)
	}
}

// TestOpenAPIMatchesHandlers checks that every documented path is served, and every API route
// is documented.
func TestOpenAPIMatchesHandlers(t *testing.T) {
	data, err := os.ReadFile("../docs/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(data, &spec); err != nil {
		t.Fatal(err)
	}
	srv, ids := newServer(t, Options{})
	for path, ops := range spec.Paths {
		url := srv.URL + strings.Replace(path, "{id}", itoa(ids["seed"]), 1)
		for method := range ops {
			req, _ := http.NewRequest(strings.ToUpper(method), url, strings.NewReader(`{"text":"Paris is calm today, police said on Monday."}`))
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode == 404 || resp.StatusCode == 405 {
				t.Errorf("%s %s documented but answers %d", method, path, resp.StatusCode)
			}
		}
	}
	for _, route := range []string{"/healthz", "/api/articles", "/api/articles/{id}", "/api/events", "/api/quotes", "/api/actors", "/api/stats/timeline", "/api/places", "/api/graph", "/api/extract", "/metrics"} {
		if _, ok := spec.Paths[route]; !ok {
			t.Errorf("%s is served but not documented", route)
		}
	}
}

func TestPlacesAndGraph(t *testing.T) {
	srv, _ := newServer(t, Options{})
	var places struct{ Places []sqlite.PlaceCount }
	_, body, _ := get(t, srv.URL+"/api/places?country=IRQ")
	if err := json.Unmarshal([]byte(body), &places); err != nil || len(places.Places) == 0 {
		t.Fatalf("places?country=IRQ: %s", body)
	}
	baghdad := false
	for _, p := range places.Places {
		if p.Place == "Baghdad" && p.Country == "IRQ" && p.Lat > 33 && p.Lat < 34 && p.Lon > 44 && p.Lon < 45 && p.Events > 0 {
			baghdad = true
		}
	}
	if !baghdad {
		t.Errorf("no Baghdad with its coordinates: %s", body)
	}
	var g sqlite.Graph
	_, body, _ = get(t, srv.URL+"/api/graph?country=IRQ")
	if err := json.Unmarshal([]byte(body), &g); err != nil || len(g.Edges) == 0 {
		t.Fatalf("graph?country=IRQ: %s", body)
	}
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = true
	}
	for _, e := range g.Edges {
		if !nodes[e.Source] || !nodes[e.Target] || e.Events < 1 || e.Quad < 1 || e.Quad > 4 {
			t.Errorf("edge %+v: unknown node or bad counts", e)
		}
	}
	_, body, _ = get(t, srv.URL+"/api/graph?limit=1")
	json.Unmarshal([]byte(body), &g)
	if len(g.Edges) != 1 {
		t.Errorf("graph?limit=1: %d edges", len(g.Edges))
	}
}

func TestEventsPartialForHTMX(t *testing.T) {
	srv, _ := newServer(t, Options{})
	req, _ := http.NewRequest("GET", srv.URL+"/events?country=IRQ&limit=2", nil)
	req.Header.Set("HX-Request", "true")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	body := string(b)
	if strings.Contains(body, "<html") || !strings.HasPrefix(body, `<div id="results"`) || !strings.Contains(body, "<tbody>") {
		t.Errorf("htmx request got more or less than the results:\n%.300s", body)
	}
	if !strings.Contains(body, `href="/events?country=IRQ&amp;limit=2&amp;offset=2"`) || !strings.Contains(body, `href="/dashboard?country=IRQ"`) {
		t.Errorf("next page or dashboard link missing:\n%s", body)
	}
	if !strings.Contains(strings.Join(resp.Header.Values("Vary"), ","), "HX-Request") {
		t.Error("no Vary: HX-Request")
	}
	_, full, _ := get(t, srv.URL+"/events?country=IRQ&limit=2")
	if !strings.Contains(full, "<html") || !strings.Contains(full, `hx-get="/events"`) || !strings.Contains(full, `src="/static/dist/htmx.min.js"`) {
		t.Error("full events page lacks the page or htmx")
	}
}

func TestDashboard(t *testing.T) {
	srv, _ := newServer(t, Options{})
	code, body, h := get(t, srv.URL+"/dashboard?country=IRQ&q=%22%3E%3Cscript%3E")
	if code != 200 {
		t.Fatalf("dashboard: %d", code)
	}
	for _, want := range []string{`id="timeline"`, `id="map"`, `id="graph"`, `src="/static/dist/app.js"`, `href="/static/dist/app.css"`, `data-query="country=IRQ&amp;q=%22%3E%3Cscript%3E"`} {
		if !strings.Contains(body, want) {
			t.Errorf("dashboard lacks %s", want)
		}
	}
	if strings.Contains(body, `"><script>`) {
		t.Error("filter value not escaped")
	}
	if strings.Contains(body, "<script>") || strings.Contains(body, " style=") {
		t.Error("inline script or style on the dashboard: the CSP forbids them")
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") || !strings.Contains(csp, "style-src 'self';") {
		t.Errorf("CSP %q", csp)
	}
	for _, path := range []string{"/static/dist/app.js", "/static/dist/app.css", "/static/dist/htmx.min.js"} {
		if code, _, _ := get(t, srv.URL+path); code != 200 {
			t.Errorf("%s: %d", path, code)
		}
	}
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/dashboard" {
		t.Errorf("/ leads to %s", resp.Request.URL.Path)
	}
}

// TestCompressesForClientsThatAcceptGzip: the chart bundle goes out gzipped, and smaller.
func TestCompressesForClientsThatAcceptGzip(t *testing.T) {
	srv, _ := newServer(t, Options{})
	req, _ := http.NewRequest("GET", srv.URL+"/static/dist/app.js", nil)
	req.Header.Set("Accept-Encoding", "gzip") // set by hand, so the client leaves the body compressed
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("status %d, Content-Encoding %q", res.StatusCode, res.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil || len(plain) < 100_000 || len(body) > len(plain)/2 {
		t.Errorf("bundle %d bytes, sent %d compressed: %v", len(plain), len(body), err)
	}
}
