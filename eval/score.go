package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP / (TP + FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN).
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Table is scores by label, with a micro-averaged total.
type Table struct {
	Title  string
	Labels map[string]*Counts
	// Errors lists false positives and negatives for --verbose output.
	Errors []string
}

// NewTable returns an empty table.
func NewTable(title string) *Table { return &Table{Title: title, Labels: map[string]*Counts{}} }

// Get returns the counts of a label, creating them.
func (t *Table) Get(label string) *Counts {
	c := t.Labels[label]
	if c == nil {
		c = &Counts{}
		t.Labels[label] = c
	}
	return c
}

// Total is the micro average over labels.
func (t *Table) Total() Counts {
	var c Counts
	for _, l := range t.Labels {
		c.Add(*l)
	}
	return c
}

// Merge adds another table's counts and errors.
func (t *Table) Merge(o *Table) {
	for k, c := range o.Labels {
		t.Get(k).Add(*c)
	}
	t.Errors = append(t.Errors, o.Errors...)
}

// Write prints the table.
func (t *Table) Write(w io.Writer) {
	fmt.Fprintf(w, "%s\n", t.Title)
	fmt.Fprintf(w, "  %-10s %6s %6s %6s %5s %5s %5s\n", "label", "P", "R", "F1", "TP", "FP", "FN")
	labels := make([]string, 0, len(t.Labels))
	for k := range t.Labels {
		labels = append(labels, k)
	}
	sort.Strings(labels)
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "  %-10s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, l := range labels {
		row(l, *t.Labels[l])
	}
	row("ALL", t.Total())
}

// WriteErrors prints the errors, one per line.
func (t *Table) WriteErrors(w io.Writer) {
	for _, e := range t.Errors {
		fmt.Fprintf(w, "  %s\n", e)
	}
}

func key(parts ...string) string { return strings.Join(parts, "\x00") }
