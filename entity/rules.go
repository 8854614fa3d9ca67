package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// run classifies the name tokens [a, b) of sentence si.
func (r *Recognizer) run(doc *chronicle.Document, si, a, b int, ms []mention) []mention {
	toks := doc.Tokens
	// A capitalised common word at the start of a sentence is not a name ("Many", "Speaking").
	if r.sentenceInitial(doc, si, a) && r.titleAt(toks, a, b) == nil {
		if tag := toks[a].Tag; tag != "NNP" && tag != "NNPS" {
			if n, _ := r.dict.match(toks, a, b); n == 0 {
				a++
				for a < b && connectors[toks[a].Text] {
					a++
				}
			}
		}
	}
	if a >= b {
		return ms
	}
	// The whole run is a known name, or ends in a head that types it.
	if n, e := r.dict.match(toks, a, b); n == b-a {
		return append(ms, r.fromEntry(doc, a, b, e))
	}
	if kind := r.headKind(toks, a, b); kind != "" {
		return append(ms, r.named(doc, a, b, kind, "rule:head"))
	}
	// "Qassem Soleimani and Abu Mahdi al-Muhandis": without an organisation head, "and" joins
	// two names, not one.
	for k := a + 1; k < b-1; k++ {
		if toks[k].Text == "and" || toks[k].Text == "&" {
			ms = r.run(doc, si, a, k, ms)
			return r.run(doc, si, k+1, b, ms)
		}
	}
	var title *titlePhrase
	k := a
	for k < b {
		if tp := r.titleAt(toks, k, b); tp != nil {
			title = tp
			k += len(tp.toks)
			continue
		}
		if n, e := r.dict.match(toks, k, b); n > 0 {
			ms = append(ms, r.fromEntry(doc, k, k+n, e))
			k += n
			title = nil
			continue
		}
		if connectors[toks[k].Text] {
			k++
			continue
		}
		m := k + 1
		for m < b {
			if r.titleAt(toks, m, b) != nil {
				break
			}
			if n, _ := r.dict.match(toks, m, b); n > 0 && !hasParticle(toks[m].Text) {
				break
			}
			if connectors[toks[m].Text] && !(m+1 < b && isNameToken(toks[m+1].Text)) {
				break
			}
			m++
		}
		for m > k+1 && connectors[toks[m-1].Text] {
			m--
		}
		ms = append(ms, r.classify(doc, si, k, m, b, title))
		title = nil
		k = m
	}
	return ms
}

func (r *Recognizer) sentenceInitial(doc *chronicle.Document, si, i int) bool {
	first := doc.Sentences[si].FirstToken
	for k := i - 1; k >= first; k-- {
		switch doc.Tokens[k].Text {
		case "\"", "“", "‘", "'", "(", "[", "-", "—", "–", ":":
			continue
		}
		return false
	}
	return true
}

// titleAt returns the longest title phrase starting at token k.
func (r *Recognizer) titleAt(toks []chronicle.Token, k, b int) *titlePhrase {
	var best *titlePhrase
	for i, tp := range r.lex.titles[toks[k].Text] {
		n := len(tp.toks)
		if k+n > b || (best != nil && n <= len(best.toks)) {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if toks[k+j].Text != tp.toks[j] {
				ok = false
				break
			}
		}
		// A title only counts before a name: "President Salih", not "the President".
		if ok && k+n < b {
			best = &r.lex.titles[toks[k].Text][i]
		}
	}
	return best
}

// headKind types a run by its last word ("… Forces", "… Square") or by "<Head> of …".
func (r *Recognizer) headKind(toks []chronicle.Token, a, b int) string {
	if b-a < 2 {
		return ""
	}
	if r.titleAt(toks, a, b) != nil {
		return ""
	}
	kind := r.lex.heads[toks[b-1].Text]
	if kind == "org" || kind == "fac" || kind == "gpe" {
		// "Iraqi Parliament" is a nationality and a common noun, not a name.
		if b-a == 2 && r.gaz.Demonym(toks[a].Text) != nil {
			return ""
		}
		return strings.ToUpper(kind)
	}
	// "Ministry of Defence", "Alliance Towards Reform", "Movement for Democratic Change"
	if k := r.lex.heads[toks[a].Text]; k == "org" || (k == "fac" && toks[a+1].Text == "of") {
		return strings.ToUpper(k)
	}
	return ""
}

func (r *Recognizer) fromEntry(doc *chronicle.Document, a, b int, e *entry) mention {
	m := r.named(doc, a, b, e.Type, e.Rule)
	m.canonical, m.country, m.actor = e.Canonical, e.Country, e.Actor
	return m
}

func (r *Recognizer) named(doc *chronicle.Document, a, b int, typ, rule string) mention {
	toks := doc.Tokens
	m := mention{bs: toks[a].ByteStart, be: toks[b-1].ByteEnd, typ: typ, rule: rule}
	m.canonical = doc.Text[m.bs:m.be]
	for k := a; k < b; k++ {
		m.tokens = append(m.tokens, toks[k].Text)
	}
	return m
}

// classify types the name tokens [k, m) of a run that ends at b, given a title just before.
func (r *Recognizer) classify(doc *chronicle.Document, si, k, m, b int, title *titlePhrase) mention {
	toks := doc.Tokens
	end := doc.Sentences[si].EndToken
	n := m - k
	name := doc.Text[toks[k].ByteStart:toks[m-1].ByteEnd]
	person := func(rule string) mention {
		p := r.named(doc, k, m, chronicle.Person, rule)
		if title != nil {
			p.role, p.roleCode = title.word, title.role
		} else if role, code, ok := r.roleBefore(toks, k, doc.Sentences[si].FirstToken); ok {
			p.role, p.roleCode = role, code
		}
		return p
	}
	var next, next2 string
	if m == b && b < end {
		next = toks[b].Text
		if b+1 < end {
			next2 = toks[b+1].Text
		}
	}
	prev := ""
	if k > doc.Sentences[si].FirstToken {
		prev = toks[k-1].Text
	}
	// Datelines: "Alwaght- …", "BAGHDAD (Reuters) - …".
	if si == 0 && k == 0 && (next == "-" || next == "—" || next == "–" || next == "(" || next == ",") {
		if c := r.city(name, 1000); c != nil {
			g := r.named(doc, k, m, chronicle.GPE, "rule:dateline")
			g.country = c.Country
			return g
		}
		if next != "," {
			return r.named(doc, k, m, chronicle.Org, "rule:dateline")
		}
	}
	if n == 1 && isAllCaps(name) && utf8.RuneCountInString(name) <= 6 && !acronymStop[name] {
		if c := r.city(name, 100000); c != nil {
			g := r.named(doc, k, m, chronicle.GPE, "gazetteer:city")
			g.country = c.Country
			return g
		}
		return r.named(doc, k, m, chronicle.Org, "rule:acronym")
	}
	switch r.lex.heads[next] {
	case "gpe-noun":
		return r.named(doc, k, m, chronicle.GPE, "rule:place-noun")
	case "org-noun":
		if title == nil {
			return r.named(doc, k, m, chronicle.Org, "rule:org-noun")
		}
	}
	if title != nil {
		return person("rule:title")
	}
	if _, _, ok := r.roleBefore(toks, k, doc.Sentences[si].FirstToken); ok {
		return person("rule:role")
	}
	if n >= 2 && r.dict.given[toks[k].Text] {
		return person("rule:given-name")
	}
	for j := k; j < m; j++ {
		if hasParticle(toks[j].Text) && (n >= 2 || !particleWord[toks[j].Text]) {
			return person("rule:name-particle")
		}
	}
	if next == "," && r.roleAfter(toks, b+1, end) {
		return person("rule:apposition")
	}
	if n >= 2 && speechAfter[next] {
		return person("rule:speaker")
	}
	if next == "(" && b+1 < end && isNameToken(next2) {
		return r.named(doc, k, m, chronicle.Org, "rule:translated-name")
	}
	if prev == "," && k >= 2 && r.lex.heads[toks[k-2].Text] == "org-noun" {
		return r.named(doc, k, m, chronicle.Org, "rule:org-apposition")
	}
	minPop := 100000
	if locativePrep[prev] || next == "," {
		minPop = 1000
	}
	if c := r.city(name, minPop); c != nil {
		g := r.named(doc, k, m, chronicle.GPE, "gazetteer:city")
		g.country = c.Country
		return g
	}
	if n >= 2 && allTitleCase(toks[k:m]) {
		return person("rule:name-shape")
	}
	u := r.named(doc, k, m, "", "rule:capitalised")
	u.unsure = true
	return u
}

// roleBefore finds a lower-case role noun right before token k ("cleric Muqtada al-Sadr",
// "Kata'ib Hezbollah spokesman Mohie").
func (r *Recognizer) roleBefore(toks []chronicle.Token, k, first int) (string, string, bool) {
	for n := r.lex.maxRole; n >= 1; n-- {
		if k-n < first {
			continue
		}
		parts := make([]string, n)
		for j := 0; j < n; j++ {
			parts[j] = toks[k-n+j].Text
		}
		phrase := strings.Join(parts, " ")
		if code, ok := r.lex.roles[phrase]; ok && isLowerWord(parts[0]) {
			return phrase, code, true
		}
	}
	return "", "", false
}

// roleAfter reports whether an apposition describing a person starts at token i
// (", a spokesman for …", ", deputy secretary-general of …").
func (r *Recognizer) roleAfter(toks []chronicle.Token, i, end int) bool {
	for j := i; j < end && j < i+6; j++ {
		t := toks[j].Text
		if _, ok := r.lex.roles[t]; ok {
			return true
		}
		if t == "," || t == "." {
			return false
		}
	}
	return false
}

func isLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func allTitleCase(toks []chronicle.Token) bool {
	for _, t := range toks {
		if connectors[t.Text] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) || isAllCaps(t.Text) {
			return false
		}
		for _, c := range t.Text {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}
