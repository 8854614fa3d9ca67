package sqlite

import (
	"fmt"
	"sort"
	"strings"
)

// PlaceCount is a geocoded place with the number of events that happened there.
type PlaceCount struct {
	Place   string  `json:"place"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Events  int     `json:"events"`
}

// Places counts the events matching f by geocoded place, most events first (f.Limit places at
// most; 0 is no limit).
func (s *Store) Places(f Filter) ([]PlaceCount, error) {
	cond, args := f.where()
	q := `SELECT e.place, COALESCE(e.place_country, ''), e.lat, e.lon, COUNT(*) AS n FROM events e
		WHERE ` + cond + ` AND e.place != '' AND e.lat IS NOT NULL AND e.lon IS NOT NULL
		GROUP BY e.place, e.place_country, e.lat, e.lon ORDER BY n DESC, e.place`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.read.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	out := []PlaceCount{}
	for rows.Next() {
		var p PlaceCount
		if err := rows.Scan(&p.Place, &p.Country, &p.Lat, &p.Lon, &p.Events); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Graph is who acts on whom: actors as nodes, coded events as edges.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// GraphNode is an actor code with the name most often seen for it.
type GraphNode struct {
	ID      string `json:"id"` // the actor code
	Name    string `json:"name"`
	Country string `json:"country"`
	Events  int    `json:"events"` // events on the edges kept, on either side
}

// GraphEdge counts the events of one CAMEO root from a source actor to a target actor.
type GraphEdge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Root      string  `json:"root"`
	Quad      int     `json:"quad"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"` // mean
}

// Graph builds the actor graph of the events matching f: one edge per source, target and root,
// the f.Limit heaviest edges (0 is no limit). Events without both actors are left out.
func (s *Store) Graph(f Filter) (Graph, error) {
	cond, args := f.where()
	rows, err := s.read.Query(`SELECT e.source_code, e.source_name, COALESCE(e.source_country, ''), e.target_code, e.target_name,
		COALESCE(e.target_country, ''), e.root, e.quad, COUNT(*), AVG(e.goldstein) FROM events e
		WHERE `+cond+` AND e.source_code != '' AND e.target_code != ''
		GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`, args...)
	if err != nil {
		return Graph{}, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	type key struct{ src, dst, root string }
	edges := map[key]*GraphEdge{}
	names := map[string]map[string]int{} // code → name → events
	countries := map[string]string{}
	seen := func(code, name, country string, n int) {
		if names[code] == nil {
			names[code] = map[string]int{}
		}
		names[code][name] += n
		if country != "" {
			countries[code] = country
		}
	}
	for rows.Next() {
		var src, srcName, srcCountry, dst, dstName, dstCountry, root string
		var quad, n int
		var goldstein float64
		if err := rows.Scan(&src, &srcName, &srcCountry, &dst, &dstName, &dstCountry, &root, &quad, &n, &goldstein); err != nil {
			return Graph{}, err
		}
		seen(src, srcName, srcCountry, n)
		seen(dst, dstName, dstCountry, n)
		k := key{src, dst, root}
		e := edges[k]
		if e == nil {
			e = &GraphEdge{Source: src, Target: dst, Root: root, Quad: quad}
			edges[k] = e
		}
		e.Goldstein = (e.Goldstein*float64(e.Events) + goldstein*float64(n)) / float64(e.Events+n)
		e.Events += n
	}
	if err := rows.Err(); err != nil {
		return Graph{}, err
	}
	g := Graph{Nodes: []GraphNode{}, Edges: []GraphEdge{}}
	for _, e := range edges {
		g.Edges = append(g.Edges, *e)
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Root < b.Root
	})
	if f.Limit > 0 && len(g.Edges) > f.Limit {
		g.Edges = g.Edges[:f.Limit]
	}
	degree := map[string]int{}
	for _, e := range g.Edges {
		degree[e.Source] += e.Events
		if e.Target != e.Source {
			degree[e.Target] += e.Events
		}
	}
	for code, n := range degree {
		g.Nodes = append(g.Nodes, GraphNode{ID: code, Name: commonest(names[code], code), Country: countries[code], Events: n})
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	return g, nil
}

// commonest is the name seen with the most events (ties: the shorter, then the first
// alphabetically), or fallback.
func commonest(names map[string]int, fallback string) string {
	best, bestN := fallback, 0
	for name, n := range names {
		if name == "" {
			continue
		}
		if n > bestN || n == bestN && (len(name) < len(best) || len(name) == len(best) && name < best) {
			best, bestN = name, n
		}
	}
	return best
}

// Timeline counts the events matching f by day, country involved and root code: from the daily
// summary when f asks only for a country, dates and a root (or its first digit), else from the
// events themselves, counted as the summary counts them (once for each country on either side).
func (s *Store) Timeline(f Filter) ([]Count, error) {
	if f.Actor == "" && f.Plover == "" && f.Place == "" && f.Text == "" && len(f.Code) <= 2 {
		return s.counts(strings.ToUpper(f.Country), f.Code, f.From, f.To)
	}
	cond, args := f.where()
	q := `SELECT day, country, root, COUNT(*) FROM (
			SELECT e.date AS day, e.source_country AS country, e.root AS root FROM events e
				WHERE ` + cond + ` AND e.source_country != ''
			UNION ALL
			SELECT e.date, e.target_country, e.root FROM events e
				WHERE ` + cond + ` AND e.target_country != '' AND e.target_country != e.source_country)`
	if f.Country != "" {
		args = append(args, strings.ToUpper(f.Country))
		q += fmt.Sprintf(` WHERE country = ?%d`, len(args))
	}
	q += ` GROUP BY day, country, root ORDER BY day, country, root`
	return s.scanCounts(q, args...)
}
