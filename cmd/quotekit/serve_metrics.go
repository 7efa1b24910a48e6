package main

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own
// (with the Go runtime's and the process's).
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec   // by handler and code
	latency   *prometheus.HistogramVec // by handler
	documents *prometheus.CounterVec   // by outcome: ok, error
	bytes     prometheus.Counter       // request body bytes read
	inflight  prometheus.Gauge         // extraction requests holding a slot
	queued    prometheus.Gauge         // extraction requests waiting for one
	rejected  *prometheus.CounterVec   // 503s by reason: queue_full, deadline
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotekit_http_requests_total", Help: "HTTP requests answered, by handler and status code.",
		}, []string{"handler", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "quotekit_http_request_duration_seconds", Help: "Time to answer an HTTP request, by handler.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"handler"}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotekit_documents_total", Help: "Documents extracted (ok) or failed (error: deadline, bad JSON line, ...).",
		}, []string{"outcome"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quotekit_request_body_bytes_total", Help: "Bytes of request bodies read by /v1/extract.",
		}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quotekit_requests_in_flight", Help: "Extraction requests running (holding a slot).",
		}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quotekit_requests_queued", Help: "Extraction requests waiting for a slot.",
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotekit_requests_rejected_total", Help: "Extraction requests turned away with 503, by reason (queue_full, deadline).",
		}, []string{"reason"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.documents, m.bytes, m.inflight, m.queued, m.rejected,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, o := range []string{"ok", "error"} {
		m.documents.WithLabelValues(o)
	}
	for _, r := range []string{"queue_full", "deadline"} {
		m.rejected.WithLabelValues(r)
	}
	return m
}

// instrument counts the requests of a handler by status code and
// observes their latency.
func (m *metrics) instrument(name string, h http.Handler) http.Handler {
	l := prometheus.Labels{"handler": name}
	return promhttp.InstrumentHandlerCounter(m.requests.MustCurryWith(l),
		promhttp.InstrumentHandlerDuration(m.latency.MustCurryWith(l), h))
}

// handler serves the metrics in Prometheus's text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}
