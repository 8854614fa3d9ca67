package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// ConllDoc is one document of a CoNLL-2003 file: its text rebuilt from the tokens and the gold
// mentions as token ranges.
type ConllDoc struct {
	Text     string
	tokStart []int // code point offsets of each token in Text
	tokEnd   []int
	Gold     []conllMention
}

type conllMention struct {
	start, end int // token range
	typ        string
}

// conllType maps Chronicle's types to CoNLL-2003's.
var conllType = map[string]string{
	chronicle.Person: "PER", chronicle.Org: "ORG", chronicle.GPE: "LOC", chronicle.Loc: "LOC",
	chronicle.Fac: "LOC", chronicle.NORP: "MISC",
}

// ReadConll parses a CoNLL-2003 file (token, POS, chunk, NER columns; IOB1 or IOB2) into
// documents split at -DOCSTART- lines.
func ReadConll(path string) ([]*ConllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseConll(f, path)
}

func parseConll(r io.Reader, name string) ([]*ConllDoc, error) {
	var docs []*ConllDoc
	var sents [][][2]string // token, tag
	var cur [][2]string
	flushSent := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	flushDoc := func() {
		flushSent()
		if len(sents) > 0 {
			docs = append(docs, buildConllDoc(sents))
			sents = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			flushSent()
			continue
		}
		f := strings.Fields(l)
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want token and NER tag columns", name, line)
		}
		cur = append(cur, [2]string{f[0], f[len(f)-1]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	flushDoc()
	return docs, nil
}

var noSpaceBefore = map[string]bool{",": true, ".": true, ":": true, ";": true, "!": true, "?": true, ")": true, "]": true, "'s": true, "n't": true, "'": true, "%": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true}
var noSpaceAfter = map[string]bool{"(": true, "[": true, "$": true}

// buildConllDoc rebuilds readable text (one sentence per line, no space before punctuation)
// and converts IOB tags to mentions.
func buildConllDoc(sents [][][2]string) *ConllDoc {
	d := &ConllDoc{}
	var b strings.Builder
	n := 0 // code points written
	write := func(s string) { b.WriteString(s); n += len([]rune(s)) }
	tok := 0
	for si, s := range sents {
		if si > 0 {
			write("\n")
		}
		quoteOpen := false
		prevText := ""
		for i, t := range s {
			w := t[0]
			if i > 0 {
				space := !noSpaceBefore[w] && !noSpaceAfter[prevText]
				if w == "\"" {
					space = !quoteOpen
				}
				if prevText == "\"" && quoteOpen {
					space = false
				}
				if space {
					write(" ")
				}
			}
			if w == "\"" {
				quoteOpen = !quoteOpen
			}
			d.tokStart = append(d.tokStart, n)
			write(w)
			d.tokEnd = append(d.tokEnd, n)
			prevText = w
		}
		// IOB (1 or 2) to mentions
		start, typ := -1, ""
		for i, t := range s {
			tag := t[1]
			prefix, label := "O", ""
			if tag != "O" && len(tag) > 2 {
				prefix, label = tag[:1], tag[2:]
			}
			if start >= 0 && (prefix == "O" || prefix == "B" || label != typ) {
				d.Gold = append(d.Gold, conllMention{tok + start, tok + i, typ})
				start = -1
			}
			if prefix != "O" && start < 0 {
				start, typ = i, label
			}
		}
		if start >= 0 {
			d.Gold = append(d.Gold, conllMention{tok + start, tok + len(s), typ})
		}
		tok += len(s)
	}
	d.Text = b.String()
	return d
}

// ScoreConll scores predicted entities against the gold mentions of a CoNLL document: a
// prediction counts when its token range and mapped type match exactly.
func ScoreConll(d *ConllDoc, doc *chronicle.Document) *Table {
	t := NewTable("entities (CoNLL)")
	for _, l := range []string{"PER", "ORG", "LOC", "MISC"} {
		t.Get(l)
	}
	gold := map[conllMention]bool{}
	for _, g := range d.Gold {
		gold[g] = true
	}
	pred := map[conllMention]bool{}
	for _, e := range doc.Entities {
		if e.Nominal {
			continue
		}
		s, en := -1, -1
		for i := range d.tokStart {
			if s < 0 && d.tokEnd[i] > e.Start {
				s = i
			}
			if d.tokStart[i] < e.End {
				en = i + 1
			}
		}
		if s < 0 || en <= s {
			continue
		}
		pred[conllMention{s, en, conllType[e.Type]}] = true
	}
	words := func(m conllMention) string {
		r := []rune(d.Text)
		return string(r[d.tokStart[m.start]:d.tokEnd[m.end-1]])
	}
	for m := range pred {
		if gold[m] {
			t.Get(m.typ).TP++
		} else {
			t.Get(m.typ).FP++
			t.Errors = append(t.Errors, fmt.Sprintf("conll: FP %s %s", m.typ, words(m)))
		}
	}
	for m := range gold {
		if !pred[m] {
			t.Get(m.typ).FN++
			t.Errors = append(t.Errors, fmt.Sprintf("conll: FN %s %s", m.typ, words(m)))
		}
	}
	return t
}
