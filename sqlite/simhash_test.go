package sqlite

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// referenceSimHash is SimHash as its comment defines it, written plainly: the fast version must
// give the same fingerprints, or stored near-duplicate indexes would stop matching.
func referenceSimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var v [64]int
	for i := 0; i+3 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(words[i] + " " + words[i+1] + " " + words[i+2]))
		x := h.Sum64()
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

func TestSimHashMatchesItsDefinition(t *testing.T) {
	texts := []string{"", "one two", "One two three", "Ünïcode WORDS, ÀÉÎ déjà-vu 2020 ok\xff\xfe bad bytes İstanbul ǅ"}
	files, _ := filepath.Glob("../testdata/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		if got, want := SimHash(text), referenceSimHash(text); got != want {
			t.Errorf("SimHash(%.40q) = %x, want %x", text, got, want)
		}
	}
}

func FuzzSimHash(f *testing.F) {
	f.Add("Millions of Iraqis rally in Baghdad")
	f.Add("ÀÉÎ déjà \xff x y z")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := SimHash(text), referenceSimHash(text); got != want {
			t.Errorf("SimHash(%q) = %x, want %x", text, got, want)
		}
	})
}

func BenchmarkSimHash(b *testing.B) {
	data, _ := os.ReadFile("../testdata/dev/seed.txt")
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.Run("fast", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			SimHash(text)
		}
	})
	b.Run("reference", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			referenceSimHash(text)
		}
	})
}
