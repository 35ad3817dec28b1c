package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/sqlite"
	"github.com/chorusnews/chorus/worker"
	"github.com/chorusnews/chorus/worker/synth"
)

func init() {
	var (
		n          int
		counts     string
		pg, dir    string
		seed       uint64
		skipLite   bool
		cpuProfile string
	)
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Measure ingest throughput on SQLite and PostgreSQL with 1, 2, 4… workers",
		Long: `bench ingest stores a synthetic news stream (see worker/synth) into a fresh store once per
worker count and prints articles per second, the speed-up over one worker, and where the
time went. On SQLite the workers are goroutines that extract and analyse batches in
parallel while one writer stores and clusters them in order (SQLite has one writer); on
PostgreSQL they are full workers taking jobs from the queue, each with its own
clustering state, as separate processes would be. --postgres (or CHORUS_BENCH_POSTGRES)
names the server; each run gets a schema of its own, dropped afterwards.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var ws []int
			for _, f := range strings.Split(counts, ",") {
				w, err := strconv.Atoi(strings.TrimSpace(f))
				if err != nil || w <= 0 {
					return usageError{fmt.Sprintf("--workers: %q is not a positive number", f)}
				}
				ws = append(ws, w)
			}
			ctx := cmd.Context()
			docs := synth.Documents(n, synth.Options{Seed: seed})
			if cpuProfile != "" {
				pf, err := os.Create(cpuProfile)
				if err != nil {
					return fmt.Errorf("cpu profile: %w", err)
				}
				defer pf.Close()
				if err := pprof.StartCPUProfile(pf); err != nil {
					return fmt.Errorf("cpu profile: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%d synthetic documents (seed %d), batches of %d\n\n", len(docs), seed, worker.BatchSize)
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "store\tworkers\tarticles/s\tspeed-up\tper added worker\textract\tanalyse\tstore\tcluster\tstories\twall\t")
			row := func(store string, w int, r benchRun, base float64) {
				rate := float64(r.articles) / r.wall.Seconds()
				// the table prints at the end; a long run says each result as it comes
				fmt.Fprintf(cmd.ErrOrStderr(), "%s, %d workers: %d articles in %s, %.0f articles/s\n",
					store, w, r.articles, r.wall.Round(time.Millisecond), rate)
				up := rate / base
				per := "-"
				if w > 1 {
					per = fmt.Sprintf("%.2f", (up-1)/float64(w-1))
				}
				stories := "-"
				if r.stories > 0 {
					stories = share(r.stories, r.wall*time.Duration(w))
				}
				fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.2f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", store, w, rate, up, per,
					share(r.extract, r.wall*time.Duration(w)), share(r.analyze, r.wall*time.Duration(w)),
					share(r.store, r.wall*time.Duration(w)), share(r.cluster, r.wall*time.Duration(w)),
					stories, r.wall.Round(time.Millisecond))
			}
			if !skipLite {
				base := 0.0
				for _, w := range ws {
					r, err := benchSQLite(ctx, dir, docs, w)
					if err != nil {
						return err
					}
					if base == 0 {
						base = float64(r.articles) / r.wall.Seconds()
					}
					row("sqlite", w, r, base)
				}
			}
			if pg != "" {
				base := 0.0
				for _, w := range ws {
					r, err := benchPostgres(ctx, pg, docs, w)
					if err != nil {
						return err
					}
					if base == 0 {
						base = float64(r.articles) / r.wall.Seconds()
					}
					row("postgres", w, r, base)
				}
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintln(out, "\nextract … stories: summed time of each step across workers, as a share of wall time × workers.")
			fmt.Fprintln(out, "On SQLite the one writer rebuilds stories as it places (cluster holds both); on PostgreSQL")
			fmt.Fprintln(out, "cluster is the clustering step and stories the story jobs that rebuild what it touched.")
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "n", 10000, "articles in the stream")
	cmd.Flags().StringVar(&counts, "workers", "1,2,4", "worker counts to measure, comma-separated")
	cmd.Flags().StringVar(&pg, "postgres", os.Getenv("CHORUS_BENCH_POSTGRES"), "PostgreSQL URL to measure on (env CHORUS_BENCH_POSTGRES)")
	cmd.Flags().StringVar(&dir, "dir", os.TempDir(), "folder for the SQLite files")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed of the synthetic stream")
	cmd.Flags().BoolVar(&skipLite, "no-sqlite", false, "measure PostgreSQL only")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of all the measured runs to this file")
	benchCmd.AddCommand(cmd)
}

// benchRun is what one measured run did.
type benchRun struct {
	articles                         int
	wall                             time.Duration
	extract, analyze, store, cluster time.Duration
	stories                          time.Duration
	workers                          int
}

// share renders d as a percentage of the run's worker time.
func share(d, wall time.Duration) string {
	if wall <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*d.Seconds()/wall.Seconds())
}

// benchSQLite ingests docs into a new SQLite file: w goroutines extract and
// analyse batches, one writer stores and places them in submission order.
func benchSQLite(ctx context.Context, dir string, docs []chorus.Document, w int) (benchRun, error) {
	path := filepath.Join(dir, fmt.Sprintf("chorus-bench-%d-%d.db", os.Getpid(), w))
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
	}()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return benchRun{}, err
	}
	defer s.Close()
	desk, err := pipeline.Open(ctx, s, pipeline.DefaultOptions)
	if err != nil {
		return benchRun{}, err
	}
	type prepared struct {
		arts []*chorus.Article
		ans  []*chorus.Analysis
		done chan struct{}
	}
	var batches []*prepared
	for i := 0; i < len(docs); i += worker.BatchSize {
		batches = append(batches, &prepared{done: make(chan struct{})})
	}
	var (
		mu               sync.Mutex
		extract, analyse time.Duration
		next             = make(chan int)
		wg               sync.WaitGroup
	)
	start := time.Now()
	for range w {
		wg.Go(func() {
			for i := range next {
				t0 := time.Now()
				arts, _ := pipeline.Extract(docs[i*worker.BatchSize : min((i+1)*worker.BatchSize, len(docs))])
				arts = pipeline.StreamOrder(arts)
				t1 := time.Now()
				ans := make([]*chorus.Analysis, len(arts))
				for k, a := range arts {
					ans[k] = analyze.Analyze(a)
				}
				mu.Lock()
				extract += t1.Sub(t0)
				analyse += time.Since(t1)
				mu.Unlock()
				batches[i].arts, batches[i].ans = arts, ans
				close(batches[i].done)
			}
		})
	}
	go func() {
		for i := range batches {
			next <- i
		}
		close(next)
	}()
	var r benchRun
	for i := 0; i < len(batches); {
		<-batches[i].done
		// Like a worker's clustering step, the writer places every batch
		// that is ready (up to worker.ClusterBatches) in one go, so a story
		// several of them touch is rebuilt once. The stories come out the
		// same: placing is in submission order either way.
		arts, ans := batches[i].arts, batches[i].ans
		for i++; i < len(batches) && len(arts) < 10*worker.BatchSize && isDone(batches[i].done); i++ {
			arts = append(arts, batches[i].arts...)
			ans = append(ans, batches[i].ans...)
		}
		t0 := time.Now()
		res, err := desk.Add(ctx, arts, ans)
		if err != nil {
			wg.Wait()
			return r, err
		}
		r.cluster += time.Since(t0)
		r.articles += len(res.Added)
	}
	wg.Wait()
	r.wall = time.Since(start)
	r.extract, r.analyze, r.workers = extract, analyse, w
	return r, nil
}

// isDone reports whether done is closed, without waiting.
func isDone(done chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// benchPostgres queues docs in a fresh schema and runs w workers until
// the queue is empty.
func benchPostgres(ctx context.Context, dsn string, docs []chorus.Document, w int) (benchRun, error) {
	var b [4]byte
	_, _ = rand.Read(b[:])
	schema := "chorus_bench_" + hex.EncodeToString(b[:])
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return benchRun{}, err
	}
	defer admin.Close(context.WithoutCancel(ctx))
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return benchRun{}, err
	}
	defer admin.Exec(context.WithoutCancel(ctx), "DROP SCHEMA "+schema+" CASCADE")
	s, err := postgres.Open(ctx, postgres.WithSearchPath(dsn, schema))
	if err != nil {
		return benchRun{}, err
	}
	defer s.Close()
	if _, _, err := worker.Submit(ctx, s, docs, worker.BatchSize); err != nil {
		return benchRun{}, err
	}
	start := time.Now()
	ws := make([]*worker.Worker, w)
	var wg sync.WaitGroup
	for i := range ws {
		ws[i] = &worker.Worker{Store: s, ID: fmt.Sprintf("bench-%d", i), Poll: 10 * time.Millisecond,
			Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		wg.Go(func() { _ = ws[i].Drain(ctx) })
	}
	wg.Wait()
	r := benchRun{wall: time.Since(start), workers: w}
	for _, wk := range ws {
		st := wk.Stats()
		r.articles += st.Articles
		r.extract += st.Extract
		r.analyze += st.Analyze
		r.store += st.Store
		r.cluster += st.Cluster
		r.stories += st.Rebuild
	}
	return r, ctx.Err()
}
