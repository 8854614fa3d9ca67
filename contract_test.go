package chronicle_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
)

// corpus returns every article in testdata.
func corpus(t *testing.T) map[string]string {
	files, _ := filepath.Glob("testdata/*/*.txt")
	if len(files) < 11 {
		t.Fatalf("want at least 11 test articles, found %d", len(files))
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = string(b)
	}
	// multi-byte text, curly quotes and astral characters
	out["unicode"] = "ZÜRICH (dpa) — Ümit Özdağ said “ça suffit” 🚨 in Zürich. Hashd al-Sha’abi met the Élysée Palace."
	return out
}

// TestContract checks the data contract on every test article: the JSON validates against
// docs/document.schema.json, and every span's text is text[start:end] in code points.
func TestContract(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("docs/document.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range corpus(t) {
		doc, err := pipeline.Analyze(p, chronicle.Article{ID: name, Text: text, Published: "2020-01-23"})
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// Decode the JSON as a user would and check the spans against the text.
		var got struct {
			Text      string
			Sentences []chronicle.Span
			Entities  []struct {
				Text       string
				Start, End int
			}
		}
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		runes := []rune(got.Text)
		for _, e := range got.Entities {
			if e.Start < 0 || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
				t.Errorf("%s: entity %q at [%d,%d) is not text[start:end]", name, e.Text, e.Start, e.End)
			}
		}
		for _, s := range got.Sentences {
			if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
				t.Errorf("%s: sentence span %+v out of range", name, s)
			}
		}
		if len(doc.Entities) == 0 {
			t.Errorf("%s: no entities", name)
		}
	}
}
