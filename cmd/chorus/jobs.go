package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/worker"
)

func init() {
	var (
		dsn, state string
		limit      int
	)
	jobs := &cobra.Command{
		Use:   "jobs",
		Short: "List the job queue: counts, and the jobs queued, running, retrying or failed",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := openPostgres(ctx, dsn)
			if err != nil {
				return err
			}
			defer store.Close()
			counts, err := store.JobCounts(ctx)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "KIND\tSTATE\tJOBS")
			for _, c := range counts {
				fmt.Fprintf(tw, "%s\t%s\t%d\n", c.Kind, c.State, c.N)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			states := []string{postgres.JobQueued, postgres.JobRunning, postgres.JobRetry, postgres.JobFailed}
			if state != "" {
				states = strings.Split(state, ",")
			}
			list, err := store.Jobs(ctx, postgres.JobQuery{States: states, Limit: limit})
			if err != nil {
				return err
			}
			if len(list) == 0 {
				return nil
			}
			fmt.Fprintln(out)
			tw = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tKIND\tSTATE\tATTEMPTS\tWORKER\tWHEN\tERROR")
			now := time.Now()
			for _, j := range list {
				when := ""
				switch j.State {
				case postgres.JobRunning:
					when = "lease " + j.LeaseUntil.Sub(now).Round(time.Second).String()
					if j.LeaseUntil.Before(now) {
						when = "lease ran out " + now.Sub(j.LeaseUntil).Round(time.Second).String() + " ago"
					}
				case postgres.JobQueued, postgres.JobRetry:
					if d := j.RunAt.Sub(now); d > 0 {
						when = "in " + d.Round(time.Second).String()
					}
				case postgres.JobFailed:
					when = j.Finished.Local().Format("Jan 2 15:04")
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", j.ID, j.Kind, j.State, j.Attempts, j.MaxAttempts,
					j.Worker, when, oneLine(j.Error, 100))
			}
			return tw.Flush()
		},
	}
	addPostgresFlag(jobs, &dsn)
	jobs.Flags().StringVar(&state, "state", "", "list jobs in these states (comma-separated; default queued,running,retry,failed)")
	jobs.Flags().IntVar(&limit, "limit", 100, "how many jobs to list")

	var (
		addDSN string
		size   int
		ff     fetchFlags
	)
	add := &cobra.Command{
		Use:   "add PATH|URL...",
		Short: "Queue documents for the workers, in batches; queuing the same batch twice adds nothing",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := openPostgres(ctx, addDSN)
			if err != nil {
				return err
			}
			defer store.Close()
			var docs []chorus.Document
			var skipped []error
			jobs, added := 0, 0
			flush := func() error {
				if len(docs) == 0 {
					return nil
				}
				ids, n, err := worker.Submit(ctx, store, docs, size)
				jobs += len(ids)
				added += n
				docs = docs[:0]
				return err
			}
			for doc, err := range inputDocuments(ctx, args, ff) {
				if err != nil {
					skipped = append(skipped, err)
					continue
				}
				docs = append(docs, doc)
				if len(docs) >= size {
					if err := flush(); err != nil {
						return err
					}
				}
			}
			if err := flush(); err != nil {
				return err
			}
			reportInputErrors(cmd.ErrOrStderr(), skipped)
			fmt.Fprintf(cmd.OutOrStdout(), "queued %s (%d already queued), %d skipped\n",
				count(added, "new job", "new jobs"), jobs-added, len(skipped))
			if len(skipped) > 0 {
				return errSomeSkipped
			}
			return nil
		},
	}
	addPostgresFlag(add, &addDSN)
	addFetchFlags(add, &ff)
	add.Flags().IntVar(&size, "batch", worker.BatchSize, "documents per extract job")

	var retryDSN string
	retry := &cobra.Command{
		Use:   "retry ID...",
		Short: "Queue failed jobs again with fresh attempts",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openPostgres(cmd.Context(), retryDSN)
			if err != nil {
				return err
			}
			defer store.Close()
			for _, id := range args {
				if err := store.Retry(cmd.Context(), id); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "queued %s again\n", count(len(args), "job", "jobs"))
			return nil
		},
	}
	addPostgresFlag(retry, &retryDSN)
	jobs.AddCommand(add, retry)
	rootCmd.AddCommand(jobs)
}

// oneLine shortens s to one line of at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
