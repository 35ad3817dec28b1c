package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// host is the politeness state of one host: a slot that admits one request
// at a time, the earliest moment the next request may start, and the
// host's robots.txt.
type host struct {
	slot chan struct{}

	mu          sync.Mutex
	next        time.Time
	robots      *robotstxt.RobotsData
	robotsUntil time.Time
	// robotsErr is set while robots.txt could not be read (server error,
	// network trouble); until robotsUntil, every URL on the host is deferred.
	robotsErr error
}

// hostOf returns the state of the host a URL names, creating it on first use.
func (c *Client) hostOf(u *url.URL) *host {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.hosts[key]
	if !ok {
		h = &host{slot: make(chan struct{}, 1)}
		c.hosts[key] = h
	}
	return h
}

// acquire takes the host's slot, waiting for the request before to finish.
func (h *host) acquire(ctx context.Context) (release func(), err error) {
	select {
	case h.slot <- struct{}{}:
		return func() { <-h.slot }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// interval is the spacing between two requests to the host: the client's
// minimum, or the robots.txt Crawl-delay when that is longer.
func (c *Client) interval(h *host) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	d := c.opts.MinInterval
	if h.robots != nil {
		if g := h.robots.FindGroup(c.agent); g != nil && g.CrawlDelay > d {
			d = min(g.CrawlDelay, maxCrawlDelay)
		}
	}
	return d
}

// waitTurn sleeps until the host may be sent the next request. A wait longer
// than MaxWait is not slept: the fetch is deferred, so that one slow host
// does not hold up a whole run.
func (c *Client) waitTurn(ctx context.Context, h *host, u *url.URL) error {
	h.mu.Lock()
	wait := h.next.Sub(c.opts.Clock.Now())
	h.mu.Unlock()
	if wait <= 0 {
		return nil
	}
	if wait > c.opts.MaxWait {
		return &Error{URL: u.String(), Kind: KindDeferred, RetryAfter: wait, Detail: "host asked us to wait"}
	}
	return c.opts.Clock.Sleep(ctx, wait)
}

// done records that a request to the host ended now, so the next one waits
// a full interval; retryAfter, when the host asked for more, pushes it back.
func (c *Client) done(h *host, retryAfter time.Duration) {
	gap := max(c.interval(h), retryAfter)
	h.mu.Lock()
	defer h.mu.Unlock()
	if t := c.opts.Clock.Now().Add(gap); t.After(h.next) {
		h.next = t
	}
}

// allowed checks u against its host's robots.txt, fetching the file first
// when it is not known or has expired. The caller holds the host's slot.
func (c *Client) allowed(ctx context.Context, h *host, u *url.URL) error {
	h.mu.Lock()
	fresh := c.opts.Clock.Now().Before(h.robotsUntil)
	h.mu.Unlock()
	if !fresh {
		if err := c.waitTurn(ctx, h, u); err != nil {
			return err
		}
		c.loadRobots(ctx, h, u)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if errors.Is(h.robotsErr, ErrNonPublic) {
		return &Error{URL: u.String(), Kind: KindBlocked, Err: h.robotsErr}
	}
	if h.robotsErr != nil {
		return &Error{URL: u.String(), Kind: KindDeferred, RetryAfter: h.robotsUntil.Sub(c.opts.Clock.Now()),
			Detail: "robots.txt unreadable", Err: h.robotsErr}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !h.robots.TestAgent(path, c.agent) {
		return &Error{URL: u.String(), Kind: KindRobots}
	}
	return nil
}

// loadRobots fetches and parses the host's robots.txt. As RFC 9309 asks, a
// missing file (4xx) allows everything and an unreachable one (5xx, network
// trouble) allows nothing until it can be read; a file that does not parse
// is read as allowing everything, as the major crawlers do.
func (c *Client) loadRobots(ctx context.Context, h *host, u *url.URL) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	status, body, retryAfter, err := c.getRobots(ctx, ru)
	// The interval after this request already follows the file's Crawl-delay.
	defer c.done(h, retryAfter)
	now := c.opts.Clock.Now()
	h.mu.Lock()
	defer h.mu.Unlock()
	h.robotsErr = nil
	switch {
	case err != nil:
		h.robots, h.robotsErr, h.robotsUntil = nil, err, now.Add(max(robotsRetry, retryAfter))
	case status == http.StatusTooManyRequests || status >= 500:
		h.robots, h.robotsErr = nil, fmt.Errorf("robots.txt answered status %d", status)
		h.robotsUntil = now.Add(max(robotsRetry, retryAfter))
	default:
		data, perr := robotstxt.FromStatusAndBytes(status, body)
		if perr != nil || data == nil {
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		h.robots, h.robotsUntil = data, now.Add(c.opts.RobotsTTL)
	}
}

// getRobots fetches robots.txt, following up to five redirects as RFC 9309
// asks. Its body is capped at maxRobotsBytes; anything past that is ignored.
func (c *Client) getRobots(ctx context.Context, u *url.URL) (status int, body []byte, retryAfter time.Duration, err error) {
	for range maxRobotsRedirects + 1 {
		res, cancel, err := c.send(ctx, u, "text/plain", nil)
		if err != nil {
			return 0, nil, 0, err
		}
		if loc := redirectTarget(res); loc != nil {
			res.Body.Close()
			cancel()
			u = u.ResolveReference(loc)
			if u.Scheme != "http" && u.Scheme != "https" {
				return http.StatusNotFound, nil, 0, nil
			}
			continue
		}
		status = res.StatusCode
		retryAfter = parseRetryAfter(res.Header.Get("Retry-After"), c.opts.Clock.Now())
		body, err = readCapped(res.Body, maxRobotsBytes)
		res.Body.Close()
		cancel()
		if errors.Is(err, errOverLimit) {
			err = nil
		}
		return status, body, retryAfter, err
	}
	// Too many redirects: treated as no robots.txt, like a 404.
	return http.StatusNotFound, nil, 0, nil
}
