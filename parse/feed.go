package parse

import (
	"html"
	"strings"

	"github.com/mmcdole/gofeed"
)

// A feed (Atom or RSS) given to Parse as a page is read entry by entry:
// each entry's title becomes a heading and its content (HTML or text) the
// body, so a feed saved from a funder's site reads like the news pages
// it links to. The first entry's date is the document's.

// isFeed reports an Atom or RSS document.
func isFeed(text string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(text, "\uFEFF"))
	if !strings.HasPrefix(t, "<?xml") && !strings.HasPrefix(t, "<feed") && !strings.HasPrefix(t, "<rss") {
		return false
	}
	head := t[:min(len(t), 1024)]
	return strings.Contains(head, "<feed") || strings.Contains(head, "<rss") || strings.Contains(head, "<rdf:RDF")
}

// feedDocument turns a feed into the page it stands for, or reports false
// when it does not parse as one.
func feedDocument(text string, opts Options) (*document, bool) {
	f, err := gofeed.NewParser().ParseString(text)
	if err != nil || len(f.Items) == 0 {
		return nil, false
	}
	var b strings.Builder
	b.WriteString("<html><head><title>")
	b.WriteString(html.EscapeString(f.Items[0].Title))
	b.WriteString("</title>")
	if p := f.Items[0].PublishedParsed; p != nil {
		b.WriteString(`<meta property="article:published_time" content="` + p.Format("2006-01-02") + `">`)
	} else if u := f.Items[0].UpdatedParsed; u != nil {
		b.WriteString(`<meta property="article:published_time" content="` + u.Format("2006-01-02") + `">`)
	}
	b.WriteString("</head><body><main>")
	for _, it := range f.Items {
		b.WriteString("<section><h2>")
		b.WriteString(html.EscapeString(it.Title))
		b.WriteString("</h2>")
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		if !strings.Contains(body, "<") {
			body = "<p>" + html.EscapeString(body) + "</p>"
		}
		b.WriteString(body)
		b.WriteString("</section>")
	}
	b.WriteString("</main></body></html>")
	doc := htmlDocument(b.String(), opts)
	doc.entries = len(f.Items) > 1
	return doc, true
}
