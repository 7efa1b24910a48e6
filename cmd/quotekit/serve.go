package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/quotekit/quotekit/quotes"
)

// serveConfig holds the flags of quotekit serve: where it listens and its
// limits.
type serveConfig struct {
	addr              string
	maxBody           int64         // bytes of a request body; of a line, for NDJSON
	timeout           time.Duration // deadline of a request; of each document, for NDJSON
	maxInFlight       int           // requests extracting at once
	maxQueue          int           // requests waiting for a slot; beyond, 503
	readHeaderTimeout time.Duration
	idleTimeout       time.Duration
	shutdownTimeout   time.Duration // grace given to accepted requests on SIGINT/SIGTERM
}

// defaultServeConfig returns the flags' defaults.
func defaultServeConfig() serveConfig {
	return serveConfig{
		addr:              "127.0.0.1:8080",
		maxBody:           10 << 20,
		timeout:           30 * time.Second,
		maxInFlight:       runtime.NumCPU(),
		maxQueue:          8 * runtime.NumCPU(),
		readHeaderTimeout: 5 * time.Second,
		idleTimeout:       60 * time.Second,
		shutdownTimeout:   time.Minute,
	}
}

// runServe runs quotekit serve until SIGINT or SIGTERM and returns its
// exit status.
func runServe(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotekit serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := defaultServeConfig()
	fs.StringVar(&cfg.addr, "addr", cfg.addr, "address to listen on")
	fs.Int64Var(&cfg.maxBody, "max-body", cfg.maxBody, "bytes of a request body (of a line, for NDJSON); larger gets 413")
	fs.DurationVar(&cfg.timeout, "timeout", cfg.timeout, "deadline of a request, waiting and reading included (of each document, for NDJSON); past it, 503")
	fs.IntVar(&cfg.maxInFlight, "max-inflight", cfg.maxInFlight, "requests extracting at once")
	fs.IntVar(&cfg.maxQueue, "max-queue", cfg.maxQueue, "requests waiting for a slot; beyond, 503 with Retry-After")
	fs.DurationVar(&cfg.readHeaderTimeout, "read-header-timeout", cfg.readHeaderTimeout, "time to read a request's headers")
	fs.DurationVar(&cfg.idleTimeout, "idle-timeout", cfg.idleTimeout, "time a kept-alive connection may wait for its next request")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", cfg.shutdownTimeout, "on SIGINT/SIGTERM, time given to accepted requests to finish")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: quotekit serve [flags]\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	s, err := newServer(cfg, log)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit serve: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit serve: %v\n", err)
		return 1
	}
	if err := s.serve(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "quotekit serve: %v\n", err)
		return 1
	}
	return 0
}

// A server answers the HTTP API and the page. Build it with newServer.
type server struct {
	cfg     serveConfig
	x       *quotes.Extractor
	log     *slog.Logger
	lim     *limiter
	m       *metrics
	handler http.Handler
	// accepted counts the extraction requests given a slot, answered
	// those whose answer was written to the end (tests compare them).
	accepted, answered atomic.Int64
}

func newServer(cfg serveConfig, log *slog.Logger) (*server, error) {
	if cfg.maxBody <= 0 || cfg.timeout <= 0 || cfg.maxInFlight <= 0 || cfg.maxQueue < 0 {
		return nil, errors.New("-max-body, -timeout and -max-inflight must be positive, -max-queue not negative")
	}
	docLen := cfg.maxBody
	if docLen > quotes.DefaultMaxDocumentLen {
		docLen = quotes.DefaultMaxDocumentLen
	}
	x, err := quotes.New(quotes.WithMaxDocumentLen(int(docLen)))
	if err != nil {
		return nil, err
	}
	m := newMetrics()
	s := &server{cfg: cfg, x: x, log: log, lim: newLimiter(cfg.maxInFlight, cfg.maxQueue, m.queued), m: m}
	s.handler = s.routes()
	return s, nil
}

// routes returns the server's handler: every route instrumented and
// logged.
func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /v1/extract", s.m.instrument("extract", http.HandlerFunc(s.extract)))
	mux.Handle("GET /healthz", s.m.instrument("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /metrics", s.m.instrument("metrics", s.m.handler()))
	mux.Handle("GET /{$}", s.m.instrument("page", http.HandlerFunc(servePage)))
	return s.logRequests(mux)
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"status":"ok"}`+"\n")
}

// httpServer returns the http.Server of s, with its timeouts.
func (s *server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.cfg.readHeaderTimeout,
		IdleTimeout:       s.cfg.idleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// serve answers requests on ln until ctx is done, then shuts down
// gracefully: it stops accepting connections and waits (at most
// -shutdown-timeout) for the requests it accepted to be answered.
func (s *server) serve(ctx context.Context, ln net.Listener) error {
	hs := s.httpServer()
	errc := make(chan error, 1)
	s.log.Info("listening", "addr", ln.Addr().String(), "max_inflight", s.cfg.maxInFlight, "max_queue", s.cfg.maxQueue,
		"max_body", s.cfg.maxBody, "timeout", s.cfg.timeout)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing accepted requests", "grace", s.cfg.shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.shutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	s.log.Info("stopped", "accepted", s.accepted.Load(), "answered", s.answered.Load())
	return err
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs one line per request.
func (s *server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "code", sw.code, "bytes", sw.bytes,
			"duration", time.Since(start), "remote", r.RemoteAddr)
	})
}
