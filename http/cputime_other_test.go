//go:build !linux

package http

import "time"

// processCPU is not measured outside Linux; benchmarks then report 0.
func processCPU() time.Duration { return 0 }
