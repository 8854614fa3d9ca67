// Package tag assigns Penn Treebank part-of-speech tags to tokens.
//
// The model is the averaged perceptron shipped with github.com/jdkato/prose/v2 (a port of
// TextBlob's tagger), converted once by `go generate` into a compact embedded file. Inference is
// our own: features are looked up without building strings or maps per token, which makes
// tagging several times faster than prose while giving the same tags.
package tag

//go:generate go run ./internal/genmodel

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle"
)

//go:embed model.bin.gz
var modelData []byte

// Model is a loaded tagger. It is safe for concurrent use.
type Model struct {
	classes []string
	tagMap  map[string]uint8
	feats   map[string]uint32
	starts  []uint32 // weights of feature f are cls/wts[starts[f]:starts[f+1]]
	cls     []uint8
	wts     []float32
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loading it on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = Load(bytes.NewReader(modelData)) })
	return defaultModel, defaultErr
}

// Load reads a model written by genmodel.
func Load(r io.Reader) (*Model, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tag model: %w", err)
	}
	br := bufio.NewReader(z)
	magic := make([]byte, 8)
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != "CHRPOS1\n" {
		return nil, fmt.Errorf("tag model: bad header")
	}
	var rerr error
	uv := func() int {
		n, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return int(n)
	}
	str := func() string {
		b := make([]byte, uv())
		if _, err := io.ReadFull(br, b); err != nil && rerr == nil {
			rerr = err
		}
		return string(b)
	}
	m := &Model{}
	m.classes = make([]string, uv())
	for i := range m.classes {
		m.classes[i] = str()
	}
	n := uv()
	m.tagMap = make(map[string]uint8, n)
	for i := 0; i < n && rerr == nil; i++ {
		w := str()
		m.tagMap[w] = uint8(uv())
	}
	n = uv()
	m.feats = make(map[string]uint32, n)
	m.starts = make([]uint32, 0, n+1)
	var w4 [4]byte
	for i := 0; i < n && rerr == nil; i++ {
		k := str()
		m.feats[k] = uint32(i)
		m.starts = append(m.starts, uint32(len(m.cls)))
		for j := uv(); j > 0; j-- {
			m.cls = append(m.cls, uint8(uv()))
			if _, err := io.ReadFull(br, w4[:]); err != nil && rerr == nil {
				rerr = err
			}
			m.wts = append(m.wts, math.Float32frombits(binary.LittleEndian.Uint32(w4[:])))
		}
	}
	m.starts = append(m.starts, uint32(len(m.cls)))
	if rerr != nil {
		return nil, fmt.Errorf("tag model: %w", rerr)
	}
	return m, nil
}

// tagger holds per-call scratch space.
type tagger struct {
	m      *Model
	ctx    []string
	key    []byte
	scores []float32
	seen   []bool // prose scores only the classes that some feature has a weight for
}

var pool = sync.Pool{New: func() any { return &tagger{} }}

// Tag returns a tag for each word. Words are PTB-style tokens (see PTBWord).
func (m *Model) Tag(words []string, tags []string) []string {
	t := pool.Get().(*tagger)
	defer pool.Put(t)
	t.m = m
	if cap(t.scores) < len(m.classes) {
		t.scores = make([]float32, len(m.classes))
	}
	t.scores = t.scores[:len(m.classes)]
	if cap(t.seen) < len(m.classes) {
		t.seen = make([]bool, len(m.classes))
	}
	t.seen = t.seen[:len(m.classes)]
	t.ctx = append(t.ctx[:0], "-START-", "-START2-")
	for _, w := range words {
		t.ctx = append(t.ctx, normalize(w))
	}
	t.ctx = append(t.ctx, "-END-", "-END2-")
	p1, p2 := "-START-", "-START2-"
	tags = tags[:0]
	for i, w := range words {
		tag := t.tagWord(i, w, p1, p2)
		tags = append(tags, tag)
		p2, p1 = p1, tag
	}
	return tags
}

func (t *tagger) tagWord(i int, w, p1, p2 string) string {
	m := t.m
	switch {
	case w == "":
		return "NN"
	case w == "-":
		return "-"
	case w == "0" || w == "*":
		return "CD"
	case strings.HasPrefix(w, "@") || strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www."):
		return "NN"
	case len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpper3(w[1:4]):
		return w
	}
	if c, ok := m.tagMap[w]; ok {
		return m.classes[c]
	}
	for k := range t.scores {
		t.scores[k] = 0
		t.seen[k] = false
	}
	ctx := t.ctx
	j := i + 2
	t.add("bias")
	t.add("i suffix ", suffix(w))
	t.add("i pref1 ", string(rune(w[0])))
	t.add("i-1 tag ", p1)
	t.add("i-2 tag ", p2)
	t.add("i tag+i-2 tag ", p1, " ", p2)
	t.add("i word ", ctx[j])
	t.add("i-1 tag+i word ", p1, " ", ctx[j])
	t.add("i-1 word ", ctx[j-1])
	t.add("i-1 suffix ", suffix(ctx[j-1]))
	t.add("i-2 word ", ctx[j-2])
	t.add("i+1 word ", ctx[j+1])
	t.add("i+1 suffix ", suffix(ctx[j+1]))
	t.add("i+2 word ", ctx[j+2])
	best, bestScore := 0, float32(math.Inf(-1))
	for k, s := range t.scores {
		if t.seen[k] && s > bestScore {
			best, bestScore = k, s
		}
	}
	return m.classes[best]
}

func isUpper3(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// add looks up the feature made of parts and adds its weights to the scores.
func (t *tagger) add(parts ...string) {
	t.key = t.key[:0]
	for _, p := range parts {
		t.key = append(t.key, p...)
	}
	f, ok := t.m.feats[string(t.key)] // no allocation: the compiler special-cases this conversion
	if !ok {
		return
	}
	m := t.m
	for k := m.starts[f]; k < m.starts[f+1]; k++ {
		t.scores[m.cls[k]] += m.wts[k]
		t.seen[m.cls[k]] = true
	}
}

func suffix(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

func normalize(word string) string {
	if word == "" {
		return word
	}
	if strings.Contains(word, "-") && word[0] != '-' {
		return "!HYPHEN"
	}
	if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	}
	if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// PTBWord maps a token to the form the model was trained on: quotation marks become “ and ”,
// curly apostrophes straight, dashes --, the ellipsis ... .
func PTBWord(text string, spaceBefore bool) string {
	switch text {
	case "“", "«", "„", "‘":
		return "``"
	case "”", "»", "’":
		return "''"
	case "\"", "'":
		if spaceBefore {
			return "``"
		}
		return "''"
	case "—", "–", "--", "―":
		return "--"
	case "…":
		return "..."
	case "[", "{":
		return "("
	case "]", "}":
		return ")"
	}
	if strings.ContainsRune(text, '’') {
		return strings.ReplaceAll(text, "’", "'")
	}
	return text
}

// Tagger is the stage that tags every token of a document.
type Tagger struct{ Model *Model }

// NewTagger returns the stage with the embedded model.
func NewTagger() (*Tagger, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return &Tagger{Model: m}, nil
}

// Name implements chronicle.Stage.
func (*Tagger) Name() string { return "tag" }

// Process implements chronicle.Stage.
func (tg *Tagger) Process(doc *chronicle.Document) error {
	var words, tags []string
	for _, s := range doc.Sentences {
		words = words[:0]
		for k := s.FirstToken; k < s.EndToken; k++ {
			tok := &doc.Tokens[k]
			words = append(words, PTBWord(tok.Text, tok.SpaceBefore))
		}
		tags = tg.Model.Tag(words, tags)
		for k := s.FirstToken; k < s.EndToken; k++ {
			doc.Tokens[k].Tag = tags[k-s.FirstToken]
		}
	}
	return nil
}

// Lexical returns the tag the model always gives a word, when it has one ("the" → DT,
// "said" → VBD). Words it tags by context are not in this list.
func (m *Model) Lexical(word string) (string, bool) {
	c, ok := m.tagMap[word]
	if !ok {
		return "", false
	}
	return m.classes[c], true
}
