package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/sources"
)

// fetchFlags are the settings every command that reads the web shares.
type fetchFlags struct {
	contact      string
	timeout      time.Duration
	hostInterval time.Duration
}

func addFetchFlags(cmd *cobra.Command, f *fetchFlags) {
	cmd.Flags().StringVar(&f.contact, "contact", os.Getenv("CHORUS_CONTACT"),
		"how site operators reach you (URL or e-mail), sent in the User-Agent (env CHORUS_CONTACT)")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for one request")
	cmd.Flags().DurationVar(&f.hostInterval, "host-interval", time.Second,
		"least time between two requests to one host (robots.txt Crawl-delay may ask for more; 0 for none, only for your own servers)")
}

// allowPrivate reports whether the operator lets chorus reach loopback and
// private addresses (CHORUS_ALLOW_PRIVATE_NETWORKS set to anything but "",
// "0" or "false").
func allowPrivate() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv("CHORUS_ALLOW_PRIVATE_NETWORKS")))
	return v != "" && v != "0" && v != "false"
}

// newClient returns the polite, safe HTTP client the commands share.
func newClient(f fetchFlags) *fetch.Client {
	interval := f.hostInterval
	if interval <= 0 {
		interval = -1 // fetch.Options reads 0 as "the default"
	}
	return fetch.New(fetch.Options{Contact: f.contact, Timeout: f.timeout, MinInterval: interval, AllowPrivate: allowPrivate()})
}

// isURL tells a command-line argument naming a web page or feed from a path.
func isURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// inputDocuments yields the documents of the command-line arguments: files
// and folders through ingest (saved feeds through sources.FeedFile), http(s) URLs (pages, feeds, sitemaps) through
// sources.Documents, paths first and then URLs. ingest and digest read
// their arguments through it so that URLs can be passed straight to them.
func inputDocuments(ctx context.Context, args []string, f fetchFlags) iter.Seq2[chorus.Document, error] {
	var paths, urls []string
	for _, a := range args {
		if isURL(a) {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	return func(yield func(chorus.Document, error) bool) {
		if len(paths) > 0 {
			limits := ingest.DefaultLimits
			limits.Feeds = sources.FeedFile
			for doc, err := range limits.Files(paths) {
				if !yield(doc, err) {
					return
				}
			}
		}
		if len(urls) > 0 {
			for doc, err := range sources.Documents(ctx, newClient(f), urls, 50) {
				if !yield(doc, err) {
					return
				}
			}
		}
	}
}

func init() {
	var db string
	var all bool
	var ids []int64
	var workers int
	var ff fetchFlags
	cmd := &cobra.Command{
		Use:   "fetch",
		Short: "Fetch every due source once and ingest its new articles",
		Long: `fetch reads each source that is due (see chorus sources list), fetches the
article page behind every new entry, and stores and clusters the articles. A source
that fails (a broken feed, a timeout, an error status) is marked and retried later
with backoff; the others go on. Run it from cron, or let chorus serve run it.

chorus is polite: it honours robots.txt and Crawl-delay, sends one request at a
time to a host, asks only for what changed, and names itself and --contact in
its User-Agent. It refuses hosts that resolve to loopback or private addresses
unless CHORUS_ALLOW_PRIVATE_NETWORKS is set.

Exit status 3 when some source failed or some entry gave nothing to store.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
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
			f := &sources.Fetcher{Client: newClient(ff), Store: store, Desk: desk, Workers: workers}
			due, err := f.Due(ctx, sources.RunOptions{All: all, IDs: ids})
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			bar := newFetchProgress(stderr, len(due))
			f.Progress = func(done, total int, r sources.SourceReport) {
				if bar != nil {
					_ = bar.Set(done)
				}
			}
			rep, err := f.Run(ctx, sources.RunOptions{All: all, IDs: ids})
			if bar != nil {
				_ = bar.Finish()
				fmt.Fprintln(stderr)
			}
			if err != nil {
				return err
			}
			return reportFetch(cmd.OutOrStdout(), stderr, rep, time.Since(start))
		},
	}
	addDBFlag(cmd, &db)
	addFetchFlags(cmd, &ff)
	cmd.Flags().BoolVar(&all, "all", false, "fetch every source now, due or not")
	cmd.Flags().Int64SliceVar(&ids, "source", nil, "fetch only these source ids (repeatable)")
	cmd.Flags().IntVar(&workers, "workers", 8, "sources fetched at once (one request at a time per host still)")
	rootCmd.AddCommand(cmd)
}

// reportFetch prints what a run did: a line per failed source and skipped
// entry on stderr, the totals on stdout.
func reportFetch(stdout, stderr io.Writer, rep *sources.Report, took time.Duration) error {
	var ok, notModified, failed, fromSummary, known, dups, skipped int
	for _, r := range rep.Sources {
		switch r.Source.Status {
		case sources.StatusOK:
			ok++
		case sources.StatusNotModified:
			notModified++
		default:
			failed++
			fmt.Fprintf(stderr, "chorus: source %d %s: %s (next try %s)\n", r.Source.ID, r.Source.URL,
				r.Source.Error, r.Source.NextRun.Local().Format("Jan 2 15:04"))
		}
		for _, e := range r.Skipped {
			fmt.Fprintf(stderr, "chorus: skipped %v\n", e)
		}
		fromSummary += r.FromSummary
		known += r.Known
		dups += r.Duplicates
		skipped += len(r.Skipped)
	}
	if len(rep.Sources) == 0 {
		fmt.Fprintln(stdout, "no source is due (chorus sources list shows when each runs; --all fetches now)")
		return nil
	}
	fmt.Fprintf(stdout, "fetched %s in %s: %d ok, %d not modified, %d failed\n",
		count(len(rep.Sources), "source", "sources"), took.Round(time.Millisecond), ok, notModified, failed)
	fmt.Fprintf(stdout, "stored %s (%d from feed summaries) in %s; %d seen before, %d duplicates, %d skipped\n",
		count(len(rep.Added), "new article", "new articles"), fromSummary, count(len(rep.Stories), "story", "stories"),
		known, dups, skipped)
	if failed > 0 || skipped > 0 {
		return errSomeSkipped
	}
	return nil
}

// newFetchProgress returns a bar over the due sources when w is a terminal.
func newFetchProgress(w io.Writer, total int) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || total == 0 {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("fetching"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("sources"),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}
