// Package cputime reads how much CPU time this process (or the calling
// thread) has used. Speeds and benchmarks are reported per CPU time, which
// unlike wall time does not grow when other jobs share the machine.
package cputime

import "time"

// Since returns the process CPU time used since start, a Process reading.
func Since(start time.Duration) time.Duration {
	now, _ := Process()
	return now - start
}

// MsPerOp is the CPU milliseconds per operation spent since start over n
// operations, for a benchmark's "cpu-ms/op".
func MsPerOp(start time.Duration, n int) float64 {
	return float64(Since(start)) / float64(time.Millisecond) / float64(max(n, 1))
}

// Clock returns a clock that reads the process's CPU time, or, where the
// system cannot tell it, the wall time since Clock was called.
func Clock() func() time.Duration {
	if _, ok := Process(); ok {
		return func() time.Duration { d, _ := Process(); return d }
	}
	start := time.Now()
	return func() time.Duration { return time.Since(start) }
}
