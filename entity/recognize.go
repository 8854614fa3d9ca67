// Package entity finds mentions of people, organisations, places and groups in a document and
// resolves them within it ("Sadr", "the cleric" → "Muqtada al-Sadr").
//
// It combines a dictionary (the gazetteer and a curated organisation file), rules over
// capitalised token runs (titles, roles, organisation heads, name particles, given names,
// appositions) and in-document resolution. Every mention says which rule found it.
package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/gazetteer"
	"github.com/chronicle-news/chronicle/text"
	"github.com/chronicle-news/chronicle/text/tag"
)

// Recognizer is the entity stage. It is safe for concurrent use.
type Recognizer struct {
	dict *Dictionary
	gaz  *gazetteer.Gazetteer
	lex  *lexicon
	tags *tag.Model
}

// New builds a recogniser over the embedded gazetteer and dictionaries, plus the user's
// dictionary directory when dictDir is not empty.
func New(dictDir string) (*Recognizer, error) {
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	d, err := NewDictionary(gaz, dictDir)
	if err != nil {
		return nil, err
	}
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	tm, err := tag.Default()
	if err != nil {
		return nil, err
	}
	return &Recognizer{dict: d, gaz: gaz, lex: lx, tags: tm}, nil
}

// Name implements chronicle.Stage.
func (*Recognizer) Name() string { return "entities" }

// mention is a candidate in byte offsets.
type mention struct {
	bs, be    int
	typ       string
	canonical string
	country   string
	actor     string
	rule      string
	role      string // a title or role noun seen with a person ("cleric", "president")
	roleCode  string
	nominal   bool
	tokens    []string // name tokens, for resolution
	unsure    bool     // a lone capitalised word that only resolution can type
	guess     string   // the type an unsure mention takes when resolution finds no better
}

// Process implements chronicle.Stage.
func (r *Recognizer) Process(doc *chronicle.Document) error {
	var ms []mention
	for si := range doc.Sentences {
		ms = r.sentence(doc, si, ms)
	}
	ms = resolve(doc, ms, r.lex, r.dict.given, r.common)
	sportsClubs(doc, ms)
	seatsAsBodies(doc, ms)
	doc.Entities = doc.Entities[:0]
	for _, m := range ms {
		doc.Entities = append(doc.Entities, chronicle.Entity{
			Text: doc.Text[m.bs:m.be], Type: m.typ, Start: doc.Rune(m.bs), End: doc.Rune(m.be),
			Canonical: m.canonical, Nominal: m.nominal, Role: m.role, Actor: m.actor, Country: m.country, Rule: m.rule,
			ByteStart: m.bs, ByteEnd: m.be,
		})
	}
	return nil
}

// word classes used by the rules
var (
	connectors   = set("of for the de la del da do dos das du van von der den di bin ibn bint and & y al el ag ould wa ben")
	nameParticle = []string{"al-", "el-", "Al-", "El-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "abd-", "ibn-", "bin-", "ben-", "Abu-"}
	particleWord = set("bin ibn bint ben abu Abu Abd abd van von de da dos del della di Bin Ibn ag ould Ould")
	notNames     = set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December I I'm I'd Mr Mrs Ms God Internet OK Covid COVID COVID-19 AM PM GMT UTC BST EST CET AD BC " +
		"Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Feb Aug Sept Oct Nov Dec") // month abbreviations ("on Sept. 20")
	acronymStop  = set("TV AM PM GMT UTC CEO CFO MP MPs GDP OK ID PR CCTV DNA HIV AIDS IT AI USD EUR SMS VIP DJ RPG IED IEDs PhD TNT LGBT LGBTQ COVID SOCCER TENNIS GOLF RUGBY CRICKET BOXING CYCLING RESULTS UPDATE")
	headLinks    = set("on On against Against")
	locativePrep = set("in In near at At from to outside inside across into toward towards around Near From")
	speechAfter  = set("said says told tells added adds stated wrote tweeted asked argued warned noted explained insisted declared announced")
	hyphenSuffix = set("based led backed born owned run linked allied aligned affiliated funded controlled brokered made bound held sponsored supported style era flagged registered operated built trained armed listed imposed mediated")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isNameToken reports whether a token can be part of a name: capitalised, all caps, or a
// particle-prefixed name ("al-Sadr").
func isNameToken(t string) bool {
	if notNames[t] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) {
		return true
	}
	for _, p := range nameParticle {
		if strings.HasPrefix(t, p) && len(t) > len(p) {
			r2, _ := utf8.DecodeRuneInString(t[len(p):])
			return unicode.IsUpper(r2)
		}
	}
	return false
}

func hasParticle(t string) bool {
	if particleWord[t] {
		return true
	}
	for _, p := range nameParticle {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// irregularPlurals take "'s" in a name's plural possessive: "People's Defence Forces".
var irregularPlurals = map[string]bool{"People": true, "Women": true, "Children": true, "Men": true}

// sentence finds the mentions of one sentence.
func (r *Recognizer) sentence(doc *chronicle.Document, si int, ms []mention) []mention {
	s := doc.Sentences[si]
	toks := doc.Tokens
	i := s.FirstToken
	for i < s.EndToken {
		t := toks[i].Text
		if !isNameToken(t) || hyphenSuffixed(t) || r.pairCompound(toks, i, s.EndToken) {
			if m, ok := r.lowerName(doc, i); ok {
				ms = append(ms, m)
			} else if strings.ContainsRune(t, '-') {
				ms = r.hyphenated(doc, i, ms)
			}
			i++
			continue
		}
		// A run of name tokens, with connectors inside it ("Bank of England", "Hashd al-Sha’abi").
		j := i + 1
		for j < s.EndToken {
			if isNameToken(toks[j].Text) && !hyphenSuffixed(toks[j].Text) {
				j++
				continue
			}
			// up to two connectors between names: "Bank of England", "Defence of the People"
			if connectors[toks[j].Text] && j+1 < s.EndToken && isNameToken(toks[j+1].Text) {
				j += 2
				continue
			}
			if connectors[toks[j].Text] && j+2 < s.EndToken && connectors[toks[j+1].Text] && isNameToken(toks[j+2].Text) {
				j += 3
				continue
			}
			// "Citizens' Alliance", "Farmers’ Union", "Martyrs' Square": a plural possessive inside
			// a name that ends in the head of an organisation or a place
			if ((toks[j].Text == "'" || toks[j].Text == "’") && strings.HasSuffix(toks[j-1].Text, "s") || (toks[j].Text == "'s" || toks[j].Text == "’s") && irregularPlurals[toks[j-1].Text]) && toks[j-1].ByteEnd == toks[j].ByteStart && r.headAhead(toks, j+1, s.EndToken) {
				// (also "People's Party", "Women's League")
				j++
				continue
			}
			// "Commission on Human Rights", "Coalition Against Hunger": a preposition after an
			// organisation's head word goes on with its name
			if headLinks[toks[j].Text] && r.lex.heads[toks[j-1].Text] == "org" && j+1 < s.EndToken && isNameToken(toks[j+1].Text) &&
				!r.anyPlace(toks[j+1:j+2]) && !r.known(toks, j+1, s.EndToken) { // not "the Security Council on Syria"
				j += 2
				continue
			}
			break
		}
		// Ismael "El Mayo" Zambada: a nickname in quotes inside a person's name
		if e := r.nickname(toks, i, j, s.EndToken); e > 0 {
			m := r.named(doc, i, e, chronicle.Person, "rule:nickname")
			m.tokens = m.tokens[:0]
			for _, t := range toks[i:e] {
				if isNameToken(t.Text) {
					m.tokens = append(m.tokens, t.Text)
				}
			}
			ms = append(ms, m)
			i = e
			continue
		}
		// A known name may run past the capitalised words ("People's Liberation Army", "France 24").
		for k := i; k < j; k++ {
			if n, _ := r.dict.match(toks, k, s.EndToken); k+n > j {
				j = k + n
			}
		}
		ms = r.run(doc, si, i, j, ms)
		i = j
	}
	return ms
}

// nickname is the end of a person's name with a nickname in quotes inside it — Ismael "El
// Mayo" Zambada — when the name words [i, j) are its first part; else 0. The first word is a
// given name, or no word around the nickname is a common one.
func (r *Recognizer) nickname(toks []chronicle.Token, i, j, end int) int {
	if j-i > 2 || j+3 >= end || toks[j].Tag != "``" {
		return 0
	}
	k := j + 1
	for k < end && k-j <= 3 && isNameToken(toks[k].Text) {
		k++
	}
	if k == j+1 || k-j > 3 || k >= end || toks[k].Tag != "''" {
		return 0
	}
	e := k + 1
	for e < end && e-k <= 2 && isNameToken(toks[e].Text) && allTitleCase(toks[e:e+1]) {
		e++
	}
	if e == k+1 || e-k > 2 || !allTitleCase(toks[i:j]) {
		return 0
	}
	if n, _ := r.dict.match(toks, i, j); n > 0 {
		return 0
	}
	if !r.dict.given[toks[i].Text] && !r.dict.given[gazetteer.Fold(toks[i].Text)] && (r.anyCommon(toks[i:j]) || r.anyCommon(toks[k+1:e])) {
		return 0
	}
	return e
}

// lowerName finds a name the dictionary knows written in lower case, one word that is no
// common English word: the news agency "dpa" ("told dpa", "Vienna (dpa) -").
func (r *Recognizer) lowerName(doc *chronicle.Document, i int) (mention, bool) {
	t := doc.Tokens[i].Text
	if !isLowerWord(t) || utf8.RuneCountInString(t) < 2 || r.common(t) {
		return mention{}, false
	}
	n, e := r.dict.matchWord(t)
	if n == 0 || e.Type != chronicle.Org {
		return mention{}, false
	}
	return r.fromEntry(doc, i, i+1, e), true
}

// headAhead reports whether the name tokens from i end in the head word of an organisation or
// a place.
func (r *Recognizer) headAhead(toks []chronicle.Token, i, end int) bool {
	k := i
	for k < end && isNameToken(toks[k].Text) {
		k++
	}
	if k == i {
		return false
	}
	switch r.lex.heads[toks[k-1].Text] {
	case "org", "fac", "loc", "gpe":
		return true
	}
	return false
}

// known reports whether a dictionary name starts at token i.
func (r *Recognizer) known(toks []chronicle.Token, i, end int) bool {
	n, _ := r.dict.match(toks, i, end)
	return n > 0
}

// hyphenated handles "Doha-based", "US-led" and "Salih-Trump": name parts inside one token.
func (r *Recognizer) hyphenated(doc *chronicle.Document, i int, ms []mention) []mention {
	tok := doc.Tokens[i]
	parts := strings.Split(tok.Text, "-")
	if len(parts) < 2 {
		return ms
	}
	last := parts[len(parts)-1]
	allNames := true
	for _, p := range parts {
		if p == "" || !isNameToken(p) {
			allNames = false
		}
	}
	if !allNames {
		if !hyphenSuffix[last] {
			return ms
		}
		// "Doha-based", "al-Qaeda-linked": the name is all before the last hyphen.
		name := tok.Text[:len(tok.Text)-len(last)-1]
		if !isNameToken(name) {
			return ms
		}
		parts = []string{name}
	}
	off := tok.ByteStart
	// "Sierra Leone-flagged", "New Delhi-based": the name starts in the tokens before
	if !allNames {
		for back := 2; back >= 1; back-- {
			if i-back < 0 || doc.Tokens[i-back].Sentence != tok.Sentence {
				continue
			}
			long := doc.Text[doc.Tokens[i-back].ByteStart:tok.ByteStart] + parts[0]
			if c := r.gaz.CountryByName(long); c != nil {
				m := mention{bs: doc.Tokens[i-back].ByteStart, be: tok.ByteStart + len(parts[0]), tokens: strings.Fields(long),
					typ: chronicle.GPE, canonical: c.Name, country: c.ISO3, rule: "gazetteer:country"}
				return append(dropFrom(ms, m.bs), m)
			}
			if c := r.city(long, 100000); c != nil {
				m := mention{bs: doc.Tokens[i-back].ByteStart, be: tok.ByteStart + len(parts[0]), tokens: strings.Fields(long),
					typ: chronicle.GPE, canonical: long, country: c.Country, rule: "gazetteer:city"}
				return append(dropFrom(ms, m.bs), m)
			}
		}
	}
	for _, p := range parts {
		m := mention{bs: off, be: off + len(p), tokens: []string{p}}
		if n, e := r.dict.matchWord(p); n > 0 {
			m.setEntry(e)
		} else if c := r.city(p, 1000); c != nil {
			m.typ, m.canonical, m.country, m.rule = chronicle.GPE, p, c.Country, "gazetteer:city"
		} else {
			m.unsure, m.rule = true, "rule:capitalised"
		}
		ms = append(ms, m)
		off += len(p) + 1
	}
	return ms
}

// dropFrom drops the mentions that start at or after byte b: a longer name replaces them.
func dropFrom(ms []mention, b int) []mention {
	for len(ms) > 0 && ms[len(ms)-1].bs >= b {
		ms = ms[:len(ms)-1]
	}
	return ms
}

// sportsClubs retypes cities in score lines as clubs: in "Leeds 2 Wimbledon 0" a city name
// followed by a score is a team. Countries stay places, as wire style codes national sides.
// In a sports story — one with such a score line, or under a sport's slug ("SOCCER - …") —
// a city standing for itself elsewhere is the club too ("Leeds drew level", "leaders
// Newcastle"), but not in a dateline or after "in", "at", "from" ….
func sportsClubs(doc *chronicle.Document, ms []mention) {
	toks := doc.Tokens
	sports := len(toks) > 0 && sportSlugs[toks[0].Text]
	k := 0
	for i := range ms {
		m := &ms[i]
		if m.typ != chronicle.GPE || m.rule != "gazetteer:city" {
			continue
		}
		for k < len(toks) && toks[k].ByteStart < m.be {
			k++
		}
		if k < len(toks) && toks[k].Tag == "CD" && isScore(toks[k].Text) && toks[k].Sentence == toks[k-1].Sentence && !shareAfter(toks, k) {
			m.typ, m.rule, m.country = chronicle.Org, "rule:sports-score", ""
			sports = true
		}
	}
	if !sports {
		return
	}
	k = 0
	for i := range ms {
		m := &ms[i]
		if m.typ != chronicle.GPE || m.rule != "gazetteer:city" && m.rule != "resolve:same-place" {
			continue
		}
		for k < len(toks) && toks[k].ByteStart < m.bs {
			k++
		}
		// "LONDON 1996-08-31": a city before a date is a dateline
		dated := k+1 < len(toks) && toks[k+1].Text[0] >= '0' && toks[k+1].Text[0] <= '9' && !isScore(toks[k+1].Text)
		if !dated && (k == 0 || !locativePrep[toks[k-1].Text] && !placePreps[toks[k-1].Text] && toks[k-1].Text != "of") {
			m.typ, m.rule, m.country = chronicle.Org, "rule:sports-club", ""
		}
	}
}

// sportSlugs open a wire sports story ("SOCCER - PREMIER LEAGUE RESULTS").
var sportSlugs = set("SOCCER FOOTBALL RUGBY CRICKET TENNIS BASKETBALL BASEBALL HOCKEY")

// seatsAsBodies types a seat of government the dictionary knows ("the Kremlin", "the
// Pentagon") as the body it houses when it acts ("the Kremlin said", "Kremlin spokesman"): news
// names the building for the government. After "at", "in", "outside" … it stays a place.
func seatsAsBodies(doc *chronicle.Document, ms []mention) {
	k := 0
	for i := range ms {
		m := &ms[i]
		if m.typ != chronicle.Fac || m.rule != "dictionary:orgs" || m.actor == "" {
			continue
		}
		for k < len(doc.Tokens) && doc.Tokens[k].ByteStart < m.bs {
			k++
		}
		p := k - 1
		if p >= 0 && (doc.Tokens[p].Text == "the" || doc.Tokens[p].Text == "The") {
			p--
		}
		if p < 0 || !locativePrep[doc.Tokens[p].Text] {
			m.typ = chronicle.Org
		}
	}
}

// shareAfter reports whether the number at token k is a share ("Potosí 3% royalties"), no score.
func shareAfter(toks []chronicle.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Sentence == toks[k].Sentence && percentWords[toks[k+1].Text]
}

var percentWords = set("% percent per pct")

func isScore(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pairCompound reports whether token i joins two names as a modifier — "the Salih-Trump
// meeting", "India-China talks" — rather than being a double surname ("Rojas-Muñoz").
func (r *Recognizer) pairCompound(toks []chronicle.Token, i, end int) bool {
	t := toks[i].Text
	// followed by the noun it modifies: "meeting", "talks" (not a verb: "Tavares-Lins said")
	if !strings.Contains(t, "-") || hasParticle(t) || i+1 >= end || !isLowerWord(toks[i+1].Text) ||
		!strings.HasPrefix(toks[i+1].Tag, "NN") && toks[i+1].Tag != "JJ" {
		return false
	}
	if i > 0 && isNameToken(toks[i-1].Text) {
		return false
	}
	for _, p := range strings.Split(t, "-") {
		if p == "" || !isNameToken(p) || text.IsAllCaps(p) {
			return false // "CSP-DPA", "MQM-P" are names of their own
		}
	}
	return true
}

// hyphenSuffixed reports whether a token is a name with a suffix ("Doha-based", "US-led").
func hyphenSuffixed(t string) bool {
	i := strings.LastIndexByte(t, '-')
	return i > 0 && hyphenSuffix[t[i+1:]]
}

func (m *mention) setEntry(e *entry) {
	m.typ, m.canonical, m.country, m.actor, m.rule = e.Type, e.Canonical, e.Country, e.Actor, e.Rule
}

// matchWord looks a single word up in the dictionary.
func (d *Dictionary) matchWord(w string) (int, *entry) {
	for _, p := range d.byFirst[normTok(w)] {
		if len(p.toks) == 1 {
			return 1, p.e
		}
	}
	return 0, nil
}

func (r *Recognizer) city(name string, minPop int) *gazetteer.City {
	cs := r.gaz.Cities(name)
	if len(cs) == 0 && text.IsAllCaps(name) {
		cs = r.gaz.Cities(titleCase(name)) // datelines: "BAGHDAD"
		if len(cs) == 0 {
			cs = r.gaz.Cities(titleCaseParticles(name)) // "PORT-AU-PRINCE"
		}
	}
	if len(cs) == 0 || cs[0].Population < minPop {
		return nil
	}
	return &cs[0]
}

func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-'
	}
	return b.String()
}

// titleCaseParticles is titleCase with the particles inside a place's name in lower case:
// "PORT-AU-PRINCE" → "Port-au-Prince", "RIO DE JANEIRO" → "Rio de Janeiro".
func titleCaseParticles(s string) string {
	t := titleCase(s)
	var b strings.Builder
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != ' ' && t[i] != '-' {
			continue
		}
		w := t[start:i]
		if lw := strings.ToLower(w); start > 0 && (connectors[lw] || placeParticles[lw]) {
			w = lw
		}
		b.WriteString(w)
		if i < len(t) {
			b.WriteByte(t[i])
		}
		start = i + 1
	}
	return b.String()
}

// placeParticles are small words inside place names besides the connectors ("Port-au-Prince",
// "Aix-en-Provence", "Boulogne-sur-Mer").
var placeParticles = set("au aux en sur sous les le lès")
