package http

import (
	"net/http"
	"net/netip"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the Prometheus series the server keeps when metrics are on.
// A nil *metrics records nothing, so callers need not check.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	ingested   *prometheus.CounterVec
	deliveries *prometheus.CounterVec
	handler    http.Handler
}

func newMetrics() *metrics {
	reg := prometheus.NewRegistry()
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_http_requests_total", Help: "HTTP requests answered, by route, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "chorus_http_request_duration_seconds", Help: "Time to answer HTTP requests, by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10},
		}, []string{"route"}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_ingested_documents_total", Help: "Documents posted to the API, by outcome.",
		}, []string{"outcome"}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_webhook_deliveries_total", Help: "Webhook delivery attempts, by outcome.",
		}, []string{"outcome"}),
	}
	reg.MustRegister(m.requests, m.latency, m.ingested, m.deliveries,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.handler = promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
	return m
}

func (m *metrics) observe(route, method string, status int, took time.Duration) {
	if m == nil {
		return
	}
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(took.Seconds())
}

func (m *metrics) countIngest(outcome string, n int) {
	if m == nil || n == 0 {
		return
	}
	m.ingested.WithLabelValues(outcome).Add(float64(n))
}

func (m *metrics) countDelivery(outcome string) {
	if m == nil {
		return
	}
	m.deliveries.WithLabelValues(outcome).Inc()
}

// serveMetrics answers /metrics: 404 when metrics are off, 403 to clients
// outside the allow-list.
func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) error {
	if s.metrics == nil {
		return errorf(http.StatusNotFound, "metrics are off (start the server with --metrics)")
	}
	addr, err := netip.ParseAddr(clientAddr(r))
	if err != nil || !allowed(s.cfg.MetricsAllow, addr.Unmap()) {
		return errorf(http.StatusForbidden, "metrics are not open to this address")
	}
	s.metrics.handler.ServeHTTP(w, r)
	return nil
}

func allowed(nets []netip.Prefix, a netip.Addr) bool {
	for _, p := range nets {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
