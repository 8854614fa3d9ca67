// Package text segments news text into paragraphs, sentences and tokens with offsets.
//
// It is written for wire copy: abbreviations ("Lt. Gen.", "U.S."), datelines ("BAGHDAD (Reuters) -",
// "Alwaght- "), mixed curly and straight quotation marks, brackets inside quotes, hyphenated
// names ("al-Sadr") and clitics split as in the Penn Treebank ("Iraq" "'s", "wo" "n't").
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawToken is a token in byte offsets, before sentences are known.
type rawToken struct {
	start, end  int
	paraBreak   bool // a blank line (or a line break in line-per-paragraph text) precedes it
	spaceBefore bool
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits s into tokens. lineBreaks says whether a single newline starts a paragraph.
func tokenize(s string, lineBreaks bool) []rawToken {
	toks := make([]rawToken, 0, len(s)/5+1)
	newlines := 0
	space := true // the start of the text counts as space
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			newlines++
			space = true
			i += w
			continue
		}
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || unicode.IsControl(r) {
			space = true
			i += w
			continue
		}
		brk := newlines >= 2 || (lineBreaks && newlines >= 1)
		newlines = 0
		start := i
		end := i + w
		word := isWordRune(r) || ((r == '@' || r == '#' || r == '$') && i+w < len(s) && startsWord(s[i+w:]))
		switch {
		case word:
			end = scanWord(s, i)
		case r == '.' && strings.HasPrefix(s[i:], "..."):
			end = i + 3
		case r == '-' && strings.HasPrefix(s[i:], "--"):
			end = i + 2
		}
		parts := []rawToken{{start: start, end: end}}
		if word {
			parts = splitWord(s, start, end)
		}
		for _, t := range parts {
			t.paraBreak = brk && t.start == start
			t.spaceBefore = space && t.start == start
			toks = append(toks, t)
		}
		space = false
		i = end
	}
	return toks
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// scanWord returns the end of the word that starts at i. Apostrophes, hyphens, periods, commas,
// ampersands and slashes stay inside a word when a word character follows them.
func scanWord(s string, i int) int {
	_, w := utf8.DecodeRuneInString(s[i:])
	i += w
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		if isApostrophe(r) || isHyphen(r) || r == '.' || r == ',' || r == '&' || r == '/' || r == '_' {
			next, _ := utf8.DecodeRuneInString(s[i+w:])
			if i+w < len(s) && isWordRune(next) {
				if r == ',' && !(isDigitBefore(s, i) && unicode.IsDigit(next)) {
					return i
				}
				i += w
				continue
			}
			if r == '.' && abbrevBefore(s, i) {
				// keep the final period of an abbreviation, and go on through "U.S.-led"
				if next, nw := utf8.DecodeRuneInString(s[i+w:]); isHyphen(next) && i+w+nw < len(s) && startsWord(s[i+w+nw:]) {
					i += w
					continue
				}
				return i + w
			}
		}
		return i
	}
	return i
}

func isDigitBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsDigit(r)
}

// abbrevBefore reports whether the word ending at i (a period at s[i]) is an abbreviation.
func abbrevBefore(s string, i int) bool {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !(isWordRune(r) || r == '.') {
			break
		}
		j -= w
	}
	return IsAbbreviation(s[j : i+1])
}

// letterAfterWord reports a lone capital and a period after a lower-case word ("he wrote on X.",
// "known as Plan B." is rare): a name that ends the sentence, not an initial, which follows a
// capitalised name ("John F. Kennedy").
func letterAfterWord(s string, start, end int) bool {
	if end-start != 2 || !unicode.IsUpper(rune(s[start])) {
		return false
	}
	prev := strings.TrimRight(s[:start], " ")
	if len(prev) == len(s[:start]) {
		return false // "U.S." and the like: no space before the letter
	}
	word := prev[strings.LastIndexAny(prev, " \n\t")+1:]
	for _, r := range word {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return word != ""
}

// splitWord splits clitics and trailing punctuation off a scanned word.
func splitWord(s string, start, end int) []rawToken {
	w := s[start:end]
	if len(w) > 1 && w[len(w)-1] == '.' && (!IsAbbreviation(w) || letterAfterWord(s, start, end)) {
		return append(splitWord(s, start, end-1), rawToken{start: end - 1, end: end})
	}
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			cut := end - len(c)
			if c == "n't" || c == "n’t" {
				// "don't" → "do" "n't"; "can't" → "ca" "n't" as in the Penn Treebank.
				return []rawToken{{start: start, end: cut}, {start: cut, end: end}}
			}
			prev, _ := utf8.DecodeLastRuneInString(s[start:cut])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				return []rawToken{{start: start, end: cut}, {start: cut, end: end}}
			}
		}
	}
	return []rawToken{{start: start, end: end}}
}

var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// IsAbbreviation reports whether w (with its final period) is an abbreviation that keeps its
// period: a known abbreviation, a single initial ("J."), or letters with inner periods ("U.S.").
func IsAbbreviation(w string) bool {
	if !strings.HasSuffix(w, ".") || len(w) < 2 {
		return false
	}
	body := w[:len(w)-1]
	if _, ok := abbreviations[strings.ToLower(body)]; ok {
		return true
	}
	if utf8.RuneCountInString(body) == 1 {
		r, _ := utf8.DecodeRuneInString(body)
		return unicode.IsUpper(r)
	}
	if strings.Contains(body, ".") {
		for _, part := range strings.Split(body, ".") {
			if utf8.RuneCountInString(part) != 1 {
				return false
			}
		}
		return true
	}
	return false
}

// abbreviations are lower-cased, without the final period. Titles are also in titleAbbrevs:
// a sentence never ends on them.
var abbreviations = map[string]bool{}

var titleAbbrevs = map[string]bool{}

func init() {
	for _, a := range strings.Fields("mr mrs ms dr gen lt col sgt capt maj gov sen rep rev prof st mt ft adm cmdr brig supt insp gen. cpl pvt pres amb hon fr sr jr messrs mme mlle sheikh no nos vol art op") {
		abbreviations[a] = true
	}
	for _, a := range strings.Fields("mr mrs ms dr gen lt col sgt capt maj gov sen rep rev prof adm cmdr brig supt insp cpl pvt pres amb hon fr messrs mme mlle no nos vol art") {
		titleAbbrevs[a] = true
	}
	for _, a := range strings.Fields("inc corp ltd co bros plc llc vs etc approx dept est jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m e.g i.e u.s u.k u.n u.s.a") {
		abbreviations[a] = true
	}
}

// Words splits s into token texts, as the segmenter would. Dictionaries use it so that their
// entries match the tokens of the text.
func Words(s string) []string {
	raw := tokenize(s, false)
	out := make([]string, len(raw))
	for i, t := range raw {
		out[i] = s[t.start:t.end]
	}
	return out
}

// IsAllCaps says whether a word is written in capitals ("BAGHDAD", "MDR"), not just capitalised:
// at least two capital letters and no small one.
func IsAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
