package http

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// Server is chorus's HTTP server. Create it with New, mount Handler or call
// Serve, and Close it to stop the webhook deliveries.
type Server struct {
	cfg   Config
	store Store
	desk  Ingester
	log   *slog.Logger

	// writeMu serialises ingests, the desk not being safe for concurrent
	// use, and guards desk, which is nil until SetDesk while it loads.
	writeMu sync.Mutex

	pages    *pageCache
	versions *versions
	limits   *limiter
	hooks    *dispatcher
	metrics  *metrics
	ui       *ui
	mux      *http.ServeMux
	// patterns are the registered routes, for the test that holds them to
	// the OpenAPI document.
	patterns []string
	handler  http.Handler
	now      func() time.Time
}

// New builds a server over store, ingesting through desk. The
// configuration must be valid. desk may be nil: the server then reads at
// once and refuses writes with 503 until SetDesk, because opening a desk
// over a large store takes a while.
func New(cfg Config, store Store, desk Ingester) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	s := &Server{
		cfg:    cfg,
		store:  store,
		desk:   desk,
		log:    log,
		pages:  newPageCache(cfg.CacheBytes),
		limits: newLimiter(time.Now),
		mux:    http.NewServeMux(),
		now:    time.Now,
	}
	s.versions = newVersions(store, s.now)
	if cfg.Metrics {
		s.metrics = newMetrics()
	}
	// through s.now, which tests may set after New
	s.hooks = newDispatcher(store, log, s.metrics, func() time.Time { return s.now() })
	ui, err := newUI()
	if err != nil {
		return nil, err
	}
	s.ui = ui
	s.routes()
	s.handler = s.recoverPanics(s.mux)
	return s, nil
}

// Handler returns the server's handler, for tests and for mounting.
func (s *Server) Handler() http.Handler { return s.handler }

// SetDesk gives the server the desk it ingests through, once loaded.
func (s *Server) SetDesk(desk Ingester) {
	s.writeMu.Lock()
	s.desk = desk
	s.writeMu.Unlock()
}

// CacheStats reports how many rendered-page lookups found their page and
// how many had to render it, for benchmarks and logs.
func (s *Server) CacheStats() (hits, misses int64) {
	return s.pages.hits.Load(), s.pages.misses.Load()
}

// Close stops the webhook deliveries, waiting up to the shutdown timeout
// for those queued.
func (s *Server) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	s.hooks.close(ctx)
}

// Serve answers requests on ln until ctx is done, then stops accepting,
// lets the requests in flight finish (up to the shutdown timeout) and
// returns. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout,
		// Writing a response may take as long as the work plus a slow client.
		WriteTimeout:   s.cfg.RequestTimeout + 10*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("serving", "addr", ln.Addr().String(), "read", string(s.cfg.Read), "metrics", s.cfg.Metrics)
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "timeout", s.cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	if err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

// recoverPanics turns a panicking handler into a 500 and a log line
// instead of a dropped connection.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeProblem(w, r, http.StatusInternalServerError, "the server failed; the log has the details")
			}
		}()
		next.ServeHTTP(w, r)
	})
}
