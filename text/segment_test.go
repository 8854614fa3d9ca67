package text

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func segment(s string) *chronicle.Document {
	d := chronicle.NewDocument(chronicle.Article{Text: s})
	Segment(d)
	return d
}

func sentences(d *chronicle.Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, chronicle.SpanText(d.Text, s.Start, s.End))
	}
	return out
}

func tokens(d *chronicle.Document) []string {
	var out []string
	for _, t := range d.Tokens {
		out = append(out, t.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"abbreviations", "Lt. Gen. Qassem Soleimani was killed. Dr. Ali Hassan said so.",
			[]string{"Lt. Gen. Qassem Soleimani was killed.", "Dr. Ali Hassan said so."}},
		{"U.S. inside", "The U.S. military left. Troops went home.",
			[]string{"The U.S. military left.", "Troops went home."}},
		{"U.S. at the end", "He moved to the U.S. The move was final.",
			[]string{"He moved to the U.S.", "The move was final."}},
		{"dateline", "BAGHDAD (Reuters) - Thousands marched on Friday. Police watched.",
			[]string{"BAGHDAD (Reuters) - Thousands marched on Friday.", "Police watched."}},
		{"closing quote stays", `"We will win." The crowd cheered.`,
			[]string{`"We will win."`, "The crowd cheered."}},
		{"question then cue", `"How could he?" Mohie asked. "He must go."`,
			[]string{`"How could he?" Mohie asked.`, `"He must go."`}},
		{"question then lower case", `“Why now?” he asked.`,
			[]string{`“Why now?” he asked.`}},
		{"paragraphs", "Salih angers nation\n\nOn Wednesday, Salih met Trump.",
			[]string{"Salih angers nation", "On Wednesday, Salih met Trump."}},
		{"decimal and ellipsis", "Growth was 3.5 percent... Analysts were surprised.",
			[]string{"Growth was 3.5 percent...", "Analysts were surprised."}},
		{"a letter after a lower-case word ends the sentence", "He wrote on X. Kenya responded.",
			[]string{"He wrote on X.", "Kenya responded."}},
		{"an initial after a name does not", "John F. Kennedy spoke. Jorge A. Perez left.",
			[]string{"John F. Kennedy spoke.", "Jorge A. Perez left."}},
		{"brackets in quote", `"It will expel them [US troops] from Iraq. This is the will," he said.`,
			[]string{`"It will expel them [US troops] from Iraq.`, `This is the will," he said.`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentences(segment(c.in))
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	cases := map[string]string{
		"Muqtada al-Sadr's call":      "Muqtada|al-Sadr|'s|call",
		"Iraq’s Popular Mobilization": "Iraq|’s|Popular|Mobilization",
		"won't die":                   "wo|n't|die",
		"Kata'ib Hezbollah":           "Kata'ib|Hezbollah",
		"Alwaght- Millions":           "Alwaght|-|Millions",
		"the Salih-Trump meeting":     "the|Salih-Trump|meeting",
		"our martyrs' blood":          "our|martyrs|'|blood",
		"“million-man march”":         "“|million-man|march|”",
		"1,000 people, 3.5%":          "1,000|people|,|3.5|%",
		"U.S.-led forces":             "U.S.-led|forces",
		"(PMUF, among others":         "(|PMUF|,|among|others",
		"Sept. 23 (AP) —":             "Sept.|23|(|AP|)|—",
		"said: \"no\"":                "said|:|\"|no|\"",
		"@UN_News and #Iraq":          "@UN_News|and|#Iraq",
		"Hashd al-Sha’abi":            "Hashd|al-Sha’abi",
		"end.":                        "end|.",
	}
	for in, want := range cases {
		if got := strings.Join(tokens(segment(in)), "|"); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// TestOffsets checks that every token and sentence span is the text it claims, in code points,
// on text with multi-byte characters.
func TestOffsets(t *testing.T) {
	d := segment("BRASÍLIA — O “Supremo” decidiu. Hashd al-Sha’abi said “no”.\n\nZürich: 5 €.")
	runes := []rune(d.Text)
	for _, tok := range d.Tokens {
		if got := string(runes[tok.Start:tok.End]); got != tok.Text {
			t.Errorf("token %q has span text %q", tok.Text, got)
		}
		if d.Text[tok.ByteStart:tok.ByteEnd] != tok.Text {
			t.Errorf("token %q has byte text %q", tok.Text, d.Text[tok.ByteStart:tok.ByteEnd])
		}
	}
	for _, s := range d.Sentences {
		if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
			t.Errorf("bad sentence span %+v", s)
		}
	}
	if d.Sentences[len(d.Sentences)-1].Paragraph != 1 {
		t.Errorf("last sentence should be in paragraph 1: %+v", d.Sentences)
	}
}

func TestLinePerParagraph(t *testing.T) {
	d := segment("First line without a stop\nSecond line here\nThird line")
	if len(d.Sentences) != 3 {
		t.Errorf("want 3 sentences, one per line, got %q", sentences(d))
	}
}

func TestEmptyAndSpace(t *testing.T) {
	for _, s := range []string{"", "   \n\n\t", "\u200b"} {
		d := segment(s)
		if len(d.Tokens) != 0 || len(d.Sentences) != 0 {
			t.Errorf("%q: want nothing, got %d tokens", s, len(d.Tokens))
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Lt. Gen. X said. “Yes”", "U.S.-led... (a) [b] 'c' n't", "\xff\xfe broken", "a.b.c. D.", "--- —— '' \"\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8Valid(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		d := segment(s)
		runes := []rune(d.Text)
		prevEnd := 0
		for _, tok := range d.Tokens {
			if tok.Start < prevEnd || tok.End > len(runes) || tok.Start >= tok.End {
				t.Fatalf("bad token span %+v in %q", tok, s)
			}
			if string(runes[tok.Start:tok.End]) != tok.Text {
				t.Fatalf("token %q != span %q", tok.Text, string(runes[tok.Start:tok.End]))
			}
			prevEnd = tok.End
		}
		n := 0
		for _, se := range d.Sentences {
			n += se.EndToken - se.FirstToken
		}
		if n != len(d.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", n, len(d.Tokens))
		}
	})
}
