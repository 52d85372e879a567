package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"

	"github.com/fundwatch/fundwatch/internal/config"
)

// Item is one page a source lists.
type Item struct {
	// URL identifies the document (for files: file:///abs/path).
	URL string
	// Fetch is the URL actually requested when it differs from URL (the
	// GOV.UK Content API behind a public page).
	Fetch string
	// Path is set for local files.
	Path  string
	Title string
	// Updated is when the listing says the entry last changed (zero when
	// unknown). An entry not updated since it was last fetched is not
	// requested again.
	Updated time.Time
	// Transform turns the fetched body into a page for parse (GOV.UK JSON
	// into HTML). nil = as fetched.
	Transform func(body []byte) ([]byte, string, error)
	// Accept is the Accept header for the fetch ("" = HTML).
	Accept string
}

// Listing is what a source lists in one run.
type Listing struct {
	Items []Item
	// Validators of the listing URL itself (feed, index first page), saved
	// after a run without failures so the next run can ask "changed?".
	URL, ETag, LastModified string
	// NotModified: the listing answered 304, nothing new to follow.
	NotModified bool
}

// env is what a lister may use.
type env struct {
	fetch  func(ctx context.Context, req Request) (*Response, error)
	robots bool
	// validators of the listing URL from the last successful run.
	etag, lastModified string
}

// lister lists one source's items.
type lister func(ctx context.Context, src *config.Source, e env) (*Listing, error)

// kind is one entry of the registry.
type kind struct {
	// validate returns kind-specific problems (without the source prefix).
	validate func(src *config.Source) []string
	list     lister
}

// kinds is the registry of source kinds: the one map used both to
// validate the config and to build runs. It is never modified.
var kinds = map[string]kind{
	"feed":  {validate: needHTTP, list: listFeed},
	"index": {validate: validateIndex, list: listIndex},
	"page":  {validate: needHTTP, list: listPage},
	"govuk": {validate: validateGovUK, list: listGovUK},
	"file":  {validate: validateFile, list: listFile},
}

// Kinds returns the registered kind names, sorted.
func Kinds() []string {
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ValidateSources returns the kind-specific problems of every configured
// source (the generic ones are config.Load's).
func ValidateSources(cfg *config.Config) config.Problems {
	var p config.Problems
	for i := range cfg.Sources {
		s := &cfg.Sources[i]
		where := fmt.Sprintf("source %q: ", s.Name)
		if cfg.Path != "" && s.Line > 0 {
			where = fmt.Sprintf("%s:%d: %s", cfg.Path, s.Line, where)
		}
		if s.Kind == "" {
			continue // config already says kind is required
		}
		k, ok := kinds[s.Kind]
		if !ok {
			p = append(p, where+fmt.Sprintf("unknown kind %q (use one of %s)", s.Kind, strings.Join(Kinds(), ", ")))
			continue
		}
		for _, msg := range k.validate(s) {
			p = append(p, where+msg)
		}
	}
	return p
}

func isHTTP(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func needHTTP(s *config.Source) []string {
	var p []string
	if s.URL == "" {
		p = append(p, fmt.Sprintf("kind %s needs url", s.Kind))
	} else if !isHTTP(s.URL) {
		p = append(p, fmt.Sprintf("url %q must be an http(s) URL", s.URL))
	}
	if s.Path != "" {
		p = append(p, fmt.Sprintf("path is only for kind file, not %s", s.Kind))
	}
	return p
}

func validateIndex(s *config.Source) []string {
	p := needHTTP(s)
	if s.Links == "" {
		p = append(p, "kind index needs links (a CSS selector for article links)")
	}
	return p
}

func validateGovUK(s *config.Source) []string {
	p := needHTTP(s)
	if len(s.Organisations) == 0 && len(s.Keywords) == 0 {
		p = append(p, "kind govuk needs organisations or keywords to filter the search")
	}
	return p
}

func validateFile(s *config.Source) []string {
	switch {
	case s.Path == "" && s.URL == "":
		return []string{"kind file needs path (a file or folder of saved pages)"}
	case s.Path != "" && s.URL != "":
		return []string{"kind file takes path or url, not both"}
	case s.URL != "" && !strings.HasPrefix(s.URL, "file://"):
		return []string{fmt.Sprintf("kind file: url %q must be a file:// URL (or use path)", s.URL)}
	}
	return nil
}

// keep applies include/exclude to an entry's title and URL.
func keep(s *config.Source, title, link string) bool {
	hay := strings.ToLower(title + " " + link)
	for _, x := range s.Exclude {
		if strings.Contains(hay, strings.ToLower(x)) {
			return false
		}
	}
	if len(s.Include) == 0 {
		return true
	}
	for _, x := range s.Include {
		if strings.Contains(hay, strings.ToLower(x)) {
			return true
		}
	}
	return false
}

func limitItems(s *config.Source, items []Item) []Item {
	if s.MaxItems > 0 && len(items) > s.MaxItems {
		return items[:s.MaxItems]
	}
	return items
}

func resolve(base *url.URL, ref string) (string, bool) {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return "", false
	}
	u, err := base.Parse(ref)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	u.Fragment = ""
	return u.String(), true
}

// fetchListing fetches a feed or index page with conditional validators.
func fetchListing(ctx context.Context, e env, src *config.Source, raw, accept string, conditional bool) (*Response, error) {
	req := Request{URL: raw, Source: src.Name, Robots: e.robots, Accept: accept}
	if conditional {
		req.ETag, req.LastModified = e.etag, e.lastModified
	}
	return e.fetch(ctx, req)
}

func listFeed(ctx context.Context, src *config.Source, e env) (*Listing, error) {
	resp, err := fetchListing(ctx, e, src, src.URL, "application/atom+xml,application/rss+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5", true)
	if err != nil {
		return nil, err
	}
	l := &Listing{URL: src.URL, ETag: resp.ETag, LastModified: resp.LastModified}
	if resp.NotModified {
		l.NotModified = true
		return l, nil
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		return nil, &Error{URL: src.URL, Reason: ReasonFeed, Status: resp.Status, Err: fmt.Errorf("not an RSS or Atom feed (%s): %w", resp.ContentType, err)}
	}
	base, _ := url.Parse(resp.FinalURL)
	if base == nil {
		base, _ = url.Parse(src.URL)
	}
	seen := map[string]bool{}
	for _, it := range feed.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		abs, ok := resolve(base, link)
		if !ok || seen[abs] || !keep(src, it.Title, abs) {
			continue
		}
		seen[abs] = true
		item := Item{URL: abs, Title: it.Title}
		if it.UpdatedParsed != nil {
			item.Updated = *it.UpdatedParsed
		} else if it.PublishedParsed != nil {
			item.Updated = *it.PublishedParsed
		}
		l.Items = append(l.Items, item)
	}
	l.Items = limitItems(src, l.Items)
	return l, nil
}

// defaultMaxPages bounds index pagination when max_pages is not set.
const defaultMaxPages = 5

func listIndex(ctx context.Context, src *config.Source, e env) (*Listing, error) {
	maxPages := src.MaxPages
	if maxPages == 0 {
		maxPages = defaultMaxPages
	}
	l := &Listing{URL: src.URL}
	seenPage := map[string]bool{}
	seen := map[string]bool{}
	next := src.URL
	for page := 0; next != "" && page < maxPages; page++ {
		seenPage[next] = true
		resp, err := fetchListing(ctx, e, src, next, "", page == 0)
		if err != nil {
			if page == 0 {
				return nil, err
			}
			// A later page failing keeps what the earlier ones listed.
			return l, &partialError{err}
		}
		if page == 0 {
			l.ETag, l.LastModified = resp.ETag, resp.LastModified
			if resp.NotModified {
				l.NotModified = true
				return l, nil
			}
		}
		if !isHTMLType(resp.ContentType) {
			return nil, &Error{URL: next, Reason: ReasonContentType, Status: resp.Status, Err: fmt.Errorf("index page is %q, not HTML", resp.ContentType)}
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(resp.Body))
		if err != nil {
			return nil, &Error{URL: next, Reason: ReasonInvalid, Err: err}
		}
		base, _ := url.Parse(resp.FinalURL)
		doc.FindMatcher(src.Compiled.Links).Each(func(_ int, s *goquery.Selection) {
			href, ok := s.Attr("href")
			if !ok {
				href, _ = s.Find("a[href]").First().Attr("href")
			}
			abs, ok := resolve(base, href)
			if !ok || seen[abs] || !keep(src, strings.TrimSpace(s.Text()), abs) {
				return
			}
			seen[abs] = true
			l.Items = append(l.Items, Item{URL: abs, Title: strings.TrimSpace(s.Text())})
		})
		next = ""
		if src.Compiled.Next != nil {
			n := doc.FindMatcher(src.Compiled.Next).First()
			href, ok := n.Attr("href")
			if !ok {
				href, _ = n.Find("a[href]").First().Attr("href")
			}
			if abs, ok := resolve(base, href); ok && !seenPage[abs] {
				next = abs
			}
		}
	}
	l.Items = limitItems(src, l.Items)
	return l, nil
}

// partialError wraps a listing error after which some items were listed.
type partialError struct{ err error }

func (p *partialError) Error() string { return p.err.Error() }
func (p *partialError) Unwrap() error { return p.err }

func listPage(_ context.Context, src *config.Source, _ env) (*Listing, error) {
	return &Listing{Items: []Item{{URL: src.URL}}}, nil
}

// pageExts are the files a folder source reads.
var pageExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".txt": true}

func listFile(_ context.Context, src *config.Source, _ env) (*Listing, error) {
	p := src.Path
	if p == "" {
		u, err := url.Parse(src.URL)
		if err != nil {
			return nil, &Error{URL: src.URL, Reason: ReasonInvalid, Err: err}
		}
		p = u.Path
	}
	items, err := listPath(p)
	if err != nil {
		return nil, err
	}
	var kept []Item
	for _, it := range items {
		if keep(src, "", it.Path) {
			kept = append(kept, it)
		}
	}
	return &Listing{Items: limitItems(src, kept)}, nil
}

// listPath lists a file, or the pages in a folder (recursively, sorted).
func listPath(p string) ([]Item, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, &Error{URL: p, Reason: ReasonRead, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))}
	}
	if !fi.IsDir() {
		return []Item{fileItem(p)}, nil
	}
	var items []Item
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && pageExts[strings.ToLower(filepath.Ext(name))] {
			items = append(items, fileItem(path))
		}
		return nil
	})
	if err != nil {
		return nil, &Error{URL: p, Reason: ReasonRead, Err: fmt.Errorf("cannot read folder: %w", unwrapPath(err))}
	}
	if len(items) == 0 {
		return nil, &Error{URL: p, Reason: ReasonEmpty, Err: errors.New("folder holds no pages (.html, .htm, .xhtml, .txt)")}
	}
	return items, nil
}

func fileItem(p string) Item {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	return Item{URL: "file://" + filepath.ToSlash(abs), Path: p}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isHTMLType(ct string) bool {
	ct = strings.ToLower(ct)
	return ct == "" || strings.Contains(ct, "html")
}

// readableType says whether a page body of this content type can go to
// parse: HTML, XHTML or plain text (empty = let parse sniff).
func readableType(ct string) bool {
	ct = strings.ToLower(strings.TrimSpace(ct))
	if ct == "" {
		return true
	}
	mt := strings.TrimSpace(strings.SplitN(ct, ";", 2)[0])
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml":
		return true
	}
	return false
}
