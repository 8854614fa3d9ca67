// Package source reads articles from files and streams: plain text, HTML pages (main text,
// title, byline and date via go-readability) and JSONL. Every problem is reported with the file
// (and line) it comes from; one bad input never stops the others.
package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/chronicle-news/chronicle"
)

// Formats a reader understands.
const (
	Auto  = "auto"
	Text  = "text"
	HTML  = "html"
	JSONL = "jsonl"
)

// Limits keep memory bounded whatever the input.
var (
	// MaxDocBytes is the largest text one Document holds; a longer text file is split at
	// paragraph boundaries into parts of at most this size.
	MaxDocBytes = 1 << 20
	// MaxHTMLBytes is the largest HTML page parsed.
	MaxHTMLBytes = 16 << 20
	// MaxLineBytes is the longest JSONL line read.
	MaxLineBytes = 32 << 20
)

// Item is one article read, or the reason an input (or part of one) was skipped.
type Item struct {
	Article  chronicle.Article
	Warnings []string
	// Err is set when the input was skipped; Where says which file and line.
	Err   error
	Where string
}

// Options set how inputs are read.
type Options struct {
	Format    string // auto, text, html, jsonl
	Published string // default publication date (YYYY-MM-DD) for articles that carry none
}

// ErrSkipped wraps the reason an input was skipped.
var ErrSkipped = errors.New("skipped")

// ReadFile reads path ("-" for standard input) and calls fn for every item. It returns only
// errors from fn or from opening the file; problems with the content become items with Err.
func ReadFile(path string, opt Options, fn func(Item) error) error {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = os.Stdin, "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return fn(Item{Where: path, Err: fmt.Errorf("cannot open: %w", unwrapPath(err))})
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return fn(Item{Where: path, Err: fmt.Errorf("is a directory")})
		}
		if IsWARC(path) {
			return ReadWARC(f, path, opt, fn)
		}
		r = f
	}
	return Read(r, name, opt, fn)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads one input stream named name.
func Read(r io.Reader, name string, opt Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(8 << 10)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return fn(Item{Where: name, Err: fmt.Errorf("read error: %w", err)})
	}
	if len(bytes.TrimSpace(head)) == 0 {
		if _, err := br.Peek(len(head) + 1); err == io.EOF || len(head) == 0 {
			return fn(Item{Where: name, Err: fmt.Errorf("empty file")})
		}
	}
	if isBinary(head) {
		return fn(Item{Where: name, Err: fmt.Errorf("binary or non-text content (not a text, HTML or JSONL file)")})
	}
	format := opt.Format
	if format == "" || format == Auto {
		format = sniff(name, head)
	}
	switch format {
	case JSONL:
		return readJSONL(br, name, opt, fn)
	case HTML:
		return readHTML(br, name, opt, fn)
	case Text:
		return readText(br, name, opt, fn)
	}
	return fmt.Errorf("unknown format %q", format)
}

// sniff decides the format from the file name, then the content.
func sniff(name string, head []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".txt", ".text":
		return Text
	}
	h := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))))
	switch {
	case bytes.HasPrefix(h, []byte("<!doctype html")), bytes.HasPrefix(h, []byte("<html")),
		bytes.HasPrefix(h, []byte("<?xml")) && bytes.Contains(h, []byte("<html")):
		return HTML
	case bytes.HasPrefix(h, []byte("{")):
		return JSONL
	}
	return Text
}

// isBinary reports whether the head of a file looks like binary data: NUL bytes or many
// control characters.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return len(head) > 0 && ctrl*10 > len(head)
}

// decode returns valid UTF-8: text that is not UTF-8 but decodes as Windows-1252 is converted;
// other invalid bytes become U+FFFD. Both are reported as warnings.
func decode(b []byte, name string) (string, []string) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), nil
	}
	bad := 0
	first := -1
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			if first < 0 {
				first = i
			}
			bad++
		}
		i += w
	}
	// Mostly-ASCII text whose only high bytes are invalid UTF-8 is almost always Windows-1252.
	if bad*2 >= countHigh(b) {
		if s, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			return string(s), []string{fmt.Sprintf("%s: not UTF-8 (first bad byte at offset %d); decoded as Windows-1252", name, first)}
		}
	}
	return strings.ToValidUTF8(string(b), "\uFFFD"),
		[]string{fmt.Sprintf("%s: invalid UTF-8 at byte offset %d (%d bad sequences) replaced with U+FFFD", name, first, bad)}
}

func countHigh(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= 0x80 {
			n++
		}
	}
	return n
}

// readText reads a text file. Text longer than MaxDocBytes is split at paragraph breaks into
// parts ("name#2"), so memory stays bounded for any file size.
func readText(br *bufio.Reader, name string, opt Options, fn func(Item) error) error {
	var buf bytes.Buffer
	part := 0
	flush := func(final bool) error {
		data := buf.Bytes()
		cut := len(data)
		if !final {
			data = data[:MaxDocBytes]
			// cut after the last blank line, else the last newline, else anywhere
			if i := bytes.LastIndex(data, []byte("\n\n")); i > 0 {
				cut = i + 2
			} else if i := bytes.LastIndexByte(data, '\n'); i > 0 {
				cut = i + 1
			} else {
				for cut > 0 && !utf8.RuneStart(data[cut-1]) {
					cut--
				}
				if cut > 0 {
					cut-- // never split a rune
				}
			}
		}
		chunk := data[:cut]
		part++
		if part == 1 && final && len(bytes.TrimSpace(chunk)) == 0 {
			return fn(Item{Where: name, Err: fmt.Errorf("empty file")})
		}
		id := name
		var warns []string
		if part > 1 || !final {
			id = fmt.Sprintf("%s#%d", name, part)
			if part == 1 {
				warns = append(warns, fmt.Sprintf("%s: longer than %d KB; split into parts at paragraph breaks", name, MaxDocBytes>>10))
			}
		}
		txt, w := decode(chunk, name)
		warns = append(warns, w...)
		rest := append([]byte(nil), buf.Bytes()[cut:]...)
		buf.Reset()
		buf.Write(rest)
		if strings.TrimSpace(txt) == "" {
			return nil
		}
		return fn(Item{Where: name, Warnings: warns, Article: chronicle.Article{ID: id, Text: txt, Published: opt.Published}})
	}
	chunk := make([]byte, 64<<10)
	for {
		n, err := br.Read(chunk)
		buf.Write(chunk[:n])
		for buf.Len() >= MaxDocBytes {
			if ferr := flush(false); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fn(Item{Where: name, Err: fmt.Errorf("read error after %d parts: %w", part, err)})
		}
	}
	if buf.Len() > 0 || part == 0 {
		return flush(true)
	}
	return nil
}

// readHTML extracts the main article of a page.
func readHTML(br *bufio.Reader, name string, opt Options, fn func(Item) error) error {
	data, err := io.ReadAll(io.LimitReader(br, int64(MaxHTMLBytes)+1))
	if err != nil {
		return fn(Item{Where: name, Err: fmt.Errorf("read error: %w", err)})
	}
	if len(data) > MaxHTMLBytes {
		return fn(Item{Where: name, Err: fmt.Errorf("HTML page larger than %d MB", MaxHTMLBytes>>20)})
	}
	page, warns := decode(data, name)
	a, err := Extract(page, "")
	if err != nil {
		return fn(Item{Where: name, Err: err})
	}
	a.ID = name
	if a.Published == "" {
		a.Published = opt.Published
	}
	return fn(Item{Where: name, Warnings: warns, Article: a})
}

// Extract returns the main text and metadata of an HTML page. pageURL may be empty.
func Extract(page, pageURL string) (a chronicle.Article, err error) {
	defer func() {
		if p := recover(); p != nil { // a parser bug must not take the run down
			err = fmt.Errorf("HTML parser failed: %v", p)
		}
	}()
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(strings.NewReader(page), u)
	if err != nil {
		return a, fmt.Errorf("no article found in HTML: %w", err)
	}
	if art.Node == nil {
		return a, fmt.Errorf("no article found in HTML")
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return a, fmt.Errorf("no article found in HTML: %w", err)
	}
	txt := normalizeParagraphs(b.String())
	if len(strings.TrimSpace(txt)) < 20 {
		return a, fmt.Errorf("no article found in HTML (main text is %d characters)", len(strings.TrimSpace(txt)))
	}
	a.Text, a.Title, a.Byline, a.URL = txt, art.Title(), art.Byline(), pageURL
	a.Source = art.SiteName()
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.Format("2006-01-02")
	}
	return a, nil
}

// normalizeParagraphs trims lines and makes paragraphs one blank line apart.
func normalizeParagraphs(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	blank := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n\n") // block elements are paragraphs in news pages
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// jsonArticle is the JSONL input line.
type jsonArticle struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
	Published string  `json:"published"`
}

// readJSONL reads one article per line; a bad line is reported with its number and skipped.
func readJSONL(br *bufio.Reader, name string, opt Options, fn func(Item) error) error {
	line := 0
	for {
		b, tooLong, err := readLine(br, MaxLineBytes)
		if len(b) == 0 && err == io.EOF {
			return nil
		}
		line++
		where := fmt.Sprintf("%s:%d", name, line)
		if tooLong {
			if ferr := fn(Item{Where: where, Err: fmt.Errorf("line longer than %d MB", MaxLineBytes>>20)}); ferr != nil {
				return ferr
			}
		} else if len(bytes.TrimSpace(b)) > 0 {
			if ferr := fn(jsonItem(b, where, line, name, opt)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fn(Item{Where: where, Err: fmt.Errorf("read error: %w", err)})
		}
	}
}

func jsonItem(b []byte, where string, line int, name string, opt Options) Item {
	txt, warns := decode(b, where)
	var ja jsonArticle
	if err := json.Unmarshal([]byte(txt), &ja); err != nil {
		return Item{Where: where, Err: fmt.Errorf("not a JSON object: %v", err)}
	}
	if ja.Text == nil {
		return Item{Where: where, Err: fmt.Errorf(`no "text" field`)}
	}
	if strings.TrimSpace(*ja.Text) == "" {
		return Item{Where: where, Err: fmt.Errorf("empty text")}
	}
	a := chronicle.Article{Text: *ja.Text, Title: ja.Title, URL: ja.URL, Source: ja.Source, Published: ja.Published}
	if ja.ID != nil && *ja.ID != "" {
		a.ID = *ja.ID
	} else {
		a.ID = fmt.Sprintf("%s:%d", name, line)
	}
	if a.Published == "" {
		a.Published = opt.Published
	}
	return Item{Where: where, Warnings: warns, Article: a}
}

// readLine reads a line of at most max bytes; a longer line is consumed and reported.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var out []byte
	tooLong := false
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(out)+len(frag) > max {
				tooLong, out = true, nil
			} else {
				out = append(out, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(out, "\r\n"), tooLong, err
	}
}
