//go:build unix

package conll

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user + system) the process has used, so
// that speed can be measured per core even on a machine shared with other
// jobs; GC work on other threads is included.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
