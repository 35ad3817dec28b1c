package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/render"
)

func init() {
	var format string
	var words int
	var ff fetchFlags
	cmd := &cobra.Command{
		Use:   "digest PATH|URL...",
		Short: "Read articles from files and folders and print one cited digest per story",
		Long: `digest reads .html/.htm, .txt and .jsonl files (and any of them gzipped), from the
files and folders given (recursively) and from URLs (a page, a feed or a sitemap,
fetched politely), groups the articles into stories and prints
each story's digest. Nothing is stored.

Input that cannot be read is reported on standard error, naming the file (and line);
the rest is still processed, and the exit status is 3.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := render.ParseFormat(format)
			if err != nil {
				return usageError{err.Error()}
			}
			if words < 10 || words > 5000 {
				return usageError{"--words must be between 10 and 5000"}
			}
			docs, skipped := readDocuments(cmd.Context(), args, ff, cmd.ErrOrStderr())
			arts, errs := pipeline.Extract(docs)
			skipped += reportInputErrors(cmd.ErrOrStderr(), errs)
			if len(arts) == 0 {
				return errors.New("no articles found in the input")
			}
			opts := pipeline.DefaultOptions
			opts.Story.Words = words
			stories := pipeline.Stories(arts, opts)
			w := bufio.NewWriter(cmd.OutOrStdout())
			if err := render.Write(w, f, stories); err != nil {
				return err
			}
			if err := w.Flush(); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			if skipped > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "chorus: %d input(s) skipped\n", skipped)
				return errSomeSkipped
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "md", "output format: md, json or html")
	cmd.Flags().IntVar(&words, "words", 120, "digest length in words")
	addFetchFlags(cmd, &ff)
	rootCmd.AddCommand(cmd)
}

// readDocuments reads every document under the paths and URLs in args,
// printing what was skipped and what had to be converted; it returns the
// documents and the number skipped. A document whose bytes repeat an
// earlier one's (a page saved twice, a file listed twice) is read once and
// said so: it would be the same article, and the story would count it
// once anyway.
func readDocuments(ctx context.Context, args []string, ff fetchFlags, stderr io.Writer) ([]chorus.Document, int) {
	var docs []chorus.Document
	skipped := 0
	firstWith := map[string]string{} // raw hash → the source that had it first
	for doc, err := range inputDocuments(ctx, args, ff) {
		if err != nil {
			skipped += reportInputErrors(stderr, []error{err})
			continue
		}
		for _, n := range doc.Notes {
			fmt.Fprintf(stderr, "chorus: note: %s: %s\n", doc.Source, n)
		}
		if first, ok := firstWith[doc.RawHash]; ok && doc.RawHash != "" {
			fmt.Fprintf(stderr, "chorus: note: %s: the same bytes as %s, read once\n", doc.Source, first)
			continue
		}
		firstWith[doc.RawHash] = doc.Source
		docs = append(docs, doc)
	}
	return docs, skipped
}

// reportInputErrors prints each refused input and returns how many there were.
func reportInputErrors(stderr io.Writer, errs []error) int {
	for _, err := range errs {
		fmt.Fprintf(stderr, "chorus: skipped %v\n", err)
	}
	return len(errs)
}
