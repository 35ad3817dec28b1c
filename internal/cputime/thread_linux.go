package cputime

import (
	"syscall"
	"time"
)

// rusageThread is RUSAGE_THREAD: the calling thread's usage only.
const rusageThread = 1

// Thread returns the CPU time the calling OS thread has used, so that a
// speed measured on a busy machine counts only this thread's work on its
// core (the caller locks itself to its thread); ok is false when the
// system cannot tell.
func Thread() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
