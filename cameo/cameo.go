// Package cameo holds the CAMEO event ontology — codes, names, Goldstein scores, QuadClass — and
// its mapping to PLOVER event types and modes, embedded from the reference tables.
package cameo

import (
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"sync"

	"github.com/chronicle-news/chronicle/internal/tsv"
)

//go:embed data/cameo_codes.tsv
var codesTSV []byte

//go:embed data/cameo2plover.tsv
var ploverTSV []byte

// Code is one CAMEO event code.
type Code struct {
	Code      string
	Name      string
	Goldstein float64
	Quad      int
	Plover    string // PLOVER event type; empty for CAMEO 01 and 02
	Mode      string // PLOVER mode, when the mapping gives one
	Context   string
}

// Root is the two-digit root of the code.
func (c Code) Root() string { return c.Code[:2] }

// Ontology is the loaded table. It is read-only.
type Ontology struct{ codes map[string]Code }

var (
	once sync.Once
	def  *Ontology
	derr error
)

// Default returns the embedded ontology.
func Default() (*Ontology, error) {
	once.Do(func() { def, derr = Load(codesTSV, ploverTSV) })
	return def, derr
}

// Load reads the code table and the PLOVER mapping; errors name file and line.
func Load(codes, plover []byte) (*Ontology, error) {
	o := &Ontology{codes: map[string]Code{}}
	err := rows("cameo_codes.tsv", codes, 4, func(f []string) error {
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return fmt.Errorf("goldstein %q: %w", f[2], err)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil || q < 1 || q > 4 {
			return fmt.Errorf("quadclass %q", f[3])
		}
		if len(f[0]) < 2 || len(f[0]) > 4 {
			return fmt.Errorf("code %q", f[0])
		}
		o.codes[f[0]] = Code{Code: f[0], Name: f[1], Goldstein: g, Quad: q}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("cameo2plover.tsv", plover, 5, func(f []string) error {
		c, ok := o.codes[f[0]]
		if !ok {
			if _, err := strconv.Atoi(f[0]); err != nil || len(f[0]) < 2 {
				return fmt.Errorf("code %q", f[0])
			}
			return nil // a few sub-codes of the PLOVER mapping are not in GDELT's table
		}
		c.Plover, c.Mode, c.Context = f[1], f[2], f[3]
		o.codes[f[0]] = c
		return nil
	})
	return o, err
}

// Lookup returns a code. A 4-digit code without a PLOVER mapping takes its parent's.
func (o *Ontology) Lookup(code string) (Code, bool) {
	c, ok := o.codes[code]
	if !ok {
		return c, false
	}
	for p := code; c.Plover == "" && len(p) > 2; {
		p = p[:len(p)-1]
		if parent, ok := o.codes[p]; ok && parent.Plover != "" {
			c.Plover = parent.Plover
			if c.Mode == "" {
				c.Mode = parent.Mode
			}
		}
	}
	return c, true
}

// rows reads a reference table; its first row is a header.
func rows(file string, data []byte, cols int, fn func([]string) error) error {
	header := true
	return tsv.Read(file, bytes.NewReader(data), 0, func(f []string) error {
		if header {
			header = false
			return nil
		}
		if len(f) != cols {
			return fmt.Errorf("%d columns, want %d", len(f), cols)
		}
		return fn(f)
	})
}
