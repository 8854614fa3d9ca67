package quote

import "testing"

func TestLexicon(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lemmas := map[string]bool{}
	for _, c := range lx.forms {
		lemmas[c.lemma] = true
	}
	for _, ps := range lx.phrases {
		for _, p := range ps {
			lemmas[p.cue.lemma] = true
		}
	}
	t.Logf("%d lemmas and phrases, %d forms", len(lemmas), lx.Len())
	if len(lemmas) < 150 {
		t.Errorf("only %d reporting verbs and phrases", len(lemmas))
	}
	for form, lemma := range map[string]string{"said": "say", "told": "tell", "tweeted": "tweet", "denies": "deny",
		"underlined": "underline", "noting": "note", "slammed": "slam", "insisting": "insist", "wrote": "write"} {
		if c, ok := lx.forms[form]; !ok || c.lemma != lemma {
			t.Errorf("%s: got %+v, want lemma %s", form, c, lemma)
		}
	}
	if lx.forms["tweeted"].channel != "Twitter" {
		t.Error("tweeted implies Twitter")
	}
}
