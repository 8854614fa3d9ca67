package sqlite

import (
	"database/sql"
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// SimHash is a 64-bit fingerprint of a text's word 3-shingles: near-identical texts (a wire
// copy with another dateline or a changed sentence) differ in a few bits.
func SimHash(text string) uint64 {
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

// nearThreshold is the largest Hamming distance between near-duplicates. With four 16-bit
// bands, two fingerprints this close always share a band, so the band index finds them.
const nearThreshold = 3

func band(h uint64, b int) int64 { return int64((h >> (16 * b)) & 0xffff) }

// nearDuplicate returns the first stored original whose fingerprint is within nearThreshold.
func (s *Store) nearDuplicate(tx *sql.Tx, h uint64) (int64, error) {
	st, err := s.stmt(sqlNearCandidates)
	if err != nil {
		return 0, err
	}
	for b := 0; b < 4; b++ {
		rows, err := tx.Stmt(st).Query(b, band(h, b))
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			var id, sim int64
			if err := rows.Scan(&id, &sim); err != nil {
				rows.Close()
				return 0, err
			}
			if bits.OnesCount64(uint64(sim)^h) <= nearThreshold {
				rows.Close()
				return id, nil
			}
		}
		rows.Close()
	}
	return 0, nil
}
