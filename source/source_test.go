package source

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readAll(t testing.TB, name string, data []byte, opt Options) []Item {
	var items []Item
	err := Read(bytes.NewReader(data), name, opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func oneErr(t *testing.T, items []Item, want string) {
	t.Helper()
	if len(items) != 1 || items[0].Err == nil {
		t.Fatalf("want one skipped item, got %+v", items)
	}
	if !strings.Contains(items[0].Err.Error(), want) {
		t.Errorf("error %q does not say %q", items[0].Err, want)
	}
}

func TestEmpty(t *testing.T) {
	oneErr(t, readAll(t, "empty.txt", nil, Options{}), "empty file")
	oneErr(t, readAll(t, "blank.txt", []byte(" \n\n \t"), Options{}), "empty file")
}

func TestBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	oneErr(t, readAll(t, "image.txt", png, Options{}), "binary")
}

func TestInvalidUTF8Repaired(t *testing.T) {
	// Broken multi-byte sequences among valid UTF-8: repaired with U+FFFD, with a warning.
	items := readAll(t, "bad.txt", []byte("Sadr said “yes” \xe2\x80 and \xff left."), Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("got %+v", items)
	}
	if !strings.Contains(items[0].Article.Text, "\uFFFD") || !strings.Contains(items[0].Article.Text, "“yes”") {
		t.Errorf("text not repaired: %q", items[0].Article.Text)
	}
	if len(items[0].Warnings) == 0 || !strings.Contains(items[0].Warnings[0], "bad.txt") {
		t.Errorf("want a warning naming the file, got %q", items[0].Warnings)
	}
}

func TestWindows1252(t *testing.T) {
	items := readAll(t, "latin.txt", []byte("Caf\xe9 owner said \x93no\x94 in S\xe3o Paulo."), Options{})
	if got := items[0].Article.Text; got != "Café owner said “no” in São Paulo." {
		t.Errorf("got %q", got)
	}
	if len(items[0].Warnings) != 1 || !strings.Contains(items[0].Warnings[0], "Windows-1252") {
		t.Errorf("warnings %q", items[0].Warnings)
	}
}

func TestJSONL(t *testing.T) {
	in := `{"id":"a","text":"Salih met Trump.","published":"2020-01-22"}
not json at all
{"id":"c","title":"no text"}

{"text":"Second article.","url":"https://example.org/b"}
`
	items := readAll(t, "in.jsonl", []byte(in), Options{Published: "2020-01-23"})
	if len(items) != 4 {
		t.Fatalf("want 4 items, got %d: %+v", len(items), items)
	}
	if items[0].Article.ID != "a" || items[0].Article.Published != "2020-01-22" {
		t.Errorf("item 0: %+v", items[0].Article)
	}
	if items[1].Err == nil || items[1].Where != "in.jsonl:2" {
		t.Errorf("line 2 should be reported as not JSON: %+v", items[1])
	}
	if items[2].Err == nil || !strings.Contains(items[2].Err.Error(), "text") || items[2].Where != "in.jsonl:3" {
		t.Errorf("line 3 should be reported for its missing text: %+v", items[2])
	}
	if a := items[3].Article; a.ID != "in.jsonl:5" || a.Published != "2020-01-23" || a.URL == "" {
		t.Errorf("line 5: %+v", a)
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Rally in Baghdad | Example News</title>
<meta property="article:published_time" content="2020-01-23T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rally in Baghdad</h1>
<p>Millions of Iraqi people are set to take part in a mass rally against the US military presence on Friday, officials said.</p>
<p>Influential Shia cleric Muqtada al-Sadr demanded that Iraqis stage a “million-man march” to condemn the American presence in the Arab country.</p>
<p>The call came days after the Iraqi parliament voted in favor of a resolution calling for the expulsion of US-led forces from the country.</p>
</article><footer>© Example News</footer></body></html>`
	items := readAll(t, "page.html", []byte(page), Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("got %+v", items)
	}
	a := items[0].Article
	if !strings.Contains(a.Text, "Muqtada al-Sadr demanded") || strings.Contains(a.Text, "Home") || strings.Contains(a.Text, "©") {
		t.Errorf("main text not extracted: %q", a.Text)
	}
	if !strings.Contains(a.Text, "\n\n") {
		t.Errorf("paragraphs lost: %q", a.Text)
	}
	if a.Published != "2020-01-23" || !strings.Contains(a.Title, "Rally in Baghdad") {
		t.Errorf("metadata: published %q title %q", a.Published, a.Title)
	}
}

func TestHTMLWithoutArticle(t *testing.T) {
	oneErr(t, readAll(t, "empty.html", []byte("<html><body><div></div><script>x()</script></body></html>"), Options{}), "no article")
}

func TestLargeTextIsSplitWithBoundedChunks(t *testing.T) {
	defer func(n int) { MaxDocBytes = n }(MaxDocBytes)
	MaxDocBytes = 1 << 10
	var b bytes.Buffer
	for i := 0; b.Len() < 10<<10; i++ {
		fmt.Fprintf(&b, "Paragraph %d says Sadr met Salih in Baghdad.\n\n", i)
	}
	items := readAll(t, "big.txt", b.Bytes(), Options{})
	if len(items) < 10 {
		t.Fatalf("want the file split into parts, got %d", len(items))
	}
	var joined strings.Builder
	for i, it := range items {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		if len(it.Article.Text) > MaxDocBytes {
			t.Errorf("part %d has %d bytes > %d", i, len(it.Article.Text), MaxDocBytes)
		}
		if want := fmt.Sprintf("big.txt#%d", i+1); it.Article.ID != want {
			t.Errorf("part id %q, want %q", it.Article.ID, want)
		}
		joined.WriteString(it.Article.Text)
	}
	if joined.String() != b.String() {
		t.Error("parts do not add up to the file: text was lost")
	}
	if len(items[0].Warnings) == 0 {
		t.Error("want a warning that the file was split")
	}
}

func TestReadFileErrors(t *testing.T) {
	var items []Item
	collect := func(it Item) error { items = append(items, it); return nil }
	if err := ReadFile(filepath.Join(t.TempDir(), "missing.txt"), Options{}, collect); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := ReadFile(dir, Options{}, collect); err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Err == nil || items[1].Err == nil {
		t.Fatalf("want two skipped inputs, got %+v", items)
	}
	if !strings.Contains(items[0].Err.Error(), "no such file") || !strings.Contains(items[1].Err.Error(), "directory") {
		t.Errorf("errors: %v / %v", items[0].Err, items[1].Err)
	}
}

func TestSniff(t *testing.T) {
	cases := map[string]string{"a.html": HTML, "a.jsonl": JSONL, "a.txt": Text, "-": Text}
	for name, want := range cases {
		if got := sniff(name, []byte("hello")); got != want {
			t.Errorf("sniff(%q) = %q, want %q", name, got, want)
		}
	}
	if sniff("-", []byte("  <!DOCTYPE html><html>")) != HTML || sniff("-", []byte(`{"text":"x"}`)) != JSONL {
		t.Error("content sniffing")
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}`+"\n{bad\n"), "jsonl")
	f.Add([]byte("<html><body><p>Hello world, a story.</p></body></html>"), "html")
	f.Add([]byte("Plain \xff text\n\nmore"), "text")
	f.Add([]byte{}, "auto")
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		switch format {
		case Auto, Text, HTML, JSONL:
		default:
			format = Auto
		}
		err := Read(bytes.NewReader(data), "fuzz", Options{Format: format}, func(it Item) error {
			if it.Err == nil && it.Article.Text == "" {
				t.Fatalf("item without text and without error")
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }
