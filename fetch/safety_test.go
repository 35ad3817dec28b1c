package fetch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

func TestSlowLoris(t *testing.T) {
	t.Run("body trickles", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fl := w.(http.Flusher)
			for range 100 {
				if _, err := w.Write([]byte("<p>")); err != nil {
					return
				}
				fl.Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		}))
		defer srv.Close()
		c, _ := testClient(t, Options{MinInterval: -1, Timeout: 300 * time.Millisecond})
		start := time.Now()
		_, err := c.Get(ctxT(t), Request{URL: srv.URL + "/slow"})
		if kindOf(err) != KindTimeout {
			t.Fatalf("err = %v, want timeout", err)
		}
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("gave up after %s, want about 300ms", el)
		}
	})
	t.Run("headers trickle", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go func() {
			for {
				conn, err := ln.Accept()
				if err != nil {
					return
				}
				go func() {
					defer conn.Close()
					buf := make([]byte, 4096)
					conn.SetReadDeadline(time.Now().Add(time.Second))
					conn.Read(buf)
					for _, b := range []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaa") {
						if _, err := conn.Write([]byte{b}); err != nil {
							return
						}
						time.Sleep(50 * time.Millisecond)
					}
				}()
			}
		}()
		c, _ := testClient(t, Options{MinInterval: -1, Timeout: 300 * time.Millisecond})
		start := time.Now()
		_, err = c.Get(ctxT(t), Request{URL: "http://" + ln.Addr().String() + "/slow"})
		// robots.txt times out first, which defers the page.
		if k := kindOf(err); k != KindTimeout && k != KindDeferred {
			t.Fatalf("err = %v, want timeout or deferral", err)
		}
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("gave up after %s, want about 300ms", el)
		}
	})
}

// hugeBody serves 100 MB of HTML and counts how much it managed to send.
func hugeBody(withLength bool, sent *atomic.Int64) http.Handler {
	const total = 100 << 20
	chunk := bytes.Repeat([]byte("<p>filler</p>\n"), 4096)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		if withLength {
			w.Header().Set("Content-Length", strconv.Itoa(total))
		}
		for n := 0; n < total; n += len(chunk) {
			m, err := w.Write(chunk)
			sent.Add(int64(m))
			if err != nil {
				return
			}
		}
	})
}

func TestHundredMegabyteBody(t *testing.T) {
	for _, withLength := range []bool{true, false} {
		t.Run(fmt.Sprintf("content-length=%v", withLength), func(t *testing.T) {
			var sent atomic.Int64
			srv := httptest.NewServer(hugeBody(withLength, &sent))
			c, _ := testClient(t, Options{MinInterval: -1, MaxBytes: 1 << 20})
			_, err := c.Get(ctxT(t), Request{URL: srv.URL + "/big"})
			srv.CloseClientConnections()
			srv.Close()
			if kindOf(err) != KindTooLarge {
				t.Fatalf("err = %v, want too large", err)
			}
			// Socket buffers take a few megabytes before the server notices
			// the client is gone; it must be far from the whole body.
			if s := sent.Load(); s > 32<<20 {
				t.Errorf("server sent %d MiB before the client gave up", s>>20)
			}
		})
	}
}

func TestGzipBomb(t *testing.T) {
	var packed bytes.Buffer
	zw := gzip.NewWriter(&packed)
	zeros := make([]byte, 1<<20)
	for range 64 {
		zw.Write(zeros)
	}
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(packed.Bytes())
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{MinInterval: -1, MaxBytes: 1 << 20})
	if _, err := c.Get(ctxT(t), Request{URL: srv.URL + "/bomb"}); kindOf(err) != KindTooLarge {
		t.Fatalf("err = %v, want too large (limit applies to inflated bytes)", err)
	}
}

func TestRedirects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			http.NotFound(w, r)
		case p == "/a":
			http.Redirect(w, r, "/b", http.StatusMovedPermanently)
		case p == "/b":
			http.Redirect(w, r, "/a", http.StatusFound)
		case p == "/self":
			http.Redirect(w, r, "/self?", http.StatusFound)
		case len(p) > 7 && p[:7] == "/chain/":
			n, _ := strconv.Atoi(p[7:])
			if n == 0 {
				fmt.Fprint(w, "arrived")
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusTemporaryRedirect)
		}
	}))
	defer srv.Close()
	c, _ := testClient(t, Options{MinInterval: -1, MaxRedirects: 5})
	ctx := ctxT(t)
	for _, p := range []string{"/a", "/chain/6"} {
		if _, err := c.Get(ctx, Request{URL: srv.URL + p}); kindOf(err) != KindRedirect {
			t.Errorf("%s: err = %v, want bad redirect", p, err)
		}
	}
	res, err := c.Get(ctx, Request{URL: srv.URL + "/chain/5"})
	if err != nil {
		t.Fatalf("five redirects: %v", err)
	}
	if res.URL != srv.URL+"/chain/0" || string(res.Body) != "arrived" {
		t.Errorf("landed at %s with %q", res.URL, res.Body)
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "internal")
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	c := New(Options{MinInterval: -1, Clock: newFakeClock(), Timeout: 2 * time.Second}) // AllowPrivate unset
	for _, u := range []string{
		srv.URL + "/x",
		"http://localhost:" + port + "/x",
		"http://[::ffff:127.0.0.1]:" + port + "/x",
		"http://0.0.0.0:" + port + "/x",
	} {
		_, err := c.Get(ctxT(t), Request{URL: u})
		if !errors.Is(err, ErrNonPublic) || kindOf(err) != KindBlocked {
			t.Errorf("%s: err = %v, want refusal of a non-public address", u, err)
		}
	}
	// A name pinned to a public-looking host still connects to 127.0.0.1:
	// the check sees the address actually dialled.
	pinned := New(Options{MinInterval: -1, Clock: newFakeClock(), Timeout: 2 * time.Second,
		Pins: map[string]string{"news.example:80": srv.Listener.Addr().String()}})
	if _, err := pinned.Get(ctxT(t), Request{URL: "http://news.example/x"}); !errors.Is(err, ErrNonPublic) {
		t.Errorf("pinned name: err = %v, want refusal", err)
	}
	if hits.Load() != 0 {
		t.Errorf("server was reached %d times", hits.Load())
	}
}

func TestPublic(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want bool
	}{
		{"93.184.215.14", true},
		{"2606:4700::1111", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false},
		{"100.64.0.1", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"192.0.2.1", false},
		{"198.18.0.1", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"::1", false},
		{"::", false},
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"ff02::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::a00:1", false},
		{"64:ff9b::808:808", true},
		{"2002:c0a8:0101::1", false},
		{"2001:db8::1", false},
	} {
		if got := Public(netip.MustParseAddr(tc.ip)); got != tc.want {
			t.Errorf("Public(%s) = %v, want %v", tc.ip, got, tc.want)
		}
	}
}
