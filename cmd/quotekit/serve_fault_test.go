package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

// newLoopbackServer serves s on a loopback port with its own timeouts,
// until the test ends.
func newLoopbackServer(t testing.TB, s *server) *httptest.Server {
	ts := httptest.NewUnstartedServer(s.handler)
	ts.Config = s.httpServer()
	ts.Start()
	t.Cleanup(ts.Close)
	return ts
}

// dial opens a raw connection to a test server.
func dial(t *testing.T, ts *httptest.Server) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", ts.Listener.Addr().String())
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c
}

// slotFree reports whether a request gets through a server whose only
// slot was held.
func slotFree(ts *httptest.Server) bool {
	res, err := http.Post(ts.URL+"/v1/extract", "text/plain", strings.NewReader("“Yes,” she said."))
	if err != nil {
		return false
	}
	res.Body.Close()
	return res.StatusCode == http.StatusOK
}

// A client that goes away in the middle of its body, or of an NDJSON
// stream, frees its slot; the server goes on.
func TestServeClientGone(t *testing.T) {
	cfg := testConfig()
	cfg.maxInFlight, cfg.maxQueue = 1, 0
	s := newTestServer(t, cfg)
	ts := newLoopbackServer(t, s)

	t.Run("mid-body", func(t *testing.T) {
		c := dial(t, ts)
		_, err := fmt.Fprintf(c, "POST /v1/extract HTTP/1.1\r\nHost: q\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n%s",
			strings.Repeat("a", 5000))
		require.NoError(t, err)
		require.Eventually(t, func() bool { return len(s.lim.slots) == 1 }, 5*time.Second, time.Millisecond, "the request holds the slot")
		c.Close()
		require.Eventually(t, func() bool { return slotFree(ts) }, 5*time.Second, 10*time.Millisecond)
	})
	t.Run("mid-stream", func(t *testing.T) {
		c := dial(t, ts)
		line := `{"id": "one", "text": "“Yes,” she said."}` + "\n"
		_, err := fmt.Fprintf(c, "POST /v1/extract HTTP/1.1\r\nHost: q\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n",
			len(line), line)
		require.NoError(t, err)
		require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
		br := bufio.NewReader(c)
		res, err := http.ReadResponse(br, nil)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, res.StatusCode)
		first, err := bufio.NewReader(res.Body).ReadString('\n')
		require.NoError(t, err)
		assert.Contains(t, first, `"id":"one"`, "the first result comes before the stream ends")
		c.Close()
		require.Eventually(t, func() bool { return slotFree(ts) }, 5*time.Second, 10*time.Millisecond)
	})
	t.Run("not reading the answers", func(t *testing.T) {
		// The client sends a long stream and reads nothing: once the
		// connection's buffers are full the server's writes block; when the
		// client goes away they fail, and the slot is freed.
		c := dial(t, ts)
		_, err := io.WriteString(c, "POST /v1/extract HTTP/1.1\r\nHost: q\r\nContent-Type: application/x-ndjson\r\nContent-Length: 100000000\r\n\r\n")
		require.NoError(t, err)
		line := []byte(`{"text": "` + strings.Repeat("“Yes,” she said. ", 50) + `"}` + "\n")
		require.NoError(t, c.SetWriteDeadline(time.Now().Add(2*time.Second)))
		for range 2000 {
			if _, err := c.Write(line); err != nil {
				break // the server stopped reading: its answers are not read
			}
		}
		c.Close()
		require.Eventually(t, func() bool { return slotFree(ts) }, 10*time.Second, 10*time.Millisecond)
	})
	assert.Less(t, s.answered.Load(), s.accepted.Load(), "the requests cut short were not answered to their end")
}

// Headers that come too slowly, and idle connections, are closed.
func TestServeSlowClients(t *testing.T) {
	cfg := testConfig()
	cfg.readHeaderTimeout, cfg.idleTimeout = 200*time.Millisecond, 300*time.Millisecond
	s := newTestServer(t, cfg)
	ts := newLoopbackServer(t, s)

	closed := func(c net.Conn) error {
		require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
		_, err := io.ReadAll(c)
		return err
	}
	slow := dial(t, ts)
	_, err := io.WriteString(slow, "POST /v1/extract HTTP/1.1\r\nHost: q\r\n")
	require.NoError(t, err)
	idle := dial(t, ts)
	_, err = io.WriteString(idle, "GET /healthz HTTP/1.1\r\nHost: q\r\n\r\n")
	require.NoError(t, err)

	// (eventually: on a loaded machine one request may miss its deadline)
	assert.Eventually(t, func() bool { return slotFree(ts) }, 10*time.Second, 10*time.Millisecond, "other clients are served meanwhile")
	assert.NoError(t, closed(slow), "the server closes a connection whose headers stall")
	var out bytes.Buffer
	require.NoError(t, idle.SetReadDeadline(time.Now().Add(10*time.Second)))
	_, err = io.Copy(&out, idle)
	assert.NoError(t, err, "the server closes an idle connection")
	assert.Contains(t, out.String(), `{"status":"ok"}`, "after answering its request")
}

// A shutdown in the middle of load: the server stops accepting, answers
// every request it accepted, then returns.
func TestServeShutdownUnderLoad(t *testing.T) {
	texts, _ := loadTexts(t, 20)
	want := expectedAnswers(t, texts)
	cfg := testConfig()
	cfg.maxInFlight, cfg.maxQueue = 2, 16
	s := newTestServer(t, cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- s.serve(ctx, ln) }()

	stop := make(chan struct{})
	var r *loadResult
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		r = load("http://"+ln.Addr().String(), texts, want, 100000, 32, time.Millisecond, stop)
	}()
	require.Eventually(t, func() bool { return s.accepted.Load() >= 50 }, 30*time.Second, time.Millisecond)
	shutdown := time.Now()
	cancel()
	select {
	case err := <-served:
		require.NoError(t, err)
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not stop")
	}
	close(stop)
	wg.Wait()
	t.Logf("accepted %d, answered %d (clients saw %d), turned away %d, refused after the shutdown %d",
		s.accepted.Load(), s.answered.Load(), r.ok.Load(), r.busy.Load(), r.failed.Load())
	assert.Zero(t, r.wrong.Load()+r.other.Load())
	if f := r.firstFailure.Load(); f != 0 {
		assert.Greater(t, f, shutdown.UnixNano(), "requests fail only once the server shuts down")
	}
	assert.Equal(t, s.accepted.Load(), s.answered.Load(), "every accepted request is answered")
	assert.Equal(t, s.accepted.Load(), r.ok.Load(), "and its answer reached its client")
	_, err = net.Dial("tcp", ln.Addr().String())
	assert.Error(t, err, "the listener is closed")
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// quotekit serve on a SIGTERM: the request in flight is answered, then the
// command exits 0.
func TestServeSIGTERM(t *testing.T) {
	var stderr syncBuffer
	status := make(chan int, 1)
	go func() { status <- run([]string{"serve", "-addr", "127.0.0.1:0"}, nil, io.Discard, &stderr) }()
	addrRe := regexp.MustCompile(`msg=listening addr=(\S+)`)
	var addr string
	require.Eventually(t, func() bool {
		m := addrRe.FindStringSubmatch(stderr.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	}, 30*time.Second, 5*time.Millisecond, stderr.String())
	url := "http://" + addr

	long := synthetic(1 << 20) // some 200 ms of work
	type answer struct {
		code int
		body string
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		res, err := http.Post(url+"/v1/extract", "text/plain", strings.NewReader(long))
		if err != nil {
			answered <- answer{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		answered <- answer{res.StatusCode, string(b), err}
	}()
	require.Eventually(t, func() bool {
		res, err := http.Get(url + "/metrics")
		if err != nil {
			return false
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return bytes.Contains(b, []byte("\nquotekit_requests_in_flight 1\n"))
	}, 30*time.Second, time.Millisecond, "the request is in flight")
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM))

	select {
	case code := <-status:
		assert.Equal(t, 0, code, stderr.String())
	case <-time.After(60 * time.Second):
		t.Fatal("quotekit serve did not exit")
	}
	a := <-answered
	require.NoError(t, a.err)
	assert.Equal(t, http.StatusOK, a.code)
	assert.Equal(t, expectedAnswers(t, []string{long})[0], a.body, "the request in flight got its whole answer")
	assert.Contains(t, stderr.String(), "shutting down")
	assert.Contains(t, stderr.String(), "accepted=1 answered=1")
	_, err := http.Get(url + "/healthz")
	var op *net.OpError
	assert.True(t, errors.As(err, &op), "nothing listens any more: %v", err)
}

// An NDJSON stream is answered in lockstep: the result of each line comes
// before the next line is sent, so the server holds one line at a time and
// buffers neither the input nor the output, however long the stream.
func TestServeStreamLockstep(t *testing.T) {
	s := newTestServer(t, testConfig())
	ts := newLoopbackServer(t, s)
	// Short documents: their answers (under 2 KB) would sit in the
	// server's buffers unless it flushes each one.
	texts, _ := loadTexts(t, 5)
	for i := range 5 {
		texts = append(texts, fmt.Sprintf("“Plan %d will work,” said Ana Hinojosa.", i))
	}
	want := expectedAnswers(t, texts)
	pr, pw := io.Pipe()
	// A server that held answers back would stall the lockstep: the
	// deadline turns that into a failure.
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", ts.URL+"/v1/extract", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	sent := make(chan error, 1)
	line := func(i int) []byte {
		b, _ := json.Marshal(map[string]string{"text": texts[i%len(texts)]})
		return append(b, '\n')
	}
	go func() { _, err := pw.Write(line(0)); sent <- err }()
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	require.NoError(t, <-sent)
	br := bufio.NewReader(res.Body)
	const n = 100
	for i := range n {
		got, err := br.ReadString('\n')
		require.NoError(t, err, "line %d", i+1)
		// The answer names the line by its number: the CLI's bytes with that id.
		require.Equal(t, strings.Replace(want[i%len(texts)], `"id":""`, fmt.Sprintf(`"id":"%d"`, i+1), 1), got, "line %d", i+1)
		if i+1 < n {
			_, err = pw.Write(line(i + 1))
			require.NoError(t, err)
		}
	}
	require.NoError(t, pw.Close())
	rest, err := io.ReadAll(br)
	require.NoError(t, err)
	assert.Empty(t, rest)
}
