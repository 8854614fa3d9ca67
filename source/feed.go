package source

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle"
)

// MaxFeedBytes limits a fetched or read feed.
var MaxFeedBytes int64 = 20 << 20

// IsFeed reports whether the head of a file is an RSS or Atom feed.
func IsFeed(head []byte) bool {
	h := bytes.ToLower(head)
	return bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed")) || bytes.Contains(h, []byte("<rdf:rdf"))
}

// ReadFeed reads an RSS or Atom feed: every item becomes an article whose text is the item's
// content (or description) reduced to text.
func ReadFeed(r io.Reader, name string, opt Options, fn func(Item) error) error {
	f, err := gofeed.NewParser().Parse(io.LimitReader(r, MaxFeedBytes))
	if err != nil {
		return fn(Item{Where: name, Err: fmt.Errorf("not a readable RSS or Atom feed: %v", err)})
	}
	for i, it := range f.Items {
		where := fmt.Sprintf("%s item %d", name, i+1)
		body := it.Content
		if body == "" {
			body = it.Description
		}
		text := htmlText(body)
		if strings.TrimSpace(text) == "" {
			if err := fn(Item{Where: where, Err: fmt.Errorf("item has no text")}); err != nil {
				return err
			}
			continue
		}
		a := chronicle.Article{ID: it.GUID, URL: it.Link, Title: it.Title, Source: f.Title, Text: text, Published: opt.Published}
		if a.ID == "" {
			a.ID = it.Link
		}
		if a.ID == "" {
			a.ID = where
		}
		if it.PublishedParsed != nil {
			a.Published = it.PublishedParsed.UTC().Format("2006-01-02")
		}
		if err := fn(Item{Where: where, Article: a}); err != nil {
			return err
		}
	}
	return nil
}

// FetchFeed downloads a feed over http(s) with a timeout and a size limit, and reads it.
func FetchFeed(ctx context.Context, rawURL string, opt Options, fn func(Item) error) error {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fn(Item{Where: rawURL, Err: fmt.Errorf("only http and https feed URLs are fetched")})
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	req.Header.Set("User-Agent", "chronicle (news event extraction)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fn(Item{Where: rawURL, Err: fmt.Errorf("feed unreachable: %v", err)})
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fn(Item{Where: rawURL, Err: fmt.Errorf("feed answered %s", resp.Status)})
	}
	return ReadFeed(resp.Body, rawURL, opt, fn)
}

// htmlText reduces an HTML fragment to text, paragraphs one blank line apart.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return normalizeParagraphs(b.String())
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote":
				b.WriteString("\n\n")
			}
		}
	}
}
