package entity

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// run classifies the name tokens [a, b) of sentence si.
func (r *Recognizer) run(doc *chronicle.Document, si, a, b int, ms []mention) []mention {
	toks := doc.Tokens
	// "The", "A": an article is part of a name only when the dictionary says so.
	if determiners[toks[a].Text] {
		// …unless a name starting after it reaches further ("The Independent Electoral …").
		n0, _ := r.dict.match(toks, a, b)
		n1, _ := r.dict.match(toks, a+1, b)
		if n0 == 0 || a+1+n1 > a+n0 {
			a++
		}
	}
	// "the tanker Nordic Amber", "the ship, the Aegean Star,": a ship's name, nobody's
	if r.afterVessel(toks, a, doc.Sentences[si].FirstToken) {
		u := r.named(doc, a, b, "", "rule:vessel")
		u.unsure = true
		return append(ms, u)
	}
	// A capitalised common word at the start of a sentence is not a name ("Many", "Speaking").
	if a < b && r.sentenceInitial(doc, si, a) && r.titleAt(toks, a, b) == nil && !r.anyPlace(toks[a:a+1]) && !r.capsDateline(doc, si, a, b) {
		if tag := toks[a].Tag; tag != "NNP" && tag != "NNPS" {
			// …but an adjective that starts names, before a head, is the name's ("Patriotic
			// Front lawyers argued …", "Federal Police officers …")
			if n, _ := r.dict.match(toks, a, b); n == 0 && !(nameAdjectives[toks[a].Text] && r.headKind(toks, a, b) != "") {
				if b-a == 1 {
					// only resolution can tell: "Yusuf thanked …" after "Amina Yusuf"
					u := r.named(doc, a, b, "", "rule:capitalised")
					u.unsure = true
					return append(ms, u)
				}
				a++
			}
		}
	}
	for a < b && connectors[toks[a].Text] {
		a++
	}
	if a >= b {
		return ms
	}
	// "Hunan Qiantai" after "Hunan Qiantai New Energy": the first words of an organisation the
	// text has named are that organisation, though one of them is a place
	if o := shortOfOrg(ms, toks, a, b); o != nil {
		m := r.named(doc, a, b, chronicle.Org, "rule:short-name")
		m.canonical, m.country, m.actor = o.canonical, o.country, o.actor
		return append(ms, m)
	}
	// The whole run is a known name.
	if n, e := r.dict.match(toks, a, b); n == b-a {
		// "at Sanaa airport": a city's name before a facility's noun, without the article, names
		// the facility
		if f := r.facNameNoun(toks, b, doc.Sentences[si].EndToken); f > 0 && e.Type == chronicle.GPE && e.Rule != "gazetteer:country" && !r.articleBefore(toks, a, doc.Sentences[si].FirstToken) {
			return append(ms, r.named(doc, a, b+f, chronicle.Fac, "rule:facility-name"))
		}
		return append(ms, r.fromEntry(doc, a, b, e))
	}
	// "Zimbabwe Lawyers for Human Rights (ZLHR)", "Border Guard Bangladesh (BGB)": a short
	// form in brackets made of the initials of every word makes the words one organisation's
	// name, places and all
	if r.initialsAfter(toks, a, b, doc.Sentences[si].EndToken) {
		return append(ms, r.named(doc, a, b, chronicle.Org, "rule:initials"))
	}
	// "East Kalimantan", "West Sumatra": a compass word before a known place is part of the
	// name of a province or region
	if compass[toks[a].Text] && b-a >= 2 {
		if n, e := r.dict.match(toks, a+1, b); a+1+n == b && (e.Type == chronicle.GPE || e.Type == chronicle.Loc) && e.Rule != "gazetteer:country" {
			m := r.named(doc, a, b, chronicle.GPE, "rule:compass-place")
			m.country = e.Country
			return append(ms, m)
		}
	}
	// A leading nationality is an adjective before a state body ("Chinese Foreign Ministry"),
	// part of the name otherwise ("Turkish Football Federation").
	if n, e := r.dict.match(toks, a, b); n > 0 && e.Type == chronicle.NORP && (e.Country != "" && a+n == b-1 && r.lex.heads[toks[b-1].Text] != "org" || stateWords[toks[a+n].Text] || r.headKind(toks, a, b) == "") {
		ms = append(ms, r.fromEntry(doc, a, a+n, e))
		return r.run(doc, si, a+n, b, ms)
	}
	// "U.S. State Department", "US Treasury": a country before a body the dictionary knows is
	// the place, then the body (of that country: "Malawi Congress Party" is one name).
	if n, e := r.dict.match(toks, a, b); n > 0 && n < b-a && e.Type == chronicle.GPE && e.Rule == "gazetteer:country" {
		if n2, e2 := r.dict.match(toks, a+n, b); a+n+n2 == b && e2.Type == chronicle.Org && e2.Country == e.Country {
			ms = append(ms, r.fromEntry(doc, a, a+n, e))
			return append(ms, r.fromEntry(doc, a+n, b, e2))
		}
	}
	// "Senator Ana Prates of the Liberal Party", "Esther Ochieng of the Umoja Alliance": a
	// person, then their organisation.
	for k := a + 2; k < b-1; k++ {
		if toks[k].Text != "of" {
			continue
		}
		personLed := r.personShaped(toks, a, k, doc.Sentences[si].FirstToken)
		for j := a; j < k-1; j++ {
			if r.titleAt(toks, j, k) != nil || r.dict.given[toks[j].Text] {
				personLed = true
			}
		}
		if personLed && !r.orgHeadBefore(toks, a, k) {
			ms = r.run(doc, si, a, k, ms)
			return r.run(doc, si, k+1, b, ms)
		}
		break
	}
	// "the Amhara and Afar regions", "the Dorvana and Kelsk border crossings": a plural
	// place noun after names joined by "and" says there are two places of its kind.
	if typ := r.pluralPlaceNoun(toks, b, doc.Sentences[si].EndToken); typ != "" {
		for k := a + 1; k < b-1; k++ {
			if toks[k].Text == "and" {
				return append(ms, r.ofKind(doc, a, k, typ), r.ofKind(doc, k+1, b, typ))
			}
		}
	}
	// "the European Union and the African Union": two names joined.
	for k := a + 1; k < b-1; k++ {
		if toks[k].Text == "and" || toks[k].Text == "&" {
			if r.joinsTwo(toks, a, k, b) {
				ms = r.run(doc, si, a, k, ms)
				return r.run(doc, si, k+1, b, ms)
			}
			break
		}
	}
	// "the Kariba dam", "the Dorvana intersection", "Queen Alia airport": a facility whose
	// lowercase noun is part of its name (not "the Kabul airport", the airport of a known city;
	// but "at Kabul airport", without the article, names the airport)
	if n := r.facNameNoun(toks, b, doc.Sentences[si].EndToken); n > 0 && (!r.anyPlace(toks[a:b]) || !r.articleBefore(toks, a, doc.Sentences[si].FirstToken)) && r.lex.heads[toks[b-1].Text] != "org" {
		return append(ms, r.named(doc, a, b+n, chronicle.Fac, "rule:facility-name"))
	}
	// A head word types the whole run ("Popular Mobilization Forces", "Xingu River").
	if kind := r.headKind(toks, a, b); kind != "" {
		return append(ms, r.headed(doc, a, b, kind))
	}
	// A noun after the run types it ("the Kenya Mbele coalition", "Jadriyah neighborhood").
	if b < doc.Sentences[si].EndToken && r.titleAt(toks, a, b) == nil && !(b-a == 1 && r.common(toks[a].Text)) {
		noun := toks[b].Text
		modified := false // a word between the name and its noun
		if b+1 < doc.Sentences[si].EndToken && (noun == "border" || isLowerWord(noun) && toks[b].Tag == "NN" && r.lex.heads[noun] == "" && r.lex.heads[toks[b+1].Text] == "org-noun" && !r.anyCommon(toks[a:b])) {
			noun, modified = toks[b+1].Text, true // "the Kipoi border crossing", "the Los Arrieros drug cartel"
		}
		switch r.lex.heads[noun] {
		case "org-noun":
			if !modified || !r.anyPlace(toks[a:b]) { // "the Sinaloa drug cartel" names a state's cartel
				return append(ms, r.named(doc, a, b, chronicle.Org, "rule:org-noun"))
			}
		case "gpe-noun":
			return append(ms, r.named(doc, a, b, chronicle.GPE, "rule:place-noun"))
		case "loc-noun":
			if !r.anyPlace(toks[a:b]) { // "the Lower Shire valley"; "the Kabul valley" is the city's
				return append(ms, r.named(doc, a, b, chronicle.Loc, "rule:place-noun"))
			}
		case "fac-noun", "fac-name":
			// "the Tinkoussa base"; but "the Kabul airport" is the airport of a known city
			if !r.anyPlace(toks[a:b]) {
				return append(ms, r.named(doc, a, b, chronicle.Fac, "rule:facility-noun"))
			}
		}
	}
	// "Qassem Soleimani and Abu Mahdi al-Muhandis": without a head, "and" joins two names.
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
			k = r.skipPortfolio(toks, k, b)
			continue
		}
		if n, e := r.dict.match(toks, k, b); n > 0 && r.splitsRun(toks, k, n, a, b, e) {
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
			// "Hassan Sheikh Mohamud": an honorific between name words is part of the name
			if r.titleAt(toks, m, b) != nil && !(inNameHonorifics[toks[m].Text] && m+1 < b && isNameToken(toks[m+1].Text)) {
				break
			}
			if n, e := r.dict.match(toks, m, b); n > 0 && !hasParticle(toks[m].Text) && r.splitsRun(toks, m, n, a, b, e) {
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
		if m-k <= 3 && m < b && title == nil && r.titleAt(toks, m, b) != nil && k > a && r.bodyEndsAt(ms, toks[k-1].ByteEnd) {
			k = m // "EU Humanitarian Aid Commissioner X": the portfolio is part of the title
			continue
		}
		if cities := r.datelineCities(doc, si, k, m, b); cities != nil {
			ms = append(ms, cities...)
		} else {
			ms = append(ms, r.classify(doc, si, k, m, b, title))
		}
		title = nil
		k = m
	}
	return ms
}

// personShaped reports whether tokens [a, k) read as a person's name by their place: two or
// three name-shaped words after a role noun or a speech verb ("opposition leader Kestrin Brenik of
// …", "said Joval Olund of …"), though no list knows the given name.
func (r *Recognizer) personShaped(toks []chronicle.Token, a, k, first int) bool {
	if k-a < 2 || k-a > 3 || !allTitleCase(toks[a:k]) || r.anyCommon(toks[a:k]) || r.anyPlace(toks[a:k]) || r.headKind(toks, a, k) != "" {
		return false
	}
	if _, _, ok := r.roleBefore(toks, a, first); ok {
		return true
	}
	return a > first && speechAfter[toks[a-1].Text]
}

// pluralPlaceNoun types the names before a plural place noun at token b ("regions",
// "provinces", "border crossings"); "" when there is none.
func (r *Recognizer) pluralPlaceNoun(toks []chronicle.Token, b, end int) string {
	if b < end && toks[b].Text == "border" {
		b++
	}
	if b >= end || !strings.HasSuffix(toks[b].Text, "s") {
		return ""
	}
	switch r.lex.heads[strings.TrimSuffix(toks[b].Text, "s")] {
	case "gpe-noun":
		return chronicle.GPE
	case "loc-noun":
		return chronicle.Loc
	case "fac-noun", "fac-name":
		return chronicle.Fac
	}
	return ""
}

// ofKind is the mention of tokens [a, b) as a name of type typ, unless the dictionary knows
// the whole name.
func (r *Recognizer) ofKind(doc *chronicle.Document, a, b int, typ string) mention {
	if n, e := r.dict.match(doc.Tokens, a, b); n == b-a {
		return r.fromEntry(doc, a, b, e)
	}
	return r.named(doc, a, b, typ, "rule:place-nouns")
}

// shortOfOrg finds an organisation named before whose name starts with the words [a, b), two
// or more, and goes on past them; nil when there is none, or more than one, or when the text
// has named those words as a place ("the town of Debre Tabor", then "Debre Tabor General
// Hospital").
func shortOfOrg(ms []mention, toks []chronicle.Token, a, b int) *mention {
	if b-a < 2 {
		return nil
	}
	var found *mention
	for i := range ms {
		m := &ms[i]
		if len(m.tokens) < b-a {
			continue
		}
		same := true
		for k := a; k < b && same; k++ {
			same = m.tokens[k-a] == toks[k].Text
		}
		if !same {
			continue
		}
		if len(m.tokens) == b-a && (m.typ == chronicle.GPE || m.typ == chronicle.Loc || m.typ == chronicle.Fac || m.guess != "") {
			return nil
		}
		if m.typ != chronicle.Org || m.unsure || len(m.tokens) == b-a {
			continue
		}
		if found != nil && found.canonical != m.canonical {
			return nil
		}
		found = m
	}
	return found
}

// initialsAfter reports whether the name tokens [a, b), two or more, are followed by a short
// form in brackets that is their initials, one capital for each capitalised word ("Zimbabwe
// Lawyers for Human Rights (ZLHR)").
func (r *Recognizer) initialsAfter(toks []chronicle.Token, a, b, end int) bool {
	if b-a < 2 || b+2 >= end || toks[b].Text != "(" || toks[b+2].Text != ")" || !text.IsAllCaps(toks[b+1].Text) {
		return false
	}
	var initials []rune
	for _, t := range toks[a:b] {
		if connectors[t.Text] {
			continue
		}
		c, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(c) {
			return false
		}
		initials = append(initials, c)
	}
	return string(initials) == toks[b+1].Text
}

// articleBefore reports whether the name at token a follows "the" ("the Kabul airport").
func (r *Recognizer) articleBefore(toks []chronicle.Token, a, first int) bool {
	return a > first && (toks[a-1].Text == "the" || toks[a-1].Text == "The")
}

// facNameNoun is the number of tokens (one or two) of a fac-name noun at token b, else 0.
func (r *Recognizer) facNameNoun(toks []chronicle.Token, b, end int) int {
	if b < end && r.lex.heads[toks[b].Text] == "fac-name" {
		return 1
	}
	if b+1 < end && r.lex.heads[toks[b].Text+" "+toks[b+1].Text] == "fac-name" {
		return 2
	}
	return 0
}

// atDateline reports whether token k, followed by next, starts a dateline: the first token of
// one of the first paragraphs, before a dash, a parenthesis or a comma.
func atDateline(doc *chronicle.Document, si, k int, next string) bool {
	s := doc.Sentences[si]
	return s.Paragraph <= 1 && k == s.FirstToken && (si == 0 || doc.Sentences[si-1].Paragraph != s.Paragraph) &&
		(next == "-" || next == "—" || next == "–" || next == "(" || next == ",")
}

// capsDateline reports whether the name tokens [a, b) are a dateline in capitals
// ("BRUSSELS/BEIJING, Oct 12 (dpa) -"): no common word, whatever the tagger makes of it.
func (r *Recognizer) capsDateline(doc *chronicle.Document, si, a, b int) bool {
	return b < doc.Sentences[si].EndToken && text.IsAllCaps(doc.Tokens[a].Text) && atDateline(doc, si, a, doc.Tokens[b].Text)
}

// datelineCities reads a dateline of several cities ("DUBAI/PARIS (Reuters) -",
// "ISLAMABAD/NEW DELHI, May 17 -") as a place for each city; nil when tokens [k, m) are no
// such dateline.
func (r *Recognizer) datelineCities(doc *chronicle.Document, si, k, m, b int) []mention {
	toks := doc.Tokens
	if m != b || b >= doc.Sentences[si].EndToken || !atDateline(doc, si, k, toks[b].Text) {
		return nil
	}
	slash := false
	for _, t := range toks[k:m] {
		slash = slash || strings.Contains(t.Text, "/")
	}
	if !slash {
		return nil
	}
	var out []mention
	at := toks[k].ByteStart
	for _, part := range strings.Split(doc.Text[at:toks[m-1].ByteEnd], "/") {
		c := r.city(part, 1000)
		if c == nil || part != strings.TrimSpace(part) {
			return nil
		}
		g := r.named(doc, k, m, chronicle.GPE, "rule:dateline")
		g.bs, g.be, g.canonical, g.tokens, g.country = at, at+len(part), part, strings.Fields(part), c.Country
		out = append(out, g)
		at += len(part) + 1
	}
	return out
}

// joinsTwo reports whether the "and" at token k joins two names — "the European Union and the
// African Union", "the University of Lagos and Covenant University" — rather than being part of one: "Center for Strategic and International Studies", "Federal Ministry of Marine
// and Blue Economy".
func (r *Recognizer) joinsTwo(toks []chronicle.Token, a, k, b int) bool {
	if toks[k+1].Text == "the" {
		return true
	}
	if n, _ := r.dict.match(toks, a, k); n == k-a {
		return true
	}
	if r.headKind(toks, a, k) != "" {
		// "<Head> of/for/on X and Y": one name, unless what follows is a name of its own
		return !r.headedBy(toks, a, k) || r.standsAlone(toks, k+1, b)
	}
	return false
}

// headedBy reports whether tokens [a, b) are "<Head> of/for/on …" ("Ministry of Marine").
func (r *Recognizer) headedBy(toks []chronicle.Token, a, b int) bool {
	for k := a; k < b-1; k++ {
		if kind := r.lex.heads[toks[k].Text]; kind == "org" && (toks[k+1].Text == "of" || toks[k+1].Text == "for" || headLinks[toks[k+1].Text]) {
			return true
		}
	}
	return false
}

// standsAlone reports whether tokens [a, b) read as a name of their own: a known name, a place,
// a title, or words ending in a head ("Meteorological Services" does; "Blue Economy" does not).
func (r *Recognizer) standsAlone(toks []chronicle.Token, a, b int) bool {
	if n, _ := r.dict.match(toks, a, b); n == b-a {
		return true
	}
	if r.titleAt(toks, a, b) != nil || r.anyPlace(toks[a:b]) {
		return true
	}
	kind := r.lex.heads[toks[b-1].Text]
	return b-a >= 2 && (kind == "org" || kind == "fac" || kind == "gpe" || kind == "loc")
}

// afterVessel reports whether the name at token a follows a word for a ship, directly ("the
// tanker Nordic Amber") or in apposition ("the cargo ship, the Nordic Amber").
func (r *Recognizer) afterVessel(toks []chronicle.Token, a, first int) bool {
	if a-1 >= first && isVessel(toks, a-1, first) {
		return true
	}
	return a-3 >= first && (toks[a-1].Text == "the" || toks[a-1].Text == "The") && toks[a-2].Text == "," && isVessel(toks, a-3, first)
}

// isVessel reports whether token i is a word for a ship; "carrier" only after "aircraft" ("budget
// carrier Lion Air" is an airline).
func isVessel(toks []chronicle.Token, i, first int) bool {
	if toks[i].Text == "carrier" {
		return i-1 >= first && toks[i-1].Text == "aircraft"
	}
	return vessels[toks[i].Text]
}

// bodyEndsAt reports whether the last mention found is an organisation, country or nationality
// ending at byte b.
func (r *Recognizer) bodyEndsAt(ms []mention, b int) bool {
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	return m.be == b && (m.typ == chronicle.Org || m.typ == chronicle.GPE || m.typ == chronicle.NORP)
}

var determiners = set("The A An")

// nameAdjectives are adjectives that start the names of parties, bodies and forces.
var nameAdjectives = set("National Federal Democratic Patriotic Popular Revolutionary Islamic Independent Supreme Constitutional Royal United Republican Socialist Liberal Conservative Progressive Civic Free Social Communist Christian Catholic Electoral Presidential Interim Transitional Unified")

// compass words start the names of provinces and regions ("East Kalimantan").
var compass = set("North South East West Northern Southern Eastern Western Central Upper Lower")

// vessels are the words news puts before a ship's name.
var vessels = set("ship vessel tanker freighter trawler ferry frigate destroyer corvette cruiser carrier submarine boat yacht MV MT HMS USS INS")

// stateWords start the names of state bodies that news prefixes with a nationality.
var stateWords = set("Foreign Defence Defense Interior Finance Health Justice Education Trade Economy Economic Ministry Embassy Government Parliament Police Navy Air Coast Border Information Culture Agriculture Energy Transport Labour Labor Environment Home Presidential Prime Central State Army Military")

// inNameHonorifics are titles that also stand inside names ("Hassan Sheikh Mohamud", "Sharif
// Sheikh Ahmed", "Abdullahi Haji Ali").
var inNameHonorifics = set("Sheikh Sheikha Sayed Sayyid Syed Haji Hajji")

// splitsRun decides whether a dictionary match inside a run is a name of its own. Places and
// nationalities are ("US President Donald Trump"); an organisation only at the start of the
// run or before a title ("UN Secretary-General …"), not inside an unknown name
// ("Construtora Vale Verde").
func (r *Recognizer) splitsRun(toks []chronicle.Token, k, n, a, b int, e *entry) bool {
	// "Patrick Zulu", "Julien Roche", "Khadar Jama Aden", "Michael Jordan": one word naming a
	// group, a company or a place, right after a given name and ending the name, is a surname.
	if n == 1 && k > a && k+1 == b && e.Type != chronicle.Person && r.dict.given[toks[k-1].Text] && !text.IsAllCaps(toks[k].Text) {
		return false
	}
	if e.Type != chronicle.Org {
		return true
	}
	// "Chelsea Clinton": a one-word club name before more name words is a given name.
	if n == 1 && k+1 < b && !text.IsAllCaps(toks[k].Text) && r.titleAt(toks, k+1, b) == nil && r.dict.given[toks[k].Text] {
		return false
	}
	return k == a || k+n == b || r.titleAt(toks, k+n, b) != nil
}

// skipPortfolio steps over the portfolio after a title ("Minister of External Affairs …").
func (r *Recognizer) skipPortfolio(toks []chronicle.Token, k, b int) int {
	if k >= b || (toks[k].Text != "of" && toks[k].Text != "for") {
		return k
	}
	j := k + 1
	for j < b && (connectors[toks[j].Text] || r.common(toks[j].Text) || r.lex.heads[toks[j].Text] != "" || stateWords[toks[j].Text] ||
		abstractNoun.MatchString(toks[j].Text) && !r.dict.given[toks[j].Text] && j+1 < b && r.dict.given[toks[j+1].Text]) {
		j++ // "Deputy Prime Minister for Reintegration Ana Rusu": the portfolio, then the name
	}
	return j // all of it when no name follows: "the Minister of Agriculture" names nobody
}

// abstractNoun is a capitalised word shaped like a portfolio's subject: "Reintegration",
// "Development", "Sovereignty".
var abstractNoun = regexp.MustCompile(`^[A-Z][a-z]+(?:tion|ment|ity|ance|ence|ism|ship|ure)$`)

// common reports whether a capitalised word is a common English word ("Central", "Service").
func (r *Recognizer) common(w string) bool {
	tag, ok := r.tags.Lexical(strings.ToLower(w))
	return ok && tag != "NNP" && tag != "NNPS"
}

func (r *Recognizer) sentenceInitial(doc *chronicle.Document, si, i int) bool {
	first := doc.Sentences[si].FirstToken
	for k := i - 1; k >= first; k-- {
		switch doc.Tokens[k].Text {
		case "-", "—", "–":
			if k > first && doc.Tokens[k-1].Text == ")" {
				return true // "TRIPOLI (AFP) - Fighters of …": the story starts after the dateline
			}
			continue
		case "\"", "“", "‘", "'", "(", "[", ":":
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

// titleInside reports whether a title starts anywhere in [k, b).
func (r *Recognizer) titleInside(toks []chronicle.Token, k, b int) bool {
	for ; k < b; k++ {
		if r.titleAt(toks, k, b) != nil {
			return true
		}
	}
	return false
}

// orgHeadBefore reports whether the words before "of" end in an organisation's head word:
// "General Confederation of Workers" is an organisation, though "General" is a title.
func (r *Recognizer) orgHeadBefore(toks []chronicle.Token, a, of int) bool {
	return of-a >= 2 && r.lex.heads[toks[of-1].Text] == "org"
}

// wholeTitle reports whether tokens [a, b) are exactly one title ("Secretary of State").
func (r *Recognizer) wholeTitle(toks []chronicle.Token, a, b int) bool {
	for _, tp := range r.lex.titles[toks[a].Text] {
		if len(tp.toks) != b-a {
			continue
		}
		same := true
		for j := range tp.toks {
			same = same && toks[a+j].Text == tp.toks[j]
		}
		if same {
			return true
		}
	}
	return false
}

// headKind types a run by its last word ("… Forces", "… Square", "… River"), by its first
// ("Mount …", "Plaza …") or by "<Head> of/for …" ("Ministry of Defence", "Commission of Pakistan").
func (r *Recognizer) headKind(toks []chronicle.Token, a, b int) string {
	if b-a < 2 || r.onlyTitles(toks, a, b) || r.wholeTitle(toks, a, b) || r.gaz.CountryByName(toks[a].Text) != nil && r.wholeTitle(toks, a+1, b) { // "(US) Secretary of State" is a title, not a state
		return ""
	}
	// "Minister of Petroleum", "Commissioner of Police": a title and its portfolio name no body
	if tp := r.titleAt(toks, a, b); tp != nil && a+len(tp.toks) < b && (toks[a+len(tp.toks)].Text == "of" || toks[a+len(tp.toks)].Text == "for") {
		return ""
	}
	// "General Service Unit": a last-word head wins over a title-like first word.
	if kind := r.lex.heads[toks[b-1].Text]; kind == "org" || kind == "fac" || kind == "gpe" || kind == "loc" || kind == "misc" {
		return strings.ToUpper(kind)
	}
	// "<Head> of …": "Commission of Pakistan", "General Confederation of Workers of Peru",
	// "Commission on Human Rights"
	for k := a + 1; k < b-1; k++ {
		if kind := r.lex.heads[toks[k].Text]; (kind == "org" || kind == "fac") && (toks[k+1].Text == "of" || toks[k+1].Text == "for" || headLinks[toks[k+1].Text]) {
			return strings.ToUpper(kind)
		}
	}
	if r.titleAt(toks, a, b) != nil {
		return ""
	}
	if kind := r.lex.firstHeads[toks[a].Text]; kind != "" {
		return strings.ToUpper(kind)
	}
	if r.lex.heads[toks[a].Text] == "org" && !r.titleInside(toks, a+1, b) {
		// "Alliance Towards Reform", "Movement for Democratic Change"; not "Congress Speaker X"
		return chronicle.Org
	}
	return ""
}

// headed is the mention of a name its head word types. A treaty, a law or a competition ("the
// Non-Proliferation Treaty", "the Copa Libertadores") is a name of none of our types: it stays
// unsure, so no rule takes it for a person, and is dropped.
func (r *Recognizer) headed(doc *chronicle.Document, a, b int, kind string) mention {
	if kind == "MISC" {
		u := r.named(doc, a, b, "", "rule:misc-head")
		u.unsure = true
		return u
	}
	m := r.named(doc, a, b, kind, "rule:head")
	if n, e := r.dict.match(doc.Tokens, a, b); kind == chronicle.Org && e != nil && n < b-a && e.Actor == "IGO" {
		// "the United Nations Regional Centre for …", "the Pacific Islands Forum Fisheries
		// Agency": a body named after an international organisation is part of it
		m.country, m.actor = e.Country, e.Actor
	}
	if kind == chronicle.Org && m.actor == "" {
		// "the Eastern Theater Command of the People's Liberation Army": a unit of a body the
		// dictionary knows is that body's
		for k := a + 1; k < b-1; k++ {
			if doc.Tokens[k].Text != "of" {
				continue
			}
			j := k + 1
			if doc.Tokens[j].Text == "the" {
				j++
			}
			if n, e := r.dict.match(doc.Tokens, j, b); e != nil && j+n == b && e.Type == chronicle.Org {
				m.country, m.actor = e.Country, e.Actor
			}
			break
		}
	}
	return m
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
	// Datelines: "Alwaght- …", "BAGHDAD (Reuters) - …" at the start of the first paragraphs.
	if atDateline(doc, si, k, next) && !acronymStop[name] {
		if c := r.city(name, 1000); c != nil {
			g := r.named(doc, k, m, chronicle.GPE, "rule:dateline")
			g.country = c.Country
			return g
		}
		if next != "," {
			return r.named(doc, k, m, chronicle.Org, "rule:dateline")
		}
	}
	if r.onlyTitles(toks, k, m) {
		u := r.named(doc, k, m, "", "rule:capitalised")
		u.unsure = true
		return u
	}
	if kind := r.headKind(toks, k, m); kind != "" && title == nil {
		return r.headed(doc, k, m, kind)
	}
	if n == 1 && text.IsAllCaps(name) && utf8.RuneCountInString(name) <= 6 && !acronymStop[name] {
		if c := r.city(name, 100000); c != nil {
			g := r.named(doc, k, m, chronicle.GPE, "gazetteer:city")
			g.country = c.Country
			return g
		}
		return r.named(doc, k, m, chronicle.Org, "rule:acronym")
	}
	if k > doc.Sentences[si].FirstToken && isVessel(toks, k-1, doc.Sentences[si].FirstToken) && title == nil {
		// "the tanker Nordic Amber": a ship's name, no person's (nor anything this stage types)
		u := r.named(doc, k, m, "", "rule:vessel")
		u.unsure = true
		return u
	}
	switch r.lex.heads[next] {
	case "gpe-noun":
		if n == 1 && r.common(name) {
			break // "the city's Central district"
		}
		return r.named(doc, k, m, chronicle.GPE, "rule:place-noun")
	case "org-noun":
		if title == nil {
			return r.named(doc, k, m, chronicle.Org, "rule:org-noun")
		}
	}
	if locativePrep[prev] && title == nil {
		if c := r.city(name, 1000); c != nil && !(n == 1 && r.common(name)) {
			g := r.named(doc, k, m, chronicle.GPE, "gazetteer:city")
			g.country = c.Country
			return g
		}
		if r.unknownPlace(toks, k, m, prev, end) {
			// "in Muntinlupa", "near Hpakant", "in Lomas de Zamora": a place no gazetteer knows,
			// unless resolution finds the words are a person's or an organisation's
			u := r.named(doc, k, m, "", "rule:locative")
			u.unsure, u.guess = true, chronicle.GPE
			return u
		}
	}
	// "the town of Koidu", "the province of Zabul": a place named after its kind, even one no
	// gazetteer knows
	if kind := r.lex.heads[toks[max(k-2, 0)].Text]; prev == "of" && k >= 2 && (kind == "gpe-noun" || kind == "loc-noun") && title == nil && !r.anyCommon(toks[k:m]) {
		typ := chronicle.GPE
		if kind == "loc-noun" {
			typ = chronicle.Loc // "the island of Agathonisi"
		}
		g := r.named(doc, k, m, typ, "rule:place-of")
		if c := r.city(name, 0); c != nil {
			g.country = c.Country
		} else if c := r.gaz.Demonym(toks[max(k-3, 0)].Text); c != nil && k >= 3 {
			g.country = c.ISO3 // "the Turkish port of Ayvalik"
		}
		return g
	}
	if title != nil && !r.anyCommon(toks[k:m]) {
		return person("rule:title")
	}
	if k > doc.Sentences[si].FirstToken && r.lex.heads[prev] == "org-noun" && title == nil {
		return r.named(doc, k, m, chronicle.Org, "rule:org-noun") // "the newspaper La Tercera"
	}
	if _, _, ok := r.roleBefore(toks, k, doc.Sentences[si].FirstToken); ok {
		return person("rule:role")
	}
	// "Angola's foreign minister, Tete Antonio, said": a name in apposition after a role
	if prev == "," && n >= 2 && (next == "," || speechAfter[next]) && k-1 > doc.Sentences[si].FirstToken {
		if role, code, ok := r.roleBefore(toks, k-1, doc.Sentences[si].FirstToken); ok {
			p := person("rule:role-apposition")
			if p.role == "" {
				p.role, p.roleCode = role, code
			}
			return p
		}
	}
	if n >= 2 && r.dict.given[toks[k].Text] {
		return person("rule:given-name")
	}
	for j := k; j < m; j++ {
		if hasParticle(toks[j].Text) && (n >= 2 || !particleWord[toks[j].Text]) {
			return person("rule:name-particle")
		}
	}
	if next == "," {
		if role, code, ok := r.roleAfter(toks, b+1, end); ok {
			p := person("rule:apposition")
			if p.role == "" {
				p.role, p.roleCode = role, code
			}
			return p
		}
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
	if c := r.city(name, minPop); c != nil && !(n == 1 && r.common(name)) {
		g := r.named(doc, k, m, chronicle.GPE, "gazetteer:city")
		g.country = c.Country
		return g
	}
	if n >= 2 && n <= 4 && allTitleCase(toks[k:m]) && !r.anyCommon(toks[k:m]) && !r.anyPlace(toks[k:m]) {
		return person("rule:name-shape")
	}
	u := r.named(doc, k, m, "", "rule:capitalised")
	u.unsure = true
	return u
}

// placePreps are the prepositions after which an unknown name is most likely a place.
var placePreps = set("in near outside around inside across In Near Outside")

// unknownPlace reports whether the name [k, m) after prev reads as a place no gazetteer knows:
// after "in", "near", "outside" …, up to three title-case words, led by no given name, none of
// them a common word, a head, a title or a role, and no possessive after ("in Trump's …").
func (r *Recognizer) unknownPlace(toks []chronicle.Token, k, m int, prev string, end int) bool {
	if !placePreps[prev] || m-k > 3 || r.dict.given[toks[k].Text] || !allTitleCase(toks[k:m]) || r.anyCommon(toks[k:m]) {
		return false
	}
	if m < end && (toks[m].Text == "'s" || toks[m].Text == "’s") {
		return false
	}
	for _, t := range toks[k:m] {
		w := t.Text
		if _, ok := r.lex.titles[w]; ok || r.lex.heads[w] != "" || r.lex.firstHeads[w] != "" || stateWords[w] || r.lex.notPlaces[w] || strings.HasSuffix(w, "ism") {
			return false
		}
		if _, ok := r.lex.roles[strings.ToLower(w)]; ok {
			return false
		}
	}
	return true
}

// onlyTitles reports whether tokens [k, m) are all title or role words ("Prime Minister").
func (r *Recognizer) onlyTitles(toks []chronicle.Token, k, m int) bool {
	for j := k; j < m; j++ {
		t := toks[j].Text
		if _, ok := r.lex.titles[t]; ok {
			continue
		}
		if _, ok := r.lex.roles[strings.ToLower(t)]; ok || connectors[t] {
			continue
		}
		return false
	}
	return true
}

// anyPlace reports whether a token is a known country, city or region ("Bayern Munich").
func (r *Recognizer) anyPlace(toks []chronicle.Token) bool {
	for _, t := range toks {
		if c := r.city(t.Text, 100000); c != nil { // also "YEREVAN" in a dateline
			return true
		}
		if r.gaz.CountryByName(t.Text) != nil {
			return true
		}
		if _, ok := r.gaz.Place(t.Text); ok {
			return true
		}
	}
	return false
}

func (r *Recognizer) anyCommon(toks []chronicle.Token) bool {
	for _, t := range toks {
		if !connectors[t.Text] && r.common(t.Text) {
			return true
		}
	}
	return false
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

// roleAfter finds an apposition describing a person that starts at token i
// (", a spokesman for …", ", deputy secretary-general of …") and returns its role noun.
func (r *Recognizer) roleAfter(toks []chronicle.Token, i, end int) (string, string, bool) {
	for j := i; j < end && j < i+6; j++ {
		t := toks[j].Text
		if code, ok := r.lex.roles[t]; ok {
			// prefer the longest role ending here ("deputy secretary-general")
			for n := r.lex.maxRole; n > 1; n-- {
				if j-n+1 >= i {
					parts := make([]string, n)
					for k := range parts {
						parts[k] = toks[j-n+1+k].Text
					}
					if c2, ok := r.lex.roles[strings.Join(parts, " ")]; ok {
						return strings.Join(parts, " "), c2, true
					}
				}
			}
			return t, code, true
		}
		if t == "," || t == "." {
			return "", "", false
		}
	}
	return "", "", false
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
		if !unicode.IsUpper(r) || text.IsAllCaps(t.Text) {
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
