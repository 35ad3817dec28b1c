package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sources"
)

// sourcesCmd groups the commands that manage the followed sources.
var sourcesCmd = &cobra.Command{
	Use:   "sources",
	Short: "Manage the feeds and sitemaps chorus follows (add, import, export, list, remove)",
}

func init() {
	rootCmd.AddCommand(sourcesCmd)
	sourcesCmd.AddCommand(sourcesAddCmd(), sourcesImportCmd(), sourcesExportCmd(), sourcesListCmd(), sourcesRemoveCmd())
}

func sourcesAddCmd() *cobra.Command {
	var db, category, title string
	var every time.Duration
	var ff fetchFlags
	cmd := &cobra.Command{
		Use:   "add URL...",
		Short: "Follow a feed, a sitemap, or a site whose page announces its feed",
		Long: `add fetches each URL once to see what it is: a feed (RSS, Atom, JSON Feed), a
sitemap or news sitemap, or a page whose <link rel="alternate"> names a feed, which
is then followed. The source is due at once: run chorus fetch.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if every < sources.MinInterval {
				return usageError{fmt.Sprintf("--every must be at least %s", sources.MinInterval)}
			}
			ctx := cmd.Context()
			store, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			client := newClient(ff)
			failed := 0
			for _, u := range args {
				src, feed, err := sources.Probe(ctx, client, u)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "chorus: %v\n", err)
					failed++
					continue
				}
				src.Interval, src.Category, src.Added = every, category, time.Now()
				if title != "" {
					src.Title = title
				}
				created, err := store.AddSource(ctx, &src)
				if err != nil {
					return err
				}
				if !created {
					fmt.Fprintf(cmd.OutOrStdout(), "already following %d %s (%s)\n", src.ID, src.Title, src.URL)
					continue
				}
				what := feed.Format
				if n := len(feed.Entries); n > 0 {
					what += ", " + count(n, "entry", "entries")
				}
				fmt.Fprintf(cmd.OutOrStdout(), "added %d %s (%s) %s, every %s\n", src.ID, src.Title, what, src.URL, every)
			}
			if failed > 0 {
				return errSomeSkipped
			}
			return nil
		},
	}
	addDBFlag(cmd, &db)
	addFetchFlags(cmd, &ff)
	cmd.Flags().DurationVar(&every, "every", sources.DefaultInterval, "how often to fetch the source")
	cmd.Flags().StringVar(&category, "category", "", "folder to file the source under (kept in OPML)")
	cmd.Flags().StringVar(&title, "title", "", "name to show instead of the feed's own title")
	return cmd
}

func sourcesImportCmd() *cobra.Command {
	var db string
	var every time.Duration
	cmd := &cobra.Command{
		Use:   "import FILE.opml",
		Short: "Follow every feed of an OPML subscription list (as exported by feed readers)",
		Long: `import adds the feeds an OPML file lists, with their folders as categories. Nothing
is fetched now; a feed that cannot be read shows up as failed in chorus sources list
after the next chorus fetch.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if every < sources.MinInterval {
				return usageError{fmt.Sprintf("--every must be at least %s", sources.MinInterval)}
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			outlines, err := sources.ReadOPML(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			ctx := cmd.Context()
			store, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			added, known, bad := 0, 0, 0
			for _, o := range outlines {
				if !isURL(o.URL) {
					fmt.Fprintf(cmd.ErrOrStderr(), "chorus: skipped %q: not an http or https URL\n", o.URL)
					bad++
					continue
				}
				src := sources.Source{URL: o.URL, Kind: sources.KindFeed, Title: o.Title, SiteURL: o.SiteURL,
					Category: o.Category, Interval: every, Added: time.Now()}
				if src.Title == "" {
					src.Title = o.URL
				}
				created, err := store.AddSource(ctx, &src)
				if err != nil {
					return err
				}
				if created {
					added++
				} else {
					known++
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %s from %s: %d new, %d already followed, %d skipped; run chorus fetch to read them\n",
				count(len(outlines), "source", "sources"), args[0], added, known, bad)
			if bad > 0 {
				return errSomeSkipped
			}
			return nil
		},
	}
	addDBFlag(cmd, &db)
	cmd.Flags().DurationVar(&every, "every", sources.DefaultInterval, "how often to fetch each imported source")
	return cmd
}

func sourcesExportCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Print the followed sources as OPML, for another feed reader or another chorus",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			list, err := store.Sources(cmd.Context())
			if err != nil {
				return err
			}
			var outlines []sources.Outline
			for _, s := range list {
				outlines = append(outlines, sources.Outline{Title: s.Title, URL: s.URL, SiteURL: s.SiteURL, Category: s.Category})
			}
			return sources.WriteOPML(cmd.OutOrStdout(), "chorus sources", time.Now(), outlines)
		},
	}
	addDBFlag(cmd, &db)
	return cmd
}

func sourcesListCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the followed sources: last fetch, status, new articles, next run",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			list, err := store.Sources(cmd.Context())
			if err != nil {
				return err
			}
			if len(list) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "no sources yet: chorus sources add URL, or chorus sources import FILE.opml")
				return nil
			}
			writeSourceList(cmd.OutOrStdout(), list, time.Now())
			return nil
		},
	}
	addDBFlag(cmd, &db)
	return cmd
}

// writeSourceList prints one line per source; times are relative to now.
func writeSourceList(w io.Writer, list []sources.Source, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tLAST FETCH\tNEW\tTOTAL\tNEXT RUN\tTITLE\tURL")
	var failing []sources.Source
	for _, s := range list {
		last := "never"
		if !s.LastFetch.IsZero() {
			last = ago(now.Sub(s.LastFetch))
		}
		next := "due"
		if s.NextRun.After(now) {
			next = "in " + short(s.NextRun.Sub(now))
		}
		status := string(s.Status)
		if s.Failures > 1 {
			status += fmt.Sprintf(" ×%d", s.Failures)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", s.ID, status, last, s.NewLast, s.NewTotal, next, s.Title, s.URL)
		if s.Error != "" {
			failing = append(failing, s)
		}
	}
	tw.Flush()
	for _, s := range failing {
		fmt.Fprintf(w, "  %d: %s\n", s.ID, s.Error)
	}
}

// ago and short render a duration the way a person reads a schedule.
func ago(d time.Duration) string {
	if d < time.Minute {
		return "just now"
	}
	return short(d) + " ago"
}

func short(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}

func sourcesRemoveCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "remove ID...",
		Short: "Stop following sources (the articles already stored stay)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var ids []int64
			for _, a := range args {
				id, err := strconv.ParseInt(a, 10, 64)
				if err != nil {
					return usageError{fmt.Sprintf("%q is not a source id (see chorus sources list)", a)}
				}
				ids = append(ids, id)
			}
			store, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			missing := 0
			for _, id := range ids {
				err := store.RemoveSource(cmd.Context(), id)
				switch {
				case errors.Is(err, chorus.ErrNotFound):
					fmt.Fprintf(cmd.ErrOrStderr(), "chorus: no source %d\n", id)
					missing++
				case err != nil:
					return err
				default:
					fmt.Fprintf(cmd.OutOrStdout(), "removed source %d\n", id)
				}
			}
			if missing > 0 {
				return errSomeSkipped
			}
			return nil
		},
	}
	addDBFlag(cmd, &db)
	return cmd
}
