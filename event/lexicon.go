package event

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/cameo"
	"github.com/chronicle-news/chronicle/internal/tsv"
	"github.com/chronicle-news/chronicle/text/morph"
)

//go:embed data/triggers.tsv
var triggersTSV []byte

// trigger is one row of the trigger lexicon.
type trigger struct {
	lemma, pos, code, frame string
	requires                []string // words one of which must follow; "modal" for should/must before
}

// Rule names the lexicon entry, as events report it.
func (t trigger) Rule() string { return fmt.Sprintf("lexicon:%s/%s", t.lemma, t.code) }

// frames are the special frames; any other frame is a preposition, or prepositions separated by
// "|" ("to|into|near": the first one found after the trigger).
var frames = map[string]bool{"obj": true, "that": true, "subject": true, "none": true, "infinitive": true}

var framePreps = map[string]bool{"with": true, "on": true, "against": true, "of": true, "for": true, "to": true, "at": true,
	"between": true, "from": true, "about": true, "over": true, "into": true, "near": true, "along": true, "in": true,
	"toward": true, "towards": true, "across": true, "upon": true, "by": true, "inside": true, "behind": true,
	"off": true, "outside": true, "around": true}

func validFrame(f string) bool {
	if frames[f] {
		return true
	}
	for _, p := range strings.Split(f, "|") {
		if !framePreps[p] {
			return false
		}
	}
	return true
}

// loadTriggers reads the lexicon, checking every code against the ontology; errors name the
// file and line. Forms are indexed lower-cased.
func loadTriggers(file string, data []byte, ont *cameo.Ontology) (map[string][]trigger, error) {
	out := map[string][]trigger{}
	err := tsv.Read(file, bytes.NewReader(data), 5, func(f []string) error {
		t := trigger{lemma: f[0], pos: f[1], code: f[2], frame: f[3]}
		if _, ok := ont.Lookup(t.code); !ok {
			return fmt.Errorf("%q is not a CAMEO code", t.code)
		}
		if !validFrame(t.frame) {
			return fmt.Errorf("unknown frame %q", t.frame)
		}
		if f[4] != "" {
			t.requires = strings.Split(f[4], "|")
		}
		var forms []string
		switch t.pos {
		case "verb":
			forms = morph.Verb(t.lemma)
		case "noun":
			forms = morph.Noun(t.lemma)
		case "adj", "modal":
			forms = []string{t.lemma}
		default:
			return fmt.Errorf("pos %q, want verb, noun, adj or modal", t.pos)
		}
		for _, form := range forms {
			out[form] = append(out[form], t)
		}
		return nil
	})
	return out, err
}
