package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"path"
	"strings"
	"time"
)

// Sentinel errors; test with errors.Is.
var (
	// ErrTooLarge: the input is over Options.MaxBytes. Parse never truncates.
	ErrTooLarge = errors.New("parse: input too large")
	// ErrEmpty: the input is empty or only white space.
	ErrEmpty = errors.New("parse: empty input")
	// ErrNotText: the input is binary data (NUL bytes, an image or archive
	// signature, or mostly control bytes).
	ErrNotText = errors.New("parse: input is not text")
	// ErrInternal: the extractor hit a bug on this input. Parse recovers,
	// so that one page never stops a run; the error names the fault so
	// that it can be reported with the page.
	ErrInternal = errors.New("parse: internal error")
)

// Parse extracts funds, rounds, limits and awards from one page. It reads r
// to the end (up to opts.MaxBytes), decodes its character set, finds the
// main content of HTML, plain text or JSON input, and extracts from it.
// It never fetches anything and never panics on malformed input.
func Parse(r io.Reader, meta Meta, opts Options) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: %v (please report this page)", ErrInternal, p)
		}
	}()
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := readAll(r, max)
	if err != nil {
		return nil, fmt.Errorf("parse: read: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}))) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(data) {
		return nil, ErrNotText
	}
	text, _ := decode(data, meta.ContentType)
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}

	var doc *document
	switch inputKind(meta, text) {
	case "json":
		if d, ok := jsonDocument(text, opts); ok {
			doc = d
		} else {
			doc = plainDocument(text)
		}
	case "text":
		doc = plainDocument(text)
	default:
		if isFeed(text) {
			if d, ok := feedDocument(text, opts); ok {
				doc = d
				break
			}
		}
		doc = htmlDocument(text, opts)
	}

	res = &Result{
		URL:       meta.URL,
		Title:     doc.title,
		Published: doc.published,
		Text:      doc.text,
	}
	ref := meta.FetchedAt
	if doc.published != "" {
		if t, err := time.Parse("2006-01-02", doc.published); err == nil {
			ref = t
		}
	}
	// With neither a publication date nor a fetch time, relative periods
	// ("this financial year") stay unresolved rather than guessing.
	extract(doc, ref, opts, res)
	return res, nil
}

// inputKind decides how to read the page: "html", "text" or "json", from
// the Content-Type, then the URL or path extension, then the content.
func inputKind(meta Meta, text string) string {
	if meta.ContentType != "" {
		if mt, _, err := mime.ParseMediaType(meta.ContentType); err == nil {
			switch {
			case mt == "text/plain" || mt == "text/markdown":
				return "text"
			case mt == "application/json" || strings.HasSuffix(mt, "+json"):
				return "json"
			case strings.Contains(mt, "html") || strings.Contains(mt, "xml"):
				return "html"
			}
		}
	}
	p := meta.URL
	if u, err := url.Parse(meta.URL); err == nil && u.Path != "" {
		p = u.Path
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md", ".text":
		return "text"
	case ".json":
		return "json"
	case ".html", ".htm", ".xhtml":
		return "html"
	}
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		return "json"
	}
	if looksHTML(t) {
		return "html"
	}
	return "text"
}

// looksHTML reports markup in the first 4 KiB: a tag such as <p>, <div>,
// <html>, <!DOCTYPE, or a closing tag.
func looksHTML(t string) bool {
	if len(t) > 4096 {
		t = t[:4096]
	}
	for i := 0; i+1 < len(t); i++ {
		if t[i] != '<' {
			continue
		}
		c := t[i+1]
		if c == '!' || c == '/' || c == '?' {
			return true
		}
		if isLetter(c) {
			j := i + 1
			for j < len(t) && (isLetter(t[j]) || isDigit(t[j])) {
				j++
			}
			if j < len(t) && (t[j] == '>' || t[j] == ' ' || t[j] == '/' || t[j] == '\n') {
				return true
			}
		}
	}
	return false
}

// readAll reads up to max+1 bytes, sizing the buffer once when the reader
// knows its length (bytes.Reader, strings.Reader, bytes.Buffer).
func readAll(r io.Reader, max int64) ([]byte, error) {
	lr := io.LimitReader(r, max+1)
	if l, ok := r.(interface{ Len() int }); ok {
		n := int64(l.Len()) + 1
		if n > max+1 {
			n = max + 1
		}
		// Read into one exactly sized buffer (bytes.Buffer.ReadFrom would
		// grow it for its 512-byte minimum read), then read on only if the
		// reader held more than it said.
		buf := make([]byte, n)
		k, err := io.ReadFull(lr, buf)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return buf[:k], nil
		}
		if err != nil {
			return buf[:k], err
		}
		rest, err := io.ReadAll(lr)
		return append(buf, rest...), err
	}
	return io.ReadAll(lr)
}
