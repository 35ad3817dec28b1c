package fetch

import (
	"fmt"
	"time"
)

// Kind classifies why a fetch failed, so a caller can decide between
// retrying soon, backing off and giving up on a URL.
type Kind int

// The kinds of failure.
const (
	// KindNetwork: the connection failed or broke.
	KindNetwork Kind = iota + 1
	// KindTimeout: the server was too slow (headers or body).
	KindTimeout
	// KindStatus: the server answered with an error status.
	KindStatus
	// KindTooLarge: the body is over the size limit.
	KindTooLarge
	// KindContentType: the body is of a type the caller does not read.
	KindContentType
	// KindRedirect: too many redirects, a loop, or a bad Location.
	KindRedirect
	// KindRobots: the site's robots.txt disallows the URL.
	KindRobots
	// KindBlocked: the URL's host resolves to a non-public address.
	KindBlocked
	// KindBadURL: not an absolute http or https URL.
	KindBadURL
	// KindDeferred: the host asked us to wait (Retry-After, Crawl-delay)
	// longer than the caller is willing to; nothing was sent.
	KindDeferred
)

var kindNames = map[Kind]string{
	KindNetwork:     "network error",
	KindTimeout:     "timed out",
	KindStatus:      "error status",
	KindTooLarge:    "too large",
	KindContentType: "unwanted content type",
	KindRedirect:    "bad redirect",
	KindRobots:      "disallowed by robots.txt",
	KindBlocked:     "refused: not a public address",
	KindBadURL:      "not an http or https URL",
	KindDeferred:    "deferred",
}

func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Error is a failed fetch.
type Error struct {
	URL  string
	Kind Kind
	// Status is the HTTP status for KindStatus.
	Status int
	// RetryAfter is how long the host asked us to wait, when it did
	// (Retry-After on 429/503, or the wait behind KindDeferred).
	RetryAfter time.Duration
	// Detail adds a short explanation ("over the 10.0 MiB limit").
	Detail string
	Err    error
}

func (e *Error) Error() string {
	msg := e.URL + ": " + e.Kind.String()
	if e.Kind == KindStatus {
		msg = fmt.Sprintf("%s: status %d", e.URL, e.Status)
	}
	if e.Detail != "" {
		msg += " (" + e.Detail + ")"
	}
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(", retry after %s", e.RetryAfter.Round(time.Second))
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Temporary reports whether trying the same URL later may succeed: network
// trouble, timeouts, server errors, rate limits and deferrals. Refusals
// (robots, size, type, address, 404) will stay refusals.
func (e *Error) Temporary() bool {
	switch e.Kind {
	case KindNetwork, KindTimeout, KindDeferred:
		return true
	case KindStatus:
		return e.Status == 408 || e.Status == 425 || e.Status == 429 || e.Status >= 500
	}
	return false
}
