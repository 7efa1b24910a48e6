package htmltext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func extract(t testing.TB, src string) *Page {
	t.Helper()
	p, err := Extract(context.Background(), strings.NewReader(src), Options{})
	require.NoError(t, err)
	return p
}

// A long paragraph, so that density scoring has something to weigh.
const para = "The committee met on Tuesday, as planned, and adopted the report by a large majority, with few abstentions."

var textTests = []struct {
	name, html, want string
}{
	{"paragraphs", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
	{"headings", `<h1>Title</h1><p>Text.</p><h2>Next</h2><p>More.</p>`, "Title\n\nText.\n\nNext\n\nMore."},
	{"br", `<p>line one<br>line two<br/><br><br>after</p>`, "line one\nline two\n\nafter"},
	{"list items", `<ul><li>a</li><li>b</li></ul><p>c</p>`, "a\nb\n\nc"},
	{"blocks in items are lines", `<ul><li><div>a</div></li><li><div><span>b</span></div></li></ul>`, "a\nb"},
	{"inline flows", `<p>An <em>emphasized</em> <a href="#">link</a> and <b>bold</b>text.</p>`, "An emphasized link and boldtext."},
	{"whitespace", "<p>  many \n\t spaces&nbsp;&nbsp;here \u00a0</p>", "many spaces here"},
	{"no merge across blocks", `<div>end</div><div>start</div><span>x</span>`, "end\n\nstart\n\nx"},
	{"cells", `<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>`, "a b\nc d"},
	{"references", `<p>&ldquo;Caf&eacute; &amp; co&rdquo; &#8211; &#x2019;s &lt;tag&gt;</p>`, "“Café & co” – ’s <tag>"},
	{"invisible", "<p>soft\u00adhyphen zero\u200bwidth</p>", "softhyphen zerowidth"},
	{"pre", "<pre>  a  b\n  c\n</pre><p>d</p>", "a  b\nc\n\nd"},                                            // lines trimmed, inner spaces kept
	{"pre with no-break spaces at its edges", "<pre>&nbsp;a&nbsp; b\u00a0\n\u3000c</pre>", "a\u00a0 b\nc"}, // fuzz crasher 7632ca6425a2395a: "<pre>\xa0" read as windows-1252
	{"pre invisible edge", "<pre>\x7f `\u200b \n\r\n</pre>", "`"},                                          // invisible runes go before the trim (a fuzz find)
	{"hr", `<p>a</p><hr><p>b</p>`, "a\n\nb"},
	{"empty", ``, ""},
	{"text only", `just text`, "just text"},
}

func TestText(t *testing.T) {
	for _, tt := range textTests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extract(t, tt.html).Text)
		})
	}
}

var junkTests = []struct {
	name, html string
}{
	{"script", `<script>var x = "JUNK";</script>`},
	{"style", `<style>.JUNK{}</style>`},
	{"noscript", `<noscript>JUNK</noscript>`},
	{"nav", `<nav><a href="/">JUNK</a></nav>`},
	{"form", `<form><label>JUNK</label><input value="JUNK"></form>`},
	{"footer", `<footer>JUNK</footer>`},
	{"cookie banner", `<div class="cookie-consent">JUNK we use cookies</div>`},
	{"cookie dialog", `<div role="dialog">JUNK</div>`},
	{"share widget", `<div class="ep-a_share"><h2>JUNK Share this page:</h2></div>`},
	{"language menu", `<ul class="lang-menu"><li>JUNK English</li></ul>`},
	{"hidden", `<div hidden>JUNK</div><span aria-hidden="true">JUNK</span><p style="display: none">JUNK</p>`},
	{"breadcrumb", `<div id="breadcrumbs">JUNK</div>`},
	{"link list", `<ul><li><a href="/1">JUNK one</a></li><li><a href="/2">JUNK two</a></li></ul>`},
	{"comment", `<!-- JUNK -->`},
}

func TestJunk(t *testing.T) {
	for _, tt := range junkTests {
		t.Run(tt.name, func(t *testing.T) {
			src := `<body><article><h1>Headline</h1>` + tt.html + `<p>` + para + `</p><p>` + para + `</p></article></body>`
			p := extract(t, src)
			assert.NotContains(t, p.Text, "JUNK")
			assert.Contains(t, p.Text, para)
		})
	}
}

var mainTests = []struct {
	name, html, want, notWant string
}{
	{"article", `<div>Sidebar text that is not the release.</div><article><p>` + para + `</p><p>` + para + `</p></article>`,
		para, "Sidebar"},
	{"main", `<div><p>Teaser of another story, a short one, with commas, and more.</p></div><main><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></main>`,
		para, "Teaser"},
	{"role main", `<div class="x">Left column</div><div role="main"><p>` + para + `</p><p>` + para + `</p></div>`,
		para, "Left column"},
	{"density", `<div class="top"><a href="/">Home</a> <a href="/a">About</a> <a href="/b">More links here</a></div>
		<div class="c"><div class="text"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div></div>
		<div class="side"><p>Short note.</p></div>`, para, "About"},
	{"a field whose label is hidden is content", `<article><div class="field field--name-title field--label-hidden"><h1>‘We Will Act’, Minister Tells Summit</h1></div>
		<div class="field field--name-body field--label-hidden"><p>` + para + `</p><p>` + para + `</p></div></article>`, "‘We Will Act’, Minister Tells Summit", ""},
	{"the headline above the content", `<div class="wrap"><h1>‘We Will Act’, Minister Tells Summit</h1><div class="c"><div class="text"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div></div>
		<div class="side"><p>Short note.</p></div></div>`, "‘We Will Act’, Minister Tells Summit\n\n" + para, "Short note"},
	{"a quotation's footer is its attribution, not the page's", `<article><p>` + para + `</p><blockquote><p>“We gained a day.”</p><footer>– Jane Roe, patient</footer></blockquote><p>` + para + `</p></article>`,
		"“We gained a day.”\n\n– Jane Roe, patient", ""},
	{"a layout's modifier names its variant, not the element", `<main><div class="layout layout--sidebar-right"><div class="layout__main"><article><p>` + para + `</p><p>` + para + `</p></article></div>
		<aside class="layout__sidebar"><p>Subscribe to the newsletter, for all the news.</p></aside></div></main>`, para, "Subscribe"},
	{"a widget's modifier that names it text keeps it", `<div class="page-builder"><div class="widget widget--text"><p>` + para + `</p><p>` + para + `</p></div></div>`, para, ""},
	{"a field's modifier that names it related news drops it", `<article><div class="field field--name-body"><p>` + para + `</p><p>` + para + `</p></div>
		<div class="field field--name-field-related-news"><ul><li>Teaser: “The dam will be finished,” said the engineer.</li></ul></div></article>`, para, "Teaser"},
	{"an aside of the release's own testimonials is content", `<article><p>` + para + `</p><p>` + para + `</p><aside class="testimonials"><h3>What customers say</h3><blockquote><p>“I send my takings to my account now.”</p><footer>– Jane Roe, trader</footer></blockquote></aside></article>`,
		"“I send my takings to my account now.”", ""},
	{"a site's testimonials beside the article are not", `<main><article><p>` + para + `</p><p>` + para + `</p></article><aside class="testimonials"><blockquote><p>“The app makes paying easy.”</p></blockquote></aside></main>`, para, "paying easy"},
	{"an aside of related links is not", `<article><p>` + para + `</p><p>` + para + `</p><aside class="related"><p>Read also: “Dam opens,” says minister.</p></aside></article>`, para, "Read also"},
	{"small article teaser is not the content", `<article><p>Teaser, short.</p></article>
		<div><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div>`, para, ""},
}

func TestMainContent(t *testing.T) {
	for _, tt := range mainTests {
		t.Run(tt.name, func(t *testing.T) {
			p := extract(t, `<html><body>`+tt.html+`</body></html>`)
			assert.Contains(t, p.Text, tt.want)
			if tt.notWant != "" {
				assert.NotContains(t, p.Text, tt.notWant)
			}
		})
	}
}

var metaTests = []struct {
	name, html string
	want       Page // Text ignored
}{
	{"h1 over title", `<title>Page | Site</title><article><h1>Headline</h1><p>` + para + `</p></article>`,
		Page{Title: "Headline", Source: "Site"}},
	{"og:title", `<meta property="og:title" content="OG headline | News | Body"><title>T</title><p>x</p>`,
		Page{Title: "OG headline", Source: "Body"}},
	{"the title's site under an Open Graph title with none", `<title>Research News | Kelvo University</title><meta property="og:title" content="Cables hear quakes"><article><h1>Cables hear quakes</h1><p>` + para + `</p></article>`,
		Page{Title: "Cables hear quakes", Source: "Kelvo University"}},
	{"the site first, a section, and a headline in sentence case", `<title>KMA | News | Drought plan adopted by the council</title><p>x</p>`,
		Page{Title: "Drought plan adopted by the council", Source: "KMA"}},
	{"a title-case headline, a section, and a site with its motto", `<title>Refugee Council Welcomes Court Ruling | News | Kelvo Refugee Council - standing with refugees since 1951</title><p>x</p>`,
		Page{Title: "Refugee Council Welcomes Court Ruling", Source: "Kelvo Refugee Council - standing with refugees since 1951"}},
	{"title suffix", `<title>
		Car stations | News | European Parliament</title><p>x</p>`, Page{Title: "Car stations", Source: "European Parliament"}},
	{"dash suffix only with the site name", `<title>EU - UK relations - Site</title><meta property="og:site_name" content="Site"><p>x</p>`,
		Page{Title: "EU - UK relations", Source: "Site"}},
	{"a dash suffix that names a body head first", `<title>Minister opens four island lines - Ministry of the Sea and Transport</title><p>x</p>`,
		Page{Title: "Minister opens four island lines", Source: "Ministry of the Sea and Transport"}},
	{"a blog's dash suffix that names a body head last", `<title>Kelvo’s first neonatal unit opens &#8211; Kelvo Mother and Child Hospital</title><p>x</p>`,
		Page{Title: "Kelvo’s first neonatal unit opens", Source: "Kelvo Mother and Child Hospital"}},
	{"a news outlet's name after the dash is no source", `<title>Minister promises new hospital for Sarna – Kelvo Broadcasting Corporation</title><p>x</p>`,
		Page{Title: "Minister promises new hospital for Sarna – Kelvo Broadcasting Corporation"}},
	{"no body after a short headline's dash", `<title>Floods - Kelvo Farmers Union</title><p>x</p>`,
		Page{Title: "Floods - Kelvo Farmers Union"}},
	{"a body between the headline and a government's site", `<title>Drought package approved for the south - Ministry of Agriculture and Fisheries - Republic of Kelvania</title><meta property="og:site_name" content="Republic of Kelvania"><p>x</p>`,
		Page{Title: "Drought package approved for the south", Source: "Ministry of Agriculture and Fisheries"}},
	{"a body between the headline and its country, no site declared", `<title>Coast plan approved for the north - Ministry of Environment and Coastal Cohesion - Kelvania</title><p>x</p>`,
		Page{Title: "Coast plan approved for the north", Source: "Ministry of Environment and Coastal Cohesion"}},
	{"a body between the headline and a portal, no site declared", `<title>First dry polder completed ahead of schedule - Ministry of Flood Defence - Republic of Kelvania Portal</title><p>x</p>`,
		Page{Title: "First dry polder completed ahead of schedule", Source: "Ministry of Flood Defence"}},
	{"a dash suffix that names a body head first after its level of government", `<title>Flood protection: money for Alpine valleys - Federal Ministry for Water Management</title><p>x</p>`,
		Page{Title: "Flood protection: money for Alpine valleys", Source: "Federal Ministry for Water Management"}},
	{"a topic's tag between the headline and a newspaper is no source", `<title>Opposition demands inquiry into tank deal - Ministry of Defence - Kelvo Herald</title><p>x</p>`,
		Page{Title: "Opposition demands inquiry into tank deal - Ministry of Defence - Kelvo Herald"}},
	{"a body's words in a subtitle after a dash are no body", `<title>Measles case confirmed at Orrin school - State Department of Health urges parents to vaccinate</title><p>x</p>`,
		Page{Title: "Measles case confirmed at Orrin school - State Department of Health urges parents to vaccinate"}},
	{"a company's portal is its own site", `<title>Job adverts for nurses hit record high | Kelvo Jobs Portal</title><p>x</p>`,
		Page{Title: "Job adverts for nurses hit record high", Source: "Kelvo Jobs Portal"}},
	{"a body between the headline and a country of two words or its state", `<title>Drought relief package approved - Ministry of Agriculture - South Kelvania</title><p>x</p>`,
		Page{Title: "Drought relief package approved", Source: "Ministry of Agriculture"}},
	{"a body between the headline and its state's government", `<title>Drought relief package approved - Ministry of Agriculture - Kelvo State Government</title><p>x</p>`,
		Page{Title: "Drought relief package approved", Source: "Ministry of Agriculture"}},
	{"no site after a dash in a short title", `<title>EU - Ministry of Kelvo</title><p>x</p>`,
		Page{Title: "EU - Ministry of Kelvo"}},
	{"a section is no site", `<title>Kelvo Hospital Performs Transplant | News</title><article><h1>Kelvo Hospital Performs Transplant</h1><p>` + para + `</p></article>`,
		Page{Title: "Kelvo Hospital Performs Transplant"}},
	{"the site before a section", `<title>Kelvo Hospital Performs Transplant | Kelvo Hospital | Press Room</title><p>x</p>`,
		Page{Title: "Kelvo Hospital Performs Transplant", Source: "Kelvo Hospital"}},
	{"a section named by its kind of text is no site", `<title>Council Hears Briefing | Kelvo States Organization | KSO Press Releases</title><p>x</p>`,
		Page{Title: "Council Hears Briefing", Source: "Kelvo States Organization"}},
	{"the header's logo names the site", `<title>Kelvo Hospital Performs Transplant | News</title><header><a class="site-logo" href="/">Kelvo Children's Hospital</a><nav><a href="/news">News</a></nav></header><article><h1>Kelvo Hospital Performs Transplant</h1><p>` + para + `</p></article>`,
		Page{Title: "Kelvo Hospital Performs Transplant", Source: "Kelvo Children's Hospital"}},
	{"the title's site before the logo", `<title>Transplant | Kelvo Hospital</title><div class="brand">Kelvo Health</div><article><h1>Transplant</h1><p>` + para + `</p></article>`,
		Page{Title: "Transplant", Source: "Kelvo Hospital"}},
	{"a branding block's site title without its tagline", `<title>News</title><header><div class="site-branding"><p class="site-title">City of Kelvo</p><p class="site-description">Kelvo Province · Kelvania</p></div></header><article><h1>City launches drainage plan</h1><p>` + para + `</p></article>`,
		Page{Title: "City launches drainage plan", Source: "City of Kelvo"}},
	{"dash kept", `<title>EU - UK relations</title><p>x</p>`, Page{Title: "EU - UK relations"}},
	{"time itemprop", `<time itemprop="datePublished" datetime="2022-10-19T13:14:00">19-10-2022 - 13:14</time><p>x</p>`,
		Page{Date: "2022-10-19"}},
	{"meta published", `<meta property="article:published_time" content="2021-03-09T12:00:00Z"><p>x</p>`, Page{Date: "2021-03-09"}},
	{"time in content", `<article><time>17 October 2018</time><p>` + para + `</p></article>`, Page{Date: "2018-10-17"}},
	{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2020-12-18","publisher":{"name":"LD Org"}}</script><p>x</p>`,
		Page{Title: "LD headline", Date: "2020-12-18", Source: "LD Org"}},
	{"bad json-ld", `<script type="application/ld+json">{"headline": </script><p>x</p>`, Page{}},
	{"canonical", `<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/b"><p>x</p>`,
		Page{URL: "https://example.org/a"}},
	{"relative canonical", `<link rel="canonical" href="/a?b=1"><meta property="og:url" content="https://example.org/x/y"><p>x</p>`,
		Page{URL: "https://example.org/a?b=1"}},
	{"og:url", `<meta property="og:url" content="https://example.org/b"><p>x</p>`, Page{URL: "https://example.org/b"}},
	{"lang", `<html lang="fr-BE"><p>x</p></html>`, Page{Language: "fr-BE"}},
	{"meta language", `<meta name="language" content="en"><p>x</p>`, Page{Language: "en"}},
	{"og:locale", `<meta property="og:locale" content="en_GB"><p>x</p>`, Page{Language: "en-GB"}},
	{"a government's portal is no source; the From entry's first body is", `<title>Bus routes restored - GOV.UK</title><meta property="og:site_name" content="GOV.UK"><article><dl><dt>From:</dt><dd>Department for Rural Transport and The Rt Hon Jane Roe MP</dd></dl><h1>Bus routes restored</h1><p>` + para + `</p></article>`,
		Page{Title: "Bus routes restored", Source: "Department for Rural Transport"}},
	{"the From entry's first link is its first body, commas and all", `<title>Bus routes restored - GOV.UK</title><meta property="og:site_name" content="GOV.UK"><article><dl><dt>From:</dt><dd><a href="/a">Department for Transport, Roads &amp; Rural Affairs</a>, <a href="/b">Kelvo Roads Agency</a> and <a href="/c">The Rt Hon Jane Roe MP</a></dd></dl><h1>Bus routes restored</h1><p>` + para + `</p></article>`,
		Page{Title: "Bus routes restored", Source: "Department for Transport, Roads & Rural Affairs"}},
	{"a department as the page's creator names the source; an author's name does not", `<meta name="dcterms.creator" content="Kelvo Fisheries and Oceans Department"><p>x</p>`,
		Page{Source: "Kelvo Fisheries and Oceans Department"}},
	{"a section's name as the site and the logo is no source", `<title>Envoy Tells Committee | Meetings Coverage and Press Releases</title><meta property="og:site_name" content="Meetings Coverage and Press Releases"><div class="site-branding"><a href="/">Meetings Coverage and Press Releases</a></div><article><h1>Envoy Tells Committee</h1><p>` + para + `</p></article>`,
		Page{Title: "Envoy Tells Committee"}},
	{"a logo's picture names the site by its alternative text", `<title>Kelvo repairs spina bifida before birth</title><header><a class="logo" href="/"><img src="/logo.png" alt="Kelvo University Hospital"></a></header><article><h1>Kelvo repairs spina bifida before birth</h1><p>` + para + `</p></article>`,
		Page{Title: "Kelvo repairs spina bifida before birth", Source: "Kelvo University Hospital"}},
	{"a logo's picture named a logo is no source", `<title>Kelvo repairs spina bifida before birth</title><header><a class="logo" href="/"><img src="/logo.png" alt="Kelvo logo"></a></header><article><h1>Kelvo repairs spina bifida before birth</h1><p>` + para + `</p></article>`,
		Page{Title: "Kelvo repairs spina bifida before birth"}},
	{"a person as the page's creator is no source", `<meta name="dcterms.creator" content="Jane Roe"><p>x</p>`, Page{}},
	{"entries", `<article><dl><dt>Place:</dt><dd>VIENNA</dd><dt>Source:</dt><dd>Forum for Security Co-operation</dd><dt>Date:</dt><dd>17 October 2018</dd></dl><p>` + para + `</p></article>`,
		Page{Place: "VIENNA", Source: "Forum for Security Co-operation", Date: "2018-10-17"}},
}

func TestMeta(t *testing.T) {
	for _, tt := range metaTests {
		t.Run(tt.name, func(t *testing.T) {
			p := extract(t, tt.html)
			p.Text = ""
			assert.Equal(t, tt.want, *p)
		})
	}
}

func TestParseDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2022-10-19T13:14:00", "2022-10-19"},
		{"2019-07-18 11:37:00.0", "2019-07-18"},
		{"2021-02-30", ""}, // no such day
		{"18-07-2019", "2019-07-18"},
		{"05-10-2023 - 12:53", "2023-10-05"},
		{"17.10.2018", "2018-10-17"},
		{"17 October 2018", "2018-10-17"},
		{"October 17, 2018", "2018-10-17"},
		{"Sept. 5, 2019", "2019-09-05"},
		{"Monday, 6 March 2023", "2023-03-06"},
		{"Wednesday 2 December 2026", "2026-12-02"},
		{"Wed. December 2, 2026", "2026-12-02"},
		{"Tues 1 Dec 2026", "2026-12-01"},
		{"29 Jul, 2025, 08:00 WAT", "2025-07-29"}, // a wire's day, comma and time
		{"Fri 2026", ""},
		{"New York, 19-26 September 2023", ""},
		{"March 2023", ""},
		{"", ""},
	} {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, ParseDate(tt.in)) })
	}
}

func TestWords(t *testing.T) {
	assert.Equal(t, []string{"ep", "a", "share", "social", "bar"}, words("ep-a_share socialBar"))
	assert.Empty(t, words(" -_ "))
}

// Deep nesting still gives its text, without recursion past MaxDepth.
func TestMaxDepth(t *testing.T) {
	const n = 100_000
	src := strings.Repeat("<div>", n) + "<p>deep text</p><p>more</p>" + strings.Repeat("</div>", n)
	for _, depth := range []int{0, 16} {
		p, err := Extract(context.Background(), strings.NewReader(src), Options{MaxDepth: depth})
		require.NoError(t, err)
		assert.Contains(t, p.Text, "deep text")
		assert.Contains(t, p.Text, "more")
	}
	// Shallow structure is still followed with a small limit.
	p, err := Extract(context.Background(), strings.NewReader(`<body><p>a</p><p>b</p></body>`), Options{MaxDepth: 8})
	require.NoError(t, err)
	assert.Equal(t, "a\n\nb", p.Text)
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, strings.NewReader("<p>x</p>"), Options{})
	assert.ErrorIs(t, err, context.Canceled)
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, os.ErrClosed }

func TestReadError(t *testing.T) {
	_, err := Extract(context.Background(), errReader{}, Options{})
	assert.ErrorIs(t, err, os.ErrClosed)
	assert.Contains(t, err.Error(), "htmltext:")
}

// checkText asserts the invariants of any extracted text.
func checkText(t testing.TB, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Fatalf("invalid UTF-8 in %q", text)
	}
	if strings.Contains(text, "\n\n\n") {
		t.Fatalf("more than one blank line in %q", text)
	}
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
			t.Fatalf("line %q starts or ends with a space", l)
		}
	}
	if strings.TrimSpace(text) != text {
		t.Fatalf("text %q starts or ends with space", text)
	}
}

func FuzzExtract(f *testing.F) {
	for _, tt := range textTests {
		f.Add(tt.html)
	}
	for _, tt := range junkTests {
		f.Add(tt.html)
	}
	files, _ := filepath.Glob("../../testdata/*.html")
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Add("<p>a<b>b<i>c</p>d</b>e<table><td>f<pre>\r\ng\x00h\xff</pre>")
	f.Add("<blockquote><blockquote> a </blockquote><footer>b</footer>c</blockquote><blockquote></blockquote>")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Extract(context.Background(), strings.NewReader(src), Options{MaxDepth: 32})
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, p.Text)
		for _, q := range p.Blockquotes {
			if q[0] < 0 || q[0] >= q[1] || q[1] > len(p.Text) {
				t.Fatalf("blockquote %v outside the text of %d bytes", q, len(p.Text))
			}
		}
	})
}

func TestSeedPage(t *testing.T) {
	b, err := os.ReadFile("../../testdata/osce_fsc_2018-10-17.html")
	require.NoError(t, err)
	p := extract(t, string(b))
	checkText(t, p.Text)
	assert.Equal(t, "More international co-operation needed to counter proliferation of weapons of mass destruction, say speakers at OSCE Forum for Security Co-operation", p.Title)
	assert.Equal(t, "VIENNA", p.Place)
	assert.Equal(t, "Forum for Security Co-operation", p.Source)
	assert.Equal(t, "en", p.Language)
	assert.Equal(t, "https://www.osce.org/forum-for-security-cooperation/400304", p.URL)
	for _, junk := range []string{"cookies", "Our work", "Deutsch", "Share on", "Related news", "Wallnerstrasse", "dataLayer", "Newsroom"} {
		assert.NotContains(t, p.Text, junk)
	}
	assert.Contains(t, p.Text, "\n\nVIENNA, 17 October 2018 – Greater international co-operation")
	assert.Contains(t, p.Text, "the OSCE Forum for Security Co-operation (FSC)", "a link wrapped over two source lines flows")
	assert.True(t, strings.HasSuffix(p.Text, "by non-state actors."))
}

func BenchmarkExtract(b *testing.B) {
	src, err := os.ReadFile("../../testdata/osce_fsc_2018-10-17.html")
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), bytes.NewReader(src), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBlockquotes: the byte ranges of the page's blockquotes give back
// their text, without the attribution in a footer or cite under it.
func TestBlockquotes(t *testing.T) {
	src := `<article><h1>Fund opens</h1><p>The fund opened today.</p>
<blockquote><p>Too many towns have waited.</p><p>This fund ends that.</p></blockquote>
<blockquote><p>Clean water comes first.</p><footer><cite>Jane Roe, Chair</cite></footer></blockquote>
<p>Applications open in October.</p></article>`
	p, err := Extract(context.Background(), strings.NewReader(src), Options{})
	require.NoError(t, err)
	var got []string
	for _, q := range p.Blockquotes {
		require.True(t, 0 <= q[0] && q[0] < q[1] && q[1] <= len(p.Text), "%v in %d bytes", q, len(p.Text))
		got = append(got, p.Text[q[0]:q[1]])
	}
	assert.Equal(t, []string{"Too many towns have waited.\n\nThis fund ends that.", "Clean water comes first."}, got)

	// A work's title inside the quotation is no attribution; a blockquote
	// inside another is part of it.
	src = `<article><h1>Fund opens</h1><p>The fund opened today.</p><blockquote><p>Read the <cite>Kelvo Review</cite> of the towns.</p><blockquote>It says so.</blockquote></blockquote></article>`
	p, err = Extract(context.Background(), strings.NewReader(src), Options{})
	require.NoError(t, err)
	require.Len(t, p.Blockquotes, 1)
	assert.Equal(t, "Read the Kelvo Review of the towns.\n\nIt says so.", p.Text[p.Blockquotes[0][0]:p.Blockquotes[0][1]])
}
