package sqlite

import (
	"bytes"
	"fmt"

	"github.com/klauspost/compress/zstd"
)

// An article's contract Document is stored zstd-compressed (schema 5 on): its JSON is about
// seven times the article's text and was 59 % of the store's bytes; compressed it is a quarter
// of that, and the store spends ≈ 12 % less CPU per article (BenchmarkStoreShare). Rows stored
// before schema 5 hold plain JSON, which cannot begin with zstd's magic number: both read back.
var (
	docEncoder, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
	// 256 MiB bounds what a corrupt row can make the decoder allocate (an article's analysis
	// is far smaller).
	docDecoder, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(256<<20))
	zstdMagic     = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// compressDoc is the stored form of a document's JSON. EncodeAll is safe for concurrent use:
// ingest prepares documents on every worker.
func compressDoc(doc []byte) []byte {
	return docEncoder.EncodeAll(doc, make([]byte, 0, len(doc)/3))
}

// decodeDoc turns a stored document back into its JSON.
func decodeDoc(stored []byte) ([]byte, error) {
	if !bytes.HasPrefix(stored, zstdMagic) {
		return stored, nil // stored before compression
	}
	doc, err := docDecoder.DecodeAll(stored, nil)
	if err != nil {
		return nil, fmt.Errorf("stored document: %w", err)
	}
	return doc, nil
}
