package sqlite

import (
	"math/bits"
	"strings"
	"unicode"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// SimHash is a 64-bit fingerprint of a text's word 3-shingles: near-identical texts (a wire
// copy with another dateline or a changed sentence) differ in a few bits.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var v [64]int
	for i := 0; i+3 <= len(words); i++ {
		// FNV-1a of "w1 w2 w3", computed in place (no allocation per shingle)
		x := uint64(fnvOffset)
		for j, w := range words[i : i+3] {
			if j > 0 {
				x = (x ^ ' ') * fnvPrime
			}
			for k := 0; k < len(w); k++ {
				x = (x ^ uint64(w[k])) * fnvPrime
			}
		}
		for b := 0; b < 64; b++ {
			v[b] += int(x>>b&1)*2 - 1
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
