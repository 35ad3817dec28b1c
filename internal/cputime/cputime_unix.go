//go:build unix

package cputime

import (
	"runtime"
	"syscall"
	"time"
)

// Process returns the CPU time (user and system) the process has used,
// GC work on other threads included; ok is false when the system cannot
// tell.
func Process() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

// PeakRSSMB is the process's peak resident memory in MiB (ru_maxrss is KiB
// on Linux and bytes on macOS), or 0 when the system cannot tell.
func PeakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return float64(ru.Maxrss) / (1 << 20)
	}
	return float64(ru.Maxrss) / (1 << 10)
}
