package source

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

func warcRecord(uri, contentType, body string) string {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body)
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nWARC-Date: 2020-01-23T10:00:00Z\r\n"+
		"WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		len(uri), uri, len(http), http)
}

const page = `<html><head><title>Rally</title></head><body><article>
<p>Millions of Iraqi people are set to take part in a mass rally against the US military presence on Friday, officials said.</p>
<p>Influential Shia cleric Muqtada al-Sadr demanded that Iraqis stage a million-man march to condemn the American presence.</p>
<p>The call came days after the Iraqi parliament voted in favour of a resolution calling for the expulsion of US-led forces.</p>
</article></body></html>`

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestWARC(t *testing.T) {
	archive := warcRecord("https://news.example/rally", "text/html; charset=utf-8", page) +
		warcRecord("https://news.example/logo.png", "image/png", "\x89PNG....") +
		warcRecord("https://news.example/empty", "text/html", "<html><body></body></html>")
	for name, data := range map[string][]byte{"cc.warc": []byte(archive), "cc.warc.gz": gz(archive)} {
		var items []Item
		err := ReadWARC(bytes.NewReader(data), name, Options{}, func(it Item) error { items = append(items, it); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(items) != 2 {
			t.Fatalf("%s: want the article and the empty page reported, got %+v", name, items)
		}
		if a := items[0].Article; items[0].Err != nil || a.URL != "https://news.example/rally" || a.Published != "2020-01-23" || !strings.Contains(a.Text, "Muqtada al-Sadr") {
			t.Errorf("%s: article %+v %v", name, a, items[0].Err)
		}
		if items[1].Err == nil || !strings.Contains(items[1].Where, "record 3") {
			t.Errorf("%s: the page without an article must be reported: %+v", name, items[1])
		}
	}
}

func TestTruncatedWARC(t *testing.T) {
	// as CC-NEWS ships them: one gzip member per record; the second one is cut short
	first := gz(warcRecord("https://news.example/rally", "text/html", page))
	second := gz(warcRecord("https://news.example/two", "text/html", page))
	cut := append(append([]byte{}, first...), second[:len(second)/2]...)
	var items []Item
	err := ReadWARC(bytes.NewReader(cut), "cut.warc.gz", Options{}, func(it Item) error { items = append(items, it); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 || items[len(items)-1].Err == nil {
		t.Fatalf("a truncated archive must be reported: %+v", items)
	}
	if items[0].Err != nil {
		t.Errorf("the record before the cut must still be read: %+v", items[0])
	}
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(warcRecord("https://x.example/a", "text/html", page)))
	f.Add(gz(warcRecord("https://x.example/b", "text/html", "<p>short</p>")))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadWARC(bytes.NewReader(data), "fuzz.warc", Options{}, func(it Item) error {
			if it.Err == nil && it.Article.Text == "" {
				t.Fatal("item without text and without error")
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
