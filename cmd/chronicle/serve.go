package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/server"
	"github.com/chronicle-news/chronicle/source"
	"github.com/chronicle-news/chronicle/sqlite"
)

func serveCmd() *cobra.Command {
	var dbPath, addr, token, dictDir string
	var demo bool
	cmd := &cobra.Command{
		Use:   "serve --db PATH [--addr 127.0.0.1:8080] | --demo",
		Short: "Serve the store: JSON API and web UI",
		Long: `Serve answers the JSON API described in docs/openapi.json and a web UI: /dashboard (timeline,
map and actor graph), /events (a filterable table of events) and /articles/{id} (the text with
entities, quotes and event evidence marked).
--demo ingests the bundled example articles into a temporary store first. Adding articles
(POST /api/articles) needs --token whenever the server listens beyond loopback.`,
		Example: `  chronicle serve --demo
  chronicle serve --db news.db --addr 127.0.0.1:8080`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := pipeline.New(pipeline.Options{DictDir: dictDir})
			if err != nil {
				return err
			}
			if demo {
				dir, err := os.MkdirTemp("", "chronicle-demo")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				dbPath = filepath.Join(dir, "demo.db")
			}
			if dbPath == "" {
				return usageError{fmt.Errorf("serve: --db PATH or --demo is required")}
			}
			store, err := sqlite.Open(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			if demo {
				fmt.Fprintln(os.Stderr, "chronicle: ingesting the example articles for the demo…")
				if err := ingest(store, p, []string{"testdata/dev", "testdata/heldout"}, source.Options{Format: source.Auto, Published: "2020-01-23"}, 0); err != nil {
					var se skippedError
					if !errors.As(err, &se) {
						return err
					}
				}
			}
			if !loopback(addr) && token == "" {
				return usageError{fmt.Errorf("serve: listening on %s beyond loopback needs --token for POST /api/articles", addr)}
			}
			srv, err := server.New(store, p, server.Options{Token: token})
			if err != nil {
				return err
			}
			hs := srv.HTTPServer(addr)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "chronicle: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
			}
			// graceful shutdown: finish the requests in flight
			shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := hs.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			fmt.Fprintln(os.Stderr, "chronicle: stopped")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", "", "path of the store")
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	f.StringVar(&token, "token", "", "bearer token required to add articles")
	f.BoolVar(&demo, "demo", false, "serve the bundled example articles from a temporary store")
	f.StringVar(&dictDir, "dict", "", "directory with your own dictionaries")
	return cmd
}

func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
