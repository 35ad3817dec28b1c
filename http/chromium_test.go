package http

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/chorusnews/chorus"
)

// These tests drive Debian's Chromium, headless, against a server over the
// demo corpus. They skip when Chromium is missing, unless
// CHORUS_REQUIRE_CHROMIUM is set (as CI sets it after installing Chromium),
// in which case a missing browser fails them. Screenshots go to
// artifacts/screenshots at the repository root (git-ignored), or to
// $CHORUS_ARTIFACTS.

// chromiumPath finds the browser or skips.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHORUS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CHORUS_REQUIRE_CHROMIUM") != "" {
		t.Fatal("CHORUS_REQUIRE_CHROMIUM is set but chromium is not installed (apt-get install -y chromium)")
	}
	t.Skip("chromium is not installed, so the browser tests are skipped (apt-get install -y chromium; set CHORUS_REQUIRE_CHROMIUM=1 to make this a failure)")
	return ""
}

// newBrowser starts a fresh headless Chromium for the test.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium %s: %v", path, err)
	}
	return ctx
}

// consoleLog collects what pages write to the console.
type consoleLog struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

func watchConsole(ctx context.Context) *consoleLog {
	c := &consoleLog{}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m)
			c.mu.Unlock()
		}
	}()
	return c
}

func (c *consoleLog) errors(ignore string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if (m.Type == chromedp.ConsoleError || m.IsException()) && !strings.Contains(m.Text, ignore) {
			out = append(out, m.String())
		}
	}
	return out
}

func (c *consoleLog) saw(text string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.msgs {
		if strings.Contains(m.Text, text) {
			return true
		}
	}
	return false
}

// artifactDir is where screenshots are saved.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("CHORUS_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "artifacts")
	}
	dir = filepath.Join(dir, "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	actx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(actx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	run(t, ctx, what, chromedp.Steps(steps...))
}

func screenshot(t *testing.T, ctx context.Context, name string, full bool) {
	t.Helper()
	shot := chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(100)
	}
	b := run(t, ctx, "screenshot "+name, shot)
	path := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// center returns the middle of the first element matching sel, in the viewport.
func center(t *testing.T, ctx context.Context, sel string) (float64, float64) {
	t.Helper()
	xy := run(t, ctx, "locate "+sel, chromedp.Evaluate[[]float64](fmt.Sprintf(
		`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`, sel)))
	return xy[0], xy[1]
}

func passageFor(st *chorus.Story, c chorus.Citation) string {
	for _, a := range st.Articles {
		if a.ID == c.Article {
			return c.Span().In(a.Text)
		}
	}
	return ""
}

func TestBrowser(t *testing.T) {
	e := newEnv(t, nil)
	ctx := newBrowser(t)
	console := watchConsole(ctx)
	st := damStory(t, e)
	base := e.http.URL
	passage := passageFor(st, st.Digest[0].Citations[0])

	// The list, as a newcomer first sees it.
	do(t, ctx, "open the list", chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(".story-item")))
	if n := run(t, ctx, "count stories", chromedp.Evaluate[int](`document.querySelectorAll('.story-item').length`)); n != 3 {
		t.Errorf("the list shows %d stories, want 3", n)
	}
	screenshot(t, ctx, "list-desktop.png", true)
	checkAccessible(t, ctx)

	// Keyboard: the first Tab reaches the skip link.
	do(t, ctx, "press tab", chromedp.KeyEvent(kb.Tab))
	if cls := run(t, ctx, "focused element", chromedp.Evaluate[string](`document.activeElement.className`)); cls != "skip" {
		t.Errorf("first Tab focuses %q, want the skip link", cls)
	}

	// The story page, reached from the list.
	do(t, ctx, "open the story", chromedp.Click(chromedp.CSS(`a[href="/stories/`+string(st.ID)+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("#h-digest")))
	checkAccessible(t, ctx)
	if vis := run(t, ctx, "popup before hover", chromedp.Evaluate[string](`getComputedStyle(document.querySelector('#d1-p')).display`)); vis != "none" {
		t.Errorf("the passages show before any hover (display %s)", vis)
	}

	// Hovering a citation marker shows the passages.
	do(t, ctx, "scroll to the first marker", chromedp.ScrollIntoView(chromedp.CSS(".digest .cite")))
	x, y := center(t, ctx, ".digest .cite")
	do(t, ctx, "hover the first marker", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y))
	do(t, ctx, "wait for the passages", chromedp.WaitVisible(chromedp.CSS("#d1-p")))
	text := run(t, ctx, "read the passages", chromedp.Text(chromedp.CSS("#d1-p")))
	if !strings.Contains(squash(text), squash(passage)) {
		t.Errorf("the popup says %q; want the cited passage %q", text, passage)
	}
	screenshot(t, ctx, "story-desktop-hover.png", false)
	screenshot(t, ctx, "story-desktop.png", true)

	// Focus shows it too, and Escape hides it (the script's one job).
	do(t, ctx, "move the mouse away", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1, 1),
		chromedp.Focus(chromedp.CSS(".digest .cite")), chromedp.WaitVisible(chromedp.CSS("#d1-p")),
		chromedp.KeyEvent(kb.Escape), chromedp.WaitNotVisible(chromedp.CSS("#d1-p")))

	// Following the marker opens the article with the passage highlighted.
	do(t, ctx, "follow the marker", chromedp.Click(chromedp.CSS(".digest .cite")), chromedp.WaitVisible(chromedp.CSS("mark#hl")))
	if got := run(t, ctx, "read the highlight", chromedp.Text(chromedp.CSS("mark#hl"))); squash(got) != squash(passage) {
		t.Errorf("highlighted %q, want %q", got, passage)
	}
	if loc := run(t, ctx, "location", chromedp.Location()); !strings.HasSuffix(loc, "#hl") {
		t.Errorf("the article opened at %s, not at the passage", loc)
	}
	inView := run(t, ctx, "highlight in view", chromedp.Evaluate[bool](
		`(() => { const r = document.getElementById('hl').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`))
	if !inView {
		t.Error("the highlighted passage is not scrolled into view")
	}
	screenshot(t, ctx, "article-desktop.png", false)

	// Phone width: nothing wider than the screen, the popup as a bottom sheet.
	do(t, ctx, "phone list", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)), chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(".story-item")))
	noOverflow(t, ctx, "the list")
	screenshot(t, ctx, "list-phone.png", false)
	do(t, ctx, "phone story", chromedp.Navigate(base+"/stories/"+string(st.ID)), chromedp.WaitVisible(chromedp.CSS("#h-digest")))
	noOverflow(t, ctx, "the story")
	screenshot(t, ctx, "story-phone.png", false)
	do(t, ctx, "phone citation", chromedp.Focus(chromedp.CSS(".digest .cite")), chromedp.WaitVisible(chromedp.CSS("#d1-p")))
	inside := run(t, ctx, "sheet inside the screen", chromedp.Evaluate[bool](
		`(() => { const r = document.getElementById('d1-p').getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight; })()`))
	if !inside {
		t.Error("on a phone the passages run off the screen")
	}
	screenshot(t, ctx, "story-phone-cite.png", false)

	// Dark scheme.
	do(t, ctx, "dark scheme", chromedp.EmulateViewport(1280, 900), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		return err
	}), chromedp.Navigate(base+"/stories/"+string(st.ID)), chromedp.WaitVisible(chromedp.CSS("#h-digest")))
	checkAccessible(t, ctx)
	bg := run(t, ctx, "background", chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
	if bg != "rgb(21, 23, 26)" {
		t.Errorf("dark scheme background %s", bg)
	}
	screenshot(t, ctx, "story-dark.png", false)

	// The console: a probe proves the watch works, then nothing else may
	// have been an error (a script error, a refused asset, a CSP violation).
	do(t, ctx, "probe the console", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Evaluate[any](`console.error("chorus-console-probe")`)(ctx, tg)
		return err
	}))
	for deadline := time.Now().Add(5 * time.Second); !console.saw("chorus-console-probe"); {
		if time.Now().After(deadline) {
			t.Fatal("the console watch did not see the probe")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, m := range console.errors("chorus-console-probe") {
		t.Errorf("console: %s", m)
	}
}

// checkAccessible checks what a script can: landmarks, labels, names.
func checkAccessible(t *testing.T, ctx context.Context) {
	t.Helper()
	problems := run(t, ctx, "accessibility checks", chromedp.Evaluate[[]string](`(() => {
		const out = [];
		for (const sel of ['header', 'main', 'footer', 'nav', 'form[role=search]']) {
			if (!document.querySelector(sel)) out.push('no ' + sel);
		}
		for (const el of document.querySelectorAll('input, select, textarea')) {
			if (!(el.labels && el.labels.length) && !el.getAttribute('aria-label')) out.push('unlabelled ' + (el.name || el.id));
		}
		for (const el of document.querySelectorAll('svg')) {
			if (!el.getAttribute('aria-label')) out.push('svg without a label');
		}
		for (const el of document.querySelectorAll('a')) {
			if (!el.textContent.trim() && !el.getAttribute('aria-label')) out.push('link without a name: ' + el.href);
		}
		if (!document.documentElement.lang) out.push('no lang');
		// Text contrast against the first opaque background behind it (WCAG AA: 4.5).
		const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
		const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
			.reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
		const behind = (el) => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || c[3] > 0.9) return c.slice(0, 3); } return [255, 255, 255]; };
		for (const el of document.querySelectorAll('h1, h2, p, a, li, button, input, .meta, .hint, .badge, .passage')) {
			if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
			const a = lum(rgb(getComputedStyle(el).color)), b = lum(behind(el));
			const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			if (ratio < 4.5) out.push('contrast ' + ratio.toFixed(2) + ' of ' + el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 30));
		}
		if (document.querySelectorAll('h1').length !== 1) out.push('not one h1');
		return out;
	})()`))
	for _, p := range problems {
		t.Errorf("accessibility: %s", p)
	}
}

func noOverflow(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	wide := run(t, ctx, "page width", chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, innerWidth]`))
	if wide[0] > wide[1] {
		t.Errorf("%s is %dpx wide on a %dpx screen", what, wide[0], wide[1])
	}
}

// squash folds whitespace, which rendering may change.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
