package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "chronicle-test")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "chronicle")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
	maxRSSKB       int64
}

func run(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSSKB = ru.Maxrss
	}
	return r
}

func docs(t *testing.T, out string) []map[string]any {
	t.Helper()
	var ds []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d map[string]any
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("stdout line is not JSON: %v", err)
		}
		ds = append(ds, d)
	}
	return ds
}

func TestExtractSeed(t *testing.T) {
	r := run(t, "", "extract", "--published", "2020-01-23", "../../testdata/dev/seed.txt")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 1 || ds[0]["published"] != "2020-01-23" {
		t.Fatalf("want one document published 2020-01-23, got %d", len(ds))
	}
	found := false
	for _, e := range ds[0]["entities"].([]any) {
		m := e.(map[string]any)
		if m["text"] == "Sadr" && m["canonical"] == "Muqtada al-Sadr" {
			found = true
		}
	}
	if !found {
		t.Error(`"Sadr" is not resolved to "Muqtada al-Sadr"`)
	}
}

func TestExtractStdin(t *testing.T) {
	r := run(t, "President Barham Salih met Donald Trump in Davos on Wednesday.", "extract", "-")
	if r.code != 0 || len(docs(t, r.stdout)) != 1 {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestExtractBadInputsAreSkippedOthersProcessed(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	good := write("good.txt", []byte("Kenya's President William Ruto said on Tuesday the vote was fair."))
	lines := write("in.jsonl", []byte("{\"id\":\"x\",\"text\":\"Paris is calm.\"}\n{oops\n"))
	r := run(t, "", "extract", empty, binary, good, lines, filepath.Join(dir, "missing.txt"))
	if r.code != 1 {
		t.Errorf("exit %d, want 1 when inputs were skipped", r.code)
	}
	if n := len(docs(t, r.stdout)); n != 2 {
		t.Errorf("want 2 documents (good.txt and the good JSONL line), got %d", n)
	}
	for _, want := range []string{"empty.txt: empty file", "photo.txt: binary", "in.jsonl:2: not a JSON object", "missing.txt: cannot open"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--published", "23/01/2020", "x.txt"},
		{"extract", "--format", "pdf", "x.txt"},
		{"extract", "--no-such-flag", "x.txt"},
		{"no-such-command"},
		{"eval"},
		{"quotes", "--format", "json"},
		{"quotes", "--db", "x.db", "--format", "xml"},
	} {
		if r := run(t, "", args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, r.code, r.stderr)
		}
	}
}

func TestEvalPrintsScores(t *testing.T) {
	r := run(t, "", "eval", "../../testdata/dev/seed.gold.json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"entities", "PERSON", "ALL", "F1"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestEvalScoresSentenceSets(t *testing.T) {
	r := run(t, "", "eval", "../../testdata/sentences/codebook.jsonl")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"source country, target country, root", "PLOVER type", "ASSAULT", "ALL"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestLargeInputBoundedMemory runs extract over a 50 MB text file and checks that the process
// never held more than 500 MB.
func TestLargeInputBoundedMemory(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/dev/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for n := 0; n < 50<<20; n += len(seed) + 2 {
		w.Write(seed)
		w.WriteString("\n\n")
	}
	w.Flush()
	f.Close()
	r := run(t, "", "extract", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "\n"); n < 48 {
		t.Errorf("want the 50 MB file in parts of at most 1 MB, got %d documents", n)
	}
	t.Logf("max RSS %d MB", r.maxRSSKB>>10)
	if r.maxRSSKB > 500<<10 {
		t.Errorf("max RSS %d MB > 500 MB", r.maxRSSKB>>10)
	}
}
