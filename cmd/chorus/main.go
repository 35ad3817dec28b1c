// Command chorus turns many news articles into cited story digests.
//
// Each subcommand lives in its own file and registers itself on the root
// command in an init function; this file holds only the root and the exit
// codes.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes: 0 all good, 1 failure, 2 usage error, 3 done but some input was skipped.
const (
	exitFailure = 1
	exitUsage   = 2
	exitSkipped = 3
)

// errSomeSkipped is returned by commands that finished but refused part of
// their input; the messages have already been printed.
var errSomeSkipped = errors.New("some input was skipped")

var rootCmd = &cobra.Command{
	Use:   "chorus",
	Short: "chorus turns many news articles into stories with cited digests",
	Long: `chorus reads news articles (HTML, text, JSON Lines, feeds) and returns stories:
clean text per article, syndicated copies recognised, articles grouped into
stories, and per story a digest whose every sentence cites its sources.`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

// evalCmd groups the quality measurements, one subcommand per stage.
var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Measure a stage's quality on an evaluation set (prints the field's metric)",
}

// trainCmd groups the reproducible training of embedded models.
var trainCmd = &cobra.Command{
	Use:   "train",
	Short: "Train a model whose weights are embedded in the binary",
}

// benchCmd groups the speed measurements.
var benchCmd = &cobra.Command{
	Use:   "bench",
	Short: "Measure throughput and per-item cost against a baseline, in one run",
}

func init() {
	rootCmd.AddCommand(evalCmd, trainCmd, benchCmd)
}

func main() {
	err := rootCmd.Execute()
	switch {
	case err == nil:
		return
	case errors.Is(err, errSomeSkipped):
		os.Exit(exitSkipped)
	default:
		fmt.Fprintln(os.Stderr, "chorus:", err)
		var uerr usageError
		if errors.As(err, &uerr) {
			os.Exit(exitUsage)
		}
		os.Exit(exitFailure)
	}
}

// usageError marks an error in how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }
