package http

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
)

// The webhook event types.
const (
	eventStoryCreated  = "story.created"
	eventStoryUpdated  = "story.updated"
	eventClaimDisputed = "claim.disputed"
)

var eventTypes = []string{eventStoryCreated, eventStoryUpdated, eventClaimDisputed}

// Event is the body of a webhook delivery.
type Event struct {
	ID      string              `json:"id"`
	Type    string              `json:"type"`
	Created time.Time           `json:"created"`
	Story   chorus.StorySummary `json:"story"`
	// Claim is the claim newly disputed, for claim.disputed.
	Claim *chorus.Claim `json:"claim,omitempty"`
}

func newEvent(typ string, st *chorus.Story, c *chorus.Claim, now time.Time) Event {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return Event{ID: "ev_" + hex.EncodeToString(b[:]), Type: typ, Created: now.UTC(), Story: st.Summary(), Claim: c}
}

// SignatureHeader carries a delivery's signature: t=<unix seconds>,
// v1=<hex HMAC-SHA256 of "<t>.<body>" under the webhook's secret>. Signing
// the time with the body lets a receiver refuse replays of old deliveries.
const SignatureHeader = "X-Chorus-Signature"

// Sign returns the SignatureHeader value for body sent at t.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + mac(secret, ts, body)
}

func mac(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts))
	m.Write([]byte("."))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// VerifySignature checks a SignatureHeader value against body, refusing
// signatures made more than tolerance away from now. Receivers written in
// Go can call it; others follow the description of SignatureHeader.
func VerifySignature(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	var ts, sig string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sig == "" {
		return errors.New("verify signature: malformed header")
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return errors.New("verify signature: timestamp outside tolerance")
	}
	if !hmac.Equal([]byte(sig), []byte(mac(secret, ts, body))) {
		return errors.New("verify signature: mismatch")
	}
	return nil
}

// dispatcher delivers events to the webhooks subscribed to them, one
// event at a time in the order they happened, retrying failures. Events
// that find the queue full are dropped with a log line rather than
// slowing ingest.
type dispatcher struct {
	store   HookStore
	log     *slog.Logger
	metrics *metrics
	client  *http.Client
	queue   chan Event
	delays  []time.Duration // waits before each retry
	ctx     context.Context // cancelled when close gives up waiting
	cancel  context.CancelFunc
	done    chan struct{}
	once    sync.Once
}

func newDispatcher(store HookStore, log *slog.Logger, m *metrics) *dispatcher {
	ctx, cancel := context.WithCancel(context.Background())
	d := &dispatcher{
		store: store, log: log, metrics: m,
		client: &http.Client{
			Timeout: 10 * time.Second,
			// A redirect could send the signed body somewhere unintended.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		queue:  make(chan Event, 1000),
		delays: []time.Duration{time.Second, 10 * time.Second},
		ctx:    ctx, cancel: cancel,
		done: make(chan struct{}),
	}
	go d.run()
	return d
}

func (d *dispatcher) emit(ev Event) {
	select {
	case d.queue <- ev:
	default:
		d.log.Warn("webhook queue full; event dropped", "event", ev.Type, "story", ev.Story.ID)
		d.metrics.countDelivery("dropped")
	}
}

// close stops taking events and waits for the queued ones until ctx ends.
func (d *dispatcher) close(ctx context.Context) {
	d.once.Do(func() { close(d.queue) })
	select {
	case <-d.done:
	case <-ctx.Done():
		d.cancel()
		<-d.done
	}
}

func (d *dispatcher) run() {
	defer close(d.done)
	for ev := range d.queue {
		hooks, err := d.store.Webhooks(d.ctx)
		if err != nil {
			d.log.Error("list webhooks", "err", err)
			continue
		}
		body, err := json.Marshal(ev)
		if err != nil {
			d.log.Error("encode event", "err", err)
			continue
		}
		for _, h := range hooks {
			if slices.Contains(h.Events, ev.Type) {
				d.deliver(h.ID, h.URL, h.Secret, ev, body)
			}
		}
	}
}

// deliver posts body to url, retrying after each delay; a 2xx answer is
// success, anything else a failure.
func (d *dispatcher) deliver(hookID, url, secret string, ev Event, body []byte) {
	for attempt := 0; ; attempt++ {
		err := d.post(url, secret, ev, body)
		if err == nil {
			d.metrics.countDelivery("delivered")
			return
		}
		if attempt >= len(d.delays) || d.ctx.Err() != nil {
			d.metrics.countDelivery("failed")
			d.log.Warn("webhook delivery failed", "webhook", hookID, "event", ev.Type, "attempts", attempt+1, "err", err)
			return
		}
		d.metrics.countDelivery("retried")
		select {
		case <-time.After(d.delays[attempt]):
		case <-d.ctx.Done():
		}
	}
}

func (d *dispatcher) post(url, secret string, ev Event, body []byte) error {
	req, err := http.NewRequestWithContext(d.ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "chorus-webhooks/1")
	req.Header.Set("X-Chorus-Event", ev.Type)
	req.Header.Set("X-Chorus-Delivery", ev.ID)
	req.Header.Set(SignatureHeader, Sign(secret, time.Now(), body))
	resp, err := d.client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("answered %s", resp.Status)
	}
	return nil
}
