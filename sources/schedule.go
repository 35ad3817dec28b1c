package sources

import (
	"hash/fnv"
	"strconv"
	"time"
)

// Schedule bounds.
const (
	// DefaultInterval is how often a source is fetched unless told otherwise.
	DefaultInterval = time.Hour
	// MinInterval is the shortest interval a source may have.
	MinInterval = 5 * time.Minute
	// maxBackoff caps the wait after repeated failures.
	maxBackoff = 24 * time.Hour
	// jitterShare is how far, either way, a run may move from its slot, so
	// that sources added together do not stay in step.
	jitterShare = 0.1
)

// NextRun is when a source should next be fetched, given when this fetch
// ended. After failures the interval doubles with each one in a row, up to
// a day (or the interval, when that is longer); a Retry-After from the host
// is a floor. The jitter is seeded by the URL and the run count, so the
// schedule is reproducible.
func NextRun(now time.Time, url string, runs int, interval time.Duration, failures int, retryAfter time.Duration) time.Time {
	if interval < MinInterval {
		interval = MinInterval
	}
	wait := interval
	for i := 0; i < failures && wait < maxBackoff; i++ {
		wait *= 2
	}
	wait = min(wait, max(maxBackoff, interval))
	h := fnv.New64a()
	h.Write([]byte(url))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(runs)))
	frac := float64(h.Sum64()%20001)/10000 - 1 // in [-1, 1]
	wait += time.Duration(frac * jitterShare * float64(wait))
	if retryAfter > wait {
		wait = retryAfter
	}
	return now.Add(wait).Round(time.Second)
}

// Due reports whether s should be fetched at now.
func Due(s Source, now time.Time) bool {
	return s.NextRun.IsZero() || !s.NextRun.After(now)
}
