package http

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// problem is an RFC 9457 problem detail, the body of every API error.
type problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

// writeProblem answers with a problem+json body for status.
func writeProblem(w http.ResponseWriter, r *http.Request, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	b, _ := json.Marshal(problem{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Detail: detail, Instance: r.URL.Path})
	_, _ = w.Write(append(b, '\n'))
}

// httpError is an error with the status to answer it with and a message
// safe to show the client.
type httpError struct {
	status int
	detail string
	// retryAfter, when set, is sent as Retry-After (for 429 and 503).
	retryAfter time.Duration
}

func (e *httpError) Error() string { return fmt.Sprintf("%d: %s", e.status, e.detail) }

// errorf makes an httpError.
func errorf(status int, format string, a ...any) error {
	return &httpError{status: status, detail: fmt.Sprintf(format, a...)}
}

// statusOf tells the status and client message of err; anything that is
// not an httpError is a 500 whose details stay in the log.
func statusOf(err error) (int, string, time.Duration) {
	var he *httpError
	if errors.As(err, &he) {
		return he.status, he.detail, he.retryAfter
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is over the limit of %d bytes", mbe.Limit), 0
	}
	if errors.Is(err, errTimeout) {
		return http.StatusServiceUnavailable, "the request took too long", 0
	}
	return http.StatusInternalServerError, "the server failed; the log has the details", 0
}

var errTimeout = errors.New("request timed out")

func setRetryAfter(w http.ResponseWriter, d time.Duration) {
	if d > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(d.Round(time.Second)/time.Second)+1))
	}
}
