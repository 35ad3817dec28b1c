package http

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
)

// keyPrefix starts every API key, so a leaked one is easy to recognise.
const keyPrefix = "chorus_"

// NewKey makes an API key: the token to hand its owner once, and the
// record to store, which holds only a hash of the secret part. A token is
// chorus_<id>_<secret>: the id finds the record, the secret proves it.
func NewKey(name string, ratePerMinute int, now time.Time) (token string, k chorus.APIKey, err error) {
	var idb [6]byte
	var secret [32]byte
	if _, err := rand.Read(idb[:]); err != nil {
		return "", k, fmt.Errorf("new key: %w", err)
	}
	if _, err := rand.Read(secret[:]); err != nil {
		return "", k, fmt.Errorf("new key: %w", err)
	}
	sec := base64.RawURLEncoding.EncodeToString(secret[:])
	k = chorus.APIKey{ID: hex.EncodeToString(idb[:]), Name: name, Hash: hashSecret(sec),
		RatePerMinute: ratePerMinute, Created: now.UTC()}
	return keyPrefix + k.ID + "_" + sec, k, nil
}

// hashSecret is what is stored of a key's secret. The secret has 256 bits
// of entropy, so a plain SHA-256 cannot be guessed backwards; a slow hash
// would only slow every request.
func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// splitToken parses chorus_<id>_<secret>.
func splitToken(token string) (id, secret string, ok bool) {
	rest, ok := strings.CutPrefix(token, keyPrefix)
	if !ok {
		return "", "", false
	}
	id, secret, ok = strings.Cut(rest, "_")
	return id, secret, ok && len(id) == 12 && len(secret) >= 32
}

var errBadKey = errors.New("bad key")

// checkKey returns the stored key a token proves, or errBadKey.
func (s *Server) checkKey(r *http.Request, token string) (chorus.APIKey, error) {
	id, secret, ok := splitToken(token)
	if !ok {
		return chorus.APIKey{}, errBadKey
	}
	k, err := s.store.Key(r.Context(), id)
	if errors.Is(err, chorus.ErrNotFound) {
		return k, errBadKey
	}
	if err != nil {
		return k, err
	}
	if subtle.ConstantTimeCompare([]byte(hashSecret(secret)), []byte(k.Hash)) != 1 || !k.Revoked.IsZero() {
		return k, errBadKey
	}
	return k, nil
}

// admit authenticates the caller and spends one request of its rate.
func (s *Server) admit(r *http.Request, acc access, info *reqInfo) error {
	var key *chorus.APIKey
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, token, _ := strings.Cut(h, " ")
		if !strings.EqualFold(scheme, "Bearer") {
			return errorf(http.StatusUnauthorized, "the Authorization header must be Bearer <key>")
		}
		k, err := s.checkKey(r, strings.TrimSpace(token))
		if errors.Is(err, errBadKey) {
			return errorf(http.StatusUnauthorized, "the API key is unknown, revoked or malformed")
		}
		if err != nil {
			return fmt.Errorf("check key: %w", err)
		}
		key = &k
		info.key = k.ID
	}
	if key == nil && (acc == write || (acc == read && s.cfg.Read == ReadKeyed)) {
		return errorf(http.StatusUnauthorized, "this needs an API key: send Authorization: Bearer <key> (chorus keys create makes one)")
	}
	var wait time.Duration
	switch {
	case key != nil:
		wait = s.limits.take("key:"+key.ID, key.RatePerMinute)
	case acc != open && s.cfg.AnonPerMinute > 0:
		wait = s.limits.take("addr:"+clientAddr(r), s.cfg.AnonPerMinute)
	}
	if wait > 0 {
		return &httpError{status: http.StatusTooManyRequests, retryAfter: wait,
			detail: fmt.Sprintf("rate limit reached; try again in %s", wait.Round(time.Second)+time.Second)}
	}
	return nil
}

// limiter keeps one token bucket per caller: a key, or an address without
// a key. A bucket holds a quarter of a minute's rate, so short bursts pass
// and a steady flood is held to the rate.
type limiter struct {
	mu      sync.Mutex
	buckets map[string]*bucket
	now     func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets bounds the limiter's memory; past it, idle buckets are dropped.
const maxBuckets = 10000

func newLimiter(now func() time.Time) *limiter {
	return &limiter{buckets: map[string]*bucket{}, now: now}
}

// take spends one request of caller's perMinute rate; it returns 0 when
// allowed, else how long until a request would be.
func (l *limiter) take(caller string, perMinute int) time.Duration {
	if perMinute <= 0 {
		return 0
	}
	capacity := max(5, float64(perMinute)/4)
	perSecond := float64(perMinute) / 60
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[caller]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.prune(now)
		}
		b = &bucket{tokens: capacity, last: now}
		l.buckets[caller] = b
	}
	b.tokens = min(capacity, b.tokens+now.Sub(b.last).Seconds()*perSecond)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return 0
	}
	return time.Duration((1 - b.tokens) / perSecond * float64(time.Second))
}

// prune drops buckets idle long enough to be full again.
func (l *limiter) prune(now time.Time) {
	for k, b := range l.buckets {
		if now.Sub(b.last) > time.Minute {
			delete(l.buckets, k)
		}
	}
}
