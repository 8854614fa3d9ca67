package quote

import (
	"strings"

	"github.com/chronicle-news/chronicle"
)

// objectVerbs take the addressee before the clause: "told reporters (that) …".
var objectVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "reassure": true, "warn": true,
	"remind": true, "advise": true, "brief": true, "notify": true, "urge": true, "ask": true}

// clauseStartTags begin a reported clause without "that".
var clauseStartTags = map[string]bool{"DT": true, "PRP": true, "NNP": true, "NNPS": true, "CD": true, "EX": true, "PRP$": true, "NNS": true, "NN": true, "JJ": true, "PDT": true}

// indirect finds reported speech: `X said (that) CLAUSE`, `…, saying CLAUSE`,
// `CLAUSE, X said.`, `according to X, CLAUSE` and `CLAUSE, according to X.`.
func (c *context) indirect() []found {
	var out []found
	for si, s := range c.doc.Sentences {
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
			if !ok || cl.kind == phrase && cl.lemma != "said in a statement" && !strings.HasSuffix(cl.lemma, "to say") {
				continue
			}
			if cl.lemma == "report" && c.reportsForMedia(si, j) {
				continue // "…, Press TV reported": the chain, not a speaker
			}
			if f, ok := c.clauseAfter(si, j, n, cl); ok {
				out = append(out, f)
				used = true
				j = c.tokenAtByte(f.be)
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
		if c.lower(t) == "that" && (t == k || c.toks[t+1].Tag != "VBZ" && c.toks[t+1].Tag != "VBD") {
			start = t + 1
			break
		}
	}
	if start < 0 {
		if cl.kind == directive {
			return found{}, false
		}
		if objectVerbs[cl.lemma] {
			// skip the addressee: a name or one word ("reporters")
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
		for a := 0; a < 2 && k < s.EndToken && timeWords[c.lower(k)]; a++ {
			k++
			if k < s.EndToken && (weekdayish[c.lower(k)] || c.toks[k].Tag == "CD") {
				k++
			}
		}
		if k < s.EndToken && c.toks[k].Text == "," && cl.lemma == "say" {
			return found{}, false
		}
		if k >= s.EndToken || !clauseStartTags[c.toks[k].Tag] {
			return found{}, false
		}
		start = k
	}
	end := c.clauseEnd(start, s.EndToken)
	if !c.isClause(start, end) {
		return found{}, false
	}
	sp, _ := c.subject(s.FirstToken, j, j)
	return c.newIndirect(si, start, end, j, n, sp), true
}

// clauseBefore reads `CLAUSE, X said.` and `CLAUSE, said X.` at the end of a sentence.
func (c *context) clauseBefore(si, j, n int, cl cue) (found, bool) {
	s := c.doc.Sentences[si]
	last := s.EndToken
	for last > s.FirstToken && (c.toks[last-1].Text == "." || c.toks[last-1].Text == "!") {
		last--
	}
	if j+n+6 < last || cl.kind != speech {
		return found{}, false
	}
	comma := -1
	for t := j - 1; t > s.FirstToken && t > j-8; t-- {
		if c.toks[t].Text == "," {
			comma = t
			break
		}
	}
	if comma < 0 {
		return found{}, false
	}
	var sp speaker
	var ok bool
	if comma == j-1 {
		sp, ok = c.npAfter(j+n, last) // "…, said the minister."
	} else {
		sp, ok = c.np(comma+1, j) // "…, the minister said."
	}
	if !ok || !c.isClause(s.FirstToken, comma) {
		return found{}, false
	}
	return c.newIndirect(si, s.FirstToken, comma, j, n, sp), true
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
	npEnd := c.phraseEnd(j+2, s.EndToken)
	sp, ok := c.np(j+2, npEnd)
	if !ok {
		sp = speaker{bs: c.toks[j+2].ByteStart, be: c.toks[npEnd-1].ByteEnd, name: c.reporter(j+2, npEnd)}
	}
	if j == s.FirstToken && npEnd < s.EndToken && c.toks[npEnd].Text == "," {
		end := c.clauseEnd(npEnd+1, s.EndToken)
		if c.isClause(npEnd+1, end) {
			return c.newIndirect(si, npEnd+1, end, j, 2, sp), true
		}
	}
	if j > s.FirstToken+3 && c.toks[j-1].Text == "," && c.isClause(s.FirstToken, j-1) {
		return c.newIndirect(si, s.FirstToken, j-1, j, 2, sp), true
	}
	return found{}, false
}

func (c *context) newIndirect(si, start, end, cueTok, cueLen int, sp speaker) found {
	f := found{bs: c.toks[start].ByteStart, be: c.toks[end-1].ByteEnd, kind: "indirect", speaker: sp,
		cueTok: cueTok, cueLen: cueLen, para: c.doc.Sentences[si].Paragraph}
	f.channel = c.channel(si, cueTok)
	f.chain = c.chain(si, sp)
	return f
}

// clauseEnd ends a reported clause before the sentence's final punctuation, a reporting tail
// (", the network reported", ", according to …") or a second cue (", saying …", ", adding …").
func (c *context) clauseEnd(start, end int) int {
	for t := start; t < end; t++ {
		if c.toks[t].Text != "," || t+1 >= end {
			continue
		}
		next := c.lower(t + 1)
		if next == "according" || next == "saying" || next == "adding" || next == "noting" || next == "citing" {
			return t
		}
		// ", <up to 7 words> reported|said|added."
		for k := t + 1; k < end && k < t+9; k++ {
			if lk := c.lower(k); (lk == "reported" || lk == "said" || lk == "added" || lk == "reports" || lk == "says") && c.tailEnds(k+1, end) {
				return t
			}
		}
	}
	for end > start && (isPunct(c.toks[end-1].Text) && c.toks[end-1].Text != ")" && c.toks[end-1].Text != "%") {
		end--
	}
	return end
}

func (c *context) tailEnds(k, end int) bool {
	for ; k < end; k++ {
		if c.toks[k].Text != "." && c.toks[k].Text != "on" && !weekdayish[c.lower(k)] {
			return false
		}
	}
	return true
}

// isClause accepts [start, end) as reported speech: at least three tokens, a finite verb, no
// direct quote inside (the quote itself is reported instead, as the seed annotation does).
func (c *context) isClause(start, end int) bool {
	if end-start < 3 {
		return false
	}
	finite := false
	for t := start; t < end; t++ {
		if c.quoted[t] {
			return false
		}
		switch c.toks[t].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			finite = true
		}
	}
	return finite
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
	for i, t := range c.toks {
		if t.ByteEnd >= b {
			return i
		}
	}
	return len(c.toks)
}

var timeWords = map[string]bool{"on": true, "last": true, "late": true, "earlier": true, "this": true, "yesterday": true, "today": true, "tonight": true, "later": true, "again": true, "also": true, "previously": true, "recently": true}
var weekdayish = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"week": true, "month": true, "year": true, "night": true, "morning": true, "evening": true, "afternoon": true, "weekend": true, "on": true}
