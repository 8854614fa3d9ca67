package quote

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
)

var pronouns = map[string]string{"he": chronicle.Person, "she": chronicle.Person, "He": chronicle.Person, "She": chronicle.Person,
	"they": chronicle.Org, "They": chronicle.Org, "it": chronicle.Org, "It": chronicle.Org}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "The": true, "A": true, "An": true, "one": true, "One": true, "another": true, "Another": true}

// np reads a speaker noun phrase that fills tokens [i, j) exactly: a name, a pronoun or a
// description ("a police spokesman", "Kata'ib Hezbollah spokesman").
func (c *context) np(i, j int) (speaker, bool) {
	for i < j && (adverbs[c.lower(i)] || conjunctions[c.lower(i)]) {
		i++
	}
	if i < j && prepositions[c.lower(i)] {
		return speaker{}, false // "in a statement" is not who spoke
	}
	for j > i && adverbs[c.lower(j-1)] {
		j--
	}
	if i >= j || j-i > 8 {
		return speaker{}, false
	}
	if j-i == 1 {
		if _, ok := pronouns[c.toks[i].Text]; ok {
			return c.pronoun(i), true
		}
	}
	// a whole entity mention
	if e := c.entAt[i]; e >= 0 && c.entAt[j-1] == e {
		return c.fromEntity(e), true
	}
	// a name after its title or role: "lawyer Sadia Malik", "Confech spokeswoman Valentina Rojas"
	if e := c.entAt[j-1]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person && !c.doc.Entities[e].Nominal {
		return c.fromEntity(e), true
	}
	// a description, possibly led by an organisation or a name: "the group's spokesman"
	if sp, ok := c.description(i, j); ok {
		return sp, true
	}
	// a name with a title or apposition: take its last entity
	for k := j - 1; k >= i; k-- {
		if e := c.entAt[k]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
			return c.fromEntity(e), true
		}
	}
	return speaker{}, false
}

// npAfter reads the speaker after a cue: `said X`, `tweeted the cleric, who …`.
func (c *context) npAfter(i, end int) (speaker, bool) {
	if i >= end {
		return speaker{}, false
	}
	if e := c.entAt[i]; e >= 0 && c.isSpeakerEntity(e) {
		if c.doc.Entities[e].Type == chronicle.Person {
			e = c.titledName(e, c.entityEnd(i)-1, end)
		}
		return c.fromEntity(e), true
	}
	if _, ok := pronouns[c.toks[i].Text]; ok && c.toks[i].Text != "it" {
		return c.pronoun(i), true
	}
	j := i
	for j < end && j < i+6 && c.toks[j].Text != "," && c.toks[j].Text != "." && !c.quoted[j] {
		j++
	}
	if j > i {
		// "said farmer Juma Otieno": the name after its role
		for k := i; k < j; k++ {
			if e := c.entAt[k]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
				return c.fromEntity(c.titledName(e, c.entityEnd(k)-1, end)), true
			}
		}
		if sp, ok := c.description(i, j); ok {
			return sp, true
		}
	}
	return speaker{}, false
}

// subject finds the speaker of a cue at token cue in the clause [lo, hi): the first person
// named there (not a possessive, not after a preposition), else a description, else an
// organisation, else a pronoun.
func (c *context) subject(lo, hi, cue int) (speaker, bool) {
	lo = c.afterDateline(lo, cue) // "LIMA (AP) — Peru's army said": not the agency
	// "Asked whether China backed Pakistan, she said": a leading participle clause ends at
	// its comma
	if c.leadingParticiple(lo) {
		for k := lo + 2; k+1 < cue; k++ {
			if c.toks[k].Text == "," && !c.quoted[k] {
				lo = k + 1
				break
			}
		}
	}
	if hi == cue {
		if sp, ok := c.clauseSubject(lo, cue); ok {
			return sp, true
		}
	}
	// "Peru's government sent troops to the border, saying …": a participle speaks for the
	// subject of the clause it hangs on, not for the nearest noun before it
	if hi == cue && c.participle(lo, cue) {
		v, part := c.mainVerb(lo, cue), cue
		if v > lo && !c.ownCueBetween(v+1, cue) {
			hi, cue = v, v
		}
		// `"…," said its secretary-general, NAME, adding …`: the speaker after the cue
		if v > lo && c.allQuoted(lo, v) {
			if _, n, ok := c.cueAt(v); ok {
				if sp, ok := c.npAfter(v+n, part); ok {
					return sp, true
				}
			}
		}
	}
	lo = c.coordinatedSubject(lo, cue)
	if hi == cue {
		hi = c.subjectEnd(lo, cue)
		cue = hi
	}
	// "the army's media wing, NAME, said": the name in apposition just before the cue speaks
	if e, ok := c.appositiveBefore(lo, hi); ok {
		return c.fromEntity(e), true
	}
	// A leading adverbial ends at its comma: "Speaking on Thursday, …", "In a post on X, …".
	var firstOrg, firstGPE, firstPronoun = -1, -1, -1
	var desc *speaker
	for k := lo; k < hi; k++ {
		if c.quoted[k] {
			continue
		}
		if e := c.entAt[k]; e >= 0 {
			ent := c.doc.Entities[e]
			end := k
			for end+1 < hi && c.entAt[end+1] == e {
				end++
			}
			possessive := end+1 < len(c.toks) && (c.toks[end+1].Text == "'s" || c.toks[end+1].Text == "’s")
			afterPrep := k > lo && prepositions[c.lower(k-1)]
			// "Trump campaign manager Kellyanne Conway": a name before a common noun modifies it
			modifier := end+1 < hi && isLowerNoun(c.toks[end+1])
			if !afterPrep && c.isSpeakerEntity(e) {
				if ent.Type == chronicle.Person && !possessive && !modifier {
					return c.fromEntity(c.titledName(e, end, hi)), true
				}
				if desc == nil {
					if sp, ok := c.description(k, c.npEnd(end+1, hi)); ok && (possessive || c.roleAt(end+1)) {
						desc = &sp
					}
				}
				if ent.Type == chronicle.Org && !possessive && firstOrg < 0 {
					firstOrg = e
				}
			}
			// a country or city speaks for its government: "Algeria said", "Washington warned"
			if !afterPrep && !possessive && ent.Type == chronicle.GPE && firstGPE < 0 && end+1 < len(c.toks) && !c.roleAt(end+1) {
				firstGPE = e
			}
			// "Portugal's foreign ministry said", "Canadian officials said": a country's body
			if !afterPrep && desc == nil && (ent.Type == chronicle.GPE || ent.Type == chronicle.NORP) && k == lo {
				if sp, ok := c.description(k, c.npEnd(end+1, hi)); ok && c.npEnd(end+1, hi) == hi {
					desc = &sp
				}
			}
			k = end
			continue
		}
		// "it" is often no one ("it is likely that"), but not as the whole subject: "It also urged"
		if _, ok := pronouns[c.toks[k].Text]; ok && firstPronoun < 0 && (c.lower(k) != "it" || c.onlyWord(lo, k, hi)) {
			firstPronoun = k
		}
		// "Police said …", "Witnesses told …": a bare plural or mass role noun, with where they
		// are from ("Residents of Kok-Tash", "Officials in Cairo")
		if desc == nil && c.entAt[k] < 0 && isRoleNoun(c.lower(k)) && (k == lo || c.toks[k-1].Text == ",") && k+1 < hi {
			if sp, ok := c.description(k, k+1); ok {
				if end := c.placeAfter(k+1, hi); end > k+1 && sp.name == c.doc.Text[sp.bs:sp.be] {
					sp.be = c.toks[end-1].ByteEnd
					sp.name = c.doc.Text[sp.bs:sp.be]
				}
				desc = &sp
			}
		}
		// "Its foreign ministry said", "…, and their spokesman said": the body or official of
		// the country or organisation the sentence (or the one before) is about
		if lw := c.lower(k); desc == nil && k == lo && (lw == "its" || lw == "their") {
			if sp, ok := c.description(k, c.npEnd(k+1, hi)); ok {
				if o := c.ownerOf(k); o >= 0 {
					sp = c.ownedBy(sp, o, k)
				}
				desc = &sp
			}
		}
		if desc == nil && determiners[c.toks[k].Text] && (k == lo || !prepositions[c.lower(k-1)]) {
			end := c.npEnd(k+1, hi)
			// (not "The opposition Labour Party": the party that heads the phrase)
			if named := end-1 > k+1 && c.entAt[end-1] >= 0 && c.entAt[end-1] != c.entAt[k+1] && c.doc.Entities[c.entAt[end-1]].Type == chronicle.Org; !named {
				if sp, ok := c.description(k, end); ok {
					desc = &sp
				}
			}
		}
	}
	switch {
	case desc != nil:
		return *desc, true
	case firstOrg >= 0:
		return c.fromEntity(firstOrg), true
	case firstGPE >= 0:
		return c.fromEntity(firstGPE), true
	case firstPronoun >= 0:
		return c.pronoun(firstPronoun), true
	}
	// a plain noun phrase as the whole subject: "Greek shipowners said", "Shipping industry
	// groups said"
	if sp, ok := c.plainSubject(lo, cue); ok && cue == hi {
		return sp, true
	}
	// … before an apposition: "several hundred people, many of them relatives, marched …"
	if cue == hi && cue-2 > lo && c.toks[cue-1].Text == "," {
		a := cue - 2
		for a > lo && c.toks[a].Text != "," {
			a--
		}
		if a > lo {
			s := a - 1
			for s > lo && c.toks[s].Text != "," {
				s--
			}
			if c.toks[s].Text == "," {
				s++
			}
			if sp, ok := c.plainSubject(s, a); ok {
				return sp, true
			}
		}
	}
	// … after a leading adverbial: "In Chittagong, police said", "On Monday, transport unions said"
	for k := cue - 1; k > lo && cue == hi; k-- {
		if c.toks[k].Text == "," {
			if sp, ok := c.plainSubject(k+1, cue); ok {
				return sp, true
			}
			break
		}
	}
	// an unrecognised name right before the cue: "Confech said", "Radio Bío-Bío reported"
	k := cue
	for k > lo && isCapitalised(c.toks[k-1].Text) && !c.quoted[k-1] {
		k--
	}
	if k < cue && (k == lo || c.toks[k-1].Text == ",") {
		b0, b1 := c.toks[k].ByteStart, c.toks[cue-1].ByteEnd
		return speaker{bs: b0, be: b1, name: c.doc.Text[b0:b1]}, true
	}
	return speaker{}, false
}

// titledName returns the person named right after person mention e, which ends at token end,
// when only title words come between: in "Assistant Commissioner Tinashe Mlambo" or "Chief
// Cabinet Secretary Yuko Arakawa" a title word read as a name is part of the title. Else e.
func (c *context) titledName(e, end, hi int) int {
	for k := end + 1; k < hi && k <= end+3; k++ {
		if f := c.entAt[k]; f >= 0 && f != e {
			if c.doc.Entities[f].Type == chronicle.Person && !c.doc.Entities[f].Nominal {
				return f
			}
			return e
		}
		if c.quoted[k] || !isCapitalised(c.toks[k].Text) || c.toks[k].Tag != "NNP" {
			return e
		}
	}
	return e
}

// clauseSubject reads the subject of a cue that opens a clause of its own inside the sentence:
// a pronoun after a comma ("In a statement posted online, it said", "a measure that, it
// said, …") or a noun phrase after a relative word ("a crackdown that UN investigators later
// said", "sanctions on a think tank that it said had …").
func (c *context) clauseSubject(lo, cue int) (speaker, bool) {
	end := cue
	for end > lo && adverbs[c.lower(end-1)] && c.toks[end-1].Tag == "RB" {
		end--
	}
	if end-1 <= lo || c.quoted[end-1] {
		return speaker{}, false
	}
	if _, ok := pronouns[c.toks[end-1].Text]; ok {
		if p := c.lower(end - 2); p == "," || p == "that" || p == "what" || relatives[p] {
			return c.pronoun(end - 1), true
		}
		return speaker{}, false
	}
	a := end
	for a > lo && a > end-5 && !c.quoted[a-1] && (c.entAt[a-1] >= 0 || npTags[c.toks[a-1].Tag] || c.toks[a-1].Tag == "NNP" || c.toks[a-1].Tag == "NNPS") {
		a--
	}
	if a == end || a <= lo || c.lower(a-1) != "that" && c.lower(a-1) != "which" || a > lo+1 && c.toks[a-2].Text == "," || c.entAt[a] >= 0 && c.entAt[a] == c.entAt[a-1] {
		return speaker{}, false
	}
	if c.toks[a].Tag == "DT" && c.lower(a) != "the" {
		return speaker{}, false // "that this said": no subject
	}
	if sp, ok := c.np(a, end); ok {
		return sp, true
	}
	return c.plainSubject(a, end)
}

// leadingParticiple says a participle clause opens at token i: "Asked whether …,",
// "Speaking to reporters,", not "Armed men".
func (c *context) leadingParticiple(i int) bool {
	if i+1 >= len(c.toks) || c.toks[i].Tag != "VBN" && c.toks[i].Tag != "VBG" || !isCapitalised(c.toks[i].Text) {
		return false
	}
	switch c.toks[i+1].Tag {
	case "IN", "TO", "WRB", "RB":
		return true
	}
	return false
}

// allQuoted says every token in [a, b) is inside a direct quote, or a comma.
func (c *context) allQuoted(a, b int) bool {
	for k := a; k < b; k++ {
		if !c.quoted[k] && c.toks[k].Text != "," {
			return false
		}
	}
	return true
}

// anyEntity says an entity is mentioned in [a, b).
func (c *context) anyEntity(a, b int) bool {
	for k := a; k < b; k++ {
		if c.entAt[k] >= 0 {
			return true
		}
	}
	return false
}

// anyVerb says a verb is in [a, b).
func (c *context) anyVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasPrefix(c.toks[k].Tag, "VB") || c.toks[k].Tag == "MD" {
			return true
		}
	}
	return false
}

// onlyWord says token k is all of [lo, hi) but for adverbs ("It also urged").
func (c *context) onlyWord(lo, k, hi int) bool {
	for t := lo; t < hi; t++ {
		if t != k && !adverbs[c.lower(t)] {
			return false
		}
	}
	return true
}

// participle says the cue at token cue is a participle set off by a comma (", saying", ",
// warning that", ", adding").
func (c *context) participle(lo, cue int) bool {
	if c.toks[cue].Tag != "VBG" {
		return false
	}
	k := cue - 1
	if k > lo && adverbs[c.lower(k)] { // ", also saying"
		k--
	}
	// `… what it called "interference," insisting …`: the comma inside the closing mark
	if k > lo+1 && c.quoted[k] && isCloseMark(c.toks[k].Text) && c.toks[k-1].Text == "," {
		k--
	}
	if k > lo && c.toks[k].Text == "," {
		return true
	}
	// "…, burning an effigy and chanting …", "…, some waving flags and chanting …": a
	// participle coordinated with one set off by a comma
	if k > lo && c.lower(k) == "and" {
		for t := k - 1; t > lo; t-- {
			if c.quoted[t] {
				continue
			}
			if c.finite(t) {
				return false
			}
			if c.toks[t].Tag == "VBG" && (c.toks[t-1].Text == "," || t-2 >= lo && c.toks[t-2].Text == "," && c.toks[t-1].Tag == "DT") {
				return true
			}
		}
	}
	return false
}

func isCloseMark(t string) bool { return isDoubleClose(t) || t == "\"" || t == "’" || t == "'" }

// ownCueBetween says a cue verb with a subject of its own lies in [a, b) outside quotes: a
// participle after it ("…, he told reporters, adding …") is that speaker's, found the usual
// way. A cue coordinated with the main verb ("suspended … and ordered"), an infinitive ("to
// protest") and one in a relative clause whose subject is a pronoun ("what it called") share
// the main subject.
func (c *context) ownCueBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if _, _, ok := c.cueAt(t); !ok || c.quoted[t] {
			continue
		}
		if tag := c.toks[t].Tag; tag == "VB" || tag == "VBG" {
			continue
		}
		if p := c.lower(t - 1); p == "and" || p == "but" {
			continue
		}
		if _, ok := pronouns[c.toks[t-1].Text]; ok && t-2 >= a && (relatives[c.lower(t-2)] || c.lower(t-2) == "that" || c.lower(t-2) == "what") {
			continue
		}
		return true
	}
	return false
}

// cueBetween says a cue verb lies in [a, b) outside quotes: a participle after it ("…, he told
// reporters, adding …") is that speaker's, found the usual way.
func (c *context) cueBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if _, _, ok := c.cueAt(t); ok && !c.quoted[t] {
			return true
		}
	}
	return false
}

// mainVerb returns the first finite verb in [lo, hi) outside quotes and outside a relative
// clause set off by commas (", who …,"), or -1.
func (c *context) mainVerb(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if c.toks[k].Text == "," && k+1 < hi && relatives[c.lower(k+1)] {
			for k++; k < hi && c.toks[k].Text != ","; k++ {
			}
			continue
		}
		if !c.quoted[k] && c.finite(k) {
			return k
		}
	}
	return -1
}

// finite says token k is a finite verb: a role noun the tagger read as one before a name
// ("Foreign Ministry spokesperson Guo Minghui") is none.
func (c *context) finite(k int) bool {
	if !finiteTags[c.toks[k].Tag] {
		return false
	}
	return !(c.roleAt(k) && !isCapitalised(c.toks[k].Text) && k+1 < len(c.toks) && c.entAt[k+1] >= 0 && c.doc.Entities[c.entAt[k+1]].Type == chronicle.Person)
}

var relatives = map[string]bool{"who": true, "which": true, "whose": true}

// appositiveBefore finds a person or organisation set off by commas right before hi, after a
// description of it: "the army's media wing, NAME, …", "his deputy spokesman, NAME, …".
func (c *context) appositiveBefore(lo, hi int) (int, bool) {
	if hi-3 <= lo || c.toks[hi-1].Text != "," || c.quoted[hi-2] {
		return -1, false
	}
	e := c.entAt[hi-2]
	if e < 0 || !c.isSpeakerEntity(e) || c.doc.Entities[e].Nominal {
		return -1, false
	}
	k := hi - 2
	for k > lo && c.entAt[k-1] == e {
		k--
	}
	if k-1 > lo && c.lower(k-1) == "the" {
		k--
	}
	if k-1 <= lo || c.toks[k-1].Text != "," {
		return -1, false
	}
	if _, ok := c.description(lo, k-1); !ok {
		return -1, false
	}
	return e, true
}

// subjectEnd narrows the words before a cue to the subject's: past a relative clause ("Greek
// shipowners, who control a fifth of the fleet, said") and, for a cue coordinated after another
// verb, before that verb ("Portugal's foreign ministry expressed concern and said").
func (c *context) subjectEnd(lo, cue int) int {
	// "Arica's chamber of commerce, however, said": an adverb set off by commas is no subject
	if cue-3 > lo && c.toks[cue-1].Text == "," && c.toks[cue-2].Tag == "RB" && c.toks[cue-3].Text == "," {
		return cue - 3
	}
	// "Sudan's army, in turn, said", "the ministry, for its part, said": so is a short
	// prepositional phrase
	if cue-1 > lo && c.toks[cue-1].Text == "," {
		for k := cue - 3; k > lo && k >= cue-5; k-- {
			if c.toks[k].Text != "," {
				continue
			}
			if c.toks[k+1].Tag == "IN" && !c.anyEntity(k+1, cue-1) && !c.anyVerb(k+1, cue-1) {
				return k
			}
			break
		}
	}
	if cue-1 > lo && c.toks[cue-1].Text == "," {
		// "The Taiwan Affairs Office, the Chinese Cabinet's agency for the island, went": the
		// name before its apposition
		k := lo
		if c.lower(k) == "the" {
			k++
		}
		if e := c.entAt[k]; e >= 0 && c.isSpeakerEntity(e) && !c.quoted[k] {
			if end := c.entityEnd(k); end < cue-1 && c.toks[end].Text == "," {
				return end
			}
		}
		for k := cue - 2; k > lo; k-- {
			if c.toks[k].Text == "," && (c.lower(k+1) == "who" || c.lower(k+1) == "which" || c.lower(k+1) == "whose") {
				return k
			}
		}
	}
	if cue-1 > lo && (c.lower(cue-1) == "and" || c.lower(cue-1) == "but") {
		for k := lo + 1; k < cue-1; k++ {
			if c.toks[k].Text == "," || c.quoted[k] {
				break // a leading adverbial or a quote: not a plain subject and verb
			}
			if c.finite(k) && c.toks[k].Tag != "MD" {
				return k
			}
		}
	}
	return cue
}

// coordinatedSubject starts the subject of the cue at lo after the last ", and" or ", but"
// that opens a clause of its own before it: "Russia, which keeps a military base there, urged
// restraint, and its foreign ministry said" — the ministry speaks, not the base.
func (c *context) coordinatedSubject(lo, cue int) int {
	for k := cue - 2; k > lo; k-- {
		// "…, while the Committee to Protect Journalists urged": a clause of its own
		w := c.lower(k)
		contrast := w == "while" || w == "whereas"
		if (w == "and" || w == "but" || contrast) && !c.quoted[k] &&
			(c.toks[k-1].Text == "," || contrast && c.quoted[k-1] && c.toks[k-2].Text == ",") {
			for t := k + 1; t < cue; t++ {
				if c.finite(t) || c.quoted[t] {
					return lo // the clause after "and" has its own verb before the cue
				}
			}
			return k + 1
		}
	}
	return lo
}

// ownerOf finds whom "its"/"their" at token i refers to: the first country or organisation of
// its sentence named before it, else of the sentence before (outside quotes, not after a
// preposition); -1 when there is none.
func (c *context) ownerOf(i int) int {
	si := c.toks[i].Sentence
	for _, s := range []int{si, si - 1} {
		if s < 0 {
			break
		}
		sent := c.doc.Sentences[s]
		for k := sent.FirstToken; k < sent.EndToken && k < i; k++ {
			e := c.entAt[k]
			if e < 0 || c.quoted[k] || k > sent.FirstToken && prepositions[c.lower(k-1)] {
				continue
			}
			if t := c.doc.Entities[e].Type; (t == chronicle.GPE || t == chronicle.Org) && c.doc.Entities[e].Country != "" && !c.namedAsMedia(c.doc.Entities[e]) {
				return e
			}
		}
	}
	return -1
}

// ownedBy names a description after its owner ("its foreign ministry" → "Argentina's foreign
// ministry") and codes it as the owner's: a country's body by the role its noun suggests.
func (c *context) ownedBy(sp speaker, owner, pron int) speaker {
	o := c.doc.Entities[owner]
	rest := c.doc.Text[c.toks[pron].ByteEnd:sp.be]
	sp.name = o.Canonical + "'s" + rest
	sp.actor = o.Actor
	if o.Type == chronicle.GPE {
		sp.actor = o.Country
		if code := orgNouns[strings.ToLower(c.toks[c.tokenAtByte(sp.be-1)].Text)]; code != "" && code != "*" {
			sp.actor += code
		}
	}
	return sp
}

// plainSubject reads a subject of adjectives and nouns ending in a common noun, with nothing
// else in [lo, cue): someone the text describes without naming.
func (c *context) plainSubject(lo, cue int) (speaker, bool) {
	if cue-lo < 1 || cue-lo > 7 || !isLowerNoun(c.toks[cue-1]) {
		return speaker{}, false
	}
	of := false
	for k := lo; k < cue; k++ {
		switch c.toks[k].Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS":
		case "IN": // "Thousands of farmers", "supporters of the junta"
			if of || c.lower(k) != "of" || k == lo || !strings.HasPrefix(c.toks[k-1].Tag, "NN") {
				return speaker{}, false
			}
			of = true
		case "''": // a plural's possessive: "Transport workers' unions"
			if k == lo || !strings.HasSuffix(c.toks[k-1].Text, "s") || c.toks[k].Text != "'" && c.toks[k].Text != "’" {
				return speaker{}, false
			}
		case "VBG", "VBN": // "Shipping industry groups", "Armed men"
			if k == cue-1 {
				return speaker{}, false
			}
		default:
			return speaker{}, false
		}
		if c.quoted[k] {
			return speaker{}, false
		}
	}
	b0, b1 := c.toks[lo].ByteStart, c.toks[cue-1].ByteEnd
	return speaker{bs: b0, be: b1, name: c.doc.Text[b0:b1]}, true
}

func isLowerNoun(t chronicle.Token) bool {
	return (t.Tag == "NN" || t.Tag == "NNS") && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

func isCapitalised(t string) bool {
	return t != "" && t[0] >= 'A' && t[0] <= 'Z' || strings.ContainsAny(t[:1], "ÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜÇÑ")
}

// npEnd returns the end of a noun phrase starting at i: up to a verb, comma or hi, and through
// an owner phrase after a role noun ("the office of the U.N. envoy for Yemen").
func (c *context) npEnd(i, hi int) int {
	j := i
	for j < hi && j < i+5 {
		t := c.toks[j]
		if t.Text == "," || t.Text == "." || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || c.quoted[j] {
			break
		}
		if j > i && c.roleAt(j-1) && c.ownerPhrase(j, hi) {
			return hi
		}
		j++
	}
	return j
}

// ownerPreps open a phrase saying whose a role is: "the office of …", "officials from …"; not
// where it is ("a local official in Tillaberi" is a local official).
var ownerPreps = map[string]bool{"of": true, "from": true, "for": true}

// ownerPhrase says [i, j) is a short prepositional phrase with no verb, comma or quote: the
// rest of a description ("of the U.N. envoy for Yemen", "from both camps").
func (c *context) ownerPhrase(i, j int) bool {
	if i+1 >= j || j-i > 10 || !ownerPreps[c.lower(i)] {
		return false
	}
	for k := i + 1; k < j; k++ {
		t := c.toks[k]
		if t.Text == "," || t.Text == "." || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || c.quoted[k] {
			return false
		}
	}
	return true
}

func (c *context) roleAt(i int) bool {
	return i < len(c.toks) && isRoleNoun(strings.ToLower(c.toks[i].Text))
}

var conjunctions = map[string]bool{"and": true, "but": true, "though": true, "although": true, "while": true, "as": true, "so": true, "yet": true}

var prepositions = map[string]bool{"of": true, "for": true, "at": true, "in": true, "from": true, "with": true, "by": true, "to": true, "on": true, "against": true, "about": true, "between": true, "into": true, "toward": true, "towards": true, "among": true, "than": true, "like": true, "after": true, "before": true, "during": true, "near": true, "over": true, "under": true, "across": true, "through": true}

// isRoleNoun says whether a lower-case word heads speaker descriptions, in the singular or the
// plural ("senators", "judges").
func isRoleNoun(w string) bool {
	w = strings.TrimSuffix(w, "-elect") // "the president-elect"
	if i := strings.IndexByte(w, '-'); i > 0 && !roleNouns[w] {
		// "secretary-general", "vice-president", "editor-in-chief"
		return isRoleNoun(w[:i]) || isRoleNoun(w[strings.LastIndexByte(w, '-')+1:])
	}
	return roleNouns[w] || strings.HasSuffix(w, "s") && roleNouns[w[:len(w)-1]]
}

// roleNouns are the heads of speaker descriptions.
var roleNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`spokesman spokeswoman spokesperson spokespeople official officials minister ministry
	president leader commander chief head director secretary lawmaker legislator senator cleric imam
	analyst expert witness witnesses resident residents source sources diplomat diplomats envoy ambassador
	governor mayor police policeman officer officers prosecutor prosecutors judge lawyer lawyers attorney
	statement group army military government administration campaign party ministry agency authorities
	activist activists protester protesters organiser organizer organisers organizers doctor doctors
	survivor survivors relative relatives member members executive executives chairman ceo founder
	economist researcher professor student students worker workers union farmer farmers villager villagers
	colonel general captain soldier soldiers negotiator negotiators aide aides adviser advisor advisers
	representative representatives deputy candidate coach manager player mission observers observer delegation
	office team council committee board bureau monitors department embassy consulate body watchdog regulator chamber
	alliance coalition opposition movement commission court company union coordinator coordinators`) {
		roleNouns[w] = true
	}
}

// description reads a description speaker in [i, j): optional determiner or organisation
// (possessive or not), adjectives, then a role noun: "a police spokesman", "the group's
// spokesman", "Kata'ib Hezbollah spokesman". A person introduced with that role is preferred.
func (c *context) description(i, j int) (speaker, bool) {
	if i >= j {
		return speaker{}, false
	}
	head, last := -1, -1
	for k := i; k < j; k++ {
		if isRoleNoun(strings.ToLower(c.toks[k].Text)) && c.entAt[k] < 0 {
			head, last = k, k
			// "the office of the U.N. envoy for Yemen", "officials from both camps": the
			// phrase after the head says whose, and the head is the noun it hangs on
			if c.ownerPhrase(k+1, j) {
				last = j - 1
				break
			}
		}
	}
	if head < 0 {
		return speaker{}, false
	}
	// The description already resolved by the entity stage ("the cleric").
	for k := i; k <= head; k++ {
		if e := c.entAt[k]; e >= 0 && c.doc.Entities[e].Nominal {
			return c.fromEntity(e), true
		}
	}
	role := strings.TrimSuffix(strings.ToLower(c.toks[head].Text), "-elect")
	org := ""
	for k := i; k < head; k++ {
		if e := c.entAt[k]; e >= 0 && c.doc.Entities[e].Type == chronicle.Org {
			org = c.doc.Entities[e].Canonical
		}
	}
	sp := speaker{bs: c.toks[i].ByteStart, be: c.toks[last].ByteEnd, person: orgNouns[role] == ""}
	txt := c.doc.Text[sp.bs:sp.be]
	sp.name = txt
	// "the union's president, Mehdi Jlassi": the name in apposition is the speaker
	if last+2 < len(c.toks) && c.toks[last+1].Text == "," {
		if e := c.entAt[last+2]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person && !c.doc.Entities[e].Nominal {
			p := c.fromEntity(e)
			sp.name, sp.actor, sp.person = p.name, p.actor, true
			return sp, true
		}
	}
	if last > head {
		return sp, true // its owner is named here, not one named before
	}
	indefinite := c.lower(i) == "a" || c.lower(i) == "an" // someone new: "a police spokesman"
	if role == "leader" && !indefinite {
		// "the Angolan leader": the head of state or government of that country named before
		if p := c.leaderOf(c.countryIn(i, head), c.toks[i].ByteStart); p >= 0 {
			sp.name, sp.actor, sp.person = c.doc.Entities[p].Canonical, c.doc.Entities[p].Actor, true
			return sp, true
		}
	}
	if p := c.personWithRole(role, org, c.toks[i].ByteStart); p >= 0 && !indefinite && !c.unnamedOwner(i, head) {
		sp.name, sp.actor, sp.person = c.doc.Entities[p].Canonical, c.doc.Entities[p].Actor, true
	} else if org != "" && orgNouns[role] != "" {
		sp.name = org
	} else if code, ok := orgNouns[role]; ok && determiners[c.toks[i].Text] {
		// "the army", "the statement", "the group": the organisation the text means
		if o := c.recentOrg(code, role, c.toks[i].ByteStart); o >= 0 {
			sp.name, sp.actor = c.doc.Entities[o].Canonical, c.doc.Entities[o].Actor
		}
	}
	return sp, true
}

// placeAfter returns the end of "of|in|from PLACE" at token i when that place is all that comes
// before hi (but for a participle phrase), else i.
func (c *context) placeAfter(i, hi int) int {
	if i+1 >= hi || (c.lower(i) != "of" && c.lower(i) != "in" && c.lower(i) != "from") {
		return i
	}
	e := c.entAt[i+1]
	if e < 0 || c.doc.Entities[e].Type != chronicle.GPE && c.doc.Entities[e].Type != chronicle.Loc && c.doc.Entities[e].Type != chronicle.Fac {
		return i
	}
	end := i + 1
	for end < hi && c.entAt[end] == e {
		end++
	}
	// a reduced relative may follow: "Residents of Kherson reached by telephone said"
	if end != hi && c.toks[end].Tag != "VBN" && c.toks[end].Tag != "VBG" {
		return i
	}
	return end
}

// countryIn is the country of the first place or nationality in tokens [i, j), "" if none.
func (c *context) countryIn(i, j int) string {
	for k := i; k < j; k++ {
		if e := c.entAt[k]; e >= 0 {
			if ent := c.doc.Entities[e]; (ent.Type == chronicle.GPE || ent.Type == chronicle.NORP) && ent.Country != "" {
				return ent.Country
			}
		}
	}
	return ""
}

// leaders are the roles a text may later call "the leader".
var leaders = []string{"president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader"}

// leaderOf finds the last head of state or government of country named before b.
func (c *context) leaderOf(country string, b int) int {
	if country == "" {
		return -1
	}
	best := -1
	for _, i := range c.roled {
		e := c.doc.Entities[i]
		if e.ByteStart >= b {
			break
		}
		if e.Country != country {
			continue
		}
		for _, r := range leaders {
			if strings.EqualFold(e.Role, r) {
				best = i
			}
		}
	}
	return best
}

// unnamedOwner says a description's role belongs to a body the text does not name there ("the
// union's president", "the company's chairman"): not whoever held that title before.
func (c *context) unnamedOwner(i, head int) bool {
	for k := i + 1; k < head; k++ {
		if (c.toks[k].Text == "'s" || c.toks[k].Text == "’s") && c.entAt[k-1] < 0 {
			return true
		}
	}
	return false
}

// orgNouns are descriptions that stand for an organisation, with the actor role they suggest.
var orgNouns = map[string]string{"statement": "*", "group": "*", "army": "MIL", "military": "MIL", "ministry": "GOV",
	"government": "GOV", "administration": "GOV", "police": "COP", "party": "PTY", "campaign": "*", "agency": "*",
	"union": "LAB", "movement": "*", "commission": "*", "court": "JUD", "company": "BUS", "embassy": "GOV",
	"mission": "*", "observers": "*", "delegation": "*", "office": "*", "alliance": "PTY", "coalition": "*",
	"opposition": "OPP", "council": "*", "committee": "*", "board": "*", "team": "*", "chamber": "*"}

// recentOrg finds the most recent organisation before b (outside quotes) that fits a
// description: its actor role, or its name containing the noun ("the army" → "Malian Army").
func (c *context) recentOrg(code, noun string, b int) int {
	any, fit := -1, -1
	for i, e := range c.doc.Entities {
		if e.ByteStart >= b {
			break
		}
		if e.Type != chronicle.Org || strings.HasSuffix(e.Actor, "MED") || c.namedAsMedia(e) {
			continue // the media report statements; they rarely issue them
		}
		any = i
		if code != "*" && strings.HasSuffix(e.Actor, code) || shortened(e, noun) {
			fit = i
		}
	}
	if fit >= 0 || code != "*" {
		return fit // "the army" is not whatever organisation came last
	}
	return any
}

// mediaWords introduce a broadcaster or a paper by its kind: "state television ORTM".
var mediaWords = map[string]bool{"television": true, "tv": true, "radio": true, "broadcaster": true, "agency": true,
	"newspaper": true, "daily": true, "channel": true, "outlet": true, "network": true, "website": true}

// namedAsMedia says the text introduces the organisation as a medium ("read on state television
// ORTM", "the state news agency SANA").
func (c *context) namedAsMedia(e chronicle.Entity) bool {
	k := c.tokenAtByte(e.ByteStart)
	return k > 0 && mediaWords[c.lower(k-1)]
}

// shortened reports a name the text may shorten to a common noun: "the army" for "Malian
// Army" (a country's word and the noun), not for "Popular Liberation Army".
func shortened(e chronicle.Entity, noun string) bool {
	words := strings.Fields(strings.ToLower(e.Canonical))
	if len(words) == 0 || words[len(words)-1] != noun && !strings.HasPrefix(words[len(words)-1], noun) {
		return false
	}
	return len(words) == 1 || len(words) == 2 && e.Country != "" && !strings.HasPrefix(e.Actor, "---") && !strings.HasSuffix(e.Actor, "REB")
}

// personWithRole finds the person the text introduced with this role (and organisation, when
// given), before position b; the most recent one.
func (c *context) personWithRole(role, org string, b int) int {
	best := -1
	for _, i := range c.roled {
		e := c.doc.Entities[i]
		if e.ByteStart >= b {
			break
		}
		if !strings.HasSuffix(e.Role, role) || org != "" && !c.orgsIn[c.sentenceOf(i)][org] {
			continue
		}
		best = i
	}
	if best < 0 && org != "" {
		return c.personWithRole(role, "", b)
	}
	return best
}

// sentenceOf returns the sentence of entity i.
func (c *context) sentenceOf(i int) int {
	b := c.doc.Entities[i].ByteStart
	k := sort.Search(len(c.toks), func(k int) bool { return c.toks[k].ByteEnd > b })
	if k == len(c.toks) {
		return -1
	}
	return c.toks[k].Sentence
}

func (c *context) isSpeakerEntity(e int) bool {
	t := c.doc.Entities[e].Type
	return t == chronicle.Person || t == chronicle.Org
}

func (c *context) fromEntity(e int) speaker {
	ent := c.doc.Entities[e]
	sp := speaker{bs: ent.ByteStart, be: ent.ByteEnd, name: ent.Canonical, actor: ent.Actor, person: ent.Type == chronicle.Person}
	// "India's External Affairs Ministry": the country is part of the body's description
	if k := c.tokenAtByte(ent.ByteStart); ent.Type == chronicle.Org && k >= 2 && (c.toks[k-1].Text == "'s" || c.toks[k-1].Text == "’s") {
		if g := c.entAt[k-2]; g >= 0 && c.doc.Entities[g].Type == chronicle.GPE {
			sp.bs = c.doc.Entities[g].ByteStart
		}
	}
	return sp
}

// pronoun resolves he/she to the most recent person named outside quotes before it, and
// they/it to the most recent organisation.
func (c *context) pronoun(i int) speaker {
	want := pronouns[c.toks[i].Text]
	sp := speaker{bs: c.toks[i].ByteStart, be: c.toks[i].ByteEnd, name: c.toks[i].Text, person: want == chronicle.Person, pronoun: true,
		plural: c.lower(i) == "they"}
	// "Sanneh said he would …, when his predecessor Jammeh refused … . He said": a pronoun
	// opening its sentence continues the subject of the sentence before, not its last name
	if want == chronicle.Person && (c.opensSentence(i) || c.quoteOpensSentence(i)) {
		before := c.toks[i].Sentence - 1
		for c.quoteOpensSentence(i) && before > 0 && c.quoted[c.doc.Sentences[before].FirstToken] {
			before-- // the quote's own sentences before its tail
		}
		if e := c.personSubject(before); e >= 0 {
			ent := c.doc.Entities[e]
			sp.name, sp.actor, sp.ref = ent.Canonical, ent.Actor, ent.ByteStart
			return sp
		}
		if d, ok := c.describedSubject(before); ok && c.quoteOpensSentence(i) {
			// "Mexico's president hit back on Monday. "…," she told …": the person the sentence
			// before described, not the last name in the text
			sp.name, sp.actor, sp.ref = d.name, d.actor, d.bs
			return sp
		}
	}
	// "Georgia's ministry said it had handed …", "The embassy blamed the rebels. In a
	// statement, it said": the body the sentence, or the one before, is about
	if c.lower(i) == "it" && !c.resolvingIt {
		c.resolvingIt = true
		o, ok := c.bodySubject(i)
		c.resolvingIt = false
		if ok {
			sp.name, sp.actor, sp.ref = o.name, o.actor, o.bs
			return sp
		}
	}
	// "Seven ministers … resigned. …, they said": the people the sentence before was about
	if sp.plural && (c.opensSentence(i) || c.toks[i-1].Text == ",") {
		if a, b, ok := c.pluralSubject(c.toks[i].Sentence - 1); ok {
			sp.name, sp.ref = c.doc.Text[a:b], a
			return sp
		}
	}
	for k := i - 1; k >= 0; k-- {
		e := c.entAt[k]
		if e < 0 || c.quoted[k] {
			continue
		}
		ent := c.doc.Entities[e]
		if ent.Type == want && !(want == chronicle.Person && ent.Nominal) {
			sp.name, sp.actor, sp.ref = ent.Canonical, ent.Actor, ent.ByteStart
			return sp
		}
	}
	return sp
}

// quoteOpensSentence reports a pronoun in the tail of a sentence that opens with a quotation
// ("Rasolofo announced he had dismissed Minister X. "I hear your anger," he said."): the quote
// continues the sentence before, and the pronoun its subject, not its last name.
func (c *context) quoteOpensSentence(i int) bool {
	s := c.doc.Sentences[c.toks[i].Sentence]
	if i == s.FirstToken || !c.quoted[s.FirstToken] {
		return false
	}
	for k := i - 1; k > s.FirstToken; k-- {
		if !c.quoted[k] && c.toks[k].Text != "," {
			return false // words of the narrator's own before the pronoun
		}
	}
	return true
}

// bodySubject finds the organisation or country that "it" at token i stands for: the subject
// of its sentence's main verb before it ("Georgia's ministry said it had …", "the court
// rejected the appeal, which it said …"); when no verb comes before it ("In a statement, it
// said") or it speaks a reporting tail ("…, it said."), whoever the sentence before is about
// or quotes.
func (c *context) bodySubject(i int) (speaker, bool) {
	si := c.toks[i].Sentence
	s := c.doc.Sentences[si]
	first := s.FirstToken
	v := c.mainVerb(first, i)
	if v < 0 || c.tailAt(i) {
		if si == 0 || c.doc.Sentences[si-1].Paragraph != s.Paragraph {
			return speaker{}, false
		}
		return c.sentenceSpeaker(si - 1)
	}
	return c.bodyOf(first, v)
}

// tailAt says the pronoun at token i speaks a reporting tail: ", it said." ending the sentence.
func (c *context) tailAt(i int) bool {
	s := c.doc.Sentences[c.toks[i].Sentence]
	if i == s.FirstToken || c.toks[i-1].Text != "," {
		return false
	}
	k := i + 1
	for k < s.EndToken && adverbs[c.lower(k)] {
		k++
	}
	_, n, ok := c.cueAt(k)
	return ok && c.tailEnds(k+n, s.EndToken)
}

// sentenceSpeaker returns the body sentence si quotes in a reporting tail ("…, the agency
// said."), else the subject of its main verb, when that is no person.
func (c *context) sentenceSpeaker(si int) (speaker, bool) {
	s := c.doc.Sentences[si]
	if j, n, cl, ok := c.closingCue(si); ok {
		if _, sp, ok := c.tail(si, j, n, cl); ok {
			if sp.person || sp.pronoun || sp.name == "" || sp.bs < 0 {
				return speaker{}, false
			}
			return sp, true
		}
		if c.tailEnds(j+n, s.EndToken) {
			return speaker{}, false // "…, the British military's UKMTO agency said.": a tail not read
		}
	}
	v := c.mainVerb(s.FirstToken, s.EndToken)
	if v <= s.FirstToken {
		return speaker{}, false
	}
	return c.bodyOf(s.FirstToken, v)
}

// bodyOf returns the subject of the verb at v when it is a body, not a person.
func (c *context) bodyOf(first, v int) (speaker, bool) {
	sp, ok := c.subject(first, v, v)
	if !ok || sp.person || sp.pronoun || sp.name == "" || sp.bs < 0 {
		return speaker{}, false
	}
	if e := c.entAt[c.tokenAtByte(sp.bs)]; e >= 0 && c.doc.Entities[e].Type == chronicle.Person {
		return speaker{}, false
	}
	return sp, true
}

// pluralSubject returns the bytes of a plural noun phrase naming no entity that opens sentence
// si as its subject ("Seven ministers from …", "Hundreds of farmers …" is not one).
func (c *context) pluralSubject(si int) (int, int, bool) {
	if si < 0 {
		return 0, 0, false
	}
	s := c.doc.Sentences[si]
	k := s.FirstToken
	for k < s.EndToken && !c.quoted[k] && c.entAt[k] < 0 && npTags[c.toks[k].Tag] {
		k++
	}
	if k == s.FirstToken || k >= s.EndToken || c.toks[k-1].Tag != "NNS" {
		return 0, 0, false
	}
	if next := c.toks[k]; !finiteTags[next.Tag] && next.Text != "," && !ownerPreps[c.lower(k)] {
		return 0, 0, false
	}
	return c.toks[s.FirstToken].ByteStart, c.toks[k-1].ByteEnd, true
}

var npTags = map[string]bool{"DT": true, "CD": true, "JJ": true, "NN": true, "NNS": true}

// opensSentence says token i is the first of its sentence outside quotes.
func (c *context) opensSentence(i int) bool {
	for k := c.doc.Sentences[c.toks[i].Sentence].FirstToken; k < i; k++ {
		if !c.quoted[k] {
			return false
		}
	}
	return true
}

// personSubject returns the named person who is the subject of sentence si — the first
// entity before its first finite verb, outside quotes and not after a preposition or before
// "'s" — or -1.
// describedSubject is the description of one person that opens sentence si before its first
// verb ("Mexico's president hit back"), if it does.
func (c *context) describedSubject(si int) (speaker, bool) {
	if si < 0 {
		return speaker{}, false
	}
	s := c.doc.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if c.quoted[k] || c.entAt[k] >= 0 && c.doc.Entities[c.entAt[k]].Type == chronicle.Person {
			return speaker{}, false
		}
		if c.toks[k].Text == "," || k-s.FirstToken > 4 {
			return speaker{}, false // a short description only: "Mexico's president", "The minister"
		}
		if c.finite(k) {
			d, ok := c.description(s.FirstToken, k)
			return d, ok && d.person && !d.plural
		}
	}
	return speaker{}, false
}

func (c *context) personSubject(si int) int {
	if si < 0 {
		return -1
	}
	s := c.doc.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if c.quoted[k] {
			continue
		}
		if c.finite(k) {
			return -1
		}
		e := c.entAt[k]
		if e < 0 {
			continue
		}
		end := c.entityEnd(k)
		ent := c.doc.Entities[e]
		if k > s.FirstToken && prepositions[c.lower(k-1)] || end < len(c.toks) && (c.toks[end].Text == "'s" || c.toks[end].Text == "’s") {
			k = end - 1
			continue
		}
		if ent.Type == chronicle.Person && !ent.Nominal {
			return e
		}
		if ent.Type == chronicle.NORP {
			k = end - 1 // "Greek Foreign Minister Nikos Vlachos": a nationality modifies the subject
			continue
		}
		// "UNSMIL chief Mariam Oduya met …": a body before a role names whose the role is
		if end < len(c.toks) && c.roleAt(end) && !isCapitalised(c.toks[end].Text) {
			k = end - 1
			continue
		}
		return -1
	}
	return -1
}

// continueSpeakers gives "he said" the speaker of the paragraph's quote before it when that
// speaker was named after the person the pronoun found ("A police spokesman said … . Units had
// been deployed, he said." — the spokesman, whom no entity names), and "they said" the people
// described there ("according to two officials … . The fighting went on, they said."). quotes
// are in text order.
func continueSpeakers(quotes []found) {
	for i := range quotes {
		sp := &quotes[i].speaker
		if !sp.pronoun || !sp.person && !sp.plural {
			continue
		}
		for j := i - 1; j >= 0 && quotes[j].para == quotes[i].para; j-- {
			prev := quotes[j].speaker
			if sp.plural && (prev.actor != "" || !strings.HasSuffix(prev.name, "s")) {
				continue // "they" are people described in the plural, not a body or one person
			}
			if prev.person && !prev.pronoun && prev.bs > sp.ref && prev.bs < sp.bs {
				sp.name, sp.actor = prev.name, prev.actor
				break
			}
		}
	}
}
