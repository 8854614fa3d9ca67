package source

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// IsWARC reports whether a file name is a WARC archive (.warc or .warc.gz).
func IsWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// ReadWARC reads the HTTP responses of a WARC archive (plain or gzipped, as CC-NEWS ships them)
// and extracts the article of every HTML page. Records that are not HTML responses are passed
// over; a page without an article is reported and skipped; a corrupt or truncated archive is
// reported with the offset where reading stopped, after the records before it.
func ReadWARC(r io.Reader, name string, opt Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		z, err := gzip.NewReader(br)
		if err != nil {
			return fn(Item{Where: name, Err: fmt.Errorf("not a gzipped WARC: %v", err)})
		}
		defer z.Close()
		r = z
	} else {
		r = br
	}
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return fn(Item{Where: name, Err: fmt.Errorf("not a WARC archive: %v", err)})
	}
	defer wr.Close()
	n := 0
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fn(Item{Where: fmt.Sprintf("%s record %d", name, n+1), Err: fmt.Errorf("corrupt or truncated archive, reading stopped: %v", err)})
		}
		n++
		item, ok := warcItem(rec.WarcRecord, fmt.Sprintf("%s record %d", name, n), opt)
		rec.Close()
		if !ok {
			continue
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}

// warcItem extracts the article of an HTML response record; ok is false for other records.
func warcItem(rec gowarc.WarcRecord, where string, opt Options) (Item, bool) {
	if rec.Type() != gowarc.Response {
		return Item{}, false
	}
	block, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
	if !isHTTP {
		return Item{}, false
	}
	url := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	where = where + " (" + url + ")"
	if block.HttpStatusCode() != 200 {
		return Item{}, false
	}
	if ct, _, _ := mime.ParseMediaType(block.HttpHeader().Get("Content-Type")); ct != "" && ct != "text/html" && ct != "application/xhtml+xml" {
		return Item{}, false
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return Item{Where: where, Err: fmt.Errorf("unreadable payload: %v", err)}, true
	}
	data, err := io.ReadAll(io.LimitReader(payload, int64(MaxHTMLBytes)+1))
	if err != nil {
		return Item{Where: where, Err: fmt.Errorf("unreadable payload: %v", err)}, true
	}
	if len(data) > MaxHTMLBytes {
		return Item{Where: where, Err: fmt.Errorf("HTML page larger than %d MB", MaxHTMLBytes>>20)}, true
	}
	page, warns := decode(data, where)
	a, err := Extract(page, url)
	if err != nil {
		return Item{Where: where, Err: err}, true
	}
	a.ID = url
	if a.ID == "" {
		a.ID = rec.RecordId()
	}
	if a.Published == "" {
		if d, err := rec.Date(); err == nil {
			a.Published = d.UTC().Format("2006-01-02")
		} else {
			a.Published = opt.Published
		}
	}
	return Item{Where: where, Warnings: warns, Article: a}, true
}
