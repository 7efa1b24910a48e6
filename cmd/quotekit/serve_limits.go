package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

// A limiter bounds the extraction requests of a server: at most cap(slots)
// run at once, at most cap(queue) more wait for a slot; a request that
// finds the queue full, or waits past its deadline, is turned away.
type limiter struct {
	slots  chan struct{}
	queue  chan struct{}
	queued prometheus.Gauge // the requests waiting
}

func newLimiter(inflight, queue int, queued prometheus.Gauge) *limiter {
	return &limiter{slots: make(chan struct{}, inflight), queue: make(chan struct{}, queue), queued: queued}
}

// errQueueFull is acquire's answer when the queue is full.
var errQueueFull = errors.New("server busy: too many requests in flight and queued, retry later")

// acquire takes a slot, waiting in the queue until ctx is done; it
// returns errQueueFull when the queue is full and ctx.Err() when ctx is
// done first. waited reports whether the request queued.
func (l *limiter) acquire(ctx context.Context) (waited bool, err error) {
	select {
	case l.slots <- struct{}{}:
		return false, nil
	default:
	}
	select {
	case l.queue <- struct{}{}:
	default:
		return false, errQueueFull
	}
	l.queued.Inc()
	defer func() { l.queued.Dec(); <-l.queue }()
	select {
	case l.slots <- struct{}{}:
		return true, nil
	case <-ctx.Done():
		return true, ctx.Err()
	}
}

// release gives back a slot taken by acquire.
func (l *limiter) release() { <-l.slots }

// retryAfter is the Retry-After of a 503, in seconds.
const retryAfter = "1"

// writeError answers a request with code and a JSON body
// {"error": msg}; a 503 says when to retry.
func writeError(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	if code == http.StatusServiceUnavailable {
		h.Set("Retry-After", retryAfter)
	}
	w.WriteHeader(code)
	b, _ := json.Marshal(map[string]string{"error": msg})
	_, _ = w.Write(append(b, '\n'))
}
