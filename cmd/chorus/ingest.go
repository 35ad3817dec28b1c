package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
)

// ingestBatch is how many documents are extracted and stored together:
// enough for a source's repeated lines to show, small enough to bound memory.
const ingestBatch = 200

func init() {
	var db string
	var ff fetchFlags
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Store articles from files and folders and update the stories they join",
		Long: `ingest reads the same inputs as digest (files, folders, URLs) and stores the articles in the embedded
database, grouping them into stories as they arrive. Ingesting the same document
twice is a no-op. A progress bar is shown on a terminal, a one-line summary otherwise.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			start := time.Now()
			desk, err := pipeline.Open(ctx, store, pipeline.DefaultOptions)
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			bar := newProgress(stderr)
			var total pipeline.Result
			stories := map[chorus.StoryID]bool{}
			var batch []chorus.Document
			docsSeen := 0
			flush := func() error {
				if len(batch) == 0 {
					return nil
				}
				res, err := desk.Ingest(ctx, batch)
				total.Added = append(total.Added, res.Added...)
				total.Duplicates += res.Duplicates
				total.Skipped = append(total.Skipped, res.Skipped...)
				for _, s := range res.Stories {
					stories[s] = true
				}
				if bar != nil {
					_ = bar.Add(len(batch))
				}
				batch = batch[:0]
				return err
			}
			for doc, err := range inputDocuments(ctx, args, ff) {
				docsSeen++
				if err != nil {
					total.Skipped = append(total.Skipped, err)
					continue
				}
				for _, n := range doc.Notes {
					fmt.Fprintf(stderr, "chorus: note: %s: %s\n", doc.Source, n)
				}
				batch = append(batch, doc)
				if len(batch) >= ingestBatch {
					if err := flush(); err != nil {
						return err
					}
				}
			}
			if err := flush(); err != nil {
				return err
			}
			if bar != nil {
				_ = bar.Finish()
				fmt.Fprintln(stderr)
			}
			reportInputErrors(stderr, total.Skipped)
			fmt.Fprintf(cmd.OutOrStdout(), "ingested %s into %s: %d already stored, %d skipped, %s (%s)\n",
				count(len(total.Added), "new article", "new articles"), count(len(stories), "story", "stories"),
				total.Duplicates, len(total.Skipped), db, time.Since(start).Round(time.Millisecond))
			if len(total.Skipped) > 0 {
				return errSomeSkipped
			}
			return nil
		},
	}
	addDBFlag(cmd, &db)
	addFetchFlags(cmd, &ff)
	rootCmd.AddCommand(cmd)
}

// newProgress returns a progress bar when w is a terminal, else nil.
func newProgress(w io.Writer) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

// count writes n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
