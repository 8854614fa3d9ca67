package quote

import (
	"strings"

	"github.com/chronicle-news/chronicle"
)

var sites = map[string]string{"Twitter": "Twitter", "X": "X", "Facebook": "Facebook", "Instagram": "Instagram",
	"Telegram": "Telegram", "YouTube": "YouTube", "TikTok": "TikTok", "WhatsApp": "WhatsApp", "Weibo": "Weibo",
	"Truth": "Truth Social", "LinkedIn": "LinkedIn", "Threads": "Threads", "Bluesky": "Bluesky"}

// channel finds how something was said, in the sentence of the cue: the cue itself ("tweeted"),
// "told <outlet>", "on Twitter", "in a (video) statement", "in an interview with X",
// "at a news conference".
func (c *context) channel(sent, cueTok int) string {
	if cueTok >= 0 {
		if cl, _, ok := c.cueAt(cueTok); ok && cl.channel != "" {
			return cl.channel
		}
	}
	s := c.doc.Sentences[sent]
	for i := s.FirstToken; i < s.EndToken; i++ {
		if c.quoted[i] {
			continue
		}
		t := c.toks[i].Text
		lt := strings.ToLower(t)
		switch {
		case lt == "told" || lt == "tells" || lt == "telling":
			for k := i + 1; k < s.EndToken && k < i+9 && !c.quoted[k] && c.toks[k].Text != ","; k++ {
				if e := c.entAt[k]; e >= 0 && c.doc.Entities[e].Type == chronicle.Org {
					return c.doc.Entities[e].Canonical
				}
				if c.toks[k].Text == "that" {
					break
				}
			}
		case sites[t] != "" && i > s.FirstToken && (c.lower(i-1) == "on" || c.lower(i-1) == "his" || c.lower(i-1) == "her" || c.lower(i-1) == "its" || c.lower(i-1) == "to" || i+1 < s.EndToken && c.lower(i+1) == "account" || i+1 < s.EndToken && c.lower(i+1) == "post"):
			return sites[t]
		case lt == "statement" && i >= 2 && (c.lower(i-1) == "a" || c.lower(i-2) == "a" || c.lower(i-1) == "joint"):
			if c.lower(i-1) == "video" || c.lower(i-1) == "televised" || c.lower(i-1) == "written" {
				return c.lower(i-1) + " statement"
			}
			return "statement"
		case lt == "interview" && i+2 < s.EndToken && c.lower(i+1) == "with":
			if e := c.entAt[i+2]; e >= 0 {
				return c.doc.Entities[e].Canonical
			}
			if i+3 < s.EndToken && c.entAt[i+3] >= 0 {
				return c.doc.Entities[c.entAt[i+3]].Canonical
			}
			return "interview"
		case (lt == "conference" || lt == "briefing") && i >= 2 && (c.lower(i-1) == "news" || c.lower(i-1) == "press" || c.lower(i-1) == "a"):
			return "news conference"
		case (lt == "television" || lt == "TV" || lt == "radio") && i >= 1 && (c.lower(i-1) == "state" || c.lower(i-1) == "on"):
			return lt
		}
	}
	return ""
}

// chain finds the reporting around a sentence: "according to X" (when X is not the speaker) and
// "X reported". X is an organisation's canonical name when it has one ("the Kurdish Rudaw media
// network" → Rudaw), else the words ("Iraqi media", "state media").
func (c *context) chain(sent int, sp speaker) []string {
	s := c.doc.Sentences[sent]
	var out []string
	add := func(x string) {
		if x == "" || x == sp.name {
			return
		}
		for _, y := range out {
			if y == x {
				return
			}
		}
		out = append(out, x)
	}
	for i := s.FirstToken; i < s.EndToken; i++ {
		if c.quoted[i] {
			continue
		}
		if c.lower(i) == "according" && i+1 < s.EndToken && c.lower(i+1) == "to" {
			add(c.reporter(i+2, c.phraseEnd(i+2, s.EndToken)))
		}
		if lt := c.lower(i); (lt == "reported" || lt == "reports" || lt == "reporting") && i > s.FirstToken {
			// ", the Kurdish Rudaw media network reported" — the reporter before the verb
			j := i
			for j > s.FirstToken && c.toks[j-1].Text != "," && !c.quoted[j-1] && i-j < 8 {
				j--
			}
			if j > s.FirstToken && c.toks[j-1].Text == "," || i == s.EndToken-2 || i == s.EndToken-1 {
				add(c.reporter(j, i))
			}
		}
	}
	return out
}

// phraseEnd ends a noun phrase at a comma, a quote or the sentence end.
func (c *context) phraseEnd(i, end int) int {
	j := i
	for j < end && c.toks[j].Text != "," && c.toks[j].Text != "." && !c.quoted[j] && j < i+8 {
		j++
	}
	return j
}

// reporter names who reported: an organisation mentioned in [i, j), else the words without
// their determiner.
func (c *context) reporter(i, j int) string {
	if i >= j {
		return ""
	}
	for k := i; k < j; k++ {
		if e := c.entAt[k]; e >= 0 && (c.doc.Entities[e].Type == chronicle.Org || c.doc.Entities[e].Type == chronicle.Person) {
			return c.doc.Entities[e].Canonical
		}
	}
	for i < j && determiners[c.toks[i].Text] {
		i++
	}
	if i >= j {
		return ""
	}
	return c.doc.Text[c.toks[i].ByteStart:c.toks[j-1].ByteEnd]
}

// sourceChain is the article's own chain: the dateline's outlet ("Alwaght- ", "(Reuters)") then
// who the lead sentence says reported it ("…, Press TV reported").
func (c *context) sourceChain() []string {
	if len(c.doc.Sentences) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(x string) {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	// the first sentence of the first body paragraph (skip a headline without a full stop)
	first := 0
	for i, s := range c.doc.Sentences {
		last := c.toks[s.EndToken-1].Text
		if last == "." || last == "”" || last == "\"" || i > 2 {
			first = i
			break
		}
	}
	s := c.doc.Sentences[first]
	for i := s.FirstToken; i < s.EndToken && i < s.FirstToken+8; i++ {
		if e := c.entAt[i]; e >= 0 {
			ent := c.doc.Entities[e]
			dateline := ent.Rule == "rule:dateline" && ent.Type == chronicle.Org
			inParens := i > s.FirstToken && c.toks[i-1].Text == "(" && ent.Type == chronicle.Org
			if dateline || inParens {
				add(ent.Canonical)
			}
		}
	}
	for _, x := range c.chain(first, speaker{}) {
		add(x)
	}
	return out
}
