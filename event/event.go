// Package event codes events: who did what to whom, where and when, in CAMEO (with Goldstein
// score and QuadClass) and PLOVER. Every event comes from a trigger word in the lexicon
// (event/data/triggers.tsv) whose frame says where its source and target are; there is no
// default code. Events inside quotes are the speaker's statements (attributed_to); negated
// events are flagged, and planned ones carry mode "future".
package event

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/cameo"
	"github.com/chronicle-news/chronicle/gazetteer"
	"github.com/chronicle-news/chronicle/text/morph"
	"github.com/chronicle-news/chronicle/timex"
)

// Stage is the event stage. It is safe for concurrent use.
type Stage struct {
	ont      *cameo.Ontology
	triggers map[string][]trigger
	gaz      *gazetteer.Gazetteer
	// pastForms are the irregular past forms of the verb triggers ("spoke", "met", "held"), which
	// the tagger sometimes reads as nouns
	pastForms map[string]bool
}

// New returns the event stage with the embedded lexicon and ontology.
func New() (*Stage, error) {
	ont, err := cameo.Default()
	if err != nil {
		return nil, err
	}
	tr, err := loadTriggers("triggers.tsv", triggersTSV, ont)
	if err != nil {
		return nil, err
	}
	roleNounsOnce.Do(func() { roleNouns, roleNounsErr = loadActorNouns("actor_nouns.tsv", actorNounsTSV) })
	if roleNounsErr != nil {
		return nil, roleNounsErr
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	past := map[string]bool{}
	for form, rows := range tr {
		for _, t := range rows {
			if fs := morph.Verb(t.lemma); t.pos == "verb" && len(fs) >= 4 && form != t.lemma && !strings.HasSuffix(form, "ed") && (form == fs[2] || form == fs[3]) {
				past[form] = true
			}
		}
	}
	return &Stage{ont: ont, triggers: tr, gaz: gaz, pastForms: past}, nil
}

// Name implements chronicle.Stage.
func (*Stage) Name() string { return "events" }

// Process implements chronicle.Stage.
func (st *Stage) Process(doc *chronicle.Document) error {
	c := newContext(st, doc)
	doc.Events = doc.Events[:0]
	for si, s := range doc.Sentences {
		if c.headline(si) {
			continue // a headline restates the story's events; they are coded from the body
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if c.consumed[i] {
				continue // "calling for the expulsion of X": one event, not two
			}
			if c.casualties(i) && slices.ContainsFunc(doc.Events, func(e chronicle.Event) bool { return e.Sentence == si && e.Root >= "18" }) {
				continue // "shelled two villages, wounding three civilians": the toll of the attack, not another
			}
			evs := c.at(si, i)
			_, coded := c.lastSources[si]
			// a nominal event inside an object ("condemned the separatists' attack") is no clause
			// whose subject a later participle shares
			clause := strings.HasPrefix(c.toks[i].Tag, "VB") || !coded
			if len(evs) > 0 && clause {
				var srcs []chronicle.EventActor
				for _, ev := range evs {
					if !strings.HasSuffix(ev.Rule, "+alleged") && !slices.ContainsFunc(srcs, func(a chronicle.EventActor) bool { return a.Code == ev.Source.Code && a.Name == ev.Source.Name }) {
						srcs = append(srcs, *ev.Source)
					}
				}
				c.lastSources[si] = srcs
				lemma, _, _ := strings.Cut(strings.TrimPrefix(evs[0].Rule, "lexicon:"), "/")
				c.lastLemma[si] = lemma
			}
			for _, ev := range evs {
				doc.Events = append(doc.Events, ev)
				if clause {
					c.lastSource[si] = *ev.Source
				}
				c.lastPair[si] = []chronicle.EventActor{*ev.Source, *ev.Target}
				// the object of a verb is not an event of its own ("condemned the attack on X",
				// "signed a defence cooperation agreement")
				obj := i + 1
				for obj < s.EndToken && strings.HasPrefix(c.toks[i].Tag, "VB") && nominal[c.toks[obj].Tag] {
					obj++
				}
				for k := i + 1; k < s.EndToken && (c.toks[k].Start < ev.Target.End || k <= i+3 && c.toks[i].Tag != "NN" || k < obj); k++ {
					if c.toks[k].Start >= ev.Target.End && c.coordinatedVerbAt(si, k) {
						break // "thanked voters and offered to meet …", "denied involvement and accused …": the next verb's own event
					}
					c.consumed[k] = true
				}
			}
		}
		doc.Events = append(doc.Events, c.asDid(si)...)
		doc.Events = append(doc.Events, c.gapped(si)...)
	}
	return nil
}

// gapped codes again, with the new source, the verb events of sentence si before "and Y
// <amount>" ("China pledged 5 million dollars and Japan 3 million dollars"): the verb is left
// out, Y did the same.
func (c *context) gapped(si int) []chronicle.Event {
	s := c.doc.Sentences[si]
	var out []chronicle.Event
	for k := s.FirstToken + 1; k+2 < s.EndToken; k++ {
		y, m := c.gapAt(k, s.EndToken)
		if y == nil {
			continue
		}
		for _, ev := range c.doc.Events {
			if ev.Sentence != si || ev.Evidence.Start > c.toks[k].Start || strings.HasSuffix(ev.Rule, "+alleged") || country(ev.Source.Code) == country(y.Code) {
				continue
			}
			i := c.tokenAt(ev.Evidence.Start)
			if !c.amountBetween(i, k) {
				continue
			}
			src := *y
			ev.Source, ev.Rule = &src, ev.Rule+"+gapped"
			ev.Evidence.End = c.toks[m].End
			out = append(out, ev)
		}
	}
	return out
}

// gapAt reads "and Y <amount>" at token k ("… and Japan 3 million dollars"): Y's actor and
// the amount's first token, nil when the words are not there.
func (c *context) gapAt(k, end int) (*chronicle.EventActor, int) {
	if c.lower(k) != "and" || k+2 >= end || c.entAt[k+1] < 0 {
		return nil, -1
	}
	e := c.entAt[k+1]
	if t := c.doc.Entities[e].Type; t != chronicle.GPE && t != chronicle.Org {
		return nil, -1
	}
	m := k + 1
	for m < end && c.entAt[m] == e {
		m++
	}
	if m >= end || !amountStart(c.toks[m]) || m+1 < end && timeUnits[strings.TrimSuffix(c.lower(m+1), "s")] {
		return nil, -1
	}
	return c.entityActor(e), m
}

// amountBetween reports a number or sum among the tokens (from, to): the first clause's own
// amount that the gapped one parallels.
func (c *context) amountBetween(from, to int) bool {
	for j := from + 1; j < to; j++ {
		if amountStart(c.toks[j]) {
			return true
		}
	}
	return false
}

func amountStart(t chronicle.Token) bool {
	return t.Tag == "CD" || t.Text == "$" || t.Text == "€" || t.Text == "£"
}

var timeUnits = map[string]bool{"day": true, "week": true, "month": true, "year": true, "hour": true, "minute": true, "decade": true}

// asDid codes again, with the new source, the events of sentence si before ", as did X" ("Brazil
// congratulated Benítez on his victory, as did the United States"): X did the same.
func (c *context) asDid(si int) []chronicle.Event {
	s := c.doc.Sentences[si]
	for k := s.FirstToken + 1; k+2 < s.EndToken; k++ {
		if c.toks[k-1].Text != "," || c.lower(k) != "as" {
			continue
		}
		switch c.lower(k + 1) {
		case "did", "has", "have":
		default:
			continue
		}
		var out []chronicle.Event
		for _, a := range c.np(k+2, s.EndToken) {
			for _, ev := range c.doc.Events {
				if ev.Sentence != si || ev.Evidence.End > c.toks[k].Start || ev.Target.Code == a.Code || country(ev.Source.Code) == country(a.Code) {
					continue
				}
				src := a
				ev.Source, ev.Rule = &src, ev.Rule+"+as-did"
				out = append(out, ev)
			}
		}
		return out
	}
	return nil
}

// coordinatedVerbAt reports "and", "but" or "or" opening a verb coordinated after an object
// ("thanked voters and offered …", "criticised the ban but urged …").
func (c *context) coordinatedVerbAt(si, k int) bool {
	switch c.lower(k) {
	case "and", "but", "or":
	default:
		return false
	}
	if n := k + 1; n < c.doc.Sentences[si].EndToken {
		switch c.toks[n].Tag {
		case "VBD", "VBN", "VBZ", "VBP":
			return true
		case "JJ", "NNS":
			return len(c.st.triggers[c.lower(n)]) > 0 && c.verbAfterConjunction(si, n)
		}
	}
	return false
}

// casualties reports a participle of harm after a comma: ", killing at least 41 civilians".
func (c *context) casualties(i int) bool {
	if i == 0 || c.toks[i].Tag != "VBG" || c.toks[i-1].Text != "," {
		return false
	}
	switch c.lower(i) {
	case "killing", "wounding", "injuring", "leaving":
		return true
	}
	return false
}

// headline reports a title line: the first sentence, alone in its paragraph, without final
// punctuation, before a body of more paragraphs.
func (c *context) headline(si int) bool {
	if si != 0 || len(c.doc.Sentences) < 2 || c.doc.Sentences[1].Paragraph == c.doc.Sentences[0].Paragraph {
		return false
	}
	s := c.doc.Sentences[0]
	if s.EndToken <= s.FirstToken {
		return false
	}
	switch c.toks[s.EndToken-1].Text {
	case ".", "!", "?", "\"", "”", "'", "’", ":":
		return false
	}
	return true
}

// pastAsNoun reports an irregular past form the tagger read as a noun, between a name or pronoun
// and a preposition or determiner: "Foreign Minister X spoke by phone with Y".
func (c *context) pastAsNoun(si, i int) bool {
	s := c.doc.Sentences[si]
	if c.toks[i].Tag != "NN" || !c.st.pastForms[c.lower(i)] || i == s.FirstToken || i+1 >= s.EndToken {
		return false
	}
	prev := i - 1
	if c.toks[prev].Text == "," && prev > s.FirstToken {
		prev-- // "X, the bloc's envoy, spoke"
	}
	switch c.toks[prev].Tag {
	case "NNP", "NNPS", "PRP", "NNS":
	default:
		_, role := roleNouns[c.lower(prev)]
		if c.entAt[prev] < 0 && !role && !strings.HasSuffix(c.lower(prev), "-general") {
			return false // not "India's prime minister spoke by phone", "the secretary-general spoke"
		}
	}
	switch c.toks[i+1].Tag {
	case "IN", "DT", "TO", "PRP$", "NNP", "RB":
		return true
	}
	return false
}

// pastAfterName reports a past form the tagger read as an adjective between a name that is no
// nationality and the noun it acts on: "The UAE imposed duties on …" (not "French armed forces",
// nor "US armed forces", where the noun after it is who is described).
func (c *context) pastAfterName(si, i int) bool {
	s := c.doc.Sentences[si]
	if !strings.HasSuffix(c.lower(i), "ed") || i == s.FirstToken || i+1 >= s.EndToken {
		return false
	}
	e := c.entAt[i-1]
	if _, subj := roleNouns[c.lower(i-1)]; e < 0 && subj && c.toks[i-1].Tag == "NNS" && !c.finiteBefore(si, i) {
		// "Dozens of guerrillas ambushed/JJ soldiers": a plural subject with no verb yet
		switch c.toks[i+1].Tag {
		case "NNS", "DT", "PRP$", "CD", "NNP":
			return true
		}
		return false
	}
	if e < 0 || c.doc.Entities[e].Type == chronicle.NORP {
		return false
	}
	if _, role := roleNouns[c.lower(i+1)]; role {
		return false
	}
	switch c.toks[i+1].Tag {
	case "NNS", "DT", "PRP$", "CD":
		return true
	}
	return false
}

// finiteBefore reports a finite verb in sentence si before token i.
func (c *context) finiteBefore(si, i int) bool {
	for k := c.doc.Sentences[si].FirstToken; k < i; k++ {
		if finite[c.toks[k].Tag] {
			return true
		}
	}
	return false
}

// verbAfterConjunction reports a past or present form the tagger read as an adjective or a
// plural noun after a conjunction and before its object: "remained open to dialogue but
// accused Brussels of …", "is concerned about the violence and urges Pakistan to …".
func (c *context) verbAfterConjunction(si, i int) bool {
	s := c.doc.Sentences[si]
	if i <= s.FirstToken || i+1 >= s.EndToken || !strings.HasSuffix(c.lower(i), "ed") && !strings.HasSuffix(c.lower(i), "s") {
		return false
	}
	if p := c.lower(i - 1); p != "and" && p != "but" && p != "or" {
		return false
	}
	switch c.toks[i+1].Tag {
	case "NNP", "NNPS", "DT", "PRP", "PRP$":
		return true
	}
	return false
}

// nominal tags make up a verb's object noun phrase.
var nominal = map[string]bool{"DT": true, "JJ": true, "NN": true, "NNS": true, "CD": true, "PRP$": true, "JJR": true, "JJS": true}

// at codes the events whose trigger is token i of sentence si.
func (c *context) at(si, i int) []chronicle.Event {
	tok := c.toks[i]
	rows := c.st.triggers[c.lower(i)]
	if len(rows) == 0 {
		return nil
	}
	isVerb := strings.HasPrefix(tok.Tag, "VB") || tok.Tag == "NN" && c.pastAsNoun(si, i) || (tok.Tag == "JJ" || tok.Tag == "NNS") && c.verbAfterConjunction(si, i) || tok.Tag == "JJ" && c.pastAfterName(si, i)
	isNoun := strings.HasPrefix(tok.Tag, "NN") || tok.Tag == "VBG" && c.gerundNoun(si, i) || tok.Tag == "JJ" && c.headAdjective(si, i)
	// "was concerned about": a participle after a copula is an adjective
	isAdj := strings.HasPrefix(tok.Tag, "JJ") || tok.Tag == "VBN" && i > 0 && beforeAdjective[c.lower(i-1)]
	isModal := tok.Tag == "MD"
	if c.skip(si, i, isVerb) {
		return nil
	}
	if (tok.Tag == "VBN" || tok.Tag == "VBD") && i > 0 && i+1 < c.doc.Sentences[si].EndToken && determiners[c.lower(i-1)] && strings.HasPrefix(c.toks[i+1].Tag, "NN") {
		return nil // "relatives of the detained men": a participle describing a noun
	}
	if isVerb && c.summaryNoun(si, i) {
		return nil // "…, charges the United Nations denies": what was said, summed up
	}
	if isNoun && i+1 < c.doc.Sentences[si].EndToken && kindOfThing[strings.TrimSuffix(c.lower(i+1), "s")] {
		return nil // "patrol vessels", "attack helicopters", "aid workers": a kind of thing or person, no event
	}
	if isNoun && c.inInfinitive(si, i) {
		return nil // "urged the leaders to hold talks", "offered to help mediate talks": asked or offered, not held
	}
	if isVerb && (rows[0].lemma == "call" || rows[0].lemma == "describe" || rows[0].lemma == "term") {
		for k := i - 1; k >= c.doc.Sentences[si].FirstToken && k >= i-3; k-- {
			if c.naming(k, i+1) == i+1 {
				return nil // "what it calls 'Guayana Esequiba'": a name given, not a judgement
			}
		}
	}
	if isModal && i+2 < c.doc.Sentences[si].EndToken && c.lower(i+1) == "be" && c.lower(i+2) == "able" {
		return nil // "Kenyans should be able to check the arithmetic": what they may do, not a demand on them
	}
	if _, coded := c.lastSource[si]; coded && isNoun && c.circumstance(si, i) {
		return nil // "criticized the government for the arrest of activists": a reason, not news
	}
	for _, t := range rows {
		if t.pos == "verb" && !isVerb || t.pos == "noun" && !isNoun || t.pos == "adj" && !isAdj || t.pos == "modal" && !isModal || !c.satisfied(si, i, t) {
			continue
		}
		if t.lemma == "strike" && t.code[:2] == "14" && i > 0 && airWeapons[c.lower(i-1)] {
			continue // "a drone strike" is no labour strike
		}
		code, rule := t.code, t.Rule()
		if t.frame == "infinitive" {
			j := c.complement(si, i)
			if j < 0 {
				continue
			}
			if comp, ok := c.verbRow(si, j); ok {
				if t.code[:2] == "12" && comp.code[:2] == "01" {
					continue // "declined to comment" is no refusal of anything
				}
				if t.code[:2] == "18" && comp.code[:2] < "18" {
					// "diplomats tried to visit the activists", "protesters who tried to
					// block the road": an attempt at no violence is no assault, nor the act
					// it did not achieve
					continue
				}
				code, rule = composed(t.code, comp.code), rule+"+"+comp.Rule()
			}
		}
		if t.pos == "verb" && endorsing[t.lemma] && (c.passive(i) && c.reduced(i) || !c.directObject(si, i)) {
			// "troops backed by air force jets", "we will defend it", "defend it in Geneva": a
			// description or a thing, not an actor endorsed
			continue
		}
		if t.lemma == "arm" && c.armedDescribes(si, i) {
			continue // "attackers armed with rifles", "an armed group", "its armed forces": who they are, not arming anyone
		}
		srcs, tgts := c.arguments(si, i, t)
		if (code == "039" || code == "045") && len(tgts) == 1 && tgts[0].End == 0 && len(srcs) == 1 {
			// "Saudi Arabia offered to mediate": between the two sides the story is about
			if other := c.otherCountry(tgts[0].Code); other != "" && other != country(srcs[0].Code) && tgts[0].Code != country(srcs[0].Code) {
				tgts = append(tgts, chronicle.EventActor{Name: other, Code: other})
			}
		}
		if len(srcs) == 0 || len(tgts) == 0 || t.lemma == "convene" && len(tgts) < 2 {
			continue // a meeting convened between two is mediation; of one's own council, none
		}
		if (code[:2] == "12" || code == "016") && c.chargeBefore(si, i) >= 0 {
			code, rule = "016", rule+"+charge" // "…, a charge Tehran denied": a denial of the accusation
		}
		if t.lemma == "invite" && code == "026" && len(tgts) == 1 {
			// "invited Jallow to meet him", "invited the union's leaders to talks at her office":
			// the inviter offers to meet (036); inviting both sides to talk is an appeal (026)
			code, rule = "036", rule+"+one-side"
		}
		var out []chronicle.Event
		for _, src := range srcs {
			for _, tgt := range tgts {
				if code[:2] == "15" && code != "153" && country(tgt.Code) == country(src.Code) && (tgt.End == 0 || c.isPlace(tgt) || territoryNouns[strings.ToLower(lastField(tgt.Text))]) && c.findAny(i+1, c.doc.Sentences[si].EndToken, "border|frontier", 6) >= 0 {
					// "sent reinforcements to the border in eastern Nangarhar province": troops
					// sent to the border face the neighbour the story is about
					if other := c.otherCountry(country(src.Code)); other != "" && 2*c.counts[other] >= c.counts[country(src.Code)] {
						tgt = chronicle.EventActor{Name: other, Code: other}
					}
				}
				if code[:2] == "15" && code[:3] <= "152" && t.frame == "none" && tgt.End == 0 && country(tgt.Code) == country(src.Code) {
					continue // "It scrambled fighter jets": a show of force at no one named
				}
				if domesticRoles[role(src.Code)] && stateRole[role(tgt.Code)] && country(tgt.Code) != country(src.Code) && len(country(src.Code)) == 3 && c.unnamedPeople(tgt) && !titled(tgt.Text) && c.placeIn(si) == nil {
					// "Two Republican senators called on the administration": their own
					// country's, whatever country the story is about
					tgt.Code = country(src.Code) + role(tgt.Code)
				}
				if t.frame == "none" && code[:3] == "191" && tgt.End == 0 && tgt.Code == country(src.Code) && c.find(i+1, c.doc.Sentences[si].EndToken, "borders", 4) < 0 {
					// "Pakistani authorities closed the crossing": a border is closed on the
					// neighbour, the other country the story is most about (not "closed the
					// country's borders": all of them)
					if other := c.otherCountry(tgt.Code); other != "" {
						tgt = chronicle.EventActor{Name: other, Code: other}
					}
				}
				if src.Code == tgt.Code && ((src.Name == tgt.Name || len(src.Code) == 3) && !(implicitTarget[code[:2]] && c.domestic(src, tgt)) || src.End > src.Start && src.Start == tgt.Start && src.End == tgt.End) {
					continue // nobody does things to themselves in CAMEO, nor a country to itself
				}
				if code[:2] < "14" && code[:2] != "07" && code != "042" && c.located(tgt) {
					continue // "host talks in Moscow", "tensions in eastern Ladakh": where, not whom (aid, protests and force do go to a place)
				}
				if code[:2] == "04" && country(src.Code) == tgt.Code && c.isPlace(tgt) {
					continue // a leader visiting a city of their own country meets nobody
				}
				if slices.ContainsFunc(out, func(e chronicle.Event) bool { return e.Source.Code == src.Code && e.Target.Code == tgt.Code }) {
					continue // "suspended the French broadcasters RFI and France 24": one dyad, one event
				}
				if pc := c.participleComma(si, i); pc >= 0 && slices.ContainsFunc(c.doc.Events, func(e chronicle.Event) bool {
					return e.Sentence == si && e.Source.Code == src.Code && e.Root == code[:2] && e.Evidence.End <= c.toks[pc].Start
				}) {
					continue // "imposed sanctions on Belarus, freezing the assets of 14 officials": how, not another event
				}
				out = append(out, c.event(si, i, t, code, rule, src, tgt))
			}
		}
		if len(out) > 0 {
			out = append(out, c.refusals(si, i, out)...)
			return append(out, c.allegations(si, i, out)...)
		}
	}
	return nil
}

// domesticRoles are a country's actors who address its own state.
var domesticRoles = map[string]bool{"LEG": true, "OPP": true, "PTY": true, "CVL": true, "LAB": true, "EDU": true, "AGR": true, "BUS": true, "REB": true, "UAF": true}

// unnamedPeople reports a target phrase that names no place, nationality or body ("the
// administration", "dozens of young people").
func (c *context) unnamedPeople(a chronicle.EventActor) bool {
	if a.End <= a.Start {
		return false
	}
	return !c.names(c.tokenAt(a.Start), c.tokenAt(a.End-1)+1)
}

// conditionAfter reports "if" or "unless" after the trigger at i in its sentence: the act is
// the consequence of a condition.
func (c *context) conditionAfter(si, i int) bool {
	for k := i + 1; k < c.doc.Sentences[si].EndToken && k <= i+14; k++ {
		if l := c.lower(k); l == "if" || l == "unless" {
			return true
		}
	}
	return false
}

// otherCountry is the country the story names most after the one given ("" for none).
func (c *context) otherCountry(not string) string {
	best, n := "", 0
	for cc, k := range c.counts {
		if cc != not && (k > n || k == n && cc < best) {
			best, n = cc, k
		}
	}
	return best
}

// airWeapons before "strike" make it an attack.
var airWeapons = map[string]bool{"air": true, "drone": true, "missile": true, "rocket": true, "artillery": true}

// accusedOf reports a trigger inside the "of" complement of an accusation: "accused Minsk of
// waging a hybrid attack", "accusing them of attacking".
func (c *context) accusedOf(si, i int) bool {
	if t := c.toks[i].Tag; t != "VBG" && !strings.HasPrefix(t, "NN") {
		return false // "accused Iran of harassing shipping and urged Tehran": a verb of its own
	}
	first := c.doc.Sentences[si].FirstToken
	for j := i - 1; j >= first && j >= i-8; j-- {
		if c.toks[j].Text == "," || c.toks[j].Text == ";" || c.coordinatedVerbAt(si, j) {
			return false
		}
		if c.lower(j) != "of" {
			continue
		}
		for k := j - 1; k >= first && k >= j-6; k-- {
			if strings.HasPrefix(c.lower(k), "accus") && strings.HasPrefix(c.toks[k].Tag, "VB") {
				return true
			}
			if c.toks[k].Text == "," {
				break
			}
		}
		return false
	}
	return false
}

// undoing verbs end an act of others: "broke up the blockade", "cleared the barricades".
var undoing = map[string]bool{"cleared": true, "clearing": true, "dismantled": true, "dismantling": true,
	"dispersed": true, "lifted": true, "removed": true}

// breakWords before "up" end a gathering: "broke up".
var breakWords = map[string]bool{"broke": true, "broken": true, "breaking": true, "break": true}

// realized verbs before "to" report that the act was done: "rushed to condemn".
var realized = map[string]bool{"rushed": true, "hastened": true, "hurried": true, "proceeded": true, "rush": true, "voted": true, "prompted": true, "forced": true, "compelled": true}

// beforeAdjective are the words right before a participle used as an adjective ("was
// concerned", "remains deeply concerned").
var beforeAdjective = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"remain": true, "remains": true, "remained": true, "deeply": true, "very": true, "gravely": true, "seriously": true}

// endorsing verbs code support only for an actor named as their object.
var endorsing = map[string]bool{"back": true, "support": true, "defend": true}

// summaryNoun reports a plural form right after a comma, followed within a few words by a
// denial or rejection ("accused the staff of spying, charges the United Nations denies",
// "claims Moscow rejects"): a noun summing up the clause before, not a verb.
func (c *context) summaryNoun(si, i int) bool {
	s := c.doc.Sentences[si]
	if i == s.FirstToken || c.toks[i-1].Text != "," || !strings.HasSuffix(c.lower(i), "s") {
		return false
	}
	for k := i + 1; k < s.EndToken && k <= i+6; k++ {
		switch c.lower(k) {
		case "deny", "denies", "denied", "reject", "rejects", "rejected", "dismisses", "dismissed", "disputes", "disputed":
			return true
		case ",", ";", "and", "that":
			return false
		}
	}
	return false
}

// directObject reports an actor in the noun phrase right after the verb: "backed the
// president", not "supported it", nor "defended the decision in Geneva".
func (c *context) directObject(si, i int) bool {
	s := c.doc.Sentences[si]
	from := c.skipParticles(i+1, s.EndToken)
	if c.passive(i) {
		return true
	}
	if from >= s.EndToken || pronounWords[c.lower(from)] && c.lower(from) != "them" && c.lower(from) != "him" && c.lower(from) != "her" {
		return false
	}
	out, _ := c.np1(from, s.EndToken)
	return len(out) > 0
}

// skip drops triggers that do not report an event: infinitives of purpose ("to expel"), gerunds
// after a preposition ("aimed at expelling"), and conditional clauses ("until we expel").
func (c *context) skip(si, i int, isVerb bool) bool {
	first := c.doc.Sentences[si].FirstToken
	if c.accusedOf(si, i) {
		return true // "accused Minsk of waging a "hybrid attack"": the charge, not an attack told as fact
	}
	if !isVerb {
		// "police broke up road blockades", "cleared the barricades": the act undone by others
		for k := i - 1; k >= first && k >= i-4; k-- {
			if l := c.lower(k); (undoing[l] || l == "up" && k > first && breakWords[c.lower(k-1)]) && c.lower(k+1) != "by" {
				return true
			}
			if strings.HasPrefix(c.toks[k].Tag, "VB") && c.lower(k) != "up" {
				break
			}
		}
	}
	if isVerb && i > first && c.lower(i-1) == "to" && c.toks[i].Tag == "VB" {
		// "police used water cannon to disperse protesters" reports what was done
		// (the list of weapons may be long: the search stops at another verb)
		for k := i - 2; k >= first && k >= i-14; k-- {
			if l := c.lower(k); l == "used" || l == "using" || l == "uses" || l == "fired" || l == "deployed" {
				return false
			}
			if t := c.toks[k].Tag; t == "VBD" || t == "VBZ" || t == "MD" || c.toks[k].Text == ";" {
				break
			}
		}
		if rows := c.st.triggers[c.lower(i)]; len(rows) > 0 && (rows[0].lemma == "meet" || rows[0].lemma == "visit" || rows[0].lemma == "travel") && c.willMeet(si, i) {
			return false // "is to meet", "are due to meet", "is expected to visit": a meeting or visit planned
		}
		if i-2 >= first && (i-3 >= first && c.lower(i-2) == "up" && c.lower(i-3) == "lined" || i-3 >= first && c.lower(i-2) == "on" && c.lower(i-3) == "went") {
			return false // "lined up to denounce": done, not meant
		}
		for k := i - 2; k >= first && k >= i-6; k-- {
			if realized[c.lower(k)] {
				return false // "rushed to condemn", "voted late on Thursday to remove"
			}
			if m := k - 1; c.lower(k) == "continue" && m > first && (isQuoteMark(c.toks[m].Text) && m-1 >= first && (c.lower(m-1) == "will" || c.lower(m-1) == "would") || c.lower(m) == "will" || c.lower(m) == "would") {
				return false // "would continue to support Zambia": support to come
			}
			if strings.HasPrefix(c.toks[k].Tag, "VB") || c.toks[k].Text == "," {
				break
			}
		}
		return true
	}
	if i-2 >= first && (c.toks[i-1].Tag == "NNP" || c.toks[i-1].Tag == "NNPS") {
		// "help Angola fight a cholera outbreak": what the one helped is to do
		for k := i - 2; k >= first && k >= i-5; k-- {
			if helpVerbs[c.lower(k)] && c.entAt[k] < 0 {
				return true // not "Detainee Support Network accused": a word of a name
			}
			if t := c.toks[k].Tag; t != "NNP" && t != "NNPS" && t != "DT" {
				break
			}
		}
	}
	if end := c.doc.Sentences[si].EndToken; isVerb && i > first && i+2 < end && c.lower(i-1) == "that" && strings.HasPrefix(c.toks[i+1].Tag, "NN") && auxiliaries[c.lower(i+2)] {
		// "told Al Jazeera that aid convoys had been stuck": a noun modifying the subject
		return true
	}
	if c.toks[i].Tag == "VBG" && i > first {
		// "aimed at expelling", "on defending … and expelling", "accused the charity of
		// "working hand in hand with the smugglers"" (a quotation mark changes nothing)
		prev := c.lower(i - 1)
		if isQuoteMark(c.toks[i-1].Text) && i-2 >= first {
			prev = c.lower(i - 2)
		}
		if purposePreps[prev] {
			return true
		}
		if prev == "and" || prev == "or" {
			for k := i - 2; k > first && k >= i-8; k-- {
				if c.toks[k].Tag == "VBG" && purposePreps[c.lower(k-1)] {
					return true
				}
			}
		}
	}
	for k := i - 1; k >= first && k >= i-8; k-- {
		if c.toks[k].Text == "," || c.toks[k].Text == ";" {
			break
		}
		if conditionals[c.lower(k)] {
			return true
		}
	}
	return false
}

// inInfinitive reports a noun that is the object of a "to VERB" clause governed by an event
// already coded in the sentence: "urged X to hold talks".
func (c *context) inInfinitive(si, i int) bool {
	if _, coded := c.lastSource[si]; !coded {
		return false
	}
	first := c.doc.Sentences[si].FirstToken
	for k := i - 1; k > first && k >= i-5; k-- {
		t := c.toks[k].Tag
		if t == "VB" && c.lower(k-1) == "to" {
			return true
		}
		if !strings.HasPrefix(t, "VB") && !nominal[t] && t != "IN" && t != "NNP" {
			return false
		}
	}
	return false
}

// gerundNoun reports an -ing form used as a noun: "Fighting between …", "the killing of".
func (c *context) gerundNoun(si, i int) bool {
	if i == c.doc.Sentences[si].FirstToken {
		return true
	}
	if i+1 < c.doc.Sentences[si].EndToken && c.lower(i+1) == "between" {
		return true // "after fighting between the army and the RSF"
	}
	switch c.toks[i-1].Tag {
	case "DT", "JJ", "PRP$", "POS":
		return true
	}
	return false
}

// circumstance reports a noun trigger in a phrase of reason or time: "for the arrest of",
// "over the killing of", "after the attack".
func (c *context) circumstance(si, i int) bool {
	k := i - 1
	for k > c.doc.Sentences[si].FirstToken && (determiners[c.lower(k)] || c.toks[k].Tag == "JJ") {
		k--
	}
	switch c.lower(k) {
	case "for", "over", "about", "after", "following", "despite", "amid", "since", "before":
		return true
	}
	return false
}

var purposePreps = map[string]bool{"on": true, "at": true, "of": true, "for": true, "about": true, "from": true, "to": true, "in": true, "without": true}
var conditionals = map[string]bool{"if": true, "unless": true, "until": true, "whether": true, "lest": true,
	"hope": true, "hoped": true, "hopes": true} // "we hope the two will meet": wished, not done

// satisfied checks a row's requirements: words after the trigger, or a modal before it.
func (c *context) satisfied(si, i int, t trigger) bool {
	if len(t.requires) == 0 {
		return true
	}
	s := c.doc.Sentences[si]
	for _, r := range t.requires {
		switch r.kind {
		case "quote":
			// "called the verdict “a disgrace”": an evaluation in quotation marks follows
			for k := i + 1; k < s.EndToken && k <= i+8; k++ {
				switch c.toks[k].Text {
				case "\"", "“", "‘":
					return true
				}
			}
		case "gerund":
			// "is considering sending troops"
			if k := c.skipParticles(i+1, s.EndToken); k < s.EndToken && c.toks[k].Tag == "VBG" {
				return true
			}
		case "before":
			// "went on strike", "a general strike": words right before the trigger
			for k := i - 1; k >= s.FirstToken && k >= i-3; k-- {
				if r.words[c.lower(k)] {
					return true
				}
			}
		case "subject":
			// "Rescue teams from Japan arrived": a word of the subject before the trigger
			for k := i - 1; k >= s.FirstToken && k >= i-10 && c.toks[k].Text != ";"; k-- {
				if r.words[c.lower(k)] {
					return true
				}
			}
		case "mandative":
			if c.mandative(si, i) {
				return true
			}
		case "modal":
			for k := i - 1; k >= s.FirstToken && k >= i-3; k-- {
				if l := c.lower(k); l == "should" || l == "must" || l == "ought" {
					return true
				}
			}
		default: // the words that must follow
			if k := c.phraseAfter(si, i, r.phrase); k >= 0 && !((t.code == "133" || t.code[:2] == "14") && c.verbWithObject(si, k)) {
				return true // (not "threatened to strike Beirut" for a strike threatened)
			}
		}
	}
	return false
}

// mandative reports a "that" clause after token i whose first verb is bare or a modal of
// obligation: "insisted that the troops leave", "that he be released", "that X must go".
func (c *context) mandative(si, i int) bool {
	s := c.doc.Sentences[si]
	k := c.find(i+1, s.EndToken, "that", 4)
	if k < 0 {
		return false
	}
	for j := k + 1; j < s.EndToken && j <= k+8; j++ {
		switch tag := c.toks[j].Tag; {
		case tag == "MD":
			l := c.lower(j)
			return l == "must" || l == "should"
		case tag == "VBP" && indicative[c.lower(j)]:
			return false // "insisted that its disputes are a bilateral matter"
		case tag == "VB" || tag == "VBP" || tag == "VBZ" && !strings.HasSuffix(c.lower(j), "s"):
			return true // a bare verb, whatever the tagger made of it ("Washington withdraw/VBZ")
		case strings.HasPrefix(tag, "VB"):
			return false
		}
	}
	return false
}

// indicative are present forms that state rather than ask.
var indicative = map[string]bool{"are": true, "am": true, "have": true, "do": true}

// allegations: violence or coercion that a speaker reports of someone else is also the
// speaker's accusation of them ("the RSF said army aircraft had bombed a market": 112 RSF →
// army). The events themselves stay, attributed to the speaker.
func (c *context) allegations(si, i int, evs []chronicle.Event) []chronicle.Event {
	sp := c.speakerActor(i)
	if sp == nil || evs[0].Negated || evs[0].Mode != "" || role(sp.Code) == "MED" {
		return nil // the press reports, it does not accuse
	}
	// the name decides, not the mention: "A police spokesman said …" and later "…, he said"
	if name := strings.ToLower(sp.Name); role(sp.Code) == "CVL" && sp.Name == sp.Text && roleNouns[strings.ToLower(sp.Text)] == "CVL" ||
		strings.HasPrefix(name, "a ") || strings.HasPrefix(name, "an ") {
		return nil // "residents said", "a local official said": witnesses and sources report, they do not accuse
	}
	var out []chronicle.Event
	for _, ev := range evs {
		if root := ev.Root; root < "15" || sp.Code == ev.Source.Code || sp.Name == ev.Source.Name {
			continue
		}
		if country(sp.Code) == country(ev.Source.Code) && stateRole[role(sp.Code)] && stateRole[role(ev.Source.Code)] {
			continue // a minister reporting what the army did
		}
		if (stateRole[role(sp.Code)] || len(sp.Code) == 3) && country(ev.Target.Code) == country(sp.Code) && country(ev.Source.Code) != country(sp.Code) {
			// "Azerbaijani forces shelled Armenian villages, Armenia's defence ministry said",
			// "Kyrgyzstan's border service said Tajik forces opened fire on a Kyrgyz outpost": a
			// state's report of an attack on it (a body coded by its country alone included)
			continue
		}
		if stateRole[role(sp.Code)] && armedNonState[role(ev.Source.Code)] {
			continue // "militants killed two guards, a police commander said": officials report insurgent attacks
		}
		if stateRole[role(sp.Code)] && !stateRole[role(ev.Source.Code)] && !stateRole[role(ev.Target.Code)] {
			continue // "supporters of two parties exchanged fire, police said": a report of others' fighting
		}
		if slices.ContainsFunc(c.doc.Events, func(e chronicle.Event) bool {
			return e.Sentence == si && strings.HasSuffix(e.Rule, "+alleged") && e.Source.Code == sp.Code && e.Target.Code == ev.Source.Code
		}) {
			break // "stormed a school and abducted 57 pupils, police said": one accusation
		}
		cc, _ := c.st.ont.Lookup("112")
		a := ev
		a.Code, a.Root, a.Name, a.Plover, a.PloverMode, a.Goldstein, a.Quad = cc.Code, cc.Root(), cc.Name, cc.Plover, cc.Mode, cc.Goldstein, cc.Quad
		src, tgt := *sp, *ev.Source
		a.Source, a.Target = &src, &tgt
		a.Rule = ev.Rule + "+alleged"
		out = append(out, a)
		break
	}
	return out
}

// refusals: a speaker saying what they will not do rejects it ("What we will not do is withdraw
// the reform" → 12 by the speaker; "we will not sit down with a junta" → 125). The negated event
// stays, flagged; the refusal is the speaker's statement, and it happened.
func (c *context) refusals(si, i int, evs []chronicle.Event) []chronicle.Event {
	ev := evs[0]
	if !ev.Negated || ev.Mode != "future" || ev.Root >= "12" && ev.Root <= "14" {
		return nil
	}
	sp := c.speakerActor(i)
	if sp == nil {
		return nil
	}
	var out []chronicle.Event
	for _, ev := range evs {
		if ev.Source.Code != sp.Code && ev.Source.Name != sp.Name {
			continue
		}
		cc, ok := c.st.ont.Lookup(composed("120", ev.Code))
		if !ok {
			continue
		}
		r := ev
		r.Code, r.Root, r.Name, r.Plover, r.PloverMode, r.Goldstein, r.Quad = cc.Code, cc.Root(), cc.Name, cc.Plover, cc.Mode, cc.Goldstein, cc.Quad
		r.Negated, r.Mode, r.Date, r.DateRange = false, "", "", nil
		c.date(si, i, &r) // said now, of the future
		r.Rule = ev.Rule + "+refusal"
		out = append(out, r)
	}
	return out
}

// composition codes a verb of intent, refusal, threat or attempt by the event it governs:
// "promised to help" (03 and 07: 033), "refused to meet" (12 and 04: 125), "threatened to cut
// ties" (13 and 161: 1313), "tried to assassinate" (185). The governed code is looked up by its
// three digits, then by its root.
var composition = map[string]map[string]string{
	"03": {"04": "036", "045": "039", "05": "032", "06": "031", "062": "0312", "07": "033", "071": "0331", "072": "0332",
		"073": "0333", "074": "0334", "08": "035", "084": "0353", "085": "0354", "087": "0356",
		"14": "133", "18": "138", "19": "138"}, // "vowed to keep marching", "vowed to crush the rebels": threats
	"12": {"04": "125", "045": "126", "07": "122", "08": "124"},
	"13": {"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "166": "136", "174": "136", "172": "132",
		"14": "133", "17": "137", "18": "138", "19": "138", "20": "138"},
	"18": {"186": "185", "18": "180", "19": "180"}, // "tried to assassinate"
}

func composed(gov, comp string) string {
	m := composition[gov[:2]]
	if len(comp) >= 3 && m[comp[:3]] != "" {
		return m[comp[:3]]
	}
	if m[comp[:2]] != "" {
		return m[comp[:2]]
	}
	return gov
}

// event builds the coded event.
func (c *context) event(si, i int, t trigger, code, rule string, src, tgt chronicle.EventActor) chronicle.Event {
	place := c.place(si)
	intent := t.lemma == "meet" && t.pos == "verb" && code == "040" && c.willMeet(si, i)
	if !intent && (t.lemma == "travel" || t.lemma == "visit") && t.pos == "verb" && code == "042" && c.willMeet(si, i) && !c.scheduled(si, i) && c.travelIntent(si, i) {
		intent = true // "would travel to Budapest next week for talks"
	}
	if intent {
		code = "036" // "would meet Indonesian officials next week": an intent to meet, not a meeting
	} else if t.lemma == "meet" && place != nil && place.Country != "" && place.Country != country(src.Code) && place.Country != country(tgt.Code) {
		code = "044" // meeting at a third location
	}
	nonState := false
	if (t.lemma == "kill" || t.lemma == "wound") && code == "190" && armedNonState[role(src.Code)] && !combatant[role(tgt.Code)] {
		// "militants killed two guards", "gunmen killed five villagers": armed groups' violence
		// against people who are not fighting is unconventional violence (180), as in the dev
		// annotations; clashes with troops stay 190
		code, nonState = "180", true
	}
	repression := false
	if (t.lemma == "kill" || t.lemma == "shoot" || t.lemma == "wound") && code[:2] == "19" && role(src.Code) == "COP" && !combatant[role(tgt.Code)] && country(src.Code) == country(tgt.Code) {
		// "killed by police gunfire", "police shot dead two protesters": a state's police
		// killing its own unarmed people is violent repression (175), not combat
		code, repression = "175", true
	}
	if t.lemma == "beat" && role(src.Code) == "COP" && crowdRoles[role(tgt.Code)] {
		// "officers beat them back with batons": police violence against a crowd is repression
		// (beating a journalist stays an assault)
		code, repression = "175", true
	}
	cc, _ := c.st.ont.Lookup(code)
	ev := chronicle.Event{
		Code: cc.Code, Root: cc.Root(), Name: cc.Name, Plover: cc.Plover, PloverMode: cc.Mode,
		Goldstein: cc.Goldstein, Quad: cc.Quad, Source: &src, Target: &tgt, Place: place,
		Sentence: si, Rule: rule,
	}
	if t.lemma == "meet" && code == "044" {
		ev.Rule = rule + "+third-location"
	}
	if intent {
		ev.Rule = rule + "+intent"
	}
	if nonState {
		ev.Rule = rule + "+non-state"
	}
	if repression {
		ev.Rule = rule + "+repression"
	}
	ev.Mode = c.mode(si, i)
	ev.Negated = c.negated(si, i)
	if ev.Mode == "future" && !ev.Negated && ev.Root >= "04" && ev.Root <= "08" && !intent && !c.scheduled(si, i) && ev.Code != "042" {
		// "Moscow would help Minsk", "the government would work with the rebels", said by
		// that side: a statement of intent now (03), not a report of what has happened
		if sp := c.speakerActor(i); sp != nil && country(sp.Code) == country(src.Code) || c.saidOfItself(si, src) {
			if ic, ok := c.st.ont.Lookup(composed("030", code)); ok && ic.Root() == "03" {
				ev.Code, ev.Root, ev.Name, ev.Plover, ev.PloverMode, ev.Goldstein, ev.Quad = ic.Code, ic.Root(), ic.Name, ic.Plover, ic.Mode, ic.Goldstein, ic.Quad
				ev.Mode, ev.Rule = "", ev.Rule+"+intent"
			}
		}
	}
	if ev.Mode == "future" && !ev.Negated && ev.Root >= "16" && c.conditionAfter(si, i) {
		// "Georgia will expel EU diplomats if the sanctions are not lifted": a threat made now
		// (13), not an expulsion that has happened
		if tc, ok := c.st.ont.Lookup(composed("130", code)); ok && tc.Root() == "13" {
			ev.Code, ev.Root, ev.Name, ev.Plover, ev.PloverMode, ev.Goldstein, ev.Quad = tc.Code, tc.Root(), tc.Name, tc.Plover, tc.Mode, tc.Goldstein, tc.Quad
			ev.Mode, ev.Rule = "", ev.Rule+"+conditional"
		}
	}
	if ev.Mode == "future" && ev.Negated && ev.Root == "04" && (c.speakerActor(i) == nil || country(c.speakerActor(i).Code) == country(src.Code)) {
		// "the UDP said it would not attend talks with the government": a refusal to meet
		// (125), which has happened, not a meeting that will not
		if rc, ok := c.st.ont.Lookup("125"); ok {
			ev.Code, ev.Root, ev.Name, ev.Plover, ev.PloverMode, ev.Goldstein, ev.Quad = rc.Code, rc.Root(), rc.Name, rc.Plover, rc.Mode, rc.Goldstein, rc.Quad
			ev.Mode, ev.Negated, ev.Rule = "", false, ev.Rule+"+refusal"
		}
	}
	if sp := c.speakerAt(i); sp != "" {
		ev.AttributedTo = &sp
	}
	c.date(si, i, &ev)
	lo, hi := c.toks[i].Start, c.toks[i].End
	for _, a := range []chronicle.EventActor{src, tgt} {
		if a.End > a.Start && c.inSentence(si, a.Start) {
			lo, hi = min(lo, a.Start), max(hi, a.End)
		}
	}
	ev.Evidence = chronicle.Span{Start: lo, End: hi}
	return ev
}

// saidOfItself reports a source that is the subject of a clause reported by someone of its own
// country right before it: "Japan's foreign ministry said it would provide relief goods",
// "Singapore's prime minister said his government would send supplies" (the quote layer may
// have missed the speaker).
func (c *context) saidOfItself(si int, src chronicle.EventActor) bool {
	s := c.doc.Sentences[si]
	if src.End <= src.Start || !c.inSentence(si, src.Start) {
		return false
	}
	k := c.tokenAt(src.Start) - 1
	for k > s.FirstToken && (c.lower(k) == "that" || possessives[c.lower(k)]) {
		k--
	}
	if k <= s.FirstToken || !reportingVerbs[c.lower(k)] {
		return false
	}
	sp := c.subjectBefore(si, k)
	return sp != nil && country(sp.Code) == country(src.Code) && country(sp.Code) != ""
}

var reportingVerbs = map[string]bool{"said": true, "says": true, "announced": true, "added": true, "stated": true, "declared": true}

// willMeet reports a meeting announced for later right before the verb: "will meet", "would
// meet", "is to meet", "are due to meet" (not "did not meet", nor "might meet").
func (c *context) willMeet(si, i int) bool {
	s := c.doc.Sentences[si]
	if c.negated(si, i) {
		return false // "will not meet" stays a meeting refused
	}
	k := i - 1
	for k >= s.FirstToken && k >= i-2 && strings.HasPrefix(c.toks[k].Tag, "RB") {
		k-- // "would also meet", "will soon meet"
	}
	if k < s.FirstToken {
		return false
	}
	switch c.lower(k) {
	case "will", "would", "'ll", "shall":
		return true
	case "to":
		if k-1 < s.FirstToken {
			return false
		}
		switch c.lower(k - 1) {
		case "is", "are", "was", "were", "due", "set", "scheduled", "expected", "plans", "planned", "intends":
			return true
		}
	}
	return false
}

// travelIntent reports a trip to come that is said to be for talks ("would travel to Budapest
// next week for talks"): an intent to meet, where a trip merely announced or planned stays a
// visit ("plans to travel to Algeria in the spring").
func (c *context) travelIntent(si, i int) bool {
	k := c.find(i+1, c.doc.Sentences[si].EndToken, "talks", 8)
	return k >= 0 && c.lower(k-1) == "for"
}

// scheduled reports a trigger in "is due to", "is expected to", "is scheduled to", "is set
// to": what the timetable holds (a visit to come, as the blind annotations code "Jallow is
// expected to travel to Bissau"), not a stated intent, even in its own side's words. ("is due
// to meet" stays an intent to meet: see willMeet.)
func (c *context) scheduled(si, i int) bool {
	s := c.doc.Sentences[si]
	k := i - 1
	for k >= s.FirstToken && k >= i-2 && strings.HasPrefix(c.toks[k].Tag, "RB") {
		k-- // "is expected to also meet"
	}
	if k-1 < s.FirstToken || c.lower(k) != "to" {
		return false
	}
	switch c.lower(k - 1) {
	case "due", "expected", "scheduled", "set":
		return true
	}
	return false
}

// isPlace reports an actor that is a bare place name.
func (c *context) isPlace(a chronicle.EventActor) bool {
	e := c.entityOf(a)
	return e != nil && e.Start == a.Start && e.End == a.End && (e.Type == chronicle.GPE || e.Type == chronicle.Loc || e.Type == chronicle.Fac)
}

// entityOf is the entity mention where an actor's text begins, nil for none (or no text).
func (c *context) entityOf(a chronicle.EventActor) *chronicle.Entity {
	if a.End <= a.Start || len(c.toks) == 0 {
		return nil
	}
	if e := c.entAt[c.tokenAt(a.Start)]; e >= 0 {
		return &c.doc.Entities[e]
	}
	return nil
}

// stateRole lists the roles of a state's own organs.
// combatant roles: fighting them is conventional force (police and guards are not at war).
var combatant = map[string]bool{"MIL": true, "REB": true, "UAF": true, "CRM": true, "IMG": true, "SPY": true}

// crowdRoles are the roles of the people a crowd is made of.
var crowdRoles = map[string]bool{"CVL": true, "OPP": true, "EDU": true, "LAB": true, "REF": true}

// armedNonState are the roles of armed actors outside a state's command.
var armedNonState = map[string]bool{"REB": true, "CRM": true, "UAF": true, "IMG": true}

var stateRole = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "SPY": true, "LEG": true}

func role(code string) string {
	if len(code) < 6 {
		return ""
	}
	return code[3:6]
}

func country(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

// mode is "future" when the trigger is planned or expected: "will", "set to", "plans to",
// "scheduled", "expected to"; "hypothetical" when it is only possible: "might", "could", "may".
func (c *context) mode(si, i int) string {
	s := c.doc.Sentences[si]
	for k := i - 1; k >= s.FirstToken && k >= i-3 && c.toks[k].Text != ","; k-- {
		if l := c.lower(k); l == "might" || l == "could" || l == "may" {
			return "hypothetical"
		}
	}
	if i > s.FirstToken && c.toks[i].Tag == "VBG" && c.toks[i-1].Text == "," {
		return "" // "said its border would stay closed, accusing …": the participle goes with "said"
	}
	for k := i - 1; k >= s.FirstToken && k >= i-9; k-- {
		switch c.lower(k) {
		case "would":
			if c.warnedThat(si, k) {
				return "hypothetical" // "warned that releasing him would encourage Iran to …": a feared consequence
			}
			return "future"
		case "will", "shall", "'ll":
			return "future"
		case "set", "plans", "plan", "planned", "scheduled", "expected", "intends", "going", "due":
			if k+1 <= i && (c.lower(k+1) == "to" || c.toks[k].Tag == "VBN") {
				return "future"
			}
		case ".", ";":
			return ""
		}
	}
	return ""
}

// warnedThat reports a "warned that" (or "warning that") whose clause holds token k.
func (c *context) warnedThat(si, k int) bool {
	s := c.doc.Sentences[si]
	for j := k - 1; j > s.FirstToken && j >= k-12; j-- {
		if c.lower(j) == "that" && strings.HasPrefix(c.lower(j-1), "warn") {
			return true
		}
	}
	return false
}

// negated reports "did not", "never", "no" right before the trigger, and a clause that is denied:
// "denied reports that Putin had met …".
func (c *context) negated(si, i int) bool {
	s := c.doc.Sentences[si]
	for k := i - 1; k >= s.FirstToken && k >= i-3; k-- {
		switch c.lower(k) {
		case "not", "n't", "never", "no", "neither", "nor":
			return true
		}
	}
	if l := c.lower(s.FirstToken); (l == "no" || l == "none" || l == "neither") && strings.HasPrefix(c.toks[i].Tag, "VB") {
		// "No U.N. member state, including Russia, recognizes it": no one did
		finiteBefore := false
		for k := s.FirstToken + 1; k < i; k++ {
			finiteBefore = finiteBefore || finite[c.toks[k].Tag] && c.quoteAt[k] < 0
		}
		if !finiteBefore {
			return true
		}
	}
	if strings.HasPrefix(c.toks[i].Tag, "NN") {
		// "would not take part in any dialogue": the verb that governs the noun is negated
		for k := i - 4; k >= s.FirstToken && k >= i-7; k-- {
			if l := c.lower(k); l == "not" || l == "n't" || l == "never" {
				return true
			}
			if t := c.toks[k].Tag; !strings.HasPrefix(t, "VB") && t != "RP" && t != "IN" && t != "DT" && t != "TO" && t != "NN" {
				break
			}
		}
	}
	for k := i - 1; k > s.FirstToken && k >= i-8 && c.toks[k].Text != ","; k-- {
		if c.lower(k) != "that" {
			continue
		}
		for j := k - 1; j >= s.FirstToken && j >= k-3; j-- {
			switch c.lower(j) {
			case "denied", "denies", "deny", "denying", "rejected", "dismissed":
				return true
			}
		}
		break
	}
	return false
}

// date resolves the time expression nearest the trigger in its sentence. A sentence without
// one continues the story's time: the event takes the last day an earlier sentence of the
// article named (news narrates the day's events after the lede has dated them), unless it is
// planned or expected.
func (c *context) date(si, i int, ev *chronicle.Event) {
	future := ev.Mode == "future"
	if d, ok := c.offsetDate(si, i); ok && !future {
		ev.Date = d // "two days later", "a day after the raid"
		return
	}
	exprs := c.exprs(si, future)
	best, dist := -1, 1<<30
	for k, e := range exprs {
		if !c.dating(e) || e.Range != nil && c.inOtherRelative(si, e.First, i) {
			continue
		}
		d := abs(e.First - i)
		if d < dist {
			best, dist = k, d
		}
	}
	if best >= 0 {
		ev.Date, ev.DateRange = exprs[best].Date, exprs[best].Range
		return
	}
	if future || ev.Mode != "" {
		return
	}
	for sj := si - 1; sj >= 0; sj-- {
		if c.headline(sj) {
			break
		}
		prev := c.exprs(sj, false)
		for k := len(prev) - 1; k >= 0; k-- {
			if e := prev[k]; c.dating(e) && e.Date != "" && e.Date <= c.doc.Published {
				ev.Date = e.Date
				return
			}
		}
	}
}

// offsetDate dates an event by a count of days from another: "were arrested two days later" (the
// story's last day plus two), "the day before" (minus one), and the clause after "two days
// after" ("signed a pact on Tuesday, two days after West African leaders threatened …": that
// clause's event is Tuesday minus two). ok is false when the sentence counts no days.
func (c *context) offsetDate(si, i int) (string, bool) {
	s := c.doc.Sentences[si]
	for k := s.FirstToken; k+1 < s.EndToken; k++ {
		n, ok := dayCounts[c.lower(k)]
		unit := c.lower(k + 1)
		if !ok || unit != "day" && unit != "days" || k+2 >= s.EndToken {
			continue
		}
		dir := c.lower(k + 2)
		var base string
		var sign int
		switch {
		case dir == "later" || dir == "afterwards":
			base, sign = c.storyDay(si), 1
		case dir == "earlier" || dir == "before" && (k+3 >= s.EndToken || !strings.HasPrefix(c.toks[k+3].Tag, "NN") && c.toks[k+3].Tag != "DT" && c.toks[k+3].Tag != "PRP"):
			base, sign = c.storyDay(si), -1
		case dir == "after" && i > k+2 && c.inClauseAfter(si, k+3, i):
			base, sign = c.clauseDay(si, k), -1 // the event of the clause after "after" came first
		default:
			continue
		}
		if base == "" {
			return "", false
		}
		t, err := time.Parse("2006-01-02", base)
		if err != nil {
			return "", false
		}
		return t.AddDate(0, 0, sign*n).Format("2006-01-02"), true
	}
	return "", false
}

// inClauseAfter reports token i inside the phrase that opens at token from, before any comma
// ("two days after leaders threatened the junta"): not in the main clause after it ("A day after
// the summit, a delegation arrived").
func (c *context) inClauseAfter(si, from, i int) bool {
	for k := from; k < c.doc.Sentences[si].EndToken; k++ {
		if c.toks[k].Text == "," || c.toks[k].Text == ";" {
			return false
		}
		if k == i {
			return true
		}
	}
	return false
}

var dayCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5}

// storyDay is the last day an earlier sentence named, else the publication date.
func (c *context) storyDay(si int) string {
	for sj := si - 1; sj >= 0 && !c.headline(sj); sj-- {
		prev := c.exprs(sj, false)
		for k := len(prev) - 1; k >= 0; k-- {
			if e := prev[k]; c.dating(e) && e.Date != "" && e.Date <= c.doc.Published {
				return e.Date
			}
		}
	}
	return c.doc.Published
}

// clauseDay is the day of sentence si's main clause, before token k: its own date, else the
// story's.
func (c *context) clauseDay(si, k int) string {
	for _, e := range c.exprs(si, false) {
		if e.End <= k && c.dating(e) && e.Date != "" {
			return e.Date
		}
	}
	return c.storyDay(si)
}

// exprs returns the time expressions of sentence si, read as past or future.
func (c *context) exprs(si int, future bool) []timex.Expr {
	key := [2]int{si, 0}
	if future {
		key[1] = 1
	}
	exprs, ok := c.dates[key]
	if !ok {
		s := c.doc.Sentences[si]
		exprs = timex.Find(c.toks, s.FirstToken, s.EndToken, c.doc.Published, func(int) bool { return future })
		c.dates[key] = exprs
	}
	return exprs
}

// dating reports an expression that dates its clause: not "Friday's march" (it names the
// march), nor "since Sunday" or "earlier this month" after "since" (they date something
// before), nor a dateline's date.
func (c *context) dating(e timex.Expr) bool {
	if e.End < len(c.toks) && (c.toks[e.End].Text == "'s" || c.toks[e.End].Text == "’s") {
		return false
	}
	if e.End < len(c.toks) && (c.toks[e.End].Text == "(" || dashes[c.toks[e.End].Text]) {
		return false // "BUENOS AIRES, March 10 (Reuters)", "TUNIS, May 20 -": the dateline
	}
	for k := e.First - 1; k >= 0 && k >= e.First-6; k-- {
		switch c.lower(k) {
		case "since", "until", "till":
			return false // "remanded the men in custody until March 29": when it ends, not when it happened
		case ",", ";", "and", "but", "when", "after", "before", "while":
			return true
		}
	}
	return true
}

// headAdjective reports a word tagged as an adjective that heads its noun phrase, as a noun
// would: "staged a sit-in outside the embassy".
func (c *context) headAdjective(si, i int) bool {
	s := c.doc.Sentences[si]
	if i == s.FirstToken || i+1 >= s.EndToken || !determiners[c.lower(i-1)] {
		return false
	}
	next := c.toks[i+1]
	return next.Tag == "IN" || next.Text == "." || next.Text == ","
}

// kindOfThing are head nouns that make a trigger noun before them a modifier naming a kind of
// vessel, vehicle, group or person ("patrol vessels", "protest leaders"), not an event.
var kindOfThing = map[string]bool{"vessel": true, "canister": true, "boat": true, "ship": true, "helicopter": true, "aircraft": true, "jet": true,
	"plane": true, "car": true, "vehicle": true, "truck": true, "worker": true, "group": true, "leader": true, "organiser": true,
	"organizer": true, "route": true, "zone": true, "site": true}

// inOtherRelative says token k is in a relative clause set off by commas (", which approved a
// loan last year,") that does not hold the trigger at token i: a period named there is
// background (a day there often is the main clause's too: "Sanca, who appeared on television
// on Wednesday night, accused …").
func (c *context) inOtherRelative(si, k, i int) bool {
	s := c.doc.Sentences[si]
	open := -1
	for j := k - 1; j > s.FirstToken; j-- {
		if c.toks[j].Text == "," {
			if l := c.lower(j + 1); l == "which" || l == "who" || l == "whose" {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	end := s.EndToken
	for j := k + 1; j < s.EndToken; j++ {
		if c.toks[j].Text == "," {
			end = j
			break
		}
	}
	return i < open || i > end
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *context) inSentence(si, runeStart int) bool {
	s := c.doc.Sentences[si]
	return runeStart >= s.Start && runeStart < s.End
}

// place geocodes the sentence's "in/at/near X" (a city of a country the article mentions first),
// else the article's main place.
func (c *context) place(si int) *chronicle.Place {
	if p := c.placeIn(si); p != nil {
		return p
	}
	return c.mainPlace
}

// placeIn is the place named after "in", "at", "near" or "outside" in a sentence, else nil.
func (c *context) placeIn(si int) *chronicle.Place {
	s := c.doc.Sentences[si]
	for k := s.FirstToken; k+1 < s.EndToken; k++ {
		switch c.lower(k) {
		case "in", "at", "near", "outside":
		default:
			continue
		}
		if e := c.entAt[k+1]; e >= 0 {
			if p := c.geocode(c.doc.Entities[e]); p != nil {
				return p
			}
		}
	}
	return nil
}

func (c *context) geocode(e chronicle.Entity) *chronicle.Place {
	switch e.Type {
	case chronicle.GPE:
		if co := c.st.gaz.CountryByName(e.Canonical); co != nil {
			return &chronicle.Place{Name: co.Name, Country: co.ISO3, Lat: co.Lat, Lon: co.Lon}
		}
		cities := c.st.gaz.Cities(e.Text)
		if len(cities) == 0 {
			cities = c.st.gaz.Cities(e.Canonical)
		}
		for _, city := range cities {
			if c.countries[city.Country] {
				return &chronicle.Place{Name: city.Name, Country: city.Country, Lat: city.Lat, Lon: city.Lon}
			}
		}
		if len(cities) > 0 {
			city := cities[0]
			return &chronicle.Place{Name: city.Name, Country: city.Country, Lat: city.Lat, Lon: city.Lon}
		}
	}
	return nil
}

// mainPlaceOf is the most mentioned city of the article (the dateline counts twice).
func (c *context) mainPlaceOf() *chronicle.Place {
	count := map[string]int{}
	var best *chronicle.Place
	bestN := 0
	for _, e := range c.doc.Entities {
		if e.Type != chronicle.GPE || c.st.gaz.CountryByName(e.Canonical) != nil {
			continue
		}
		p := c.geocode(e)
		if p == nil {
			continue
		}
		n := 1
		if e.Rule == "rule:dateline" {
			n = 2
		}
		count[p.Name] += n
		if count[p.Name] > bestN {
			best, bestN = p, count[p.Name]
		}
	}
	return best
}

// domestic reports a named person or body of the main country making a statement about the
// country itself: the target filled in because the text names none ("Cabinet chief Laura
// Benedetti dismissed the strike as political"), or a nationality inside the words reported
// ("called the verdict “a disgrace to Brazilian justice”"). The dev annotations code such
// statements ARG→ARG.
func (c *context) domestic(src, tgt chronicle.EventActor) bool {
	return (tgt.End == 0 && tgt.Name == c.main || c.personOf(src) && !c.isPlace(tgt) && c.quoteAt[c.tokenAt(tgt.Start)] >= 0) && src.End > src.Start && src.Name != c.main && !c.isPlace(src) && !pronounWords[strings.ToLower(src.Text)]
}

// located reports a target that is a city or region named after "in", "at" or "near" (allowing
// a determiner and adjectives between): the location of a statement or meeting, not its
// target.
func (c *context) located(a chronicle.EventActor) bool {
	if a.End <= a.Start || !c.isPlace(a) {
		return false
	}
	if c.st.gaz.CountryByName(c.entityOf(a).Canonical) != nil { // isPlace: an entity at a.Start
		return false // "crimes in Ukraine", "a ceasefire in Sudan": a country is the target
	}
	k := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= a.Start }) - 1
	for k >= 0 && (determiners[c.lower(k)] || c.toks[k].Tag == "JJ") {
		k--
	}
	if k < 0 {
		return false
	}
	switch c.lower(k) {
	case "in", "at", "near", "inside":
		return true
	}
	return false
}

// personOf reports an actor that is a person named in the text.
func (c *context) personOf(a chronicle.EventActor) bool {
	e := c.entityOf(a)
	return e != nil && e.Start <= a.Start && a.End <= e.End && e.Type == chronicle.Person
}

// lastField is the last word of s.
func lastField(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// titled reports a capitalised title standing for a person ("Minister" for "Interior Minister
// Mahamat Zene Ali"), which is no unnamed body.
func titled(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !strings.HasPrefix(s, "The ")
}

// tokenAt is the token at a code point offset.
func (c *context) tokenAt(off int) int {
	return min(sort.Search(len(c.toks), func(j int) bool { return c.toks[j].End > off }), len(c.toks)-1)
}

// armedDescribes reports "armed" at token i as a description: before "with" ("fighters armed
// with rifles"), or after a determiner, possessive, preposition or adjective ("an armed
// group", "its armed forces", "under armed attack").
func (c *context) armedDescribes(si, i int) bool {
	if c.lower(i) != "armed" {
		return false
	}
	if i+1 < c.doc.Sentences[si].EndToken && c.lower(i+1) == "with" {
		return true
	}
	if i == c.doc.Sentences[si].FirstToken {
		return true
	}
	switch c.toks[i-1].Tag {
	case "DT", "PRP$", "IN", "JJ", "CD", "CC", "POS":
		return true
	}
	return false
}

// gapsAt reports a gapped clause opening at token k ("and Japan 3 million dollars").
func (c *context) gapsAt(k, end int) bool {
	y, _ := c.gapAt(k, end)
	return y != nil
}
