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

// dispatcher delivers events to the webhooks subscribed to them. An event
// becomes one delivery per subscription, kept in the store's queue until
// the receiver answers 2xx or the attempts run out, so a restart loses no
// event, and a receiver that fails only puts off its own deliveries, never
// the others'. Every server on a shared store takes from the one queue.
// Deliveries are at least once: a receiver drops repeats by the
// X-Chorus-Delivery id; order is the queue's until a retry reorders it.
type dispatcher struct {
	store   HookStore
	log     *slog.Logger
	metrics *metrics
	client  *http.Client
	now     func() time.Time
	delays  []time.Duration // waits before each retry; their count bounds the retries
	poll    time.Duration   // how often to look for due retries and other servers' events
	lease   time.Duration   // how long a claimed delivery is kept from other servers
	wake    chan struct{}
	ctx     context.Context // cancelled when close gives up waiting
	cancel  context.CancelFunc
	stop    chan struct{}
	done    chan struct{}
	once    sync.Once
}

// retryDelays spread a delivery's attempts over about a day, so a receiver
// that is down for a deploy or a night still gets its events.
var retryDelays = []time.Duration{10 * time.Second, time.Minute, 5 * time.Minute, 30 * time.Minute,
	2 * time.Hour, 6 * time.Hour, 12 * time.Hour}

func newDispatcher(store HookStore, log *slog.Logger, m *metrics, now func() time.Time) *dispatcher {
	ctx, cancel := context.WithCancel(context.Background())
	d := &dispatcher{
		store: store, log: log, metrics: m, now: now,
		client: &http.Client{
			Timeout: 10 * time.Second,
			// A redirect could send the signed body somewhere unintended.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		delays: retryDelays,
		poll:   2 * time.Second,
		lease:  time.Minute,
		wake:   make(chan struct{}, 1),
		ctx:    ctx, cancel: cancel,
		stop: make(chan struct{}),
		done: make(chan struct{}),
	}
	go d.run()
	return d
}

// emit queues ev for every webhook subscribed to its type. A store that
// cannot take it loses the event, with a log line and the "dropped" count.
func (d *dispatcher) emit(ctx context.Context, ev Event) {
	if err := d.queue(ctx, ev); err != nil {
		d.log.Error("queue webhook event; event dropped", "event", ev.Type, "story", ev.Story.ID, "err", err)
		d.metrics.countDelivery("dropped")
		return
	}
	d.nudge()
}

// nudge has the dispatcher look at the queue now rather than at its next
// due time.
func (d *dispatcher) nudge() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

func (d *dispatcher) queue(ctx context.Context, ev Event) error {
	hooks, err := d.store.Webhooks(ctx)
	if err != nil {
		return err
	}
	var ds []chorus.Delivery
	var body []byte
	for _, h := range hooks {
		if !slices.Contains(h.Events, ev.Type) {
			continue
		}
		if body == nil {
			if body, err = json.Marshal(ev); err != nil {
				return err
			}
		}
		ds = append(ds, chorus.Delivery{ID: ev.ID + "." + h.ID, Hook: h.ID, Event: ev.ID, Type: ev.Type, Body: body})
	}
	if len(ds) == 0 {
		return nil
	}
	return d.store.QueueDeliveries(ctx, ds, d.now())
}

// close stops taking deliveries from the queue and waits for the attempt
// under way until ctx ends. What is still queued stays in the store for
// the next start.
func (d *dispatcher) close(ctx context.Context) {
	d.once.Do(func() { close(d.stop) })
	select {
	case <-d.done:
	case <-ctx.Done():
		d.cancel()
		<-d.done
	}
}

// claimBatch is how many due deliveries one pass takes.
const claimBatch = 20

func (d *dispatcher) run() {
	defer close(d.done)
	for {
		n, retry := d.pass()
		if n == claimBatch {
			continue // more may be due already
		}
		wait := d.poll
		if !retry.IsZero() {
			wait = min(wait, max(retry.Sub(d.now()), 0))
		}
		select {
		case <-d.stop:
			return
		case <-d.wake:
		case <-time.After(wait):
		}
	}
}

// pass attempts the deliveries due now. It reports how many it took and
// the soonest retry it scheduled, so the loop wakes for it.
func (d *dispatcher) pass() (n int, retry time.Time) {
	select {
	case <-d.stop:
		return 0, retry
	default:
	}
	ds, err := d.store.ClaimDeliveries(d.ctx, d.now(), d.lease, claimBatch)
	if err != nil {
		if d.ctx.Err() == nil {
			d.log.Error("claim webhook deliveries", "err", err)
		}
		return 0, retry
	}
	if len(ds) == 0 {
		return 0, retry
	}
	hooks, err := d.store.Webhooks(d.ctx)
	if err != nil {
		d.log.Error("list webhooks", "err", err)
		return 0, retry // the leases run out and the deliveries come back
	}
	byID := map[string]chorus.Webhook{}
	for _, h := range hooks {
		byID[h.ID] = h
	}
	// each webhook's deliveries in queue order, the webhooks side by side:
	// a receiver that hangs until the client's timeout holds up only its own
	var byHook [][]chorus.Delivery
	at := map[string]int{}
	for _, dl := range ds {
		k, ok := at[dl.Hook]
		if !ok {
			k = len(byHook)
			at[dl.Hook] = k
			byHook = append(byHook, nil)
		}
		byHook[k] = append(byHook[k], dl)
	}
	retries := make([]time.Time, len(ds))
	var wg sync.WaitGroup
	i := 0
	for _, own := range byHook {
		first := i
		i += len(own)
		wg.Go(func() {
			for j, dl := range own {
				retries[first+j] = d.deliver(byID, dl)
			}
		})
	}
	wg.Wait()
	for _, r := range retries {
		if !r.IsZero() && (retry.IsZero() || r.Before(retry)) {
			retry = r
		}
	}
	return len(ds), retry
}

// deliver makes one attempt at dl and records what came of it; when it
// is to be tried again, it returns when.
func (d *dispatcher) deliver(hooks map[string]chorus.Webhook, dl chorus.Delivery) (retry time.Time) {
	h, ok := hooks[dl.Hook]
	if !ok { // unsubscribed since it was queued
		d.end(dl)
		return retry
	}
	err := d.post(h.URL, h.Secret, dl)
	switch {
	case err == nil:
		d.metrics.countDelivery("delivered")
		d.end(dl)
	case d.ctx.Err() != nil:
		// closing: the lease runs out and the next start tries again
	case dl.Attempts >= len(d.delays):
		d.metrics.countDelivery("failed")
		d.log.Warn("webhook delivery failed; giving up", "webhook", h.ID, "event", dl.Type, "attempts", dl.Attempts+1, "err", err)
		if gerr := d.store.GiveUpDelivery(d.ctx, dl.ID, err.Error()); gerr != nil {
			d.log.Error("give up webhook delivery", "delivery", dl.ID, "err", gerr)
		}
	default:
		d.metrics.countDelivery("retried")
		retry = d.now().Add(d.delays[dl.Attempts])
		if rerr := d.store.RetryDelivery(d.ctx, dl.ID, retry, err.Error()); rerr != nil {
			d.log.Error("reschedule webhook delivery", "delivery", dl.ID, "err", rerr)
		}
	}
	return retry
}

func (d *dispatcher) end(dl chorus.Delivery) {
	if err := d.store.EndDelivery(d.ctx, dl.ID); err != nil {
		d.log.Error("end webhook delivery", "delivery", dl.ID, "err", err)
	}
}

func (d *dispatcher) post(url, secret string, dl chorus.Delivery) error {
	req, err := http.NewRequestWithContext(d.ctx, http.MethodPost, url, bytes.NewReader(dl.Body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "chorus-webhooks/1")
	req.Header.Set("X-Chorus-Event", dl.Type)
	req.Header.Set("X-Chorus-Delivery", dl.Event)
	req.Header.Set(SignatureHeader, Sign(secret, time.Now(), dl.Body))
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
