package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/sqlite"
	"github.com/chorusnews/chorus/worker"
)

// serveEnv maps serve's flags to the environment variables that set them
// when the flag is not given.
var serveEnv = map[string]string{
	"addr":             "CHORUS_ADDR",
	"base-url":         "CHORUS_BASE_URL",
	"read":             "CHORUS_READ",
	"anon-rate":        "CHORUS_ANON_RATE",
	"max-body":         "CHORUS_MAX_BODY",
	"max-batch":        "CHORUS_MAX_BATCH",
	"request-timeout":  "CHORUS_REQUEST_TIMEOUT",
	"shutdown-timeout": "CHORUS_SHUTDOWN_TIMEOUT",
	"metrics":          "CHORUS_METRICS",
	"metrics-allow":    "CHORUS_METRICS_ALLOW",
	"cache":            "CHORUS_CACHE_BYTES",
	"log-format":       "CHORUS_LOG_FORMAT",
	"log-level":        "CHORUS_LOG_LEVEL",
}

// serveSettings are serve's flags before they become an http.Config.
type serveSettings struct {
	db, addr, baseURL, read, metricsAllow, logFormat, logLevel string
	anonRate, maxBatch                                         int
	maxBody, cache                                             int64
	requestTimeout, shutdownTimeout                            time.Duration
	metrics                                                    bool
}

func init() {
	var st serveSettings
	def := http.DefaultConfig()
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the stories in a browser and a JSON API",
		Long: `serve answers HTTP on --addr: a web UI for reading stories, a JSON API described
at /openapi.json, Atom and JSON feeds, and webhooks. It uses the same database as
the other commands and brings its schema up to date at start.

--db is an SQLite file or a postgres:// URL. On PostgreSQL any number of
"chorus worker" processes may run against the same database: the server takes
turns with them at the clustering lock to place the articles it is sent.

Every flag can also be set by the environment variable named in its help; a flag
given on the command line wins. Writes (POST /api/articles) need an API key made
with "chorus keys create". It stops cleanly on SIGINT or SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyEnv(cmd.Flags(), serveEnv); err != nil {
				return usageError{err.Error()}
			}
			cfg, err := st.config()
			if err != nil {
				return usageError{err.Error()}
			}
			if err := cfg.Validate(); err != nil {
				return usageError{err.Error()}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return serve(ctx, cfg, st.db)
		},
	}
	f := cmd.Flags()
	addServerDBFlag(cmd, &st.db)
	f.StringVar(&st.addr, "addr", def.Addr, "listen address host:port (env CHORUS_ADDR)")
	f.StringVar(&st.baseURL, "base-url", "", "public URL of the server, for links in feeds (env CHORUS_BASE_URL)")
	f.StringVar(&st.read, "read", string(def.Read), "who may read: public, or key for API keys only (env CHORUS_READ)")
	f.IntVar(&st.anonRate, "anon-rate", def.AnonPerMinute, "requests a minute per address without a key; 0 for no limit (env CHORUS_ANON_RATE)")
	f.Int64Var(&st.maxBody, "max-body", def.MaxBodyBytes, "largest request body in bytes (env CHORUS_MAX_BODY)")
	f.IntVar(&st.maxBatch, "max-batch", def.MaxBatch, "most articles in one POST (env CHORUS_MAX_BATCH)")
	f.DurationVar(&st.requestTimeout, "request-timeout", def.RequestTimeout, "time limit of one request (env CHORUS_REQUEST_TIMEOUT)")
	f.DurationVar(&st.shutdownTimeout, "shutdown-timeout", def.ShutdownTimeout, "how long shutdown waits for requests in flight (env CHORUS_SHUTDOWN_TIMEOUT)")
	f.BoolVar(&st.metrics, "metrics", false, "serve Prometheus metrics at /metrics (env CHORUS_METRICS)")
	f.StringVar(&st.metricsAllow, "metrics-allow", "127.0.0.0/8,::1", "networks allowed to read /metrics (env CHORUS_METRICS_ALLOW)")
	f.Int64Var(&st.cache, "cache", def.CacheBytes, "bytes of rendered pages to keep in memory (env CHORUS_CACHE_BYTES)")
	f.StringVar(&st.logFormat, "log-format", "text", "log format: text or json (env CHORUS_LOG_FORMAT)")
	f.StringVar(&st.logLevel, "log-level", "info", "log level: debug, info, warn or error (env CHORUS_LOG_LEVEL)")
	rootCmd.AddCommand(cmd)
}

// applyEnv sets each flag not given on the command line from its
// environment variable, naming the variable when its value is wrong.
func applyEnv(fs *pflag.FlagSet, env map[string]string) error {
	var errs []error
	for name, variable := range env {
		v, ok := os.LookupEnv(variable)
		if !ok || fs.Changed(name) {
			continue
		}
		if err := fs.Set(name, v); err != nil {
			errs = append(errs, fmt.Errorf("%s=%q: %v", variable, v, err))
		}
	}
	return errors.Join(errs...)
}

// config turns the settings into the server's configuration.
func (st serveSettings) config() (http.Config, error) {
	cfg := http.DefaultConfig()
	cfg.Addr, cfg.BaseURL, cfg.Read = st.addr, st.baseURL, http.ReadAccess(st.read)
	cfg.AnonPerMinute, cfg.MaxBodyBytes, cfg.MaxBatch = st.anonRate, st.maxBody, st.maxBatch
	cfg.RequestTimeout, cfg.ShutdownTimeout = st.requestTimeout, st.shutdownTimeout
	cfg.Metrics, cfg.CacheBytes = st.metrics, st.cache
	allow, err := http.ParsePrefixes(st.metricsAllow)
	if err != nil {
		return cfg, fmt.Errorf("metrics-allow: %w", err)
	}
	cfg.MetricsAllow = allow
	logger, err := newLogger(os.Stderr, st.logFormat, st.logLevel)
	if err != nil {
		return cfg, err
	}
	cfg.Logger = logger
	return cfg, nil
}

// newLogger makes the structured logger serve writes to w.
func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log-level: %q is not debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	if w == nil {
		w = io.Discard
	}
	switch strings.ToLower(format) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log-format: %q is not text or json", format)
}

// serve opens the store and answers requests until ctx ends. Reads are
// answered at once; writes wait for the desk, which replays every stored
// article to rebuild its clustering state and so takes a while on a large
// store.
func serve(ctx context.Context, cfg http.Config, db string) error {
	log := cfg.Logger
	store, err := openServerStore(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := http.New(cfg, store, nil)
	if err != nil {
		return err
	}
	defer srv.Close()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	// The desk and the page cache load while requests are answered.
	loaded := make(chan error, 1)
	go func() {
		t0 := time.Now()
		desk, err := openDesk(ctx, store, log)
		if err != nil {
			loaded <- err
			return
		}
		srv.SetDesk(desk)
		log.Info("desk ready: writes open", "db", redact(db), "took", time.Since(t0).Round(time.Millisecond).String())
		t0 = time.Now()
		n, err := srv.Warm(ctx)
		if err != nil && ctx.Err() == nil {
			log.Warn("warming the page cache", "err", err)
		}
		log.Info("page cache warm", "pages", n, "took", time.Since(t0).Round(time.Millisecond).String())
		loaded <- nil
	}()
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(sctx, ln) }()
	select {
	case err := <-loaded:
		if err != nil && ctx.Err() == nil {
			// Without a desk the server cannot write; stop rather than limp.
			stop()
			return errors.Join(fmt.Errorf("open the desk: %w", err), <-served)
		}
	case err := <-served:
		return err
	}
	return <-served
}

// openDesk loads what the server ingests through. The embedded store has
// one writer, the server, so it is repaired and rebuilt by pipeline.Open.
// PostgreSQL is shared with workers: the server must not repair what they
// are writing, and takes turns with them at the clustering lock, as a
// worker's clustering step does.
func openDesk(ctx context.Context, store serverStore, log *slog.Logger) (http.Ingester, error) {
	switch s := store.(type) {
	case *postgres.Store:
		d := worker.NewSharedDesk(s, pipeline.DefaultOptions, log)
		if err := d.Load(ctx); err != nil {
			return nil, err
		}
		return d, nil
	case *sqlite.Store:
		return pipeline.Open(ctx, s, pipeline.DefaultOptions)
	}
	return nil, fmt.Errorf("open the desk: no desk for a %T", store)
}
