package entity

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/text"
)

//go:embed data/roles.tsv
var rolesTSV []byte

//go:embed data/heads.tsv
var headsTSV []byte

// lexicon holds the word lists the rules use: titles, role nouns and type-telling heads.
type lexicon struct {
	titles map[string][]titlePhrase // by first token
	roles  map[string]string        // role noun → actor role ("cleric" → REL)
	heads  map[string]string        // last word → org, fac, gpe, loc, misc; next word(s) → org-noun, gpe-noun, fac-noun, fac-name, loc-noun; "<noun> of X" → gpe-noun, loc-noun
	// firstHeads type a name by its first word ("Mount Kenya", "Plaza Baquedano", "Line of Control").
	firstHeads map[string]string
	maxRole    int // longest role phrase in tokens
	// notPlaces are capitalised words that name no place ("Swahili", "Ramadan", "Islam").
	notPlaces map[string]bool
}

type titlePhrase struct {
	toks []string
	role string
	word string // the phrase lower-cased, for "the president"
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{titles: map[string][]titlePhrase{}, roles: map[string]string{}, heads: map[string]string{}, firstHeads: map[string]string{}, notPlaces: map[string]bool{}}
	err := eachLine("roles.tsv", bytes.NewReader(rolesTSV), func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("%d columns, want 3", len(f))
		}
		switch f[1] {
		case "title":
			toks := text.Words(f[0])
			lx.titles[toks[0]] = append(lx.titles[toks[0]], titlePhrase{toks: toks, role: f[2], word: strings.ToLower(f[0])})
		case "role":
			lx.roles[f[0]] = f[2]
			if n := len(strings.Fields(f[0])); n > lx.maxRole {
				lx.maxRole = n
			}
		default:
			return fmt.Errorf("kind %q, want title or role", f[1])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("heads.tsv", bytes.NewReader(headsTSV), func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return fmt.Errorf("%d columns, want 2", len(f))
		}
		switch f[1] {
		case "org", "fac", "gpe", "loc", "misc", "org-noun", "gpe-noun", "fac-noun", "fac-name", "loc-noun", "loc-first", "fac-first", "org-first", "misc-first", "not-place":
		default:
			return fmt.Errorf("kind %q unknown", f[1])
		}
		if f[1] == "not-place" {
			lx.notPlaces[f[0]] = true
		} else if strings.HasSuffix(f[1], "-first") {
			lx.firstHeads[f[0]] = strings.TrimSuffix(f[1], "-first")
		} else {
			lx.heads[f[0]] = f[1]
		}
		return nil
	})
	return lx, err
}

// Roles returns the actor role (GOV, MIL, REL, …) of every role noun and title, lower-cased as
// Entity.Role gives them, for actor coding.
func (r *Recognizer) Roles() map[string]string {
	out := map[string]string{}
	for _, tps := range r.lex.titles {
		for _, tp := range tps {
			if tp.role != "" {
				out[tp.word] = tp.role
			}
		}
	}
	for w, code := range r.lex.roles {
		if code != "" {
			out[w] = code
		}
	}
	return out
}
