package chronicle

import "unicode/utf8"

// offsetIndex converts byte offsets in Document.Text to code point offsets. For ASCII text it
// holds nothing and conversion is the identity.
type offsetIndex struct {
	ascii bool
	runes []int32 // runes[b] = code points that start before byte b, for b in [0, len(text)]
}

func newOffsetIndex(text string) *offsetIndex {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return &offsetIndex{ascii: true}
	}
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		idx[i] = n
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	idx[len(text)] = n
	return &offsetIndex{runes: idx}
}

// Rune returns the code point offset of byte offset b in d.Text. b must lie on a rune boundary.
func (d *Document) Rune(b int) int {
	if d.index == nil {
		d.index = newOffsetIndex(d.Text)
	}
	if d.index.ascii {
		return b
	}
	return int(d.index.runes[b])
}

// SpanText returns the text of a code point span, for tests and tools.
func SpanText(text string, start, end int) string {
	r := []rune(text)
	if start < 0 || end > len(r) || start > end {
		return ""
	}
	return string(r[start:end])
}

// EntityAt returns, for each token, the index of the entity mention that covers it, or -1.
// Entities must be sorted by position, as the entity stage leaves them.
func (d *Document) EntityAt() []int {
	at := make([]int, len(d.Tokens))
	for i := range at {
		at[i] = -1
	}
	k := 0
	for ei, e := range d.Entities {
		for k < len(d.Tokens) && d.Tokens[k].ByteEnd <= e.ByteStart {
			k++
		}
		for j := k; j < len(d.Tokens) && d.Tokens[j].ByteStart < e.ByteEnd; j++ {
			if at[j] < 0 {
				at[j] = ei
			}
		}
	}
	return at
}
