package http

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// access is what a route demands of the caller.
type access int

const (
	open  access = iota // anyone: health, static assets, the API document
	read                // anyone when reads are public, else a key
	write               // a key, always
)

// kind is how a route answers errors.
type kind int

const (
	api  kind = iota // problem+json
	page             // an HTML page
)

// handler is a route's work; an error it returns is answered by the route.
type handler func(w http.ResponseWriter, r *http.Request) error

// routes registers every route. The API's routes must match the OpenAPI
// document; a test checks both ways.
func (s *Server) routes() {
	s.handle("GET /healthz", open, api, s.healthz)
	s.handle("GET /openapi.json", open, api, s.openapi)
	s.handle("GET /metrics", open, api, s.serveMetrics)

	s.handle("POST /api/articles", write, api, s.postArticles)
	s.handle("GET /api/articles/{id}", read, api, s.getArticle)
	s.handle("GET /api/stories", read, api, s.listStories)
	s.handle("GET /api/stories/{id}", read, api, s.getStory)
	s.handle("GET /api/search", read, api, s.search)
	s.handle("GET /api/webhooks", write, api, s.listWebhooks)
	s.handle("POST /api/webhooks", write, api, s.postWebhook)
	s.handle("DELETE /api/webhooks/{id}", write, api, s.deleteWebhook)
	s.handle("POST /api/webhooks/{id}/redeliver", write, api, s.redeliverWebhook)

	s.handle("GET /feeds/stories.atom", read, api, s.storiesFeed(feedAtom))
	s.handle("GET /feeds/stories.json", read, api, s.storiesFeed(feedJSON))
	s.handle("GET /feeds/search.atom", read, api, s.searchFeed(feedAtom))
	s.handle("GET /feeds/search.json", read, api, s.searchFeed(feedJSON))

	s.handle("GET /{$}", read, page, s.listPage)
	s.handle("GET /search", read, page, s.searchPage)
	s.handle("GET /stories/{id}", read, page, s.storyPage)
	s.handle("GET /articles/{id}", read, page, s.articlePage)
	s.handle("GET /static/", open, page, s.static)
	s.handle("GET /", open, page, func(w http.ResponseWriter, r *http.Request) error {
		return errorf(http.StatusNotFound, "there is no page at %s", r.URL.Path)
	})
}

// reqInfo is what the logs and metrics learn about a request.
type reqInfo struct {
	key string
}

type infoKey struct{}

// handle registers h under pattern, wrapped with what every route does:
// authentication, rate limits, a time limit, a body limit, metrics, a log
// line and error answers.
func (s *Server) handle(pattern string, acc access, k kind, h handler) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		info := &reqInfo{}
		ctx, cancel := context.WithTimeoutCause(r.Context(), s.cfg.RequestTimeout, errTimeout)
		defer cancel()
		r = r.WithContext(context.WithValue(ctx, infoKey{}, info))
		if r.Body != nil {
			r.Body = http.MaxBytesReader(sw, r.Body, s.cfg.MaxBodyBytes)
		}
		err := s.admit(r, acc, info)
		if err == nil {
			err = h(sw, r)
		}
		if err != nil {
			if ctx.Err() != nil && context.Cause(ctx) == errTimeout {
				err = errors.Join(err, errTimeout)
			}
			s.fail(sw, r, k, err)
		}
		elapsed := time.Since(start)
		status := sw.code()
		s.metrics.observe(pattern, r.Method, status, elapsed)
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request", slog.String("method", r.Method),
			slog.String("path", r.URL.Path), slog.String("route", pattern), slog.Int("status", status),
			slog.Int64("bytes", sw.n), slog.Duration("took", elapsed), slog.String("key", info.key),
			slog.String("remote", clientAddr(r)))
	}))
}

// fail answers err in the route's manner.
func (s *Server) fail(w *statusWriter, r *http.Request, k kind, err error) {
	status, detail, retry := statusOf(err)
	var he *httpError
	if status >= 500 && !errors.As(err, &he) {
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
	}
	if w.wrote {
		return // too late to say anything but the log line
	}
	setRetryAfter(w, retry)
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chorus"`)
	}
	if k == page {
		s.errorPage(w, r, status, detail)
		return
	}
	writeProblem(w, r, status, detail)
}

// clientAddr is the address the request came from (no proxy headers are
// trusted: run behind a proxy that limits on its own if need be).
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// statusWriter remembers the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

func (w *statusWriter) code() int {
	if !w.wrote {
		return http.StatusOK
	}
	return w.status
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	if _, _, err := s.store.StoryPage(r.Context(), storyFilterOne); err != nil {
		s.log.Error("health check failed", "err", err)
		return errorf(http.StatusServiceUnavailable, "the store does not answer")
	}
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
