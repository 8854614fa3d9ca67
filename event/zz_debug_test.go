package event_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZ")
	if text == "" {
		t.Skip()
	}
	p, _ := pipeline.Default()
	d, _ := pipeline.Analyze(p, chronicle.Article{Text: text, Published: "2024-03-01"})
	for _, tk := range d.Tokens {
		fmt.Printf("%s/%s ", text[tk.ByteStart:tk.ByteEnd], tk.Tag)
	}
	fmt.Println()
	for _, e := range d.Entities {
		fmt.Printf("ENT %s %s %s %s\n", e.Text, e.Type, e.Actor, e.Rule)
	}
	for _, e := range d.Events {
		fmt.Printf("EV %s %s→%s %s\n", e.Code, e.Source.Code, e.Target.Code, e.Rule)
	}
}
