package event

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/cameo"
)

// The lexicons are checked when they load, and a bad line is named by file and line.
func TestLexiconsNameTheBadLine(t *testing.T) {
	if _, err := loadActorNouns("nouns.tsv", []byte("troops\tMIL\n# comment\nsoldiers\tARMY\n")); err == nil || !strings.Contains(err.Error(), "nouns.tsv:3") {
		t.Errorf("an unknown role: %v", err)
	}
	if _, err := loadActorNouns("nouns.tsv", []byte("Troops\tMIL\n")); err == nil {
		t.Error("a capitalised noun loaded")
	}
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadTriggers("triggers.tsv", []byte("attack\tverb\t999\tobj\t\n"), ont); err == nil || !strings.Contains(err.Error(), "triggers.tsv:1") {
		t.Errorf("an unknown code: %v", err)
	}
	// a row after one that always applies is never reached
	if _, err := loadTriggers("triggers.tsv", []byte("march\tverb\t141\tnone\t\nmarch\tnoun\t141\tagainst\t\nmarch\tverb\t141\tagainst\t\n"), ont); err == nil || !strings.Contains(err.Error(), "triggers.tsv:3") {
		t.Errorf("a shadowed row: %v", err)
	}
	if _, err := loadTriggers("triggers.tsv", []byte("march\tverb\t141\tagainst\t\nmarch\tverb\t141\tnone\t\ngather\tverb\t141\tnone\toutside\ngather\tverb\t141\tagainst\t\n"), ont); err != nil {
		t.Errorf("specific rows first: %v", err)
	}
	nouns, err := loadActorNouns("actor_nouns.tsv", actorNounsTSV)
	if err != nil || nouns["troops"] != "MIL" || nouns["protesters"] != "CVL" {
		t.Errorf("the embedded nouns: %v", err)
	}
}
