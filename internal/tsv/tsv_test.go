package tsv

import (
	"errors"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	var rows [][]string
	err := Read("x.tsv", strings.NewReader("# header\n\na\tb\r\nc\td\n"), 2, func(f []string) error { rows = append(rows, f); return nil })
	if err != nil || len(rows) != 2 || rows[0][1] != "b" {
		t.Fatalf("%v %q", err, rows)
	}
	err = Read("x.tsv", strings.NewReader("a\tb\nc\n"), 2, func([]string) error { return nil })
	if err == nil || err.Error() != "x.tsv:2: 1 columns, want 2" {
		t.Errorf("got %v", err)
	}
	err = Read("x.tsv", strings.NewReader("a\n"), 0, func([]string) error { return errors.New("bad") })
	if err == nil || err.Error() != "x.tsv:1: bad" {
		t.Errorf("got %v", err)
	}
}
