//go:build !unix

package cputime

import "time"

// Process is not available here: callers fall back to wall time.
func Process() (time.Duration, bool) { return 0, false }

// PeakRSSMB is not available here.
func PeakRSSMB() float64 { return 0 }
