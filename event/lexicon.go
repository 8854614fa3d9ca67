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

//go:embed data/actor_nouns.tsv
var actorNounsTSV []byte

// actorRoles are the roles a common noun may give an actor (actor/README: CAMEO role codes).
var actorRoles = map[string]bool{"": true, "GOV": true, "MIL": true, "REB": true, "UAF": true, "LEG": true, "JUD": true,
	"COP": true, "CVL": true, "OPP": true, "PTY": true, "EDU": true, "LAB": true, "MED": true, "REL": true, "BUS": true,
	"REF": true, "AGR": true, "HLH": true, "IGO": true, "CRM": true}

// loadActorNouns reads the nouns that head actor noun phrases and the role each gives.
func loadActorNouns(file string, data []byte) (map[string]string, error) {
	out := map[string]string{}
	err := tsv.Read(file, bytes.NewReader(data), 2, func(f []string) error {
		if f[0] != strings.ToLower(f[0]) || f[0] == "" {
			return fmt.Errorf("noun %q: want a lower-case word", f[0])
		}
		if !actorRoles[f[1]] {
			return fmt.Errorf("role %q is not an actor role", f[1])
		}
		if _, dup := out[f[0]]; dup {
			return fmt.Errorf("noun %q listed twice", f[0])
		}
		out[f[0]] = f[1]
		return nil
	})
	return out, err
}

// trigger is one row of the trigger lexicon.
type trigger struct {
	lemma, pos, code, frame string
	requires                []requirement // one of which must hold; none: the row always applies
}

// requirement is a condition of a lexicon row, parsed once when the lexicon loads: "quote" (a
// quotation follows), "gerund" (an -ing verb follows), "modal" (should/must before),
// "mandative" (the "that" clause after it asks for something: "insisted that the troops
// leave", not "insisted that Mexico had acted"), "before:w
// x" (one of these words right before), "subject:w x" (one of these words in the subject), or
// words that must follow in that order.
type requirement struct {
	kind   string          // quote, gerund, modal, mandative, before, subject or follows
	words  map[string]bool // before, subject
	phrase []string        // follows
}

func parseRequirement(w string) requirement {
	for _, kind := range []string{"before", "subject"} {
		if list, ok := strings.CutPrefix(w, kind+":"); ok {
			r := requirement{kind: kind, words: map[string]bool{}}
			for _, x := range strings.Fields(list) {
				r.words[x] = true
			}
			return r
		}
	}
	switch w {
	case "quote", "gerund", "modal", "mandative":
		return requirement{kind: w}
	}
	return requirement{kind: "follows", phrase: strings.Fields(w)}
}

// Rule names the lexicon entry, as events report it.
func (t trigger) Rule() string { return fmt.Sprintf("lexicon:%s/%s", t.lemma, t.code) }

// frames are the special frames; any other frame is a preposition, or prepositions separated by
// "|" ("to|into|near": the first one found after the trigger).
var frames = map[string]bool{"obj": true, "that": true, "subject": true, "none": true, "infinitive": true}

var framePreps = map[string]bool{"with": true, "on": true, "against": true, "of": true, "for": true, "to": true, "at": true,
	"between": true, "from": true, "about": true, "over": true, "into": true, "near": true, "along": true, "in": true,
	"toward": true, "towards": true, "across": true, "upon": true, "by": true, "inside": true, "behind": true,
	"off": true, "outside": true, "around": true, "facing": true}

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
	// catchAll holds the lemma and pos of rows that always apply: a row after one of them is
	// never reached, since the first row that applies wins
	catchAll := map[string]string{}
	err := tsv.Read(file, bytes.NewReader(data), 5, func(f []string) error {
		t := trigger{lemma: f[0], pos: f[1], code: f[2], frame: f[3]}
		if prev, ok := catchAll[t.lemma+" "+t.pos]; ok {
			return fmt.Errorf("%s %s is never reached: the row %s before it always applies (put specific rows first)", t.lemma, t.pos, prev)
		}
		if t.frame == "none" && f[4] == "" {
			catchAll[t.lemma+" "+t.pos] = strings.Join(f, " ")
		}
		if _, ok := ont.Lookup(t.code); !ok {
			return fmt.Errorf("%q is not a CAMEO code", t.code)
		}
		if !validFrame(t.frame) {
			return fmt.Errorf("unknown frame %q", t.frame)
		}
		if f[4] != "" {
			for _, w := range strings.Split(f[4], "|") {
				t.requires = append(t.requires, parseRequirement(w))
			}
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
