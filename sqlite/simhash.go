package sqlite

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// SimHash is a 64-bit fingerprint of a text's word 3-shingles: near-identical texts (a wire
// copy with another dateline or a changed sentence) differ in a few bits. Words are maximal runs
// of letters and digits, lower-cased; a shingle is hashed with FNV-1a over "w1 w2 w3"; each bit
// of the fingerprint is the majority vote of that bit over all shingles.
func SimHash(text string) uint64 {
	// the lower-cased words, end to end, and where each ends
	buf := make([]byte, 0, len(text))
	var ends []int32
	inWord := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			buf = append(buf, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r)+'a'-'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		default:
			if inWord {
				ends = append(ends, int32(len(buf)))
			}
			inWord = false
			continue
		}
		inWord = true
	}
	if inWord {
		ends = append(ends, int32(len(buf)))
	}
	// Votes are counted in bit-sliced counters: planes[k] holds bit k of the number of shingles
	// with each of the 64 bits set, so adding a shingle's hash is a few word operations.
	var planes [32]uint64
	shingles := 0
	for i := 0; i+3 <= len(ends); i++ {
		start := int32(0)
		if i > 0 {
			start = ends[i-1]
		}
		x := uint64(fnvOffset)
		for j := i; j < i+3; j++ {
			if j > i {
				x = (x ^ ' ') * fnvPrime
				start = ends[j-1]
			}
			for _, c := range buf[start:ends[j]] {
				x = (x ^ uint64(c)) * fnvPrime
			}
		}
		for k, carry := 0, x; carry != 0; k++ {
			planes[k], carry = planes[k]^carry, planes[k]&carry
		}
		shingles++
	}
	var out uint64
	for b := 0; b < 64; b++ {
		ones := 0
		for k := range planes {
			ones |= int(planes[k]>>b&1) << k
		}
		if 2*ones > shingles {
			out |= 1 << b
		}
	}
	return out
}

// nearThreshold is the largest Hamming distance between near-duplicates. With four 16-bit
// bands, two fingerprints this close always share a band, so the band index finds them.
const nearThreshold = 3

func band(h uint64, b int) int64 { return int64((h >> (16 * b)) & 0xffff) }

// nearDuplicate returns the first stored original whose fingerprint is within nearThreshold.
func (w *writeTx) nearDuplicate(h uint64) (int64, error) {
	rows, err := w.query(sqlNearCandidates, band(h, 0), band(h, 1), band(h, 2), band(h, 3))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, sim int64
		if err := rows.Scan(&id, &sim); err != nil {
			return 0, err
		}
		if bits.OnesCount64(uint64(sim)^h) <= nearThreshold {
			return id, nil
		}
	}
	return 0, rows.Err()
}
