package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// chromium returns the path of a Chromium (or Chrome) binary:
// $QUOTEKIT_CHROMIUM, or the first of the usual names on $PATH.
func chromium() string {
	if p := os.Getenv("QUOTEKIT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageView is what the page shows once it has read a document.
type pageView struct {
	Status string `json:"status"`
	// Top holds, for each top-level quote highlighted, its index in the
	// document's quotes and the text shaded for it.
	Top     [][2]any      `json:"top"`
	Nested  []int         `json:"nested"` // the quotes boxed inside others
	Cues    int           `json:"cues"`   // the cues underlined
	Persons []pageSpeaker `json:"persons"`
	Badges  int           `json:"badges"` // quotes one can tab to
	Text    string        `json:"text"`   // the text shown
}

type pageSpeaker struct {
	Name  string `json:"name"`
	Org   string `json:"org"`
	Count string `json:"count"`
}

const readView = `(() => {
  const top = new Map();
  document.querySelectorAll('#doc [data-top]').forEach((e) => {
    const i = Number(e.dataset.top);
    top.set(i, (top.get(i) || '') + e.textContent);
  });
  const nested = new Set();
  document.querySelectorAll('#doc [data-nested]').forEach((e) => nested.add(Number(e.dataset.nested)));
  return {
    status: document.getElementById('status').textContent,
    top: [...top.entries()],
    nested: [...nested],
    cues: new Set([...document.querySelectorAll('#doc .cue')].map((e) => e.dataset.cue)).size,
    persons: [...document.querySelectorAll('#spk li.speaker[data-kind=person]')].map((li) => ({
      name: li.querySelector('.sname').textContent,
      org: (li.querySelector('.org') || {}).textContent || '',
      count: li.querySelector('.count').textContent })),
    badges: document.querySelectorAll('#doc .badge[tabindex="0"]').length,
    text: [...document.querySelectorAll('#doc .seg')].map((e) => e.textContent).join(''),
  };
})()`

// The page in a real headless Chromium: it reads the seed release (pasted
// as text, opened as an HTML file, pasted as HTML), shows the four persons
// with their organizations and highlights the ten top-level quotes, each
// with the text of its parts; Tab reaches the quotes, and focusing a
// quote's number shows its kind, rule and confidence. With $QUOTEKIT_SCREENSHOT set, it saves a screenshot there
// (docs/serve-page.png in the README).
func TestServePage(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium binary found (apt-get install chromium, or set QUOTEKIT_CHROMIUM): the page is not tested")
	}
	s := newTestServer(t, testConfig())
	ts := newLoopbackServer(t, s)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1280, 1000))
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	x, err := quotes.New()
	require.NoError(t, err)
	text := readFile(t, seed)
	doc := x.Extract(text)

	view := func(t *testing.T, input string) pageView {
		require.NoError(t, chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+"/"),
			chromedp.WaitVisible(chromedp.ID("src")),
			chromedp.SetValue(chromedp.ID("src"), input),
			chromedp.Click(chromedp.ID("go")),
		))
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](`/quotes|Error|failed/.test(document.getElementById('status').textContent)`,
			chromedp.WithPollingTimeout(30*time.Second)))
		require.NoError(t, err)
		v, err := chromedp.Run(ctx, chromedp.Evaluate[pageView](readView))
		require.NoError(t, err)
		return v
	}
	check := func(t *testing.T, v pageView, d *quotes.Document) {
		t.Helper()
		assert.Contains(t, v.Status, "12 quotes (10 top-level)")
		assert.Equal(t, d.Text, v.Text, "the page shows the text the offsets index")
		var persons []pageSpeaker
		for _, sp := range d.Speakers {
			if sp.Kind.String() == "person" {
				persons = append(persons, pageSpeaker{Name: sp.Name, Org: sp.Organization.String(), Count: countQuotes(d, sp.ID)})
			}
		}
		assert.Equal(t, []pageSpeaker{
			{"Ulrika Funered", "Sweden", "4 quotes"},
			{"Jan Eliasson", "Stockholm International Peace Research Institute (SIPRI)", "3 quotes"},
			{"Ana Hinojosa", "World Customs Organization (WCO)", "1 quote"},
			{"Ali Rached", "INTERPOL", "1 quote"},
		}, persons, "the library's persons")
		assert.Equal(t, persons, v.Persons, "the page lists the four persons with their organizations")
		var top [][2]any
		var nested []int
		cues := 0
		for i, q := range d.Quotes {
			if q.Cue != nil {
				cues++
			}
			if q.Within != 0 {
				nested = append(nested, i)
				continue
			}
			var parts strings.Builder
			for _, p := range q.Parts {
				parts.WriteString(p.In(d.Text))
			}
			top = append(top, [2]any{float64(i), parts.String()})
		}
		require.Len(t, top, 10)
		assert.Equal(t, top, v.Top, "the ten top-level quotes, each shaded over exactly its parts")
		assert.Equal(t, nested, v.Nested, "the quotes within others are boxed")
		assert.Equal(t, cues, v.Cues, "every cue is underlined")
		assert.Equal(t, len(d.Quotes), v.Badges, "one tab stop per quote")
	}

	t.Run("text", func(t *testing.T) {
		v := view(t, text)
		check(t, v, doc)
		// Focusing the third quote's number (Tab reaches it) shows what it is.
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#doc .badge[data-q="2"]`))))
		tip, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("tip")))
		require.NoError(t, err)
		hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('tip').hidden`))
		require.NoError(t, err)
		q := doc.Quotes[2]
		assert.False(t, hidden)
		for _, want := range []string{"kind" + q.Kind.String(), "rule" + q.Rule.String(), "confidence0.80", "speaker" + q.Speaker.Name} {
			assert.Contains(t, strings.ReplaceAll(tip, "\n", ""), want)
		}
		// The keyboard: Tab from the download button reaches the folded
		// page text, then the first quote.
		focused := func() string {
			f, err := chromedp.Run(ctx, chromedp.Evaluate[string](
				`document.activeElement.tagName + ' ' + document.activeElement.classList.contains('badge') + ' ' + (document.activeElement.dataset.q || '')`))
			require.NoError(t, err)
			return f
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.ID("download")), chromedp.KeyEvent(kb.Tab)))
		assert.Equal(t, "SUMMARY false ", focused())
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
		assert.Equal(t, "SPAN true 0", focused())
		disabled, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('download').disabled`))
		require.NoError(t, err)
		assert.False(t, disabled, "the JSON can be downloaded")
		if name := os.Getenv("QUOTEKIT_SCREENSHOT"); name != "" {
			require.NoError(t, chromedp.Do(ctx,
				chromedp.EmulateViewport(1100, 1000),
				chromedp.Evaluate[chromedp.Void](`document.getElementById('src').rows = 2;
					document.getElementById('src').style.minHeight = '3.5rem';
					document.querySelector('.badge[data-q="4"]').focus();
					window.scrollTo(0, 0);`)))
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(name, png, 0o644))
		}
	})
	t.Run("file", func(t *testing.T) {
		// A file opened with the picker (a drop reads it the same way); its
		// name says it is HTML.
		name, err := filepath.Abs(seedHTML)
		require.NoError(t, err)
		require.NoError(t, chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+"/"),
			chromedp.WaitVisible(chromedp.ID("src")),
			chromedp.SetUploadFiles(chromedp.ID("file"), []string{name}),
		))
		_, err = chromedp.Run(ctx, chromedp.Poll[chromedp.Void](`document.getElementById('status').textContent.startsWith('Loaded')`,
			chromedp.WithPollingTimeout(30*time.Second)))
		require.NoError(t, err)
		mode, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('input[name=mode]:checked').value`))
		require.NoError(t, err)
		assert.Equal(t, "html", mode)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("go"))))
		_, err = chromedp.Run(ctx, chromedp.Poll[chromedp.Void](`/quotes|Error|failed/.test(document.getElementById('status').textContent)`,
			chromedp.WithPollingTimeout(30*time.Second)))
		require.NoError(t, err)
		v, err := chromedp.Run(ctx, chromedp.Evaluate[pageView](readView))
		require.NoError(t, err)
		d, err := x.ReadHTML(t.Context(), strings.NewReader(readFile(t, seedHTML)))
		require.NoError(t, err)
		check(t, v, d)
	})
	t.Run("html", func(t *testing.T) {
		d, err := x.ReadHTML(t.Context(), strings.NewReader(readFile(t, seedHTML)))
		require.NoError(t, err)
		check(t, view(t, readFile(t, seedHTML)), d)
	})
}

func countQuotes(d *quotes.Document, id string) string {
	n := 0
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Speaker.ID == id {
			n++
		}
	}
	if n == 1 {
		return "1 quote"
	}
	return strconv.Itoa(n) + " quotes"
}
