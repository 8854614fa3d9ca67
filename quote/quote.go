// Package quote finds direct and reported speech in a document: the quoted or reported text, its
// speaker resolved to a named entity, the cue verb, the channel ("told Al Jazeera", "tweeted") and
// the chain of reporting around it ("Press TV reported", "according to Iraqi media").
package quote

import (
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Stage is the quote stage. It is safe for concurrent use.
type Stage struct{ lx *lexicon }

// New returns the quote stage with the embedded cue lexicon.
func New() (*Stage, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return &Stage{lx: lx}, nil
}

// Name implements chronicle.Stage.
func (*Stage) Name() string { return "quotes" }

// Process implements chronicle.Stage.
func (st *Stage) Process(doc *chronicle.Document) error {
	c := newContext(st.lx, doc)
	direct := c.directSpans()
	for _, q := range direct {
		c.markQuoted(q)
	}
	var quotes []found
	var prev *found
	for i := range direct {
		f, ok := c.attributeDirect(direct[i], prev)
		if !ok {
			continue
		}
		quotes = append(quotes, f)
		prev = &quotes[len(quotes)-1]
		if f.cueTok >= 0 && f.cueTok > direct[i].first {
			c.usedCue[f.cueTok] = true // `"…," he said`: the cue is the quote's
		}
	}
	quotes = append(quotes, c.indirect()...)
	sortFound(quotes)
	continueSpeakers(quotes)
	c.resolveDescriptions(quotes)
	doc.Quotes = doc.Quotes[:0]
	for _, f := range quotes {
		doc.Quotes = append(doc.Quotes, c.output(f))
	}
	doc.SourceChain = c.sourceChain()
	return nil
}

// found is a quote before output, in token and byte terms.
type found struct {
	bs, be  int // content bytes
	kind    string
	speaker speaker
	cueTok  int // first token of the cue, -1 for none
	cueLen  int
	channel string
	chain   []string
	para    int
}

// speaker is who said it: a span of the text and the name it resolves to.
type speaker struct {
	bs, be  int // -1 when not in the text
	name    string
	actor   string
	person  bool // a person (named or described), not a body
	pronoun bool // he, she, it, they
	plural  bool // they
	ref     int  // a pronoun's: where the mention it resolved to starts (0: none found)
}

func (c *context) output(f found) chronicle.Quote {
	d := c.doc
	q := chronicle.Quote{
		Text: d.Text[f.bs:f.be], Start: d.Rune(f.bs), End: d.Rune(f.be), Kind: f.kind,
		Channel: f.channel, AccordingTo: f.chain,
	}
	if f.speaker.name != "" {
		sp := &chronicle.Speaker{Name: f.speaker.name, Actor: f.speaker.actor}
		if f.speaker.bs >= 0 {
			sp.Text, sp.Start, sp.End = d.Text[f.speaker.bs:f.speaker.be], d.Rune(f.speaker.bs), d.Rune(f.speaker.be)
		}
		q.Speaker = sp
	}
	if f.cueTok >= 0 {
		a, b := c.toks[f.cueTok].ByteStart, c.toks[f.cueTok+f.cueLen-1].ByteEnd
		q.Cue = &chronicle.TextSpan{Text: d.Text[a:b], Start: d.Rune(a), End: d.Rune(b)}
	}
	return q
}

func sortFound(fs []found) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].bs < fs[j-1].bs; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// context holds per-document indexes.
type context struct {
	lx     *lexicon
	doc    *chronicle.Document
	toks   []chronicle.Token
	entAt  []int  // token → entity index, -1 for none
	quoted []bool // token inside a direct quote (marks included)
	// usedCue marks cue tokens that attribute a direct quote, so they don't start a clause too.
	usedCue map[int]bool
	roled   []int                   // persons introduced with a role, in text order
	orgsIn  map[int]map[string]bool // sentence → organisations it names
	// resolvingIt guards the subject search that resolves "it" against resolving another "it"
	resolvingIt bool
}

func newContext(lx *lexicon, doc *chronicle.Document) *context {
	c := &context{lx: lx, doc: doc, toks: doc.Tokens, usedCue: map[int]bool{}}
	c.entAt = doc.EntityAt()
	c.quoted = make([]bool, len(doc.Tokens))
	c.orgsIn = map[int]map[string]bool{}
	for ei, e := range doc.Entities {
		if e.Type == chronicle.Person && !e.Nominal && e.Role != "" {
			c.roled = append(c.roled, ei)
		}
		if e.Type == chronicle.Org {
			s := c.sentenceOf(ei)
			if c.orgsIn[s] == nil {
				c.orgsIn[s] = map[string]bool{}
			}
			c.orgsIn[s][e.Canonical] = true
		}
	}
	return c
}

func (c *context) para(i int) int { return c.doc.Sentences[c.toks[i].Sentence].Paragraph }

func (c *context) lower(i int) string { return strings.ToLower(c.toks[i].Text) }

// resolveDescriptions gives a body named only by its noun and left unresolved ("the ministry
// added", "according to the party") the name of the last speaker before it whose name ends in
// that noun ("Peru's foreign ministry", "United Democratic Party"). quotes are in text order.
func (c *context) resolveDescriptions(quotes []found) {
	for i := range quotes {
		sp := &quotes[i].speaker
		if sp.bs < 0 || sp.name != c.doc.Text[sp.bs:sp.be] {
			continue
		}
		words := strings.Fields(strings.ToLower(sp.name))
		if len(words) != 2 || words[0] != "the" || orgNouns[words[1]] == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			prev := quotes[j].speaker
			pw := strings.Fields(strings.ToLower(prev.name))
			if len(pw) > 1 && pw[len(pw)-1] == words[1] && prev.bs < sp.bs {
				sp.name, sp.actor = prev.name, prev.actor
				break
			}
		}
	}
}
