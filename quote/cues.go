package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/text"
	"github.com/chronicle-news/chronicle/text/morph"
)

//go:embed data/cues.tsv
var cuesTSV []byte

// Cue kinds.
const (
	speech    = "speech"    // says something: a quote or a clause
	directive = "directive" // demands, calls, urges
	phrase    = "phrase"    // a multi-word cue written in full
)

type cue struct {
	lemma, kind, channel string
}

// lexicon maps every inflected form of a reporting verb to its cue, and holds the multi-word cues.
type lexicon struct {
	forms   map[string]cue
	phrases map[string][]cuePhrase // by first token
}

type cuePhrase struct {
	toks []string
	cue  cue
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{forms: map[string]cue{}, phrases: map[string][]cuePhrase{}}
	sc := bufio.NewScanner(bytes.NewReader(cuesTSV))
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("cues.tsv:%d: %d columns, want 3", line, len(f))
		}
		c := cue{lemma: f[0], kind: f[1], channel: f[2]}
		switch c.kind {
		case speech, directive:
			for _, form := range morph.Verb(c.lemma) {
				if _, dup := lx.forms[form]; !dup {
					lx.forms[form] = c
				}
			}
		case phrase:
			toks := text.Words(c.lemma)
			lx.phrases[toks[0]] = append(lx.phrases[toks[0]], cuePhrase{toks, c})
		default:
			return nil, fmt.Errorf("cues.tsv:%d: kind %q, want speech, directive or phrase", line, c.kind)
		}
	}
	return lx, sc.Err()
}

// Len is the number of cue forms and phrases, for tests and docs.
func (lx *lexicon) Len() int {
	n := len(lx.forms)
	for _, ps := range lx.phrases {
		n += len(ps)
	}
	return n
}
