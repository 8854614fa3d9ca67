package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Segmenter is the stage that fills Document.Sentences and Document.Tokens.
type Segmenter struct{}

// Name implements chronicle.Stage.
func (Segmenter) Name() string { return "segment" }

// Process implements chronicle.Stage.
func (Segmenter) Process(doc *chronicle.Document) error {
	Segment(doc)
	return nil
}

// Segment fills doc.Tokens and doc.Sentences from doc.Text.
func Segment(doc *chronicle.Document) {
	s := doc.Text
	raw := tokenize(s, linePerParagraph(s))
	doc.Tokens = make([]chronicle.Token, len(raw))
	for i, t := range raw {
		doc.Tokens[i] = chronicle.Token{
			Text: s[t.start:t.end], ByteStart: t.start, ByteEnd: t.end,
			Start: doc.Rune(t.start), End: doc.Rune(t.end), SpaceBefore: t.spaceBefore,
		}
	}
	doc.Sentences = doc.Sentences[:0]
	para := 0
	first := 0
	emit := func(end int) {
		if end <= first {
			return
		}
		n := len(doc.Sentences)
		for k := first; k < end; k++ {
			doc.Tokens[k].Sentence = n
		}
		doc.Sentences = append(doc.Sentences, chronicle.Sentence{
			Span:       chronicle.Span{Start: doc.Tokens[first].Start, End: doc.Tokens[end-1].End},
			Paragraph:  para,
			FirstToken: first, EndToken: end,
		})
		first = end
	}
	for i := range raw {
		if raw[i].paraBreak && i > 0 {
			emit(i)
			para++
		}
		if i >= first && endsSentence(doc.Tokens, raw, i) {
			// Closing quotes and brackets after the terminal belong to this sentence.
			j := i + 1
			for j < len(raw) && !raw[j].paraBreak && isCloser(doc.Tokens[j].Text, raw[j].spaceBefore) {
				j++
			}
			if j < len(raw) && !raw[j].paraBreak && continuesSentence(doc.Tokens, i, j) {
				continue
			}
			emit(j)
		}
	}
	emit(len(raw))
}

// linePerParagraph reports whether the text has no blank lines but several lines, as in feeds
// that put one paragraph on each line.
func linePerParagraph(s string) bool {
	if strings.Count(s, "\n") < 2 {
		return false
	}
	for _, sep := range []string{"\n\n", "\n\r\n", "\n \n", "\n\t\n"} {
		if strings.Contains(s, sep) {
			return false
		}
	}
	return true
}

func endsSentence(toks []chronicle.Token, raw []rawToken, i int) bool {
	t := toks[i].Text
	switch t {
	case ".", "!", "?", "…", "...":
		return true
	}
	return strings.HasSuffix(t, ".") && IsAbbreviation(t) && !titleAbbrevs[strings.ToLower(strings.TrimSuffix(t, "."))]
}

// continuesSentence decides whether the text goes on after the terminal at i, with the next
// token at j.
func continuesSentence(toks []chronicle.Token, i, j int) bool {
	next := toks[j].Text
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true // "…?" he asked; "e.g. the"
	}
	if term := toks[i].Text; len(term) > 1 && term != "..." && strings.HasSuffix(term, ".") {
		// An abbreviation ends a sentence only before a word that usually starts one.
		return !sentenceStarters[next] && !IsOpeningQuote(next, true)
	}
	if j > i+1 && (toks[i].Text == "?" || toks[i].Text == "!") && j+1 < len(toks) {
		// "…?" Mohie asked.  A name or pronoun then a speech verb continue the sentence.
		if speechVerbs[toks[j+1].Text] || (j+2 < len(toks) && speechVerbs[toks[j+2].Text]) {
			return true
		}
	}
	if unicode.IsDigit(r) && toks[i].Text == "." && i > 0 && strings.HasSuffix(strings.ToLower(toks[i-1].Text), "no") {
		return true
	}
	return false
}

func isCloser(t string, spaceBefore bool) bool {
	switch t {
	case "”", "’", ")", "]", "»":
		return true
	case "\"", "'":
		return !spaceBefore
	}
	return false
}

// IsOpeningQuote reports whether a quotation mark token opens a quote. Straight marks open when
// preceded by space (or at the start) and close otherwise.
func IsOpeningQuote(t string, spaceBefore bool) bool {
	switch t {
	case "“", "‘", "«", "„":
		return true
	case "\"", "'":
		return spaceBefore
	}
	return false
}

// IsQuoteMark reports whether t is a quotation mark of any kind.
func IsQuoteMark(t string) bool {
	switch t {
	case "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‟", "``", "''":
		return true
	}
	return false
}

var sentenceStarters = map[string]bool{}
var speechVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("The A An He She It They We I In On At But And This That These Those There His Her Their Its Our Many Some Most Several Police Officials Meanwhile However After Before When While As If Earlier Later Last Speaking According Yet So Still Also Both Such One Two Three No") {
		sentenceStarters[w] = true
	}
	for _, w := range strings.Fields("said says asked asks added adds told tells wrote writes tweeted replied insisted continued explained noted warned argued") {
		speechVerbs[w] = true
	}
}
