package eval

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// ScoreEntities compares the distinct (type, name) pairs of a document with the gold entities.
// The gold format lists each name once, with short forms and descriptions as aliases of a full
// name; a predicted mention whose text is an alias counts as its full name. Descriptions
// (nominal mentions) are not names and are left out.
func ScoreEntities(g *Gold, doc *chronicle.Document) *Table {
	t := NewTable("entities")
	gold := map[string]bool{}
	for typ, names := range g.Entities {
		for _, n := range names {
			gold[key(typ, n)] = true
			t.Get(typ)
		}
	}
	alias := map[string]string{}
	for full, as := range g.Aliases {
		for _, a := range as {
			alias[a] = full
		}
	}
	pred := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Nominal {
			continue
		}
		name := e.Text
		if full, ok := alias[name]; ok && !gold[key(e.Type, name)] {
			name = full
		}
		pred[key(e.Type, name)] = true
	}
	doc0 := filepath.Base(g.TextPath)
	for k := range pred {
		typ := strings.SplitN(k, "\x00", 2)[0]
		if gold[k] {
			t.Get(typ).TP++
		} else {
			t.Get(typ).FP++
			t.Errors = append(t.Errors, fmt.Sprintf("%s: FP %s", doc0, strings.Replace(k, "\x00", " ", 1)))
		}
	}
	for k := range gold {
		if !pred[k] {
			typ := strings.SplitN(k, "\x00", 2)[0]
			t.Get(typ).FN++
			t.Errors = append(t.Errors, fmt.Sprintf("%s: FN %s", doc0, strings.Replace(k, "\x00", " ", 1)))
		}
	}
	sort.Strings(t.Errors)
	return t
}
