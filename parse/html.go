package parse

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds the DOM depth walked; deeper content (only ever seen in
// hostile or broken markup) is ignored instead of recursing further.
const maxDepth = 400

// pageInfo is what one pass over the DOM collects.
type pageInfo struct {
	lang  string // the <html lang> attribute
	title string // <title>
	// storyList: the content is a list of stories, each an <article>
	// (a local paper's news page), read like a feed's entries
	storyList bool
	// labelledDate is a date labelled "Published" in a definition list
	// anywhere on the page
	labelledDate string
	labelRank    int // of labelledDate's label in dateLabels
	// classDate is the text of an element whose class names a date
	// ("news-date", "entry-date"); updatedDate one that says it was
	// updated, the last resort
	classDate, updatedDate string
	// abbrDate is the first <abbr title="3 April 2025"> outside the
	// chrome: the hAtom way of giving a short visible date its full form
	abbrDate  string
	canonical string // <link rel="canonical">
	meta      map[string]string
	jsonLD    []string
	h1        *html.Node
	times     []*html.Node
	articles  []*html.Node
	mains     []*html.Node
	govspeak  *html.Node
	bodyProp  *html.Node // itemprop=articleBody
	// facts are boxes headed "Project facts", "Key facts" and the like:
	// a project page's figures and coordinator, often beside the article
	facts      []*html.Node
	body       *html.Node
	datePublis *html.Node // itemprop=datePublished
}

// dateLabels are the labels of a field that holds the page's date: when
// it was published, when the results were, the meeting a report went to,
// the day a question was answered or a decision taken.
// A publication label (1) outranks the others (2).
var dateLabels = map[string]int{
	"published": 1, "first published": 1, "date published": 1, "publication date": 1, "posted": 1, "issued": 1,
	"date of publication": 1, "release date": 1, "results published": 1, "report date": 1, "date of report": 1, "statement made": 1, "answered": 1, "date answered": 1,
	// a bare "Date:" yields to "Minutes published:" beside it
	"date":   2,
	"opened": 2, "date opened": 2, "consultation opened": 2, // a consultation page: the day it went up
	"date of meeting": 3, "meeting date": 3, "date of decision": 3, "decision date": 3, "agenda date": 3, "final action": 3,
}

// betterDateLabel returns the rank of label in dateLabels ("Record
// published" and the like rank as publication labels) when a date under
// it would outrank the labelled date found so far, else 0.
func (p *pageInfo) betterDateLabel(label string) int {
	l := strings.ToLower(strings.Trim(label, " :"))
	rank := dateLabels[l]
	if rank == 0 && strings.HasSuffix(l, " published") && len(l) < 30 {
		rank = 1 // "Record published", "Results published"
	}
	if rank == 0 || p.labelledDate != "" && rank >= p.labelRank {
		return 0
	}
	return rank
}

// publishedLine finds a short line of the page, chrome or content, that
// says when it was published or posted: "Home / Publications / Annual Review
// (extract) — published 10 July 2028" in a breadcrumb. (A date in a long
// text, "the report, published 10 March, found", is another document's.)
func publishedLine(raw string) string {
	for _, label := range []string{"published", "posted"} {
		if d := labelledLine(raw, label); d != "" {
			return d
		}
	}
	return ""
}

// labelledLine finds the date after label in a short text of raw.
func labelledLine(raw, label string) string {
	for from := 0; ; {
		k := indexFold(raw[from:], label)
		if k < 0 {
			return ""
		}
		k += from
		from = k + len(label)
		if k > 0 && isLetter(lowerByte(raw[k-1])) {
			continue // "unpublished", "datePublished"
		}
		open := strings.LastIndexByte(raw[max(0, k-160):k], '>')
		end := strings.IndexByte(raw[from:min(len(raw), from+60)], '<')
		if open < 0 || end < 0 || strings.ContainsAny(raw[max(0, k-160)+open:k], "\"=") {
			continue // not a whole short text between tags
		}
		rest := strings.TrimLeft(raw[from:from+end], " :")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "on "), "On ")
		if d, at, ok := writtenDate(html.UnescapeString(rest)); ok && at == 0 {
			return d
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// scan collects metadata and content candidates in one walk.
func (p *pageInfo) scan(n *html.Node, depth int, inChrome bool) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			p.lang = attr(n, "lang") // "en-AU": where a bare "$" is the country's own
		case atom.Title:
			if p.title == "" {
				p.title = collapse(textOf(n))
			}
			return
		case atom.Dt, atom.Th:
			// GOV.UK's metadata block: <dt>Published</dt><dd>14 November
			// 2024</dd>, often outside the article; a report's
			// <th>Date of meeting:</th><td>16 October 2024</td>
			if rank := p.betterDateLabel(collapse(textOf(n))); rank > 0 {
				want := atom.Dd
				if n.DataAtom == atom.Th {
					want = atom.Td
				}
				for d := n.NextSibling; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode {
						if d.DataAtom == want {
							if v := parseDate(collapse(textOf(d))); v != "" {
								p.labelledDate, p.labelRank = v, rank
							}
						}
						break
					}
				}
			}
		case atom.Meta:
			k := strings.ToLower(attr(n, "property"))
			if k == "" {
				k = strings.ToLower(attr(n, "name"))
			}
			if k == "" {
				k = strings.ToLower(attr(n, "itemprop"))
			}
			if k != "" {
				if _, ok := p.meta[k]; !ok {
					p.meta[k] = attr(n, "content")
				}
			}
			return
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				p.jsonLD = append(p.jsonLD, textOf(n))
			}
			return
		case atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Link:
			if p.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				p.canonical = attr(n, "href")
			}
		case atom.Body:
			p.body = n
		case atom.H1:
			if p.h1 == nil && !inChrome {
				p.h1 = n
			}
		case atom.Time:
			if attr(n, "datetime") != "" && !inChrome {
				p.times = append(p.times, n)
			}
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if c := n.FirstChild; c != nil && c.Type == html.TextNode && c.NextSibling == nil && n.Parent != nil && factsHeading(c.Data) && (!inChrome || n.Parent.DataAtom == atom.Aside) {
				p.facts = append(p.facts, n.Parent)
			}
		case atom.P, atom.Span, atom.Div, atom.Li:
			if n.DataAtom == atom.Span && strings.Contains(attr(n, "class"), "label") {
				// Hansard's <span class="label">Statement made</span>
				// <span>18 January 2028</span>
				if rank := p.betterDateLabel(collapse(textOf(n))); rank > 0 {
					for d := n.NextSibling; d != nil; d = d.NextSibling {
						if d.Type == html.ElementNode {
							if v := parseDate(collapse(textOf(d))); v != "" && d.DataAtom == atom.Span {
								p.labelledDate, p.labelRank = v, rank
							}
							break
						}
					}
				}
			}
			// "<p>Meeting Date: Tuesday, March 11, 2025 · 6:00 PM</p>" in
			// a page header outside the article
			c := n.FirstChild
			if c != nil && c.Type == html.ElementNode && c.NextSibling == nil && (c.DataAtom == atom.I || c.DataAtom == atom.Em || c.DataAtom == atom.Small || c.DataAtom == atom.Span || c.DataAtom == atom.B || c.DataAtom == atom.Strong) {
				c = c.FirstChild // "<p><i>Posted 27/03/2029</i></p>"
			}
			if c != nil && c.Type == html.TextNode && !inChrome && len(c.Data) < 200 {
				t := strings.TrimSpace(c.Data)
				if n.DataAtom == atom.Div && c.NextSibling == nil && n.Parent != nil && factsHeading(t) {
					// <div class="card"><div class="card-header">Project
					// facts</div><ul>...</ul></div>
					p.facts = append(p.facts, n.Parent)
				}
				if k := strings.IndexByte(t, ':'); k > 3 && k < 25 {
					if rank := p.betterDateLabel(t[:k]); rank > 0 {
						if d, at, ok := writtenDate(t[k+1:]); ok && at < 20 {
							p.labelledDate, p.labelRank = d, rank
						}
					} else if l := strings.ToLower(t[:k]); p.updatedDate == "" && (strings.HasSuffix(l, "last updated") || strings.HasSuffix(l, "last reviewed") || l == "updated") {
						// "Last reviewed: 15 October 2027 · Last updated: ...":
						// the last resort
						if d, at, ok := writtenDate(t[k+1:]); ok && at < 20 {
							p.updatedDate = d
						}
					}
				} else if k := strings.Index(t, " on "); k > 3 && k < 20 {
					// "Posted on 14 April 2027", "Published on 3 May 2026"
					if rank := p.betterDateLabel(t[:k]); rank > 0 {
						if d, at, ok := writtenDate(t[k+4:]); ok && at < 12 {
							p.labelledDate, p.labelRank = d, rank
						}
					}
				} else if k := strings.IndexByte(t, ' '); k > 3 && k < 12 && len(t) < 40 {
					// "Posted 27/03/2029", "Published 3 May 2026"
					if rank := p.betterDateLabel(t[:k]); rank > 0 {
						if d, at, ok := writtenDate(t[k+1:]); ok && at < 2 {
							p.labelledDate, p.labelRank = d, rank
						}
					}
				}
			}
		case atom.Abbr:
			if p.abbrDate == "" && !inChrome {
				if d, _, ok := writtenDate(attr(n, "title")); ok {
					p.abbrDate = d
				} else if t := attr(n, "title"); len(t) >= 10 && isYear(t[:4]) && t[4] == '-' {
					p.abbrDate = parseDate(t)
				}
			}
		case atom.Article:
			if !inChrome {
				p.articles = append(p.articles, n)
			}
		case atom.Main:
			p.mains = append(p.mains, n)
		}
		// role and class as attr reads them (the first of each), in one
		// pass over the attributes
		var role, class string
		var seen uint8
		for _, a := range n.Attr {
			switch {
			case a.Key == "role" && seen&1 == 0:
				role, seen = a.Val, seen|1
			case a.Key == "class" && seen&2 == 0:
				class, seen = a.Val, seen|2
			}
		}
		if role == "main" && n.DataAtom != atom.Main {
			p.mains = append(p.mains, n)
		}
		// the token is in the class only if the class contains it
		if p.govspeak == nil && strings.Contains(class, "govspeak") && hasClassToken(class, "govspeak") {
			p.govspeak = n
		}
		if p.classDate == "" || p.updatedDate == "" {
			// <p class="news-date">30/08/2022</p>, <div class="field-
			// published-date">Date published: 26 September 2019</div>,
			// <div class="last-updated">last updated on 2 April 2025</div>
			c := strings.ToLower(attr(n, "class"))
			// a short line of page-header metadata: "News announcement |
			// 5 December 2024 | Executive Agency"
			meta := (strings.Contains(c, "meta") || strings.Contains(c, "byline")) && n.FirstChild != nil
			if (strings.Contains(c, "date") && !strings.Contains(c, "dates") || strings.Contains(c, "updated") || strings.Contains(c, "dateline") || meta) && n.DataAtom != atom.Aside {
				t := collapse(textOf(n))
				if meta && len(t) > 120 {
					t = ""
				}
				if k := strings.Index(strings.ToLower(t), "next review"); k >= 0 {
					t = t[:k] // "Page last reviewed: 10 December 2026 Next review due: ..."
				}
				if len(t) > 120 {
					t = head(t, 60) // "Date: Monday, 7th December, 2026 10.00 am Venue: ..."
				}
				{
					if d := parseDate(t); d != "" {
						if strings.Contains(c, "updated") || strings.Contains(c, "review") || strings.Contains(c, "modified") || strings.Contains(strings.ToLower(t), "updated") || strings.Contains(strings.ToLower(t), "reviewed") {
							if p.updatedDate == "" {
								p.updatedDate = d
							}
						} else if p.classDate == "" {
							p.classDate = d
						}
					}
				}
			}
		}
		ip := attr(n, "itemprop")
		if p.bodyProp == nil && ip != "articleBody" && hasClassToken(ip, "articleBody") {
			p.bodyProp = n // itemprop="description articleBody" (Blogger)
		}
		switch ip {
		case "articleBody":
			if p.bodyProp == nil {
				p.bodyProp = n
			}
		case "datePublished":
			if p.datePublis == nil {
				p.datePublis = n
			}
		}
		if p.datePublis == nil && n.DataAtom != atom.Meta && attr(n, "content") != "" {
			// Drupal's RDFa: <span property="dc:date dc:created"
			// content="2027-07-15T10:00:00-05:00">Submitted by ... on
			// Thu, 07/15/2027</span>
			if pr := attr(n, "property"); containsAny(pr, []string{"dc:date", "dc:created", "dcterms:created", "dcterms:issued", "schema:datePublished"}) {
				p.datePublis = n
			}
		}
		if !inChrome && isChrome(n) {
			inChrome = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c, depth+1, inChrome)
	}
}

func hasClassToken(class, tok string) bool {
	for class != "" {
		f := firstField(class)
		if f == "" {
			return false
		}
		if f == tok {
			return true
		}
		class = class[strings.Index(class, f)+len(f):]
	}
	return false
}

// chromeTokens are class/id word parts that mark site furniture.
var chromeTokens = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"breadcrumb": true, "breadcrumbs": true, "share": true, "sharing": true,
	"social": true, "related": true, "sidebar": true, "widget": true,
	"comments": true, "comment": true, "newsletter": true, "advert": true,
	"advertisement": true, "ad": true, "ads": true, "promo": true,
	"subscribe": true, "subscription": true, "feedback": true, "skip": true,
	"popular": true, "trending": true, "metadata": true, "footer": true,
	"navbar": true, "nav": true, "menu": true, "masthead": true, "signup": true,
	"outbrain": true, "taboola": true, "paywall": true, "modal": true,
	"popup": true, "most": true, "recommended": true, "teaser": true,
	"pagination": true, "pager": true,
	// table-layout sites' side columns: <td class="leftcol">
	"leftcol": true, "rightcol": true, "leftcolumn": true, "rightcolumn": true,
	"sidecol": true, "sidenav": true, "leftnav": true, "rightnav": true,
}

var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true,
	"menubar": true, "toolbar": true,
}

// bestTime picks the page's date from its <time> elements: one labelled
// as published ("Date published", class "field--name-field-published")
// before the rest, and one labelled as a decision, meeting or deadline
// only when no other is left.
func bestTime(times []*html.Node) string {
	rank := func(n *html.Node) int {
		// "First published: <time>" beside "Last updated: <time>": the
		// words just before each time label it first
		if sib := n.PrevSibling; sib != nil && sib.Type == html.TextNode {
			near := strings.ToLower(tail(sib.Data, 40))
			switch {
			case containsAny(near, []string{"publish", "posted", "issued"}):
				return 0
			case containsAny(near, []string{"updated", "modified", "revised"}):
				return 2
			}
		}
		l := strings.ToLower(timeLabel(n))
		switch {
		case containsAny(l, []string{"publish", "posted", "issued"}):
			return 0
		case containsAny(l, []string{"decision", "meeting", "closing", "deadline", "event", "start", "end date", "review"}):
			return 2
		}
		return 1
	}
	best, bestRank := "", 3
	for _, t := range times {
		d := parseDate(attr(t, "datetime"))
		if d == "" {
			continue
		}
		if r := rank(t); r < bestRank {
			best, bestRank = d, r
		}
	}
	return best
}

// timeLabel returns the words that label a <time>: the class names and
// the preceding sibling's text of it and its two nearest ancestors.
func timeLabel(n *html.Node) string {
	var b strings.Builder
	for k, c := 0, n; k < 3 && c != nil; k, c = k+1, c.Parent {
		b.WriteString(attr(c, "class"))
		b.WriteByte(' ')
		for sib := c.PrevSibling; sib != nil; sib = sib.PrevSibling {
			if sib.Type == html.ElementNode {
				b.WriteString(head(textOf(sib), 40))
				b.WriteByte(' ')
				break
			}
		}
	}
	return b.String()
}

// holdsElement reports an element of a kind in want among n's
// descendants, looking at most depth levels down.
func holdsElement(n *html.Node, depth int, want ...atom.Atom) bool {
	if depth <= 0 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if slices.Contains(want, c.DataAtom) || holdsElement(c, depth-1, want...) {
			return true
		}
	}
	return false
}

// isChrome reports elements that are site furniture rather than content:
// navigation, asides, footers, forms, cookie banners, share bars, related
// stories and the like, recognised by tag, ARIA role, or class/id words.
func isChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Form:
		// ASP.NET pages wrap the whole page in one form: a form with
		// headings in it holds content
		return !holdsElement(n, 41, atom.H1, atom.H2, atom.H3)
	case atom.Aside:
		// a story's fact box ("<aside class="chron-factbox"><h3>The fund
		// so far</h3><table>..."): the story's own figures, set apart
		c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		return !containsAny(c, []string{"factbox", "fact-box", "fact_box", "keyfacts", "key-facts", "key_facts", "at-a-glance", "infobox", "info-box"})
	case atom.Footer:
		// a quote's own footer signs it ("<blockquote><p>...</p><footer>A
		// post shared by Marrowby Community Choir (@marrowbychoir)
		// </footer></blockquote>")
		return n.Parent == nil || n.Parent.DataAtom != atom.Blockquote
	case atom.Nav, atom.Button, atom.Iframe,
		atom.Svg, atom.Select, atom.Input, atom.Textarea, atom.Figcaption,
		atom.Object, atom.Embed, atom.Canvas, atom.Audio, atom.Video,
		atom.Dialog, atom.Menu, atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Del, atom.S, atom.Strike: // "will receive <del>£1.6m</del> £1.85m": struck out, no longer so
		return true
	case atom.Sup:
		return footnoteMark(n) // "£15,000<sup>1</sup>" is £15,000
	}
	var class, id, role, label string
	hidden, labelled := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "role":
			role = a.Val
		case "aria-label":
			label = a.Val
		case "aria-labelledby":
			labelled = true
		case "hidden":
			hidden = true
		case "aria-hidden":
			if a.Val == "true" {
				hidden = true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none") {
				hidden = true
			}
		}
	}
	if hidden {
		// a closed accordion or tab panel, or the rest of a story behind
		// "Read more" ("js-readmore__rest"), is content a click away
		l := strings.ToLower(class + " " + role + " " + id)
		if !(labelled || containsAny(l, []string{"accordion", "collapse", "tabpanel", "tab-pane", "region", "readmore", "read-more", "read_more", "expand", "truncat", "article-rest", "story-rest"})) {
			return true
		}
	}
	if role != "" && chromeRoles[strings.ToLower(role)] {
		return true
	}
	if label != "" {
		l := strings.ToLower(label)
		if strings.Contains(l, "cookie") || strings.Contains(l, "related") || strings.Contains(l, "breadcrumb") || strings.Contains(l, "share") {
			return true
		}
	}
	if !tokensChrome(class) && !tokensChrome(id) {
		return false
	}
	if l := strings.ToLower(class); strings.Contains(l, "sidebar") && containsAny(l, []string{"separator", "-wrap", "container", "layout"}) {
		// Weebly's "blog-sidebar-separator" holds the post and the
		// sidebar beside it
		return false
	}
	if strings.Contains(class, "teaser") && !holdsElement(n, 64, atom.A) {
		// "<div class="lgd-teaser"><h3>Carrow Ness Sailing Trust</h3>
		// <dl><dt>Award</dt><dd>£485,000</dd>...": a teaser that links
		// nowhere is a card of the story's own, not a pointer to another
		return false
	}
	// a wrapper named after the sidebar beside it, or an article body
	// named for the paywall around it (id="subscription-content"
	// class="article-body"), is content
	return !holdsContent(n) && !(contentNamed(class+" "+id) && paragraphs(n, 3) >= 3)
}

// contentNamed reports a class or id word that names an article body.
func contentNamed(s string) bool {
	l := strings.ToLower(s)
	return containsAny(l, []string{"article", "content", "story", "entry", "body", "main", "post", "layout"})
}

// paragraphs counts the <p> elements under n, stopping at max.
func paragraphs(n *html.Node, max int) int {
	c := 0
	for k := n.FirstChild; k != nil && c < max; k = k.NextSibling {
		if k.Type != html.ElementNode {
			continue
		}
		if k.DataAtom == atom.P {
			c++
			continue
		}
		c += paragraphs(k, max-c)
	}
	return c
}

// holdsContent reports an element that holds the page's main heading or
// its article: a layout wrapper such as WordPress's "content-sidebar-wrap"
// is named after the sidebar beside the content, not the sidebar itself.
func holdsContent(n *html.Node) bool {
	return holdsElement(n, 512, atom.H1, atom.Article, atom.Main)
}

func tokensChrome(s string) bool {
	if s == "" {
		return false
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (isLetter(s[i]) || isDigit(s[i])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := s[start:i]
			// w is ASCII letters and digits and the tokens are lower case,
			// so chromeTokens[w] can only hold where the lowered w does
			if chromeFilter.mayFold(w) && foldedIn(chromeTokens, w) {
				return true
			}
			start = -1
		}
	}
	return false
}

// chromeHeading matches headings that open a block of site furniture inside
// the content ("Related stories", "Most read", "Share this page").
func chromeHeading(t string) bool {
	l := strings.TrimSpace(t)
	if !asciiOnly(l) {
		l = strings.ToLower(l) // else compare ignoring ASCII case, no copy
	}
	if strings.EqualFold(l, "newsletter") || strings.EqualFold(l, "newsletters") || strings.EqualFold(l, "our newsletter") {
		return true // (but "Newsletter 23 – Friday 20th March 2026" heads a newsletter itself)
	}
	for _, p := range []string{"related", "most read", "most popular", "most viewed", "latest news",
		"more news", "more stories", "more articles", "other news", "other stories", "other articles", "more from", "more on this", "you may also", "you might also", "read more", "share this",
		"sign up", "newsletter sign", "newsletter subscri", "get our newsletter", "recommended", "trending", "popular", "leave a reply", "leave a comment",
		"comments", "explore the topic", "further reading", "see also", "advertisement", "cookies on"} {
		if hasPrefixFold(l, 0, p) {
			return true
		}
	}
	return false
}

// labelledBox reports a box of other content labelled by its first child,
// a short line that is no heading element: "<div class="box"><div
// class="box-h">Also in the news</div>...", "<div class="ft-col"><div
// class="ft-h">Jobs</div>...".
func labelledBox(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Ul {
		return false
	}
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || c.NextSibling == nil || headingLevel(c.DataAtom) > 0 {
		return false
	}
	switch c.DataAtom {
	case atom.Div, atom.Span, atom.P, atom.Strong, atom.B, atom.Li:
	default:
		return false
	}
	t := c.FirstChild
	if t == nil || t.Type != html.TextNode || t.NextSibling != nil || len(t.Data) > 40 {
		return false
	}
	l := strings.TrimSpace(t.Data)
	if chromeHeading(l) {
		return true
	}
	for _, p := range []string{"also in ", "jobs", "property of", "our community", "announcements", "family notices", "public notices", "what's on", "what’s on", "follow us", "contact us"} {
		if hasPrefixFold(l, 0, p) {
			return true
		}
	}
	return false
}

// footnoteMark reports a <sup> that marks a footnote: "1", "*", "†",
// "a", "[2]".
func footnoteMark(n *html.Node) bool {
	c := n.FirstChild
	if c != nil && c.Type == html.ElementNode && c.DataAtom == atom.A && c.NextSibling == nil {
		c = c.FirstChild // <sup><a href="#fn1">1</a></sup>
	}
	if c == nil || c.Type != html.TextNode || c.NextSibling != nil {
		return false
	}
	t := strings.Trim(strings.TrimSpace(c.Data), "[]()")
	if t == "" || len(t) > 3 {
		return false
	}
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r == '*' || r == '†' || r == '‡' || r == '§') {
			return false
		}
	}
	return true
}

// textOf returns the raw text under n (no chrome filtering, but a
// footnote mark is left out: "£15,000<sup>1</sup>" is "£15,000").
func textOf(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if d > maxDepth {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Sup && footnoteMark(n) {
			return
		}
		if n.Type == html.ElementNode && d > 0 && (n.DataAtom == atom.Br || isBlockAtom(n.DataAtom)) {
			// "$750,000<br><small>2027–28: ...": a line break parts
			// the figures
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, d+1)
		}
	}
	rec(n, 0)
	return sb.String()
}

// contentText measures the non-chrome text length under n, with the share
// of it that sits in links (for density scoring).
func contentLen(n *html.Node, depth int, inLink bool) (total, linked int) {
	if depth > maxDepth {
		return 0, 0
	}
	if n.Type == html.TextNode {
		l := len(strings.TrimSpace(n.Data))
		if inLink {
			return l, l
		}
		return l, 0
	}
	if n.Type == html.ElementNode {
		if isChrome(n) {
			return 0, 0
		}
		if n.DataAtom == atom.A {
			inLink = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l := contentLen(c, depth+1, inLink)
		total += t
		linked += l
	}
	return total, linked
}

// densest finds the element whose paragraphs carry the most text: each <p>
// (and list item) credits its text length to its parent and half to its
// grandparent, as readability-style extractors do. It returns that
// element with the siblings that score at least a fifth as well, in page
// order.
func densest(body *html.Node) []*html.Node {
	score := map[*html.Node]int{}
	var order []*html.Node
	layout := map[*html.Node]bool{} // data tables' layoutTable, worked out once each
	credit := func(n *html.Node, s int) {
		if _, ok := score[n]; !ok {
			order = append(order, n)
		}
		score[n] += s
	}
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if d > maxDepth || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if n.Type == html.ElementNode && isChrome(n) {
			return
		}
		if n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Li || n.DataAtom == atom.Td || n.DataAtom == atom.Dd {
			t, l := contentLen(n, d, false)
			s := t - 2*l
			if tbl := cellTable(n); s > 0 && tbl != nil && tbl.Parent != nil {
				lay, ok := layout[tbl]
				if !ok {
					lay = layoutTable(tbl)
					layout[tbl] = lay
				}
				if !lay {
					// a data table's cells are the table's text, held by
					// what holds the table as a paragraph's is by its
					// parent: a long list of awards is not an article of
					// its own apart from the prose around it
					credit(tbl.Parent, s)
					if tbl.Parent.Parent != nil {
						credit(tbl.Parent.Parent, s/2)
					}
					return
				}
			}
			if s > 0 && n.Parent != nil {
				credit(n.Parent, s)
				if n.Parent.Parent != nil {
					credit(n.Parent.Parent, s/2)
				}
			}
			return
		}
		if n.DataAtom == atom.Div && strings.HasPrefix(attr(n, "class"), "t ") {
			if _, ok := positionedLine(n); ok {
				// a converted PDF's line (pdf2htmlEX): its page and the
				// pages together hold the text, as a paragraph's parent
				// does
				t, l := contentLen(n, d, false)
				if s := t - 2*l; s > 0 {
					for a, k := n.Parent, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
						credit(a, s)
					}
				}
				return
			}
		}
		if n.DataAtom == atom.Div && textDiv(n) {
			// "<div class="p">A farmer-owned dairy co-operative ...</div>":
			// a paragraph written as a div, on a page with no <p>
			if t, l := contentLen(n, d, false); t-2*l > 0 && n.Parent != nil {
				credit(n.Parent, t-2*l)
				if n.Parent.Parent != nil {
					credit(n.Parent.Parent, (t-2*l)/2)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, d+1)
		}
	}
	rec(body, 0)
	var best *html.Node
	bestScore := 0
	for _, n := range order {
		// in the order first scored, so a tie goes the same way every run
		if s := score[n]; s > bestScore || s == bestScore && best != nil && n.Data < best.Data {
			best, bestScore = n, s
		}
	}
	if best == nil || best.Parent == nil {
		return nil
	}
	// siblings that score a fifth as well are part of the article too,
	// as readability keeps them: a council decision's "Decision" box
	// beside its report text
	var out []*html.Node
	siblings := func() {
		for c := best.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c == best || score[c] > 0 && score[c]*5 >= bestScore {
				out = append(out, c)
			}
		}
	}
	page := best.Parent
	if !docPage(page) || page.Parent == nil {
		siblings()
		// "<div class="status status--thread"><div class="status__info">
		// ...<div class="status__content"><p>2/6 £2,400 to ...": a
		// thread's posts, each in a box of the same kind as the one that
		// holds the most, are the content together
		if page.Parent != nil && attr(page, "class") != "" {
			var all []*html.Node // in page order
			cousins := 0
			for pg := page.Parent.FirstChild; pg != nil; pg = pg.NextSibling {
				if pg == page {
					all = append(all, out...)
					continue
				}
				if pg.Type != html.ElementNode || pg.Data != page.Data || attr(pg, "class") != attr(page, "class") {
					continue
				}
				for c := pg.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == best.Data && attr(c, "class") == attr(best, "class") && score[c] > 0 && score[c]*5 >= bestScore {
						all = append(all, c)
						cousins++
					}
				}
			}
			if cousins >= 2 {
				return all
			}
		}
		return out
	}
	// a converted document's pages ("<div id="pf2" class="pf"
	// data-page-no="2"><div class="pc">"): the text of every page, not
	// only of the page that holds the most
	for pg := page.Parent.FirstChild; pg != nil; pg = pg.NextSibling {
		if pg == page {
			siblings()
			continue
		}
		if pg.Type != html.ElementNode || pg.Data != page.Data || attr(pg, "class") != attr(page, "class") {
			continue
		}
		for c := pg.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == best.Data && attr(c, "class") == attr(best, "class") && score[c] > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// cellTable returns the table a <td> is a cell of, nil for other nodes.
func cellTable(n *html.Node) *html.Node {
	if n.DataAtom != atom.Td || n.Parent == nil || n.Parent.Parent == nil {
		return nil
	}
	t := n.Parent.Parent
	if t.DataAtom == atom.Tbody || t.DataAtom == atom.Thead || t.DataAtom == atom.Tfoot {
		t = t.Parent
	}
	if t == nil || t.DataAtom != atom.Table {
		return nil
	}
	return t
}

// docPage reports an element that is one page of a converted document:
// pdf2htmlEX's <div id="pf1" class="pf" data-page-no="1">, pdftohtml's
// <div id="page1-div">.
func docPage(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div {
		return false
	}
	if attr(n, "data-page-no") != "" {
		return true
	}
	id := attr(n, "id")
	return strings.HasPrefix(id, "pf") || strings.HasPrefix(id, "page") && len(id) > 4 && isDigit(id[4])
}

// textDiv reports a <div> that holds only text and inline elements: a
// paragraph in all but name.
func textDiv(n *html.Node) bool {
	text, own, block := false, 0, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && (isBlockAtom(c.DataAtom) && c.DataAtom != atom.Br || c.DataAtom == atom.Table || c.DataAtom == atom.Img):
			block = true
		case c.Type == html.TextNode:
			t := strings.TrimSpace(c.Data)
			text = text || t != ""
			own += len(t)
		}
	}
	// (a Weebly "<div class="paragraph">" holds the whole post, lines
	// broken by <br>, with a list inside: its own text makes it prose)
	return text && (!block || own >= 400)
}

// linkedHeading reports an element whose first h2 or h3 links to a page
// of its own: a story in a list of stories ("<h2><a href=...>Play park
// grant for Winterbourne Abbas</a></h2>"), not a post of a live blog.
func linkedHeading(n *html.Node, depth int) bool {
	if depth <= 0 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.H2 || c.DataAtom == atom.H3 {
			return holdsElement(c, 3, atom.A)
		}
		if linkedHeading(c, depth-1) {
			return true
		}
	}
	return false
}

// chooseContent picks the main-content roots: selector matches first, then
// the largest <article>, <main>/role=main, GOV.UK govspeak, the
// itemprop=articleBody element, and finally text density.
func chooseContent(root *html.Node, p *pageInfo, sel goquery.Matcher) []*html.Node {
	if sel != nil {
		doc := goquery.NewDocumentFromNode(root)
		if nodes := doc.FindMatcher(sel).Nodes; len(nodes) > 0 {
			return nodes
		}
	}
	var best *html.Node
	bestLen := 0
	for _, a := range p.articles {
		if t, l := contentLen(a, 0, false); t-l > bestLen {
			best, bestLen = a, t-l
		}
	}
	if best != nil {
		// "<main><article>...</article><article>...</article>...": three
		// or more stories side by side, each with its own heading, are
		// the page's content together
		var stories []*html.Node
		for _, a := range p.articles {
			if t, l := contentLen(a, 0, false); a.Parent == best.Parent && t-l >= 150 && linkedHeading(a, 4) {
				stories = append(stories, a)
			}
		}
		if len(stories) >= 3 {
			p.storyList = true
			return stories
		}
	}
	var mainNode *html.Node
	mainLen := 0
	for _, m := range p.mains {
		if t, l := contentLen(m, 0, false); t-l > mainLen {
			mainNode, mainLen = m, t-l
		}
	}
	switch {
	case best != nil && bestLen >= 200 && (mainNode == nil || bestLen*4 >= mainLen):
		return []*html.Node{best}
	case mainNode != nil && mainLen >= 200:
		return []*html.Node{mainNode}
	case p.govspeak != nil:
		return []*html.Node{p.govspeak}
	case p.bodyProp != nil:
		return []*html.Node{p.bodyProp}
	case best != nil:
		return []*html.Node{best}
	case mainNode != nil:
		return []*html.Node{mainNode}
	}
	body := p.body
	if body == nil {
		body = root
	}
	if d := densest(body); len(d) > 0 {
		total := 0
		for _, n := range d {
			t, _ := contentLen(n, 0, false)
			total += t
		}
		if total >= 200 {
			return d
		}
	}
	return []*html.Node{body}
}

// summaryHeading reports a <summary> that titles its <details> box: short,
// and with no figure (a "Braemar Community Hall SCIO £148,000" summary is
// a grant's own line).
func summaryHeading(n *html.Node) bool {
	t := textOf(n)
	return len(t) <= 120 && !strings.ContainsAny(t, "£$€0123456789")
}

// walker turns the content subtree into blocks.
type walker struct {
	b      *docBuilder
	inline []byte // reused between blocks
	kind   string
	items  int // list items seen, to number them
	// softWrap is set inside a paragraph of a PDF converted line by line
	// (pdftohtml's absolutely placed <p> with <br/> at each line's end),
	// whose line breaks are the page's width, not the text's
	softWrap bool
	// posHead is the head row of the last table rebuilt from a converted
	// PDF's lines, whose rows may go on over the next page
	posHead []posLine
}

func (w *walker) flush() {
	if len(w.inline) == 0 {
		return
	}
	kind := w.kind
	if kind == "" {
		kind = kindParagraph
	}
	w.b.addCollapsed(kind, collapseBytes(w.inline), nil, -1)
	w.inline = w.inline[:0]
}

func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre, atom.Br, atom.Hr,
		atom.Figure, atom.Address, atom.Details, atom.Summary, atom.Tr, atom.Td, atom.Th,
		atom.Caption, atom.Center, atom.Body, atom.Html:
		return true
	}
	return false
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (w *walker) walk(n *html.Node, depth int, isRoot bool) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.inline = append(w.inline, n.Data...)
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n, depth)
		return
	default:
		return
	}
	if !isRoot && (isChrome(n) || labelledBox(n)) {
		return
	}
	if n.DataAtom == atom.Dl {
		w.flush()
		w.defList(n, depth)
		return
	}
	if n.DataAtom == atom.Table && !layoutTable(n) {
		w.flush()
		w.table(n, depth)
		return
	}
	if n.DataAtom != atom.Table && (attr(n, "role") == "table" || attr(n, "role") == "grid") {
		// "<div role="table"><div role="row"><span role="cell">": a table
		// built of other elements, read as one
		w.flush()
		w.ariaTable(n, depth)
		return
	}
	if n.DataAtom == atom.Pre {
		// preformatted text keeps its lines: a fixed-width table, names
		// set against figures, an e-mail pasted in (its fields do not
		// retitle or redate the page)
		w.flush()
		if rows := csvRows(textOf(n)); rows != nil {
			// "Recipient,Project,Amount" over quoted rows: a CSV file
			// shown in the page, read as the table it is
			heads := make([][]string, len(rows))
			headRows := make([]bool, len(rows))
			headRows[0] = true
			w.addTable(table{context: w.b.lastHdr, lead: w.b.leadLine()}, len(w.b.doc.tables), rows, heads, headRows)
			return
		}
		title, pub := w.b.doc.title, w.b.doc.published
		w.b.plainLines(strings.Split(strings.ReplaceAll(textOf(n), "\r\n", "\n"), "\n"), false)
		w.b.doc.title, w.b.doc.published = title, pub
		return
	}
	if !isBlockAtom(n.DataAtom) {
		w.children(n, depth)
		if ns := n.NextSibling; ns != nil && ns.Type == html.ElementNode && labelSpan(n) {
			// "<span class="label">Amount</span><span class="value">
			// $3,500,000</span>": a field's label and its value, set
			// apart by style alone
			w.inline = append(w.inline, ": "...)
		}
		return
	}
	if n.DataAtom == atom.Br && w.softWrap {
		w.inline = append(w.inline, ' ')
		return
	}
	if n.DataAtom != atom.Li && teaserLink(n) {
		// "<div class="card"><a href="...">Clean Cooling Prize: £5 million
		// for ...</a></div>": a link to another page, whose money is that
		// page's
		return
	}
	w.flush()
	prev, prevItem := w.kind, w.b.item
	switch {
	case headingLevel(n.DataAtom) > 0:
		w.kind = kindHeading
	case n.DataAtom == atom.Summary && n.Parent != nil && n.Parent.DataAtom == atom.Details && summaryHeading(n):
		// "<details><summary>Village Halls Improvement Grant</summary>
		// <p>... The budget of £300,000 ...": the title of what it opens
		w.kind = kindHeading
	case n.DataAtom == atom.Li:
		w.kind = kindListItem
		w.items++
		w.b.item = w.items
	case n.DataAtom == atom.P || n.DataAtom == atom.Dd || n.DataAtom == atom.Dt || n.DataAtom == atom.Blockquote:
		if w.kind != kindListItem {
			w.kind = kindParagraph
		}
	}
	prevSoft := w.softWrap
	if n.DataAtom == atom.P && strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "position:absolute") {
		w.softWrap = true
	}
	w.children(n, depth)
	w.flush()
	w.kind, w.b.item, w.softWrap = prev, prevItem, prevSoft
}

// children walks n's children, skipping a chrome heading ("Related
// stories") together with what follows it up to the next heading of the
// same or a higher level.
func (w *walker) children(n *html.Node, depth int) {
	skipLevel := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.Div) && skipLevel == 0 {
			if last, ok := w.positioned(c, depth); ok {
				c = last // a converted PDF's placed lines, rebuilt up to last
				continue
			}
		}
		if c.Type == html.ElementNode {
			if lvl := headingLevel(c.DataAtom); lvl > 0 {
				if skipLevel > 0 && lvl <= skipLevel {
					skipLevel = 0
				}
				if skipLevel == 0 && lvl > 1 && chromeHeading(textOf(c)) {
					// (an h1 is the page's own title: "Newsletter June
					// 2027 (Issue 58)" heads the newsletter itself)
					skipLevel = lvl
				}
			}
		}
		if skipLevel > 0 {
			continue
		}
		w.walk(c, depth+1, false)
	}
}

// layoutTable reports tables used for page layout rather than data: nested
// tables or cells holding long passages.
func layoutTable(t *html.Node) bool {
	found := false
	cells, rows := 0, 0
	var cell *html.Node
	passage := false // a cell of 150 bytes of text or more, links left out
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if found || d > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Table {
				found = true
				return
			}
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				cells, cell = cells+1, c
			}
			if c.DataAtom == atom.Tr {
				rows++
			}
			if c.DataAtom == atom.Td {
				tl := len(textOf(c))
				if tl > 600 || blockChildren(c) >= 2 || blockChildren(c) == 1 && headedCell(c) {
					// a long passage, or paragraphs of their own ("That
					// the Committee:" over "a) approves ..." in a
					// minute's resolution box), or a heading over its
					// paragraph (an e-mail's grant cards: "<h3>Culverton
					// Men's Shed</h3><p>£18,500 for tools ...")
					found = true
					return
				}
				if !passage && tl >= 150 {
					t, l := contentLen(c, d, false)
					passage = t-l >= 150 // (not a cell of links)
				}
			}
			rec(c, d+1)
		}
	}
	rec(t, 0)
	// (and a table of one cell that holds headings or paragraphs is a box
	// around its text: an e-mail newsletter's "<table
	// class="mcnTextBlock"><tr><td><h2>Castle restoration secured</h2>
	// <p>..."; a table of one column with passages in it, "FOOD PARK GETS
	// THE GO-AHEAD" over "Severnvale Council has been awarded ...", is a
	// column of text)
	return found || cells == 1 && proseCell(cell) || cells > 1 && cells == rows && passage
}

// proseCell reports a cell whose own children include a heading or a
// paragraph.
func proseCell(td *html.Node) bool {
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.P || headingLevel(c.DataAtom) > 0) {
			return true
		}
	}
	return false
}

// headedCell reports a cell whose own children include a heading.
func headedCell(td *html.Node) bool {
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && headingLevel(c.DataAtom) > 0 {
			return true
		}
	}
	return false
}

// bulletRows reports a table whose rows each open with a cell holding only
// a bullet mark: a list laid out as a table.
func bulletRows(rows [][]string) bool {
	if len(rows) < 2 {
		return false
	}
	for _, r := range rows {
		if len(r) < 2 {
			return false
		}
		switch strings.TrimSpace(r[0]) {
		case "•", "·", "▪", "◦", "‣", "-", "–", "*", "»", "›":
		default:
			return false
		}
	}
	return true
}

// cellHead returns a table cell's text before its first line break
// ("Eskvale Hospice at Home" in "Eskvale Hospice at Home<br><i>Night-
// sitting service</i>"), or "" when nothing comes before one.
func cellHead(td *html.Node) string {
	var b strings.Builder
	found := false
	var walk func(n *html.Node, d int) bool
	walk = func(n *html.Node, d int) bool {
		if d > 8 {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				if strings.TrimSpace(b.String()) != "" {
					found = true
					return true
				}
			case c.Type == html.ElementNode:
				if walk(c, d+1) {
					return true
				}
			}
		}
		return false
	}
	walk(td, 0)
	if !found {
		return ""
	}
	return collapse(b.String())
}

// blockChildren counts the paragraphs and lists directly in n.
func blockChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
			k++
		}
	}
	return k
}

// table emits one table-row block per row.
func (w *walker) table(t *html.Node, depth int) {
	idx := len(w.b.doc.tables)
	tb := table{context: w.b.lastHdr, lead: w.b.leadLine()}
	var rows, rowHeads [][]string // rowHeads: each row's cells' first lines (block.heads)
	var headRows []bool           // rows of header cells only
	// spanned[k]: how many more rows a cell above covers in column k; the
	// rows it covers keep an empty cell there, so their columns stay in
	// place without repeating its text (or its figure)
	var spanned []int
	kvRows := 0 // rows of one <th> label and one <td> value
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if d > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				tb.caption = collapse(textOf(c))
			case atom.Tr:
				var cells, heads []string
				if rowField(c) {
					kvRows++
				}
				allTh := true
				skipSpanned := func() {
					for len(cells) < len(spanned) && spanned[len(cells)] > 0 {
						spanned[len(cells)]--
						cells = append(cells, "")
					}
				}
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						skipSpanned()
						allTh = allTh && td.DataAtom == atom.Th
						rs := rowspan(td)
						// a cell spanning columns keeps the columns
						// after it in place: "Total" over two columns
						for k := range colspan(td) {
							if k == 0 {
								cells = append(cells, collapse(textOf(td)))
								if h := cellHead(td); h != "" && h != cells[len(cells)-1] {
									for len(heads) < len(cells)-1 {
										heads = append(heads, "")
									}
									heads = append(heads, h)
								}
							} else {
								cells = append(cells, "")
							}
							if rs > 1 {
								for len(spanned) < len(cells) {
									spanned = append(spanned, 0)
								}
								spanned[len(cells)-1] = rs - 1
							}
						}
					}
				}
				skipSpanned()
				if len(cells) > 0 {
					if cl := strings.ToLower(attr(c, "class")); strings.Contains(cl, "total") {
						tb.totals = append(tb.totals, len(rows))
					}
					rows = append(rows, cells)
					rowHeads = append(rowHeads, heads)
					headRows = append(headRows, allTh)
				}
			case atom.Table:
				// nested tables are walked as their own
			default:
				rec(c, d+1)
			}
		}
	}
	rec(t, depth)
	if kvRows >= 2 && kvRows == len(rows) {
		// "<tr><th scope="row">Amount</th><td>£2,400.00</td></tr>": a
		// record's fields laid out as a table, read as "Amount: £2,400.00"
		// lines under the record's heading
		for _, r := range rows {
			if r[1] != "" {
				w.b.add(kindParagraph, strings.TrimSuffix(r[0], ":")+": "+r[1], nil, -1)
			}
		}
		return
	}
	w.addTable(tb, idx, rows, rowHeads, headRows)
}

// labelSpan reports an inline element styled as a field's label: class
// "label", "field-label", "key" (not "label-success" badges).
func labelSpan(n *html.Node) bool {
	cl := attr(n, "class")
	if cl == "" || !containsAny(cl, []string{"label", "Label", "key", "term"}) {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(cl)) {
		switch c {
		case "label", "field-label", "field__label", "key", "term", "meta-label", "fact-label":
			return true
		}
		if strings.HasSuffix(c, "__label") || strings.HasSuffix(c, "-label") && !strings.HasPrefix(c, "label-") {
			return true
		}
	}
	return false
}

// rowField reports a table row of one <th> label and one <td> value.
func rowField(tr *html.Node) bool {
	n := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if n++; n == 1 && c.DataAtom != atom.Th || n == 2 && c.DataAtom != atom.Td {
			return false
		}
	}
	return n == 2
}

// csvRows reads preformatted text that is comma-separated values with a
// header row ("Recipient,Project,Amount") and at least two rows of the
// same width, nil for any other text.
func csvRows(text string) [][]string {
	text = strings.TrimSpace(text)
	nl := strings.IndexByte(text, '\n')
	if nl < 0 || strings.Count(text[:nl], ",") < 1 || len(scanAmounts(text[:nl])) > 0 {
		return nil // (a first line with figures is data, not a header; "Amount (£)" is a header)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.TrimLeadingSpace = true
	rows, err := r.ReadAll() // (rows of another width are an error: no CSV)
	if err != nil || len(rows) < 3 {
		return nil
	}
	for i, row := range rows {
		for j := range row {
			rows[i][j] = collapse(row[j])
		}
	}
	return rows
}

// ariaTable reads an element of role "table": its rows are the
// elements of role "row" within it, their cells those of role "cell",
// "gridcell", "columnheader" or "rowheader".
func (w *walker) ariaTable(t *html.Node, depth int) {
	idx := len(w.b.doc.tables)
	tb := table{context: w.b.lastHdr, lead: w.b.leadLine(), caption: collapse(attr(t, "aria-label"))}
	var rows, rowHeads [][]string
	var headRows []bool
	var cellsOf func(n *html.Node, d int, cells []string, allHead bool) ([]string, bool)
	cellsOf = func(n *html.Node, d int, cells []string, allHead bool) ([]string, bool) {
		for c := n.FirstChild; c != nil && d <= maxDepth; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch attr(c, "role") {
			case "cell", "gridcell", "columnheader", "rowheader":
				cells = append(cells, collapse(textOf(c)))
				allHead = allHead && attr(c, "role") == "columnheader"
			default:
				cells, allHead = cellsOf(c, d+1, cells, allHead)
			}
		}
		return cells, allHead
	}
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		for c := n.FirstChild; c != nil && d <= maxDepth; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch attr(c, "role") {
			case "row":
				if cells, allHead := cellsOf(c, d+1, nil, true); len(cells) > 0 {
					rows = append(rows, cells)
					rowHeads = append(rowHeads, nil)
					headRows = append(headRows, allHead)
				}
			case "table", "grid":
				// nested tables are walked as their own
			default:
				rec(c, d+1)
			}
		}
	}
	rec(t, depth)
	w.addTable(tb, idx, rows, rowHeads, headRows)
}

// addTable adds a table's rows to the document: a two-row header made
// one, a list laid out as a table read as list items.
func (w *walker) addTable(tb table, idx int, rows, rowHeads [][]string, headRows []bool) {
	if len(rows) > 2 && headRows[0] && headRows[1] && len(rows[1]) == len(rows[0]) {
		// "<th rowspan=2>Lead organisation</th> ... <th colspan=2>Grant by
		// financial year</th>" over "<th>2028/29</th><th>2029/30</th>":
		// one header, each column's words from both rows
		for k, h := range rows[1] {
			if h != "" {
				rows[0][k] = strings.TrimSpace(rows[0][k] + " " + h)
			}
		}
		rows = append(rows[:1], rows[2:]...)
		rowHeads = append(rowHeads[:1], rowHeads[2:]...)
		for k := range tb.totals {
			if tb.totals[k] > 1 {
				tb.totals[k]--
			}
		}
	}
	if bulletRows(rows) {
		// "<td>•</td><td>St Wenna's Church – £25,000 towards ...</td>": a
		// list laid out with a table, one item a row
		if tb.caption != "" {
			w.b.add(kindHeading, tb.caption, nil, -1)
		}
		for _, cells := range rows {
			w.b.add(kindListItem, strings.Join(cells[1:], " "), nil, -1)
		}
		return
	}
	if tb.caption != "" {
		w.b.add(kindHeading, tb.caption, nil, -1)
	}
	for i, cells := range rows {
		before := len(w.b.doc.blocks)
		w.b.add(kindTableRow, strings.Join(cells, " | "), cells, idx)
		if len(w.b.doc.blocks) > before {
			tb.rows = append(tb.rows, before)
			w.b.doc.blocks[before].heads = rowHeads[i]
			w.b.doc.blocks[before].total = slices.Contains(tb.totals, i)
		}
	}
	w.b.doc.tables = append(w.b.doc.tables, tb)
}

// ldArticle is the part of a JSON-LD article we use.
type ldArticle struct {
	Type          any               `json:"@type"`
	Headline      string            `json:"headline"`
	Name          string            `json:"name"`
	DatePublished string            `json:"datePublished"`
	DateCreated   string            `json:"dateCreated"`
	ArticleBody   string            `json:"articleBody"`
	Graph         []json.RawMessage `json:"@graph"`
}

func isArticleType(t any) bool {
	check := func(s string) bool {
		switch s {
		case "NewsArticle", "Article", "BlogPosting", "Report", "PressRelease", "ReportageNewsArticle", "AnalysisNewsArticle", "GovernmentService", "WebPage", "SocialMediaPosting", "DiscussionForumPosting", "Event", "ScholarlyArticle":
			return true
		}
		return false
	}
	switch v := t.(type) {
	case string:
		return check(v)
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && check(s) {
				return true
			}
		}
	}
	return false
}

// jsonLDArticle finds the first article-typed JSON-LD object.
func jsonLDArticle(scripts []string) (ldArticle, bool) {
	var visit func(raw []byte, depth int) (ldArticle, bool)
	visit = func(raw []byte, depth int) (ldArticle, bool) {
		if depth > 4 {
			return ldArticle{}, false
		}
		raw = []byte(strings.TrimSpace(string(raw)))
		if len(raw) > 0 && raw[0] == '[' {
			var list []json.RawMessage
			if json.Unmarshal(raw, &list) != nil {
				return ldArticle{}, false
			}
			for _, it := range list {
				if a, ok := visit(it, depth+1); ok {
					return a, true
				}
			}
			return ldArticle{}, false
		}
		var a ldArticle
		if json.Unmarshal(raw, &a) != nil {
			return ldArticle{}, false
		}
		if isArticleType(a.Type) {
			return a, true
		}
		for _, g := range a.Graph {
			if a, ok := visit(g, depth+1); ok {
				return a, true
			}
		}
		return ldArticle{}, false
	}
	for _, s := range scripts {
		if a, ok := visit([]byte(s), 0); ok {
			return a, true
		}
	}
	return ldArticle{}, false
}

// htmlDocument reduces an HTML page to its title, date and main text.
func htmlDocument(text string, opts Options) *document {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil || root == nil {
		return plainDocument(text)
	}
	p := &pageInfo{meta: map[string]string{}}
	p.scan(root, 0, false)
	ld, hasLD := jsonLDArticle(p.jsonLD)

	b := &docBuilder{}
	roots := chooseContent(root, p, opts.Selectors.Content)
	b.doc.entries = p.storyList
	w := &walker{b: b}
	for _, r := range roots {
		w.walk(r, 0, true)
		w.flush()
	}
	for _, f := range p.facts {
		// a facts box beside the article, or an <aside> in it that the
		// walk left out as furniture
		if !within(f, roots) || isChrome(f) && !holdsAny(f, roots) {
			w.walk(f, 0, true)
			w.flush()
		}
	}
	if hasLD && len(ld.ArticleBody) > 200 && b.n*2 < len(ld.ArticleBody) && opts.Selectors.Content == nil {
		// the page body is rendered by script: the JSON-LD articleBody is
		// the article
		b = &docBuilder{}
		for _, para := range splitParagraphs(ld.ArticleBody) {
			for _, line := range strings.Split(para, "\n") {
				kind := kindParagraph
				if n := bulletPrefix(strings.TrimSpace(line)); n > 0 {
					line, kind = strings.TrimSpace(line)[n:], kindListItem
				}
				b.add(kind, line, nil, -1)
			}
		}
	}

	// Title.
	title := ""
	if opts.Selectors.Title != nil {
		if nodes := goquery.NewDocumentFromNode(root).FindMatcher(opts.Selectors.Title).Nodes; len(nodes) > 0 {
			title = collapse(textOf(nodes[0]))
		}
	}
	if title == "" && hasLD {
		title = collapse(ld.Headline)
	}
	if title == "" {
		title = collapse(p.meta["og:title"])
	}
	if title == "" && p.h1 != nil {
		title = collapse(textOf(p.h1))
	}
	if title == "" {
		title = stripSiteName(p.title)
	}
	b.doc.title = title
	// who publishes: "… | News | University of Eastmoor" names the body
	// that "the University" or "the Council" means on its own pages
	b.doc.site = strings.TrimSpace(p.meta["og:site_name"] + " | " + p.title)
	b.doc.locale = p.lang
	if b.doc.locale == "" {
		b.doc.locale = p.meta["og:locale"] // "en_AU"
	}

	// Publication date.
	pub := ""
	if opts.Selectors.Published != nil {
		if nodes := goquery.NewDocumentFromNode(root).FindMatcher(opts.Selectors.Published).Nodes; len(nodes) > 0 {
			n := nodes[0]
			for _, v := range []string{attr(n, "datetime"), attr(n, "content"), textOf(n)} {
				if pub = parseDate(v); pub != "" {
					break
				}
			}
		}
	}
	if pub == "" && hasLD {
		pub = parseDate(ld.DatePublished)
		if pub == "" {
			pub = parseDate(ld.DateCreated)
		}
	}
	for _, k := range []string{"article:published_time", "og:published_time", "govuk:first-published-at",
		"datepublished", "dc.date.issued", "dc.date", "dc.date.created", "dcterms.created", "dcterms.date", "dcterms.issued", "date", "pubdate",
		"publish-date", "publication_date", "sailthru.date", "parsely-pub-date", "govuk:public-updated-at"} {
		if pub != "" {
			break
		}
		pub = parseDate(p.meta[k])
	}
	if pub == "" && p.datePublis != nil {
		pub = parseDate(attr(p.datePublis, "datetime"))
		if pub == "" {
			pub = parseDate(attr(p.datePublis, "content"))
		}
	}
	if pub == "" {
		pub = answeredDate(b.doc.blocks)
	}
	if pub == "" {
		pub = bestTime(p.times)
	}
	if pub == "" {
		pub = p.abbrDate
	}
	if pub == "" {
		pub = p.labelledDate
	}
	if pub == "" {
		pub = p.classDate
	}
	if pub == "" {
		pub = publishedLine(text)
	}
	if pub == "" {
		pub = visibleDate(b.doc.blocks)
	}
	if pub == "" {
		pub = urlDate(p.meta["og:url"], p.canonical)
	}
	if pub == "" {
		// "Agenda for Cabinet on Tuesday, 25th March, 2025, 6.30 pm"
		if d, _, ok := writtenDate(p.title); ok {
			pub = d
		}
	}
	if pub == "" {
		pub = p.updatedDate
	}
	if pub == "" {
		pub = parseDate(p.meta["dcterms.modified"])
	}
	b.doc.published = monthFirst(pub, text)

	ensureTitleBlock(b)
	return b.finish()
}

// ensureTitleBlock puts the headline first when the content does not
// already carry it (headlines often announce the round total).
func ensureTitleBlock(b *docBuilder) {
	t := b.doc.title
	if t == "" {
		return
	}
	for i, bl := range b.doc.blocks {
		if i > 6 {
			break
		}
		if bl.text == t {
			return
		}
	}
	old := b.doc.blocks
	oldTables := b.doc.tables
	nb := &docBuilder{}
	nb.doc.blocks = make([]block, 0, len(old)+1)
	nb.add(kindHeading, t, nil, -1)
	shift := len(nb.doc.blocks)
	// The old blocks came from add, which would leave their kinds and
	// texts as they are: only their offsets move past the title.
	base := 0
	if nb.n > 0 && b.n > 0 {
		base = nb.n + len("\n\n")
	}
	for _, bl := range old {
		bl.offset += base
		nb.doc.blocks = append(nb.doc.blocks, bl)
	}
	if b.n > 0 {
		nb.n = base + b.n
	}
	if b.lastHdr != "" {
		nb.lastHdr = b.lastHdr
	}
	for i := range oldTables {
		for j := range oldTables[i].rows {
			oldTables[i].rows[j] += shift
		}
	}
	nb.doc.tables = oldTables
	nb.doc.title = b.doc.title
	nb.doc.published = b.doc.published
	nb.doc.site = b.doc.site
	nb.doc.locale = b.doc.locale
	nb.doc.entries = b.doc.entries
	*b = *nb
}

// stripSiteName removes " | Site" or " - GOV.UK" from a <title>.
func stripSiteName(t string) string {
	t = collapse(t)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			if len(tail) < len(head) {
				return head
			}
		}
	}
	return t
}

// defList emits each <dt> with its <dd> as one paragraph, "term: detail",
// so that "Riverside Trust" / "£5,000 for a garden" stay together.
func (w *walker) defList(n *html.Node, depth int) {
	term := ""
	pairKind := kindParagraph
	if entryList(n) {
		// "<dt>Ruth Brennan – dance, Dublin</dt><dd>Training in ...</dd>"
		// three times and more: a list of entries, each a name and what
		// it is for, read as list items
		pairKind = kindListItem
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || isChrome(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Dt:
			if term != "" {
				w.b.add(kindParagraph, term, nil, -1)
			}
			term = collapse(textOf(c))
			if term != "" && ddCount(c) > 1 {
				// "<dt>Name</dt><dd>description</dd><dd>Grant: £X</dd>":
				// the term heads its details like a heading
				w.b.add(kindHeading, term, nil, -1)
				term = ""
			}
		case atom.Dd:
			if holdsElement(c, 2, atom.P, atom.Ul, atom.Ol, atom.Table) {
				// "<dt>Decision:</dt><dd><p>That grants totalling £214,500
				// be made ...</p><ul><li>...</li></ul></dd>": a section
				// under its term, walked block by block
				if term != "" {
					w.b.add(kindHeading, strings.TrimSuffix(term, ":"), nil, -1)
					term = ""
				}
				w.walk(c, depth+1, false)
				w.flush()
				continue
			}
			d := collapse(textOf(c))
			if term != "" {
				sep := ": "
				if strings.HasSuffix(term, ":") {
					sep = " "
				}
				if pairKind == kindListItem {
					w.items++
					w.b.item = w.items
				}
				w.b.add(pairKind, term+sep+d, nil, -1)
				term = ""
			} else {
				w.b.add(kindParagraph, d, nil, -1)
			}
		case atom.Div:
			if holdsElement(c, 1, atom.Dt) || holdsElement(c, 1, atom.Dd) {
				// "<dl><div><dt>Amount awarded</dt><dd>£45,000</dd></div>":
				// HTML5's grouped pairs, each read as a term and its
				// value
				if term != "" {
					w.b.add(kindParagraph, term, nil, -1)
					term = ""
				}
				w.defList(c, depth+1)
				continue
			}
			w.walk(c, depth+1, false)
			w.flush()
		default:
			w.walk(c, depth+1, false)
			w.flush()
		}
	}
	if term != "" {
		w.b.add(kindParagraph, term, nil, -1)
	}
}

// entryList reports a definition list of entries rather than of
// fields: three or more terms, each over one description, none a label
// ("Amount:", "Grant").
func entryList(dl *html.Node) bool {
	n := 0
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Dt {
			continue
		}
		t := collapse(textOf(c))
		if t == "" || strings.HasSuffix(t, ":") || labelWords[strings.ToLower(t)] || ddCount(c) != 1 || !strings.Contains(t, " ") {
			return false
		}
		n++
	}
	return n >= 3
}

// ddCount counts the <dd> elements after dt before the next <dt>.
func ddCount(dt *html.Node) int {
	n := 0
	for c := dt.NextSibling; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Dt {
			break
		}
		if c.DataAtom == atom.Dd {
			n++
		}
	}
	return n
}

// colspan reads a cell's colspan, 1 when absent or unusable; bounded so
// that a hostile page cannot inflate a row.
func colspan(n *html.Node) int { return cellSpan(n, "colspan") }

// rowspan reads a cell's rowspan in the same way.
func rowspan(n *html.Node) int { return cellSpan(n, "rowspan") }

func cellSpan(n *html.Node, key string) int {
	for _, a := range n.Attr {
		if a.Key == key {
			if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil && v > 1 {
				return min(v, 20)
			}
		}
	}
	return 1
}

// urlDate reads a date in a page's address: ".../2020-10-05-more-than-400-
// clubs...", ".../2025/09/30/foundation-commits...".
func urlDate(urls ...string) string {
	for _, u := range urls {
		for i := 0; i+10 <= len(u); i++ {
			if u[i] != '/' || i+11 > len(u) {
				continue
			}
			t := u[i+1:]
			if len(t) >= 10 && isDigit(t[0]) && (t[4] == '-' && t[7] == '-' || t[4] == '/' && t[7] == '/') && (len(t) == 10 || t[10] == '/' || t[10] == '-') {
				if d := parseDate(strings.ReplaceAll(t[:10], "/", "-")); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// factsHeading matches the heading of a box of a project's key figures
// ("Project facts", "Key facts", "At a glance", "Grant details").
func factsHeading(t string) bool {
	if len(t) > 40 {
		return false // longer than any such heading, before lowering it
	}
	switch strings.TrimRight(strings.ToLower(strings.TrimSpace(t)), ": ") {
	case "project facts", "key facts", "fact sheet", "factsheet", "quick facts", "facts and figures",
		"project details", "project information", "project summary", "project data", "at a glance",
		"grant details", "award details", "funding details":
		return true
	}
	return false
}

// holdsAny reports whether n is one of roots or holds one.
func holdsAny(n *html.Node, roots []*html.Node) bool {
	for _, r := range roots {
		for a := r; a != nil; a = a.Parent {
			if a == n {
				return true
			}
		}
	}
	return false
}

// within reports whether n is one of roots, inside one, or holds one.
func within(n *html.Node, roots []*html.Node) bool {
	for _, r := range roots {
		for a := n; a != nil; a = a.Parent {
			if a == r {
				return true
			}
		}
	}
	return holdsAny(n, roots)
}

// teaserLink reports a block that is nothing but one link whose text
// holds money: a teaser for another story ("Clean Cooling Prize: £5
// million for affordable heat-pump cooling"), not this page's news. (A
// list item may be a grant linked to its own page, so lists keep theirs.)
func teaserLink(n *html.Node) bool {
	var link *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A && link == nil:
			link = c
		default:
			return false
		}
	}
	return link != nil && link.FirstChild != nil && hasMoney(textOf(link))
}
