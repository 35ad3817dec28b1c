package http

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// receiver is a webhook endpoint that records what it is sent.
type receiver struct {
	mu     sync.Mutex
	got    []delivery
	fail   int // answer 500 to this many deliveries first
	notify chan struct{}
}

type delivery struct {
	header http.Header
	body   []byte
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.fail > 0 {
		rc.fail--
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	rc.got = append(rc.got, delivery{header: r.Header.Clone(), body: b})
	select {
	case rc.notify <- struct{}{}:
	default:
	}
}

func (rc *receiver) wait(t *testing.T, n int) []delivery {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		rc.mu.Lock()
		if len(rc.got) >= n {
			out := append([]delivery(nil), rc.got...)
			rc.mu.Unlock()
			return out
		}
		rc.mu.Unlock()
		select {
		case <-rc.notify:
		case <-deadline:
			t.Fatalf("waited for %d deliveries, got %d", n, len(rc.got))
		}
	}
}

func TestWebhooks(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.hooks.delays = []time.Duration{10 * time.Millisecond, 10 * time.Millisecond}
	rc := &receiver{fail: 1, notify: make(chan struct{}, 8)}
	hook := httptest.NewServer(rc)
	defer hook.Close()

	r := e.do("POST", "/api/webhooks", "application/json", `{"url":"`+hook.URL+`/in","events":["story.created","story.updated"]}`, e.key)
	if r.status != http.StatusCreated {
		t.Fatalf("subscribe: %d %s", r.status, r.body)
	}
	wh := decode[webhookBody](t, r)
	if wh.Secret == "" {
		t.Fatal("no secret in the answer to the subscription")
	}
	list := e.do("GET", "/api/webhooks", "", "", e.key)
	if strings.Contains(string(list.body), wh.Secret) {
		t.Error("the listing shows the secret")
	}

	// An article about the dam joins its story: story.updated. The first
	// attempt is refused, so this also shows the retry.
	post := `{"title":"Kaskel inquiry hears from gate engineers","outlet":"Test Wire","published":"2025-03-21T09:00:00Z",
		"text":"Kaskel inquiry hears from gate engineers\n\nThe independent inquiry into the Kaskel dam gate failure in the Temna valley heard on Friday from two engineers who inspected the spillway gate last November. Prime Minister Lidiya Rusanova said the inquiry would report by summer. The Temna Hydroelectric Company said it was cooperating fully with the inquiry."}`
	res := decode[ingestResponse](t, e.do("POST", "/api/articles", "application/json", post, e.key))
	if len(res.Stories) != 1 {
		t.Fatalf("post joined %d stories", len(res.Stories))
	}
	got := rc.wait(t, 1)
	var ev Event
	if err := json.Unmarshal(got[0].body, &ev); err != nil {
		t.Fatal(err)
	}
	wantType := eventStoryUpdated
	if res.Stories[0].Created {
		wantType = eventStoryCreated
	}
	if ev.Type != wantType || ev.Story.ID != res.Stories[0].ID || got[0].header.Get("X-Chorus-Event") != wantType {
		t.Errorf("event %+v, want %s of %s", ev, wantType, res.Stories[0].ID)
	}
	sig := got[0].header.Get(SignatureHeader)
	if err := VerifySignature(wh.Secret, sig, got[0].body, time.Now(), time.Minute); err != nil {
		t.Errorf("signature %q: %v", sig, err)
	}
	if err := VerifySignature("another secret", sig, got[0].body, time.Now(), time.Minute); err == nil {
		t.Error("a signature checks out under the wrong secret")
	}
	tampered := append([]byte(nil), got[0].body...)
	tampered[len(tampered)-2] ^= 1
	if err := VerifySignature(wh.Secret, sig, tampered, time.Now(), time.Minute); err == nil {
		t.Error("a signature checks out for a changed body")
	}
	if err := VerifySignature(wh.Secret, sig, got[0].body, time.Now().Add(time.Hour), time.Minute); err == nil {
		t.Error("an old signature checks out")
	}

	if r := e.do("DELETE", "/api/webhooks/"+wh.ID, "", "", e.key); r.status != http.StatusNoContent {
		t.Errorf("unsubscribe: %d", r.status)
	}
}

func TestDisputedClaimAnnouncedOnce(t *testing.T) {
	e := newEnv(t, nil)
	rc := &receiver{notify: make(chan struct{}, 8)}
	hook := httptest.NewServer(rc)
	defer hook.Close()
	e.do("POST", "/api/webhooks", "application/json", `{"url":"`+hook.URL+`","events":["claim.disputed"]}`, e.key)
	st := &chorus.Story{ID: "sclaims", Headline: chorus.CitedText{Text: "A story with a disputed claim"}, Claims: []chorus.Claim{
		{ID: "c1", Text: "seven died", Articles: []chorus.ClaimArticle{{Article: "a", Stance: chorus.Stated}, {Article: "b", Stance: chorus.Differs}}},
		{ID: "c2", Text: "the gate failed", Articles: []chorus.ClaimArticle{{Article: "a", Stance: chorus.Stated}}},
	}}
	e.srv.storyEvents(t.Context(), st, false)
	e.srv.storyEvents(t.Context(), st, false)
	got := rc.wait(t, 1)
	time.Sleep(100 * time.Millisecond) // a second announcement would have arrived by now
	rc.mu.Lock()
	n := len(rc.got)
	rc.mu.Unlock()
	if n != 1 {
		t.Fatalf("%d deliveries, want the one disputed claim once", n)
	}
	var ev Event
	if err := json.Unmarshal(got[0].body, &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Type != eventClaimDisputed || ev.Claim == nil || ev.Claim.ID != "c1" {
		t.Errorf("event %+v, want claim.disputed of c1", ev)
	}
}

func TestFeeds(t *testing.T) {
	e := newEnv(t, nil)
	r := e.do("GET", "/feeds/stories.atom", "", "", "")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("atom: %d %s", r.status, r.header.Get("Content-Type"))
	}
	var af atomFeed
	if err := xml.Unmarshal(r.body, &af); err != nil {
		t.Fatalf("atom does not parse: %v", err)
	}
	if len(af.Entries) != 3 || af.Updated == "" {
		t.Fatalf("atom: %d entries, updated %q", len(af.Entries), af.Updated)
	}
	for _, en := range af.Entries {
		if en.ID == "" || en.Title.Body == "" || en.Updated == "" || !strings.Contains(en.Link[0].Href, "/stories/") {
			t.Errorf("atom entry lacks a required element: %+v", en)
		}
	}
	j := decode[jsonFeed](t, e.do("GET", "/feeds/stories.json?outlet=Meridian", "", "", ""))
	if len(j.Items) != 1 || !regexp.MustCompile(dam).MatchString(j.Items[0].Title) || j.Items[0].ContentText == "" {
		t.Errorf("json feed filtered by outlet: %+v", j.Items)
	}
	s := decode[jsonFeed](t, e.do("GET", "/feeds/search.json?q=crane", "", "", ""))
	if len(s.Items) == 0 || !strings.Contains(s.Items[0].URL, "/articles/") {
		t.Errorf("search feed: %+v", s.Items)
	}
	if r := e.do("GET", "/feeds/search.atom?q=crane", "", "", ""); r.status != 200 {
		t.Errorf("search atom: %d", r.status)
	}
}

// A receiver that is down neither holds up another's deliveries nor loses
// its own: they wait in the store, through a restart of the server, until
// it answers.
func TestWebhookDeliveriesOutliveTheServer(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.hooks.delays = []time.Duration{10 * time.Millisecond, 400 * time.Millisecond}
	up := &receiver{notify: make(chan struct{}, 8)}
	down := &receiver{fail: 1 << 30, notify: make(chan struct{}, 8)}
	for _, rc := range []*receiver{up, down} {
		srv := httptest.NewServer(rc)
		defer srv.Close()
		if r := e.do("POST", "/api/webhooks", "application/json", `{"url":"`+srv.URL+`","events":["story.updated"]}`, e.key); r.status != http.StatusCreated {
			t.Fatalf("subscribe: %d %s", r.status, r.body)
		}
	}
	st := &chorus.Story{ID: "sdeliveries", Headline: chorus.CitedText{Text: "Tessin ferry keeps its night crossing"}}
	e.srv.storyEvents(t.Context(), st, false)
	got := up.wait(t, 1)
	event := got[0].header.Get("X-Chorus-Delivery")

	// the failing receiver has been tried twice (the first attempt and its
	// retry); the next retry is due after the server has stopped
	deadline := time.Now().Add(10 * time.Second)
	for {
		down.mu.Lock()
		left := down.fail
		down.mu.Unlock()
		if left <= 1<<30-2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the failing receiver was tried %d times, want 2", 1<<30-left)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// the subscription's owner sees what its receiver is owed
	list := decode[struct{ Webhooks []webhookBody }](t, e.do("GET", "/api/webhooks", "", "", e.key))
	failing := 0
	for _, h := range list.Webhooks {
		if h.Pending == nil {
			t.Fatalf("webhook %s listed without its backlog", h.ID)
		}
		if h.Failing > 0 {
			failing++
			if *h.Pending != 1 || h.Failing != 1 || !strings.Contains(h.LastError, "500") {
				t.Errorf("the down receiver's backlog: pending %d, failing %d, last error %q", *h.Pending, h.Failing, h.LastError)
			}
		} else if *h.Pending != 0 {
			t.Errorf("the receiver that is up is owed %d", *h.Pending)
		}
	}
	if failing != 1 {
		t.Errorf("%d webhooks listed as failing, want 1", failing)
	}
	e.srv.Close()

	// it comes back, and so does the server
	down.mu.Lock()
	down.fail = 0
	down.mu.Unlock()
	later := startEnv(t, e.store, e.srv.desk, nil)
	time.Sleep(450 * time.Millisecond)
	select { // rather than wait for the next poll
	case later.srv.hooks.wake <- struct{}{}:
	default:
	}
	late := down.wait(t, 1)
	if id := late[0].header.Get("X-Chorus-Delivery"); id != event {
		t.Errorf("the delivery after the restart carries event %q, want %q", id, event)
	}
	var ev Event
	if err := json.Unmarshal(late[0].body, &ev); err != nil || ev.Story.ID != st.ID || ev.Type != eventStoryUpdated {
		t.Errorf("delivered after the restart: %+v, %v", ev, err)
	}
	time.Sleep(50 * time.Millisecond)
	up.mu.Lock()
	defer up.mu.Unlock()
	if len(up.got) != 1 {
		t.Errorf("the receiver that was up got %d deliveries, want its one", len(up.got))
	}
}

// A delivery whose attempts ran out is kept, shown to the subscription's
// owner and sent again when the owner asks, once the receiver is fixed.
func TestGivenUpDeliveriesAreRedelivered(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.hooks.delays = []time.Duration{10 * time.Millisecond}
	down := &receiver{fail: 1 << 30, notify: make(chan struct{}, 8)}
	srv := httptest.NewServer(down)
	defer srv.Close()
	r := e.do("POST", "/api/webhooks", "application/json", `{"url":"`+srv.URL+`","events":["story.updated"]}`, e.key)
	if r.status != http.StatusCreated {
		t.Fatalf("subscribe: %d %s", r.status, r.body)
	}
	hook := decode[webhookBody](t, r).ID
	st := &chorus.Story{ID: "sgivenup", Headline: chorus.CitedText{Text: "Riel quay reopens to night ferries"}}
	e.srv.storyEvents(t.Context(), st, false)

	// two attempts (the first and its one retry), then it is given up
	var listed webhookBody
	deadline := time.Now().Add(10 * time.Second)
	for listed.GivenUp == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the delivery was not given up: %+v", listed)
		}
		time.Sleep(10 * time.Millisecond)
		list := decode[struct{ Webhooks []webhookBody }](t, e.do("GET", "/api/webhooks", "", "", e.key))
		listed = list.Webhooks[0]
	}
	if *listed.Pending != 0 || listed.GivenUp != 1 || !strings.Contains(listed.LastError, "500") {
		t.Errorf("listed after giving up: pending %d, given up %d, last error %q", *listed.Pending, listed.GivenUp, listed.LastError)
	}

	down.mu.Lock()
	down.fail = 0
	down.mu.Unlock()
	if r := e.do("POST", "/api/webhooks/wh_nosuch/redeliver", "", "", e.key); r.status != http.StatusNotFound {
		t.Errorf("redeliver to an unknown webhook: %d %s, want 404", r.status, r.body)
	}
	r = e.do("POST", "/api/webhooks/"+hook+"/redeliver", "", "", e.key)
	if got := decode[map[string]int](t, r); r.status != http.StatusOK || got["requeued"] != 1 {
		t.Fatalf("redeliver: %d %s, want 1 requeued", r.status, r.body)
	}
	got := down.wait(t, 1)
	var ev Event
	if err := json.Unmarshal(got[0].body, &ev); err != nil || ev.Story.ID != st.ID {
		t.Errorf("redelivered: %+v, %v", ev, err)
	}
}
