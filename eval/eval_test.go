package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/pipeline"
)

func TestCounts(t *testing.T) {
	c := eval.Counts{TP: 8, FP: 2, FN: 8}
	if c.Precision() != 0.8 || c.Recall() != 0.5 {
		t.Errorf("P %v R %v", c.Precision(), c.Recall())
	}
	if f := c.F1(); f < 0.615 || f > 0.616 {
		t.Errorf("F1 %v", f)
	}
	if (eval.Counts{}).F1() != 0 {
		t.Error("empty counts must score 0, not NaN")
	}
}

func TestScoreEntitiesUsesAliases(t *testing.T) {
	g := &eval.Gold{
		Entities: map[string][]string{"PERSON": {"Muqtada al-Sadr"}, "GPE": {"Iraq", "Baghdad"}},
		Aliases:  map[string][]string{"Muqtada al-Sadr": {"Sadr", "the cleric"}},
	}
	doc := &chronicle.Document{Entities: []chronicle.Entity{
		{Text: "Sadr", Type: "PERSON"},                      // alias: counts as the full name
		{Text: "the cleric", Type: "PERSON", Nominal: true}, // descriptions are not scored
		{Text: "Iraq", Type: "GPE"},
		{Text: "Iraq", Type: "GPE"}, // distinct names: counted once
		{Text: "Baghdad", Type: "ORG"},
	}}
	tb := eval.ScoreEntities(g, doc)
	if got := tb.Total(); got != (eval.Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("got %+v, want TP 2 FP 1 FN 1", got)
	}
}

func TestReadConll(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n. . O O\n\n" +
		"Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n"
	path := filepath.Join(t.TempDir(), "x.conll")
	os.WriteFile(path, []byte(in), 0o644)
	docs, err := eval.ReadConll(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Text != "EU rejects German call.\nPeter Blackburn" {
		t.Fatalf("got %d docs, text %q", len(docs), docs[0].Text)
	}
	doc := &chronicle.Document{Entities: []chronicle.Entity{
		{Text: "EU", Type: "ORG", Start: 0, End: 2},
		{Text: "German", Type: "NORP", Start: 11, End: 17},
		{Text: "Peter", Type: "PERSON", Start: 24, End: 29}, // partial span: wrong
	}}
	tb := eval.ScoreConll(docs[0], doc)
	if got := tb.Total(); got != (eval.Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("got %+v, want TP 2 FP 1 FN 1 (errors %v)", got, tb.Errors)
	}
}

// TestQualityFloor keeps the measured quality from sliding back: entity and quote F1 on the seed
// article and on the held-out articles (never tuned on) must stay above the issues' bars, and so
// must event F1 on the held-out sentences.
func TestQualityFloor(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	score := func(glob string) (*eval.Table, *eval.QuoteScores, *eval.EventScores) {
		files, _ := filepath.Glob(glob)
		if len(files) == 0 {
			t.Fatalf("no gold files match %s", glob)
		}
		ents, quotes, events := eval.NewTable(""), eval.NewQuoteScores(), eval.NewEventScores()
		for _, f := range files {
			g, err := eval.LoadGold(f)
			if err != nil {
				t.Fatal(err)
			}
			text, err := os.ReadFile(g.TextPath)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := pipeline.Analyze(p, chronicle.Article{Text: string(text), Published: g.Metadata.Published})
			if err != nil {
				t.Fatal(err)
			}
			ents.Merge(eval.ScoreEntities(g, doc))
			quotes.Merge(eval.ScoreQuotes(g, doc))
			events.Merge(eval.ScoreEvents(g, doc))
		}
		return ents, quotes, events
	}
	for _, c := range []struct {
		glob                                      string
		entities, quotes, speakers, events, dates float64
	}{
		{"../testdata/dev/seed.gold.json", 0.90, 0.90, 0.90, 0.70, 0.99},
		// the whole dev set (tuned on): events and the share of dated events dated right
		{"../testdata/dev/*.gold.json", 0.90, 0.90, 0.85, 0.85, 0.80},
		// the articles written for the fourth events pass (annotated before the system ran on them)
		{"../testdata/devnew/*.gold.json", 0.80, 0.80, 0, 0.88, 0.60},
		// the articles written for the sixth events pass (annotated before the system ran on them;
		// blind event F1 0.651, 0.839 after the pass, 0.871 after the seventh)
		{"../testdata/devnew2/*.gold.json", 0.85, 0.80, 0, 0.84, 0.60},
		// the articles written for the seventh events pass (annotated before the system ran on
		// them; blind event F1 0.504, 0.691 after the pass). Their gold lists the quotes the
		// events need, not every reported statement, hence the low quote floor
		{"../testdata/devnew3/*.gold.json", 0.85, 0.55, 0, 0.66, 0.60},
		// the articles written for the eighth events pass (annotated before the system ran on
		// them; blind event F1 0.595, 0.784 after the pass)
		{"../testdata/devnew4/*.gold.json", 0.85, 0.70, 0, 0.75, 0.60},
		// articles by an annotator who never ran the system, a blind check of the eighth pass
		// (event F1 0.791 before it, 0.808 after; speaker accuracy 0.899 → 0.949 with the quote
		// fixes of the same session)
		{"../testdata/devnew5/*.gold.json", 0.88, 0.88, 0.92, 0.78, 0.60},
		// the same way, for the ninth and tenth passes (event F1 0.629 blind, 0.764 after)
		{"../testdata/devnew6/*.gold.json", 0.90, 0.92, 0.85, 0.72, 0.60},
		// the same way, for the eleventh pass (event F1 0.584 blind, 0.828 after; speakers
		// 0.875 → 0.978 with the quote fixes of the same session)
		{"../testdata/devnew7/*.gold.json", 0.90, 0.93, 0.93, 0.78, 0.75},
		// the same way, for the twelfth pass (event F1 0.556 blind, 0.613 after)
		{"../testdata/devnew8/*.gold.json", 0.87, 0.88, 0.83, 0.57, 0.55},
		// the same way, measured blind after the eleventh and twelfth passes (event F1 0.528 and
		// 0.523), then tuned on in the thirteenth (0.636)
		{"../testdata/devnew9/*.gold.json", 0.88, 0.92, 0.83, 0.58, 0.75},
		// the same way, measured blind at the start of a session's work and after part of it
		// (event F1 0.606 and 0.618; 0.567 and 0.567; 0.556 and 0.556), then tuned on
		{"../testdata/devnew10/*.gold.json", 0.90, 0.93, 0.86, 0.74, 0.75},
		{"../testdata/devnew11/*.gold.json", 0.93, 0.92, 0.89, 0.60, 0.70},
		{"../testdata/devnew12/*.gold.json", 0.90, 0.89, 0.86, 0.68, 0.65},
		// written at the end of the session as a last blind check (event F1 0.548; 0.538 with the
		// session's first code), then tuned on
		{"../testdata/devnew13/*.gold.json", 0.91, 0.90, 0.80, 0.61, 0.60},
		// four sets written blind, measured with the session's first code and when each arrived
		// (event F1 0.500 and 0.496; 0.453 and 0.437; 0.694 and 0.706; 0.407 and 0.464), then
		// tuned on
		{"../testdata/devnew14/*.gold.json", 0.89, 0.92, 0.87, 0.65, 0.90},
		{"../testdata/devnew15/*.gold.json", 0.88, 0.95, 0.91, 0.60, 0.85},
		{"../testdata/devnew16/*.gold.json", 0.86, 0.91, 0.90, 0.77, 0.70},
		{"../testdata/devnew17/*.gold.json", 0.89, 0.94, 0.88, 0.59, 0.80},
		// written at the end of the session as a last blind check (event F1 0.641 and 0.656;
		// 0.647 and 0.662 with the session's first and last code)
		{"../testdata/devnew18/*.gold.json", 0.84, 0.89, 0.80, 0.70, 0.70},
		{"../testdata/devnew19/*.gold.json", 0.90, 0.93, 0.80, 0.66, 0.60},
		// four sets written blind, measured with the session's first code and when each arrived
		// (event F1 0.563 and 0.563; 0.686 and 0.675; 0.721 and 0.728; 0.620 and 0.634), then
		// tuned on (devnew20 dates 0.60: two more matched events carry background dates)
		{"../testdata/devnew20/*.gold.json", 0.91, 0.94, 0.86, 0.67, 0.60},
		{"../testdata/devnew21/*.gold.json", 0.88, 0.92, 0.80, 0.74, 0.82},
		{"../testdata/devnew22/*.gold.json", 0.92, 0.94, 0.86, 0.76, 0.70},
		{"../testdata/devnew23/*.gold.json", 0.93, 0.95, 0.91, 0.68, 0.83},
		// the fifth session's last blind checks (event F1 0.579 and 0.583 with its first code,
		// 0.609 and 0.588 with its last), tuned on in the sixth (0.694 and 0.765)
		{"../testdata/devnew24/*.gold.json", 0.87, 0.92, 0.87, 0.63, 0.65},
		{"../testdata/devnew25/*.gold.json", 0.87, 0.92, 0.93, 0.73, 0.76},
		// written blind in the sixth session, measured with its first code and on arrival (event
		// F1 0.620 and 0.620; 0.627 and 0.632; 0.544 and 0.561), then tuned on
		{"../testdata/devnew26/*.gold.json", 0.89, 0.94, 0.80, 0.62, 0.62},
		{"../testdata/devnew27/*.gold.json", 0.91, 0.93, 0.90, 0.72, 0.88},
		{"../testdata/devnew30/*.gold.json", 0.87, 0.90, 0.75, 0.62, 0.72},
		// the sixth session's blind checks, never tuned on (event F1 with its first code / its
		// last: 0.577 / 0.601, 0.637 / 0.647, 0.496 / 0.540)
		{"../testdata/devnew28/*.gold.json", 0.87, 0.93, 0.77, 0.55, 0.55},
		{"../testdata/devnew29/*.gold.json", 0.87, 0.91, 0.83, 0.61, 0.70},
		{"../testdata/devnew31/*.gold.json", 0.87, 0.95, 0.87, 0.51, 0.69},
		// events on the held-out set: a guard against regressions, loose on purpose (a guard close
		// to the score tells whoever trips it how a change fares on held-out data); the goal is 0.60
		{"../testdata/heldout/*.gold.json", 0.80, 0.80, 0, 0.56, 0.70},
	} {
		ents, quotes, events := score(c.glob)
		name := strings.TrimPrefix(c.glob, "../")
		e, q := ents.Total(), quotes.Overlap.Total()
		t.Logf("%s: entity F1 %.3f, quote F1 %.3f, speaker accuracy %.3f, event F1 %.3f", name, e.F1(), q.F1(), quotes.SpeakerAccuracy(), events.Triples.Total().F1())
		if e.F1() < c.entities {
			t.Errorf("%s: entity F1 %.3f < %.2f", name, e.F1(), c.entities)
		}
		if q.F1() < c.quotes {
			t.Errorf("%s: quote F1 %.3f < %.2f", name, q.F1(), c.quotes)
		}
		if ev := events.Triples.Total(); ev.F1() < c.events {
			t.Errorf("%s: event F1 %.3f < %.2f", name, ev.F1(), c.events)
		}
		if events.Dated > 0 && float64(events.DateRight)/float64(events.Dated) < c.dates {
			t.Errorf("%s: dates right on %d/%d < %.2f", name, events.DateRight, events.Dated, c.dates)
		}
		if quotes.SpeakerAccuracy() < c.speakers {
			t.Errorf("%s: speaker accuracy %.3f < %.2f", name, quotes.SpeakerAccuracy(), c.speakers)
		}
	}
	// CoNLL-2003 entity files: news and politics were written for Chronicle (politics annotated
	// before the system ran on it, 0.842 then); wire is sport and market tables
	for file, floor := range map[string]float64{"news.conll": 0.88, "politics.conll": 0.87, "wire.conll": 0.80, "orgs.conll": 0.93, "orgs2.conll": 0.89} {
		docs, err := eval.ReadConll(filepath.Join("../testdata/conll", file))
		if err != nil {
			t.Fatal(err)
		}
		table := eval.NewTable(file)
		for _, d := range docs {
			doc, err := pipeline.Analyze(p, chronicle.Article{Text: d.Text})
			if err != nil {
				t.Fatal(err)
			}
			table.Merge(eval.ScoreConll(d, doc))
		}
		if f := table.Total().F1(); f < floor {
			t.Errorf("%s: entity F1 %.3f < %.2f", file, f, floor)
		}
	}
	set, err := eval.ReadSentences("../testdata/sentences/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	scores := eval.NewSentenceScores()
	for _, g := range set {
		doc, err := pipeline.Analyze(p, chronicle.Article{Text: g.Text})
		if err != nil {
			t.Fatal(err)
		}
		scores.Merge(eval.ScoreSentence(g, doc))
	}
	tr, pl := scores.Triples.Total(), scores.Plover.Total()
	t.Logf("held-out sentences: event F1 %.3f, PLOVER type P %.3f R %.3f", tr.F1(), pl.Precision(), pl.Recall())
	if tr.F1() < 0.80 || pl.Precision() < 0.50 || pl.Recall() < 0.50 {
		t.Errorf("held-out sentences: event F1 %.3f < 0.80 or PLOVER P %.3f / R %.3f < 0.50", tr.F1(), pl.Precision(), pl.Recall())
	}
}

func TestReadAndScoreSentences(t *testing.T) {
	in := `{"text": "Israeli troops shot a Palestinian.", "events": [{"source": "ISRMIL", "target": "PSE", "code": "193", "plover": "ASSAULT"}]}

{"text": "The weather was fine.", "events": []}
`
	path := filepath.Join(t.TempDir(), "s.jsonl")
	os.WriteFile(path, []byte(in), 0o644)
	set, err := eval.ReadSentences(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(set) != 2 || set[1].Line != 3 || len(set[0].Events) != 1 {
		t.Fatalf("got %+v", set)
	}
	ev := func(src, tgt, code, root, plover string) chronicle.Event {
		return chronicle.Event{Code: code, Root: root, Plover: plover,
			Source: &chronicle.EventActor{Code: src}, Target: &chronicle.EventActor{Code: tgt}}
	}
	negated := ev("ISRMIL", "PSE", "190", "19", "ASSAULT")
	negated.Negated = true
	doc := &chronicle.Document{Events: []chronicle.Event{
		ev("ISR", "PSECVL", "190", "19", "ASSAULT"), // countries and root match: found
		ev("ISR", "PSE", "190", "19", "ASSAULT"),    // coded twice: a false positive
		ev("ISR", "PSE", "010", "01", ""),           // no PLOVER type: only a triple FP
		negated,                                     // did not happen: not a prediction
	}}
	s := eval.ScoreSentence(set[0], doc)
	if got := s.Triples.Total(); got != (eval.Counts{TP: 1, FP: 2}) {
		t.Errorf("triples %+v, want TP 1 FP 2", got)
	}
	if got := s.Plover.Total(); got != (eval.Counts{TP: 1, FP: 1}) {
		t.Errorf("PLOVER %+v, want TP 1 FP 1", got)
	}
	s = eval.ScoreSentence(set[1], &chronicle.Document{})
	if got := s.Triples.Total(); got != (eval.Counts{}) {
		t.Errorf("negative sentence %+v, want nothing", got)
	}
	if _, err := eval.ReadSentences(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("a missing file must fail")
	}
	os.WriteFile(path, []byte("{\"text\": \"x\"}\nnot json\n"), 0o644)
	if _, err := eval.ReadSentences(path); err == nil || !strings.Contains(err.Error(), ":2:") {
		t.Errorf("error %v should name line 2", err)
	}
}

// TestOptionalDoesNotTakeARequiredMatch: a prediction that fits a required gold event and an
// optional alternative reading of it (same triple and evidence) matches the required one.
func TestOptionalDoesNotTakeARequiredMatch(t *testing.T) {
	text := "Amorim travelled to Caracas and met Maduro."
	doc := &chronicle.Document{Article: chronicle.Article{Text: text}, Sentences: []chronicle.Sentence{{Span: chronicle.Span{Start: 0, End: len(text)}}}}
	doc.Events = []chronicle.Event{{Code: "040", Root: "04", Sentence: 0,
		Source: &chronicle.EventActor{Code: "BRAGOV"}, Target: &chronicle.EventActor{Code: "VENGOV"}}}
	g := &eval.Gold{TextPath: "x.txt", Events: []eval.GoldEvent{
		{ID: "visit", Source: "BRAGOV", Target: "VENGOV", Code: "042", Evidence: "met Maduro"},
		{ID: "meet", Source: "BRAGOV", Target: "VENGOV", Code: "040", Evidence: "met Maduro", Optional: true},
	}}
	c := eval.ScoreEvents(g, doc).Triples.Get("events")
	if c.TP != 1 || c.FN != 0 || c.FP != 0 {
		t.Errorf("want 1 TP and no FN, got TP %d FP %d FN %d", c.TP, c.FP, c.FN)
	}
}

// TestAlternativeRoots: a prediction with the root of a gold event's alternative code is wrong
// on the strict table and right on the one that accepts the alternatives; a root that is in
// neither is wrong on both.
func TestAlternativeRoots(t *testing.T) {
	text := "The EU called on Minsk to release the activists."
	doc := &chronicle.Document{Article: chronicle.Article{Text: text}, Sentences: []chronicle.Sentence{{Span: chronicle.Span{Start: 0, End: len(text)}}}}
	event := func(code string) chronicle.Event {
		return chronicle.Event{Code: code, Root: code[:2], Sentence: 0,
			Source: &chronicle.EventActor{Code: "IGO"}, Target: &chronicle.EventActor{Code: "BLRGOV"}}
	}
	g := &eval.Gold{TextPath: "x.txt", Events: []eval.GoldEvent{
		{ID: "appeal", Source: "IGO", Target: "BLRGOV", Code: "0253", Alt: []string{"1053"}, Evidence: "called on Minsk to release the activists"},
	}}
	for _, c := range []struct {
		code         string
		strict, alts eval.Counts
	}{
		{"0253", eval.Counts{TP: 1}, eval.Counts{TP: 1}},
		{"1053", eval.Counts{FP: 1, FN: 1}, eval.Counts{TP: 1}},
		{"111", eval.Counts{FP: 1, FN: 1}, eval.Counts{FP: 1, FN: 1}},
	} {
		doc.Events = []chronicle.Event{event(c.code)}
		s := eval.ScoreEvents(g, doc)
		if got := s.Triples.Total(); got != c.strict {
			t.Errorf("%s strict: got %+v, want %+v", c.code, got, c.strict)
		}
		if got := s.AltTriples.Total(); got != c.alts {
			t.Errorf("%s with alternatives: got %+v, want %+v", c.code, got, c.alts)
		}
	}
}
