package cputime

import (
	"runtime"
	"testing"
	"time"
)

// On Linux the process's and the thread's CPU time are read, and both grow
// with work done; elsewhere callers fall back to wall time.
func TestCPUTimeGrowsWithWork(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU time is read on Linux only")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, okP := Process()
	t0, okT := Thread()
	if !okP || !okT {
		t.Fatalf("Process ok %v, Thread ok %v on Linux", okP, okT)
	}
	clock := Clock()
	c0 := clock()
	x := 0
	for start := time.Now(); time.Since(start) < 30*time.Millisecond; {
		x++
	}
	if Since(p0) <= 0 || clock() <= c0 {
		t.Errorf("process CPU time did not grow over 30 ms of work (%d loops)", x)
	}
	if t1, _ := Thread(); t1 <= t0 {
		t.Errorf("thread CPU time did not grow: %v then %v", t0, t1)
	}
	if PeakRSSMB() <= 0 {
		t.Error("no peak resident memory")
	}
}
