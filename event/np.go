package event

import (
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle"
)

// roleNouns are the heads of actor noun phrases and the CAMEO role they give
// (event/data/actor_nouns.tsv, loaded once by New).
var (
	roleNouns     map[string]string
	roleNounsErr  error
	roleNounsOnce sync.Once
)

// vesselNouns are ships, which act for their country only as subjects.
var vesselNouns = map[string]bool{"ship": true, "ships": true, "vessel": true, "vessels": true}

// groupNouns stand for the country's actors in general ("all parties", "both sides").
var groupNouns = map[string]bool{"parties": true, "sides": true, "leaders": true, "supporters": true, "factions": true}

// subjectPronouns may stand for a subject; "it" only as one ("Iran said it was ready"), since
// as an object it is mostly a thing ("the senators who support it").
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

var pronounWords = map[string]bool{"he": true, "him": true, "she": true, "her": true, "they": true, "them": true,
	"it": true, "we": true, "us": true, "i": true, "me": true}

var prepositions = map[string]bool{"in": true, "at": true, "on": true, "for": true, "from": true, "with": true, "by": true,
	"to": true, "against": true, "about": true, "into": true, "over": true, "near": true, "after": true, "before": true,
	"during": true, "between": true, "among": true, "under": true, "through": true, "across": true, "toward": true, "towards": true,
	"outside": true, "inside": true, "around": true, "behind": true, "beyond": true, "amid": true, "despite": true, "within": true,
	"without": true, "via": true, "alongside": true}

// partitives make "of" transparent: "millions of Iraqi people", "the leader of Iraq's … group".
var partitives = map[string]bool{"millions": true, "thousands": true, "hundreds": true, "dozens": true, "scores": true,
	"tens": true, "members": true, "supporters": true, "leader": true, "head": true, "chief": true, "spokesman": true,
	"some": true, "many": true, "most": true, "all": true, "groups": true, "units": true, "commander": true, "part": true,
	"group": true, "crowd": true, "crowds": true, "band": true, "handful": true}

// np reads the actor noun phrase(s) starting at token from: "X and Y" gives two. A phrase
// that names no actor leads to the one it governs: "an oil refinery in southern Russia", "a
// trade deal with Argentina", "negotiators from Armenia and Azerbaijan".
func (c *context) np(from, end int) []chronicle.EventActor {
	for hop := 0; hop < 3; hop++ {
		if from >= end {
			return nil // the sentence ends at the trigger ("A'd Aid")
		}
		from = c.skipNaming(from, end)
		out, stop := c.np1(from, end)
		if len(out) == 1 && stop+1 < end && (c.lower(stop) == "from" || c.lower(stop) == "of" || c.lower(stop) == "in") && !c.names(from, stop) && len(out[0].Code) >= 3 && !international[out[0].Code[:3]] && c.toks[stop+1].Tag != "VBG" && c.toks[stop+1].Tag != "``" {
			// (not "the charity of "working hand in hand with the smugglers"": a charge)
			// "soldiers from Papua New Guinea", "militants in northern Iraq", "the families of
			// the victims in Turkey": the role here, the country there
			if inner := c.np(stop+1, end); len(inner) > 0 && country(inner[0].Code) != "---" && country(inner[0].Code) != "" {
				one := out[0]
				out[0].Code = country(inner[0].Code) + one.Code[3:]
				if genericHeads[c.lower(stop-1)] && len(inner[0].Code) > 3 {
					out[0].Code = inner[0].Code // "four leaders of the opposition Jamaat party": the party's
				}
				for _, more := range inner[1:] {
					// "the foreign ministers of both countries": one for each
					if cc := more.Code; len(cc) == 3 && cc != "---" && !international[cc] && len(inner[0].Code) == 3 {
						a := one
						a.Code = cc + one.Code[3:]
						out = append(out, a)
					}
				}
			}
		}
		if stop < end && c.lower(stop) == "of" && stop > from && partitives[c.lower(stop-1)] && c.entAt[stop-1] < 0 && !slices.ContainsFunc(c.toks[from:stop], func(t chronicle.Token) bool { return t.Tag == "POS" }) {
			// "supporters of the MQM-P and the PPP": the group stands for those it belongs to
			// (but "China's deputy chief of mission" is China's, whatever follows)
			if inner := c.np(stop+1, end); len(inner) > 0 {
				return inner
			}
		}
		if len(out) == 0 && stop == from && stop+1 < end && helpVerbs[c.lower(stop)] && c.toks[stop].Tag == "VB" && stop > 0 && c.lower(stop-1) == "to" && (c.entAt[stop+1] >= 0 || c.lower(stop+1) == "the" && stop+2 < end && c.entAt[stop+2] >= 0) {
			// "sent vaccines to help Angola fight cholera": the one helped
			from = stop + 1
			continue
		}
		if len(out) > 0 && stop+1 < end && stop-1 > from && from > 0 && c.lower(stop-1) == "and" && prepositions[c.lower(stop)] && c.lower(from-1) == c.lower(stop) {
			// "spoke by phone with Japarov and with Tajik President Emomali Rahmon": the
			// preposition repeated after "and" adds a second actor
			if more, _ := c.np1(stop+1, end); len(more) > 0 {
				return append(out, more...)
			}
		}
		if len(out) == 0 && stop > from && stop+1 < end && c.toks[stop].Text == "," && c.describesPerson(from, stop) {
			// "detained the station's director, Ibrahima Sow,": the person the description names
			if named, _ := c.np1(stop+1, end); len(named) == 1 {
				return named
			}
		}
		if len(out) > 0 || stop >= end || !governing[c.lower(stop)] {
			return out
		}
		if stop+1 < end && c.toks[stop+1].Tag == "VBG" {
			return nil // "accused unnamed powers of supplying the jihadists": a charge, not whom
		}
		from = stop + 1
	}
	return nil
}

// skipNaming skips "what they call", "what she called" at token k: the words after it name the
// thing ("retaliate against what they call American theft").
func (c *context) skipNaming(k, end int) int {
	if j := c.naming(k, end); j > 0 {
		return j
	}
	if governing[c.lower(k)] {
		if j := c.naming(k+1, end); j > 0 {
			return j // "against what they call …"
		}
	}
	return k
}

// naming returns the token after "what <subject> call(s|ed)" starting at k, or 0.
func (c *context) naming(k, end int) int {
	if k >= end || c.lower(k) != "what" {
		return 0
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		switch c.lower(j) {
		case "call", "calls", "called", "describe", "describes", "described", "term", "terms", "termed":
			if j > k+1 {
				if q := j + 1; q < end && quoteMarks[c.toks[q].Text] {
					return q + 1
				}
				return j + 1
			}
			return 0
		case ",", ".", ";":
			return 0
		}
	}
	return 0
}

// names reports whether tokens [a, b) hold an entity.
func (c *context) names(a, b int) bool {
	for k := a; k < b; k++ {
		if c.entAt[k] >= 0 {
			return true
		}
	}
	return false
}

// helpVerbs, after "to", lead to the one helped when it is named: "sent vaccines to help
// Angola" (not "to help displaced people", whom the text does not place).
var helpVerbs = map[string]bool{"help": true, "assist": true, "support": true}

var governing = map[string]bool{"of": true, "with": true, "in": true, "to": true, "on": true, "against": true,
	"from": true, "near": true, "into": true, "between": true, "at": true, "inside": true}

// headsActor reports a token that heads an actor noun phrase: a role noun or a named actor.
func (c *context) headsActor(k int) bool {
	if c.entAt[k] >= 0 {
		return true
	}
	_, ok := c.roleNoun(k)
	return ok || frontNouns[c.lower(k)] && k > 0 && roleNouns[c.lower(k-1)] != "" // "the police line guarding …"
}

// coordinatedVerbTags are the tags of a verb that, after "and" in a noun phrase, starts a
// coordinated clause.
var coordinatedVerbTags = map[string]bool{"VBG": true, "VBD": true, "VBN": true, "VBZ": true}

// np1 reads the noun phrase starting at from and returns its actors and where it stops.
func (c *context) np1(from, end int) ([]chronicle.EventActor, int) {
	stop := from
	for stop < end && stop < from+14 {
		t := c.toks[stop]
		l := c.lower(stop)
		if t.Text == "," && !(stop+1 < end && c.entAt[stop+1] >= 0 && c.entAt[stop-1] >= 0 && c.doc.Entities[c.entAt[stop-1]].Type == chronicle.GPE && c.doc.Entities[c.entAt[stop+1]].Type == chronicle.GPE) ||
			t.Text == "." || t.Text == ";" || clauseStart[l] && l != "as" || l == "to" && stop > from ||
			(strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" && t.Tag != "VBG" && c.entAt[stop] < 0 && !quantifiers[l]) || (prepositions[l] && stop > from) ||
			l == "of" && stop > from && c.entAt[stop] < 0 ||
			t.Tag == "VBG" && stop > from && c.entAt[stop] < 0 && c.headsActor(stop-1) ||
			(l == "and" || l == "or") && stop+1 < end && coordinatedVerbTags[c.toks[stop+1].Tag] && c.entAt[stop+1] < 0 && stop > from ||
			stop > from && c.gapsAt(stop, end) {
			// "arrested protesters demanding reforms": the participle clause is no part of
			// the actor
			// "from EU countries and ordering …", "dispersed the march and detained eight
			// demonstrators", "to Bangladesh and Japan 3 million dollars": a coordinated
			// clause, not a second actor
			break
		}
		stop++
	}
	if stop == from {
		return nil, stop
	}
	if r, ok := roleNouns[c.lower(stop-1)]; ok && r == "" && stop+1 < end && c.lower(stop) == "of" && !possessives[c.lower(from)] {
		// "arrested 23 suspected members of the cartel", "supporters of the opposition": whose
		// members they are
		if owner, _ := c.np1(stop+1, end); len(owner) > 0 {
			return owner[:1], stop
		}
	}
	if stop-from == 2 && possessives[c.lower(from)] && strings.HasPrefix(c.lower(from+1), "counterpart") && stop+1 < end && c.toks[stop].Text == "," {
		// "talks with her counterpart, Mohamed Ould Brahim": the one named after the comma
		if e := c.entAt[stop+1]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
			if a := c.entityActor(e); a != nil {
				return []chronicle.EventActor{*a}, stop
			}
		}
	}
	if !c.names(from, stop) {
		if sides := c.bothSides(from, stop); len(sides) > 0 {
			return sides, stop
		}
	}
	if list := c.namedTogether(c.sentenceOf(from), stop-1, c.actor(c.toks[from].ByteStart, c.toks[stop-1].ByteEnd, "").TextSpan); len(list) > 0 {
		return list, stop // "accused the three European countries of …"
	}
	if !c.names(from, stop) {
		if g := c.theGroup(from, stop); g != nil {
			return []chronicle.EventActor{*g}, stop
		}
	}
	// coordination: split at "and"/"or" when both sides have an actor
	var out []chronicle.EventActor
	start := from
	for k := from; k <= stop; k++ {
		if k == stop || (c.lower(k) == "and" || c.lower(k) == "or") && c.entAt[k] < 0 {
			if k > start && k+3 == stop && (c.toks[k-1].Tag == "JJ" || c.toks[k-1].Tag == "NN") && c.toks[k+1].Tag == "JJ" && nominal[c.toks[k+2].Tag] {
				continue // "Moroccan civilian and military aircraft": modifiers sharing a head
			}
			if a := c.actorOf(start, k); a != nil {
				out = append(out, *a)
			}
			start = k + 1
		}
	}
	if len(out) == 0 {
		if a := c.actorOf(from, stop); a != nil {
			out = append(out, *a)
		}
	}
	return out, stop
}

// internationalRoles are officials "international" makes an international body's.
var internationalRoles = map[string]bool{"envoy": true, "mediator": true, "mediators": true, "representative": true,
	"observers": true, "monitors": true, "administrator": true, "inspectors": true}

// international codes are no country's: their body's role is not to be made a country's.
var international = map[string]bool{"IGO": true, "NGO": true}

// territoryNouns are a country's own ground, sea and sky: "its airspace".
var territoryNouns = map[string]bool{"airspace": true, "territory": true, "waters": true, "soil": true, "border": true, "sovereignty": true}

// asideOpeners open an aside about the subject: ", many of them farmers,", ", mostly students,".
var asideOpeners = map[string]bool{"many": true, "most": true, "mostly": true, "several": true, "including": true, "among": true}

// followers are people named by whom they follow; with no one named, a crowd.
var followers = map[string]bool{"supporters": true, "followers": true, "loyalists": true, "sympathisers": true, "sympathizers": true}

// countryEpithets head a description of a country: "the copper producer", "the Gulf state".
var countryEpithets = map[string]bool{"producer": true, "exporter": true, "nation": true, "state": true, "kingdom": true,
	"republic": true, "emirate": true, "archipelago": true}

// lastCountry is the country named last before token k (in its sentence or the three before), ""
// for none.
func (c *context) lastCountry(k int) string {
	first := c.doc.Sentences[max(0, c.sentenceOf(k)-3)].FirstToken
	for j := k - 1; j >= first; j-- {
		if e := c.entAt[j]; e >= 0 {
			if ent := c.doc.Entities[e]; ent.Type == chronicle.GPE && ent.Rule == "gazetteer:country" {
				return ent.Country
			}
		}
	}
	return ""
}

// possessorOf reports token k as the possessor of a noun other than the trigger at limit:
// "received the council's decision and urged" (the council urges nothing), not "the bloc's
// criticism".
func (c *context) possessorOf(k, limit int) bool {
	if k+2 >= len(c.toks) || c.toks[k+1].Text != "'s" && c.toks[k+1].Text != "’s" {
		return false
	}
	return k+2 < limit && !strings.HasPrefix(c.toks[limit].Tag, "NN")
}

// roleNoun is the actor role of the common noun at token k: the actor nouns file's, and a
// state's "foreign office" (not any office: "the UN human rights office" is a body's).
func (c *context) roleNoun(k int) (string, bool) {
	if r, ok := roleNouns[c.lower(k)]; ok {
		return r, ok
	}
	if c.lower(k) == "office" && k > 0 && c.lower(k-1) == "foreign" {
		return "GOV", true
	}
	return "", false
}

// neighbourNouns name a country by its place beside another.
var neighbourNouns = map[string]bool{"neighbour": true, "neighbor": true}

// quantifiers open a noun phrase whatever the tagger made of them ("appealed to both/VB the
// military and the Arakan Army").
var quantifiers = map[string]bool{"both": true, "all": true, "each": true, "either": true}

// actorOf codes the actor of tokens [a, b).
func (c *context) actorOf(a, b int) *chronicle.EventActor {
	if a >= b {
		return nil
	}
	if r := c.epithet(a, b); r != nil {
		return r
	}
	if c.lower(a) == "its" && b-a >= 2 && territoryNouns[c.lower(a+1)] {
		// "Greece complained to NATO after Turkish jets entered its airspace": the country
		// last named, as only a country has airspace
		first := c.doc.Sentences[max(0, c.sentenceOf(a)-1)].FirstToken
		for j := a - 1; j >= first; j-- {
			if e := c.entAt[j]; e >= 0 && c.doc.Entities[e].Type == chronicle.GPE && c.doc.Entities[e].Country != "" {
				return c.actor(c.toks[a].ByteStart, c.toks[a+1].ByteEnd, c.doc.Entities[e].Country)
			}
		}
	}
	if l := c.lower(a); (l == "its" || l == "their") && neighbourNouns[c.lower(b-1)] && b-a <= 4 {
		// "Niger …, accusing its southern neighbour of …": the other country the story is most
		// about than the subject's
		own := c.sentenceSubject(c.sentenceOf(a), a)
		if p := c.pronoun(a); len(own) == 0 && p != nil {
			own = []chronicle.EventActor{*p}
		}
		if len(own) > 0 && len(country(own[0].Code)) == 3 {
			if other := c.otherCountry(country(own[0].Code)); other != "" {
				return c.actor(c.toks[a].ByteStart, c.toks[b-1].ByteEnd, other)
			}
		}
	}
	if pronounWords[c.lower(a)] && b-a <= 2 {
		if c.lower(a) == "it" {
			return nil
		}
		return c.pronoun(a)
	}
	// a person or organisation, the first one named, or a building that stands for a
	// government ("the Kremlin")
	for k := a; k < b; k++ {
		if e := c.entAt[k]; e >= 0 {
			if t := c.doc.Entities[e].Type; t == chronicle.Person || t == chronicle.Org || t == chronicle.Fac && c.doc.Entities[e].Actor != "" || t == chronicle.NORP && c.doc.Entities[e].Actor == "IGO" {
				return c.entityActor(e)
			}
		}
	}
	if b-a == 1 || b-a == 2 && c.lower(a) == "the" {
		// "the bloc", "the court": the body the text named before
		if body := c.theBody(b - 1); body != nil {
			return body
		}
	}
	if b-a >= 4 && c.lower(a) == "the" && (c.toks[a+2].Text == "'s" || c.toks[a+2].Text == "’s") {
		// "the bloc's ambassador", "the council's decision": the body's own
		if body := c.theBody(a + 1); body != nil && strings.HasPrefix(c.toks[b-1].Tag, "NN") {
			return body
		}
	}
	if b-a >= 3 && c.lower(a) == "the" && countryEpithets[c.lower(b-1)] {
		// "the copper producer agreed with China", "the Gulf state", "the island nation": the
		// country last named
		if cc := c.lastCountry(a); cc != "" {
			return c.actor(c.toks[a].ByteStart, c.toks[b-1].ByteEnd, cc)
		}
	}
	for k := a; k+1 < b; k++ {
		if kind, ok := bodyHeads[c.lower(k)]; ok && c.entAt[k] < 0 && c.toks[k].Text != c.lower(k) && roleNouns[c.lower(b-1)] != "" {
			// "senior Commission officials": the commission the text has named
			if body := c.findBody(k, c.lower(k), kind); body != nil {
				return body
			}
		}
		if c.lower(k) == "international" && internationalRoles[c.lower(k+1)] {
			// "The international envoy overseeing Bosnia's peace deal": an international body's
			return c.actor(c.toks[k].ByteStart, c.toks[k+1].ByteEnd, "IGO")
		}
	}
	// a place or nationality with a role noun: "US military", "the Iraqi parliament", "Iraqis"
	country, countryAt := "", -1
	for k := a; k < b; k++ {
		if e := c.entAt[k]; e >= 0 {
			if t := c.doc.Entities[e].Type; (t == chronicle.GPE || t == chronicle.NORP) && c.doc.Entities[e].Country != "" {
				country, countryAt = c.doc.Entities[e].Country, e
				break
			}
		}
	}
	role, roleAt := "", -1
	for k := b - 1; k >= a; k-- {
		// "army-held neighbourhoods", "rebel-controlled towns": the role before the hyphen
		if l := c.lower(k); strings.Contains(l, "-") && role == "" {
			if r, ok := roleNouns[l[:strings.Index(l, "-")]]; ok && r != "" {
				role, roleAt = r, k
				break
			}
		}
		if r, ok := c.roleNoun(k); ok && c.entAt[k] < 0 && !c.forceUsed(k) {
			role, roleAt = r, k
			if r == "CVL" && k > a && armedWords[c.lower(k-1)] {
				role = "UAF" // "armed men", "masked youths": attackers, not civilians
			}
			if k > a && genericHeads[c.lower(k)] && c.entAt[k-1] < 0 {
				// "opposition leaders", "separatist commanders", "army officials": the group
				// the modifier names
				m := c.lower(k - 1)
				if mr, ok := roleNouns[m]; ok && mr != "" {
					role = mr
				} else if mr := roleNouns[m+"s"]; mr != "" && (c.toks[k-1].Tag == "JJ" || c.toks[k-1].Tag == "NN") {
					role = mr
				}
			}
			if r != "" {
				break
			}
		}
		if strings.Contains(c.lower(k), "-led") || strings.HasSuffix(c.lower(k), "-backed") {
			break
		}
	}
	// "military cooperation": a role word modifying another noun is not the phrase's head
	if roleAt >= 0 && roleAt < b-1 && c.entAt[b-1] < 0 && strings.HasPrefix(c.toks[b-1].Tag, "NN") && !strings.Contains(c.lower(roleAt), "-") && c.toks[roleAt+1].Tag != "POS" && !c.pluralPossessive(roleAt+1) {
		if _, ok := roleNouns[c.lower(b-1)]; !ok && !instrumentNouns[c.lower(b-1)] && !frontNouns[c.lower(b-1)] {
			role, roleAt = "", -1
		}
	}
	if countryAt < 0 && roleAt >= 0 {
		if body := c.theBody(roleAt); body != nil {
			return body // "the court's jurisdiction"
		}
	}
	switch {
	case countryAt >= 0 && roleAt >= 0:
		e := c.doc.Entities[countryAt]
		return c.actor(min(e.ByteStart, c.toks[roleAt].ByteStart), max(e.ByteEnd, c.toks[roleAt].ByteEnd), country+role)
	case countryAt >= 0:
		e := c.doc.Entities[countryAt]
		if e.Type == chronicle.NORP && strings.HasSuffix(e.Text, "s") && e.Text != e.Canonical+"" || e.Type == chronicle.NORP && isPlural(e.Text) {
			return c.actor(e.ByteStart, e.ByteEnd, country+"CVL") // "Iraqis"
		}
		return c.entityActor(countryAt)
	case roleAt >= 0 && (role != "" || groupNouns[c.lower(roleAt)]) && c.main != "" && !namedOnly[c.lower(roleAt)]:
		return c.actor(c.toks[roleAt].ByteStart, c.toks[roleAt].ByteEnd, c.speakersState(roleAt, role)+role)
	}
	return nil
}

// crowdState is the country of unnamed civilians at token k ("300 people protested outside the
// Russian embassy in Prague"): that of the place their sentence names, else the story's.
func (c *context) crowdState(k int) string {
	if p := c.placeIn(c.sentenceOf(k)); p != nil && p.Country != "" {
		return p.Country
	}
	return c.home // "ERBIL, Iraq - … sparking angry protests outside a Turkish base": Iraqis
}

// speakersState is the country of a bare armed force ("the army") at token k: the story's main
// country, but when it opens what a state's official says ("Serbia's president said the army
// had been put on alert") that official's own. Elsewhere in the clause ("said the army
// had shelled …", "said the government must …") it is as often the other side's.
// namedBefore is, for a plural role noun at k after "the" ("the diplomats"), the country of
// the nationality or country that the same noun had before it when the text last used it
// ("four Indian diplomats"); "" when there is none.
func (c *context) namedBefore(k int) string {
	if k == 0 || c.lower(k-1) != "the" || !isPlural(c.lower(k)) {
		return ""
	}
	first := c.doc.Sentences[max(0, c.sentenceOf(k)-8)].FirstToken
	for j := k - 2; j >= first; j-- {
		if c.lower(j) != c.lower(k) {
			continue
		}
		for m := j - 1; m >= first && m >= j-3; m-- {
			if e := c.entAt[m]; e >= 0 {
				if ent := c.doc.Entities[e]; (ent.Type == chronicle.NORP || ent.Type == chronicle.GPE) && ent.Country != "" {
					return ent.Country
				}
				break
			}
		}
		return ""
	}
	return ""
}

// openingPlace is, for a role noun at token at of a sentence that opens "In <place>," ("In
// Nairobi, opposition lawmakers renewed their calls for the government …"), the place's
// country, when the subject names nobody else; "" otherwise ("In Geneva, the UN office urged
// the government": not Switzerland's).
func (c *context) openingPlace(si, at int) string {
	s := c.doc.Sentences[si]
	k := s.FirstToken
	if k+2 >= s.EndToken || c.lower(k) != "in" {
		return ""
	}
	e := c.entAt[k+1]
	if e < 0 || c.doc.Entities[e].Type != chronicle.GPE {
		return ""
	}
	m := k + 1
	for m < s.EndToken && c.entAt[m] == e {
		m++
	}
	if m >= s.EndToken || c.toks[m].Text != "," {
		return ""
	}
	for j := m + 1; j < at; j++ {
		if t := c.toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			break
		}
		if c.entAt[j] >= 0 {
			return ""
		}
	}
	return c.doc.Entities[e].Country
}

func (c *context) speakersState(k int, r string) string {
	if r == "CVL" {
		return c.crowdState(k)
	}
	if where := c.namedBefore(k); where != "" {
		return where // "Canada expelled four Indian diplomats … the diplomats used intermediaries": India's
	}
	if where := c.subjectCountry(k, r); where != "" {
		return where // "Poland began moving troops …, and the government accused Minsk": Poland's
	}
	if where := c.armedGroupNamed(k, r); where != "" {
		return where // "Al Shabaab fighters stormed Elwak … The militants attacked a police post": Somalia's
	}
	if where := c.openingPlace(c.sentenceOf(k), k); where != "" && r != "" {
		return where // "In Nairobi, opposition lawmakers renewed their calls": Kenya's
	}
	if r != "MIL" || c.inSpeaker || k < 2 || c.lower(k-1) != "the" {
		return c.main
	}
	if l := c.lower(k - 2); l != "said" && l != "says" && l != "that" {
		return c.armyNamed(k)
	}
	c.inSpeaker = true // the speaker's own apposition may hold a bare role noun too
	sp := c.speakerActor(k)
	c.inSpeaker = false
	if sp == nil || !stateRole[role(sp.Code)] {
		return c.main
	}
	if cc := country(sp.Code); len(cc) == 3 && cc != "IGO" && cc != "---" {
		return cc
	}
	return c.main
}

// subjectCountry is, for "the government" (or another state body) at token k acting as a
// subject, the country that is the subject of its sentence's first clause, when a country is;
// "" otherwise.
func (c *context) subjectCountry(k int, r string) string {
	si := c.sentenceOf(k)
	if !stateRole[r] || k == 0 || c.lower(k-1) != "the" || k+1 >= c.doc.Sentences[si].EndToken {
		return ""
	}
	if t := c.toks[k+1].Tag; !strings.HasPrefix(t, "VB") && t != "MD" {
		return "" // a subject only: "the United States urged the government" is the story's
	}
	subj := c.sentenceSubject(si, k-1)
	if len(subj) == 0 {
		return ""
	}
	cc := country(subj[0].Code)
	if e := c.entAt[c.tokenAt(subj[0].Start)]; e < 0 || c.doc.Entities[e].Type != chronicle.GPE || cc != c.home && cc != c.main {
		return "" // (not "Canada offered talks, but the government denied" in a story on Cameroon)
	}
	return cc
}

// armedGroupNamed is, for a plural role noun of an armed group after "the" at token k ("the
// militants", "the insurgents"), the country of the last armed group the text named in the
// eight sentences before; "" when it named none.
func (c *context) armedGroupNamed(k int, r string) string {
	if r != "REB" || k == 0 || c.lower(k-1) != "the" || !isPlural(c.lower(k)) {
		return ""
	}
	first := c.doc.Sentences[max(0, c.sentenceOf(k)-8)].FirstToken
	for j := k - 2; j >= first; j-- {
		if e := c.entAt[j]; e >= 0 {
			if ent := c.doc.Entities[e]; ent.Type == chronicle.Org && (role(ent.Actor) == "REB" || role(ent.Actor) == "UAF") && len(ent.Country) == 3 {
				return ent.Country
			}
		}
	}
	return ""
}

// armyNamed is the country of a bare "the army" at token k: that of the last armed force the
// text named with its country ("Sudan's army", "Myanmar's military", "Ethiopian troops") in the
// sixteen sentences before, when it named one; else the story's.
func (c *context) armyNamed(k int) string {
	if !institutionForces[c.lower(k)] {
		return c.main // "appealed to the soldiers at the barracks": people, often the story's own
	}
	first := c.doc.Sentences[max(0, c.sentenceOf(k)-16)].FirstToken
	for j := k - 1; j > first; j-- {
		if roleNouns[c.lower(j)] != "MIL" || c.entAt[j] >= 0 {
			continue
		}
		p := j - 1
		if t := c.toks[p].Text; (t == "'s" || t == "’s") && p > first {
			p--
		}
		if e := c.entAt[p]; e >= 0 {
			if ent := c.doc.Entities[e]; (ent.Type == chronicle.GPE || ent.Type == chronicle.NORP) && len(ent.Country) == 3 {
				return ent.Country
			}
		}
	}
	return c.main
}

// institutionForces name a state's armed force as an institution.
var institutionForces = map[string]bool{"army": true, "military": true, "navy": true, "forces": true}

// genericHeads are role nouns whose modifier tells whose they are: "opposition leaders",
// "rebel commanders".
var genericHeads = map[string]bool{"leaders": true, "leader": true, "commanders": true, "commander": true,
	"officials": true, "official": true, "figures": true}

// instrumentNouns are the means of force by which a text names who used it: "killed by police
// gunfire", "army shelling".
var instrumentNouns = map[string]bool{"gunfire": true, "fire": true, "bullets": true, "shelling": true, "shells": true,
	"airstrikes": true, "airstrike": true, "bombardment": true, "rockets": true, "missiles": true, "artillery": true}

// frontNouns are where a force stands, which stand for it: "hurled bottles at police lines",
// "shelled army positions".
var frontNouns = map[string]bool{"lines": true, "line": true, "cordon": true, "cordons": true, "positions": true,
	"post": true, "posts": true, "checkpoint": true, "checkpoints": true}

// namedOnly role nouns are actors only with their country named: "the Indian side", not
// "either side".
var namedOnly = map[string]bool{"side": true, "representative": true}

func isPlural(s string) bool { return strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") }

func (c *context) actor(bs, be int, code string) *chronicle.EventActor {
	d := c.doc
	txt := d.Text[bs:be]
	return &chronicle.EventActor{TextSpan: chronicle.TextSpan{Text: txt, Start: d.Rune(bs), End: d.Rune(be)}, Name: txt, Code: code}
}

// entityActor codes an entity mention; a person the text gives no country is taken to be of the
// article's main country.
func (c *context) entityActor(e int) *chronicle.EventActor {
	ent := c.doc.Entities[e]
	code := ent.Actor
	if code == "" {
		code = ent.Country
	}
	if code == "---IGO" {
		code = "IGO" // "Secretary-General Antonio Guterres": an officer of an international body, of no country
	} else if (code == "" || strings.HasPrefix(code, "---")) && (ent.Type == chronicle.Person || ent.Type == chronicle.Org) && c.main != "" {
		code = c.main + strings.TrimPrefix(code, "---")
		if r := code[3:]; domesticTitles[r] && c.home != "" {
			// "Opposition trade spokesman Angus McRae" in a story filed from Canberra about a
			// deal with China: the opposition of the country the story is filed from
			code = c.home + r
		}
	}
	if code == "" {
		return nil
	}
	return &chronicle.EventActor{TextSpan: chronicle.TextSpan{Text: ent.Text, Start: ent.Start, End: ent.End}, Name: ent.Canonical, Code: code}
}

// domesticTitles are roles only a country's own politics has: its opposition, parties and lawmakers.
var domesticTitles = map[string]bool{"OPP": true, "PTY": true, "LEG": true}

// pronoun resolves a pronoun: "we", "I" to the speaker inside a quote; "he", "him", "she",
// "her" to the last person named; "they", "them", "it" to the last organisation or group.
func (c *context) pronoun(k int) *chronicle.EventActor {
	switch c.lower(k) {
	case "we", "us", "i", "me":
		return c.speakerActor(k)
	}
	want, also := chronicle.Person, chronicle.Person
	if l := c.lower(k); l == "they" || l == "them" || l == "their" {
		want, also = chronicle.Org, chronicle.Org
	} else if l == "it" || l == "its" {
		want, also = chronicle.Org, chronicle.GPE // "Iran said it was ready"
	}
	var speaker *chronicle.EventActor
	if want == chronicle.Org && also == chronicle.Org {
		speaker = c.speakerActor(k) // in a quote, "they" are others than the speaker's side ("it" may be the speaker)
	}
	if want == chronicle.Person {
		if a := c.describedAntecedent(k); a != nil {
			return a
		}
		if a := c.personAntecedent(k); a != nil {
			return a
		}
	} else if l := c.lower(k); (l == "it" || l == "they" || l == "its" || l == "their") && speaker == nil {
		if a := c.bodyAntecedent(k); a != nil {
			return a
		}
	}
	if l := c.lower(k); (l == "it" || l == "they") && k >= 2 && (saidWords[c.lower(k-1)] || c.lower(k-1) == "that" && c.saidBefore(k-1) >= 0) {
		// "The European Union criticised the U.S. move and said it was ready", "said in a
		// joint statement that they": the subject of "said", not the last body named
		v := k - 1
		if c.lower(v) == "that" {
			v = c.saidBefore(v)
		}
		if sp := c.subjectBefore(c.sentenceOf(k), v); sp != nil && !c.personOf(*sp) && !pronounWords[strings.ToLower(sp.Text)] {
			sp.Text, sp.Start, sp.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
			return sp
		}
	}
	if a := c.crowdAntecedent(k); a != nil {
		return a
	}
	if a := c.clauseSubjectAntecedent(k); a != nil {
		return a
	}
	relative := c.relativeClauses(k)
	first := c.doc.Sentences[c.sentenceOf(k)].FirstToken
	for j := k - 1; j >= 0; j-- {
		if j < first {
			// "Oman, which has long served as a go-between for Tehran, offered to mediate.
			// Its foreign minister …": nor in the sentences before
			s := c.doc.Sentences[c.sentenceOf(j)]
			first, relative = s.FirstToken, c.relativeClauses(s.EndToken-1)
		}
		if relative[j] {
			continue // "ECOWAS, which Mali has said it will quit, said that it …": not Mali
		}
		if e := c.entAt[j]; e >= 0 && (c.doc.Entities[e].Type == want || c.doc.Entities[e].Type == also) {
			if l := c.lower(k); (l == "he" || l == "she") && want == chronicle.Person {
				if s := c.subjectOverObject(e, k); s >= 0 {
					e = s
				}
			}
			a := c.entityActor(e)
			if a != nil && (speaker != nil && a.Code == speaker.Code || want == chronicle.Org && role(a.Code) == "MED") {
				continue // nor the news agency of the dateline
			}
			if a != nil {
				a.Text, a.Start, a.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
			}
			return a
		}
	}
	return nil
}

// saidBefore is the verb of saying shortly before "that" at token k ("said in a joint
// statement that"), -1 when there is none.
func (c *context) saidBefore(k int) int {
	first := c.doc.Sentences[c.sentenceOf(k)].FirstToken
	for j := k - 1; j >= first && j >= k-6; j-- {
		if saidWords[c.lower(j)] {
			return j
		}
		if c.toks[j].Text == "," || strings.HasPrefix(c.toks[j].Tag, "VB") {
			return -1
		}
	}
	return -1
}

// subjectOverObject is, for a person entity e that is a verb's object ("Abenov met Nazarov in
// Dushanbe and then flew to Tashkent, where he held talks"), the person who is that verb's
// subject earlier in the pronoun k's sentence, else -1: a subject pronoun continues the subject.
// Not after "who", which opens the object's own clause ("called Macron, who said he").
func (c *context) subjectOverObject(e, k int) int {
	si := c.sentenceOf(k)
	first := c.doc.Sentences[si].FirstToken
	o := c.tokenAt(c.doc.Entities[e].Start)
	for o > first && (c.toks[o-1].Tag == "NNP" || c.toks[o-1].Tag == "JJ") {
		o-- // "met Ugandan President Yoweri Museveni": the title before the name
	}
	if o <= first || !strings.HasPrefix(c.toks[o-1].Tag, "VB") {
		return -1
	}
	for j := o + 1; j < k; j++ {
		if w := c.lower(j); w == "who" || w == "whom" || w == "which" {
			return -1
		}
	}
	for j := first; j < o-1; j++ {
		s := c.entAt[j]
		if s < 0 || s == e || c.doc.Entities[s].Type != chronicle.Person {
			continue
		}
		end := c.tokenAt(c.doc.Entities[s].End - 1)
		if end+1 == o-1 {
			return s // "Abenov met Nazarov": the subject right before the verb
		}
	}
	return -1
}

// subjectBefore finds the nearest actor before token i in its clause, skipping objects of
// prepositions and possessors.
func (c *context) subjectBefore(si, i int) *chronicle.EventActor {
	q := c.quoteAt[i]
	if q >= 0 && strings.HasPrefix(c.toks[i].Tag, "NN") && c.fragment(si, q) {
		q = -1 // `ECCAS expressed its "full support"`: words quoted in the narrator's sentence
	}
	return c.subjectWithin(si, i, q)
}

// subjectWithin is subjectBefore that does not leave quote q (none: -1).
func (c *context) subjectWithin(si, i, q int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	for k := i - 1; k >= s.FirstToken; k-- {
		if c.quoteAt[k] != q && q >= 0 || c.toks[k].Text == ";" || c.toks[k].Text == ":" || dashes[c.toks[k].Text] {
			break // a dateline's dash ends the search: "JAKARTA (Reuters) - Floods killed …"
		}
		if c.toks[k].Text == "," {
			// "Congo and the rebels, he said, had agreed": a reporting aside is no subject
			if j := c.reportingAside(k, s.FirstToken); j >= 0 {
				k = j
				continue
			}
			// "Several thousand supporters, many of them farmers who had travelled by bus,
			// rallied": the subject is before the aside
			for j := k - 1; j > s.FirstToken && j >= k-24; j-- {
				if c.toks[j].Text == "," && j+1 < k && asideOpeners[c.lower(j+1)] {
					k = j
					break
				}
			}
			// "Rwanda, which United Nations experts have accused of arming M23, welcomed": the
			// subject is before the relative clause, not in it
			if j := c.relativeBefore(k+1, s.FirstToken); j >= 0 {
				k = j
			}
			continue
		}
		if l := c.lower(k); l == "who" || l == "which" || l == "that" && c.relativeThat(k, i) {
			// "commanders who block access", "the office, which is based in Santiago, called
			// on": the subject is the antecedent of the relative clause
			j := k - 1
			if j >= s.FirstToken && c.toks[j].Text == "," {
				j--
			}
			for ; j >= s.FirstToken && !strings.HasPrefix(c.toks[j].Tag, "VB") && c.toks[j].Text != ","; j-- {
				if a := c.candidate(j, s.FirstToken, k); a != nil {
					return a
				}
			}
			return nil
		}
		if disasterWords[c.lower(k)] {
			return nil // "Cyclone Sidr killed 3,000 people", "floods killed 30": no one did it
		}
		if a := c.candidate(k, s.FirstToken, i); a != nil {
			return a
		}
	}
	return nil
}

// reportingAside is, for the comma at token k that closes an aside like ", he said," or ",
// officials added,", the comma that opens it; -1 when there is none.
func (c *context) reportingAside(k, first int) int {
	said := false
	for j := k - 1; j > first && j >= k-5; j-- {
		if c.toks[j].Text == "," {
			if said {
				return j
			}
			return -1
		}
		l := c.lower(j)
		if saidWords[l] {
			said = true
		} else if strings.HasPrefix(c.toks[j].Tag, "VB") {
			return -1
		}
	}
	return -1
}

// fragment reports quote q as a few words quoted inside sentence si, which the narrator's words
// open: `expressed its "full support" for`, not a quoted sentence.
func (c *context) fragment(si, q int) bool {
	s := c.doc.Sentences[si]
	n, opened := 0, false
	for k := s.FirstToken; k < s.EndToken; k++ {
		if c.quoteAt[k] != q {
			continue
		}
		if n == 0 {
			opened = k > s.FirstToken+1
		}
		n++
	}
	return opened && n <= 6
}

// disasterWords name natural disasters and accidents, which do things to people without an
// actor.
var disasterWords = map[string]bool{"cyclone": true, "typhoon": true, "hurricane": true, "storm": true, "floods": true,
	"flood": true, "flooding": true, "earthquake": true, "quake": true, "landslide": true, "landslides": true,
	"tsunami": true, "drought": true, "heatwave": true, "wildfire": true, "wildfires": true, "tornado": true,
	"collapse": true, "accident": true, "crash": true, "avalanche": true, "mudslide": true, "eruption": true}

// relativeThat reports "that" as the subject of a relative clause whose verb is token i:
// "fighting that has killed thousands" (not "said that troops killed").
func (c *context) relativeThat(k, i int) bool {
	if k == 0 || k+1 > i || !nominal[c.toks[k-1].Tag] && c.toks[k-1].Tag != "VBG" && c.toks[k-1].Tag != "NNP" {
		return false
	}
	for j := k + 1; j < i; j++ {
		if !auxiliaries[c.lower(j)] && c.toks[j].Tag != "RB" && c.toks[j].Tag != "MD" {
			return false
		}
	}
	return strings.HasPrefix(c.toks[i].Tag, "VB")
}

// sentenceSubject is the first actor of the sentence before token i.
func (c *context) sentenceSubject(si, i int) []chronicle.EventActor {
	s := c.doc.Sentences[si]
	first := s.FirstToken
	for k := first; k < i && k < s.FirstToken+15; k++ {
		if dashes[c.toks[k].Text] {
			first = k + 1 // "BRUSSELS, March 9 (Reuters) - The European Commission …": not the dateline
			break
		}
	}
	for k := first; k < i; k++ {
		if a := c.candidate(k, first, i); a != nil {
			return []chronicle.EventActor{*a}
		}
	}
	return nil
}

// candidate codes token k as a subject, or returns nil: an entity not after a preposition and
// not a possessor, a role noun with its modifiers, or a pronoun.
func (c *context) candidate(k, first, limit int) *chronicle.EventActor {
	if subjectPronouns[c.lower(k)] {
		return c.pronoun(k)
	}
	e := c.entAt[k]
	if e >= 0 {
		ent := c.doc.Entities[e]
		start := k
		for start > first && c.entAt[start-1] == e {
			start--
		}
		end := k
		for end+1 < limit && c.entAt[end+1] == e {
			end++
		}
		before := c.approximated(c.determined(start, first), first) // "from the University of Chile"
		if before > first && prepositions[c.lower(before-1)] && !(subordinators[c.lower(before-1)] && end+1 < len(c.toks) && finite[c.toks[end+1].Tag]) && !c.actsFor(before, first) {
			return nil // not "after the ELN accused …": there "after" starts a clause
		}
		if c.ofAnother(start, first) && !(end+1 == limit && limit < len(c.toks) && strings.HasPrefix(c.toks[limit].Tag, "NN")) {
			return nil // but "reporting of a Human Rights Watch investigation": the name is the noun's own
		}
		if end+1 < len(c.toks) && (c.toks[end+1].Text == "'s" || c.toks[end+1].Text == "’s") {
			return nil
		}
		if ent.Type == chronicle.NORP || ent.Type == chronicle.GPE {
			// extend to a following role noun: "the Iraqi parliament", "US forces"
			for j := end + 1; j < limit && j <= end+3; j++ {
				if _, ok := roleNouns[c.lower(j)]; ok {
					return c.actorOf(start, j+1)
				}
				if vesselNouns[c.lower(j)] || c.lower(j) == "artillery" {
					// "A Chinese coast guard ship rammed …", "Azerbaijani artillery shelled …": a
					// state's ship or guns as a subject act for its forces
					return c.actor(c.toks[start].ByteStart, c.toks[j].ByteEnd, country(c.entityActor(e).Code)+"MIL")
				}
			}
			if ent.Type == chronicle.NORP && ent.Actor == "IGO" {
				return c.actorOf(start, end+1) // "A West African mediation team": the region's bloc
			}
			if ent.Type == chronicle.NORP && !isPlural(ent.Text) {
				return nil // an adjective without its noun
			}
			if ent.Type == chronicle.GPE && end+1 < limit && c.toks[end+1].Tag == "NN" && c.entAt[end+1] < 0 {
				return nil // "the Algiers accord": a place naming a thing
			}
		}
		return c.actorOf(start, end+1)
	}
	r, isRole := c.roleNoun(k)
	if c.forceUsed(k) {
		return nil
	}
	if !isRole && countryHeads[c.lower(k)] {
		// "Both governments blamed each other", "The two countries agreed": the two named
		if list := c.namedTogether(c.sentenceOf(k), k, c.actor(c.toks[k].ByteStart, c.toks[k].ByteEnd, "").TextSpan); len(list) > 0 {
			return &list[0]
		}
	}
	if !isRole && k > first {
		if body := c.theBody(k); body != nil && !c.possessorOf(k, limit) {
			return body // "the bloc rejected", "the bloc's criticism"
		}
		if countryEpithets[c.lower(k)] {
			a := k
			for a > first && a > k-4 && (c.toks[a-1].Tag == "JJ" || c.toks[a-1].Tag == "NN" || c.toks[a-1].Tag == "NNP") && c.entAt[a-1] < 0 {
				a--
			}
			if a > first && c.lower(a-1) == "the" && a < k {
				return c.actorOf(a-1, k+1) // "after the copper producer agreed"
			}
		}
		if _, ok := bodyHeads[c.lower(k)]; ok {
			// "The International Monetary Fund's executive board approved": the body's own
			a := k
			for a > first && c.toks[a-1].Tag == "JJ" {
				a--
			}
			if w := c.ownerStart(a, first); w >= 0 && c.doc.Entities[c.entAt[w]].Type == chronicle.Org {
				return c.entityActor(c.entAt[w])
			}
		}
	}
	if isRole && r == "" && k > first && (k-1 == first || !prepositions[c.lower(k-2)]) {
		// "its members", "their supporters", "Lebedeva's supporters": whoever the possessive
		// stands for
		var owner *chronicle.EventActor
		from := c.toks[k-1].ByteStart
		if possessives[c.lower(k-1)] {
			owner = c.pronoun(k - 1)
		} else if t := c.toks[k-1].Text; (t == "'s" || t == "’s") && k-2 >= first && c.entAt[k-2] >= 0 {
			owner = c.entityActor(c.entAt[k-2])
			from = c.doc.Entities[c.entAt[k-2]].ByteStart
		}
		if owner != nil && owner.Code != "" {
			out := *owner
			out.TextSpan = c.actor(from, c.toks[k].ByteEnd, "").TextSpan
			return &out
		}
		if owner == nil && followers[c.lower(k)] && c.entAt[k-1] < 0 {
			// "Several thousand supporters rallied": people, of the place they are in
			return c.actor(c.toks[k].ByteStart, c.toks[k].ByteEnd, c.crowdState(k)+"CVL")
		}
	}
	if isRole && r != "" {
		if k > first {
			if body := c.theBody(k); body != nil {
				return body // "the court ruled"
			}
		}
		// its modifiers: adjectives, names and nouns ("the Iraqi parliament", "its fighters")
		a := k
		for a > first && (a > k-3 || a > k-4 && c.lower(k-1) == "affairs") && (modifierTags[c.toks[a-1].Tag] || c.lower(a-1) == "affairs") {
			a-- // "India's external affairs minister"
		}
		o := a
		for o > first && o > a-2 && c.toks[o-1].Tag == "JJS" {
			o-- // "largest", "biggest"
		}
		if w := c.ownerStart(o, first); w >= 0 && c.doc.Entities[c.entAt[w]].Type == chronicle.GPE {
			a = w // "France's largest farm union": the country that owns it
		}
		a = c.approximated(a, first)
		if e := c.entAt[a]; e >= 0 {
			for a > first && c.entAt[a-1] == e {
				a-- // "the Freedom and Direct Democracy party": the whole name
			}
		}
		if c.ofAnother(a, first) {
			return nil
		}
		if d := c.determined(a, first); d > first && prepositions[c.lower(d-1)] && !(subordinators[c.lower(d-1)] && k+1 < len(c.toks) && finite[c.toks[k+1].Tag]) && !c.actsFor(d, first) {
			// not "clashed with protesters", "wrote to his Indian counterpart", but "after
			// protesters set fire to trucks"
			return nil
		}
		ac := c.actorOf(a, k+1)
		if a > first && ac != nil && possessives[c.lower(a-1)] && !c.names(a, k+1) {
			// "its troops", "his government": the country of what the possessive stands for
			if owner := c.pronoun(a - 1); owner != nil && len(owner.Code) >= 3 {
				ac.Code = owner.Code[:3] + r
			}
		}
		return ac
	}
	return nil
}

// ofAnother reports a noun phrase starting at k that follows "of" and so belongs to the
// phrase before: "Iraq" in "the government of Iraq", "the party" in "Radek Hajek of the
// Freedom party", "the people" in "respected the choice of the people and accused", but not
// "the rebels" in "some of the rebels" nor, after a determiner, "the U.N." in "the office of
// the U.N.", which stands for it.
func (c *context) ofAnother(k, first int) bool {
	d := c.determined(k, first)
	if d <= first+1 || c.lower(d-1) != "of" || partitives[c.lower(d-2)] || c.toks[d-2].Tag == "CD" {
		return false // "Twenty of the detainees": the detainees
	}
	return d == k || !speaksFor[c.lower(d-2)]
}

// speaksFor are nouns whose "of" phrase names the actor they stand for: "the office of the U.N.
// envoy", "a delegation of the African Union".
var speaksFor = map[string]bool{"office": true, "offices": true, "secretariat": true, "delegation": true, "delegations": true,
	"mission": true, "team": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "envoy": true}

// actsFor reports "lawyers for" right before the phrase at token d ("Lawyers for the president
// filed an appeal"): those named act for whoever the phrase names.
func (c *context) actsFor(d, first int) bool {
	if d-2 < first || c.lower(d-1) != "for" || !agents[c.lower(d-2)] {
		return false
	}
	j := d - 2
	for j > first && (determiners[c.lower(j-1)] || c.toks[j-1].Tag == "JJ") {
		j--
	}
	// not "Jelena Markovic, a spokeswoman for the Alliance,": the one named is the subject
	return !(j-2 >= first && c.toks[j-1].Text == "," && c.entAt[j-2] >= 0 && c.doc.Entities[c.entAt[j-2]].Type == chronicle.Person)
}

// agents act for someone named after "for".
var agents = map[string]bool{"lawyers": true, "lawyer": true, "attorneys": true, "attorney": true, "counsel": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true}

// determined moves a noun phrase's start k back over its determiners.
func (c *context) determined(k, first int) int {
	for k > first && determiners[c.lower(k-1)] {
		k--
	}
	return k
}

// approximated moves a noun phrase's start k back over the words that make its number
// approximate ("About 300 people", "more than 200 residents", "at least 40 Iraqis"), which look
// like a preposition before the phrase but are part of it.
func (c *context) approximated(k, first int) int {
	if k <= first || c.toks[k].Tag != "CD" {
		return k
	}
	if k-2 >= first && approximators2[c.lower(k-2)+" "+c.lower(k-1)] {
		return k - 2
	}
	if approximators[c.lower(k-1)] {
		return k - 1
	}
	return k
}

// approximators, of one word and of two, come before a number.
var (
	approximators  = map[string]bool{"about": true, "around": true, "over": true, "nearly": true, "almost": true, "roughly": true, "approximately": true, "some": true, "under": true}
	approximators2 = map[string]bool{"more than": true, "fewer than": true, "less than": true, "at least": true, "up to": true, "as many": true}
)

// theBody resolves "the bloc", "the court", "the commission" at token k (after "the") to the
// organisation of that kind the text named last, in the sixteen sentences before; nil when
// there is none.
func (c *context) theBody(k int) *chronicle.EventActor {
	head := c.lower(k)
	kind, ok := bodyHeads[head]
	if !ok || k == 0 || c.lower(k-1) != "the" || c.entAt[k] >= 0 {
		return nil
	}
	if a, ok := c.bodies[k]; ok {
		return a
	}
	a := c.findBody(k, head, kind)
	if c.bodies == nil {
		c.bodies = map[int]*chronicle.EventActor{}
	}
	c.bodies[k] = a
	return a
}

func (c *context) findBody(k int, head, kind string) *chronicle.EventActor {
	first := c.doc.Sentences[max(0, c.sentenceOf(k)-16)].FirstToken
	for j := k - 1; j >= first; j-- {
		e := c.entAt[j]
		if e < 0 || c.doc.Entities[e].Type != chronicle.Org || j > 0 && c.entAt[j-1] == e {
			continue
		}
		ent := c.doc.Entities[e]
		if kind == "IGO" && !strings.HasPrefix(ent.Actor, "IGO") || kind == "NGO" && !strings.HasPrefix(ent.Actor, "NGO") && role(ent.Actor) != "NGO" && role(ent.Actor) != "HRI" ||
			kind == "" && !strings.Contains(strings.ToLower(ent.Text+" "+ent.Canonical), head) {
			continue
		}
		if act := c.entityActor(e); act != nil {
			out := *act
			out.TextSpan = c.actor(c.toks[k-1].ByteStart, c.toks[k].ByteEnd, "").TextSpan
			return &out
		}
	}
	return nil
}

// bodyHeads name an organisation by its kind: "IGO" for an international body, "" for one
// whose name holds the word ("the court", "the Commission": the last body named with the word,
// an electoral commission or the European Commission). "The union" is left out: it is as
// often a trade union the text never named as the European Union.
var bodyHeads = map[string]string{"bloc": "IGO", "alliance": "IGO", "court": "", "tribunal": "", "commission": "", "committee": "",
	"board": "", "council": "", "agency": "", "mission": "", "charity": "NGO", "ministry": ""}

// armedWords make people named by a common noun armed attackers.
// pluralPossessive reports the apostrophe of a plural's possessive: "the students' demand".
func (c *context) pluralPossessive(k int) bool {
	return k > 0 && (c.toks[k].Text == "'" || c.toks[k].Text == "’") && strings.HasSuffix(c.lower(k-1), "s")
}

// ownerStart is the first token of the name that owns what starts at token k ("France" in
// "France's ambassador"), -1 when no "'s" after a name comes right before k.
func (c *context) ownerStart(k, first int) int {
	if k-2 < first || c.toks[k-1].Text != "'s" && c.toks[k-1].Text != "’s" || c.entAt[k-2] < 0 {
		return -1
	}
	w := k - 2
	for w > first && c.entAt[w-1] == c.entAt[w] {
		w--
	}
	return w
}

// forceUsed reports "force" as what is used, not who uses it: "excessive force", "the use of
// force", "by force".
func (c *context) forceUsed(k int) bool {
	if c.lower(k) != "force" || k == 0 {
		return false
	}
	switch c.lower(k - 1) {
	case "excessive", "lethal", "deadly", "brute", "disproportionate", "unnecessary", "minimal", "minimum", "reasonable", "necessary", "of", "by", "with":
		return true
	}
	return false
}

var armedWords = map[string]bool{"armed": true, "masked": true, "unidentified": true, "unknown": true, "hooded": true}

// possessives stand for an owner whose country a role noun after them takes.
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// subordinators are prepositions that may also start a clause.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// finite verb tags.
var finite = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

var dashes = map[string]bool{"-": true, "–": true, "—": true, "--": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

var modifierTags = map[string]bool{"POS": true, "JJ": true, "NNP": true, "NNPS": true, "NN": true, "VBN": true, "JJR": true, "CD": true}

// bothSides reads "both sides", "the two sides", "the warring parties": the two countries the
// article is most about, when a second one is named nearly as often as the main one (a conflict
// between states); otherwise nil, and the phrase is the main country's, as before.
func (c *context) bothSides(a, b int) []chronicle.EventActor {
	if b-a > 4 || b-a < 2 || c.main == "" {
		return nil
	}
	head := c.lower(b - 1)
	if !sideHeads[head] {
		return nil
	}
	q := c.lower(b - 2)
	if b-a >= 3 && q != "both" && q != "two" && (c.lower(b-3) == "two" || c.lower(b-3) == "both") && (c.toks[b-2].Tag == "NN" || c.toks[b-2].Tag == "JJ") {
		q = c.lower(b - 3) // "the two member states", "both neighbouring countries"
	}
	if q != "both" && q != "two" && q != "warring" || q == "warring" && head != "sides" && head != "parties" {
		return nil
	}
	bs, be := c.toks[a].ByteStart, c.toks[b-1].ByteEnd
	second := c.otherCountry(c.main)
	n := c.counts[second]
	// the two must be at odds in an event coded before (an attack, an accusation), not a
	// host or mediator named often
	if second != "" && n >= 3 && 2*n >= c.mainMentions && slices.ContainsFunc(c.doc.Events, func(e chronicle.Event) bool {
		s, t := country(e.Source.Code), country(e.Target.Code)
		return e.Root >= "11" && (s == c.main && t == second || s == second && t == c.main)
	}) {
		return []chronicle.EventActor{*c.actor(bs, be, c.main), *c.actor(bs, be, second)}
	}
	// otherwise the main country and the party it was last at odds with, when that is a
	// body no country count sees ("the bloc raised tariffs on Chinese cars … Germany urged
	// both sides")
	for k := len(c.doc.Events) - 1; k >= 0; k-- {
		e := c.doc.Events[k]
		s, t := country(e.Source.Code), country(e.Target.Code)
		if e.Root < "11" || e.Negated || s == t || s == "" || t == "" || s == "---" || t == "---" {
			continue
		}
		if s == c.main && (t == "IGO" || c.counts[t] == 0) || t == c.main && (s == "IGO" || c.counts[s] == 0) {
			other := t
			if t == c.main {
				other = s
			}
			return []chronicle.EventActor{*c.actor(bs, be, c.main), *c.actor(bs, be, other)}
		}
	}
	return nil
}

// sideHeads are the nouns of "both sides", "the two governments".
var sideHeads = map[string]bool{"sides": true, "parties": true, "governments": true, "countries": true, "nations": true,
	"neighbours": true, "neighbors": true, "states": true, "partners": true, "allies": true}

// groupHeads are the words a text uses to refer back to a named armed or political group.
var groupHeads = map[string]bool{"group": true, "movement": true, "organisation": true, "organization": true,
	"rebels": true, "militants": true, "insurgents": true, "guerrillas": true, "militia": true, "jihadists": true}

// nonStateGroup roles are those "the group" can refer back to.
var nonStateGroup = map[string]bool{"REB": true, "UAF": true, "CRM": true, "IMG": true, "OPP": true, "PTY": true}

// theGroup reads "the group", "the rebels": the most recently named armed or political group
// (in this or the three sentences before), nil when there is none.
func (c *context) theGroup(a, b int) *chronicle.EventActor {
	if b-a != 2 || c.lower(a) != "the" || !groupHeads[c.lower(a+1)] {
		return nil
	}
	first := c.doc.Sentences[max(0, c.sentenceOf(a)-3)].FirstToken
	for k := a - 1; k >= first; k-- {
		e := c.entAt[k]
		if e < 0 || c.doc.Entities[e].Type != chronicle.Org {
			continue
		}
		if act := c.entityActor(e); act != nil && len(act.Code) >= 6 && nonStateGroup[act.Code[3:6]] {
			out := *act
			out.TextSpan = c.actor(c.toks[a].ByteStart, c.toks[b-1].ByteEnd, "").TextSpan
			return &out
		}
	}
	return nil
}

// clauseSubjectAntecedent resolves "they" opening a clause of time or reason ("police detained
// 38 people as they broke up a rally") to the subject of the sentence's main clause.
func (c *context) clauseSubjectAntecedent(k int) *chronicle.EventActor {
	si := c.sentenceOf(k)
	first := c.doc.Sentences[si].FirstToken
	if c.lower(k) != "they" || k <= first+1 {
		return nil
	}
	switch c.lower(k - 1) {
	case "as", "when", "while", "after", "before", "because", "since", "until":
	default:
		return nil
	}
	if a := c.sentenceSubject(si, k-1); len(a) > 0 && !pronounWords[strings.ToLower(a[0].Text)] {
		out := a[0]
		out.Text, out.Start, out.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
		return &out
	}
	return nil
}

// crowdAntecedent resolves "them" to the people a plural noun named nearer than any body or
// country, in its sentence or the one before: "several hundred migrants tried to push through
// … Officers beat some of them back".
func (c *context) crowdAntecedent(k int) *chronicle.EventActor {
	if c.lower(k) != "them" {
		return nil
	}
	si := c.sentenceOf(k)
	first := c.doc.Sentences[max(0, si-1)].FirstToken
	for j := k - 1; j >= first; j-- {
		if e := c.entAt[j]; e >= 0 {
			ent := c.doc.Entities[e]
			if ent.Type == chronicle.NORP && isPlural(ent.Text) && ent.Country != "" {
				// "Thousands of Georgians rallied … detained 200 of them"
				return c.actor(c.toks[k].ByteStart, c.toks[k].ByteEnd, ent.Country+"CVL")
			}
			if t := ent.Type; t == chronicle.Org || t == chronicle.GPE && !(j > first && prepositions[c.lower(j-1)]) {
				return nil // not past another actor (a place after "in" is none)
			}
			continue
		}
		if crowdRoles[roleNouns[c.lower(j)]] && strings.HasSuffix(c.lower(j), "s") {
			if a := c.candidate(j, c.doc.Sentences[c.sentenceOf(j)].FirstToken, j+1); a != nil {
				a.Text, a.Start, a.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
				return a
			}
			return nil
		}
	}
	return nil
}

// personAntecedent resolves "he"/"she" opening a sentence to the subject of the sentence
// before: its first person, when that person comes before any other person in it ("Russian
// Foreign Minister Pavel Orlov called Sargsyan on Monday. He said …" → Orlov, not Sargsyan). A
// pronoun later in its own sentence, or one with no person before it in the sentence before,
// is left to the nearest-person rule.
func (c *context) personAntecedent(k int) *chronicle.EventActor {
	si := c.sentenceOf(k)
	if si <= 0 {
		return nil
	}
	for j := c.doc.Sentences[si].FirstToken; j < k; j++ {
		if e := c.entAt[j]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
			return nil // a person in the pronoun's own sentence is nearer
		}
	}
	prev := c.doc.Sentences[si-1]
	for j := prev.FirstToken; j < prev.EndToken; j++ {
		if c.quoteAt[j] >= 0 {
			continue
		}
		if e := c.entAt[j]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
			a := c.entityActor(e)
			if a != nil {
				a.Text, a.Start, a.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
			}
			return a
		}
	}
	if k != c.doc.Sentences[si].FirstToken {
		return nil
	}
	// "a spokesman for North Korea's defence ministry said … . He accused Washington": the
	// unnamed official the sentence before was about
	v := prev.FirstToken
	for v < prev.EndToken && !(finite[c.toks[v].Tag] && c.quoteAt[v] < 0) {
		v++
	}
	for j := prev.FirstToken; j < v; j++ {
		if personNouns[c.lower(j)] {
			if a := c.subjectBefore(si-1, v); a != nil && !pronounWords[strings.ToLower(a.Text)] {
				a.Text, a.Start, a.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
				return a
			}
			return nil
		}
	}
	return nil
}

// describesPerson reports a noun phrase without an actor of its own, right before a person's
// name in apposition: "the station's director", "a local journalist", "its editor".
func (c *context) describesPerson(from, stop int) bool {
	if e := c.entAt[stop+1]; e < 0 || c.doc.Entities[e].Type != chronicle.Person || c.toks[stop+1].Start != c.doc.Entities[e].Start {
		return false
	}
	if !determiners[c.lower(from)] && !possessives[c.lower(from)] {
		return false
	}
	for k := from + 1; k < stop; k++ {
		switch t := c.toks[k].Tag; {
		case t == "JJ", t == "NN", t == "NNS", t == "POS", t == "NNP" && c.entAt[k] < 0:
		default:
			return false
		}
	}
	return strings.HasPrefix(c.toks[stop-1].Tag, "NN")
}

// describedAntecedent resolves "him" or "her" to a person its own sentence described without a
// name before it: "expelled the French ambassador, accusing him of meddling" → the ambassador
// (France's). Nil when a named person comes between.
func (c *context) describedAntecedent(k int) *chronicle.EventActor {
	if l := c.lower(k); l != "him" && l != "her" {
		return nil
	}
	first := c.doc.Sentences[c.sentenceOf(k)].FirstToken
	for j := k - 1; j > first; j-- {
		if e := c.entAt[j]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
			return nil
		}
		if !personNouns[c.lower(j)] || c.entAt[j] >= 0 {
			continue
		}
		a := j
		for a > first && (c.toks[a-1].Tag == "JJ" || c.toks[a-1].Tag == "NNP" || c.entAt[a-1] >= 0) {
			a--
		}
		if w := c.ownerStart(a, first); w >= 0 {
			a = w // "France's ambassador": the owner's
		} else if !determiners[c.lower(a-1)] {
			return nil
		}
		if ac := c.actorOf(a, j+1); ac != nil && country(ac.Code) != "" {
			ac.Text, ac.Start, ac.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
			return ac
		}
		return nil
	}
	return nil
}

// personNouns name one person by their post: the antecedents of "him" and "her".
var personNouns = map[string]bool{"ambassador": true, "envoy": true, "diplomat": true, "minister": true, "president": true,
	"spokesman": true, "spokeswoman": true, "official": true, "commander": true, "journalist": true, "reporter": true,
	"activist": true, "leader": true, "director": true, "editor": true, "consul": true, "attache": true, "chargé": true}

// saidWords are the reporting verbs after which "it" or "they" is the one reporting.
var saidWords = map[string]bool{"said": true, "says": true, "added": true, "stated": true, "announced": true,
	"insisted": true, "argued": true, "warned": true, "declared": true}

// bodyAntecedent resolves "it" or "they" opening a sentence (after an opening phrase: "In a
// statement, it accused …") to the subject of the sentence before, when that is a named body or
// a country: "The U.S. Navy's Fifth Fleet, based in Bahrain, said … In a statement, it accused
// Iran" → the Fifth Fleet, not Bahrain. A pronoun with an actor before it in its own sentence
// is left to the nearest-actor rule.
func (c *context) bodyAntecedent(k int) *chronicle.EventActor {
	si := c.sentenceOf(k)
	if si <= 0 || c.quoteAt[k] >= 0 {
		return nil
	}
	first := c.doc.Sentences[si].FirstToken
	for j := first; j < k; j++ {
		if c.entAt[j] >= 0 || roleNouns[c.lower(j)] != "" || strings.HasPrefix(c.toks[j].Tag, "VB") {
			return nil
		}
	}
	prev := c.doc.Sentences[si-1]
	for j := prev.FirstToken; j < prev.EndToken; j++ {
		if c.quoteAt[j] >= 0 && c.doc.Quotes[c.quoteAt[j]].Kind == "direct" {
			continue
		}
		if strings.HasPrefix(c.toks[j].Tag, "VB") && !(c.toks[j].Tag == "VBG" && j == prev.FirstToken && j+1 < prev.EndToken && c.entAt[j+1] >= 0) {
			return nil // past the subject (not "Neighbouring Senegal")
		}
		if e := c.entAt[j]; e >= 0 {
			t := c.doc.Entities[e].Type
			if t != chronicle.Org && t != chronicle.GPE && t != chronicle.NORP {
				return nil
			}
		}
		if subjectPronouns[c.lower(j)] {
			return nil
		}
		if a := c.candidate(j, prev.FirstToken, prev.EndToken); a != nil {
			if role(a.Code) == "MED" {
				return nil
			}
			a.Text, a.Start, a.End = c.toks[k].Text, c.toks[k].Start, c.toks[k].End
			return a
		}
	}
	return nil
}

// relativeClauses marks the tokens of the non-restrictive relative clauses (", which …,", ",
// who …,") closed before token k in its sentence.
func (c *context) relativeClauses(k int) map[int]bool {
	first := c.doc.Sentences[c.sentenceOf(k)].FirstToken
	var out map[int]bool
	for j := first + 1; j < k; j++ {
		if l := c.lower(j); (l == "which" || l == "who") && c.toks[j-1].Text == "," {
			end := j + 1
			for end < k && c.toks[end].Text != "," {
				end++
			}
			if end >= k {
				break
			}
			if out == nil {
				out = map[int]bool{}
			}
			for m := j; m <= end; m++ {
				out[m] = true
			}
			j = end
		}
	}
	return out
}

// epithets are nouns by which a story refers back to a person it has introduced with them.
var epithets = map[string]bool{"rival": true, "opponent": true, "challenger": true}

// epithet resolves "his rival", "her main opponent" to the person the text introduced by that
// noun in apposition: "His main rival, former Kisumu governor Esther Akinyi Ochieng, …".
func (c *context) epithet(a, b int) *chronicle.EventActor {
	if b-a < 2 || b-a > 3 || !epithets[c.lower(b-1)] {
		return nil
	}
	if l := c.lower(a); l != "his" && l != "her" && l != "their" {
		return nil
	}
	for k := a - 1; k >= 0; k-- {
		if c.lower(k) != c.lower(b-1) || k+1 >= len(c.toks) || c.toks[k+1].Text != "," {
			continue
		}
		for j := k + 2; j < len(c.toks) && j < k+10 && c.toks[j].Text != "." && c.toks[j].Text != ","; j++ {
			if e := c.entAt[j]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
				r := c.entityActor(e)
				if r != nil {
					r.Text, r.Start, r.End = c.doc.Text[c.toks[a].ByteStart:c.toks[b-1].ByteEnd], c.toks[a].Start, c.toks[b-1].End
				}
				return r
			}
		}
		return nil
	}
	return nil
}
