package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/worker"
)

// isPostgres tells a PostgreSQL connection URL from a SQLite path.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// addPostgresFlag registers --db for commands that need PostgreSQL; its
// default comes from CHORUS_DB.
func addPostgresFlag(cmd *cobra.Command, dsn *string) {
	cmd.Flags().StringVar(dsn, "db", os.Getenv("CHORUS_DB"), "PostgreSQL URL, postgres://user:pass@host/db (env CHORUS_DB)")
}

// openPostgres opens the shared store named by dsn.
func openPostgres(ctx context.Context, dsn string) (*postgres.Store, error) {
	if !isPostgres(dsn) {
		return nil, usageError{fmt.Sprintf("--db must be a postgres:// URL (the job queue lives in PostgreSQL), not %q", dsn)}
	}
	return postgres.Open(ctx, dsn)
}

func init() {
	var (
		dsn, id string
		lease   time.Duration
		delay   time.Duration
		kinds   []string
		ff      fetchFlags
		noFetch bool
		verbose bool
	)
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Take jobs from the queue in PostgreSQL: fetch, extract, analyse and cluster",
		Long: `worker runs until it is stopped (SIGINT or SIGTERM), taking jobs from the queue
in the PostgreSQL store: extract jobs (batches of documents added by chorus jobs add),
fetch jobs (the due sources, scheduled by the workers themselves), clustering
steps, and story jobs: a clustering step leaves the stories it touched to story
jobs that any worker runs outside the clustering lock, held back --story-delay so
that the steps touching a story meanwhile share one rebuild. --jobs limits
a worker to some kinds: a worker that clusters or rebuilds stories keeps the whole
clustering state in memory and replays every placement, so on a large deployment
run a few with --jobs cluster,story and the rest with --jobs extract,fetch. Run as many workers as you like, on as many machines: they share the work,
and the stories are the same however many ran. A worker that dies loses nothing:
its job runs again once its lease (--lease) runs out.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			store, err := openPostgres(ctx, dsn)
			if err != nil {
				return err
			}
			defer store.Close()
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			if delay <= 0 {
				delay = -1 // the worker reads zero as its default
			}
			for _, k := range kinds {
				switch k {
				case worker.KindExtract, worker.KindFetch, worker.KindCluster, worker.KindStory:
				default:
					return usageError{fmt.Sprintf("--jobs: %q is not a job kind (extract, fetch, cluster, story)", k)}
				}
			}
			w := &worker.Worker{Store: store, ID: id, Lease: lease, StoryDelay: delay, Kinds: kinds, Options: pipeline.DefaultOptions,
				Log: slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))}
			if !noFetch {
				w.Client = newClient(ff)
			}
			w.Log.Info("worker started", "db", redact(dsn))
			err = w.Run(ctx)
			st := w.Stats()
			fmt.Fprintf(cmd.OutOrStdout(), "worker stopped: %d jobs done, %d retried, %d failed; %d articles stored, %d placed, %d story rebuilds\n",
				st.Jobs, st.Retried, st.Failed, st.Articles, st.Placed, st.Rebuilt)
			return err
		},
	}
	addPostgresFlag(cmd, &dsn)
	addFetchFlags(cmd, &ff)
	cmd.Flags().StringVar(&id, "id", "", "name of this worker in chorus jobs (default host:pid)")
	cmd.Flags().DurationVar(&lease, "lease", 30*time.Second, "how long a job stays this worker's without a renewal")
	cmd.Flags().StringSliceVar(&kinds, "jobs", nil, "take only these kinds of job: extract, fetch, cluster, story (default all)")
	cmd.Flags().DurationVar(&delay, "story-delay", 2*time.Second, "how long a story's rebuild waits for more articles to join it (0: at once)")
	cmd.Flags().BoolVar(&noFetch, "no-fetch", false, "do not fetch sources (take only extract and clustering jobs)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "log every job")
	rootCmd.AddCommand(cmd)
}

// redact hides the password of a connection URL.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	userinfo := dsn[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return dsn[:scheme+3] + userinfo[:i] + ":***" + dsn[at:]
	}
	return dsn
}
