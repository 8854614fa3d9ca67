package entity

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// resolve links short forms and descriptions to the full names of the document, types the lone
// capitalised words it can, and drops the rest.
func resolve(doc *chronicle.Document, ms []mention, lx *lexicon, given map[string]bool, common func(string) bool) []mention {
	// Full person names, by the forms a later mention may take: the surname, the surname without
	// its particle ("al-Sadr" → "Sadr"), and each part of a double surname.
	ms = acronyms(doc, ms, common)
	short := map[string]string{}
	ambiguous := map[string]bool{}
	persons := map[string]*mention{}
	for i := range ms {
		m := &ms[i]
		if m.typ != chronicle.Person || len(m.tokens) < 2 {
			continue
		}
		persons[m.canonical] = m
		last := m.tokens[len(m.tokens)-1]
		keys := []string{last, stripParticle(last)}
		if strings.Contains(last, "-") && !hasParticle(last) {
			keys = append(keys, strings.Split(last, "-")...)
		}
		// family name first ("Zhao Weiming" → "Zhao") when the first word is not a given name
		if first := m.tokens[0]; len(m.tokens) == 2 && !given[first] && !hasParticle(first) {
			keys = append(keys, first)
		}
		for _, k := range keys {
			if prev, ok := short[k]; ok && prev != m.canonical && !strings.HasSuffix(prev, m.canonical) && !strings.HasSuffix(m.canonical, prev) {
				ambiguous[k] = true
			}
			if len(m.canonical) > len(short[k]) {
				short[k] = m.canonical
			}
		}
	}
	// The other words of a full name, for the people news names by them: "Anwar" after "Anwar
	// Ibrahim", "Lula" after "Luiz Inácio Lula da Silva" (a surname of the text wins).
	byPart := map[string]string{}
	for canonical, m := range persons {
		for _, w := range m.tokens[:len(m.tokens)-1] {
			if len([]rune(w)) < 3 || hasParticle(w) || strings.HasSuffix(w, ".") || !isNameToken(w) || isLowerWord(w) {
				continue
			}
			if prev, ok := byPart[w]; ok && prev != canonical {
				byPart[w] = "" // two people share the word: neither is meant
				continue
			}
			byPart[w] = canonical
		}
	}
	// A shorter full form ("Donald Trump" after "Donald John Trump") takes the longest canonical.
	for i := range ms {
		m := &ms[i]
		if m.typ == chronicle.Person && len(m.tokens) >= 2 {
			last := m.tokens[len(m.tokens)-1]
			if full, ok := short[last]; ok && !ambiguous[last] && strings.HasSuffix(full, m.canonical) {
				m.canonical = full
			}
		}
	}
	// An organisation's first word alone, later, is the organisation: "Ashdown" after "Ashdown
	// Holdings Plc" (not a common word: "National" is no short form of "National Party").
	// So is the first part of a name joined by hyphens: "Jamaat" after "Jamaat-e-Islami".
	orgs := map[string]*mention{} // copies: ms is rewritten in place below
	for _, m := range ms {
		if m.typ != chronicle.Org {
			continue
		}
		first := m.tokens[0]
		if len(m.tokens) == 1 {
			first, _, _ = strings.Cut(first, "-")
			if first == m.tokens[0] || len([]rune(first)) < 4 {
				continue
			}
		}
		if !common(first) && !text.IsAllCaps(first) && !given[first] {
			if prev, ok := orgs[first]; ok && (prev == nil || prev.canonical != m.canonical) {
				orgs[first] = nil // two organisations share the word: neither is meant
			} else {
				orgs[first] = &m
			}
		}
	}
	// An organisation's last word after "the" is the organisation too: "the Fund's mission chief"
	// after "the International Monetary Fund".
	heads := map[string]*mention{}
	for _, m := range ms {
		words := strings.Fields(m.canonical)
		if m.typ != chronicle.Org || len(m.tokens) < 2 || len(words) < 2 {
			continue
		}
		last := words[len(words)-1] // of the full name: "the Guards" is no "Revolutionary Guard Corps"
		if len([]rune(last)) < 4 || text.IsAllCaps(last) || !isNameToken(last) {
			continue
		}
		if prev, ok := heads[last]; ok && (prev == nil || prev.canonical != m.canonical) {
			heads[last] = nil
		} else {
			heads[last] = &m
		}
	}
	// A word the text has named as a place elsewhere ("the town of Wazzam") is that place when
	// it stands alone ("a trader in Wazzam").
	// So is a name of several words the shape of a person's name gave no better type ("the
	// Debre Tabor attack" after "the town of Debre Tabor").
	// A small town that shares a word of a person's name the text gives in full is no place
	// to spread ("Lula signs deals" in a headline over "Luiz Inácio Lula da Silva").
	places := map[string]mention{}
	for _, m := range ms {
		if m.unsure || m.typ != chronicle.GPE && m.typ != chronicle.Loc && m.typ != chronicle.Fac {
			continue
		}
		if w := m.tokens[0]; len(m.tokens) == 1 && m.rule == "gazetteer:city" && (short[w] != "" && !ambiguous[w] || byPart[w] != "") {
			continue
		}
		places[doc.Text[m.bs:m.be]] = m
	}
	// A name the text has given as an organisation ("the French daily La Croix") is that
	// organisation where only its shape would make it a person's ("La Croix called …").
	named := map[string]mention{}
	for _, m := range ms {
		if !m.unsure && m.typ == chronicle.Org && m.rule != "rule:name-shape" {
			named[doc.Text[m.bs:m.be]] = m
		}
	}
	// A ship's name stays nobody's when it comes back alone ("the Nordic Amber was escorted").
	ships := map[string]bool{}
	for _, m := range ms {
		if m.rule == "rule:vessel" {
			ships[doc.Text[m.bs:m.be]] = true
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if ships[doc.Text[m.bs:m.be]] {
			continue
		}
		// "between Timbuktu and Goundam", "around Bangula and Makhanga": an unknown name joined to
		// a place by "and"/"or" after a preposition of place is a place too
		if i > 0 && m.unsure && m.guess == "" && !given[m.tokens[0]] && conjoinedPlace(doc, ms[i-1], m) {
			m.guess, m.rule = chronicle.GPE, "resolve:beside-place"
		}
		if p, ok := places[doc.Text[m.bs:m.be]]; ok && (len(m.tokens) == 1 && m.unsure || m.rule == "rule:name-shape") {
			m.typ, m.canonical, m.country, m.rule, m.unsure = p.typ, p.canonical, p.country, "resolve:same-place", false
		}
		if o, ok := named[doc.Text[m.bs:m.be]]; ok && m.rule == "rule:name-shape" {
			m.typ, m.canonical, m.country, m.actor, m.rule, m.unsure = o.typ, o.canonical, o.country, o.actor, "resolve:same-name", false
		}
		if len(m.tokens) == 1 && m.unsure && (strings.HasSuffix(doc.Text[:m.bs], "the ") || strings.HasSuffix(doc.Text[:m.bs], "The ")) {
			if full := heads[m.tokens[0]]; full != nil {
				m.typ, m.canonical, m.country, m.actor, m.rule, m.unsure, m.nominal = chronicle.Org, full.canonical, full.country, full.actor, "resolve:head-name", false, true
			}
		}
		if len(m.tokens) == 1 && m.unsure {
			if full := orgs[m.tokens[0]]; full != nil {
				m.typ, m.canonical, m.country, m.actor, m.rule, m.unsure = chronicle.Org, full.canonical, full.country, full.actor, "resolve:short-name", false
			}
		}
		// A lone word that is a known person's surname is that person, even where it could be a
		// small town ("Ferreira").
		if len(m.tokens) == 1 && (m.unsure || m.typ == chronicle.Person || m.rule == "gazetteer:city") {
			w := m.tokens[0]
			if full, ok := short[w]; ok && !ambiguous[w] {
				m.typ, m.canonical, m.rule, m.unsure = chronicle.Person, full, "resolve:surname", false
			} else if full, ok := short[stripParticle(w)]; ok && !ambiguous[stripParticle(w)] {
				m.typ, m.canonical, m.rule, m.unsure = chronicle.Person, full, "resolve:surname", false
			} else if full := byPart[w]; full != "" && !ambiguous[w] {
				m.typ, m.canonical, m.rule, m.unsure = chronicle.Person, full, "resolve:name-part", false
			}
		}
		if m.unsure && m.guess != "" {
			m.typ, m.unsure = m.guess, false
		}
		if m.unsure || m.typ == "" {
			continue
		}
		out = append(out, m)
	}
	out = append(out, descriptions(doc, out, lx)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].bs < out[j].bs })
	// Drop overlaps, keeping the earlier (then longer) mention.
	kept := out[:0]
	lastEnd := -1
	for _, m := range out {
		if m.bs < lastEnd {
			continue
		}
		kept = append(kept, m)
		lastEnd = m.be
	}
	return kept
}

// conjoinedPlace reports whether m follows the place p across "and"/"or", and p follows a
// preposition of place ("in", "near", "between" …).
func conjoinedPlace(doc *chronicle.Document, p, m mention) bool {
	if p.unsure && p.guess != chronicle.GPE || !p.unsure && p.typ != chronicle.GPE {
		return false
	}
	if gap := doc.Text[p.be:m.bs]; gap != " and " && gap != " or " {
		return false
	}
	before := strings.TrimRight(doc.Text[:p.bs], " ")
	if i := strings.LastIndexAny(before, " \n\t"); i >= 0 {
		before = before[i+1:]
	}
	return placePreps[before] || before == "between" || before == "from" || before == "at" || before == "to" || before == "into"
}

// acronyms links a short form given in brackets to the organisation before it — "the
// Confederation of Chilean Students (Confech)" — and every later use of that short form.
// A translation in brackets is not a short form: "Fatah (Conquest)".
func acronyms(doc *chronicle.Document, ms []mention, common func(string) bool) []mention {
	short := map[string]mention{}
	for i := 1; i < len(ms); i++ {
		p, m := ms[i-1], &ms[i]
		if p.typ != chronicle.Org || strings.TrimSpace(doc.Text[p.be:m.bs]) != "(" || len(m.tokens) != 1 || common(m.tokens[0]) {
			continue
		}
		// "Reporters Without Borders (RSF)", "Doctors Without Borders (MSF)": a known body's
		// short form in its own language is its short form here, whatever else it stands for
		known := p.rule == "dictionary:orgs" && text.IsAllCaps(m.tokens[0]) && p.actor != ""
		if known || abbreviates(m.tokens[0], p.canonical) {
			// "The Zambia Congress of Trade Unions (ZCTU)": the body defined, not the
			// dictionary's other body of that short form (Zimbabwe's)
			other := m.rule == "dictionary:orgs" && m.canonical != p.canonical
			m.typ, m.canonical, m.rule, m.unsure = chronicle.Org, p.canonical, "resolve:acronym", false
			if m.actor == "" || known || other {
				m.actor, m.country = p.actor, p.country
			}
			short[m.tokens[0]] = *m
		}
	}
	if len(short) == 0 {
		return ms
	}
	for i := range ms {
		if def, ok := short[doc.Text[ms[i].bs:ms[i].be]]; ok && ms[i].rule != "resolve:acronym" {
			// the short form the text defined wins over a dictionary's other meaning of it
			known := ms[i].rule == "dictionary:orgs"
			ms[i].typ, ms[i].canonical, ms[i].rule, ms[i].unsure = chronicle.Org, def.canonical, "resolve:acronym", false
			if ms[i].actor == "" || known {
				ms[i].actor, ms[i].country = def.actor, def.country
			}
		}
	}
	return ms
}

// abbreviates reports whether short could be made from long's letters: the same first letter
// and the rest in order ("Confech" ← "Confederation of Chilean Students", not "Conquest" ← "Fatah").
func abbreviates(short, long string) bool {
	s, l := []rune(strings.ToLower(short)), []rune(strings.ToLower(long))
	if len(s) == 0 || len(l) == 0 || s[0] != l[0] {
		return false
	}
	k := 0
	for _, r := range l {
		if k < len(s) && r == s[k] {
			k++
		}
	}
	return k == len(s)
}

func stripParticle(w string) string {
	for _, p := range nameParticle {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return w[len(p):]
		}
	}
	return w
}

// descriptions finds "the <role>" phrases that refer to a person introduced with that role
// ("the cleric" → Muqtada al-Sadr) and returns them as nominal mentions.
func descriptions(doc *chronicle.Document, ms []mention, lx *lexicon) []mention {
	type roled struct {
		at        int
		canonical string
		code      string
	}
	byRole := map[string][]roled{}
	for _, m := range ms {
		if m.typ == chronicle.Person && m.role != "" {
			byRole[m.role] = append(byRole[m.role], roled{m.bs, m.canonical, m.roleCode})
		}
	}
	if len(byRole) == 0 {
		return nil
	}
	var out []mention
	toks := doc.Tokens
	seen := map[string]int{} // mentions of each name before token i
	mi := 0
	for i := 0; i+1 < len(toks); i++ {
		for mi < len(ms) && ms[mi].bs < toks[i].ByteStart {
			seen[ms[mi].canonical]++
			mi++
		}
		if toks[i].Text != "the" && toks[i].Text != "The" {
			continue
		}
		for n := lx.maxRole; n >= 1; n-- {
			if i+1+n > len(toks) {
				continue
			}
			parts := make([]string, n)
			for j := range parts {
				parts[j] = strings.ToLower(toks[i+1+j].Text)
			}
			role := strings.Join(parts, " ")
			cands := byRole[role]
			// the most mentioned person introduced with this role before here (the most recent
			// on a tie): "the president" in a story about Salih is Salih, even after Trump
			var best *roled
			bestN := 0
			for c := range cands {
				if cands[c].at >= toks[i].ByteStart {
					continue
				}
				if n := seen[cands[c].canonical]; n >= bestN {
					best, bestN = &cands[c], n
				}
			}
			if best == nil {
				continue
			}
			// "the president's office" still refers; "the president of X" names someone else.
			if e := i + 1 + n; e < len(toks) && toks[e].Text == "of" {
				break
			}
			m := mention{bs: toks[i].ByteStart, be: toks[i+n].ByteEnd, typ: chronicle.Person, canonical: best.canonical,
				rule: "resolve:description", nominal: true, role: role, roleCode: best.code}
			if p := lookupPerson(ms, best.canonical); p != nil {
				m.country, m.actor = p.country, p.actor
			}
			out = append(out, m)
			i += n
			break
		}
	}
	return out
}

func lookupPerson(ms []mention, canonical string) *mention {
	for i := range ms {
		if ms[i].canonical == canonical && ms[i].typ == chronicle.Person {
			return &ms[i]
		}
	}
	return nil
}
