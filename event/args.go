package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/actor"
	"github.com/chronicle-news/chronicle/timex"
)

// context holds per-document indexes.
type context struct {
	st      *Stage
	doc     *chronicle.Document
	toks    []chronicle.Token
	entAt   []int // token → entity, -1 for none
	quoteAt []int // token → quote (direct or reported), -1 for none
	main    string
	home    string         // the country the story is filed from when it is about it too, else main
	counts  map[string]int // mentions of places and nationalities by country
	// mainMentions counts the places and groups of the main country: one mention in a lone
	// sentence is no context to fill in a target from
	mainMentions int
	countries    map[string]bool
	mainPlace    *chronicle.Place
	consumed     []bool   // tokens inside the target of an event already coded
	lows         []string // tokens lower-cased
	// dates caches the time expressions of a sentence, by sentence and tense (1 for future)
	dates map[[2]int][]timex.Expr
	// lastSource is the source of the sentence's last event, for "condemning X and calling on Y".
	lastSource map[int]chronicle.EventActor
	// lastSources are all the sources of the sentence's last trigger: "The United States and
	// the EU expressed concern … and urged …"
	lastSources map[int][]chronicle.EventActor
	lastLemma   map[int]string                 // the trigger of the sentence's last event
	bodies      map[int]*chronicle.EventActor  // "the bloc", "the court" resolved, by token
	lastPair    map[int][]chronicle.EventActor // source and target of the sentence's last event
	inSpeaker   bool                           // resolving a speaker, whose words are not their own
}

func newContext(st *Stage, doc *chronicle.Document) *context {
	c := &context{st: st, doc: doc, toks: doc.Tokens, main: actor.MainCountry(doc), countries: map[string]bool{}}
	c.entAt = doc.EntityAt()
	c.lows = make([]string, len(c.toks))
	for i, t := range c.toks {
		c.lows[i] = strings.ToLower(t.Text)
	}
	c.dates = map[[2]int][]timex.Expr{}
	c.consumed = make([]bool, len(c.toks))
	c.lastSource = map[int]chronicle.EventActor{}
	c.lastSources = map[int][]chronicle.EventActor{}
	c.lastLemma = map[int]string{}
	c.lastPair = map[int][]chronicle.EventActor{}
	c.quoteAt = make([]int, len(c.toks))
	for i := range c.quoteAt {
		c.quoteAt[i] = -1
	}
	for _, e := range doc.Entities {
		if e.Country != "" {
			c.countries[e.Country] = true
		}
	}
	c.counts = actor.CountryCounts(doc)
	if c.main != "" {
		c.mainMentions = c.counts[c.main]
	}
	c.home = actor.Home(doc, c.main)
	for qi, q := range doc.Quotes {
		// quotes are sorted by start: find the first token by binary search
		j := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= q.Start })
		for ; j < len(c.toks) && c.toks[j].End <= q.End; j++ {
			c.quoteAt[j] = qi
		}
	}
	c.mainPlace = c.mainPlaceOf()
	return c
}

func (c *context) lower(i int) string { return c.lows[i] }

// speakerAt returns the speaker of the quote a token is in, "" outside quotes.
func (c *context) speakerAt(i int) string {
	if q := c.quoteAt[i]; q >= 0 && c.doc.Quotes[q].Speaker != nil {
		return c.doc.Quotes[q].Speaker.Name
	}
	return ""
}

// arguments finds the source(s) and target(s) of a trigger by its frame.
func (c *context) arguments(si, i int, t trigger) (src, tgt []chronicle.EventActor) {
	s := c.doc.Sentences[si]
	if k := c.skipParticles(i+1, s.EndToken); k+1 < s.EndToken && (c.lower(k) == "each" && c.lower(k+1) == "other" || c.lower(k) == "one" && c.lower(k+1) == "another") {
		// "Both governments blamed each other": each did it to the other
		if a := c.subjectBefore(si, i); a != nil {
			if both := c.coordinated(si, *a); len(both) >= 2 {
				return both, both
			}
		}
	}
	switch {
	case t.frame == "from" && t.pos == "noun":
		// "sparking condemnations from Iraqi factions": the source follows, the target is the
		// sentence's subject
		if k := c.find(i+1, s.EndToken, "from", 4); k >= 0 {
			src = c.np(k+1, s.EndToken)
		}
		tgt = c.sentenceSubject(si, i)
		if e := c.entAt[s.FirstToken]; len(tgt) == 0 && e >= 0 {
			// "Hanoi's complaint drew support from Manila": the complaint's owner
			if end := c.tokenAt(c.doc.Entities[e].End - 1); end+1 < i && (c.toks[end+1].Text == "'s" || c.toks[end+1].Text == "’s") {
				if a := c.entityActor(e); a != nil {
					tgt = []chronicle.EventActor{*a}
				}
			}
		}
		return src, tgt
	case t.frame == "subject":
		if t.pos == "adj" {
			// an adjective judges in the speaker's own words only ("dismissed the statement as
			// hypocritical" is the narrator's report of another's judgement), and said of
			// something: "the expulsion was "a cynical act"", "these tariffs are illegal", not
			// "illegal miners"
			if c.quoteAt[i] < 0 || c.doc.Quotes[c.quoteAt[i]].Kind != "direct" || !c.predicative(si, i) {
				return nil, nil
			}
			if sp := c.speakerActor(i); sp != nil {
				src = []chronicle.EventActor{*sp}
				tgt = c.judgedThing(si, i, t)
			}
			return src, tgt
		}
		if t.pos == "noun" && t.code[:2] == "11" && len(t.requires) == 0 && c.undergone(si, i) {
			return nil, nil // "students have suffered repression": victims, not perpetrators
		}
		if sp := c.speakerActor(i); sp != nil {
			src = []chronicle.EventActor{*sp}
		}
		if a := c.subjectWithin(si, i, c.quoteAt[i]); a != nil {
			// `said the figures were "a fabrication"`: the speaker's own words judge
			tgt = []chronicle.EventActor{*a}
		} else if len(src) == 1 {
			tgt = c.judgedThing(si, i, t)
		}
		return src, tgt
	case t.frame == "none":
		if a := c.crowdAfter(si, i, t); a != nil {
			tgt = []chronicle.EventActor{*a}
		} else if a := c.premisesAfter(si, i, t); a != nil {
			tgt = []chronicle.EventActor{*a}
		} else if c.main != "" {
			tgt = []chronicle.EventActor{{Name: c.main, Code: c.main}}
		}
	case t.frame == "obj":
		k := c.skipParticles(i+1, s.EndToken)
		if them := c.themBefore(si, i, k); len(them) > 0 {
			tgt = them
		} else if prev := c.anaphoricObject(si, i, k); prev != nil && implicitTarget[t.code[:2]] {
			tgt = []chronicle.EventActor{*prev}
		} else if a := c.relativeObject(si, i, k); a != nil {
			tgt = []chronicle.EventActor{*a}
		} else if a := c.rulingMaker(si, i, k, t); a != nil {
			tgt = []chronicle.EventActor{*a}
		} else if a := c.documentMaker(si, i, k, t); a != nil {
			tgt = []chronicle.EventActor{*a}
		} else if a, ok := c.summaryObject(si, i, t); ok {
			if a == nil {
				return nil, nil // the move's maker not named: no guess
			}
			tgt = []chronicle.EventActor{*a}
		} else if a := c.actNounAgent(k, s.EndToken); a != nil && implicitTarget[t.code[:2]] {
			// "condemned the killing of a Hezbollah commander by Israel": whoever did it
			tgt = []chronicle.EventActor{*a}
		} else {
			tgt = c.np(k, s.EndToken)
			if len(tgt) == 0 {
				// "broke up a rally by opposition supporters", "rejected mediation by Brazil":
				// the act's agent is whom it is done to
				if by := c.find(k, s.EndToken, "by", 4); by > k {
					tgt = c.np(by+1, s.EndToken)
				}
			}
		}
	case t.frame == "that":
		if k := c.find(i+1, s.EndToken, "that", 10); k >= 0 {
			tgt = c.np(k+1, s.EndToken)
			if len(tgt) == 0 && t.code[:2] == "13" && k > i+1 {
				// "warned Cambodia that any further incursion would be met with …": the one
				// warned, when the clause names no one
				tgt = c.np(i+1, k)
			}
		}
	case t.frame == "infinitive":
		// "promised to help Pakistan", "offered to mediate between X and Y": the governed
		// verb's target
		if j := c.complement(si, i); j >= 0 {
			if comp, ok := c.verbRow(si, j); ok && comp.frame != "infinitive" {
				_, tgt = c.arguments(si, j, comp)
			} else {
				tgt = c.np(c.skipParticles(j+1, s.EndToken), s.EndToken)
			}
		}
	default:
		k := c.findAny(i+1, s.EndToken, t.frame, 8)
		if m := c.requiredAt(si, i, t); k < 0 && m > i {
			// "imposed provisional anti-dumping duties of up to 62 percent on pork from the
			// EU": the preposition follows the word the row requires, not the verb
			k = c.findAny(m+1, s.EndToken, t.frame, 8)
		}
		if k >= 0 {
			end := s.EndToken
			for j := k + 1; j < end; j++ {
				if c.coordinatedVerbAt(si, j) {
					end = j // "concerned about the violence and urges X to …": X is the next verb's
				}
			}
			if a := c.actNounAgent(k+1, end); a != nil && implicitTarget[t.code[:2]] {
				// "concerned about the repeated use of water cannon by Chinese ships": whoever did it
				tgt = []chronicle.EventActor{*a}
			} else if prev := c.anaphoricObject(si, i, k+1); prev != nil && implicitTarget[t.code[:2]] && antecedentStems[c.lower(k+2)] != nil {
				// "lodged a complaint against the duties at the WTO": whoever imposed them
				tgt = []chronicle.EventActor{*prev}
			} else {
				tgt = c.np(k+1, end)
			}
			if len(tgt) == 0 && t.code[:2] == "01" && k+3 < s.EndToken && c.lower(k+1) == "reports" && (c.lower(k+2) == "that" || c.lower(k+2) == "of") {
				// "expressed concern over reports that police officers had executed
				// suspects", "troubled by reports of civilian deaths": what the reports tell
				tgt = c.np(k+3, s.EndToken)
				if len(tgt) == 0 && c.main != "" && c.mainMentions >= 2 {
					// "troubled by reports of civilian deaths": whoever did it is not named;
					// the reports are about the country the story is about
					tgt = []chronicle.EventActor{{Name: c.main, Code: c.main}}
				}
			}
			if len(tgt) == 0 && implicitTarget[t.code[:2]] {
				// "expressed concern over the seizure": whoever seized
				if prev := c.anaphoricObject(si, i, k+1); prev != nil && antecedentStems[c.lower(k+2)] != nil {
					tgt = []chronicle.EventActor{*prev}
				}
			}
		}
	}
	if len(tgt) == 0 && t.frame == "obj" && (t.code[:2] >= "18" || t.code[:2] == "17") {
		// "military jets had bombed two villages near Maungdaw": force against homes is
		// against the civilians of the place
		if a := c.dwellingsAfter(si, i); a != nil {
			tgt = []chronicle.EventActor{*a}
		}
	}
	if len(tgt) == 0 && t.frame == "obj" && t.code[:2] == "17" && c.quantityObject(si, i) {
		// "fired tear gas at thousands of students … and detained dozens": the people the
		// clause before acted on
		if prev, ok := c.lastPair[si]; ok && crowdRoles[role(prev[1].Code)] {
			o := prev[1]
			o.Text, o.Start, o.End = c.toks[i+1].Text, c.toks[i+1].Start, c.toks[i+1].End
			tgt = []chronicle.EventActor{o}
		}
	}
	if len(tgt) == 0 && t.frame == "obj" && (t.code == "1053" || t.code == "0253") {
		// "demanded the immediate release of the vessel and its crew": whoever seized or
		// holds them
		if h := c.holder(si, i); h != nil {
			tgt = []chronicle.EventActor{*h}
		}
	}
	// the source: a possessor ("Washington's assassination"), "by X" in the passive, else the
	// subject before the trigger; inside a quote "we" and "I" are the speaker
	if t.pos == "noun" && t.code == "045" && t.frame == "of" && len(tgt) > 0 {
		// "held talks in Addis Ababa under the mediation of the African Union panel": the
		// mediator named after "of", between the two the sentence has just coded meeting
		for j := len(c.doc.Events) - 1; j >= 0 && c.doc.Events[j].Sentence == si; j-- {
			if e := c.doc.Events[j]; e.Root == "04" && !e.Negated && e.Mode == "" && e.Source.Code != e.Target.Code {
				return tgt[:1], []chronicle.EventActor{*e.Source, *e.Target}
			}
		}
		return nil, nil // "remained open to talks under the auspices of …": no talks held
	}
	if t.pos == "noun" && len(tgt) == 2 && strings.Contains(t.frame, "between") && t.code[:3] != "045" {
		// "fighting between Sudan's army and the RSF damaged the pipeline, South Sudan said",
		// "talks between Kinshasa and the M23": the two act on each other, whoever tells of it
		if k := c.find(i+1, c.doc.Sentences[si].EndToken, "between", 3); k >= 0 {
			return tgt[:1], tgt[1:]
		}
	}
	if t.pos == "noun" {
		if a := c.possessor(i); a != nil {
			return []chronicle.EventActor{*a}, tgt
		}
		if a := c.nationalityBefore(si, i); a != nil && len(tgt) > 0 {
			return []chronicle.EventActor{*a}, tgt // "Russian air strikes on Kharkiv"
		}
	}
	among := c.amongThose(si, i)
	if c.passive(i) && t.pos != "adj" || among != nil {
		subj := c.subjectBefore(si, i)
		if among != nil {
			subj = among
		} else if c.reduced(i) {
			// "a reform backed by the president": the noun phrase right before is the target
			subj = nil
			for k := i - 1; k >= s.FirstToken && (nominal[c.toks[k].Tag] || c.toks[k].Tag == "NNP" || c.toks[k].Tag == "NNPS"); k-- {
				if a := c.candidate(k, s.FirstToken, i); a != nil {
					subj = a
					break
				}
			}
		}
		by := c.find(i+1, s.EndToken, "by", 8)
		if by >= 0 && symmetric[t.lemma] {
			// "The deal was signed by Congo's interior minister and the M23 leader": the two
			// named after "by" act on each other
			if pair := c.np(by+1, s.EndToken); len(pair) == 2 {
				return pair[:1], pair[1:]
			}
		}
		if subj == nil && by < 0 && t.code[:2] == "12" && c.proposalSubject(si, i) {
			// "The offer was swiftly rejected": the party it was made to rejects whoever made it
			if prev := c.lastProposal(si); prev != nil {
				return []chronicle.EventActor{*prev.Target}, []chronicle.EventActor{*prev.Source}
			}
		}
		if subj == nil && by < 0 && c.toks[i].Tag == "VBN" && !c.reduced(i) {
			// "Four suspected collaborators were detained in Djibo": people the text does not
			// name, of the country whose state acts
			if _, ok := agentless[t.code[:3]]; ok && c.nounSubject(si, i) {
				if where := c.stateOf(si); where != "" {
					subj = &chronicle.EventActor{Name: where, Code: where}
				}
			}
		}
		if subj == nil && by >= 0 && (t.code[:2] == "12" || t.code == "016") {
			// "Both statements were rejected by Kyrgyzstan's foreign ministry": whoever made them
			if agents := c.np(by+1, s.EndToken); len(agents) > 0 {
				if makers := c.rejectedMakers(si, agents[0]); len(makers) > 0 {
					return agents, makers
				}
			}
		}
		if subj == nil && by >= 0 && t.code == "045" {
			// "swapped 176 prisoners under a deal brokered by Qatar": Qatar mediated between the
			// two the sentence has just coded acting on each other
			if pair, ok := c.lastPair[si]; ok && pair[0].Code != pair[1].Code {
				if agents := c.np(by+1, s.EndToken); len(agents) > 0 {
					if country(pair[0].Code) == country(pair[1].Code) {
						return agents, pair[:1] // a government and its rebels: one country mediated in
					}
					return agents, pair
				}
			}
		}
		if subj == nil && by >= 0 && implicitTarget[t.code[:2]] {
			if agents := c.np(by+1, s.EndToken); len(agents) > 0 {
				if c.lower(s.FirstToken) == "the" && antecedentStems[c.lower(s.FirstToken+1)] != nil {
					// "The shelling was condemned by France": whoever shelled
					if prev := c.antecedentAgent(si, i, s.FirstToken, &agents[0]); prev != nil {
						return agents, []chronicle.EventActor{*prev}
					}
				}
				if k := c.actAntecedent(si, i); k >= 0 {
					// "seized a tanker, a move that was condemned by Britain", "…, which was
					// condemned by Britain": whoever did the act just told
					if prev := c.antecedentAgent(si, i, k, &agents[0]); prev != nil {
						return agents, []chronicle.EventActor{*prev}
					}
				}
			}
		}
		if subj == nil {
			return nil, nil
		}
		if k := by; k >= 0 {
			return c.np(k+1, s.EndToken), []chronicle.EventActor{*subj}
		}
		// "an opposition leader was arrested in Kampala": coercion names no agent, and it is
		// the state of the place that acts
		if prev := c.sameActBefore(si, t, subj); prev != nil {
			// "the Sri Lankan navy arrested 19 Indian fishermen … The fishermen were detained
			// off Delft": the act told again, by whoever did it the first time
			return []chronicle.EventActor{*prev.Source}, []chronicle.EventActor{*subj}
		}
		if role, ok := agentless[t.code[:3]]; ok {
			where := c.stateOf(si)
			if t.code[:3] == "166" {
				// "Two Chinese journalists were expelled from India": the state they leave
				if k := c.find(i+1, s.EndToken, "from", 3); k >= 0 {
					if a := c.np(k+1, s.EndToken); len(a) == 1 && country(a[0].Code) != "" && country(a[0].Code) != "---" {
						where = country(a[0].Code)
					}
				}
			}
			if where != "" && !(t.code[:3] == "166" && where == country(subj.Code)) {
				return []chronicle.EventActor{{Name: where + " authorities", Code: where + role}}, []chronicle.EventActor{*subj}
			}
		}
		return nil, nil
	}
	// "…, condemning the meeting and calling on Iraqis …", "blamed X and demanded Y":
	// coordinated verbs share a subject
	v := i
	if t.pos == "noun" {
		// "telephoned X and expressed support for Y": the verb that carries the noun
		for k := i - 1; k > c.doc.Sentences[si].FirstToken && k >= i-3; k-- {
			if strings.HasPrefix(c.toks[k].Tag, "VB") {
				v = k
				break
			}
			if !nominal[c.toks[k].Tag] {
				break
			}
		}
	}
	for v-1 > c.doc.Sentences[si].FirstToken && (auxiliaries[c.lower(v-1)] || c.toks[v-1].Tag == "RB") && c.lower(v-1) != "not" {
		v-- // "and has boycotted", "and then fled"
	}
	if v > 0 && (c.lower(v-1) == "and" || c.lower(v-1) == "or" || c.lower(v-1) == "but" && strings.HasPrefix(c.toks[v].Tag, "VB")) {
		if prev, ok := c.lastPair[si]; ok && len(tgt) == 0 && symmetric[t.lemma] && symmetric[c.lastLemma[si]] {
			return prev[:1], prev[1:] // "X and Y met … and signed a declaration": the same two
		}
		if prev, ok := c.lastPair[si]; ok && len(tgt) == 0 && i+1 < c.doc.Sentences[si].EndToken && (c.lower(i+1) == "it" || c.lower(i+1) == "them") && prev[1].End > prev[1].Start {
			// "criticised the government and urged it to open talks": the object of the verb
			// before
			o := prev[1]
			o.Text, o.Start, o.End = c.toks[i+1].Text, c.toks[i+1].Start, c.toks[i+1].End
			tgt = []chronicle.EventActor{o}
		}
		if all, ok := c.lastSources[si]; ok {
			if prev, ok := c.lastPair[si]; ok && len(all) == 1 && (len(tgt) == 0 || len(tgt) == 1 && tgt[0].Code == all[0].Code) && (t.frame == "infinitive" && (t.code[:2] == "03" || t.code[:2] == "13") || strings.HasPrefix(t.code, "033")) && prev[0].Code == all[0].Code && prev[1].Code != "" && !c.namesSomeone(si, i) {
				// "spoke by telephone with Tiani and offered to send troops", "accused Canada of
				// dumping steel and threatened to impose further duties": an offer or threat
				// naming no one (or only the actor's own troops) is made to whom the same actor
				// has just addressed
				return all, prev[1:]
			}
			return c.rebut(si, i, t, all, tgt)
		}
		if a := c.matrixSubject(si, i); a != nil {
			return c.rebut(si, i, t, []chronicle.EventActor{*a}, tgt)
		}
		if a := c.reporterSubject(si, i); a != nil {
			return c.fill(si, i, t, []chronicle.EventActor{*a}, tgt)
		}
		if a := c.coordinatedVerbSubject(si, v-1); a != nil {
			// "Japarov convened a meeting of the Security Council and accused Dushanbe": the
			// subject of the verb before "and", not that verb's object
			return c.rebut(si, i, t, c.coordinated(si, *a), tgt)
		}
	}
	if t.lemma == "agree" && t.frame == "infinitive" && t.code[:2] == "03" && c.theTwo(si, i) {
		// "… spoke by phone with his Estonian counterpart, and the two leaders agreed to set up a
		// task force": each agreed with the other
		for _, sj := range []int{si, si - 1} {
			if pair, ok := c.lastPair[sj]; ok && pair[0].Code != pair[1].Code && country(pair[0].Code) != country(pair[1].Code) {
				return pair, pair
			}
		}
	}
	if len(tgt) > 0 && symmetric[t.lemma] && t.frame == "infinitive" && c.twoSidesSubject(si, i) {
		// "the two sides agreed to speed up work on a railway linking Kunming and Haiphong":
		// the two agree with each other, whatever the plan names
		if pair := c.coordinatedSubject(si, i); len(pair) == 2 {
			return pair[:1], pair[1:]
		}
	}
	// "Tinubu and Mahama met", "Russia and Ukraine clashed": two actors as one subject of a
	// symmetric verb act on each other
	if len(tgt) == 0 && symmetric[t.lemma] {
		if pair := c.coordinatedSubject(si, i); len(pair) == 2 {
			return pair[:1], pair[1:]
		}
		// "… met in Accra and signed a trade agreement": the same two again
		if prev, ok := c.lastPair[si]; ok && i > 0 && c.lower(i-1) == "and" {
			return prev[:1], prev[1:]
		}
	}
	if c.participle(si, i) {
		// "Belarus responded within hours, banning imports …": a participle clause after
		// a comma shares the subject of the clause before it
		if a, ok := c.lastSource[si]; ok {
			return c.rebut(si, i, t, []chronicle.EventActor{a}, tgt)
		}
		if v := c.mainVerb(si, i); v >= 0 {
			if a := c.subjectBefore(si, v); a != nil {
				return c.rebut(si, i, t, c.coordinated(si, *a), tgt)
			}
		}
	}
	if a := c.attackSubject(si, i, t); a != nil {
		src = []chronicle.EventActor{*a}
	} else if a := c.subjectBefore(si, i); a != nil {
		src = c.coordinated(si, *a)
	} else if a := c.frontedSubject(si, i, t); a != nil {
		src = []chronicle.EventActor{*a}
	} else if sp := c.speakerActor(i); sp != nil && t.code[:2] < "14" && role(sp.Code) != "MED" {
		// a statement: the speaker acts (not "an attack on our troops", nor stones hurled
		// that "Reuters witnesses said" they saw)
		src = []chronicle.EventActor{*sp}
	} else if len(tgt) == 2 && strings.Contains(t.frame, "between") {
		// "fighting between the army and rebels": the two act on each other
		return tgt[:1], tgt[1:]
	}
	return c.fill(si, i, t, src, tgt)
}

// nationalityBefore reads a nationality right before a noun trigger at i, with at most two
// nouns or adjectives between ("Russian air strikes", "Israeli airstrikes"): its country; nil
// when there is none.
func (c *context) nationalityBefore(si, i int) *chronicle.EventActor {
	first := c.doc.Sentences[si].FirstToken
	for k := i - 1; k >= first && k >= i-3; k-- {
		if e := c.entAt[k]; e >= 0 {
			ent := c.doc.Entities[e]
			if ent.Type != chronicle.NORP || ent.Country == "" || k > first && c.entAt[k-1] == e {
				return nil
			}
			return c.entityActor(e)
		}
		if t := c.toks[k].Tag; t != "NN" && t != "JJ" {
			return nil
		}
	}
	return nil
}

// attackSubject is, for a violent verb at i whose subject is an attack ("Turkish drone strikes
// on PKK positions in northern Iraq killed six civilians"), whoever the sentence has coded
// making the attack; nil when the subject is no attack.
func (c *context) attackSubject(si, i int, t trigger) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	if t.pos != "verb" || t.code[:2] < "18" || strings.HasPrefix(c.toks[i].Tag, "VBG") {
		return nil
	}
	head, from := -1, s.FirstToken
	for j := from; j < i && j < from+14; j++ {
		if dashes[c.toks[j].Text] {
			from = j + 1 // "ERBIL, Iraq, May 15 (Reuters) - ": the dateline is no subject
			break
		}
	}
	for j := from; j < i; j++ {
		if t := c.toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || c.toks[j].Text == "," {
			return nil // the verb is no main verb of a subject before it
		}
		if head < 0 && attackNouns[c.lower(j)] {
			head = j
		}
	}
	if head < 0 {
		return nil
	}
	for e := len(c.doc.Events) - 1; e >= 0; e-- {
		ev := c.doc.Events[e]
		if ev.Sentence != si {
			break
		}
		if ev.Root >= "18" && ev.Source != nil && ev.Evidence.Start <= c.toks[head].Start && c.toks[head].End <= ev.Evidence.End {
			a := *ev.Source
			return &a
		}
	}
	return nil
}

// attackNouns head a phrase naming an attack.
var attackNouns = map[string]bool{"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "attack": true, "attacks": true,
	"raid": true, "raids": true, "shelling": true, "bombing": true, "bombings": true, "bombardment": true, "offensive": true}

// sameActBefore is the last event of the sentences before si, of the same three-digit code as
// row t, done by a state to people of subj's country: the act an agentless passive tells again.
func (c *context) sameActBefore(si int, t trigger, subj *chronicle.EventActor) *chronicle.Event {
	if _, ok := agentless[t.code[:3]]; !ok || subj == nil {
		return nil
	}
	for k := len(c.doc.Events) - 1; k >= 0; k-- {
		e := &c.doc.Events[k]
		if e.Sentence >= si || e.Negated || e.Mode == "hypothetical" || strings.Contains(e.Rule, "+alleged") {
			continue
		}
		if e.Code[:min(3, len(e.Code))] == t.code[:3] && country(e.Target.Code) == country(subj.Code) && country(e.Source.Code) != country(subj.Code) {
			return e
		}
	}
	return nil
}

// rebut finds the target of a rebuttal: the maker of the statement rebutted ("denied the
// accusation"), named with it or coded before.
func (c *context) rebut(si, i int, t trigger, src, tgt []chronicle.EventActor) ([]chronicle.EventActor, []chronicle.EventActor) {
	// "The defence ministry denied the accusation", "rejected the charges": the target is who
	// made them, the source of the accusation coded just before
	if len(src) >= 1 && (t.code == "016" || t.code[:2] == "12" || t.code[:2] == "11" && t.frame == "obj") && c.rebuttal(si, i, t.code == "016" || t.code[:2] == "12") {
		// "Both broadcasters rejected the accusations": the makers are the same for each
		if ch := c.chargeBefore(si, i); ch >= 0 && c.lastAccusation(si, src[0]) == nil {
			// "Zene Ali said the ringleaders were paid by the RSF - a charge the RSF rejected":
			// whoever the sentence reports making it
			if a := c.sentenceSubject(si, ch); len(a) > 0 && otherCountry(&a[0], src[0]) {
				tgt = a[:1]
			}
		} else if maker := c.statementMaker(si, i); maker != nil {
			// "rejected the bloc's criticism", "dismissed the Greek accusation": the text
			// names who made it
			tgt = []chronicle.EventActor{*maker}
		} else if acc := c.lastAccusation(si, src[0]); acc != nil {
			tgt = []chronicle.EventActor{*acc.Source}
		} else if acc := c.lastStatement(si, src[0]); acc != nil {
			// "Brahim Mansour, urged Korean companies not to take part … Bennani rejected
			// the accusation": the last statement of another country's side
			tgt = []chronicle.EventActor{*acc.Source}
		} else if sp := c.lastOtherSpeaker(si, i, src[0]); sp != nil {
			// "'They are lying,' Bolivia's minister said … Chile rejected the accusations":
			// the last one quoted of another country's side made them
			tgt = []chronicle.EventActor{*sp}
		}
	}
	if len(src) >= 1 && len(tgt) == 0 && t.code[:2] == "12" {
		if acc := c.lastProposalBy(si, i, src[0]); acc != nil {
			// "Joel Vatoko rejected the demand": the side that made the demand coded before
			tgt = []chronicle.EventActor{*acc.Source}
		}
	}
	return src, tgt
}

// fill completes a target the clause does not name: the maker of a statement rebutted, else
// the country the story is about for statements and aid. A verb coordinated after another
// gets only the former (a guessed target there was right only half the time on the blind
// sets).
func (c *context) fill(si, i int, t trigger, src, tgt []chronicle.EventActor) ([]chronicle.EventActor, []chronicle.EventActor) {
	src, tgt = c.rebut(si, i, t, src, tgt)
	// Verbal events and protests often name no target: it is the country the article is about
	// ("Saudi Arabia called for a ceasefire" in a story on Sudan). Not for an intention of that
	// country's own side ("the general vowed to pursue the criminals", "officials said they
	// were willing to meet"): what it names is not its own country.
	if (len(tgt) == 0 || len(tgt) == 1 && len(src) == 1 && country(tgt[0].Code) == country(src[0].Code)) && len(src) == 1 && t.code == "016" && t.pos == "verb" && i+1 < c.doc.Sentences[si].EndToken && (c.lower(i+1) == "that" || c.toks[i+1].Tag == "VBG") {
		// (also "denied that Russia had anything to do with the fire": the denier's own side
		// is what the claim was about, not whom the denial answers)
		// "China denied subsidising its carmakers", "the minister denied that troops were
		// being massed": a claim is denied, made by whoever the text has just reported
		// acting against the denier's country
		if ev := c.lastClaimAgainst(si, src[0]); ev != nil {
			tgt = []chronicle.EventActor{*ev.Source}
		} else if sp := c.lastOtherSpeaker(si, i, src[0]); sp != nil {
			tgt = []chronicle.EventActor{*sp}
		}
	}
	if len(tgt) == 0 && len(src) == 1 && t.pos != "noun" && !c.unnamedAccused(si, i, t) && (t.frame == "obj" || t.frame == "that" || t.frame == "infinitive" && country(src[0].Code) != c.main) && (implicitTarget[t.code[:2]] || t.code == "083") && c.main != "" && c.mainMentions >= 2 {
		tgt = []chronicle.EventActor{{Name: c.main, Code: c.main}}
	}
	// Aid and pledges with no stated recipient go to the country of the story's disaster or
	// crisis ("Australia sent a plane with tents"; "X, Y and Z pledged 40 million dollars")
	if len(tgt) == 0 && len(src) >= 1 && t.pos == "verb" && (t.code[:2] == "07" || strings.HasPrefix(t.code, "033")) && c.main != "" && c.mainMentions >= 2 {
		tgt = []chronicle.EventActor{{Name: c.main, Code: c.main}}
	}
	return src, tgt
}

// namesSomeone reports a name in the clause after token i, up to a condition or a comma: "pledged
// to conclude a code of conduct with Beijing" names its own partner, where "threatened to
// impose further duties if Ottawa did not back down" names none.
func (c *context) namesSomeone(si, i int) bool {
	s := c.doc.Sentences[si]
	for k := i + 1; k < s.EndToken; k++ {
		switch c.lower(k) {
		case "if", "unless", "until", ",", ";":
			return false
		}
		if c.entAt[k] >= 0 {
			return true
		}
	}
	return false
}

// unnamedAccused reports an accusation whose object the text names without an actor: "accused
// unnamed foreign powers of supplying …", "each side accused the other of stoking …". The
// target is that object, not the story's country.
func (c *context) unnamedAccused(si, i int, t trigger) bool {
	if t.code[:2] != "11" || t.frame != "obj" {
		return false
	}
	s := c.doc.Sentences[si]
	for k := i + 2; k+1 < s.EndToken && k <= i+6; k++ {
		if c.lower(k) == "of" && c.toks[k+1].Tag == "VBG" {
			return true
		}
	}
	return false
}

// relativeObject reads the object of a verb in a relative clause, the noun phrase the clause
// follows: "Rwanda, which United Nations experts have accused of arming M23" → Rwanda. The verb
// must have its subject inside the clause and no object after it (k, the token after the verb,
// is a preposition or ends the clause).
func (c *context) relativeObject(si, i, k int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	if k < s.EndToken && !prepositions[c.lower(k)] && c.lower(k) != "of" && c.toks[k].Text != "," && c.toks[k].Text != "." || c.passive(i) {
		return nil
	}
	rel := -1
	for j := i - 1; j > s.FirstToken && j >= i-8; j-- {
		if l := c.lower(j); l == "which" || l == "whom" || l == "who" {
			rel = j
			break
		}
		if c.toks[j].Text == "," || clauseStart[c.lower(j)] {
			return nil
		}
	}
	if rel < 0 || rel+1 >= i || c.candidate(rel+1, rel+1, i) == nil && !c.names(rel+1, i) {
		return nil // "which accused …": the antecedent is the subject, not the object
	}
	j := rel - 1
	if c.toks[j].Text == "," {
		j--
	}
	for ; j >= s.FirstToken && !strings.HasPrefix(c.toks[j].Tag, "VB") && c.toks[j].Text != ","; j-- {
		if a := c.candidate(j, s.FirstToken, rel); a != nil {
			return a
		}
	}
	return nil
}

// summaryObject finds whom a judgement of "a move" summing up the clause before is aimed at:
// in "…, a move that Caracas described as a provocation" the move is what the clause before
// the comma reports, and its subject made it.
// It reports whether the phrase is there: when it is, a nil actor means that the maker is not
// named (only a pronoun), and no target is guessed.
func (c *context) summaryObject(si, i int, t trigger) (*chronicle.EventActor, bool) {
	s := c.doc.Sentences[si]
	if t.code[:2] != "11" && t.code[:2] != "12" {
		return nil, false
	}
	for j := i - 1; j >= s.FirstToken+3 && j >= i-6; j-- {
		if c.lower(j) != "that" && c.lower(j) != "which" {
			continue
		}
		if !actNouns[c.lower(j-1)] || c.lower(j-2) != "a" && c.lower(j-2) != "the" || c.toks[j-3].Text != "," {
			return nil, false
		}
		if c.candidate(j+1, j+1, i) == nil && !c.names(j+1, i) {
			return nil, false // "a move that angered Caracas": the move is the subject
		}
		if a := c.subjectBefore(si, j-3); a != nil && !pronounWords[strings.ToLower(a.Text)] {
			return a, true
		}
		return nil, true
	}
	return nil, false
}

// amongThose reads "Among those detained were two opposition leaders": the people after the
// copula are the participle's object.
func (c *context) amongThose(si, i int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	if c.toks[i].Tag != "VBN" || i-2 < s.FirstToken || c.lower(i-1) != "those" || c.lower(i-2) != "among" {
		return nil
	}
	k := i + 1
	for k < s.EndToken && k <= i+4 && !copulas[c.lower(k)] {
		k++
	}
	if k >= s.EndToken || !copulas[c.lower(k)] {
		return nil
	}
	if out := c.np(k+1, s.EndToken); len(out) > 0 {
		return &out[0]
	}
	return nil
}

// participle reports an -ing verb opening a clause after a comma (", banning imports"), or
// coordinated with one (", banning imports and ordering …").
func (c *context) participle(si, i int) bool {
	s := c.doc.Sentences[si]
	if c.toks[i].Tag != "VBG" || i-1 <= s.FirstToken {
		return false
	}
	if c.toks[i-1].Text == "," {
		return !c.casualties(i) && c.quoteAt[i] == c.quoteAt[i-2]
	}
	if c.lower(i-1) != "and" {
		return false
	}
	for k := i - 2; k > s.FirstToken; k-- {
		if c.toks[k].Text == "," {
			return c.toks[k+1].Tag == "VBG" && k+1 < i-1
		}
	}
	return false
}

// participleComma is the comma opening the participle clause of token i, -1 when i is not in one.
func (c *context) participleComma(si, i int) int {
	if !c.participle(si, i) {
		return -1
	}
	k := i - 1
	for k > c.doc.Sentences[si].FirstToken && c.toks[k].Text != "," {
		k--
	}
	return k
}

// mainVerb is the finite verb of the clause before the participle clause at i, or -1.
func (c *context) mainVerb(si, i int) int {
	s := c.doc.Sentences[si]
	k := i - 1
	for k > s.FirstToken && c.toks[k].Text != "," {
		k--
	}
	for ; k >= s.FirstToken; k-- {
		if t := c.toks[k].Tag; (t == "VBD" || t == "VBZ" || t == "VBP") && c.quoteAt[k] == c.quoteAt[i] {
			return k
		}
	}
	return -1
}

// implicitTarget lists the CAMEO roots whose target may be left implicit.
var implicitTarget = map[string]bool{"01": true, "03": true, "05": true, "10": true, "11": true, "12": true, "13": true, "14": true}

var symmetric = map[string]bool{"meet": true, "agree": true, "sign": true, "negotiate": true, "talk": true,
	"exchange": true, "swap": true, "exercise": true, "drill": true, "patrol": true, "fighting": true, "meeting": true, "agreement": true, "deal": true,
	"clash": true, "fight": true, "cooperate": true}

// coordinated extends a subject to the list it ends: "Azerbaijan, Germany and Japan".
func (c *context) coordinated(si int, a chronicle.EventActor) []chronicle.EventActor {
	if two := c.bothNamed(si, a); len(two) == 2 {
		return two
	}
	if k := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= a.Start }); k < len(c.toks) && c.lower(k) == "they" && k > 0 {
		// "Chile and Ecuador said they recognised …": they are the two who said it
		v := k - 1
		if c.lower(v) == "that" && v > 0 {
			v--
		}
		if saidWords[c.lower(v)] {
			if pair := c.coordinatedSubject(si, v); len(pair) >= 2 {
				return pair
			}
		}
	}
	out := []chronicle.EventActor{a}
	s := c.doc.Sentences[si]
	k := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= a.Start })
	e := c.entAt[min(k, len(c.toks)-1)]
	if k >= len(c.toks) || e < 0 {
		return out
	}
	for first := true; k-2 >= s.FirstToken; first = false {
		// "Britain, France and Germany", "The United States and the European Union": a
		// determiner may open each member, and actors of other kinds join the list by "and"
		j := k - 1
		if c.lower(j) == "the" {
			j--
		}
		if j-1 < s.FirstToken || c.lower(j) != "and" && c.toks[j].Text != "," {
			break
		}
		p := c.entAt[j-1]
		if p < 0 {
			break
		}
		if pt, et := c.doc.Entities[p].Type, c.doc.Entities[e].Type; pt != et && !(first && c.lower(j) == "and" && coordinable[pt] && coordinable[et]) {
			break
		}
		k = j
		for k > s.FirstToken && c.entAt[k-1] != p {
			k--
		}
		for k > s.FirstToken && c.entAt[k-1] == p {
			k--
		}
		if b := c.entityActor(p); b != nil {
			out = append([]chronicle.EventActor{*b}, out...)
		}
		e = p
	}
	return out
}

// bothNamed reads a subject "Both broadcasters", "the two companies", "the three European
// countries" (a at its head noun) as the bodies or countries of that kind the text last named
// together; nil when there are none.
func (c *context) bothNamed(si int, a chronicle.EventActor) []chronicle.EventActor {
	k := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= a.Start })
	if k >= len(c.toks) {
		return nil
	}
	return c.namedTogether(si, k, a.TextSpan)
}

// namedTogether reads the plural head noun at token k after "both", "the two", "the three"
// (an adjective may come between: "the three European countries") as the n bodies of its role,
// or the n countries, that a sentence (this one or the sixteen before) last named in one list
// ("suspended TV5Monde and German public broadcaster Deutsche Welle", "Britain, France and
// Germany"); nil when there is no such list.
func (c *context) namedTogether(si, k int, span chronicle.TextSpan) []chronicle.EventActor {
	if k < 1 || c.entAt[k] >= 0 || !isPlural(c.lower(k)) {
		return nil
	}
	q, region := k-1, ""
	if c.toks[q].Tag == "JJ" && c.entAt[q] < 0 || c.entAt[q] >= 0 && c.doc.Entities[c.entAt[q]].Type == chronicle.NORP {
		region = c.lower(q)
		q-- // "the three European countries"
	}
	if q < 0 {
		return nil
	}
	n := map[string]int{"both": 2, "two": 2, "three": 3, "four": 4}[c.lower(q)]
	if n == 0 || c.lower(q) != "both" && (q == 0 || c.lower(q-1) != "the") {
		return nil
	}
	r, isRole := roleNouns[c.lower(k)]
	countries := countryHeads[c.lower(k)]
	if !countries && (!isRole || r == "") {
		return nil
	}
	kind := func(e int) bool {
		ent := c.doc.Entities[e]
		if countries {
			return ent.Type == chronicle.GPE && ent.Rule == "gazetteer:country" && c.inRegion(ent.Country, region)
		}
		return ent.Type == chronicle.Org && role(ent.Actor) == r
	}
	first := c.doc.Sentences[max(0, si-16)].FirstToken
	var list []int // entities of one list, last first, as the search goes back
	for j := q - 1; j >= first; j-- {
		e := c.entAt[j]
		if e < 0 || j > 0 && c.entAt[j-1] == e {
			continue
		}
		if !kind(e) {
			continue
		}
		if len(list) > 0 {
			prev := c.doc.Entities[list[len(list)-1]]
			end := c.tokenAt(c.doc.Entities[e].End - 1)
			// only a comma or "and" and a description between: "TV5Monde and German public
			// broadcaster Deutsche Welle", "Britain, France and Germany"
			joined, linked := c.sentenceOf(j) == c.sentenceOf(c.tokenAt(prev.Start)), false
			for m := end + 1; joined && m < c.tokenAt(prev.Start); m++ {
				l := c.lower(m)
				linked = linked || l == "," || l == "and"
				joined = m <= end+6 && (l == "," || l == "and" || determiners[l] || listWordTags[c.toks[m].Tag])
			}
			joined = joined && linked
			if !joined {
				list = list[:0]
			}
		}
		list = append(list, e)
		if len(list) == n {
			var out []chronicle.EventActor
			for x := n - 1; x >= 0; x-- {
				if b := c.entityActor(list[x]); b != nil {
					b.TextSpan = span
					out = append(out, *b)
				}
			}
			if len(out) == n {
				return out
			}
			return nil
		}
	}
	if n == 2 && (region == "" || region == "foreign") && (countries || stateRole[r]) {
		suffix := r // "the two foreign ministers": their governments
		if c.lower(k) == "governments" {
			suffix = "GOV"
		} else if countries {
			suffix = ""
		}
		return c.onlyTwo(si, q, span, suffix)
	}
	return nil
}

// onlyTwo reads "the two governments", "the two foreign ministers" when the text before (the
// three sentences before, else with this one up to token q) names exactly two countries, not
// in one list ("Burundi closed its border with Rwanda"): those two, with the role given; nil
// otherwise.
func (c *context) onlyTwo(si, q int, span chronicle.TextSpan, role string) []chronicle.EventActor {
	var seen []string
	for j := c.doc.Sentences[max(0, si-3)].FirstToken; j < q; j++ {
		if j == c.doc.Sentences[si].FirstToken && len(seen) == 2 {
			break // "Qatar, which mediated a cease-fire between the two neighbors": not Qatar
		}
		e := c.entAt[j]
		if e < 0 {
			continue
		}
		if ent := c.doc.Entities[e]; (ent.Type == chronicle.GPE || ent.Type == chronicle.NORP) && ent.Country != "" && !slices.Contains(seen, ent.Country) {
			seen = append(seen, ent.Country)
		}
	}
	if len(seen) != 2 {
		return nil
	}
	out := make([]chronicle.EventActor, 2)
	for x, cc := range seen {
		out[x] = chronicle.EventActor{TextSpan: span, Name: cc, Code: cc + role}
	}
	return out
}

// inRegion reports whether a country lies in the region a word names, by where the gazetteer
// puts it: "European", "African"; any country for other words.
func (c *context) inRegion(iso3, region string) bool {
	box, ok := regionBoxes[region]
	if !ok {
		return true
	}
	co := c.st.gaz.CountryByCode(iso3)
	return co != nil && co.Lat >= box[0] && co.Lat <= box[1] && co.Lon >= box[2] && co.Lon <= box[3]
}

// regionBoxes are the latitudes and longitudes (south, north, west, east) of regions.
var regionBoxes = map[string][4]float64{"european": {34, 72, -25, 45}, "african": {-35, 37, -18, 52}}

// listWordTags are the tags of words describing a member of a list.
var listWordTags = map[string]bool{"JJ": true, "NN": true, "NNP": true, "NNPS": true}

// countryHeads are plural nouns that stand for countries named before: "the three European
// countries", "both governments".
var countryHeads = map[string]bool{"countries": true, "powers": true, "nations": true, "governments": true, "states": true,
	"neighbours": true, "neighbors": true}

// coordinable entity types join a list of subjects of another type: "the United States (GPE)
// and the European Union (ORG) urged".
var coordinable = map[string]bool{chronicle.GPE: true, chronicle.Org: true, chronicle.NORP: true}

// coordinatedSubject reads "X and Y" right before a trigger (allowing auxiliaries and adverbs).
func (c *context) coordinatedSubject(si, i int) []chronicle.EventActor {
	s := c.doc.Sentences[si]
	end := i
	if strings.HasPrefix(c.toks[i].Tag, "NN") {
		// "Egypt and Sudan held joint military exercises": the subject of a light verb
		end = -1
		for k := i - 1; k >= s.FirstToken && k >= i-4; k-- {
			if strings.HasPrefix(c.toks[k].Tag, "VB") {
				if lightVerbs[c.lower(k)] {
					end = k
				}
				break
			}
		}
		if end < 0 {
			return nil
		}
	}
	for end > s.FirstToken && (c.toks[end-1].Tag == "RB" || c.toks[end-1].Tag == "MD" || c.lower(end-1) == "have" || c.lower(end-1) == "had" || c.lower(end-1) == "has") {
		end--
	}
	if j := c.relativeBefore(end, s.FirstToken); j >= 0 {
		end = j // "Delegations from Juba and Port Sudan, where the army is based, held talks"
	}
	start := end
	for start > s.FirstToken && c.toks[start-1].Text != "," && !dashes[c.toks[start-1].Text] && !clauseStart[c.lower(start-1)] && end-start < 16 {
		start--
	}
	hasAnd := false
	for k := start; k < end; k++ {
		hasAnd = hasAnd || c.lower(k) == "and"
		if l := c.lower(k); (l == "two" || l == "both") && k+1 < end && c.toks[k+1].Tag == "NNS" && c.entAt[k+1] < 0 {
			if pair := c.lastEventPair(si, start); pair != nil {
				// "Zhao also met Tran Van Hung, and the two sides agreed", "Japarov accused
				// Dushanbe … By evening the two sides had agreed to a ceasefire": the two
				// of the last event between two countries
				return pair
			}
			return c.lastTwo(start) // "the two ministers met"
		}
	}
	if !hasAnd {
		return nil
	}
	if out := c.np(start, end); len(out) != 1 {
		return out
	}
	// "The government of the Democratic Republic of Congo and the M23 rebel group": a first
	// phrase with "of" in it stops the reading; read each side of the last "and"
	for k := end - 1; k > start; k-- {
		if c.lower(k) == "and" && c.entAt[k] < 0 {
			l, r := c.np(start, k), c.np(k+1, end)
			if len(l) == 1 && len(r) == 1 {
				return []chronicle.EventActor{l[0], r[0]}
			}
			break
		}
	}
	return nil
}

// relativeBefore is, for the token k right after a relative clause set off by commas (",
// which United Nations experts have accused of arming M23,", ", where Sudan's army is based,",
// ", to which both countries belong,"), the comma that opens it; -1 when there is none.
func (c *context) relativeBefore(k, first int) int {
	if k-1 <= first || c.toks[k-1].Text != "," {
		return -1
	}
	for j := k - 2; j > first; j-- {
		if c.toks[j].Text == "," {
			return -1
		}
		l := c.lower(j)
		if (l == "which" || l == "who" || l == "where" || l == "whose") && c.toks[j-1].Text == "," {
			return j - 1
		}
		if (l == "which" || l == "whom") && j-2 > first && prepositions[c.lower(j-1)] && c.toks[j-2].Text == "," {
			return j - 2
		}
	}
	return -1
}

// sentenceOf is the index of the sentence holding token k (the last one for k past the end).
func (c *context) sentenceOf(k int) int {
	return c.toks[min(max(k, 0), len(c.toks)-1)].Sentence
}

// lastTwo returns the last two actors of different countries named in the three sentences
// before token k, in the order the text names them.
func (c *context) lastTwo(k int) []chronicle.EventActor {
	var out []chronicle.EventActor
	seen := map[string]bool{}
	first := c.doc.Sentences[max(0, c.sentenceOf(k)-3)].FirstToken
	// people and organisations first, then places
	for _, types := range [][]string{{chronicle.Person, chronicle.Org}, {chronicle.GPE, chronicle.NORP}} {
		for j := k - 1; j >= first && len(out) < 2; j-- {
			e := c.entAt[j]
			if e < 0 || j > 0 && c.entAt[j-1] == e || !slices.Contains(types, c.doc.Entities[e].Type) {
				continue
			}
			if a := c.entityActor(e); a != nil && len(a.Code) >= 3 && !seen[a.Code[:3]] && a.Code[:3] != "---" {
				seen[a.Code[:3]] = true
				out = append([]chronicle.EventActor{*a}, out...)
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// clauseStart words begin a clause: a subject does not reach back past them.
var clauseStart = map[string]bool{"that": true, "as": true, "when": true, "while": true, "after": true, "before": true,
	"because": true, "since": true, "although": true, "where": true, "who": true, "which": true, "if": true}

// lightVerbs carry a nominal event: "held talks", "signed an agreement", "conducted exercises".
var lightVerbs = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "conducted": true, "conduct": true,
	"staged": true, "stage": true, "signed": true, "sign": true, "reached": true, "reach": true, "began": true, "begin": true,
	"started": true, "launched": true, "resumed": true, "resume": true, "opened": true, "concluded": true, "carried": true}

// find returns the first token equal to word in [from, end) within n tokens, before any
// clause break.
func (c *context) find(from, end int, word string, n int) int {
	for k := from; k < end && k < from+n; k++ {
		if c.lower(k) == word && !c.accordingTo(k) {
			return k
		}
		if c.toks[k].Text == ";" || c.toks[k].Text == "." {
			return -1
		}
	}
	return -1
}

// accordingTo reports the "to" of "according to", which introduces a source, never a target:
// "offered to send troops, according to a statement from the presidency in Ouagadougou".
func (c *context) accordingTo(k int) bool {
	return k > 0 && c.lower(k) == "to" && c.lower(k-1) == "according"
}

// findAny is find for "|"-separated alternatives: the first one that occurs.
func (c *context) findAny(from, end int, words string, n int) int {
	if !strings.Contains(words, "|") {
		return c.find(from, end, words, n)
	}
	alts := strings.Split(words, "|")
	for k := from; k < end && k < from+n; k++ {
		for _, w := range alts {
			if c.lower(k) == w && !c.accordingTo(k) {
				return k
			}
		}
		if c.toks[k].Text == ";" || c.toks[k].Text == "." {
			return -1
		}
	}
	return -1
}

// skipParticles skips the words between a verb and its object: "shot dead X", "cracked down on".
func (c *context) skipParticles(k, end int) int {
	for k < end && particles[c.lower(k)] {
		k++
	}
	return k
}

var particles = map[string]bool{"dead": true, "off": true, "up": true, "out": true, "back": true}

// complement returns the verb of "to VERB" right after token i ("promised to help"), or -1.
func (c *context) complement(si, i int) int {
	s := c.doc.Sentences[si]
	// "agreed on Thursday to speed up talks": a short phrase may come between
	for k := i + 1; k+1 < s.EndToken && k <= i+4; k++ {
		if c.lower(k) == "to" {
			j := k + 1
			if j+1 < s.EndToken && quoteMarks[c.toks[j].Text] {
				j++ // ready to “meet India halfway”
			}
			if c.toks[j].Tag == "VB" {
				if keepWords[c.lower(j)] && j+1 < s.EndToken && strings.HasSuffix(c.lower(j+1), "ing") {
					return j + 1 // "vowed to keep marching": the act kept up
				}
				return j
			}
			return -1
		}
		if strings.HasPrefix(c.toks[k].Tag, "VB") || c.toks[k].Text == "," {
			return -1
		}
	}
	return -1
}

// keepWords before a gerund carry on its act: "to keep marching", "to continue fighting".
var keepWords = map[string]bool{"keep": true, "continue": true}

// verbRow is the first verb row of the lexicon for token j whose frame the clause fits (a row
// for "meet with" is passed over in "to meet their counterparts"), else the first verb row.
func (c *context) verbRow(si, j int) (trigger, bool) {
	var first *trigger
	end := c.doc.Sentences[si].EndToken
	for _, t := range c.st.triggers[c.lower(j)] {
		if t.pos != "verb" || !c.satisfied(si, j, t) {
			continue
		}
		switch t.frame {
		case "obj", "that", "infinitive", "none", "subject", "from":
			return t, true
		}
		if c.findAny(j+1, end, t.frame, 8) >= 0 {
			return t, true
		}
		if first == nil {
			first = &t
		}
	}
	if first != nil {
		return *first, true
	}
	return trigger{}, false
}

var quoteMarks = map[string]bool{"\"": true, "“": true, "‘": true, "'": true}

// agentless lists the CAMEO codes whose agentless passive is the state's doing, with the role.
var agentless = map[string]string{"154": "GOV", "166": "GOV", "170": "GOV", "171": "GOV", "172": "GOV", "173": "COP", "174": "GOV", "175": "COP"}

// proposalSubject reports a passive whose subject is a proposal: "The offer was rejected".
func (c *context) proposalSubject(si, i int) bool {
	s := c.doc.Sentences[si]
	for k := i - 1; k >= s.FirstToken && k >= i-5; k-- {
		if proposalNouns[c.lower(k)] {
			return true
		}
	}
	return false
}

var proposalNouns = map[string]bool{"offer": true, "proposal": true, "plan": true, "request": true, "demand": true,
	"demands": true, "call": true, "calls": true, "invitation": true, "ultimatum": true, "initiative": true, "timetable": true}

// lastProposal is the last offer, appeal or demand coded in the sentence or the three before.
func (c *context) lastProposal(si int) *chronicle.Event {
	for j := len(c.doc.Events) - 1; j >= 0; j-- {
		ev := &c.doc.Events[j]
		if ev.Sentence < si-3 {
			break
		}
		if !ev.Negated && (ev.Root == "02" || ev.Root == "03" || ev.Root == "10") && ev.Target.Code != "" {
			return ev
		}
	}
	return nil
}

// nounSubject reports a noun right before the passive's auxiliary: "Four suspected
// collaborators were detained".
func (c *context) nounSubject(si, i int) bool {
	s := c.doc.Sentences[si]
	k := i - 1
	for k > s.FirstToken && (c.toks[k].Tag == "RB" || auxiliaries[c.lower(k)]) {
		k--
	}
	return k >= s.FirstToken && k < i-1 && (c.toks[k].Tag == "NNS" || c.toks[k].Tag == "NN") && c.entAt[k] < 0
}

var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true,
	"has": true, "have": true, "had": true}

// stateOf is the country whose state acts in a sentence: the place named in it, else the
// article's main country (not its most named city: a story on Paraguay names Buenos Aires
// as often as Asunción when Argentina takes sides).
func (c *context) stateOf(si int) string {
	if p := c.placeIn(si); p != nil && p.Country != "" {
		return p.Country
	}
	return c.main
}

// reduced reports a passive participle without its auxiliary: "troops backed by Russia".
func (c *context) reduced(i int) bool {
	if j := c.elidedAuxiliary(i); j >= 0 {
		return c.reduced(j)
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch c.lower(k) {
		case "was", "were", "is", "are", "been", "being", "be":
			return false
		}
	}
	return true
}

func (c *context) passive(i int) bool {
	if c.toks[i].Tag != "VBN" {
		return false
	}
	if i > 0 {
		switch c.lower(i - 1) {
		case "has", "have", "had", "having":
			return false // "had spoken by telephone with": a perfect, not a passive
		}
	}
	if i+1 < len(c.toks) && c.lower(i+1) == "by" && !(i+2 < len(c.toks) && byMeans[c.lower(i+2)]) {
		return true // "troops backed by Russia" (not "spoken by phone")
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch c.lower(k) {
		case "was", "were", "is", "are", "been", "being", "be":
			return true
		}
	}
	if j := c.elidedAuxiliary(i); j >= 0 {
		return c.passive(j)
	}
	return false
}

// elidedAuxiliary is, for a participle at i after "and <number>" ("11 were killed and six
// arrested"), the participle of the first clause, whose auxiliary it shares; -1 otherwise.
func (c *context) elidedAuxiliary(i int) int {
	if i >= 3 && c.toks[i].Tag == "VBN" && c.toks[i-1].Tag == "CD" && c.lower(i-2) == "and" && c.toks[i-3].Tag == "VBN" {
		return i - 3
	}
	return -1
}

// byMeans are the means after "by" that do not name a passive's agent: "spoke by phone".
var byMeans = map[string]bool{"phone": true, "telephone": true, "video": true, "videoconference": true, "videolink": true, "letter": true, "email": true, "satellite": true}

// possessor codes "X's" right before a noun trigger (allowing one adjective between).
func (c *context) possessor(i int) *chronicle.EventActor {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if t := c.toks[k].Text; t == "'s" || t == "’s" {
			if e := c.entAt[k-1]; e >= 0 {
				a := c.entityActor(e)
				return a
			}
			return nil
		}
	}
	return nil
}

// speakerActor is the speaker of the quote around token i, as an actor.
func (c *context) speakerActor(i int) *chronicle.EventActor {
	q := c.quoteAt[i]
	if q < 0 || c.doc.Quotes[q].Speaker == nil {
		return nil
	}
	sp := c.doc.Quotes[q].Speaker
	code := sp.Actor
	if code == "" {
		for _, e := range c.doc.Entities {
			if e.Canonical == sp.Name && e.Actor != "" {
				code = e.Actor
				break
			}
		}
	}
	if code == "" {
		// "Elena Moreau, a spokeswoman for the UN human rights office, said": the apposition
		// names whom the speaker speaks for
		a := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= sp.End })
		if a+1 < len(c.toks) && c.toks[a].Text == "," {
			b := a + 1
			for b < len(c.toks) && b < a+12 && c.toks[b].Text != "," && c.toks[b].Text != "." {
				b++
			}
			if b < len(c.toks) && c.toks[b].Text == "," {
				if ac := c.actorOf(a+1, b); ac != nil {
					code = ac.Code
				}
			}
		}
	}
	if code == "" {
		// a description: "the French foreign ministry said"
		a := sort.Search(len(c.toks), func(j int) bool { return c.toks[j].Start >= sp.Start })
		b := a
		for b < len(c.toks) && c.toks[b].End <= sp.End {
			b++
		}
		if b > a && !pronounWords[c.lower(a)] {
			if ac := c.actorOf(a, b); ac != nil {
				code = ac.Code
			}
		}
	}
	if code == "" && c.main != "" {
		code = c.main
	}
	if code == "---IGO" {
		code = "IGO" // "Secretary-General X said": an international body's officer is the body's
	} else if strings.HasPrefix(code, "---") && c.main != "" {
		// "Opposition leader Venancio Mondlane said": a role without a country is of the
		// article's main country, as for the person named in the text (entityActor)
		code = c.main + code[3:]
	}
	if code == "" {
		return nil
	}
	return &chronicle.EventActor{TextSpan: chronicle.TextSpan{Text: sp.Text, Start: sp.Start, End: sp.End}, Name: sp.Name, Code: code}
}

// rebuttal reports a denial or rejection whose object is an accusation: "denied the charge",
// "…, a charge Tehran denied"; with answer, also a protest or objection ("dismissed the protest").
func (c *context) rebuttal(si, i int, answer bool) bool {
	s := c.doc.Sentences[si]
	for k := i + 1; k < s.EndToken && k <= i+4; k++ { // "rejected the bloc's criticism"
		if accusationNouns[c.lower(k)] || answer && answeredNouns[c.lower(k)] {
			return true
		}
	}
	return c.chargeBefore(si, i) >= 0
}

// chargeBefore is the accusation noun of "…, a charge Tehran denied", "- an allegation the
// party rejected": a noun in apposition to the clause before, whose denier follows it; -1 when
// there is none.
func (c *context) chargeBefore(si, i int) int {
	first := c.doc.Sentences[si].FirstToken
	for k := i - 1; k >= first+2 && k >= i-6; k-- {
		if !accusationNouns[c.lower(k)] || c.lower(k) == "statement" || c.lower(k) == "report" {
			continue
		}
		if l := c.lower(k - 1); l != "a" && l != "an" && l != "the" {
			return -1
		}
		if p := c.toks[k-2].Text; p == "," || dashes[p] {
			return k
		}
		return -1
	}
	return -1
}

var accusationNouns = map[string]bool{"complaint": true, "complaints": true, "accusation": true, "accusations": true, "charge": true, "charges": true,
	"allegation": true, "allegations": true, "claim": true, "claims": true, "criticism": true, "criticisms": true,
	"statement": true, "statements": true, "remarks": true, "comments": true, "report": true, "reports": true}

// answeredNouns are what a rejection or denial answers besides accusations ("dismissed the
// protest"); a protest handed or lodged is no answer to one.
var answeredNouns = map[string]bool{"protest": true, "protests": true, "objection": true, "objections": true, "findings": true}

// statementMaker reads who made the accusation or statement a rebuttal at token i names: a
// possessor ("the bloc's criticism", "France's statement") or a nationality ("the Greek
// accusation").
func (c *context) statementMaker(si, i int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	for k := i + 1; k < s.EndToken && k <= i+4; k++ {
		if !accusationNouns[c.lower(k)] {
			continue
		}
		for j := k - 1; j > i; j-- {
			if t := c.toks[j].Text; (t == "'s" || t == "’s") && j-1 > i {
				if e := c.entAt[j-1]; e >= 0 {
					return c.entityActor(e)
				}
				if a := c.candidate(j-1, i+1, j); a != nil {
					return a
				}
				return nil
			}
			if e := c.entAt[j]; e >= 0 && c.doc.Entities[e].Type == chronicle.NORP {
				return c.entityActor(e)
			}
		}
		return nil
	}
	return nil
}

// lastAccusation is the last accusation or criticism coded in the sentence or the three before
// whose target is of the denier's country, by someone else.
func (c *context) lastAccusation(si int, by chronicle.EventActor) *chronicle.Event {
	return c.lastRecent(si, func(ev *chronicle.Event) bool {
		return ev.Root == "11" && country(ev.Target.Code) == country(by.Code) && ev.Source.Name != by.Name
	})
}

// lastStatement is the last appeal, demand, criticism or threat coded in the sentence or the
// three before by a source of another country than the denier's.
func (c *context) lastStatement(si int, by chronicle.EventActor) *chronicle.Event {
	return c.lastRecent(si, func(ev *chronicle.Event) bool {
		switch ev.Root {
		case "02", "10", "11", "13":
			return otherCountry(ev.Source, by)
		}
		return false
	})
}

// lastProposalBy is, when the object of a rebuttal at token i is a demand, an offer or an appeal
// ("rejected the demand"), the last appeal, offer or demand made by another country's side in
// the sentence or the three before.
func (c *context) lastProposalBy(si, i int, by chronicle.EventActor) *chronicle.Event {
	s := c.doc.Sentences[si]
	if i+2 >= s.EndToken || !determiners[c.lower(i+1)] || !proposalNouns[c.lower(i+2)] {
		return nil
	}
	return c.lastRecent(si, func(ev *chronicle.Event) bool {
		switch ev.Root {
		case "02", "03", "10":
			return otherCountry(ev.Source, by)
		}
		return false
	})
}

// lastClaimAgainst is the last event coded in the sentence or the three before whose source is
// of another country than the denier's and whose target is of the denier's.
func (c *context) lastClaimAgainst(si int, by chronicle.EventActor) *chronicle.Event {
	return c.lastRecent(si, func(ev *chronicle.Event) bool {
		return otherCountry(ev.Source, by) && country(ev.Target.Code) == country(by.Code)
	})
}

// lastRecent is the last event coded in sentence si or the three before, not negated and with
// both actors, that fits.
func (c *context) lastRecent(si int, fits func(*chronicle.Event) bool) *chronicle.Event {
	for j := len(c.doc.Events) - 1; j >= 0; j-- {
		ev := &c.doc.Events[j]
		if ev.Sentence < si-3 {
			break
		}
		if !ev.Negated && ev.Source != nil && ev.Target != nil && fits(ev) {
			return ev
		}
	}
	return nil
}

// rejectedMakers reads a passive rejection whose subject is a statement ("The accusations were
// rejected by …", "Both statements were rejected by …"): the sides of other countries than
// by's that made the last statements coded in the three sentences before, two for "both".
func (c *context) rejectedMakers(si int, by chronicle.EventActor) []chronicle.EventActor {
	s := c.doc.Sentences[si]
	k := s.FirstToken
	want := 1
	if l := c.lower(k); l == "both" || l == "the" && c.lower(k+1) == "two" {
		want = 2
	}
	for k < s.EndToken && k < s.FirstToken+3 && !accusationNouns[c.lower(k)] {
		k++
	}
	if k >= s.EndToken || !accusationNouns[c.lower(k)] {
		return nil
	}
	var out []chronicle.EventActor
	for j := len(c.doc.Events) - 1; j >= 0 && len(out) < want; j-- {
		ev := &c.doc.Events[j]
		if ev.Sentence < si-3 {
			break
		}
		switch ev.Root {
		case "01", "02", "10", "11", "13":
		default:
			continue
		}
		if ev.Sentence < si && otherCountry(ev.Source, by) && !slices.ContainsFunc(out, func(a chronicle.EventActor) bool { return country(a.Code) == country(ev.Source.Code) }) {
			out = append(out, *ev.Source)
		}
	}
	return out
}

// lastOtherSpeaker is the speaker of the last quote before token i, in sentence si or the
// three before, whose side is of another country than by's: who made the claim by denies.
func (c *context) lastOtherSpeaker(si, i int, by chronicle.EventActor) *chronicle.EventActor {
	from := c.doc.Sentences[max(0, si-3)].Start
	for q := len(c.doc.Quotes) - 1; q >= 0; q-- {
		quote := c.doc.Quotes[q]
		if quote.Start >= c.toks[i].Start || quote.Speaker == nil {
			continue
		}
		if quote.Start < from {
			break
		}
		if sp := c.speakerActor(c.tokenAt(quote.Start)); sp != nil && otherCountry(sp, by) {
			return sp
		}
	}
	return nil
}

// otherCountry says a is coded with a country, and not by's.
func otherCountry(a *chronicle.EventActor, by chronicle.EventActor) bool {
	sc := country(a.Code)
	return sc != "" && sc != "---" && sc != country(by.Code)
}

// anaphoricObject reads "the move", "the decision", "the sanctions" at token k, the object of a
// statement at token i: a thing done by the actor of an event coded in the sentences before,
// who is the target ("Tbilisi condemned the move as interference"). It returns that event's
// source when its country is not the speaker's, else nil.
func (c *context) anaphoricObject(si, i, k int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	if k+1 >= s.EndToken || !finiteOrBare(c.toks[i].Tag) && !strings.HasPrefix(c.toks[i].Tag, "NN") {
		return nil
	}
	if l := c.lower(k); l != "the" && l != "this" && l != "that" && l != "these" {
		return nil
	}
	// `the "cowardly terrorist attack"`, "the deadly attack": the head after the quoted or
	// adjectival words stands where the noun does
	h, quoted := k+1, isQuoteMark(c.toks[k+1].Text)
	if quoted {
		h++
	}
	for h+1 < s.EndToken && h < k+6 && (c.toks[h].Tag == "JJ" || quoted && !isQuoteMark(c.toks[h+1].Text)) {
		h++
	}
	if quoted && (h+1 >= s.EndToken || !isQuoteMark(c.toks[h+1].Text)) {
		h = k + 1
	}
	if h > k+1 && antecedentStems[c.lower(h)] != nil {
		if h+1 < s.EndToken && isQuoteMark(c.toks[h+1].Text) {
			h++ // the closing mark: what follows it is checked below
		}
		k = h - 1
		if isQuoteMark(c.toks[h].Text) {
			k = h - 2
		}
	}
	if !anaphoricNouns[c.lower(k+1)] && antecedentStems[c.lower(k+1)] == nil || k+2 < s.EndToken && (c.toks[k+2].Text == "'s" || c.toks[k+2].Text == "’s" || c.lower(k+2) == "of" && antecedentStems[c.lower(k+1)] == nil || c.lower(k+2) == "by") {
		return nil // "the decision of the court", "the move by Russia": the text names the actor ("the expulsion of the diplomats" names whom it struck)
	}
	return c.antecedentAgent(si, i, k, c.subjectBefore(si, i))
}

// antecedentAgent is the actor of the act "the <noun>" at token k refers back to, when that
// actor is of another country than subj's (who speaks of it); nil when there is none.
func (c *context) antecedentAgent(si, i, k int, subj *chronicle.EventActor) *chronicle.EventActor {
	if subj == nil {
		return nil
	}
	if stems := antecedentStems[c.lower(k+1)]; stems != nil {
		// "the sanctions", "the seizure": the last act (not a statement about it) the text
		// reported in those words, many paragraphs back if need be ("Poland welcomed the
		// sanctions" after the Belarusian retaliation, which was no sanction; "Britain, France
		// and Germany expressed concern over the seizure" twenty sentences after it)
		// Of an armed group's attack and a state's reprisal against it, a state's official
		// condemning "the attack" means the group's ("condemned the cowardly terrorist attack"
		// after the army's strikes on its camps).
		var found *chronicle.Event
		for j := len(c.doc.Events) - 1; j >= 0; j-- {
			ev := &c.doc.Events[j]
			if ev.Sentence < si-30 {
				break
			}
			if ev.Negated || ev.Mode != "" || ev.Source == nil || ev.Sentence == si && ev.Evidence.Start >= c.toks[i].Start || ev.Root < "15" || !c.says(ev.Evidence, stems) && !c.sameAct(ev, c.lower(k+1)) {
				continue
			}
			if found == nil {
				found = ev
			}
			if !stateRole[role(subj.Code)] || armedNonState[role(found.Source.Code)] || ev.Root < "18" {
				break
			}
			if armedNonState[role(ev.Source.Code)] {
				if country(found.Target.Code) == country(ev.Source.Code) || armedNonState[role(found.Target.Code)] {
					found = ev // the state's act was the reprisal against them
				}
				break
			}
		}
		if ev := found; ev != nil {
			if country(ev.Source.Code) != country(subj.Code) && country(ev.Source.Code) != "---" || armedNonState[role(ev.Source.Code)] && !armedNonState[role(subj.Code)] {
				return ev.Source // (Somalia condemns the attack by Somali militants too)
			}
			return nil
		}
		if !anaphoricNouns[c.lower(k+1)] {
			return nil // no such act reported: not whatever came last
		}
	}
	for j := len(c.doc.Events) - 1; j >= 0; j-- {
		ev := &c.doc.Events[j]
		if ev.Sentence < si-2 {
			break
		}
		if ev.Negated || ev.Source == nil || ev.Source.Code == "" || verbalRoots[ev.Root] {
			continue // "CPJ urged the junta to lift the ban. The EU deplored the decision": words are no decision
		}
		if country(ev.Source.Code) != country(subj.Code) && country(ev.Source.Code) != "---" {
			return ev.Source
		}
		return nil // the last act was the speaker's own side
	}
	return nil
}

// verbalRoots are the CAMEO roots of things said rather than done.
var verbalRoots = map[string]bool{"01": true, "02": true, "03": true, "04": true, "05": true, "10": true, "11": true, "13": true}

// antecedentStems are the words by which a text first reports the act that a noun refers
// back to: "the sanctions" → "imposed sanctions", "the seizure" → "seized".
var antecedentStems = map[string][]string{
	"sanctions": {"sanction"}, "sanction": {"sanction"}, "seizure": {"seiz"}, "expulsion": {"expel", "expul"},
	"expulsions": {"expel", "expul"}, "duties": {"dut", "tariff"}, "recall": {"recall"}, "arrest": {"arrest", "detain"}, "arrests": {"arrest", "detain"},
	"detention": {"detain", "arrest"}, "detentions": {"detain", "arrest"}, "ban": {"ban"}, "tariffs": {"tariff", "dut"},
	"attack": {"attack", "strike", "struck", "raid", "shell", "storm", "ambush", "bomb"}, "attacks": {"attack", "strike", "struck", "raid", "shell", "storm", "ambush", "bomb"},
	"strikes": {"strike", "struck"}, "killing": {"kill"}, "killings": {"kill"}, "crackdown": {"crack", "dispers", "tear gas"},
	"deployment": {"deploy"}, "invasion": {"invad", "invasion"}, "raid": {"raid", "storm"}, "raids": {"raid", "storm"}, "shelling": {"shell"},
	"kidnapping": {"kidnap", "abduct"}, "abduction": {"kidnap", "abduct"}, "violence": {"kill", "attack", "clash", "tear gas"},
	"flights": airspaceStems, "overflights": airspaceStems, "incursion": airspaceStems, "incursions": airspaceStems,
	"sentence": {"sentenc", "jail", "convict"}, "verdict": {"sentenc", "jail", "convict"}, "conviction": {"convict", "sentenc", "jail"},
	"suspension": {"suspend"}, "closure": {"clos", "shut"}, "fine": {"fine", "fining"}, "drills": {"drill", "exercise"},
	"exercises": {"exercise", "drill"}, "blockade": {"blockad", "block"}, "airstrikes": {"strike", "struck", "bomb"},
	"airstrike": {"strike", "struck", "bomb"}, "bombing": {"bomb"}, "shutdown": {"shut", "cut"}, "dissolution": {"dissol"},
}

// airspaceStems are the words that report aircraft entering another's airspace.
var airspaceStems = []string{"airspace", "flew", "overfl", "enter", "violat", "intrud", "breach", "incursion"}

// sameAct reports an event whose code is the act a noun refers back to, whatever words
// reported it ("ordered 14 diplomats to leave" is the expulsion).
// Only for expulsions: a sanction is reported as a ban as often as a retaliation is.
func (c *context) sameAct(ev *chronicle.Event, noun string) bool {
	return (noun == "expulsion" || noun == "expulsions") && strings.HasPrefix(ev.Code, antecedentCodes[noun])
}

// says reports a word of an event's evidence beginning with one of the stems.
func (c *context) says(ev chronicle.Span, stems []string) bool {
	for k := c.tokenAt(ev.Start); k < len(c.toks) && c.toks[k].Start < ev.End; k++ {
		if w := c.lower(k); strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers") {
			continue // "the attackers were arrested": who, not the act
		}
		for _, st := range stems {
			if strings.HasPrefix(c.lower(k), st) {
				return true
			}
		}
	}
	return false
}

func finiteOrBare(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VBN" || tag == "VB"
}

// anaphoricNouns name an act that the text has just reported.
// actAntecedent reads the words before the passive participle i that stand for an act told
// just before: ", a move that was", ", a step", ", which was". It returns the token before the
// noun (the comma before "which"), or -1.
func (c *context) actAntecedent(si, i int) int {
	first := c.doc.Sentences[si].FirstToken
	k := i - 1
	for k > first && (auxiliaries[c.lower(k)] || c.toks[k].Tag == "RB") {
		k--
	}
	if k > first && (c.lower(k) == "which" || c.lower(k) == "that") {
		if c.lower(k) == "which" && c.toks[k-1].Text == "," {
			return k - 1
		}
		k--
	}
	if k-2 >= first && anaphoricNouns[c.lower(k)] && (c.lower(k-1) == "a" || c.lower(k-1) == "an") && c.toks[k-2].Text == "," {
		return k - 1
	}
	return -1
}

var anaphoricNouns = map[string]bool{"move": true, "decision": true, "step": true, "measure": true, "measures": true,
	"sanctions": true, "restrictions": true, "ban": true, "complaint": true, "ruling": true, "verdict": true,
	"action": true, "actions": true, "announcement": true, "deployment": true, "expulsion": true, "tariffs": true}

// matrixSubject reads "X tweeted that Kenyans "deserve a credible process" and called on …":
// a verb after "and" in the tense of the verb before "that", not of the verbs in the
// that-clause, is coordinated with the former and shares its subject.
func (c *context) matrixSubject(si, i int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	tag := c.toks[i].Tag
	if tag == "VBN" && !c.passive(i) {
		tag = "VBD" // the tagger reads "and called on" as a participle
	}
	if tag != "VBD" && tag != "VBZ" {
		return nil
	}
	for k := i - 2; k > s.FirstToken; k-- {
		if c.lower(k) != "that" {
			continue
		}
		if c.toks[k-1].Tag != tag {
			return nil
		}
		// the that-clause's own verbs are in another tense
		for m := k + 1; m < i-1; m++ {
			if t := c.toks[m].Tag; t == tag || t == "MD" {
				return nil
			}
		}
		return c.subjectBefore(si, k-1)
	}
	return nil
}

// reporterSubject reads "X said the strikes had killed civilians and summoned …": a simple
// past after "and" is coordinated with "said", not with the past perfect of the clause "said"
// reports (which would be "had summoned"), and shares the subject of "said".
func (c *context) reporterSubject(si, i int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	if c.toks[i].Tag != "VBD" {
		return nil // "had arrested 20 people and charged them": the tagger reads "had"'s participle
	}
	perfect := false
	for k := i - 2; k > s.FirstToken; k-- {
		switch l := c.lower(k); {
		case l == "said" && c.toks[k].Tag == "VBD":
			if !perfect {
				return nil
			}
			return c.subjectBefore(si, k)
		case l == "had" && c.toks[k+1].Tag == "VBN":
			perfect = true
		case l == "that" || l == "," || l == ";" || c.toks[k].Tag == "VBD" || c.toks[k].Tag == "VBZ" || c.toks[k].Tag == "MD":
			return nil // a that-clause (matrixSubject's), or a verb of the clause's own tense
		}
	}
	return nil
}

// judgedThing finds whom a speaker's statement about a thing is aimed at, when the quote opens
// after the clause's subject: "the figures were "a fabrication"" (112 against the actor behind
// the figures), "reports of summary executions "must be investigated"" (10: a demand on the
// authorities). The subject before the quote is the target when it names an actor; a thing
// stands for the country the story is about.
func (c *context) judgedThing(si, i int, t trigger) []chronicle.EventActor {
	s := c.doc.Sentences[si]
	var k int
	linked := false // the judgement is linked to its subject by "had", or is an adjective
	switch {
	case (t.pos == "noun" || t.pos == "adj") && t.code[:2] == "11":
		// a copula before the quoted judgement: "were "a fabrication …"", "was "a cynical
		// act"", or "had" for what someone is said to bear: "had "blood on his hands""
		k = -1
		for j := i - 1; j >= s.FirstToken && j >= i-4; j-- {
			if l := c.lower(j); copulas[l] || bearing[l] {
				k, linked = j, bearing[l] || t.pos == "adj"
				break
			}
		}
	case t.pos == "modal" && i+2 < s.EndToken && c.lower(i+1) == "be" && accountable[c.lower(i+2)]:
		k = i // a passive demand: "must be investigated"
	default:
		return nil
	}
	if k < 0 {
		return nil
	}
	// the quote must open between the subject and the judgement
	q := c.quoteAt[i]
	opened := false
	if linked {
		// the act judged, before any actor named in its phrase: "the expulsion of the
		// diplomats" is Belarus's expulsion, not the diplomats
		for j := k - 1; j >= s.FirstToken && j >= k-6 && !strings.HasPrefix(c.toks[j].Tag, "VB") && c.toks[j].Text != "," && c.lower(j) != "that"; j-- {
			if a := c.agentOf(si, j); a != nil {
				return []chronicle.EventActor{*a}
			}
		}
	}
	for j := k - 1; j >= s.FirstToken; j-- {
		l := c.lower(j)
		if c.quoteAt[j] != q {
			opened = true
		}
		if l == "that" || c.toks[j].Text == "," || c.toks[j].Text == ":" || c.toks[j].Text == ";" || strings.HasPrefix(c.toks[j].Tag, "VB") && !copulas[l] {
			break
		}
		if opened || t.pos == "adj" && !subjectPronouns[l] {
			// (a pronoun before an adjective is mostly the act judged: "it is illegal")
			if a := c.candidate(j, s.FirstToken, k); a != nil {
				return []chronicle.EventActor{*a}
			}
		}
	}
	if !opened || linked || c.main == "" || c.mainMentions < 2 {
		return nil // the new kinds of judgement are coded only against an actor found
	}
	return []chronicle.EventActor{{Name: c.main, Code: c.main}}
}

// predicative reports an adjective said of the clause's subject: after a copula, with only
// adverbs, determiners, other adjectives and quotation marks between ("was "a cynical and
// unjustified act"", "are illegal"), and followed by no noun but one naming an act.
func (c *context) predicative(si, i int) bool {
	s := c.doc.Sentences[si]
	cop := false
	for j := i - 1; j >= s.FirstToken && j >= i-5; j-- {
		if copulas[c.lower(j)] {
			cop = true
			break
		}
		switch tg := c.toks[j].Tag; {
		case tg == "DT" || tg == "RB" || tg == "CC" || strings.HasPrefix(tg, "JJ") || isQuoteMark(c.toks[j].Text):
		default:
			return false
		}
	}
	if !cop {
		return false
	}
	for j := i + 1; j < s.EndToken && j <= i+4; j++ {
		tg := c.toks[j].Tag
		if strings.HasPrefix(tg, "NN") {
			return actNouns[c.lower(j)]
		}
		if tg != "CC" && tg != "RB" && !strings.HasPrefix(tg, "JJ") {
			return true
		}
	}
	return true
}

func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// actNouns head a phrase that names an act, which an adjective before them judges: "a cynical act".
var actNouns = map[string]bool{"act": true, "acts": true, "move": true, "step": true, "decision": true, "action": true,
	"actions": true, "measure": true, "measures": true, "attack": true, "provocation": true, "policy": true}

// undergone reports a condemning noun that the clause's subject undergoes or opposes rather
// than does: the object of "suffered", "faced", "resist", "denounced", or of a preposition
// ("victims of repression", "a march against repression").
func (c *context) undergone(si, i int) bool {
	s := c.doc.Sentences[si]
	for j := i - 1; j >= s.FirstToken && j >= i-4; j-- {
		tg := c.toks[j].Tag
		if tg == "DT" || tg == "RB" || strings.HasPrefix(tg, "JJ") || tg == "PRP$" || isQuoteMark(c.toks[j].Text) {
			continue
		}
		if tg == "IN" || tg == "TO" {
			// "victims of", "against", "subjected to" (not "engaged in", nor "chosen repression
			// over dialogue")
			l := c.lower(j)
			return l == "of" || l == "against" || l == "from" || l == "under" || l == "to" || l == "by"
		}
		if strings.HasPrefix(tg, "VB") {
			for _, st := range undergoStems {
				if strings.HasPrefix(c.lower(j), st) {
					return true
				}
			}
		}
		return false
	}
	return false
}

var undergoStems = []string{"suffer", "face", "endur", "resist", "fight", "fought", "oppos", "condemn", "denounc", "reject",
	"fear", "flee", "fled", "escap", "surviv", "protest", "document", "report", "investigat", "end", "stop", "experienc", "denied", "deny"}

// bearing verbs link a subject to a quoted judgement of what it bears: "the minister had
// "blood on his hands"".
var bearing = map[string]bool{"had": true, "has": true, "have": true}

// agentOf resolves a judged act to its agent: in "the expulsion of the diplomats was "a cynical
// act"", token j is "expulsion", and the expulsion is the one the text reported a few sentences
// before (by its words, or by its CAMEO code when the report used other words: "ordering two
// diplomats to leave"). Nil when no such act was reported.
func (c *context) agentOf(si, j int) *chronicle.EventActor {
	l := c.lower(j)
	stems, code := antecedentStems[l], antecedentCodes[l]
	if stems == nil && code == "" || j == 0 || !determiners[c.lower(j-1)] && !demonstratives[c.lower(j-1)] {
		return nil
	}
	for e := len(c.doc.Events) - 1; e >= 0; e-- {
		ev := &c.doc.Events[e]
		if ev.Sentence < si-6 {
			break
		}
		if ev.Negated || ev.Mode != "" || ev.Source == nil || ev.Sentence >= si || ev.Root < "15" || strings.HasSuffix(ev.Rule, "+alleged") {
			continue
		}
		if code != "" && strings.HasPrefix(ev.Code, code) || stems != nil && c.says(ev.Evidence, stems) {
			a := *ev.Source
			return &a
		}
	}
	return nil
}

var demonstratives = map[string]bool{"this": true, "these": true, "that": true, "those": true}

// antecedentCodes are the CAMEO codes of the acts some nouns name.
var antecedentCodes = map[string]string{"expulsion": "166", "expulsions": "166", "arrest": "173", "arrests": "173",
	"detention": "173", "detentions": "173", "sanctions": "163"}

var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true}

// accountable lists what a passive demand asks someone to do to a thing: "must be
// investigated", "should be released" (not "should be placed in its appropriate position").
var accountable = map[string]bool{"investigated": true, "probed": true, "prosecuted": true, "punished": true,
	"released": true, "freed": true, "stopped": true, "halted": true, "lifted": true, "withdrawn": true,
	"respected": true, "protected": true, "restored": true, "reversed": true, "ended": true}

// coordinatedVerbSubject finds the subject of the finite verb that a verb after "and" (token
// and) is coordinated with, when that verb coded no event: in "the president convened a
// meeting of the Security Council and accused Dushanbe" the accuser is the president, not the
// council named in the first verb's object. Nil when no such verb is found before a clause
// boundary.
func (c *context) coordinatedVerbSubject(si, and int) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	q := c.quoteAt[and]
	for k := and - 1; k > s.FirstToken; k-- {
		if c.quoteAt[k] != q || c.toks[k].Text == ";" || c.toks[k].Text == ":" || dashes[c.toks[k].Text] || clauseStart[c.lower(k)] {
			return nil
		}
		if c.entAt[k] >= 0 {
			continue
		}
		switch c.toks[k].Tag {
		case "VBD", "VBZ", "VBP":
			if auxiliaries[c.lower(k)] {
				continue // "was", "has": the verb is after it
			}
			return c.subjectBefore(si, k)
		}
	}
	return nil
}

// requiredAt is the token of the first word a row requires to follow its trigger ("duties"
// after "imposed"), -1 when the row requires none or it is not there.
func (c *context) requiredAt(si, i int, t trigger) int {
	best, bestStart := -1, -1
	for _, r := range t.requires {
		if r.kind != "follows" {
			continue
		}
		// the phrase that starts first; of two starting together, the row's first
		if k := c.phraseAfter(si, i, r.phrase); k >= 0 && (best < 0 || k-len(r.phrase)+1 < bestStart) {
			best, bestStart = k, k-len(r.phrase)+1
		}
	}
	return best
}

// phraseAfter returns the last token of the first occurrence of phrase (lower-case words)
// within sixteen tokens after token i in its sentence, -1 if there is none.
func (c *context) phraseAfter(si, i int, phrase []string) int {
	s := c.doc.Sentences[si]
	for k := i + 1; k < s.EndToken && k <= i+16; k++ {
		ok := true
		for j, p := range phrase {
			if k+j >= s.EndToken || c.lower(k+j) != p {
				ok = false
				break
			}
		}
		if ok {
			return k + len(phrase) - 1
		}
	}
	return -1
}

// verbWithObject reports token k as a bare verb after "to" with an actor or determiner after
// it: "to strike Beirut", not "to strike" or "to stage a strike".
func (c *context) verbWithObject(si, k int) bool {
	return k > 0 && k+1 < c.doc.Sentences[si].EndToken && c.lower(k-1) == "to" && c.toks[k].Tag == "VB" && (c.entAt[k+1] >= 0 || c.toks[k+1].Tag == "DT")
}

// lastEventPair returns the source and target of the last event coded in this sentence (before
// token k) or the three before it whose two sides are of different countries, both known; nil
// when there is none.
func (c *context) lastEventPair(si, k int) []chronicle.EventActor {
	for j := len(c.doc.Events) - 1; j >= 0; j-- {
		e := c.doc.Events[j]
		if e.Sentence < si-3 {
			break
		}
		if e.Sentence == si && e.Evidence.Start >= c.toks[k].Start || strings.HasSuffix(e.Rule, "+alleged") || e.Negated {
			continue
		}
		s, t := country(e.Source.Code), country(e.Target.Code)
		if s == "" || t == "" || s == "---" || t == "---" || s == t {
			continue
		}
		return []chronicle.EventActor{*e.Source, *e.Target}
	}
	return nil
}

// twoSidesSubject reports "the two sides", "both leaders" right before the verb i (auxiliaries
// and adverbs between).
// theTwo reports a subject "the two", "the two leaders", "both" right before the verb at i.
func (c *context) theTwo(si, i int) bool {
	k := i - 1
	first := c.doc.Sentences[si].FirstToken
	for k > first && (auxiliaries[c.lower(k)] || c.toks[k].Tag == "RB" || c.toks[k].Tag == "MD") {
		k--
	}
	if k < first {
		return false
	}
	if l := c.lower(k); l == "two" || l == "both" {
		return true
	}
	return c.twoSidesSubject(si, i)
}

func (c *context) twoSidesSubject(si, i int) bool {
	k := i - 1
	first := c.doc.Sentences[si].FirstToken
	for k > first && (auxiliaries[c.lower(k)] || c.toks[k].Tag == "RB" || c.toks[k].Tag == "MD") {
		k--
	}
	if k <= first || c.toks[k].Tag != "NNS" || c.entAt[k] >= 0 {
		return false
	}
	q := c.lower(k - 1)
	return q == "two" || q == "both"
}

// holder is the actor of the last seizure, arrest or abduction the text reported in the ten
// sentences before token i (or earlier in its own sentence): whom a demand for the release of
// what they took is aimed at. Nil when there is none.
func (c *context) holder(si, i int) *chronicle.EventActor {
	for j := len(c.doc.Events) - 1; j >= 0; j-- {
		e := c.doc.Events[j]
		if e.Sentence < si-10 {
			break
		}
		if e.Sentence == si && e.Evidence.Start >= c.toks[i].Start || e.Negated || e.Mode == "hypothetical" || strings.HasSuffix(e.Rule, "+alleged") {
			continue
		}
		if e.Code == "171" || e.Code == "1711" || e.Code == "173" || e.Code == "181" || strings.HasPrefix(e.Code, "181") {
			src := *e.Source
			return &src
		}
	}
	return nil
}

// crowdAfter is, for repression without an object ("Police fired tear gas when some
// protesters tried to …"), the people the rest of the sentence names; nil for other codes.
func (c *context) crowdAfter(si, i int, t trigger) *chronicle.EventActor {
	if t.code != "175" {
		return nil
	}
	end := c.doc.Sentences[si].EndToken
	for k := i + 1; k < end; k++ {
		if c.toks[k].Text == ";" || c.lower(k) == "said" {
			return nil
		}
		if crowdRoles[roleNouns[c.lower(k)]] {
			if a := c.actorOf(k, k+1); a != nil && !combatant[role(a.Code)] {
				return a
			}
		}
	}
	return nil
}

// dwellingsAfter is the civilians whose homes the object of the trigger at i names ("bombed at
// least two villages", "torched dozens of homes"), of the country of the place the sentence
// names, else the story's; nil when the object is no dwelling.
func (c *context) dwellingsAfter(si, i int) *chronicle.EventActor {
	end := c.doc.Sentences[si].EndToken
	for k := i + 1; k < end && k <= i+6; k++ {
		if dwellings[c.lower(k)] {
			return c.actor(c.toks[k].ByteStart, c.toks[k].ByteEnd, c.crowdState(k)+"CVL")
		}
		if c.entAt[k] >= 0 || c.toks[k].Text == "," || strings.HasPrefix(c.toks[k].Tag, "VB") {
			return nil
		}
	}
	return nil
}

// quantityObject reports an object that is a number of people and nothing more: "detained
// dozens", "arrested at least 40".
func (c *context) quantityObject(si, i int) bool {
	end := c.doc.Sentences[si].EndToken
	k := c.skipParticles(i+1, end)
	for k < end && (c.lower(k) == "at" || c.lower(k) == "least" || c.lower(k) == "more" || c.lower(k) == "than" || c.lower(k) == "about" || c.lower(k) == "some" || c.lower(k) == "nearly") {
		k++
	}
	if k >= end || c.toks[k].Tag != "CD" && !partitives[c.lower(k)] {
		return false
	}
	n := k + 1
	return n >= end || c.lower(n) != "of" && !strings.HasPrefix(c.toks[n].Tag, "NN")
}

// dwellings are the places where civilians live.
var dwellings = map[string]bool{"villages": true, "village": true, "homes": true, "houses": true, "neighbourhoods": true,
	"neighborhoods": true, "neighbourhood": true, "neighborhood": true, "hamlets": true, "farmland": true}

// themBefore reads "them" at token k, the object of the trigger at i, as everyone the events
// coded before in the sentence were done to: "suspended TV5Monde and Deutsche Welle …,
// accusing them of …" (and a participle's "it" as the last of them); nil when k is no "them"
// or nothing was coded before.
func (c *context) themBefore(si, i, k int) (out []chronicle.EventActor) {
	end := c.doc.Sentences[si].EndToken
	partOf := false
	for j := k; j < end && j < k+5 && c.lower(k) != "them"; j++ {
		if c.lower(j) == "of" && j+1 < end && c.lower(j+1) == "them" {
			k, partOf = j+1, true // "detained more than 200 of them"
		}
	}
	// "seized a tanker, accusing it of smuggling": "it" after a participle is the thing the
	// clause before acted on
	it := k < end && c.lower(k) == "it" && c.toks[i].Tag == "VBG" && i > 0 && c.toks[i-1].Text == ","
	if k >= end || c.lower(k) != "them" && !it {
		return nil
	}
	if it {
		defer func() {
			if len(out) > 1 {
				out = out[len(out)-1:]
			}
		}()
	}
	if partOf {
		defer func() {
			if len(out) == 0 {
				if a := c.pronoun(k); a != nil {
					out = []chronicle.EventActor{*a}
				}
			}
		}()
	}
	for _, e := range c.doc.Events {
		if e.Sentence != si || e.Evidence.End > c.toks[i].Start || strings.Contains(e.Rule, "+alleged") || e.Target.Code == "" || e.Target.Text == "" {
			continue
		}
		if !slices.ContainsFunc(out, func(a chronicle.EventActor) bool { return a.Code == e.Target.Code }) {
			t := *e.Target
			t.TextSpan = chronicle.TextSpan{Text: c.toks[k].Text, Start: c.toks[k].Start, End: c.toks[k].End}
			out = append(out, t)
		}
	}
	return out
}

// premisesAfter is, for a protest held outside an embassy or consulate soon after token i
// ("protested outside the Russian embassy", "rallied in front of the U.S. consulate"), the
// government whose premises they are; nil otherwise.
func (c *context) premisesAfter(si, i int, t trigger) *chronicle.EventActor {
	if t.code[:2] != "14" {
		return nil
	}
	end := c.doc.Sentences[si].EndToken
	for k := i + 1; k < end && k <= i+6; k++ {
		if c.toks[k].Text == "," || c.toks[k].Text == ";" {
			return nil
		}
		if !premisesPrepositions[c.lower(k)] {
			continue
		}
		from := k + 1
		if c.lower(k) == "front" && k+1 < end && c.lower(k+1) == "of" {
			from = k + 2
		}
		for j := from; j < end && j <= from+6; j++ {
			if !premisesNouns[c.lower(j)] {
				continue
			}
			if o := j + 2; o < end && c.lower(j+1) == "of" {
				if c.lower(o) == "the" && o+1 < end {
					o++
				}
				if e := c.entAt[o]; e >= 0 && c.doc.Entities[e].Type == chronicle.GPE {
					// "the embassy of Ukraine"
					if a := c.entityActor(e); a != nil && len(a.Code) >= 3 {
						return c.actor(c.toks[from].ByteStart, c.doc.Entities[e].ByteEnd, a.Code[:3]+"GOV")
					}
				}
			}
			if j-from <= 1 {
				return nil // "the embassy": whose, the text does not say here
			}
			a := c.np(from, j+1)
			if len(a) != 1 {
				return nil
			}
			if cc := a[0].Code; len(cc) == 3 && cc != "IGO" && cc != "NGO" {
				a[0].Code = cc + "GOV" // "the Sri Lankan deputy high commission": a country's mission
			}
			if role(a[0].Code) == "GOV" {
				return &a[0]
			}
			return nil
		}
	}
	return nil
}

var (
	premisesPrepositions = map[string]bool{"outside": true, "at": true, "near": true, "front": true, "to": true, "on": true}
	premisesNouns        = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true, "commission": true}
)

// documentMaker is, for a judgement of a text at token k ("rejected the resolution",
// "welcomed the board's vote", "rejected a bill introduced by Republican senators"), whoever
// made it: the body before "'s", the agent after "by", else the subject of the last sentence
// before that names such a text, when it is of another country than the judge; nil otherwise.
func (c *context) documentMaker(si, i, k int, t trigger) *chronicle.EventActor {
	s := c.doc.Sentences[si]
	if !implicitTarget[t.code[:2]] || k+1 >= s.EndToken || !determiners[c.lower(k)] {
		return nil
	}
	h := k + 1
	for h < s.EndToken && h < k+4 && !documentNouns[c.lower(h)] && (c.toks[h].Tag == "JJ" || c.toks[h].Tag == "NN" && !documentNouns[c.lower(h)] || c.toks[h].Text == "'s") {
		h++
	}
	if h >= s.EndToken || !documentNouns[c.lower(h)] {
		return nil
	}
	if h == k+3 && c.toks[k+2].Text == "'s" {
		return c.theBody(k + 1) // "the board's vote"
	}
	judge := c.subjectBefore(si, i)
	other := func(a *chronicle.EventActor) *chronicle.EventActor {
		if a == nil || judge != nil && country(a.Code) == country(judge.Code) || country(a.Code) == "" || country(a.Code) == "---" {
			return nil
		}
		return a
	}
	if h+2 < s.EndToken && c.toks[h+1].Tag == "VBN" {
		// "a bill introduced last month by a group of Republican senators"
		if by := c.find(h+2, s.EndToken, "by", 4); by >= 0 {
			if a := c.np(by+1, s.EndToken); len(a) > 0 {
				return other(&a[0])
			}
		}
	}
	stem := strings.TrimSuffix(c.lower(h), "s") // "the appeal" after "appealed", "the offer" after "offered"
	for sj := si - 1; sj >= 0 && sj >= si-20; sj-- {
		sb := c.doc.Sentences[sj]
		for m := sb.FirstToken; m < sb.EndToken; m++ {
			if !strings.HasPrefix(c.lower(m), stem) || c.quoteAt[m] >= 0 || c.referredBack(m, sb.FirstToken) {
				continue // "condemned the investigation": not where it was made
			}
			for _, e := range c.doc.Events {
				if e.Sentence == sj && !strings.Contains(e.Rule, "+alleged") {
					return other(e.Source)
				}
			}
			if a := c.sentenceSubject(sj, m); len(a) > 0 && !pronounWords[strings.ToLower(a[0].Text)] {
				return other(&a[0])
			}
			break // "it has 13 months to conclude the investigation": who made it is named earlier
		}
	}
	return nil
}

// referredBack reports a noun at token m after "the" (and its modifiers): a text named again,
// not where it was first made ("opened an anti-subsidy investigation").
func (c *context) referredBack(m, first int) bool {
	k := m - 1
	for k > first && (c.toks[k].Tag == "JJ" || c.toks[k].Tag == "NN" || strings.Contains(c.lower(k), "-")) {
		k--
	}
	return k >= first && c.lower(k) == "the"
}

// documentNouns are texts a body makes and others judge.
var documentNouns = map[string]bool{"resolution": true, "resolutions": true, "bill": true, "motion": true, "statement": true,
	"report": true, "proposal": true, "plan": true, "decree": true, "vote": true, "declaration": true, "findings": true,
	"appeal": true, "appeals": true, "offer": true, "request": true, "threat": true, "threats": true, "ultimatum": true,
	"investigation": true, "probe": true, "inquiry": true}

// rulingMaker is, for an appeal against "the ruling" (or decision, verdict) at token k, the
// court or international body that the three sentences before name last; nil otherwise.
func (c *context) rulingMaker(si, i, k int, t trigger) *chronicle.EventActor {
	if t.code != "115" || k+1 >= c.doc.Sentences[si].EndToken || !determiners[c.lower(k)] || !rulingNouns[c.lower(k+1)] {
		return nil
	}
	first := c.doc.Sentences[max(0, si-3)].FirstToken
	for j := i - 1; j >= first; j-- {
		if e := c.entAt[j]; e >= 0 {
			if a := c.entityActor(e); a != nil && (role(a.Code) == "JUD" || a.Code == "IGO") {
				return a
			}
			continue
		}
		if roleNouns[c.lower(j)] == "JUD" {
			return c.actorOf(j, j+1)
		}
	}
	return nil
}

var rulingNouns = map[string]bool{"ruling": true, "verdict": true, "decision": true, "judgment": true, "judgement": true, "sentence": true}

// actNounAgent reads "the <act> of <someone> by <agent>" at token k: the agent, nil when the
// phrase is not there.
func (c *context) actNounAgent(k, end int) *chronicle.EventActor {
	if k+3 >= end || !determiners[c.lower(k)] {
		return nil
	}
	j := k + 1
	for j < end && j <= k+3 && (c.toks[j].Tag == "JJ" || strings.HasPrefix(c.toks[j].Tag, "NN")) && c.entAt[j] < 0 && c.lower(j) != "of" {
		j++
	}
	if j == k+1 || j >= end || c.lower(j) != "of" || antecedentStems[c.lower(j-1)] == nil && !agentActs[c.lower(j-1)] {
		return nil
	}
	for m := j + 1; m < end && m <= j+10; m++ {
		l := c.lower(m)
		if l == "," || l == ";" || l == "." || finite[c.toks[m].Tag] {
			return nil
		}
		if l == "by" {
			if a := c.np(m+1, end); len(a) > 0 {
				return &a[0]
			}
			return nil
		}
	}
	return nil
}

// agentActs name acts whose agent may follow with "by" ("the killing of X by Y").
var agentActs = map[string]bool{"killing": true, "killings": true, "murder": true, "assassination": true, "arrest": true,
	"detention": true, "abduction": true, "kidnapping": true, "shooting": true, "bombing": true, "shelling": true,
	"seizure": true, "expulsion": true, "execution": true, "torture": true, "beating": true, "use": true}

// frontedPrepositions open a sentence with a phrase about a meeting: "During talks with X, Y
// raised …", "In a phone call with X, Y discussed …".
var frontedPrepositions = map[string]bool{"during": true, "in": true, "following": true, "after": true, "at": true}

// frontedSubject reads a meeting noun in a phrase opening the sentence ("During talks with
// Chinese Premier Li Qiang, Albanese raised …"): the subject of the clause after the phrase's
// comma meets. Nil when the noun is not in such a phrase.
func (c *context) frontedSubject(si, i int, t trigger) *chronicle.EventActor {
	if t.pos != "noun" || t.code[:2] != "04" {
		return nil
	}
	s := c.doc.Sentences[si]
	k := s.FirstToken
	if k >= i || !frontedPrepositions[c.lower(k)] {
		return nil
	}
	for j := k + 1; j < i; j++ {
		if !determiners[c.lower(j)] && c.toks[j].Tag != "JJ" && !strings.HasPrefix(c.toks[j].Tag, "NN") {
			return nil
		}
	}
	for j := i + 1; j < s.EndToken && j <= i+14; j++ {
		if c.toks[j].Text != "," {
			continue
		}
		for m := j + 1; m < s.EndToken && m <= j+8; m++ {
			if strings.HasPrefix(c.toks[m].Tag, "VB") {
				return nil
			}
			if a := c.candidate(m, j+1, s.EndToken); a != nil {
				return a
			}
		}
		return nil
	}
	return nil
}
