package main

import (
	"context"
	"errors"
	"io"
	"net"
	nethttp "net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/postgres/pgtest"
)

func TestServeSettingsFromEnv(t *testing.T) {
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "")
	metrics := fs.Bool("metrics", false, "")
	timeout := fs.Duration("request-timeout", time.Second, "")
	env := map[string]string{"addr": "CHORUS_ADDR", "metrics": "CHORUS_METRICS", "request-timeout": "CHORUS_REQUEST_TIMEOUT"}
	t.Setenv("CHORUS_ADDR", "0.0.0.0:9000")
	t.Setenv("CHORUS_METRICS", "true")
	t.Setenv("CHORUS_REQUEST_TIMEOUT", "7s")
	if err := fs.Parse([]string{"--addr", "127.0.0.1:1234"}); err != nil {
		t.Fatal(err)
	}
	if err := applyEnv(fs, env); err != nil {
		t.Fatal(err)
	}
	if *addr != "127.0.0.1:1234" || !*metrics || *timeout != 7*time.Second {
		t.Errorf("addr %s (the flag must win), metrics %v, timeout %v (from the environment)", *addr, *metrics, *timeout)
	}
	t.Setenv("CHORUS_METRICS", "maybe")
	fs2 := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	fs2.Bool("metrics", false, "")
	err := applyEnv(fs2, map[string]string{"metrics": "CHORUS_METRICS"})
	if err == nil || !strings.Contains(err.Error(), "CHORUS_METRICS") {
		t.Errorf("a bad variable: %v, want an error naming it", err)
	}
}

func TestServeRefusesBadSettings(t *testing.T) {
	_, _, err := runChorus(t, "serve", "--db", filepath.Join(t.TempDir(), "c.db"), "--read", "nobody", "--max-batch", "0")
	var uerr usageError
	if !errors.As(err, &uerr) || !strings.Contains(err.Error(), "read:") || !strings.Contains(err.Error(), "max-batch:") {
		t.Errorf("err = %v, want a usage error naming read and max-batch", err)
	}
	// The command is shared by the tests: put its flags back.
	cmd, _, _ := rootCmd.Find([]string{"serve"})
	_ = cmd.Flags().Set("read", "public")
	_ = cmd.Flags().Set("max-batch", "100")
}

// TestServeAndHealthcheck runs the real server on loopback, asks
// healthcheck about it, and stops it the way a signal would.
// stores opens each kind of store --db names: an SQLite file, and a
// PostgreSQL schema when CHORUS_TEST_POSTGRES is set (skipped otherwise).
var stores = map[string]func(t *testing.T) string{
	"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "c.db") },
	"postgres": func(t *testing.T) string { return pgtest.DSN(t) },
}

func TestServeAndHealthcheck(t *testing.T) {
	for name, open := range stores {
		t.Run(name, func(t *testing.T) { testServeAndHealthcheck(t, open(t)) })
	}
}

// testServeAndHealthcheck runs chorus serve on db, makes a key with chorus
// keys on the same db, and writes an article through the server with it.
func testServeAndHealthcheck(t *testing.T, db string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cfg := http.DefaultConfig()
	cfg.Addr = addr
	cfg.Logger, _ = newLogger(nil, "text", "error")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, cfg, db) }()
	var out string
	for deadline := time.Now().Add(20 * time.Second); ; {
		out, _, err = runChorus(t, "healthcheck", "--url", "http://"+addr+"/healthz", "--timeout", "1s")
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil || strings.TrimSpace(out) != "ok" {
		t.Fatalf("healthcheck: %q, %v", out, err)
	}
	token, _, err := runChorus(t, "keys", "create", "--db", db, "--name", "ci")
	if err != nil {
		t.Fatalf("keys create: %v", err)
	}
	body := `{"title":"Night ferry stays","outlet":"Valmere Post","text":"Night ferry stays\n\nThe ferry council of Valmere voted on Tuesday to keep the night crossing, its chair said."}`
	status := 0
	var reply []byte
	// Writes open once the desk has loaded; until then the server answers 503.
	for deadline := time.Now().Add(20 * time.Second); ; {
		req, _ := nethttp.NewRequest("POST", "http://"+addr+"/api/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(token))
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		reply, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		status = resp.StatusCode
		if status != nethttp.StatusServiceUnavailable || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if status != nethttp.StatusCreated || !strings.Contains(string(reply), `"created"`) {
		t.Errorf("POST /api/articles: %d %s", status, reply)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after shutdown: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, _, err := runChorus(t, "healthcheck", "--url", "http://"+addr+"/healthz", "--timeout", "1s"); err == nil {
		t.Error("healthcheck passes with no server")
	}
}

func TestHealthURL(t *testing.T) {
	for in, want := range map[string]string{
		"":               "http://127.0.0.1:8080/healthz",
		"0.0.0.0:9000":   "http://127.0.0.1:9000/healthz",
		":9000":          "http://127.0.0.1:9000/healthz",
		"[::1]:9000":     "http://[::1]:9000/healthz",
		"10.1.2.3:80":    "http://10.1.2.3:80/healthz",
		"example.org:81": "http://example.org:81/healthz",
	} {
		if got := healthURL(in); got != want {
			t.Errorf("healthURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeysCommands(t *testing.T) {
	for name, open := range stores {
		t.Run(name, func(t *testing.T) { testKeysCommands(t, open(t)) })
	}
}

func testKeysCommands(t *testing.T, db string) {
	token, _, err := runChorus(t, "keys", "create", "--db", db, "--name", "ci", "--rate", "60")
	if err != nil || !strings.HasPrefix(token, "chorus_") {
		t.Fatalf("create: %q, %v", token, err)
	}
	id := strings.SplitN(strings.TrimPrefix(strings.TrimSpace(token), "chorus_"), "_", 2)[0]
	list, _, err := runChorus(t, "keys", "list", "--db", db)
	if err != nil || !strings.Contains(list, id) || !strings.Contains(list, "ci") || strings.Contains(list, strings.TrimSpace(token)) {
		t.Errorf("list: %q, %v", list, err)
	}
	if _, _, err := runChorus(t, "keys", "revoke", "--db", db, id); err != nil {
		t.Errorf("revoke: %v", err)
	}
	if _, _, err := runChorus(t, "keys", "revoke", "--db", db, id); err == nil {
		t.Error("revoking a revoked key succeeds")
	}
	if _, _, err := runChorus(t, "keys", "create", "--db", db, "--name", ""); err == nil {
		t.Error("a key without a name")
	}
}

func TestBenchServeSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store and serves it")
	}
	out, _, err := runChorus(t, "bench", "serve", "--db", filepath.Join(t.TempDir(), "b.db"), "--examples", "../../examples",
		"--stories", "20", "--readers", "4", "--duration", "1s", "--warmup", "0s")
	if err != nil {
		t.Fatalf("bench serve: %v\n%s", err, out)
	}
	for _, want := range []string{"reads :", "p99", "writes:", "goal p99 < 50ms"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}
