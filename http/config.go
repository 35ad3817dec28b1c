// Package http serves chorus over HTTP: a JSON API described by an OpenAPI
// 3.1 document, Atom and JSON Feed outputs, signed webhooks, and a
// server-rendered web UI for reading stories. It imports net/http under its
// usual name; callers outside name this package (chttp, say) when they need
// both.
package http

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// ReadAccess says who may read.
type ReadAccess string

// Read access modes.
const (
	// ReadPublic lets anyone read; writes still need a key.
	ReadPublic ReadAccess = "public"
	// ReadKeyed needs an API key for every request but the health check.
	ReadKeyed ReadAccess = "key"
)

// Config is everything the server can be told. cmd/chorus fills it from
// flags and CHORUS_* variables; Validate says what is wrong with it.
type Config struct {
	// Addr is the listen address, host:port.
	Addr string
	// BaseURL is the public URL of the server, used for absolute links in
	// feeds; empty means derive it from each request.
	BaseURL string
	// Read says who may read: public or key.
	Read ReadAccess
	// AnonPerMinute caps requests a minute from one client address without
	// a key; 0 means no cap.
	AnonPerMinute int
	// MaxBodyBytes caps a request body (an upload).
	MaxBodyBytes int64
	// MaxBatch caps the articles of one POST /api/articles.
	MaxBatch int
	// RequestTimeout bounds the work of one request.
	RequestTimeout time.Duration
	// ShutdownTimeout bounds how long shutdown waits for requests in flight.
	ShutdownTimeout time.Duration
	// Metrics turns on /metrics.
	Metrics bool
	// MetricsAllow lists the client networks allowed to read /metrics.
	MetricsAllow []netip.Prefix
	// CacheBytes caps the memory of rendered pages kept by story version.
	CacheBytes int64
	// Logger receives the structured logs; nil means slog.Default().
	Logger *slog.Logger
}

// DefaultConfig is what the server runs with unless told otherwise.
func DefaultConfig() Config {
	return Config{
		Addr:            "127.0.0.1:8080",
		Read:            ReadPublic,
		AnonPerMinute:   600,
		MaxBodyBytes:    16 << 20,
		MaxBatch:        100,
		RequestTimeout:  30 * time.Second,
		ShutdownTimeout: 15 * time.Second,
		MetricsAllow:    []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")},
		CacheBytes:      256 << 20,
	}
}

// Validate reports every problem of c at once, each naming the setting.
func (c Config) Validate() error {
	var errs []error
	bad := func(name, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", name, fmt.Sprintf(format, a...)))
	}
	if _, port, err := net.SplitHostPort(c.Addr); err != nil {
		bad("addr", "%q is not host:port", c.Addr)
	} else if port == "" {
		bad("addr", "%q has no port", c.Addr)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("base-url", "%q is not an absolute http(s) URL", c.BaseURL)
		}
	}
	if c.Read != ReadPublic && c.Read != ReadKeyed {
		bad("read", "%q is neither %q nor %q", c.Read, ReadPublic, ReadKeyed)
	}
	if c.AnonPerMinute < 0 {
		bad("anon-rate", "%d is negative", c.AnonPerMinute)
	}
	if c.MaxBodyBytes < 1<<10 || c.MaxBodyBytes > 1<<30 {
		bad("max-body", "%d bytes is outside 1 KiB–1 GiB", c.MaxBodyBytes)
	}
	if c.MaxBatch < 1 || c.MaxBatch > 10000 {
		bad("max-batch", "%d is outside 1–10000", c.MaxBatch)
	}
	if c.RequestTimeout < time.Second {
		bad("request-timeout", "%v is under a second", c.RequestTimeout)
	}
	if c.ShutdownTimeout < 0 {
		bad("shutdown-timeout", "%v is negative", c.ShutdownTimeout)
	}
	if c.Metrics && len(c.MetricsAllow) == 0 {
		bad("metrics-allow", "metrics are on but no network may read them")
	}
	if c.CacheBytes < 0 {
		bad("cache", "%d bytes is negative", c.CacheBytes)
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid settings: %w", errors.Join(errs...))
	}
	return nil
}

// ParsePrefixes reads a comma-separated list of networks ("127.0.0.0/8,
// 10.1.2.3"); a bare address is a network of one.
func ParsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not an address or network", f)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
