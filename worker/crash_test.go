package worker

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/postgres/pgtest"
	"github.com/chorusnews/chorus/worker/synth"
)

// helperEnv makes the test binary act as a worker process (see
// TestHelperWorker) on the DSN it names.
const helperEnv = "CHORUS_TEST_WORKER_DSN"

// TestHelperWorker is not a test: run by TestKillWorker as a child process,
// it is a worker that stops inside its first extract job's transaction,
// after storing the articles and before committing, says so on stdout,
// and waits to be killed.
func TestHelperWorker(t *testing.T) {
	dsn := os.Getenv(helperEnv)
	if dsn == "" {
		t.Skip("only run as a child process of TestKillWorker")
	}
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	w := newWorker(s, "doomed")
	w.beforeCommit = func() {
		fmt.Println("in job")
		time.Sleep(time.Minute) // killed before this ends
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_ = w.Run(ctx)
}

// TestKillWorker kills a worker process with SIGKILL in the middle of a
// job, then checks the job is run again by another worker once its lease
// runs out, and that every article ends up stored exactly once, with no
// row left behind by the killed attempt.
func TestKillWorker(t *testing.T) {
	dsn := pgtest.DSN(t)
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs := synth.Documents(300, synth.Options{Seed: 2})
	ids, _, err := Submit(context.Background(), s, docs, 100)
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWorker$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+dsn)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	inJob := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "in job") {
				inJob <- true
			}
		}
		close(inJob)
	}()
	select {
	case ok := <-inJob:
		if !ok {
			t.Fatal("worker process ended before reaching its job")
		}
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("worker process never reached its job")
	}
	// The job's articles are written but not committed: kill -9.
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	ctx := context.Background()
	jobs, err := s.Jobs(ctx, postgres.JobQuery{States: []string{postgres.JobRunning}})
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 1 || jobs[0].Worker != "doomed" || jobs[0].ID != ids[0] {
		t.Fatalf("after the kill, running jobs = %+v; want the first batch, held by the killed worker", jobs)
	}
	if n, _ := s.Count(ctx, `SELECT count(*) FROM articles`); n != 0 {
		t.Errorf("the killed job left %d articles behind", n)
	}
	start := time.Now()
	drain(t, s, 2)
	// The lease (3s) had to run out before the job ran again.
	if took := time.Since(start); took < 2*time.Second {
		t.Errorf("the job ran again after %s, before the lease ran out", took)
	}
	checkConsistent(t, s, distinct(docs))
	done, err := s.Jobs(ctx, postgres.JobQuery{Kind: KindExtract})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range done {
		want := 1
		if j.ID == ids[0] {
			want = 2 // the killed attempt and the one that finished
		}
		if j.State != postgres.JobDone || j.Attempts != want {
			t.Errorf("job %s: state %s after %d attempts; want done after %d", j.ID, j.State, j.Attempts, want)
		}
	}
}

// TestConcurrentClients submits the same 1,000 articles from 8 clients at
// once, each in its own batches and order, while workers run.
func TestConcurrentClients(t *testing.T) {
	dsn := pgtest.DSN(t)
	docs := synth.Documents(1000, synth.Options{Seed: 3})
	var wg sync.WaitGroup
	for c := range 8 {
		wg.Go(func() {
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Error(err)
				return
			}
			defer s.Close()
			// Client c sends the documents rotated by c*125 in batches of 50+10c.
			rot := append(append([]chorus.Document(nil), docs[c*125:]...), docs[:c*125]...)
			if _, _, err := Submit(context.Background(), s, rot, 50+10*c); err != nil {
				t.Error(err)
			}
		})
	}
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wg.Wait()
	drain(t, s, 2)
	checkConsistent(t, s, distinct(docs))
}

// restartN is the number of articles of TestRestartPostgres: 10,000 by
// default, CHORUS_TEST_RESTART_N to change (CI runs a smaller number).
func restartN(t *testing.T) int {
	n := 10000
	if v := os.Getenv("CHORUS_TEST_RESTART_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("CHORUS_TEST_RESTART_N=%q is not a positive number", v)
		}
	}
	return n
}

// TestRestartPostgres restarts the server while workers ingest, and checks
// the workers come back by themselves and the end state is exactly that
// of an uninterrupted run: every article once, the same stories.
func TestRestartPostgres(t *testing.T) {
	restart := os.Getenv(pgtest.RestartEnv)
	if restart == "" {
		t.Skipf("%s is not set: run under scripts/with-postgres", pgtest.RestartEnv)
	}
	n := restartN(t)
	docs := synth.Documents(n, synth.Options{Seed: 4})

	ref := openStore(t)
	if _, _, err := Submit(context.Background(), ref, docs, BatchSize); err != nil {
		t.Fatal(err)
	}
	drain(t, ref, 2)
	want := allStories(t, ref)

	s := openStore(t)
	if _, _, err := Submit(context.Background(), s, docs, BatchSize); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	for i := range 2 {
		w := newWorker(s, fmt.Sprintf("r%d", i))
		wg.Go(func() {
			if err := w.Drain(ctx); err != nil {
				t.Errorf("worker %d: %v", i, err)
			}
		})
	}
	// Restart once about a third of the articles are placed.
	for {
		placed, err := s.Count(ctx, `SELECT count(*) FROM placements`)
		if err == nil && placed >= n/3 {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("ingest did not get a third of the way")
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("restarting PostgreSQL: %s", restart)
	if out, err := exec.Command("sh", "-c", restart).CombinedOutput(); err != nil {
		t.Fatalf("restart: %v\n%s", err, out)
	}
	wg.Wait()
	checkConsistent(t, s, distinct(docs))
	got := allStories(t, s)
	if len(got) != len(want) {
		t.Errorf("after the restart: %d stories, uninterrupted %d", len(got), len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stories differ from the uninterrupted run (-uninterrupted +restarted):\n%.3000s", diff)
	}
}
