// Package tsv reads the tab-separated data files Chronicle's lexicons live in, with errors that
// name the file and the line.
package tsv

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Read calls fn with the tab-separated fields of every line of r, skipping blank lines and
// '#' comments. When cols > 0 a line must have exactly that many fields. An error from fn or a
// malformed line is returned as "file:line: reason".
func Read(file string, r io.Reader, cols int, fn func(fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if cols > 0 && len(f) != cols {
			return fmt.Errorf("%s:%d: %d columns, want %d", file, line, len(f), cols)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", file, line, err)
	}
	return nil
}
