package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// span is a direct quote: its marks and content tokens.
type span struct {
	open, close  int  // mark tokens; close is -1 when the quote runs to the end of its paragraph
	first, end   int  // content tokens [first, end)
	continues    bool // the next paragraph re-opens the quote
	continuation bool // this quote re-opens one from the previous paragraph
}

func isDoubleOpen(t string) bool  { return t == "“" || t == "«" || t == "„" }
func isDoubleClose(t string) bool { return t == "”" || t == "»" || t == "‟" }

// directSpans pairs quotation marks. Curly and straight marks pair with each other (the seed has
// “…" pairs); straight marks toggle. A quote never runs past its paragraph: when the next
// paragraph opens with a mark, the quote continues there as a new span.
func (c *context) directSpans() []span {
	var out []span
	open := -1
	single := false
	emit := func(close, end int) {
		s := span{open: open, close: close, first: open + 1, end: end}
		if s.first < s.end {
			out = append(out, s)
		}
		open = -1
	}
	for i, t := range c.toks {
		if open >= 0 && c.para(i) != c.para(open) {
			// unclosed at the paragraph's end
			emit(-1, i)
			if isOpening(t.Text, true) {
				out[len(out)-1].continues = true
			}
		}
		txt := t.Text
		switch {
		case open < 0 && (isDoubleOpen(txt) || txt == "\"" && !nextIsSpace(c, i)):
			open, single = i, false
		case open < 0 && (txt == "‘" || txt == "'" && t.SpaceBefore && !nextIsSpace(c, i)) && hasCloserInSentence(c, i):
			open, single = i, true
		case open >= 0 && !single && (isDoubleClose(txt) || txt == "\""):
			emit(i, i)
		case open >= 0 && !single && isDoubleOpen(txt):
			emit(-1, i) // a new opening mark ends an unclosed quote
			open, single = i, false
		case open >= 0 && single && (txt == "’" || txt == "'") && (i+1 == len(c.toks) || c.toks[i+1].SpaceBefore || isPunct(c.toks[i+1].Text)):
			emit(i, i)
		}
	}
	if open >= 0 {
		emit(-1, len(c.toks))
	}
	for k := 1; k < len(out); k++ {
		if out[k-1].continues && out[k].open == out[k-1].end {
			out[k].continuation = true
		}
	}
	return out
}

func isOpening(t string, spaceBefore bool) bool {
	return isDoubleOpen(t) || t == "\"" || t == "‘"
}

func nextIsSpace(c *context, i int) bool {
	return i+1 >= len(c.toks) || c.toks[i+1].SpaceBefore
}

func hasCloserInSentence(c *context, i int) bool {
	s := c.doc.Sentences[c.toks[i].Sentence]
	for j := i + 1; j < s.EndToken; j++ {
		if t := c.toks[j].Text; (t == "’" || t == "'") && !c.toks[j].SpaceBefore {
			return true
		}
	}
	return false
}

func isPunct(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsPunct(r)
}

func (c *context) markQuoted(s span) {
	end := s.end
	if s.close >= 0 {
		end = s.close + 1
	}
	for i := s.open; i < end && i < len(c.quoted); i++ {
		c.quoted[i] = true
	}
}

// bytesOf returns the content bytes of a span, trimmed of space.
func (c *context) bytesOf(s span) (int, int) {
	return c.toks[s.first].ByteStart, c.toks[s.end-1].ByteEnd
}

// attributeDirect finds the speaker, cue and channel of a direct quote. It reports false for
// quoted words that are not speech (a title, a nickname, a scare quote).
func (c *context) attributeDirect(s span, prev *found) (found, bool) {
	bs, be := c.bytesOf(s)
	f := found{bs: bs, be: be, kind: "direct", cueTok: -1, para: c.para(s.first)}
	n := s.end - s.first
	if c.looksLikeTitle(s) {
		return f, false
	}
	// After the closing mark: `"…," he said` / `"…," said X` / `"…?" Mohie asked`.
	if s.close >= 0 {
		if cueAt, cueLen, sp, ok := c.cueAfter(s.close + 1); ok {
			f.cueTok, f.cueLen, f.speaker = cueAt, cueLen, sp
		}
	}
	// Quoted words inside a sentence with a reporting tail are the tail's: `… agreed to discuss
	// a "joint plan", the ministry said.`
	if f.cueTok < 0 {
		if j, n, comma, sp, ok := c.sentenceTail(c.toks[s.first].Sentence); ok && s.close >= 0 && s.close < comma {
			f.cueTok, f.cueLen, f.speaker = j, n, sp
		}
	}
	// Before the opening mark, in the same sentence: `X said: "…"`, `X told Y that "…"`.
	if f.cueTok < 0 {
		if cueAt, cueLen, sp, ok := c.cueBefore(s.open); ok {
			f.cueTok, f.cueLen, f.speaker = cueAt, cueLen, sp
		}
	}
	if f.cueTok < 0 {
		// No cue: a quote that continues one from the same or the previous paragraph keeps its
		// speaker; a long quote on its own is still speech; a short one is a scare quote.
		sameRun := prev != nil && (prev.para == f.para || prev.para == f.para-1 && s.continuation || prev.para == f.para-1 && s.open == c.doc.Sentences[c.firstSentenceOf(f.para)].FirstToken)
		if sameRun && prev.speaker.name != "" {
			f.speaker = prev.speaker
			f.speaker.bs, f.speaker.be = -1, -1
		} else if n < 6 {
			return f, false
		} else if s.open == c.doc.Sentences[c.firstSentenceOf(f.para)].FirstToken {
			// a paragraph that is a quote, after a paragraph about someone: theirs
			if e := c.firstPersonIn(f.para - 1); e >= 0 {
				f.speaker = c.fromEntity(e)
				f.speaker.bs, f.speaker.be = -1, -1
			}
		}
	}
	sent := c.toks[s.first].Sentence
	if f.cueTok >= 0 {
		sent = c.toks[f.cueTok].Sentence
	}
	f.channel = c.channel(sent, f.cueTok)
	f.chain = c.chain(sent, f.speaker)
	return f, true
}

// firstPersonIn returns the first named person of a paragraph outside quotes, or -1.
func (c *context) firstPersonIn(para int) int {
	if para < 0 {
		return -1
	}
	first := c.firstSentenceOf(para)
	for i := c.doc.Sentences[first].FirstToken; i < len(c.toks); i++ {
		t := c.toks[i]
		if c.doc.Sentences[t.Sentence].Paragraph != para {
			break
		}
		if c.quoted[i] {
			continue
		}
		if e := c.entAt[i]; e >= 0 && c.doc.Entities[e].Type == "PERSON" && !c.doc.Entities[e].Nominal {
			return e
		}
	}
	return -1
}

func (c *context) firstSentenceOf(para int) int {
	ss := c.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Paragraph >= para })
	if i == len(ss) {
		return 0
	}
	return i
}

// looksLikeTitle reports whether quoted words are a title or name ("The Crown", “Saeroon”):
// every word capitalised and no sentence punctuation.
func (c *context) looksLikeTitle(s span) bool {
	if s.end-s.first > 6 {
		return false
	}
	for i := s.first; i < s.end; i++ {
		t := c.toks[i].Text
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !connectorWords[t] {
			return false
		}
		if t == "," || t == "." || t == "?" || t == "!" {
			return false
		}
	}
	return true
}

var connectorWords = map[string]bool{"of": true, "the": true, "and": true, "in": true, "on": true, "a": true, "for": true, "to": true}

// cueAfter looks for `said X` / `X said` right after a closing mark.
func (c *context) cueAfter(i int) (int, int, speaker, bool) {
	if i >= len(c.toks) {
		return 0, 0, speaker{}, false
	}
	sent := c.toks[i-1].Sentence
	end := c.doc.Sentences[sent].EndToken
	if i < len(c.toks) && c.toks[i].Sentence != sent {
		return 0, 0, speaker{}, false // the quote ended its sentence: `"…." He added …` is a new one
	}
	if i < end && c.toks[i].Text == "," {
		i++
	}
	if i >= end {
		return 0, 0, speaker{}, false // `"b",` ends the text
	}
	if w := c.lower(i); w == "while" || w == "whereas" {
		return 0, 0, speaker{}, false // `"…," while X urged …`: a clause of someone else's
	}
	limit := i + 10
	if limit > end {
		limit = end
	}
	for j := i; j < limit; j++ {
		if c.toks[j].Text == "," && j > i+1 && !c.quoted[j] {
			// `NAME, the group's spokesman, said`: the cue after the apposition
			return c.cueAfterApposition(i, j, end)
		}
		if c.quoted[j] {
			break
		}
		_, n, ok := c.cueAt(j)
		if !ok {
			continue
		}
		if j == i || j == i+1 && adverbs[c.lower(i)] {
			// `"…," insisting that …`: a participle speaks for the subject of the clause it
			// hangs on, not for the words after it
			if first := c.doc.Sentences[sent].FirstToken; c.participle(first, j) && c.mainVerb(first, j) > first {
				if sp, ok := c.subject(first, j, j); ok {
					return j, n, sp, true
				}
			}
			// `said X`, `tweeted the cleric, who …`
			if sp, ok := c.npAfter(j+n, end); ok {
				return j, n, sp, true
			}
			if sp, ok := c.subject(c.doc.Sentences[sent].FirstToken, c.quoteStartBefore(i), j); ok {
				return j, n, sp, true
			}
			return j, n, speaker{bs: -1, be: -1}, true
		}
		// `X said`, `the minister told reporters`
		if sp, ok := c.np(i, j); ok {
			return j, n, sp, true
		}
		return 0, 0, speaker{}, false
	}
	return 0, 0, speaker{}, false
}

// cueAfterApposition reads `NAME, APPOSITION, said|told …` and `DESCRIPTION, NAME, said …`
// from the first part at [i, comma).
func (c *context) cueAfterApposition(i, comma, end int) (int, int, speaker, bool) {
	person := func(a, b int) int { // the person mention filling [a, b), or -1
		if e := c.entAt[a]; e >= 0 && c.entAt[b-1] == e && c.doc.Entities[e].Type == chronicle.Person {
			return e
		}
		return -1
	}
	first := person(i, comma)
	if first < 0 {
		if _, ok := c.description(i, comma); !ok {
			return 0, 0, speaker{}, false
		}
	}
	// an apposition may be long ("a 21-year-old law student at … and one of the union's
	// leaders"), but it is a noun phrase: a finite verb outside a relative clause ends it
	relative := false
	for k := comma + 1; k < end && k <= comma+24; k++ {
		if c.quoted[k] {
			break
		}
		relative = relative || relatives[c.lower(k)] || c.lower(k) == "that"
		if finiteTags[c.toks[k].Tag] && !relative {
			break
		}
		if c.toks[k].Text != "," {
			continue
		}
		_, n, ok := c.cueAt(k + 1)
		if !ok || k == comma+1 {
			break
		}
		if first >= 0 {
			return k + 1, n, c.fromEntity(first), true
		}
		if e := person(comma+1, k); e >= 0 { // "the EU's foreign policy chief, Marta Kallas, told"
			return k + 1, n, c.fromEntity(e), true
		}
		break
	}
	return 0, 0, speaker{}, false
}

// quoteStartBefore returns the opening mark of the quote that closes just before i.
func (c *context) quoteStartBefore(i int) int {
	j := i - 1
	for j > 0 && c.quoted[j-1] {
		j--
	}
	return j
}

// cueBefore finds the last cue before an opening mark in the same sentence and its subject.
func (c *context) cueBefore(open int) (int, int, speaker, bool) {
	sent := c.toks[open].Sentence
	start := c.doc.Sentences[sent].FirstToken
	for j := open - 1; j >= start; j-- {
		if c.quoted[j] {
			continue
		}
		if _, n, ok := c.cueAt(j); ok {
			if sp, ok := c.subject(start, j, j); ok {
				return j, n, sp, true
			}
			// `…, said X: "…"`; not `…, accusing the government of "…"`
			if sp, ok := c.npAfter(j+n, open); ok && c.toks[j].Tag != "VBG" {
				return j, n, sp, true
			}
			return j, n, speaker{bs: -1, be: -1}, true
		}
	}
	return 0, 0, speaker{}, false
}

var adverbs = map[string]bool{"also": true, "later": true, "then": true, "further": true, "again": true, "once": true, "earlier": true, "had": true, "has": true, "have": true, "was": true, "is": true}

// cueAt reports whether a cue starts at token i, and its length in tokens.
func (c *context) cueAt(i int) (cue, int, bool) {
	t := c.toks[i]
	for _, p := range c.lx.phrases[t.Text] {
		if i+len(p.toks) <= len(c.toks) {
			ok := true
			for k := 1; k < len(p.toks); k++ {
				if c.toks[i+k].Text != p.toks[k] {
					ok = false
					break
				}
			}
			if ok {
				return p.cue, len(p.toks), true
			}
		}
	}
	cl, ok := c.lx.forms[strings.ToLower(t.Text)]
	if !ok || !strings.HasPrefix(t.Tag, "VB") && t.Text != "said" && t.Text != "says" {
		return cue{}, 0, false
	}
	return cl, 1, true
}
