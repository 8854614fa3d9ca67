// Command genmodel converts the averaged-perceptron part-of-speech model shipped with
// github.com/jdkato/prose/v2 (MIT licence; a port of TextBlob's tagger) into the compact file
// that package tag embeds. Run it with `go generate ./text/tag`.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"math"
	"os"
	"sort"

	"github.com/jdkato/prose/v2"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genmodel:", err)
		os.Exit(1)
	}
}

func run() error {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	for name, v := range map[string]any{"classes.gob": &classes, "tags.gob": &tags, "weights.gob": &weights} {
		// The model prose itself uses is the one embedded in its package, not model/ on disk.
		data, err := prose.Asset("model/AveragedPerceptron/" + name)
		if err != nil {
			return err
		}
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	classIdx := map[string]int{}
	for i, c := range classes {
		classIdx[c] = i
	}
	f, err := os.Create("model.bin.gz")
	if err != nil {
		return err
	}
	defer f.Close()
	z, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(z)
	var buf [binary.MaxVarintLen64]byte
	uv := func(n int) { w.Write(buf[:binary.PutUvarint(buf[:], uint64(n))]) }
	str := func(s string) { uv(len(s)); w.WriteString(s) }
	w.WriteString("CHRPOS1\n")
	uv(len(classes))
	for _, c := range classes {
		str(c)
	}
	words := sortedKeys(tags)
	uv(len(words))
	for _, k := range words {
		str(k)
		uv(classIdx[tags[k]])
	}
	feats := sortedKeys(weights)
	uv(len(feats))
	for _, k := range feats {
		str(k)
		labels := sortedKeys(weights[k])
		uv(len(labels))
		for _, l := range labels {
			uv(classIdx[l])
			binary.Write(w, binary.LittleEndian, math.Float32bits(float32(weights[k][l])))
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return z.Close()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
