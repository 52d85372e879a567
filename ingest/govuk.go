package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
)

// GOV.UK: the Search API (/api/search.json) lists announcements filtered
// by organisation and keywords; each result's page is read through the
// Content API (/api/content<path>), whose details.body is the article HTML
// and first_published_at its date.

const govukCount = 50 // results per search (max_items bounds it further)

type govukSearch struct {
	Results []struct {
		Link            string `json:"link"`
		Title           string `json:"title"`
		PublicTimestamp string `json:"public_timestamp"`
	} `json:"results"`
	Total int `json:"total"`
}

type govukContent struct {
	Title            string `json:"title"`
	Description      string `json:"description"`
	BasePath         string `json:"base_path"`
	FirstPublishedAt string `json:"first_published_at"`
	PublicUpdatedAt  string `json:"public_updated_at"`
	Details          struct {
		Body string `json:"body"`
	} `json:"details"`
}

// govukBase returns the site root and the search endpoint for a source
// URL: either a site root (https://www.gov.uk) or a search.json URL.
func govukBase(raw string) (site *url.URL, search *url.URL, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, nil, err
	}
	site = &url.URL{Scheme: u.Scheme, Host: u.Host}
	if strings.HasSuffix(u.Path, "/search.json") {
		search = u
	} else {
		search = site.JoinPath("/api/search.json")
		search.RawQuery = u.RawQuery
	}
	return site, search, nil
}

func listGovUK(ctx context.Context, src *config.Source, e env) (*Listing, error) {
	site, search, err := govukBase(src.URL)
	if err != nil {
		return nil, &Error{URL: src.URL, Reason: ReasonInvalid, Err: err}
	}
	q := search.Query()
	for _, o := range src.Organisations {
		q.Add("filter_organisations", o)
	}
	if len(src.Keywords) > 0 {
		q.Set("q", strings.Join(src.Keywords, " "))
	}
	if q.Get("order") == "" {
		q.Set("order", "-public_timestamp")
	}
	n := govukCount
	if src.MaxItems > 0 && src.MaxItems < n {
		n = src.MaxItems
	}
	q.Set("count", strconv.Itoa(n))
	q.Set("fields", "link,title,public_timestamp")
	search.RawQuery = q.Encode()

	resp, err := e.fetch(ctx, Request{URL: search.String(), Source: src.Name, Robots: e.robots, Accept: "application/json"})
	if err != nil {
		return nil, err
	}
	var res govukSearch
	if err := json.Unmarshal(resp.Body, &res); err != nil {
		return nil, &Error{URL: search.String(), Reason: ReasonInvalid, Status: resp.Status, Err: fmt.Errorf("search answer is not Search API JSON: %w", err)}
	}
	l := &Listing{}
	seen := map[string]bool{}
	for _, r := range res.Results {
		if !strings.HasPrefix(r.Link, "/") || seen[r.Link] {
			continue // external links are not on GOV.UK's Content API
		}
		seen[r.Link] = true
		page := site.JoinPath(r.Link).String()
		if !keep(src, r.Title, page) {
			continue
		}
		it := Item{
			URL:       page,
			Fetch:     site.JoinPath("/api/content", r.Link).String(),
			Title:     r.Title,
			Accept:    "application/json",
			Transform: govukPage(page),
		}
		if t, err := time.Parse(time.RFC3339, r.PublicTimestamp); err == nil {
			it.Updated = t
		}
		l.Items = append(l.Items, it)
	}
	l.Items = limitItems(src, l.Items)
	return l, nil
}

// govukPage turns a Content API answer into an HTML page for parse.
func govukPage(page string) func([]byte) ([]byte, string, error) {
	return func(body []byte) ([]byte, string, error) {
		var c govukContent
		if err := json.Unmarshal(body, &c); err != nil {
			return nil, "", &Error{URL: page, Reason: ReasonInvalid, Err: fmt.Errorf("not Content API JSON: %w", err)}
		}
		if strings.TrimSpace(c.Details.Body) == "" {
			return nil, "", &Error{URL: page, Reason: ReasonEmpty, Err: fmt.Errorf("content item has no details.body")}
		}
		var b strings.Builder
		b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
		b.WriteString(html.EscapeString(c.Title))
		b.WriteString("</title>")
		if c.FirstPublishedAt != "" {
			fmt.Fprintf(&b, `<meta name="govuk:first-published-at" content="%s">`, html.EscapeString(c.FirstPublishedAt))
		}
		b.WriteString("</head><body><main><article><h1>")
		b.WriteString(html.EscapeString(c.Title))
		b.WriteString("</h1>")
		if c.FirstPublishedAt != "" {
			fmt.Fprintf(&b, `<time datetime="%s">%s</time>`, html.EscapeString(c.FirstPublishedAt), html.EscapeString(c.FirstPublishedAt))
		}
		if c.Description != "" {
			fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(c.Description))
		}
		b.WriteString(c.Details.Body)
		b.WriteString("</article></main></body></html>")
		return []byte(b.String()), "text/html; charset=utf-8", nil
	}
}
