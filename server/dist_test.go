package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDistIsFresh fails when the committed chart bundle (static/dist) was not rebuilt after a
// change to its sources in web/: web/build.mjs writes the SHA-256 of its inputs into
// static/dist/manifest.json, and this recomputes it the same way, so no node is needed here.
func TestDistIsFresh(t *testing.T) {
	const rebuild = "rebuild it: cd web && npm ci && npm run build"
	raw, err := os.ReadFile("static/dist/manifest.json")
	if err != nil {
		t.Fatalf("%v; %s", err, rebuild)
	}
	var manifest struct {
		Sources string            `json:"sources"`
		Files   map[string]string `json:"files"`
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	if got := sourcesDigest(t, "../web"); got != manifest.Sources {
		t.Errorf("static/dist was built from other sources than web/ holds now (%.12s, built from %.12s); %s", got, manifest.Sources, rebuild)
	}
	entries, err := os.ReadDir("static/dist")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "manifest.json" {
			continue
		}
		want, ok := manifest.Files[e.Name()]
		if !ok {
			t.Errorf("static/dist/%s is not in the manifest; %s", e.Name(), rebuild)
			continue
		}
		data, err := os.ReadFile(filepath.Join("static/dist", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if sum(data) != want {
			t.Errorf("static/dist/%s was changed by hand; %s", e.Name(), rebuild)
		}
	}
	for name := range manifest.Files {
		if _, err := os.Stat(filepath.Join("static/dist", name)); err != nil {
			t.Errorf("static/dist/%s is missing; %s", name, rebuild)
		}
	}
	// the pages load what was built
	for _, name := range []string{"app.js", "app.css", "htmx.min.js"} {
		if _, ok := manifest.Files[name]; !ok {
			t.Errorf("the build did not write %s", name)
		}
	}
}

// sourcesDigest hashes web/build.mjs, web/package-lock.json and everything under web/src as
// web/build.mjs does: for each slash-separated path relative to web/, in byte order,
// "path\nsha256(content)\n", all hashed together.
func sourcesDigest(t *testing.T, web string) string {
	t.Helper()
	files := []string{"build.mjs", "package-lock.json"}
	err := filepath.WalkDir(filepath.Join(web, "src"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(web, path)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(web, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(f + "\n" + sum(data) + "\n")
	}
	return sum([]byte(b.String()))
}

func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
