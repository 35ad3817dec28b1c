package postgres

import (
	"context"
	"testing"
	"time"
)

// TestRequest checks the singleton job that Request keeps: a request while
// the job runs makes it run once more, a request while it waits adds
// nothing, and a delayed request holds it back without later requests
// pushing it further.
func TestRequest(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	claim := func() *Job {
		t.Helper()
		j, err := s.Claim(ctx, "w", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	state := func(id string) string {
		t.Helper()
		js, err := s.Jobs(ctx, JobQuery{})
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range js {
			if j.ID == id {
				return j.State
			}
		}
		return ""
	}

	later := NewJob{ID: "later", Kind: "k", Payload: []byte{}, Delay: time.Hour}
	if err := s.Request(ctx, later); err != nil {
		t.Fatal(err)
	}
	if j := claim(); j != nil {
		t.Fatalf("claimed %s before its delay ran out", j.ID)
	}

	now := NewJob{ID: "now", Kind: "k", Payload: []byte{}}
	for range 2 { // the second request finds it waiting and adds nothing
		if err := s.Request(ctx, now); err != nil {
			t.Fatal(err)
		}
	}
	j := claim()
	if j == nil || j.ID != "now" {
		t.Fatalf("claimed %+v, want the job requested without delay", j)
	}
	if err := s.Request(ctx, now); err != nil { // asked for while running
		t.Fatal(err)
	}
	if err := s.Complete(ctx, j, nil); err != nil {
		t.Fatal(err)
	}
	if got := state("now"); got != JobQueued {
		t.Fatalf("a job asked for while it ran is %s after completing, want queued", got)
	}
	j = claim()
	if j == nil || j.ID != "now" || j.Attempts != 1 {
		t.Fatalf("claimed %+v, want the job again with a fresh attempt", j)
	}
	if err := s.Complete(ctx, j, nil); err != nil {
		t.Fatal(err)
	}
	if got := state("now"); got != JobDone {
		t.Fatalf("job is %s, want done", got)
	}
	if j := claim(); j != nil {
		t.Fatalf("claimed %s: nothing was asked for", j.ID)
	}
}

// TestRedo checks that Redo makes a running job run once more and leaves
// a waiting, finished or unknown one alone.
func TestRedo(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	for _, id := range []string{"done", "running", "waiting"} {
		if err := s.Request(ctx, NewJob{ID: id, Kind: "k", Payload: []byte{}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []string{"done", "running"} {
		j, err := s.Claim(ctx, "w", time.Minute)
		if err != nil || j == nil || j.ID != id {
			t.Fatalf("claimed %+v (%v), want %s", j, err, id)
		}
		if id == "done" {
			if err := s.Complete(ctx, j, nil); err != nil {
				t.Fatal(err)
			}
			continue
		}
		for _, id := range []string{"done", "running", "waiting", "unknown"} {
			if err := s.Redo(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Complete(ctx, j, nil); err != nil {
			t.Fatal(err)
		}
	}
	js, err := s.Jobs(ctx, JobQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, j := range js {
		got[j.ID] = j.State
	}
	want := map[string]string{"done": JobDone, "running": JobQueued, "waiting": JobQueued}
	if len(got) != len(want) {
		t.Errorf("jobs %v, want %v (Redo added a job)", got, want)
	}
	for id, st := range want {
		if got[id] != st {
			t.Errorf("job %s is %s, want %s", id, got[id], st)
		}
	}
}

// TestClaimKinds checks that a worker limited to some kinds of job takes
// only those, and one without a limit takes any.
func TestClaimKinds(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.Enqueue(ctx, NewJob{ID: "x1", Kind: "extract", Payload: []byte{}},
		NewJob{ID: "c1", Kind: "cluster", Payload: []byte{}, Priority: 1}); err != nil {
		t.Fatal(err)
	}
	j, err := s.Claim(ctx, "w", time.Minute, "cluster", "story")
	if err != nil || j == nil || j.ID != "c1" {
		t.Fatalf("claim cluster or story jobs: %+v, %v; want c1", j, err)
	}
	if j, err := s.Claim(ctx, "w", time.Minute, "story"); err != nil || j != nil {
		t.Fatalf("claim story jobs: %+v, %v; want none", j, err)
	}
	if j, err := s.Claim(ctx, "w", time.Minute); err != nil || j == nil || j.ID != "x1" {
		t.Fatalf("claim any job: %+v, %v; want x1", j, err)
	}
}
