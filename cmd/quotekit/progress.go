package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressEvery is the least time between two progress reports.
const progressEvery = 250 * time.Millisecond

// A progress reports, on one terminal line rewritten in place, the
// documents done, the rate and, when the total is known, the time left:
//
//	quotekit: 120/1000 documents, 3 failed, 35.2/s, 25s left
//
// Its methods do nothing on a nil *progress.
type progress struct {
	w           io.Writer
	now         func() time.Time
	start, last time.Time
	total       int  // documents expected; 0 when unknown (JSON Lines)
	shown       bool // a report is on the line
}

func newProgress(w io.Writer, now func() time.Time, total int) *progress {
	if now == nil {
		now = time.Now
	}
	t := now()
	return &progress{w: w, now: now, start: t, last: t, total: total}
}

// update reports done documents, failed of them, unless the last report
// is too recent.
func (p *progress) update(done, failed int) {
	if p == nil {
		return
	}
	t := p.now()
	if t.Sub(p.last) < progressEvery && done != p.total {
		return
	}
	p.last = t
	var b strings.Builder
	b.WriteString("\r\x1b[Kquotekit: ")
	if p.total > 0 {
		fmt.Fprintf(&b, "%d/%d documents", done, p.total)
	} else {
		b.WriteString(documents(done))
	}
	if failed > 0 {
		fmt.Fprintf(&b, ", %d failed", failed)
	}
	if el := t.Sub(p.start); el > 0 && done > 0 {
		rate := float64(done) / el.Seconds()
		fmt.Fprintf(&b, ", %.1f/s", rate)
		if p.total > done {
			left := time.Duration(float64(p.total-done) / rate * float64(time.Second))
			fmt.Fprintf(&b, ", %v left", left.Round(time.Second))
		}
	}
	io.WriteString(p.w, b.String())
	p.shown = true
}

// clear erases the report, before an error line or the summary.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	io.WriteString(p.w, "\r\x1b[K")
	p.shown = false
}

// summary returns the end of the summary line: the time taken and the
// rate.
func (p *progress) summary(done int) string {
	if p == nil {
		return ""
	}
	el := p.now().Sub(p.start)
	if el <= 0 {
		return ""
	}
	return fmt.Sprintf(", in %v (%.1f/s)", el.Round(100*time.Millisecond), float64(done)/el.Seconds())
}

// documents returns "1 document" or "n documents".
func documents(n int) string {
	if n == 1 {
		return "1 document"
	}
	return fmt.Sprintf("%d documents", n)
}
