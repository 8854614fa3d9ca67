package quote

import (
	"sort"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// objectVerbs take the addressee before the clause: "told reporters (that) …".
var objectVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "reassure": true, "warn": true,
	"remind": true, "advise": true, "brief": true, "notify": true, "urge": true, "ask": true}

// clauseStartTags begin a reported clause without "that".
var clauseStartTags = map[string]bool{"MD": false, "DT": true, "PRP": true, "NNP": true, "NNPS": true, "CD": true, "EX": true, "PRP$": true, "NNS": true, "NN": true, "JJ": true, "PDT": true}

// indirect finds reported speech: `X said (that) CLAUSE`, `…, saying CLAUSE`,
// `CLAUSE, X said.`, `according to X, CLAUSE` and `CLAUSE, according to X.`.
func (c *context) indirect() []found {
	var out []found
	for si, s := range c.doc.Sentences {
		if j, n, comma, sp, ok := c.sentenceTail(si); ok {
			if f, ok := c.clause(si, s.FirstToken, comma, j, found{cueTok: j, cueLen: n, speaker: sp}); ok {
				out = append(out, f)
				continue
			}
		}
		used := false
		for j := s.FirstToken; j < s.EndToken; j++ {
			if c.quoted[j] {
				continue
			}
			if c.lower(j) == "according" && j+1 < s.EndToken && c.lower(j+1) == "to" {
				if f, ok := c.accordingTo(si, j); ok && !used {
					out = append(out, f)
					used = true
				}
				continue
			}
			cl, n, ok := c.cueAt(j)
			if !ok || c.usedCue[j] || cl.lemma == "according to" || cl.lemma == "pointed out" {
				continue
			}
			if j == s.FirstToken && c.leadingParticiple(j) {
				continue // "Asked whether …, she said": a reporter's question, not a statement
			}
			if cl.lemma == "report" && c.reportsForMedia(si, j) {
				continue // "…, Press TV reported": the chain, not a speaker
			}
			if f, ok := c.clauseAfter(si, j, n, cl); ok {
				out = append(out, f)
				used = true
				j = c.tokenAtByte(f.be)
				// "… and that CLAUSE": a second clause of the same cue; after a clause without
				// "that" it completes that clause ("said A and that B" reports one statement)
				first := c.tokenAtByte(f.bs)
				bare := first == 0 || c.lower(first-1) != "that"
				for {
					k := j + 1
					if k < s.EndToken && c.toks[k].Text == "," {
						k++
					}
					if !(k+1 < s.EndToken && (c.lower(k) == "and" || c.lower(k) == "but") && c.lower(k+1) == "that") {
						break
					}
					end := c.clauseEnd(k+2, s.EndToken)
					g, ok := c.clause(si, k+2, end, j, f)
					if !ok {
						break
					}
					if bare {
						if whole, ok := c.clause(si, c.tokenAtByte(f.bs), end, j, f); ok {
							out[len(out)-1] = whole
							f = whole
							j = c.tokenAtByte(whole.be)
							continue
						}
					}
					out = append(out, g)
					j = c.tokenAtByte(g.be)
				}
				continue
			}
			if f, ok := c.clauseBefore(si, j, n, cl); ok && !used {
				out = append(out, f)
				used = true
			}
		}
	}
	return out
}

// clauseAfter reads `cue [object] [adverbial] [that] CLAUSE`.
func (c *context) clauseAfter(si, j, n int, cl cue) (found, bool) {
	s := c.doc.Sentences[si]
	k := j + n
	start := -1
	// "that" soon after the cue marks the clause.
	for t := k; t < s.EndToken && t < k+10; t++ {
		if c.quoted[t] || c.toks[t].Text == "," && cl.lemma != "say" {
			break
		}
		// a finite verb first: the clause began without "that", whose "that" is its own
		// ("said Lisbon had long demanded that Madrid act")
		if t > k && finiteTags[c.toks[t].Tag] {
			break
		}
		// "urged them to submit it to the committee that is reviewing it": the cue's content
		// is the infinitive, and a "that" after it is a relative pronoun
		if c.lower(t) == "to" && t+1 < s.EndToken && c.toks[t+1].Tag == "VB" {
			break
		}
		if c.lower(t) == "that" {
			start = t + 1
			break
		}
	}
	if start < 0 {
		if cl.kind == directive {
			return found{}, false
		}
		if objectVerbs[cl.lemma] && !(k+1 < s.EndToken && finiteTags[c.toks[k+1].Tag] || k < s.EndToken && c.entAt[k] >= 0 && finiteTags[c.toks[c.entityEnd(k)].Tag]) {
			// skip the addressee: a name or one word ("told reporters the …"), unless it is the
			// subject of the clause ("warned Washington would …")
			if k < s.EndToken && c.entAt[k] >= 0 {
				e := c.entAt[k]
				for k < s.EndToken && c.entAt[k] == e {
					k++
				}
			} else {
				k++
			}
		}
		// skip a time adverbial: "on Wednesday", "last week", "late on Monday"
		for a := 0; a < 2 && k < s.EndToken && (timeWords[c.lower(k)] || weekdayish[c.lower(k)]) && !c.placeOn(k); a++ {
			k++
			if k < s.EndToken && (weekdayish[c.lower(k)] || c.toks[k].Tag == "CD") {
				k++
			}
		}
		if k < s.EndToken && c.toks[k].Text == "," && cl.lemma == "say" {
			return found{}, false
		}
		if k >= s.EndToken || !clauseStartTags[c.toks[k].Tag] && !c.quantifierAt(k) {
			return found{}, false
		}
		if c.coordinatedVerb(k, s.EndToken) {
			return found{}, false
		}
		start = k
	}
	end := c.clauseEnd(start, s.EndToken)
	if accusations[cl.lemma] {
		end = c.chargeEnd(start, end)
	}
	sp, _ := c.subject(s.FirstToken, j, j)
	f := found{cueTok: j, cueLen: n, speaker: sp}
	return c.clause(si, start, end, j, f)
}

// coordinatedVerb says the first finite verb after k follows "and" or "but": "welcomed the
// decision and offered help", "declared a state of emergency and sent troops". The words before
// it are the cue's object and the verb is the subject's next act, not a reported clause.
func (c *context) coordinatedVerb(k, end int) bool {
	for t := k; t < end; t++ {
		if c.quoted[t] || !finiteTags[c.toks[t].Tag] {
			continue
		}
		p := t - 1
		for p > k && adverbs[c.lower(p)] {
			p--
		}
		return c.lower(p) == "and" || c.lower(p) == "but"
	}
	return false
}

// accusations take the accused and the charge: "accused X of Y-ing", "charged X with Y-ing".
var accusations = map[string]bool{"accuse": true, "charge": true}

// chargeEnd ends a charge ("Iran of supplying the missiles") at its first comma: what follows
// (", a charge Tehran denied", ", and signed …", ", which …") is the writer's, and a charge with
// no finite verb of its own is then no reported clause.
func (c *context) chargeEnd(start, end int) int {
	charge := false
	for t := start; t < end; t++ {
		switch {
		case finiteTags[c.toks[t].Tag] && !charge:
			return end // "accused Iran was arming …": a clause of its own
		case (c.lower(t) == "of" || c.lower(t) == "with") && t+1 < end && c.toks[t+1].Tag == "VBG":
			charge = true
		case charge && c.toks[t].Text == "," && !c.quoted[t]:
			return t
		}
	}
	return end
}

// clause makes a reported-speech quote of [start, end) with the cue and speaker of like: kind
// indirect, or mixed when it contains quoted words and says something of its own besides.
func (c *context) clause(si, start, end, _ int, like found) (found, bool) {
	if !c.isClause(start, end, c.cueKind(like.cueTok)) {
		return found{}, false
	}
	quoted, plain := 0, 0
	for t := start; t < end; t++ {
		if c.quoted[t] {
			quoted++
		} else {
			plain++
		}
	}
	f := c.newIndirect(si, start, end, like.cueTok, like.cueLen, like.speaker)
	if quoted > 0 {
		if plain < 3 {
			return found{}, false // `said that "…"`: the direct quote says it all
		}
		f.kind = "mixed"
	}
	return f, true
}

func (c *context) cueKind(i int) string {
	if i < 0 {
		return ""
	}
	cl, _, _ := c.cueAt(i)
	return cl.kind
}

// clauseBefore reads `CLAUSE, X said.` and `CLAUSE, said X.` at the end of a sentence.
func (c *context) clauseBefore(si, j, n int, cl cue) (found, bool) {
	s := c.doc.Sentences[si]
	comma, sp, ok := c.tail(si, j, n, cl)
	if !ok || !c.isClause(s.FirstToken, comma, speech) || c.anyQuoted(s.FirstToken, comma) {
		return found{}, false
	}
	return c.newIndirect(si, s.FirstToken, comma, j, n, sp), true
}

// tail reads the cue at j as a reporting tail ending sentence si, `…, X said.` or `…, said
// X.`: the comma before it and its speaker.
func (c *context) tail(si, j, n int, cl cue) (int, speaker, bool) {
	s := c.doc.Sentences[si]
	last := s.EndToken
	for last > s.FirstToken && (c.toks[last-1].Text == "." || c.toks[last-1].Text == "!") {
		last--
	}
	if j+n+6 < last || cl.kind != speech {
		return -1, speaker{}, false
	}
	comma := -1
	for t := j - 1; t > s.FirstToken && t > j-8; t-- {
		if c.toks[t].Text == "," {
			comma = t
			break
		}
	}
	if comma < 0 {
		return -1, speaker{}, false
	}
	if j+n < last && (c.toks[j+n].Tag == "DT" || c.toks[j+n].Tag == "PRP$") && !objectVerbs[cl.lemma] {
		return -1, speaker{}, false // "…, and both governments claim the right to it": an object, no tail
	}
	if lw := c.lower(comma + 1); lw == "and" || lw == "but" {
		return -1, speaker{}, false // a clause of its own after ", and", not the speaker of the one before
	}
	if c.reducedRelative(comma+1, j) {
		return -1, speaker{}, false // "…, a charge the army denied": a rebuttal, not a speaker
	}
	var sp speaker
	var ok bool
	if comma == j-1 {
		sp, ok = c.npAfter(j+n, last) // "…, said the minister."
	} else {
		sp, ok = c.np(comma+1, j) // "…, the minister said."
	}
	return comma, sp, ok
}

// sentenceTail finds the reporting tail of sentence si ("…, the ministry said.") when a cue
// comes before it: the tail reports the whole sentence, that cue and all ("Ocampo thanked the
// mission for …, his department said").
func (c *context) sentenceTail(si int) (cueTok, cueLen, comma int, sp speaker, ok bool) {
	s := c.doc.Sentences[si]
	if j, n, cl, isCue := c.closingCue(si); isCue {
		comma, sp, ok := c.tail(si, j, n, cl)
		if ok && !c.quoted[comma-1] && c.cueBetween(s.FirstToken, comma) {
			return j, n, comma, sp, true
		}
	}
	return -1, 0, -1, speaker{}, false
}

// closingCue finds the last cue outside quotation marks among the last eight words of
// sentence si, where a reporting tail ("…, the ministry said.") has its cue.
func (c *context) closingCue(si int) (j, n int, cl cue, ok bool) {
	s := c.doc.Sentences[si]
	for j := s.EndToken - 1; j > s.FirstToken && j >= s.EndToken-8; j-- {
		if c.quoted[j] {
			continue
		}
		if cl, n, ok := c.cueAt(j); ok {
			return j, n, cl, true
		}
	}
	return -1, 0, cl, false
}

// reducedRelative says [i, j) is a noun and a relative clause without "that" whose verb
// follows — "a charge the army denied", "a demand Lima has rejected" — not a speaker.
func (c *context) reducedRelative(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if isLowerNoun(c.toks[k-1]) && (c.toks[k].Tag == "DT" || c.toks[k].Tag == "PRP") {
			return true
		}
	}
	return false
}

// accordingTo reads `according to X, CLAUSE` and `CLAUSE, according to X.` when the sentence has
// no speech verb of its own (then "according to" is the reporting chain).
func (c *context) accordingTo(si, j int) (found, bool) {
	s := c.doc.Sentences[si]
	for t := s.FirstToken; t < s.EndToken; t++ {
		if t != j && !c.quoted[t] {
			if cl, _, ok := c.cueAt(t); ok && cl.kind != phrase {
				return found{}, false
			}
		}
	}
	from := c.afterSourceNoun(j+2, s.EndToken)
	npEnd := c.phraseEnd(from, s.EndToken)
	sp, ok := c.np(from, npEnd)
	if !ok {
		sp = speaker{bs: c.toks[from].ByteStart, be: c.toks[npEnd-1].ByteEnd, name: c.reporter(from, npEnd)}
	}
	// "according to the U.N. refugee agency, UNHCR": the name in apposition is who said it
	if e, end := c.appositionAt(npEnd, s.EndToken); e >= 0 {
		sp, npEnd = c.fromEntity(e), end
	}
	if j == s.FirstToken && npEnd < s.EndToken && c.toks[npEnd].Text == "," {
		end := c.clauseEnd(npEnd+1, s.EndToken)
		if c.isClause(npEnd+1, end, speech) && !c.anyQuoted(npEnd+1, end) {
			return c.newIndirect(si, npEnd+1, end, j, 2, sp), true
		}
	}
	if j > s.FirstToken+3 && c.toks[j-1].Text == "," && c.isClause(s.FirstToken, j-1, speech) && !c.anyQuoted(s.FirstToken, j-1) {
		return c.newIndirect(si, s.FirstToken, j-1, j, 2, sp), true
	}
	return found{}, false
}

// sourceNouns are documents and numbers that speak for whoever issued them: "according to
// figures from the port operator" is according to the port operator.
var sourceNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "estimates": true,
	"estimate": true, "report": true, "count": true, "tally": true, "records": true, "survey": true, "results": true}

// afterSourceNoun returns where the issuer starts after "[a] SOURCE-NOUN from|by|of" at i, else i.
func (c *context) afterSourceNoun(i, end int) int {
	k := i
	if k < end && determiners[c.toks[k].Text] {
		k++
	}
	for k < end && c.toks[k].Tag == "JJ" { // "preliminary figures", "official data"
		k++
	}
	if k+2 < end && sourceNouns[c.lower(k)] && (c.lower(k+1) == "from" || c.lower(k+1) == "by" || c.lower(k+1) == "of") {
		return k + 2
	}
	return i
}

// appositionAt reads ", NAME" at i when the name of an organisation or person ends there, at a
// comma or at the end of the sentence: the entity and the token after it, else -1.
func (c *context) appositionAt(i, end int) (int, int) {
	if i+1 >= end || c.toks[i].Text != "," {
		return -1, i
	}
	e := c.entAt[i+1]
	if e < 0 || !c.isSpeakerEntity(e) {
		return -1, i
	}
	k := c.entityEnd(i + 1)
	if k < end && c.toks[k].Text != "," && c.toks[k].Text != "." {
		return -1, i
	}
	return e, k
}

func (c *context) newIndirect(si, start, end, cueTok, cueLen int, sp speaker) found {
	start = c.afterDateline(start, end)
	f := found{bs: c.toks[start].ByteStart, be: c.toks[end-1].ByteEnd, kind: "indirect", speaker: sp,
		cueTok: cueTok, cueLen: cueLen, para: c.doc.Sentences[si].Paragraph}
	f.channel = c.channel(si, cueTok)
	f.chain = c.chain(si, sp)
	return f
}

// afterDateline moves a clause's start past a dateline ("YEREVAN, June 10 (Reuters) - ",
// "LIMA (AP) — "): what is reported begins after its dash. A dateline opens its sentence with a
// place in capitals or ends with the agency in parentheses.
func (c *context) afterDateline(start, end int) int {
	if start != c.doc.Sentences[c.toks[start].Sentence].FirstToken {
		return start
	}
	for t := start + 1; t < end && t < start+12; t++ {
		switch c.toks[t].Text {
		case "-", "–", "—", "--":
			if t+1 < end && (c.toks[t-1].Text == ")" || text.IsAllCaps(c.toks[start].Text)) {
				return t + 1
			}
			return start
		}
	}
	return start
}

// clauseEnd ends a reported clause before the sentence's final punctuation, a reporting tail
// (", the network reported", ", according to …"), a second cue (", saying …", "and warned …",
// "and that …") or a clause of someone else's (", as observers …").
func (c *context) clauseEnd(start, end int) int {
	for t := start; t < end; t++ {
		lt := c.lower(t)
		if (lt == "and" || lt == "but") && t+1 < end && !c.quoted[t] {
			next := c.lower(t + 1)
			if next == "that" {
				return trimComma(c, t)
			}
			// a cue read as a participle is still past tense when nothing in the clause could
			// govern a participle ("said the port was losing money and called on …")
			if cl, _, ok := c.cueAt(t + 1); ok && cl.kind != phrase && (c.toks[t+1].Tag == "VBD" || c.toks[t+1].Tag == "VBN" && !c.participleGoverned(start, t)) {
				return trimComma(c, t)
			}
			// "said the strikes had killed civilians and summoned the envoy": after a clause
			// in a compound tense, an act of the kind speakers do is the speaker's next act
			if speakerActs[next] && c.compoundTense(start, t) {
				return trimComma(c, t)
			}
		}
		// `…, "two brotherly peoples," while …`: a comma inside the closing mark ends it too
		if c.toks[t].Text == "," && c.quoted[t] && t+2 < end && c.quoted[t+1] && isCloseMark(c.toks[t+1].Text) && !c.quoted[t+2] && clauseBreaks[c.lower(t+2)] {
			return t + 2
		}
		if c.toks[t].Text != "," || t+1 >= end || c.quoted[t] {
			continue
		}
		next := c.lower(t + 1)
		if clauseBreaks[next] || next == "even" && t+2 < end && c.lower(t+2) == "as" {
			return t
		}
		// ", arguing that …", ", warning …": a participle cue reports a statement of its own
		if cl, _, ok := c.cueAt(t + 1); ok && cl.kind != phrase && c.toks[t+1].Tag == "VBG" {
			return t
		}
		// ", <up to 7 words> reported|said|added."
		for k := t + 1; k < end && k < t+9; k++ {
			if lk := c.lower(k); (lk == "reported" || lk == "said" || lk == "added" || lk == "reports" || lk == "says") && c.tailEnds(k+1, end) {
				return t
			}
		}
	}
	for end > start && (isPunct(c.toks[end-1].Text) && c.toks[end-1].Text != ")" && c.toks[end-1].Text != "%" && !c.quoted[end-1]) {
		end--
	}
	return end
}

// participleGoverned says [start, end) has a perfect or a passive ("had been detained", "were
// arrested") that a participle after "and" could continue.
func (c *context) participleGoverned(start, end int) bool {
	for t := start; t < end; t++ {
		switch c.lower(t) {
		case "have", "has", "had":
			return true
		case "is", "are", "was", "were", "be", "been", "being":
			if t+1 < end && c.toks[t+1].Tag == "VBN" {
				return true
			}
		}
	}
	return false
}

// speakerActs are past-tense acts of governments and organisations that follow their
// statements in news ("… said X and summoned the ambassador", "… and criticized the release").
var speakerActs = map[string]bool{"summoned": true, "criticized": true, "criticised": true, "condemned": true,
	"recalled": true, "vowed": true, "pledged": true, "announced": true, "ordered": true, "suspended": true,
	"demanded": true, "urged": true, "expelled": true, "lodged": true, "rejected": true, "welcomed": true}

// compoundTense reports whether the clause [start, end) has an auxiliary ("had killed", "would
// vote", "had not been consulted"): a verb after "and" in the simple past is then no part of it.
func (c *context) compoundTense(start, end int) bool {
	for t := start; t < end; t++ {
		switch c.lower(t) {
		case "had", "has", "have", "would", "will", "could", "might", "should":
			return true
		}
	}
	return false
}

var clauseBreaks = map[string]bool{"according": true, "saying": true, "adding": true, "noting": true, "citing": true,
	"as": true, "while": true, "whereas": true, "although": true, "though": true}

func trimComma(c *context, t int) int {
	if t > 0 && c.toks[t-1].Text == "," {
		return t - 1
	}
	return t
}

func (c *context) anyQuoted(start, end int) bool {
	for t := start; t < end; t++ {
		if c.quoted[t] {
			return true
		}
	}
	return false
}

func (c *context) tailEnds(k, end int) bool {
	for ; k < end; k++ {
		if c.toks[k].Text != "." && c.toks[k].Text != "on" && !weekdayish[c.lower(k)] {
			return false
		}
	}
	return true
}

// isClause accepts [start, end) as reported speech: at least three tokens with a finite verb (a
// bare verb after a directive: "demanded that the army be deployed").
func (c *context) isClause(start, end int, kind string) bool {
	if end-start < 3 {
		return false
	}
	for t := start; t < end; t++ {
		switch c.toks[t].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VB":
			if kind == directive {
				return true
			}
		}
	}
	return false
}

// reportsForMedia reports whether a "reported" cue has a media subject ("Press TV reported").
func (c *context) reportsForMedia(si, j int) bool {
	s := c.doc.Sentences[si]
	for k := j - 1; k >= s.FirstToken && k > j-8; k-- {
		if c.toks[k].Text == "," {
			return true
		}
		if e := c.entAt[k]; e >= 0 && c.doc.Entities[e].Type == chronicle.Org {
			return true
		}
		if lk := c.lower(k); lk == "media" || lk == "television" || lk == "agency" || lk == "newspaper" {
			return true
		}
	}
	return false
}

func (c *context) tokenAtByte(b int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].ByteEnd >= b })
}

// quantifierAt says a subject opens with a quantity's modifier at token k: "at least two
// houses", "more than 40 people", "nearly half the crew".
func (c *context) quantifierAt(k int) bool {
	if k+1 >= len(c.toks) {
		return false
	}
	switch c.lower(k) {
	case "at":
		return c.lower(k+1) == "least"
	case "more", "fewer", "less":
		return c.lower(k+1) == "than"
	case "nearly", "almost", "about", "around", "roughly", "only", "just":
		return c.toks[k+1].Tag == "CD" || c.lower(k+1) == "half" || c.lower(k+1) == "all"
	}
	return false
}

var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// entityEnd returns the token after the entity that covers token k.
func (c *context) entityEnd(k int) int {
	e := c.entAt[k]
	for k < len(c.toks)-1 && c.entAt[k] == e {
		k++
	}
	return k
}

// placeOn says "on" at k is not a time ("posted on Facebook", "on the border"): no weekday,
// date or time of day follows.
func (c *context) placeOn(k int) bool {
	if c.lower(k) != "on" || k+1 >= len(c.toks) {
		return false
	}
	n := k + 1
	if c.lower(n) == "the" || c.lower(n) == "this" {
		n++
	}
	return n < len(c.toks) && !weekdayish[c.lower(n)] && c.toks[n].Tag != "CD" && !months[c.lower(n)]
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

var timeWords = map[string]bool{"on": true, "last": true, "late": true, "earlier": true, "this": true, "yesterday": true, "today": true, "tonight": true, "later": true, "again": true, "also": true, "previously": true, "recently": true}
var weekdayish = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"week": true, "month": true, "year": true, "night": true, "morning": true, "evening": true, "afternoon": true, "weekend": true, "on": true}
