// Package fetch is chorus's HTTP client for the open web: polite to the
// sites it reads and safe against what they send back.
//
// Polite: a User-Agent that names chorus and the operator's contact;
// robots.txt honoured, Crawl-delay included; one request at a time per host
// with a minimum interval between requests; conditional GET; compressed
// responses; 429 and 503 with Retry-After respected.
//
// Safe: only http and https; every connection is checked after DNS
// resolution, so hosts that resolve to loopback, private, link-local or
// other non-public addresses are refused even under DNS rebinding; limits on
// body size (checked while reading, so a huge body is never read whole),
// time, redirects (loops detected) and content types.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Limits and defaults. The interval and Crawl-delay cap keep a host's own
// numbers from stalling a run for hours; robots.txt is capped at 500 KiB as
// RFC 9309 allows.
const (
	connectTimeout     = 10 * time.Second
	maxCrawlDelay      = 5 * time.Minute
	maxRetryAfter      = 24 * time.Hour
	defaultRetryAfter  = time.Minute
	robotsRetry        = 10 * time.Minute
	maxRobotsBytes     = 500 << 10
	maxRobotsRedirects = 5
)

// Options configure a Client. The zero value of each field takes the default
// given in its comment.
type Options struct {
	// UserAgent is the product token and version; default "chorus/1".
	UserAgent string
	// Contact is how a site's operator reaches whoever runs this chorus (a
	// URL or an e-mail address); it is added to the User-Agent.
	Contact string
	// Timeout bounds one request from connecting to the last body byte; 30s.
	Timeout time.Duration
	// MaxBytes caps a response body after decompression; 10 MiB.
	MaxBytes int64
	// MaxRedirects caps the redirects followed for one URL; 5.
	MaxRedirects int
	// MinInterval is the least time between two requests to one host; 1s.
	// Negative means none (benchmarks against a local server).
	MinInterval time.Duration
	// MaxWait is the longest a request waits for its host's turn (Crawl-delay,
	// Retry-After) before it is deferred with KindDeferred; 2 minutes.
	MaxWait time.Duration
	// RobotsTTL is how long a robots.txt is trusted; 24 hours.
	RobotsTTL time.Duration
	// AllowPrivate lets connections reach loopback, private and other
	// non-public addresses (CHORUS_ALLOW_PRIVATE_NETWORKS); tests set it.
	AllowPrivate bool
	// Pins maps "host:port" to the "ip:port" to connect to instead, as
	// curl's --resolve does. The address check still applies.
	Pins map[string]string
	// Clock tells time and waits; SystemClock by default.
	Clock Clock
}

func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = "chorus/1"
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 10 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	switch {
	case o.MinInterval == 0:
		o.MinInterval = time.Second
	case o.MinInterval < 0:
		o.MinInterval = 0
	}
	if o.MaxWait <= 0 {
		o.MaxWait = 2 * time.Minute
	}
	if o.RobotsTTL <= 0 {
		o.RobotsTTL = 24 * time.Hour
	}
	if o.Clock == nil {
		o.Clock = SystemClock{}
	}
	return o
}

// Client fetches URLs politely and safely. It is safe for concurrent use;
// requests to different hosts run in parallel, requests to one host one at
// a time.
type Client struct {
	opts  Options
	http  *http.Client
	ua    string
	agent string // the product token robots.txt groups are matched against

	mu    sync.Mutex
	hosts map[string]*host
}

// New returns a client with opts.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	tr := &http.Transport{
		// No proxy from the environment: the address check must see the
		// address of the site, not of a proxy that would reach anywhere.
		Proxy:                 nil,
		DialContext:           dialer(opts.AllowPrivate, opts.Pins),
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		// Compression stays on: the transport asks for gzip and inflates it,
		// and the size limit applies to the inflated bytes.
		DisableCompression: false,
	}
	ua := opts.UserAgent
	if opts.Contact != "" {
		ua += " (+" + opts.Contact + ")"
	}
	agent, _, _ := strings.Cut(opts.UserAgent, "/")
	return &Client{
		opts: opts,
		http: &http.Client{
			Transport: tr,
			// Redirects are followed by Get itself, one hop at a time, so
			// that each hop passes the same robots, politeness and loop checks.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		ua:    ua,
		agent: strings.ToLower(strings.TrimSpace(agent)),
		hosts: map[string]*host{},
	}
}

// UserAgent is the User-Agent header the client sends.
func (c *Client) UserAgent() string { return c.ua }

// Request is one GET.
type Request struct {
	URL string
	// ETag and LastModified are the validators of the copy the caller has;
	// when the server says it has not changed, Response.NotModified is set.
	ETag         string
	LastModified string
	// Accept lists the media types the caller reads ("text/html",
	// "application/*"); a body of another type is refused. Empty accepts any.
	Accept []string
}

// Response is a successful fetch.
type Response struct {
	// URL is where the body came from, after redirects.
	URL    string
	Status int
	// NotModified is set when the server answered 304; Body is then empty.
	NotModified  bool
	ContentType  string
	ETag         string
	LastModified string
	Body         []byte
}

// Get fetches req.URL, following redirects. A failure is an *Error (or the
// context's error once ctx is done).
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := parseHTTPURL(req.URL)
	if err != nil {
		return nil, &Error{URL: req.URL, Kind: KindBadURL, Err: err}
	}
	visited := map[string]bool{}
	for hop := 0; ; hop++ {
		visited[u.String()] = true
		res, next, err := c.hop(ctx, u, req)
		if err != nil || next == nil {
			return res, err
		}
		switch {
		case next.Scheme != "http" && next.Scheme != "https":
			return nil, &Error{URL: req.URL, Kind: KindRedirect, Detail: "redirect to " + next.Scheme + " URL"}
		case visited[next.String()]:
			return nil, &Error{URL: req.URL, Kind: KindRedirect, Detail: "redirect loop at " + next.String()}
		case hop >= c.opts.MaxRedirects:
			return nil, &Error{URL: req.URL, Kind: KindRedirect, Detail: "more than " + strconv.Itoa(c.opts.MaxRedirects) + " redirects"}
		}
		u = next
	}
}

// hop makes one request, with the host's slot held: robots.txt checked,
// the host's turn awaited. It returns either a response, or the URL a
// redirect points to.
func (c *Client) hop(ctx context.Context, u *url.URL, req Request) (*Response, *url.URL, error) {
	h := c.hostOf(u)
	release, err := h.acquire(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer release()
	if err := c.allowed(ctx, h, u); err != nil {
		return nil, nil, err
	}
	if err := c.waitTurn(ctx, h, u); err != nil {
		return nil, nil, err
	}
	var validators map[string]string
	if req.ETag != "" || req.LastModified != "" {
		validators = map[string]string{"If-None-Match": req.ETag, "If-Modified-Since": req.LastModified}
	}
	res, cancel, err := c.send(ctx, u, acceptHeader(req.Accept), validators)
	if err != nil {
		c.done(h, 0)
		return nil, nil, c.classify(ctx, u, err)
	}
	defer cancel()
	defer res.Body.Close()
	var retryAfter time.Duration
	defer func() { c.done(h, retryAfter) }()

	if loc := redirectTarget(res); loc != nil {
		return nil, u.ResolveReference(loc), nil
	}
	switch {
	case res.StatusCode == http.StatusNotModified:
		return &Response{URL: u.String(), Status: res.StatusCode, NotModified: true,
			ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified")}, nil, nil
	case res.StatusCode == http.StatusTooManyRequests || res.StatusCode == http.StatusServiceUnavailable:
		retryAfter = parseRetryAfter(res.Header.Get("Retry-After"), c.opts.Clock.Now())
		if retryAfter <= 0 {
			retryAfter = defaultRetryAfter
		}
		return nil, nil, &Error{URL: u.String(), Kind: KindStatus, Status: res.StatusCode, RetryAfter: retryAfter}
	case res.StatusCode < 200 || res.StatusCode > 299:
		return nil, nil, &Error{URL: u.String(), Kind: KindStatus, Status: res.StatusCode}
	}
	if res.ContentLength > c.opts.MaxBytes {
		return nil, nil, &Error{URL: u.String(), Kind: KindTooLarge,
			Detail: "Content-Length " + strconv.FormatInt(res.ContentLength, 10) + " over the limit of " + strconv.FormatInt(c.opts.MaxBytes, 10)}
	}
	ctype := res.Header.Get("Content-Type")
	if len(req.Accept) > 0 && ctype != "" && !accepts(req.Accept, ctype) {
		return nil, nil, &Error{URL: u.String(), Kind: KindContentType, Detail: ctype}
	}
	body, err := readCapped(res.Body, c.opts.MaxBytes)
	if errors.Is(err, errOverLimit) {
		return nil, nil, &Error{URL: u.String(), Kind: KindTooLarge,
			Detail: "body over the limit of " + strconv.FormatInt(c.opts.MaxBytes, 10) + " bytes"}
	}
	if err != nil {
		return nil, nil, c.classify(ctx, u, err)
	}
	if ctype == "" {
		ctype = http.DetectContentType(body)
		if len(req.Accept) > 0 && !accepts(req.Accept, ctype) {
			return nil, nil, &Error{URL: u.String(), Kind: KindContentType, Detail: "sniffed " + ctype}
		}
	}
	return &Response{URL: u.String(), Status: res.StatusCode, ContentType: ctype,
		ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified"), Body: body}, nil, nil
}

// send makes one HTTP request bounded by the client's timeout. The caller
// closes the body and then calls cancel.
func (c *Client) send(ctx context.Context, u *url.URL, accept string, headers map[string]string) (*http.Response, context.CancelFunc, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		cancel()
		return nil, nil, err
	}
	hr.Header.Set("User-Agent", c.ua)
	if accept != "" {
		hr.Header.Set("Accept", accept)
	}
	for k, v := range headers {
		if v != "" {
			hr.Header.Set(k, v)
		}
	}
	res, err := c.http.Do(hr)
	if err != nil {
		cancel()
		return nil, nil, err
	}
	return res, cancel, nil
}

// classify turns a transport error into an *Error of the right kind; once
// the caller's own context is done, its error is returned as it is.
func (c *Client) classify(ctx context.Context, u *url.URL, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ne net.Error
	switch {
	case errors.Is(err, ErrNonPublic):
		return &Error{URL: u.String(), Kind: KindBlocked, Err: err}
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
		return &Error{URL: u.String(), Kind: KindTimeout, Detail: "limit " + c.opts.Timeout.String()}
	}
	return &Error{URL: u.String(), Kind: KindNetwork, Err: err}
}

// errOverLimit means a body went past its cap.
var errOverLimit = errors.New("over the size limit")

// readCapped reads at most limit bytes of r. When r holds more, it returns
// the first limit bytes and errOverLimit, having read just one byte more.
func readCapped(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return buf.Bytes()[:limit], errOverLimit
	}
	return buf.Bytes(), nil
}

// redirectTarget returns the Location of a redirect response, or nil.
func redirectTarget(res *http.Response) *url.URL {
	switch res.StatusCode {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
	default:
		return nil
	}
	loc, err := url.Parse(res.Header.Get("Location"))
	if err != nil || res.Header.Get("Location") == "" {
		return nil
	}
	return loc
}

// parseRetryAfter reads a Retry-After header: seconds, or an HTTP date. The
// result is capped at a day, since a longer wait is better served by the
// source's own schedule.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		d = time.Duration(min(secs, int64(maxRetryAfter/time.Second))) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	return max(0, min(d, maxRetryAfter))
}

// parseHTTPURL accepts absolute http and https URLs with a host.
func parseHTTPURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, errors.New("want an absolute http or https URL")
	}
	u.Fragment = ""
	return u, nil
}

// acceptHeader builds the Accept header from the accepted media types.
func acceptHeader(types []string) string {
	if len(types) == 0 {
		return "*/*"
	}
	return strings.Join(types, ", ")
}

// accepts reports whether the media type of a Content-Type header value is
// in list; "text/*" in the list accepts any text type.
func accepts(list []string, contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	for _, want := range list {
		want = strings.ToLower(want)
		if want == mt || want == "*/*" {
			return true
		}
		if major, ok := strings.CutSuffix(want, "/*"); ok && strings.HasPrefix(mt, major+"/") {
			return true
		}
	}
	return false
}

// PageTypes are the media types an article page is read as.
var PageTypes = []string{"text/html", "application/xhtml+xml", "text/plain"}

// FeedTypes are the media types a feed, a sitemap, or a page to discover a
// feed on may come as. Servers label feeds loosely, so the generic XML,
// JSON, text and binary types are accepted and the body decides.
var FeedTypes = []string{
	"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
	"application/xml", "text/xml", "application/json", "text/html", "application/xhtml+xml",
	"text/plain", "application/gzip", "application/x-gzip", "application/octet-stream",
}
