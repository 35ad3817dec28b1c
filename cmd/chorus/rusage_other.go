//go:build !unix

package main

import "time"

// cpuTime is unavailable here; callers fall back to wall time.
func cpuTime() time.Duration { return 0 }

// peakRSSMB is unavailable here.
func peakRSSMB() float64 { return 0 }
