package quote

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/tsv"
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
	err := tsv.Read("cues.tsv", bytes.NewReader(cuesTSV), 3, func(f []string) error {
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
			return fmt.Errorf("kind %q, want speech, directive or phrase", c.kind)
		}
		return nil
	})
	return lx, err
}

// Len is the number of cue forms and phrases, for tests and docs.
func (lx *lexicon) Len() int {
	n := len(lx.forms)
	for _, ps := range lx.phrases {
		n += len(ps)
	}
	return n
}
