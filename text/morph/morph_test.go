package morph

import (
	"strings"
	"testing"
)

func TestVerb(t *testing.T) {
	for v, want := range map[string]string{
		"say": "say says said said saying", "condemn": "condemn condemns condemned condemning",
		"deny": "deny denies denied denying", "slam": "slam slams slammed slamming",
		"note": "note notes noted noting", "push": "push pushes pushed pushing",
		// one syllable ending consonant-vowel-consonant doubles; two syllables or two vowels do not
		"swap": "swap swaps swapped swapping", "jab": "jab jabs jabbed jabbing",
		"visit": "visit visits visited visiting", "jail": "jail jails jailed jailing", "open": "open opens opened opening",
		// a prefix before an irregular verb keeps its forms
		"withhold": "withhold withholds withheld withheld withholding", "uphold": "uphold upholds upheld upheld upholding",
	} {
		if got := strings.Join(Verb(v), " "); got != want {
			t.Errorf("%s: %s, want %s", v, got, want)
		}
	}
	if got := strings.Join(Noun("rally"), " "); got != "rally rallies" {
		t.Error(got)
	}
	if got := strings.Join(Noun("march"), " "); got != "march marches" {
		t.Error(got)
	}
}
