package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeClock advances only when slept on, and records every wait.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.slept = append(f.slept, d)
	f.now = f.now.Add(d)
	return ctx.Err()
}

func (f *fakeClock) sleeps() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.slept...)
}

// testClient is a client allowed to reach the local test servers, with a
// fake clock and a short timeout so no test runs long.
func testClient(t *testing.T, opts Options) (*Client, *fakeClock) {
	t.Helper()
	clk := newFakeClock()
	opts.AllowPrivate = true
	opts.Clock = clk
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return New(opts), clk
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func kindOf(err error) Kind {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Kind
	}
	return 0
}

func TestGetSendsUserAgentAndInflatesGzip(t *testing.T) {
	var gotUA, gotAE string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		gotUA, gotAE = r.Header.Get("User-Agent"), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, "<html><body><p>Hello from a compressed page.</p></body></html>")
		zw.Close()
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{Contact: "ops@example.org", MinInterval: -1})
	res, err := c.Get(ctxT(t), Request{URL: srv.URL + "/a", Accept: PageTypes})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(res.Body), "compressed page") {
		t.Errorf("body not inflated: %q", res.Body)
	}
	if gotUA != "chorus/1 (+ops@example.org)" {
		t.Errorf("User-Agent = %q", gotUA)
	}
	if !strings.Contains(gotAE, "gzip") {
		t.Errorf("Accept-Encoding = %q, want gzip", gotAE)
	}
}

func TestConditionalGetNotModified(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Sun, 01 Mar 2026 10:00:00 GMT"
	var full atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss version=\"2.0\"><channel><title>t</title></channel></rss>")
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{MinInterval: -1})
	ctx := ctxT(t)
	first, err := c.Get(ctx, Request{URL: srv.URL + "/feed", Accept: FeedTypes})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != etag || first.LastModified != lastMod {
		t.Fatalf("first response: %+v", first)
	}
	for _, req := range []Request{
		{URL: srv.URL + "/feed", ETag: first.ETag},
		{URL: srv.URL + "/feed", LastModified: first.LastModified},
	} {
		second, err := c.Get(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if !second.NotModified || len(second.Body) != 0 {
			t.Errorf("conditional GET %+v: got %+v, want 304", req, second)
		}
	}
	if full.Load() != 1 {
		t.Errorf("full responses = %d, want 1", full.Load())
	}
}

func TestRobotsDisallow(t *testing.T) {
	var private atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: chorus\nDisallow: /nochorus/\n")
		case "/private/a", "/nochorus/a":
			private.Add(1)
			fmt.Fprint(w, "secret")
		default:
			fmt.Fprint(w, "public")
		}
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{MinInterval: -1})
	ctx := ctxT(t)
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/nochorus/a"}); kindOf(err) != KindRobots {
		t.Errorf("chorus group: err = %v, want robots refusal", err)
	}
	// The chorus group replaces the * group, so /private/ is open to chorus.
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/private/a"}); err != nil {
		t.Errorf("/private/a: %v", err)
	}
	if private.Load() != 1 {
		t.Errorf("disallowed path was requested %d times, want 0 (+1 allowed)", private.Load()-1)
	}
	other := New(Options{UserAgent: "otherbot/2", AllowPrivate: true, MinInterval: -1, Clock: newFakeClock()})
	if _, err := other.Get(ctx, Request{URL: srv.URL + "/private/a"}); kindOf(err) != KindRobots {
		t.Errorf("* group: err = %v, want robots refusal", err)
	}
}

func TestCrawlDelayAndMinInterval(t *testing.T) {
	for _, tc := range []struct {
		name   string
		robots string
		min    time.Duration
		want   time.Duration
	}{
		{"crawl-delay longer than the minimum", "User-agent: *\nCrawl-delay: 7\n", time.Second, 7 * time.Second},
		{"minimum longer than crawl-delay", "User-agent: *\nCrawl-delay: 1\n", 3 * time.Second, 3 * time.Second},
		{"no robots.txt", "", 2 * time.Second, 2 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					if tc.robots == "" {
						http.NotFound(w, r)
						return
					}
					fmt.Fprint(w, tc.robots)
					return
				}
				fmt.Fprint(w, "ok")
			}))
			defer srv.Close()
			c, clk := testClient(t, Options{MinInterval: tc.min})
			for i := range 3 {
				if _, err := c.Get(ctxT(t), Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)}); err != nil {
					t.Fatal(err)
				}
			}
			// robots.txt, then three pages: each page waits one interval.
			want := []time.Duration{tc.want, tc.want, tc.want}
			if diff := cmp.Diff(want, clk.sleeps()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	var hits atomic.Int32
	retry := "3"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", retry)
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()

	t.Run("short wait is slept", func(t *testing.T) {
		hits.Store(0)
		retry = "3"
		c, clk := testClient(t, Options{MinInterval: -1})
		_, err := c.Get(ctxT(t), Request{URL: srv.URL + "/a"})
		var fe *Error
		if !errors.As(err, &fe) || fe.Status != 429 || fe.RetryAfter != 3*time.Second || !fe.Temporary() {
			t.Fatalf("err = %v, want 429 with retry after 3s", err)
		}
		if _, err := c.Get(ctxT(t), Request{URL: srv.URL + "/a"}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]time.Duration{3 * time.Second}, clk.sleeps()); diff != "" {
			t.Errorf("waits (-want +got):\n%s", diff)
		}
	})
	t.Run("long wait defers without a request", func(t *testing.T) {
		hits.Store(0)
		retry = "900"
		c, clk := testClient(t, Options{MinInterval: -1, MaxWait: time.Minute})
		if _, err := c.Get(ctxT(t), Request{URL: srv.URL + "/a"}); kindOf(err) != KindStatus {
			t.Fatalf("err = %v, want 429", err)
		}
		_, err := c.Get(ctxT(t), Request{URL: srv.URL + "/b"})
		var fe *Error
		if !errors.As(err, &fe) || fe.Kind != KindDeferred || fe.RetryAfter != 900*time.Second {
			t.Fatalf("err = %v, want deferred by 900s", err)
		}
		if hits.Load() != 1 || len(clk.sleeps()) != 0 {
			t.Errorf("hits = %d, sleeps = %v; want 1 and none", hits.Load(), clk.sleeps())
		}
	})
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"-5", 0},
		{"99999999999", 24 * time.Hour},
		{"Sun, 01 Mar 2026 12:05:00 GMT", 5 * time.Minute},
		{"Sun, 01 Mar 2026 11:00:00 GMT", 0},
		{"soon", 0},
	} {
		if got := parseRetryAfter(tc.in, now); got != tc.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestOneRequestAtATimePerHost(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{MinInterval: -1})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := c.Get(ctxT(t), Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("at most %d requests in flight to one host, want 1", most.Load())
	}
}

func TestContentTypeAndScheme(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/img":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/gone":
			http.Error(w, "gone", http.StatusGone)
		}
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{MinInterval: -1})
	ctx := ctxT(t)
	for _, tc := range []struct {
		url    string
		accept []string
		want   Kind
	}{
		{srv.URL + "/img", PageTypes, KindContentType},
		{srv.URL + "/to-file", nil, KindRedirect},
		{srv.URL + "/gone", nil, KindStatus},
		{"file:///etc/passwd", nil, KindBadURL},
		{"ftp://example.org/feed", nil, KindBadURL},
		{"/relative/path", nil, KindBadURL},
	} {
		if _, err := c.Get(ctx, Request{URL: tc.url, Accept: tc.accept}); kindOf(err) != tc.want {
			t.Errorf("%s: err = %v, want %s", tc.url, err, tc.want)
		}
	}
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		ctype string
		want  bool
	}{
		{"text/html; charset=utf-8", true},
		{"TEXT/HTML", true},
		{"application/xhtml+xml", true},
		{"image/jpeg", false},
		{"application/pdf", false},
		{"", false},
	} {
		if got := accepts(PageTypes, tc.ctype); got != tc.want {
			t.Errorf("accepts(PageTypes, %q) = %v", tc.ctype, got)
		}
	}
	if !accepts([]string{"text/*"}, "text/csv") {
		t.Error("text/* should accept text/csv")
	}
}

func TestReadCapped(t *testing.T) {
	b, err := readCapped(bytes.NewReader(make([]byte, 10)), 10)
	if err != nil || len(b) != 10 {
		t.Errorf("at the limit: %d bytes, %v", len(b), err)
	}
	b, err = readCapped(bytes.NewReader(make([]byte, 11)), 10)
	if !errors.Is(err, errOverLimit) || len(b) != 10 {
		t.Errorf("over the limit: %d bytes, %v", len(b), err)
	}
}
