package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/text"
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
			for _, form := range inflect(c.lemma) {
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

// irregular verbs: lemma → 3rd person, past, past participle, gerund.
var irregular = map[string][4]string{
	"say":       {"says", "said", "said", "saying"},
	"tell":      {"tells", "told", "told", "telling"},
	"write":     {"writes", "wrote", "written", "writing"},
	"swear":     {"swears", "swore", "sworn", "swearing"},
	"forecast":  {"forecasts", "forecast", "forecast", "forecasting"},
	"broadcast": {"broadcasts", "broadcast", "broadcast", "broadcasting"},
	"speak":     {"speaks", "spoke", "spoken", "speaking"},
	"take":      {"takes", "took", "taken", "taking"},
	"go":        {"goes", "went", "gone", "going"},
}

// doubled verbs double their last consonant before -ed and -ing.
var doubled = map[string]bool{"slam": true, "snap": true, "quip": true, "admit": true, "beg": true, "rebut": true, "plan": true, "chat": true, "commit": true, "regret": true, "refer": true, "omit": true}

// inflect returns a verb's forms: base, -s, -ed, -ing.
func inflect(v string) []string {
	if f, ok := irregular[v]; ok {
		return []string{v, f[0], f[1], f[2], f[3]}
	}
	forms := []string{v}
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		stem := v[:len(v)-1]
		forms = append(forms, stem+"ies", stem+"ied", v+"ing")
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "o"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	case doubled[v]:
		last := v[len(v)-1:]
		forms = append(forms, v+"s", v+last+"ed", v+last+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
	}
	return forms
}
