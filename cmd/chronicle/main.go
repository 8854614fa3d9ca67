// Command chronicle turns news articles into structured, explainable event data.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK      = 0
	exitSkipped = 1 // some inputs could not be processed
	exitUsage   = 2
)

// usageError marks a mistake in the command line.
type usageError struct{ error }

// skippedError says some inputs were skipped; the others were processed.
type skippedError struct{ n int }

func (e skippedError) Error() string { return fmt.Sprintf("%d input(s) skipped", e.n) }

func main() {
	root := &cobra.Command{
		Use:   "chronicle",
		Short: "Turn news articles into explainable event data: entities, quotes and events",
		Long: `Chronicle reads news articles (text, HTML or JSONL) and finds who did what to whom,
where, when, and who said so. Every span carries code point offsets into the text and
the rule that produced it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(extractCmd(), evalCmd(), ingestCmd(), queryCmd(), quotesCmd(), exportCmd(), serveCmd())
	err := root.Execute()
	var se skippedError
	var ue usageError
	switch {
	case err == nil:
		os.Exit(exitOK)
	case errors.As(err, &se):
		fmt.Fprintln(os.Stderr, "chronicle:", err)
		os.Exit(exitSkipped)
	case errors.As(err, &ue):
		fmt.Fprintln(os.Stderr, "chronicle:", err)
		fmt.Fprintln(os.Stderr, "Run 'chronicle --help' for usage.")
		os.Exit(exitUsage)
	default:
		// cobra's own argument errors ("unknown command", "unknown flag") are usage errors too
		fmt.Fprintln(os.Stderr, "chronicle:", err)
		if isCobraUsage(err) {
			os.Exit(exitUsage)
		}
		os.Exit(exitSkipped)
	}
}

func isCobraUsage(err error) bool {
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "requires at least", "accepts "} {
		if strings.Contains(err.Error(), p) {
			return true
		}
	}
	return false
}
